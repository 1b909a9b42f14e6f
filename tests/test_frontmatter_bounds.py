"""Issue 14: YAML work is bounded wherever it is read (articles and .relecture/schema.yaml): alias bombs,
merge-key bombs, recursive aliases and deep nesting are an invalid front matter with a message, never a hang
or a RecursionError."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from app.core.frontmatter import FrontMatterError, parse, set_values
from app.core.schema import load_schema


def alias_bomb(levels: int = 29) -> str:
    lines = ["l0: &l0 [x, x]"]
    for i in range(1, levels):
        lines.append(f"l{i}: &l{i} {{a: *l{i - 1}, b: *l{i - 1}}}")
    return "\n".join(lines) + "\n"


def merge_bomb(levels: int = 29) -> str:
    lines = ["m0: &m0 {k: v}"]
    for i in range(1, levels):
        lines.append(f"m{i}: &m{i} {{<<: [*m{i - 1}], x{i}: *m{i - 1}, y{i}: *m{i - 1}}}")
    return "\n".join(lines) + "\n"


HOSTILE = {
    "alias_bomb": alias_bomb(),
    "merge_bomb": merge_bomb(),
    "recursive": "a: &x {b: *x}\n",
    "deep_flow": "a: " + "[" * 3000 + "]" * 3000 + "\n",
    "deep_block": "".join(" " * i + f"k{i}:\n" for i in range(200)) + " " * 200 + "v: 1\n",
}


@pytest.mark.timeout(20)
@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_front_matter_is_invalid_with_a_message(name: str, tmp_path: Path) -> None:
    text = "---\n" + HOSTILE[name] + "---\nCorps\n"
    parsed = parse(text)
    assert parsed.error is not None and parsed.data is None
    assert "refusé" in str(parsed.error) or "YAML invalide" in str(parsed.error)
    with pytest.raises(FrontMatterError):
        set_values(text, {"title": "x"})
    path = tmp_path / "a.md"
    path.write_text(text, encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "app", "check", str(path), "--format", "json", "--no-cache"],
                         capture_output=True, text=True, check=False, timeout=60)  # fmt: skip
    assert "RecursionError" not in run.stdout + run.stderr and "erreur interne" not in run.stderr
    assert run.returncode in (1, 2)
    assert '"frontmatter"' in run.stdout


@pytest.mark.timeout(20)
def test_alias_bomb_in_the_folder_schema_is_an_invalid_schema(tmp_path: Path) -> None:
    (tmp_path / ".relecture").mkdir()
    (tmp_path / ".relecture" / "schema.yaml").write_text("fields: []\n" + alias_bomb(), encoding="utf-8")
    with pytest.raises(FrontMatterError, match="bombe d'alias"):
        load_schema(tmp_path)


def test_ordinary_aliases_and_merges_still_read() -> None:
    text = "---\nbase: &b {layout: post}\npost:\n  <<: *b\n  x: *b\nlist: [&i a, *i, *i]\n---\n"
    assert parse(text).data == {"base": {"layout": "post"}, "post": {"layout": "post", "x": {"layout": "post"}},
                                "list": ["a", "a", "a"]}  # fmt: skip


@pytest.mark.parametrize("opening", ["---", "+++", "--- "])
def test_front_matter_that_never_closes_is_a_finding_and_set_refuses(opening: str, tmp_path: Path) -> None:
    """Issue 14: it was taken as body and `set` stacked a second block above it."""
    from app.core.schema import validate

    data = f"{opening}\ntitle: Jamais fermé\n\nLe corps suit directement.\n".encode()
    path = tmp_path / "a.md"
    path.write_bytes(data)
    text = data.decode()
    assert parse(text).error is not None
    findings = validate(text)
    assert [f.kind for f in findings] == ["frontmatter"] and "jamais fermé" in findings[0].message
    with pytest.raises(FrontMatterError, match="jamais fermé"):
        set_values(text, {"title": "x"})
    run = subprocess.run([sys.executable, "-m", "app", "set", str(path), "title=x"],
                         capture_output=True, text=True, check=False)  # fmt: skip
    assert run.returncode == 2 and "jamais fermé" in run.stderr
    assert path.read_bytes() == data


def test_lone_surrogate_escape_is_refused_by_set_and_invalid_in_a_file(tmp_path: Path) -> None:
    """Issue 14: set accepted "\\ud800", then check died writing its report."""
    from app.core.frontmatter import parse_flow_value

    with pytest.raises(FrontMatterError, match="U\\+D800"):
        parse_flow_value('"\\ud800"')
    path = tmp_path / "a.md"
    path.write_bytes(b'---\ntitle: "a\\ud800b"\n---\nCorps\n')
    assert parse(path.read_text("utf-8")).error is not None
    run = subprocess.run([sys.executable, "-m", "app", "check", str(path), "--format", "json", "--no-cache"],
                         capture_output=True, check=False)  # fmt: skip
    assert run.returncode in (1, 2)
    report = run.stdout.decode("utf-8")  # valid UTF-8
    assert "U+D800" in report


def test_set_warns_when_the_type_differs_from_the_folder(tmp_path: Path) -> None:
    """Issue 13.9: `draft=non` wrote the text "non" into a boolean field without a word."""
    (tmp_path / "b.md").write_text("---\ndraft: true\ntitle: B\n---\n", encoding="utf-8")
    path = tmp_path / "a.md"
    path.write_text("---\ntitle: A\n---\n", encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "app", "set", str(path), "draft=non", "title=C"],
                         capture_output=True, text=True, check=False)  # fmt: skip
    assert run.returncode == 0
    assert path.read_text("utf-8") == "---\ntitle: C\ndraft: non\n---\n"
    lines = run.stderr.strip().splitlines()
    assert len(lines) == 1 and "draft" in lines[0] and "booléen" in lines[0]
    ok = subprocess.run([sys.executable, "-m", "app", "set", str(path), "draft=false"],
                        capture_output=True, text=True, check=False)  # fmt: skip
    assert ok.returncode == 0 and ok.stderr == ""
