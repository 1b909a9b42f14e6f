"""Front matter: safe parsing, in-place edits that touch only the edited key's lines, schema and validation."""

from __future__ import annotations

import datetime as dt
import difflib
import shutil
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.core.frontmatter import (
    FrontMatterError,
    complex_keys,
    delete_keys,
    field_type,
    get_yaml_text,
    parse,
    parse_flow_value,
    set_values,
    set_yaml_text,
    split,
    value_spans,
)
from app.core.schema import Field, collect_values, infer_fields, load_schema, schema_from_data, validate

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures" / "frontmatter"
SEEDS = ROOT / "seeds"
BOM = "\ufeff"


def read(name: str) -> str:
    """A fixture as the app sees it: decoded, BOM stripped, line endings untouched."""
    text = (FIXTURES / name).read_bytes().decode("utf-8")
    return text.removeprefix(BOM)


def changed(old: str, new: str) -> tuple[list[int], list[str]]:
    """1-based numbers of the old lines that changed, and the new lines (line endings included)."""
    a, b = old.splitlines(keepends=True), new.splitlines(keepends=True)
    removed: list[int] = []
    added: list[str] = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes():
        if tag != "equal":
            removed += range(i1 + 1, i2 + 1)
            added += b[j1:j2]
    return removed, added


def get(data: Any, dotted: str) -> Any:
    for part in dotted.split("."):
        data = data[part]
    return data


ALL_FIXTURES = sorted(p.name for p in FIXTURES.iterdir())
WITH_FRONT_MATTER = [n for n in ALL_FIXTURES if n not in ("no_front_matter.md",)]


# ------------------------------------------------------------------------------------------- round trip


@pytest.mark.parametrize("name", ALL_FIXTURES)
def test_fixture_parses_and_unchanged_save_is_identical(name: str) -> None:
    text = read(name)
    parsed = parse(text)
    assert parsed.error is None
    assert set_values(text, {}) == text
    assert delete_keys(text, []) == text
    if parsed.data and isinstance(parsed.data.get("title"), str):
        # Writing back the same title in the file's own style gives the very same text.
        assert set_values(text, {"title": parsed.data["title"]}) == text


@pytest.mark.parametrize("name", WITH_FRONT_MATTER)
def test_body_is_never_touched(name: str) -> None:
    text = read(name)
    body = text[split(text).end :]
    new = set_values(text, {"title": "Autre titre", "seo.title": "SEO : autre"})
    assert new.endswith(body)
    assert new[split(new).end :] == body


def test_bom_file_roundtrip_through_caller(tmp_path: Path) -> None:
    path = tmp_path / "bom.md"
    shutil.copy(FIXTURES / "bom.md", path)
    raw = path.read_bytes()
    assert raw.startswith(BOM.encode())
    text = raw.decode("utf-8").removeprefix(BOM)
    path.write_bytes((BOM + set_values(text, {"title": "Nouveau"})).encode("utf-8"))
    after = path.read_bytes()
    assert after.startswith(BOM.encode())
    removed, added = changed(raw.decode("utf-8"), after.decode("utf-8"))
    assert removed == [2] and added == ['title: "Nouveau"\n']


# ------------------------------------------------------------------------------------------- one-field edits

