"""`relecture check` in a content repo's CI (issues 18, 13.7-13.8, 14): one truth with the window, exit codes,
per-file errors, SARIF, GitHub annotations, repo config, inline suppression, git scope, --fail-on."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parent / "data"


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONIOENCODING="utf-8")
    return subprocess.run([sys.executable, "-m", "app", "check", *args], capture_output=True, text=True, env=env,
                          cwd=cwd, timeout=300)  # fmt: skip


def report(*args: str) -> tuple[dict, subprocess.CompletedProcess[str]]:
    proc = run(*args, "--format", "json", "--no-suggestions")
    return json.loads(proc.stdout), proc


def words(rep: dict, kind: str = "spelling") -> list[str]:
    return [f["text"] for e in rep["files"] for f in e["findings"] if f["kind"] == kind]


ARTICLE = "---\ntitle: Un titre\n---\nLe zorglub mange une pomme. Le blorfic aussi ; voila.\n"


# --- one truth (13.7) -------------------------------------------------------------------------------


def test_check_uses_the_personal_and_folder_dictionaries_and_ignored_words(tmp_path: Path) -> None:
    from app.core import config
    from app.core.spelling import add_to_word_file

    folder = tmp_path / "site"
    folder.mkdir()
    (folder / "a.md").write_text(ARTICLE + "Et le quuxor.\n", "utf-8")
    before, _ = report(str(folder))
    assert {"zorglub", "blorfic", "quuxor"} <= set(words(before))
    add_to_word_file(config.personal_dictionary_path(), "zorglub")  # what "Ajouter à mon dictionnaire" writes
    add_to_word_file(folder / ".relecture" / "dictionary.txt", "blorfic")  # "Ajouter au dictionnaire du dossier"
    config.write_user_setting("spelling/ignored", ["quuxor"])
    after, _ = report(str(folder))
    assert not {"zorglub", "blorfic", "quuxor"} & set(words(after))
    # Reproducible CI: the user's own dictionary and settings left out, the folder's kept.
    ci, _ = report(str(folder), "--no-user-dictionary")
    assert "zorglub" in words(ci) and "quuxor" in words(ci) and "blorfic" not in words(ci)


def test_typography_default_is_the_windows_and_follows_its_preference(tmp_path: Path) -> None:
    from app.ui import settings

    (tmp_path / "a.md").write_text(ARTICLE, "utf-8")
    assert settings.get("checks/typography") is False
    rep, _ = report(str(tmp_path))
    assert words(rep, "typography") == []
    settings.set_value("checks/typography", True)  # Préférences > Vérifier la typographie française
    rep, _ = report(str(tmp_path))
    assert words(rep, "typography")
    rep, _ = report(str(tmp_path), "--no-user-dictionary")  # CI: the defaults, not this user's choice
    assert words(rep, "typography") == []


def test_window_options_follow_the_repo_config(tmp_path: Path) -> None:
    from app.core import config

    (tmp_path / ".relecture").mkdir()
    (tmp_path / ".relecture" / "config.toml").write_text(
        '[checks]\ndisable = ["spelling"]\nenable = ["typography"]\n[seo]\ntitle_max = 40\n', "utf-8")
    opts = config.window_options(tmp_path, False, None)
    assert opts.only == frozenset({"mojibake", "frontmatter", "typography"}) and opts.seo_title_max == 40
    (tmp_path / "a.md").write_text(ARTICLE, "utf-8")
    rep, _ = report(str(tmp_path))
    assert words(rep) == [] and words(rep, "typography")


# --- exit codes and per-file errors (13.8, 14) -----------------------------------------------------------


def test_invalid_front_matter_is_a_finding_exit_1_and_stderr_names_it(tmp_path: Path) -> None:
    (tmp_path / "bad.md").write_text("---\ntitle: [ouvert\n---\nCorps\n", "utf-8")
    (tmp_path / "bad2.md").write_text("---\ntitle: 'x\n---\nCorps\n", "utf-8")
    rep, proc = report(str(tmp_path))
    assert proc.returncode == 1
    assert proc.stderr.count("\n") == 1 and "front matter invalide" in proc.stderr
    assert "bad.md" in proc.stderr and "+1 autre(s) front matter invalide(s)" in proc.stderr
    assert all(e["error"] is None for e in rep["files"])


def test_an_unexpected_error_in_one_file_never_stops_the_others(tmp_path: Path) -> None:
    (tmp_path / "a-big-int.md").write_text("---\ntitle: x\nn: " + "7" * 5000 + "\n---\nCorps\n", "utf-8")
    (tmp_path / "b-deep.md").write_text("---\ntitle: x\nn: " + "[" * 3000 + "]" * 3000 + "\n---\nCorps\n", "utf-8")
    (tmp_path / "c-good.md").write_text(ARTICLE, "utf-8")
    rep, proc = report(str(tmp_path))
    assert "Traceback" not in proc.stderr and "erreur interne" not in proc.stderr
    assert [Path(e["path"]).name for e in rep["files"]] == ["a-big-int.md", "b-deep.md", "c-good.md"]
    assert "zorglub" in words(rep)
    assert proc.returncode == 1  # exit 2 only when a file could not be read


def test_an_unreadable_file_exits_2_with_a_whole_report(tmp_path: Path) -> None:
    (tmp_path / "bin.md").write_bytes(bytes(range(256)) * 16)
    (tmp_path / "good.md").write_text(ARTICLE, "utf-8")
    rep, proc = report(str(tmp_path))
    assert proc.returncode == 2 and proc.stderr.count("\n") == 1
    by = {Path(e["path"]).name: e for e in rep["files"]}
    assert by["bin.md"]["error"] and by["bin.md"]["findings"] == [] and by["good.md"]["findings"]


@pytest.mark.skipif(sys.platform != "linux", reason="file names as bytes")
def test_a_file_name_that_is_not_utf8_gives_a_valid_utf8_report(tmp_path: Path) -> None:
    name = os.fsencode(tmp_path) + b"/caf\xe9.md"
    with open(name, "wb") as f:
        f.write(ARTICLE.encode("utf-8"))
    for fmt in ("json", "sarif", "github", "text"):
        proc = subprocess.run([sys.executable, "-m", "app", "check", str(tmp_path), "--format", fmt],
                              capture_output=True, env=dict(os.environ, LC_ALL="C"), timeout=300)  # fmt: skip
        out = proc.stdout.decode("utf-8")  # raises if not UTF-8
        assert proc.returncode == 1, proc.stderr
        if fmt == "json":
            assert Path(json.loads(out)["files"][0]["path"]).name == "caf\\xe9.md"  # shown escaped
        elif fmt == "sarif":
            assert json.loads(out)["runs"][0]["results"][0]["locations"][0]["physicalLocation"][
                "artifactLocation"]["uri"] == "caf%E9.md"  # fmt: skip
        else:
            assert "caf\\xe9.md" in out


# --- SARIF and GitHub ------------------------------------------------------------------------------------


def test_sarif_report_is_valid_and_complete(tmp_path: Path) -> None:
    import jsonschema

    sub = tmp_path / "posts"
    sub.mkdir()
    (sub / "moji.md").write_text("---\ntitle: x\n---\nUn cafÃ© 🙂 zorglub.\n", "utf-8")
    (tmp_path / "bad.md").write_text("---\ntitle: [ouvert\n---\nCorps\n", "utf-8")
    (tmp_path / "bin.md").write_bytes(b"\0\1\2" * 500)
    proc = run(str(tmp_path), "--format", "sarif", "--only", "mojibake,spelling,frontmatter,typography")
    assert proc.returncode == 2
    sarif = json.loads(proc.stdout)
    jsonschema.validate(sarif, json.loads((DATA / "sarif-schema-2.1.0.json").read_text("utf-8")))
    run_ = sarif["runs"][0]
    results = run_["results"]
    plain, _ = report(str(tmp_path), "--only", "mojibake,spelling,frontmatter,typography")
    assert len(results) == sum(len(e["findings"]) for e in plain["files"]) + 1  # + the unreadable file
    ids = {r["ruleId"] for r in results}
    assert {"mojibake", "spelling", "unreadable"} <= ids and any(i.startswith("frontmatter/") for i in ids)
    assert sorted(r["id"] for r in run_["tool"]["driver"]["rules"]) == sorted(ids)
    moji = next(r for r in results if r["ruleId"] == "mojibake")
    loc = moji["locations"][0]["physicalLocation"]
    assert loc["artifactLocation"]["uri"] == "posts/moji.md"
    assert loc["region"] == {"startLine": 4, "startColumn": 7, "endLine": 4, "endColumn": 9,
                             "charOffset": 23, "charLength": 2}  # fmt: skip
    assert moji["fixes"][0]["artifactChanges"][0]["replacements"][0]["insertedContent"]["text"] == "é"
    assert moji["level"] == "error"
    spelled = next(r for r in results if r["ruleId"] == "spelling")
    assert spelled["locations"][0]["physicalLocation"]["region"]["startColumn"] == 12  # after 🙂: code points
    assert "fixes" not in spelled


def test_github_format_is_workflow_commands_only(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text("---\ntitle: x\n---\nUn cafÃ© zorglub.\n", "utf-8")
    (tmp_path / "bin.md").write_bytes(b"\0\1\2" * 500)
    proc = run(str(tmp_path), "--format", "github", "--no-suggestions")
    lines = proc.stdout.splitlines()
    assert lines and all(line.startswith(("::warning ", "::error ", "::notice ")) for line in lines)
    assert f"::error file={tmp_path}/a.md,line=4,col=7,endLine=4,endColumn=9,title=mojibake::" in proc.stdout
    assert any(line.startswith(f"::warning file={tmp_path}/a.md,line=4,col=10,") for line in lines)
    assert any(line.startswith(f"::error file={tmp_path}/bin.md,title=unreadable::") for line in lines)
    assert proc.returncode == 2


# --- repo config, suppression, scope, --fail-on ----------------------------------------------------------


def test_repo_config_excludes_disables_and_sets_levels(tmp_path: Path) -> None:
    (tmp_path / ".relecture").mkdir()
    (tmp_path / ".relecture" / "config.toml").write_text(
        'exclude = ["drafts/**"]\n[checks]\ndisable = ["spelling"]\n[severity]\nmojibake = "note"\n', "utf-8")
    (tmp_path / "drafts").mkdir()
    (tmp_path / "drafts" / "d.md").write_text(ARTICLE, "utf-8")
    sub = tmp_path / "posts" / "2024"
    sub.mkdir(parents=True)
    (sub / "p.md").write_text("---\ntitle: x\n---\nUn cafÃ© zorglub.\n", "utf-8")
    rep, proc = report(str(tmp_path))
    assert [Path(e["path"]).name for e in rep["files"]] == ["p.md"]
    assert words(rep) == [] and words(rep, "mojibake") == ["Ã©"]
    assert proc.returncode == 1
    # The config is found walking up from a path deep inside (like .editorconfig).
    deep, _ = report(str(sub / "p.md"))
    assert words(deep) == []
    assert run(str(tmp_path), "--fail-on", "warning").returncode == 0  # a note does not fail the job
    assert run(str(tmp_path), "--fail-on", "never").returncode == 0


def test_unknown_repo_config_key_is_an_error_with_its_line(tmp_path: Path) -> None:
    (tmp_path / ".relecture").mkdir()
    (tmp_path / ".relecture" / "config.toml").write_text('exclude = []\n[checks]\ndisable = []\ndisabel = ["x"]\n')
    (tmp_path / "a.md").write_text(ARTICLE, "utf-8")
    proc = run(str(tmp_path))
    assert proc.returncode == 2 and proc.stderr.count("\n") == 1 and "Traceback" not in proc.stderr
    assert "config.toml:4" in proc.stderr and "disabel" in proc.stderr


def test_fail_on_levels(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text(ARTICLE, "utf-8")  # spelling only: warnings
    assert run(str(tmp_path)).returncode == 1
    assert run(str(tmp_path), "--fail-on", "error").returncode == 0
    assert run(str(tmp_path), "--fail-on", "warning").returncode == 1
    (tmp_path / "b.md").write_text("Un cafÃ©.\n", "utf-8")  # mojibake: an error
    assert run(str(tmp_path), "--fail-on", "error").returncode == 1


def test_inline_suppression(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text(
        "zorglub un\n<!-- relecture-disable spelling -->\nblorfic deux cafÃ©\n<!-- relecture-enable -->\n"
        "quuxor trois\n<!-- relecture-disable-next-line -->\nfrobni quatre cafÃ©\nplumbo cinq\n", "utf-8")
    rep, _ = report(str(tmp_path))
    assert words(rep) == ["zorglub", "quuxor", "plumbo"]
    assert words(rep, "mojibake") == ["Ã©"]  # only spelling was disabled in the first block


def git(cwd: Path, *args: str) -> None:
    subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@t", *args], cwd=cwd, check=True,
                   capture_output=True)  # fmt: skip


def test_changed_since(tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    repo.mkdir()
    git(repo, "init", "-q")
    for name in ("same.md", "edited.md", "old-name.md", "staged.md"):
        (repo / name).write_text(ARTICLE + name + "\n", "utf-8")
    git(repo, "add", ".")
    git(repo, "commit", "-qm", "one")
    (repo / "edited.md").write_text(ARTICLE + "changé\n", "utf-8")
    git(repo, "mv", "old-name.md", "new-name.md")
    git(repo, "commit", "-qam", "two")
    (repo / "staged.md").write_text(ARTICLE + "indexé\n", "utf-8")
    git(repo, "add", "staged.md")
    (repo / "untracked.md").write_text(ARTICLE, "utf-8")
    rep, proc = report(str(repo), "--changed-since", "HEAD~1")
    assert sorted(Path(e["path"]).name for e in rep["files"]) == ["edited.md", "new-name.md", "staged.md",
                                                                   "untracked.md"]  # fmt: skip
    outside = tmp_path / "plain"
    outside.mkdir()
    (outside / "a.md").write_text(ARTICLE, "utf-8")
    proc = run(str(outside), "--changed-since", "HEAD")
    assert proc.returncode == 2 and proc.stderr.count("\n") == 1 and "git" in proc.stderr
    proc = run(str(repo), "--changed-since", "no-such-rev")
    assert proc.returncode == 2 and proc.stderr.count("\n") == 1


def test_progress_never_when_stderr_is_not_a_terminal(tmp_path: Path) -> None:
    for i in range(60):
        (tmp_path / f"a{i}.md").write_text(ARTICLE, "utf-8")
    proc = run(str(tmp_path), "--format", "json", "--no-suggestions", "--fail-on", "never")
    assert proc.returncode == 0 and proc.stderr == ""


# --- the check cache -------------------------------------------------------------------------------------


def test_check_cache_gives_the_same_report_and_follows_edits_and_dictionaries(tmp_path: Path) -> None:
    from app.core import check_cache

    folder = tmp_path / "site"
    folder.mkdir()
    for i in range(20):  # enough for worker processes
        (folder / f"a{i:02d}.md").write_text(ARTICLE + f"Numéro {i}, cafÃ©.\n", "utf-8")
    for fmt in ("json", "sarif", "github", "text"):
        first = run(str(folder), "--format", fmt)
        again = run(str(folder), "--format", fmt)
        assert (first.stdout, first.stderr, first.returncode) == (again.stdout, again.stderr, again.returncode)
    stored = list(check_cache.folder().rglob("*"))
    assert len([p for p in stored if p.is_file()]) == 4 * 20
    (folder / "a03.md").write_text(ARTICLE.replace("zorglub", "chat"), "utf-8")  # one article edited
    rep, _ = report(str(folder))
    fresh, _ = report(str(folder), "--no-cache")
    assert rep == fresh and words(rep).count("zorglub") == 19
    (folder / ".relecture").mkdir()
    (folder / ".relecture" / "dictionary.txt").write_text("blorfic\n", "utf-8")  # a dictionary changed
    rep, _ = report(str(folder))
    assert "blorfic" not in words(rep)


def test_no_cache_writes_nothing(tmp_path: Path) -> None:
    from app.core import check_cache

    (tmp_path / "a.md").write_text(ARTICLE, "utf-8")
    run(str(tmp_path), "--no-cache")
    assert not check_cache.folder().exists()
