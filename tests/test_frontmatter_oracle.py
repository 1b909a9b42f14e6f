"""Issue 13 point 4: python-frontmatter (what Python site tooling reads with) is the oracle of every edit:
after any edit, its reading of the result equals Relecture's own reading."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import frontmatter as python_frontmatter
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.core.frontmatter import FrontMatterError, parse, set_values

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "frontmatter"
# The fixtures both readers agree on before any edit (python-frontmatter reads TOML only with the toml package).
YAML_FIXTURES = sorted(
    p.name
    for p in FIXTURES.iterdir()
    if p.name != "no_front_matter.md" and parse(p.read_text("utf-8")).format != "toml"
)

words = st.text(
    st.characters(codec="utf-8", exclude_categories=("Cs", "Cc", "Zl", "Zp", "Co", "Cn")), min_size=0, max_size=30
)
# Text that looks like YAML's own syntax or numbers is what style-keeping writers get wrong.
tricky = st.sampled_from(
    ["1 élève, 1 stage", "12", "1:20", "012", "1e3", "2021-05-01", "yes", "No", "null", "~", "- a", "a: b", "a #b",
     "#1 des ventes", "&a", "*a", "!x", "'q'", '"q"', "[a]", "{a}", "l’été", "5 €", "a\u00a0:", "1.2.3", "0x1F", ""]
)  # fmt: skip
scalar = st.one_of(
    words,
    tricky,
    st.booleans(),
    st.integers(-(10**6), 10**6),
    st.floats(allow_nan=False, allow_infinity=False, width=32),
    st.dates(dt.date(1900, 1, 1), dt.date(2100, 1, 1)),
)
value = st.one_of(scalar, st.lists(st.one_of(words, tricky), max_size=4))
key = st.sampled_from(["title", "description", "tags", "draft", "weight", "seo.title", "date", "nouvelle", "author"])


def oracle(text: str) -> dict[str, Any]:
    return dict(python_frontmatter.loads(text).metadata)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(YAML_FIXTURES), st.lists(st.tuples(key, value), min_size=1, max_size=3))
def test_python_frontmatter_reads_every_edit_as_relecture_does(name: str, edits: list[tuple[str, Any]]) -> None:
    text = (FIXTURES / name).read_bytes().decode("utf-8").removeprefix("\ufeff")
    assert oracle(text) == (parse(text).data or {})
    for k, v in edits:
        try:
            text = set_values(text, {k: v})
        except FrontMatterError:
            continue  # refused: the text is left as it was
        ours = parse(text)
        assert ours.error is None
        assert oracle(text) == ours.data