EDITS: list[tuple[str, dict[str, Any], list[int], list[str]]] = [
    ("hugo_yaml.md", {"title": "Nouveau titre : oui"}, [3], ['title: "Nouveau titre : oui"\n']),
    ("hugo_yaml.md", {"tags": ["encodage", "relecture"]}, [13, 14], ["  - relecture\n"]),
    (
        "hugo_yaml.md",
        {"date": dt.datetime(2024, 5, 1, 8, 0, tzinfo=dt.timezone(dt.timedelta(hours=2)))},
        [4],
        ["date: 2024-05-01T08:00:00+02:00\n"],
    ),
    (
        "hugo_yaml.md",
        {"lastmod": dt.datetime(2024, 5, 1, 6, 0, tzinfo=dt.UTC)},
        [5],
        ["lastmod: 2024-05-01T06:00:00Z\n"],
    ),
    ("hugo_yaml.md", {"draft": True}, [6], ["draft: true\n"]),
    ("hugo_yaml.md", {"seo.title": "Titre SEO"}, [22], ['  title: "Titre SEO"\n']),
    ("hugo_yaml.md", {"description": "Nouvelle description.\n"}, [8, 9], ["  Nouvelle description.\n"]),
    ("hugo_yaml.md", {"image": "/img/a.png"}, [], ['image: "/img/a.png"\n']),
    ("hugo_yaml.md", {"seo.canonical": "https://example.org/a"}, [], ['  canonical: "https://example.org/a"\n']),
    ("hugo_yaml.md", {"weight": 20}, [17], ["weight: 20\n"]),
    ("hugo_yaml.md", {"categories": ["Technique"]}, [15], ['categories: ["Technique"]\n']),
    ("jekyll_post.md", {"title": "Le guide d'un relecteur"}, [3], ["title: 'Le guide d''un relecteur'\n"]),
    (
        "jekyll_post.md",
        {"tags": ["écriture", "relecture", "C#: notes"]},
        [8],
        ["tags: [écriture, relecture, 'C#: notes']\n"],
    ),
    ("jekyll_post.md", {"categories": ["blog", "notes"]}, [7], ["- notes\n"]),
    ("jekyll_post.md", {"excerpt": "Une accroche plus courte."}, [10, 11], ["excerpt: Une accroche plus courte.\n"]),
    ("jekyll_post.md", {"notes": "Un.\nDeux.\n"}, [16, 17, 18], ["  Un.\n", "  Deux.\n"]),
    ("jekyll_post.md", {"author.twitter": "@camille"}, [14], ["  twitter: '@camille' # sans @\n"]),
    (
        "jekyll_post.md",
        {"date": dt.datetime(2024, 1, 2, 3, 4, 5, tzinfo=dt.timezone(dt.timedelta(hours=2)))},
        [4],
        ["date: 2024-01-02 03:04:05 +0200\n"],
    ),
    ("astro_crlf.md", {"title": "Nouveau titre"}, [2], ["title: 'Nouveau titre'\r\n"]),
    ("astro_crlf.md", {"pubDate": dt.date(2024, 1, 2)}, [4], ["pubDate: 'Jan 02 2024'\r\n"]),
    ("astro_crlf.md", {"tags": ["astro"]}, [7], ["tags: ['astro']\r\n"]),
    ("astro_crlf.md", {"author": "Moi"}, [], ["author: 'Moi'\r\n"]),
    ("astro_crlf.md", {"seo.title": "SEO"}, [], ["seo:\r\n", "  title: 'SEO'\r\n"]),
    ("eleventy_no_newline.md", {"tags": ["post"]}, [6], []),
    ("eleventy_no_newline.md", {"tags": ["post", "note"]}, [6], ["  - note\n"]),
    ("eleventy_no_newline.md", {"eleventyNavigation.parent": "Accueil"}, [], ["  parent: Accueil\n"]),
    ("eleventy_no_newline.md", {"date": dt.date(2023, 2, 1)}, [3], ["date: 2023-02-01\n"]),
    ("docusaurus_doc.md", {"sidebar_position": 5}, [5], ["sidebar_position: 5\n"]),
    ("docusaurus_doc.md", {"tags": ["docs"]}, [11], ["tags: [docs]\n"]),
    ("docusaurus_doc.md", {"keywords": ["relecture", "yaml"]}, [9, 10], ["  - yaml\n"]),
    ("docusaurus_doc.md", {"last_update.date": dt.date(2024, 2, 3)}, [20], ["  date: 2024-02-03\n"]),
    ("docusaurus_doc.md", {"hide_table_of_contents": True}, [18], ["hide_table_of_contents: true\n"]),
    ("empty.md", {"title": "Titre"}, [], ["title: Titre\n"]),
    ("anchors.md", {"title": "Autre"}, [2], ["title: Autre\n"]),
    ("hugo_toml.md", {"title": "Nouveau : titre"}, [3], ['title = "Nouveau : titre"\n']),
    ("hugo_toml.md", {"tags": ["hugo"]}, [7], ['tags = ["hugo"]\n']),
    ("hugo_toml.md", {"slug": "autre"}, [6], ["slug = 'autre'\n"]),
    ("hugo_toml.md", {"draft": False}, [5], ["draft = false\n"]),
    ("hugo_toml.md", {"params.author": "Chloé"}, [15], ['author = "Chloé"\n']),
    ("hugo_toml.md", {"seo.title": "SEO"}, [19], ['title = "SEO"\n']),
    ("hugo_toml.md", {"seo.description": "Desc"}, [], ['description = "Desc"\n']),
    ("hugo_toml.md", {"image": "/a.png"}, [], ['image = "/a.png"\n']),
    ("hugo_toml.md", {"categories": ["Outils"]}, [8, 9, 10, 11], ['categories = ["Outils"]\n']),
    (
        "hugo_toml.md",
        {"date": dt.datetime(2024, 1, 1, 12, 0, tzinfo=dt.timezone(dt.timedelta(hours=1)))},
        [4],
        ["date = 2024-01-01T12:00:00+01:00\n"],
    ),
]


@pytest.mark.parametrize(("name", "change", "removed", "added"), EDITS)
def test_one_field_edit_changes_only_its_lines(
    name: str, change: dict[str, Any], removed: list[int], added: list[str]
) -> None:
    text = read(name)
    before = parse(text).data
    assert before is not None
    new = set_values(text, change)
    assert changed(text, new) == (removed, added)
    after = parse(new)
    assert after.error is None and after.data is not None
    for key, value in change.items():
        got = get(after.data, key)
        if isinstance(value, dt.date) and isinstance(get(before, key), str):
            assert isinstance(got, str)  # the file keeps this date as text, in its own form
        else:
            assert got == value
    # Nothing else moved.
    for key in before:
        if key not in {k.split(".")[0] for k in change}:
            assert after.data[key] == before[key]


def test_new_key_lands_at_end_of_its_mapping() -> None:
    text = read("hugo_yaml.md")
    lines = set_values(text, {"seo.canonical": "https://example.org/a", "image": "/a.png"}).splitlines()
    assert lines[21:26] == [
        '  title: "Corriger le mojibake d\'un blog Hugo"',
        '  description: "Repérer et corriger les caractères cassés."',
        '  canonical: "https://example.org/a"',
        'image: "/a.png"',
        "---",
    ]


def test_crlf_is_kept_for_every_new_line() -> None:
    text = read("astro_crlf.md")
    new = set_values(text, {"seo.title": "A", "tags": ["a", "b"], "notes": "un\ndeux"})
    assert "\n" not in new.replace("\r\n", "")
    assert new.count("\r\n") == text.count("\r\n") + 5  # seo:, title, notes: |-, un, deux; tags stay one line


def test_no_trailing_newline_stays_so() -> None:
    text = read("eleventy_no_newline.md")
    assert not text.endswith("\n")
    new = set_values(text, {"title": "Autre", "seo.title": "S"})
    assert not new.endswith("\n")
    assert new.endswith("Corps du billet, sans saut de ligne final.")


