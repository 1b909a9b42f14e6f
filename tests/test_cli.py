"""The public command line (docs/cli-contract): exit codes, JSON shape, one-line errors, exact writes."""

from __future__ import annotations

import difflib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.core import frontmatter
from app.core.mojibake import repair_text


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONIOENCODING="utf-8")
    return subprocess.run([sys.executable, "-m", "app", *args], capture_output=True, text=True, env=env, cwd=cwd,
                          timeout=300)  # fmt: skip


def assert_one_line_error(proc: subprocess.CompletedProcess[str]) -> None:
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1, proc.stderr


def test_check_json_matches_the_contract(seeds_copy: Path) -> None:
    proc = run("check", str(seeds_copy), "--format", "json")
    assert proc.returncode == 1, proc.stderr
    report = json.loads(proc.stdout)
    assert report["version"] == 1
    assert report["summary"]["files"] == 4
    by_name = {Path(f["path"]).name: f for f in report["files"]}
    assert set(by_name) == {p.name for p in seeds_copy.iterdir()}
    for name, entry in by_name.items():
        text = (seeds_copy / name).read_text("utf-8")
        assert entry["encoding"] == "utf-8" and entry["bom"] is False and entry["newline"] == "\n"
        assert entry["error"] is None
        assert entry["frontmatter"] == {"format": None if name.startswith("003") else "yaml", "error": None}
        for f in entry["findings"]:
            keys = {"kind", "start", "end", "line", "column", "text", "replacement", "suggestions", "message"}
            # "rule" is optional in the contract: present for grammar, typography (and frontmatter) findings.
            assert set(f) - {"rule"} == keys and ("rule" in f) == (f["kind"] in ("grammar", "typography"))
            assert text[f["start"] : f["end"]] == f["text"]
            line_start = sum(len(line) for line in text.splitlines(keepends=True)[: f["line"] - 1])
            assert line_start + f["column"] - 1 == f["start"]
    moji = [f for f in by_name["000_3707fc633bf3519f.txt"]["findings"] if f["kind"] == "mojibake"]
    assert moji and all(f["replacement"] is not None for f in moji)
    counted = sum(len(e["findings"]) for e in report["files"])
    assert counted == sum(report["summary"]["findings"].values())


def test_check_only_mojibake_on_clean_file_exits_0(seeds_copy: Path) -> None:
    proc = run("check", str(seeds_copy / "003_3d825cb3911fbed3.txt"), "--only", "mojibake", "--format", "json")
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["summary"]["findings"] == {}


def test_check_reports_unreadable_file_and_exits_2(tmp_path: Path) -> None:
    (tmp_path / "ok.md").write_text("# Bonjour\n")
    (tmp_path / "bin.md").write_bytes(bytes(range(256)) * 4)
    proc = run("check", str(tmp_path), "--format", "json", "--only", "mojibake")
    assert_one_line_error(proc)
    report = json.loads(proc.stdout)
    bad = next(f for f in report["files"] if f["path"].endswith("bin.md"))
    assert "binaire" in bad["error"] and bad["findings"] == []


@pytest.mark.parametrize(
    "args",
    [
        ("check", "/nonexistent/folder"),
        ("check", ".", "--only", "style"),
        ("check",),
        ("fix", "--stdout", "a.md", "b.md"),
        ("set", "x.md", "novalue"),
        ("--no-such-flag",),
    ],
)
def test_usage_errors_are_one_line_exit_2(args: tuple[str, ...], tmp_path: Path) -> None:
    assert_one_line_error(run(*args, cwd=tmp_path))


def test_fix_dry_run_prints_diff_and_writes_nothing(seeds_copy: Path) -> None:
    path = seeds_copy / "001_e53649ae17cd7a41.txt"
    before = path.read_bytes()
    proc = run("fix", str(path), "--dry-run")
    assert proc.returncode == 0, proc.stderr
    assert path.read_bytes() == before
    expected = "".join(
        difflib.unified_diff(before.decode().splitlines(True), repair_text(before.decode()).splitlines(True))
    )
    got_changes = [
        ln for ln in proc.stdout.splitlines() if ln.startswith(("+", "-")) and not ln.startswith(("+++", "---"))
    ]
    want_changes = [
        ln for ln in expected.splitlines() if ln.startswith(("+", "-")) and not ln.startswith(("+++", "---"))
    ]
    assert got_changes == want_changes and got_changes


def test_fix_stdout_and_fix_in_place(seeds_copy: Path) -> None:
    for path in sorted(seeds_copy.iterdir()):
        original = path.read_text("utf-8")
        proc = subprocess.run([sys.executable, "-m", "app", "fix", "--stdout", str(path)], capture_output=True,
                              timeout=120)  # fmt: skip
        assert proc.returncode == 0
        assert proc.stdout.decode("utf-8") == repair_text(original)
        assert path.read_text("utf-8") == original
    proc = run("fix", str(seeds_copy))
    assert proc.returncode == 0, proc.stderr
    for path in sorted(seeds_copy.iterdir()):
        text = path.read_text("utf-8")
        assert text == repair_text(text)  # idempotent: nothing left to repair
    assert "Ã©" not in (seeds_copy / "000_3707fc633bf3519f.txt").read_text("utf-8")


