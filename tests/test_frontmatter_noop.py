"""Issue 13 point 2: setting a key to the value it already has leaves the file byte for byte as it was,
and a changed value keeps the old value's style (plain stays plain when plain reads back the same)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import frontmatter as python_frontmatter
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.core.frontmatter import FrontMatterError, parse, parse_flow_value, set_values

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "frontmatter"
WITH_FRONT_MATTER = sorted(p.name for p in FIXTURES.iterdir() if p.name != "no_front_matter.md")


def read(name: str) -> str:
    return (FIXTURES / name).read_bytes().decode("utf-8").removeprefix("\ufeff")


def dotted_keys(data: Any, prefix: str = "") -> list[tuple[str, Any]]:
    """Every key at every depth with its value: a table and each of its keys."""
    out: list[tuple[str, Any]] = []
    if isinstance(data, dict):
        for k, v in data.items():
            out.append((prefix + str(k), v))
            out += dotted_keys(v, prefix + str(k) + ".")
    return out


CASES = [(name, key) for name in WITH_FRONT_MATTER for key, _ in dotted_keys(parse(read(name)).data or {})]


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(CASES))
def test_setting_every_key_to_its_current_value_is_the_identity(case: tuple[str, str]) -> None:
    name, key = case
    text = read(name)
    value = dict(dotted_keys(parse(text).data))[key]
    assert set_values(text, {key: value}) == text


FOLDED = "---\ntitle: >-\n  Un titre assez long pour avoir été replié à la main par son auteur, sur deux\n  lignes\ndraft: false\n---\nCorps\n"  # noqa: E501


@pytest.mark.parametrize(
    "text, key, typed",
    [
        ("---\ntitle: 1 élève, 1 stage\n---\n", "title", "1 élève, 1 stage"),
        (FOLDED, "title", "Un titre assez long pour avoir été replié à la main par son auteur, sur deux lignes"),
        ("---\ndate: 2021-05-01T10:00:00+02:00\n---\n", "date", "2021-05-01T10:00:00+02:00"),
        ('---\ndate: "2021-05-01"\n---\n', "date", "2021-05-01"),
        ("---\ntags: [ a,b ]\n---\n", "tags", "[a, b]"),
        ("---\ntags:\n- a   # un\n-   'b'\n---\n", "tags", "[a, b]"),
        ("---\nseo: {title: x,  n: 1}\n---\n", "seo", "{title: x, n: 1}"),
        ('+++\ntitle = "x"\ntags = [ "a","b" ]\n+++\n', "tags", "[a, b]"),
        ("---\nweight: 0x10\n---\n", "weight", "16"),
    ],
)
def test_cli_value_equal_to_the_current_one_changes_nothing(text: str, key: str, typed: str) -> None:
    assert set_values(text, {key: parse_flow_value(typed)}) == text


def test_same_number_of_another_type_is_a_change() -> None:
    assert set_values("---\ndraft: true\n---\n", {"draft": 1}) == "---\ndraft: 1\n---\n"
    assert set_values("---\nn: 1\n---\n", {"n": 1.0}) == "---\nn: 1.0\n---\n"


def test_a_changed_plain_title_starting_with_a_digit_stays_plain() -> None:
    text = "---\ntitle: 1 élève, 1 stage\n---\n"
    assert set_values(text, {"title": "2 élèves, 1 stage"}) == "---\ntitle: 2 élèves, 1 stage\n---\n"
    # Text that a YAML 1.1 or 1.2 reader would take for a number, a date or a time is still quoted.
    for s in ("12", "1:20", "012", "1e3", "2021-05-01", "1.2", "1_000"):
        new = set_values(text, {"title": s})
        assert parse(new).data == {"title": s}
        assert python_frontmatter.loads(new).metadata == {"title": s}
        assert new != f"---\ntitle: {s}\n---\n"


@pytest.mark.parametrize("typed", ["#1 des ventes", "---", "&a", "&a x", "[&a x, y]", "...", "  # rien"])
def test_value_text_that_reads_as_nothing_or_an_anchor_is_refused(typed: str, tmp_path: Path) -> None:
    """Issue 14: `set a.md 'title=#1 des ventes'` wrote `title: null`; now refused, file untouched."""
    import subprocess
    import sys

    path = tmp_path / "a.md"
    path.write_bytes(b"---\ntitle: Avant\n---\nCorps\n")
    with pytest.raises(FrontMatterError, match="mettez-la entre guillemets"):
        parse_flow_value(typed)
    run = subprocess.run(
        [sys.executable, "-m", "app", "set", str(path), f"title={typed}"], capture_output=True, text=True, check=False
    )
    assert run.returncode == 2
    assert "mettez-la entre guillemets" in run.stderr and len(run.stderr.strip().splitlines()) == 1
    assert path.read_bytes() == b"---\ntitle: Avant\n---\nCorps\n"


def test_empty_value_is_still_null_and_quoted_text_is_text() -> None:
    assert parse_flow_value("") is None
    assert parse_flow_value('"#1 des ventes"') == "#1 des ventes"
    assert parse_flow_value("'&a'") == "&a"