def test_anchor_edit_keeps_the_anchor_and_aliases_follow() -> None:
    text = read("anchors.md")
    new = set_values(text, {"editor": "Pierre Curie"})
    assert changed(text, new) == ([9], ["editor: &editor Pierre Curie\n"])
    data = parse(new).data
    assert data is not None and data["reviewer"] == "Pierre Curie"
    assert {"defaults", "post", "editor", "reviewer"} <= complex_keys(text)


def test_long_line_is_not_refolded() -> None:
    text = read("hugo_yaml.md")
    long_value = "Une valeur très longue " * 8
    new = set_values(text, {"summary": long_value.strip()})
    removed, added = changed(text, new)
    assert removed == [10] and len(added) == 1 and len(added[0]) > 180


def test_folded_block_keeps_folded_style_and_reads_back() -> None:
    text = read("hugo_yaml.md")
    value = "Mots " * 40 + "fin.\n"
    new = set_values(text, {"description": value})
    assert "description: >\n" in new
    data = parse(new).data
    assert data is not None and data["description"] == value
    start, end = value_spans(new)["description"]
    block = new[start:end].splitlines()
    assert len(block) > 3 and max(len(x) for x in block) <= 80


def test_multiline_string_becomes_literal_block() -> None:
    text = read("docusaurus_doc.md")
    new = set_values(text, {"description": "Ligne 1\n  Ligne 2 indentée\nLigne 3"})
    removed, added = changed(text, new)
    assert removed == [6]
    assert added == ["description: |-\n", "  Ligne 1\n", "    Ligne 2 indentée\n", "  Ligne 3\n"]
    data = parse(new).data
    assert data is not None and data["description"] == "Ligne 1\n  Ligne 2 indentée\nLigne 3"


def test_delete_keys_removes_exactly_the_key_lines() -> None:
    text = read("hugo_yaml.md")
    new = delete_keys(text, ["tags", "seo.description", "missing.key"])
    assert changed(text, new) == ([11, 12, 13, 14, 23], [])
    data = parse(new).data
    assert data is not None and "tags" not in data and data["seo"] == {"title": "Corriger le mojibake d'un blog Hugo"}


def test_delete_last_child_keeps_an_empty_mapping() -> None:
    text = read("docusaurus_doc.md")
    new = delete_keys(text, ["last_update.date", "last_update.author"])
    data = parse(new).data
    assert data is not None and data["last_update"] == {}
    assert changed(text, new) == ([19, 20, 21], ["last_update: {}\n"])


def test_delete_in_toml() -> None:
    text = read("hugo_toml.md")
    new = delete_keys(text, ["categories", "params.toc"])
    assert changed(text, new) == ([8, 9, 10, 11, 16], [])
    data = parse(new).data
    assert data is not None and "categories" not in data and data["params"] == {"author": "Léa Martin"}


def test_text_without_front_matter_gets_a_yaml_block() -> None:
    text = read("no_front_matter.md")
    new = set_values(text, {"seo.title": "Bonjour", "draft": False})
    assert new == "---\nseo:\n  title: Bonjour\ndraft: false\n---\n" + text
    crlf = "Corps.\r\nSuite.\r\n"
    assert set_values(crlf, {"title": "T"}) == "---\r\ntitle: T\r\n---\r\n" + crlf


def test_flow_mapping_values_are_edited_inside_the_braces() -> None:
    text = "---\ntitle: a\nseo: {title: Ancien, description: D}\n---\n"
    new = set_values(text, {"seo.title": "Nouveau, titre", "seo.image": "x"})
    assert new == '---\ntitle: a\nseo: {title: "Nouveau, titre", description: D, image: x}\n---\n'
    assert delete_keys(new, ["seo.description"]) == '---\ntitle: a\nseo: {title: "Nouveau, titre", image: x}\n---\n'


def test_null_parent_becomes_a_mapping() -> None:
    text = "---\ntitle: a\nseo:\nnext: 1\n---\n"
    new = set_values(text, {"seo.title": "T"})
    assert new == "---\ntitle: a\nseo:\n  title: T\nnext: 1\n---\n"


def test_path_through_a_non_mapping_is_refused() -> None:
    text = read("hugo_yaml.md")
    with pytest.raises(FrontMatterError, match="n'est pas une table"):
        set_values(text, {"title.sub": "x"})


def test_json_and_toml_limits_are_clear_errors() -> None:
    text = '{\n  "title": "a"\n}\nCorps\n'
    assert parse(text).data == {"title": "a"}
    with pytest.raises(FrontMatterError, match="JSON : modification non prise en charge"):
        set_values(text, {"title": "b"})
    with pytest.raises(FrontMatterError, match="front matter TOML : modification non prise en charge"):
        set_values(read("hugo_toml.md"), {"title": None})


# ------------------------------------------------------------------------------------------- seeds


@pytest.mark.parametrize("seed", sorted(p.name for p in SEEDS.glob("*.txt")))
def test_seed_seo_title_edit(tmp_path: Path, seed: str) -> None:
    path = tmp_path / seed
    shutil.copy(SEEDS / seed, path)
    raw = path.read_bytes()
    text = raw.decode("utf-8")
    new = set_values(text, {"seo.title": "Titre SEO : « relu » #1"})
    path.write_bytes(new.encode("utf-8"))
    removed, added = changed(text, path.read_bytes().decode("utf-8"))
    if split(text).format is None:
        assert removed == [] and added == ["---\n", "seo:\n", '  title: "Titre SEO : « relu » #1"\n', "---\n"]
    else:
        assert removed == [10] and added == ['  title: "Titre SEO : « relu » #1"\n']
    data = parse(new).data
    assert data is not None and data["seo"]["title"] == "Titre SEO : « relu » #1"
    assert (SEEDS / seed).read_bytes() == raw  # the seed itself is untouched


# ------------------------------------------------------------------------------------------- quoting