def test_fix_keeps_crlf_and_bom(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    bad_title = "Déjà".encode().decode("cp1252", errors="replace")  # "DÃ©jÃ\xa0"-style mojibake
    bad_body = "L’été".encode().decode("cp1252", errors="replace")  # "Lâ€™Ã©tÃ©"
    path.write_bytes(f'\ufeff---\r\ntitle: "{bad_title}"\r\n---\r\n{bad_body}\r\n'.encode())
    assert run("fix", str(path)).returncode == 0
    assert path.read_bytes() == '\ufeff---\r\ntitle: "Déjà"\r\n---\r\nL’été\r\n'.encode()


def test_set_changes_only_the_touched_lines(seeds_copy: Path) -> None:
    path = seeds_copy / "002_f11432d6a19c64c1.txt"
    before = path.read_text("utf-8")
    proc = run("set", str(path), 'seo.title="Un titre : court"', "draft=true")
    assert proc.returncode == 0, proc.stderr
    after = path.read_text("utf-8")
    changed = [ln for ln in difflib.ndiff(before.splitlines(), after.splitlines()) if ln[:1] in "+-"]
    assert len(changed) == 4, changed
    data = frontmatter.parse(after).data
    assert data is not None and data["seo"]["title"] == "Un titre : court" and data["draft"] is True


def test_set_adds_front_matter_to_a_bare_file(seeds_copy: Path) -> None:
    path = seeds_copy / "003_3d825cb3911fbed3.txt"
    body = path.read_text("utf-8")
    assert run("set", str(path), "title=Product owner", "tags=[agile, po]").returncode == 0
    after = path.read_text("utf-8")
    assert after.endswith(body) and after.startswith("---\n")
    assert frontmatter.parse(after).data == {"title": "Product owner", "tags": ["agile", "po"]}


def test_set_refuses_invalid_yaml_and_leaves_file_untouched(tmp_path: Path) -> None:
    path = tmp_path / "bad.md"
    original = b'---\ntitle: "unclosed\ndate: 2021-01-01\n---\nbody\n'
    path.write_bytes(original)
    proc = run("set", str(path), "title=x")
    assert_one_line_error(proc)
    assert path.read_bytes() == original
    good = tmp_path / "good.md"
    good.write_bytes(b"---\ntitle: a\n---\n")
    assert_one_line_error(run("set", str(good), "tags=[unclosed"))
    assert good.read_bytes() == b"---\ntitle: a\n---\n"


def test_check_report_from_worker_processes_is_the_one_json_document_a_single_process_writes(
    seeds_copy: Path,
) -> None:
    from app.cli import check_file

    for i in range(20):  # enough files for worker processes; a bad one and a Latin-1 one among them
        (seeds_copy / f"gen-{i:02d}.md").write_text(f"---\ntitle: « Été {i} »\n---\nUn tèxte Ã©crit.\n", "utf-8")
    (seeds_copy / "gen-05.md").write_text("---\ntitle: [ouvert\n---\nCorps\n", "utf-8")
    (seeds_copy / "gen-09.md").write_bytes("---\ntitle: été\n---\nCafé\n".encode("cp1252"))
    for fmt in ("json", "text"):
        pooled = run("check", str(seeds_copy), "--format", fmt, "--no-suggestions", "--jobs", "2")
        single = run("check", str(seeds_copy), "--format", fmt, "--no-suggestions", "--jobs", "1")
        assert pooled.stdout == single.stdout and pooled.stderr == single.stderr
        # Invalid front matter in a readable file is a finding (exit 1), named on the one stderr line.
        assert pooled.returncode == single.returncode == 1
        assert len(pooled.stderr.strip().splitlines()) == 1 and "Traceback" not in pooled.stderr
        assert "front matter invalide" in pooled.stderr and "gen-05.md" in pooled.stderr
        assert "(+" not in pooled.stderr
    report = json.loads(run("check", str(seeds_copy), "--format", "json", "--no-suggestions").stdout)
    assert [f["path"] for f in report["files"]] == sorted((str(p) for p in seeds_copy.iterdir()), key=str.lower)
    by_path = {f["path"]: f for f in report["files"]}
    assert by_path[str(seeds_copy / "gen-03.md")] == check_file(
        str(seeds_copy / "gen-03.md"), None, False
    )
    kinds = [f["kind"] for entry in report["files"] for f in entry["findings"]]
    assert report["summary"] == {"files": 24, "findings": {k: kinds.count(k) for k in dict.fromkeys(kinds)}}