TRICKY = [
    "a: b",
    "#hash",
    "a #b",
    "C#",
    "- dash",
    "-dash",
    "[x]",
    "{y}",
    "'single",
    '"double',
    "l'été",
    '"a" et "b"',
    "@at",
    "`tick`",
    "*star",
    "&amp",
    "!bang",
    "|pipe",
    ">gt",
    "?q",
    "%p",
    "yes",
    "No",
    "on",
    "OFF",
    "null",
    "~",
    "true",
    "False",
    "123",
    "1.5",
    "0x1F",
    "1_000",
    "1e3",
    ".5",
    "2021-04-30",
    "12:30",
    "  padded ",
    "",
    "fin:",
    "a, b",
    "tab\there",
    "back\\slash",
    "ünïcode 🙂 ‘quotes’",
    "nbsp\u00a0here",
    "<<",
    "=",
]


@pytest.mark.parametrize("name", ["hugo_yaml.md", "jekyll_post.md", "docusaurus_doc.md", "astro_crlf.md"])
def test_tricky_strings_are_quoted_and_read_back(name: str) -> None:
    text = read(name)
    for value in TRICKY:
        new = set_values(text, {"title": value, "tags": [value, "x"], "seo.title": value})
        removed, added = changed(text, new)
        assert all("\n" not in a.rstrip("\r\n") for a in added)
        data = parse(new).data
        assert data is not None
        assert data["title"] == value
        assert data["tags"] == [value, "x"]
        assert data["seo"]["title"] == value


@pytest.mark.parametrize("value", TRICKY)
def test_tricky_strings_in_toml(value: str) -> None:
    text = read("hugo_toml.md")
    data = parse(set_values(text, {"title": value, "tags": [value], "seo.title": value})).data
    assert data is not None and data["title"] == value and data["tags"] == [value] and data["seo"]["title"] == value


def test_tricky_keys() -> None:
    text = read("hugo_yaml.md")
    data = parse(set_values(text, {"clé: spéciale": 1, "#k": 2, "yes": 3})).data
    assert data is not None and data["clé: spéciale"] == 1 and data["#k"] == 2 and data["yes"] == 3


# ------------------------------------------------------------------------------------------- safety and errors


def test_python_tag_is_an_error_and_never_runs(tmp_path: Path) -> None:
    marker = tmp_path / "pwned"
    text = f"---\ntitle: a\nx: !!python/object/apply:os.system ['touch {marker}']\n---\nCorps\n"
    parsed = parse(text)
    assert parsed.data is None and parsed.error is not None
    assert "non autorisée" in parsed.error.message and "python/object/apply" in parsed.error.message
    assert (parsed.error.line, parsed.error.column) == (3, 4)
    with pytest.raises(FrontMatterError):
        set_values(text, {"title": "b"})
    with pytest.raises(FrontMatterError):
        parse_flow_value(f"!!python/object/apply:os.system ['touch {marker}']")
    with pytest.raises(FrontMatterError):
        set_yaml_text("---\na: 1\n---\n", "a", f"!!python/object/apply:os.system ['touch {marker}']")
    for tag in ("!!python/name:os.system", "!!binary aGVsbG8=", "!custom x"):
        assert parse(f"---\nx: {tag}\n---\n").error is not None
    assert not marker.exists()


def test_duplicate_key_has_line_and_column() -> None:
    text = "---\ntitle: a\ndate: 2021-01-01\ntitle: b\n---\nCorps\n"
    err = parse(text).error
    assert err is not None
    assert (err.line, err.column) == (4, 1)
    assert "clé en double" in err.message
    assert str(err).startswith("YAML invalide ligne 4, colonne 1 : ")


def test_tab_indentation_has_line_and_column() -> None:
    text = "---\ntitle: a\nseo:\n\ttitle: b\n---\n"
    err = parse(text).error
    assert err is not None and (err.line, err.column) == (4, 1)
    assert "\\t" in err.message or "tab" in err.message


def test_unclosed_quote_has_line_and_column() -> None:
    text = '---\ntitle: "a\ndate: 2021-01-01\n---\nCorps\n'
    err = parse(text).error
    assert err is not None and err.line is not None and err.line >= 2
    assert "YAML invalide ligne" in str(err)
    with pytest.raises(FrontMatterError) as info:
        set_values(text, {"draft": True})
    assert info.value.line == err.line


def test_toml_error_line_is_in_the_whole_file() -> None:
    text = '+++\ntitle = "a"\ndraft = tru\n+++\n'
    err = parse(text).error
    assert err is not None and err.line == 3 and str(err).startswith("TOML invalide ligne 3")


def test_non_mapping_front_matter_is_an_error() -> None:
    err = parse("---\n- a\n- b\n---\n").error
    assert err is not None and err.line == 2


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("true", True),
        ("false", False),
        ("42", 42),
        ("1.5", 1.5),
        ("[a, b]", ["a", "b"]),
        ('["x: y", 2]', ["x: y", 2]),
        ("{a: 1}", {"a": 1}),
        ("2021-05-01", dt.date(2021, 5, 1)),
        ('"x: y"', "x: y"),
        ("'#1'", "#1"),
        ("hello world", "hello world"),
        ("", None),
        ("null", None),
        ("yes", "yes"),
    ],
)
def test_parse_flow_value(value: str, expected: Any) -> None:
    got = parse_flow_value(value)
    assert got == expected and type(got) is type(expected)


@pytest.mark.parametrize("value", ['"unclosed', "[a, b", "x: y", "a #comment", "a\nb", "&a [*b]"])
def test_parse_flow_value_invalid(value: str) -> None:
    with pytest.raises(FrontMatterError):
        parse_flow_value(value)


# ------------------------------------------------------------------------------------------- spans and form support


def test_value_spans_point_at_values() -> None:
    text = read("hugo_yaml.md")
    spans = value_spans(text)
    s, e = spans["title"]
    assert text[s:e] == '"Relecture : corriger le mojibake d\'un blog Hugo"'
    s, e = spans["seo.title"]
    assert text[s:e] == '"Corriger le mojibake d\'un blog Hugo"'
    s, e = spans["tags.1"]
    assert text[s:e] == "hugo"
    s, e = spans["description"]
    assert text[s:e].startswith(">\n  Comment") and text[s:e].endswith("reste.")
    toml = read("hugo_toml.md")
    s, e = value_spans(toml)["seo.title"]
    assert toml[s:e] == '"Migrer vers Hugo sans casse"'
    crlf = read("astro_crlf.md")
    s, e = value_spans(crlf)["tags.1"]
    assert crlf[s:e] == "'blog'"


def test_field_types() -> None:
    assert field_type("a") == "string"
    assert field_type("a\nb") == "text"
    assert field_type(True) == "bool"
    assert field_type(3) == "int"
    assert field_type(1.5) == "float"
    assert field_type(dt.date(2021, 1, 1)) == "date"
    assert field_type(dt.datetime(2021, 1, 1, 10)) == "datetime"
    assert field_type(["a", "b"]) == "list"
    assert field_type([{"name": "a"}]) == "complex"
    assert field_type({"title": "a"}) == "mapping"
    assert field_type(None) == "null"


def test_complex_value_as_yaml_text() -> None:
    text = read("docusaurus_doc.md")
    assert "authors" in complex_keys(text)
    yaml_text = get_yaml_text(text, "authors")
    assert yaml_text.splitlines()[0] == "- name: Camille Durand"
    assert "  url: https://example.org/camille" in yaml_text.splitlines()
    new = set_yaml_text(text, "authors", yaml_text.replace("Léa Martin", "Léa Martin-Roux"))
    assert changed(text, new) == ([16], ["  - name: Léa Martin-Roux\n"])
    data = parse(new).data
    assert data is not None and data["authors"][1]["name"] == "Léa Martin-Roux"
    assert data["hide_table_of_contents"] is False
    with pytest.raises(FrontMatterError):
        set_yaml_text(text, "authors", "- name: [unclosed")
    assert get_yaml_text(read("anchors.md"), "reviewer") == "*editor"


# ------------------------------------------------------------------------------------------- validation


def messages(text: str, **kwargs: Any) -> list[str]:
    return [f.message for f in validate(text, **kwargs)]


@pytest.mark.parametrize("name", ALL_FIXTURES)
def test_clean_fixtures_have_no_findings(name: str) -> None:
    assert validate(read(name)) == []


def test_invalid_yaml_finding_at_the_error() -> None:
    text = "---\ntitle: a\nseo:\n\ttitle: b\n---\n"
    [f] = validate(text)
    assert f.kind == "frontmatter" and f.start == text.index("\t") and "ligne 4, colonne 1" in f.message


def test_seo_lengths_with_configurable_limits() -> None:
    title = "T" * 61
    text = f'---\ntitle: court\nseo:\n  title: "{title}"\n  description: "{"d" * 161}"\n---\n'
    found = validate(text)
    assert [f.message for f in found] == [
        "Titre SEO trop long : 61 caractères (60 au maximum)",
        "Description SEO trop longue : 161 caractères (160 au maximum)",
    ]
    assert found[0].text == f'"{title}"'
    assert validate(text, seo_title_max=70, seo_description_max=200) == []
    # Without a seo table, title and description are what search engines show.
    assert messages(f"---\ntitle: {title}\n---\n") == ["Titre SEO trop long : 61 caractères (60 au maximum)"]


def test_duplicate_tags_point_at_the_duplicate() -> None:
    text = '---\ntags: ["Hugo", "yaml", "hugo"]\ncategories:\n  - a\n  - a\n---\n'
    found = validate(text)
    assert [f.message for f in found] == [
        "Étiquette en double dans « tags » : « hugo »",
        "Étiquette en double dans « categories » : « a »",
    ]
    assert found[0].text == '"hugo"' and found[0].start == text.index('"hugo"')
    assert found[1].start == text.rindex("a\n---")


def test_invalid_dates() -> None:
    text = "---\ndate: 2021-02-30\nlastmod: demain\npubDate: 'Jul 08 2022'\nupdated: Last Modified\n---\n"
    found = validate(text)
    assert [f.message for f in found] == [
        "Date invalide pour « date » : « 2021-02-30 »",
        "Date invalide pour « lastmod » : « demain »",
    ]
    assert found[0].text == "2021-02-30"


def test_schema_rules() -> None:
    schema = schema_from_data(
        {
            "fields": [
                {"name": "title", "type": "string", "required": True, "max_length": 10},
                {"name": "seo.title", "type": "string", "required": True},
                {"name": "draft", "type": "bool"},
                {"name": "weight", "type": "int"},
                {"name": "status", "choices": ["brouillon", "publié"]},
                {"name": "tags", "type": "list", "choices": ["a", "b"]},
                {"name": "published", "type": "date"},
            ]
        }
    )
    text = "---\ntitle: Un titre trop long\ndraft: oui\nweight: 1.5\nstatus: fini\ntags: [a, c]\npublished: bof\n---\n"
    assert messages(text, schema=schema) == [
        "Champ obligatoire manquant : « seo.title »",
        "« title » trop long : 18 caractères (10 au maximum)",
        "Type incorrect pour « draft » : un booléen (true ou false) est attendu",
        "Type incorrect pour « weight » : un nombre entier est attendu",
        "Valeur non autorisée pour « status » : « fini » (choix : brouillon, publié)",
        "Valeur non autorisée pour « tags » : « c » (choix : a, b)",
        "Date invalide pour « published » : « bof »",
    ]
    required = validate(text, schema=schema)[0]
    assert (required.start, required.end, required.text) == (0, 3, "---")
    assert messages("Pas de front matter.\n", schema=schema)[0] == "Champ obligatoire manquant : « title »"


def test_load_schema(tmp_path: Path) -> None:
    assert load_schema(tmp_path) is None
    folder = tmp_path / ".relecture"
    folder.mkdir()
    (folder / "schema.yaml").write_text(
        "fields:\n  - name: title\n    required: true\n    max_length: 70\n"
        "  - name: draft\n    type: bool\n    default: false\n",
        encoding="utf-8",
    )
    schema = load_schema(tmp_path)
    assert schema is not None
    assert schema.get("title") == Field("title", "string", True, None, 70, None)
    assert schema.get("draft") == Field("draft", "bool", default=False)
    (folder / "schema.yaml").write_text("fields:\n  seo.title: {type: string, max_length: 60}\n", encoding="utf-8")
    schema = load_schema(tmp_path)
    assert schema is not None and schema.fields == (Field("seo.title", max_length=60),)
    (folder / "schema.yaml").write_text("fields:\n  - name: a\n    type: couleur\n", encoding="utf-8")
    with pytest.raises(FrontMatterError, match="type « couleur » inconnu"):
        load_schema(tmp_path)
    (folder / "schema.yaml").write_text("fields:\n  - name: a\n\ttype: string\n", encoding="utf-8")
    with pytest.raises(FrontMatterError) as info:
        load_schema(tmp_path)
    assert info.value.line == 3


def test_infer_fields_over_the_seeds(tmp_path: Path) -> None:
    datas = []
    for seed in sorted(SEEDS.glob("*.txt")):
        path = tmp_path / seed.name
        shutil.copy(seed, path)
        data = parse(path.read_text(encoding="utf-8")).data
        datas.append(data or {})
    fields = {f.name: f.type for f in infer_fields(datas)}
    assert fields == {
        "title": "string",
        "description": "string",
        "date": "date",
        "author": "string",
        "coAuthors": "list",
        "tags": "list",
        "draft": "bool",
        "seo.title": "string",
        "seo.description": "string",
    }
    assert "product owner" in collect_values(datas, "tags")


def test_infer_fields_unions_and_types() -> None:
    fields = infer_fields([{"a": None, "n": 1}, {"a": "x", "n": 2.5, "seo": {"title": "t"}}, {"a": "y\nz"}])
    assert [(f.name, f.type) for f in fields] == [("a", "text"), ("n", "float"), ("seo.title", "string")]


def test_toml_new_keys_without_root_keys() -> None:
    new = set_values("+++\n# vide\n+++\nCorps\n", {"title": "x", "seo.title": "y"})
    assert new == '+++\n# vide\ntitle = "x"\n[seo]\ntitle = "y"\n+++\nCorps\n'


# Any string, in any of the main styles, reads back exactly (the edit is refused rather than written wrong).
_ANY_TEXT = st.one_of(
    st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=30),
    st.text(alphabet=" :#-'\"[]{},&*!|>?%@`\n\t\\yesnotrufal0123456789.", max_size=20),
)


@settings(max_examples=150, deadline=None, derandomize=True)
@given(
    name=st.sampled_from(["hugo_yaml.md", "jekyll_post.md", "astro_crlf.md", "hugo_toml.md"]),
    value=_ANY_TEXT,
    key=st.sampled_from(["title", "description", "seo.title", "tags", "notes", "new.key"]),
)
def test_any_string_reads_back(name: str, value: str, key: str) -> None:
    text = read(name)
    wanted: Any = [value, "x"] if key == "tags" else value
    new = set_values(text, {key: wanted})
    data = parse(new).data
    assert data is not None and get(data, key) == wanted
    assert new[split(new).end :] == text[split(text).end :]


def test_merged_keys_are_not_edited_in_the_anchor() -> None:
    text = read("anchors.md")
    new = set_values(text, {"post.layout": "page"})
    # The key came from the merge: it is added to post, the shared defaults stay as they were.
    assert changed(text, new) == ([], ["  layout: page\n"])
    data = parse(new).data
    assert data is not None and data["post"]["layout"] == "page" and data["defaults"]["layout"] == "post"


def test_unclosed_quote_points_at_the_opening_quote() -> None:
    # The parser only fails at the closing fence; the editor must be sent to the quote that was never closed.
    text = '---\ntitle: "Été sans fin\ndate: 2024-06-01\ntags: [a, b]\n---\n\nCorps.\n'
    from app.core import frontmatter as fm

    error = fm.parse(text).error
    assert error is not None
    assert (error.line, error.column) == (2, 8)
    assert "guillemet" in error.message


def test_reading_the_same_front_matter_again_gives_fresh_data() -> None:
    from app.core.frontmatter import parse_with_spans

    text = '---\ntitle: "A"\ndate: 2024-03-01\ntags: [a, b]\nseo:\n  title: "S"\n---\nCorps\n'
    first = parse(text).data
    first["tags"].append("changé")
    first["seo"]["title"] = "changé"
    again = parse(text).data
    assert again == {"title": "A", "date": dt.date(2024, 3, 1), "tags": ["a", "b"], "seo": {"title": "S"}}
    assert parse_with_spans(text)[0].data == again
    # The same YAML after a longer fence line: its error is placed in its own text.
    a, b = parse("---\nx: 1\ntitle: 'a\n---\n").error, parse("---   \nx: 1\ntitle: 'a\n---\n").error
    assert a is not None and b is not None and (a.line, a.column) == (b.line, b.column) == (3, 8)
    assert b.offset == a.offset + 3


# ------------------------------------------------------------------------------------------- list edits, item by item

LIST_HEAD = "---\ntitle: A  # titre\ntags:\n"
LIST_TAIL = "author: B\n---\nCorps\n"
LIST_TEXT = LIST_HEAD + "  - un   # premier\n  # un commentaire seul\n  - deux\n" + LIST_TAIL

LIST_EDITS: list[tuple[list[Any], str]] = [
    # Appended: one line like the others, every other line as it was.
    (["un", "deux", "trois"], "  - un   # premier\n  # un commentaire seul\n  - deux\n  - trois\n"),
    # Removed: only its line (and its own comment); the full-line comment stays.
    (["deux"], "  # un commentaire seul\n  - deux\n"),
    # Changed: only the scalar, its comment kept.
    (["un", "DEUX"], "  - un   # premier\n  # un commentaire seul\n  - DEUX\n"),
    (["UN", "deux"], "  - UN   # premier\n  # un commentaire seul\n  - deux\n"),
    # Moved: the item carries its comment, the full-line comment is kept.
    (["deux", "un"], "  - deux\n  - un   # premier\n  # un commentaire seul\n"),
    (["zéro", "un", "deux"], "  - zéro\n  - un   # premier\n  # un commentaire seul\n  - deux\n"),
    (["un", "deux"], "  - un   # premier\n  # un commentaire seul\n  - deux\n"),
    (
        ["un", "deux", "x: y", "#z", "-w", "l’été", "« a »", "a\u00a0b", "\u00a0b", "yes", "2024"],
        "  - un   # premier\n  # un commentaire seul\n  - deux\n"
        '  - "x: y"\n  - "#z"\n  - "-w"\n  - l’été\n  - « a »\n  - a\u00a0b\n  - "\u00a0b"\n  - "yes"\n  - "2024"\n',
    ),
]


@pytest.mark.parametrize(("new", "items"), LIST_EDITS)
def test_block_list_edit_changes_only_the_items_that_changed(new: list[Any], items: str) -> None:
    out = set_values(LIST_TEXT, {"tags": new})
    assert out == LIST_HEAD + items + LIST_TAIL
    data = parse(out).data
    assert data == {"title": "A", "tags": new, "author": "B"}


def test_block_list_moves_keep_each_comment_on_its_item() -> None:
    head, tail = "---\ntags:\n", "x: 1\n---\n"
    text = head + "  - a # A\n  - b # B\n  # seul\n  - c # C\n" + tail
    assert set_values(text, {"tags": ["c", "b", "a"]}) == head + "  - c # C\n  - b # B\n  - a # A\n  # seul\n" + tail
    assert set_values(text, {"tags": ["c", "a"]}) == head + "  - c # C\n  - a # A\n  # seul\n" + tail
    assert set_values(text, {"tags": ["a", "x", "b"]}) == head + "  - a # A\n  - x\n  - b # B\n  # seul\n" + tail


def test_block_list_new_items_follow_the_items_dash_and_quotes() -> None:
    text = "---\ntags:\n- 'un'\n-   'deux' # 2\nk: v\n---\n"
    out = set_values(text, {"tags": ["un", "deux", "trois", "l'été", "a\nb"]})
    assert out == "---\ntags:\n- 'un'\n-   'deux' # 2\n- 'trois'\n- 'l''été'\n- \"a\\nb\"\nk: v\n---\n"
    assert parse(out).data == {"tags": ["un", "deux", "trois", "l'été", "a\nb"], "k": "v"}
    # A changed item keeps its quotes when the new value allows it; a plain one gets the list's quotes if needed.
    text = '---\ntags:\n  - "un"  # 1\n  - deux # 2\n---\n'
    assert set_values(text, {"tags": ["UN", "x: y"]}) == '---\ntags:\n  - "UN"  # 1\n  - "x: y" # 2\n---\n'


FLOW_TEXT = "---\ntags: [a,  'b'] # c\nk: v\n---\n"

FLOW_EDITS: list[tuple[list[Any], str]] = [
    (["a", "b", "c"], "tags: [a,  'b',  c] # c\n"),
    (["b"], "tags: ['b'] # c\n"),
    (["a"], "tags: [a] # c\n"),
    (["a", "B"], "tags: [a,  'B'] # c\n"),
    (["b", "a"], "tags: ['b',  a] # c\n"),
    (["z", "a", "b"], "tags: [z,  a,  'b'] # c\n"),
    (
        ["a", "b", "x: y", "#z", "-w", "« g »", "a\u00a0b", "c,d", "[e]"],
        "tags: [a,  'b',  'x: y',  '#z',  '-w',  « g »,  a\u00a0b,  'c,d',  '[e]'] # c\n",
    ),
    ([], "tags: [] # c\n"),
]


@pytest.mark.parametrize(("new", "line"), FLOW_EDITS)
def test_flow_list_edit_keeps_its_style_and_comment(new: list[Any], line: str) -> None:
    out = set_values(FLOW_TEXT, {"tags": new})
    assert out == "---\n" + line + "k: v\n---\n"
    assert parse(out).data == {"tags": new, "k": "v"}


def test_flow_list_on_several_lines_keeps_its_layout() -> None:
    text = "---\ntags: [\n  a,\n  b\n] # c\n---\n"
    assert set_values(text, {"tags": ["a", "b", "c"]}) == "---\ntags: [\n  a,\n  b,\n  c\n] # c\n---\n"
    assert set_values(text, {"tags": ["b"]}) == "---\ntags: [\n  b\n] # c\n---\n"
    # Comments inside the brackets: the list is written anew, and still reads back.
    text = "---\ntags: [\n  a, # x\n  b\n] # c\nk: [a, '#b']\n---\n"
    out = set_values(text, {"tags": ["a"], "k": ["a", "#b", "c"]})
    assert out == "---\ntags: [a] # c\nk: [a, '#b', c]\n---\n"


def test_nested_crlf_list_edits_item_by_item() -> None:
    head, tail = '---\r\ntitle: "A"\r\nseo:\r\n  keywords:\r\n', "  title: S\r\n---\r\nB\r\n"
    text = head + "    - 'un'  # x\r\n    # seul\r\n    - 'deux'\r\n" + tail
    cases = [
        (["un", "deux", "l’été"], "    - 'un'  # x\r\n    # seul\r\n    - 'deux'\r\n    - 'l’été'\r\n"),
        (["deux"], "    # seul\r\n    - 'deux'\r\n"),
        (["un", "C#: notes"], "    - 'un'  # x\r\n    # seul\r\n    - 'C#: notes'\r\n"),
        (["deux", "un"], "    - 'deux'\r\n    - 'un'  # x\r\n    # seul\r\n"),
    ]
    for new, items in cases:
        out = set_values(text, {"seo.keywords": new})
        assert out == head + items + tail
        data = parse(out).data
        assert data is not None and data["seo"] == {"keywords": new, "title": "S"}


def test_list_edit_in_a_bom_file_through_caller(tmp_path: Path) -> None:
    path = tmp_path / "bom.md"
    path.write_bytes((BOM + "---\r\ntags:\r\n  - un # 1\r\n---\r\nCorps\r\n").encode("utf-8"))
    text = path.read_bytes().decode("utf-8").removeprefix(BOM)
    path.write_bytes((BOM + set_values(text, {"tags": ["un", "« deux »"]})).encode("utf-8"))
    assert path.read_bytes() == (BOM + "---\r\ntags:\r\n  - un # 1\r\n  - « deux »\r\n---\r\nCorps\r\n").encode("utf-8")


def test_hugo_tags_edit_keeps_the_other_items_comment() -> None:
    text = read("hugo_yaml.md")
    new = set_values(text, {"tags": ["encodage", "moteur", "wordpress", "yaml"]})
    assert changed(text, new) == ([13], ["  - moteur   # le moteur\n", "  - yaml\n"])


FRENCHISH = st.text(alphabet=st.sampled_from(list("aeéèàçôœ E’«»\u00a0:#-'\",[]{}!&*|>%@`019")), max_size=8)


def _old_item(x: str, i: int) -> str:
    if x.isalpha() and x.islower() and x not in ("oui", "non", "on", "off", "yes", "no", "y", "n"):
        return x
    return "'" + x.replace("'", "''") + "'" if i % 2 else '"' + x.replace("\\", "\\\\").replace('"', '\\"') + '"'


@settings(max_examples=150, deadline=None)
@given(
    old=st.lists(FRENCHISH, min_size=1, max_size=5),
    new=st.lists(FRENCHISH, max_size=6),
    flow=st.booleans(),
    crlf=st.booleans(),
)
def test_list_edit_reads_back_and_keeps_every_line_outside_the_list(
    old: list[str], new: list[str], flow: bool, crlf: bool
) -> None:
    nl = "\r\n" if crlf else "\n"
    head = ["---", "title: A  # titre", "seo:", "  title: S"]
    tail = ["author: B  # auteur", "---", "Corps", ""]
    items = [_old_item(x, i) for i, x in enumerate(old)]
    if flow:
        block = ["tags: [" + ", ".join(items) + "] # c"]
    else:
        block = ["tags:   # liste"]
        for i, item in enumerate(items):
            block.append(f"  - {item}" + (f"  # c{i}" if i % 2 == 0 else ""))
            if i % 2:
                block.append(f"  # seul {i}")
    text = nl.join(head + block + tail)
    assert parse(text).data == {"title": "A", "seo": {"title": "S"}, "tags": old, "author": "B"}
    out = set_values(text, {"tags": new})
    assert parse(out).data == {"title": "A", "seo": {"title": "S"}, "tags": new, "author": "B"}
    lines = out.split(nl)
    assert "\n" not in "".join(lines) and "\r" not in "".join(lines)
    assert lines[: len(head)] == head and lines[-len(tail) :] == tail
    if new == old:
        assert out == text
    if not new:
        return
    kept = lines[len(head) : -len(tail)]
    if flow:
        assert kept[0].endswith("] # c")
    else:
        assert kept[0] == block[0]
        assert [x for x in kept if x.lstrip().startswith("# seul")] == [x for x in block if "# seul" in x]
        if len(set(old)) == len(old):
            # An item still in the list keeps its line (value, quotes and comment), wherever it moved.
            for x, line in zip(old, [b for b in block if b.startswith("  - ")], strict=True):
                if x in new:
                    assert line in kept


def test_delete_a_toml_table_removes_its_header_lines_and_sub_tables() -> None:
    text = read("hugo_toml.md")
    new = delete_keys(text, ["params"])
    assert changed(text, new) == ([14, 15, 16, 17], [])  # [params], its two keys and the blank line after it
    data = parse(new).data
    assert data is not None and "params" not in data and data["seo"] == {"title": "Migrer vers Hugo sans casse"}
    head, other = '+++\r\ntitle = "a"\r\n\r\n', '[other]\r\nz = """\r\n[params]\r\n"""\r\n+++\r\nB\r\n'
    nested = head + "[params]\r\nx = 1\r\n[params.sub]\r\ny = 2\r\n\r\n" + other
    assert delete_keys(nested, ["params"]) == head + other
    assert delete_keys(nested, ["params.sub"]) == head + "[params]\r\nx = 1\r\n\r\n" + other
