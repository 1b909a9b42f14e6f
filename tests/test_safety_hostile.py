"""Hostile and odd inputs: a clear message in the window and in `relecture check`, nothing written, no crash."""

from __future__ import annotations

import codecs
import contextlib
import json
import os
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QImage, QTextCursor, QTextDocument

from app.core import article, recovery
from tests.helpers.modal import leaves_window_clean

ROOT = Path(__file__).resolve().parents[1]
PWNED = "relecture-pwned-marker"


def cli(*args: str, preexec=None, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:  # type: ignore[no-untyped-def]
    proc = subprocess.run([sys.executable, "-m", "app", *args], capture_output=True, text=True, cwd=ROOT,
                          preexec_fn=preexec, env=env)  # fmt: skip
    assert "Traceback" not in proc.stderr, proc.stderr
    assert proc.returncode in (0, 1, 2), proc
    if proc.returncode == 2:
        assert len(proc.stderr.strip().splitlines()) == 1, proc.stderr  # the contract: one line
        assert proc.stderr.startswith("relecture: ")
    return proc


def check_json(*paths: Path) -> tuple[int, dict, str]:  # type: ignore[type-arg]
    proc = cli("check", "--format", "json", "--only", "mojibake,frontmatter", *map(str, paths))
    return proc.returncode, json.loads(proc.stdout) if proc.stdout else {}, proc.stderr


def tree(folder: Path) -> dict[str, bytes]:
    """Every file under folder with its bytes: 'nothing written' means this does not change."""
    out = {}
    for dirpath, _dirs, files in os.walk(folder):
        for name in files:
            p = Path(dirpath) / name
            with contextlib.suppress(OSError):
                out[str(p.relative_to(folder))] = p.read_bytes()
    return out


def open_in_window(window, folder: Path, name: str):  # type: ignore[no-untyped-def]
    window.open_path(folder)
    window.select_path(folder / name)
    return window.documents.get(folder / name)


def row_error(window, path: Path) -> str:  # type: ignore[no-untyped-def]
    row = window.model.row_for(path)
    assert row is not None
    return row.summary.error if row.summary else ""


# --- files that cannot be articles: error entry, exit 2, row marked, status bar, nothing written -----------

REFUSED = {
    "image.md": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8, "fichier binaire"),
    "utf8 cassé.md": (b"\xff\xfe\xfd" * 10 + b"\x00\x01\x02" * 400, "fichier binaire"),
}


@pytest.mark.parametrize("name", sorted(REFUSED))
@leaves_window_clean
def test_binary_file_renamed_md(tmp_path: Path, name: str, window) -> None:
    data, reason = REFUSED[name]
    folder = tmp_path / "f"
    folder.mkdir()
    (folder / name).write_bytes(data)
    before = tree(folder)
    code, report, err = check_json(folder / name)
    assert code == 2 and reason in report["files"][0]["error"] and reason in err
    assert report["files"][0]["findings"] == []
    doc = open_in_window(window, folder, name)
    assert doc is None
    assert reason in window.statusBar().currentMessage() and reason in row_error(window, folder / name)
    assert tree(folder) == before


@leaves_window_clean
def test_50_mb_article_is_refused_with_its_size(tmp_path: Path, window) -> None:
    folder = tmp_path / "f"
    folder.mkdir()
    big = folder / "énorme.md"
    with big.open("wb") as fh:
        line = "Une phrase de texte français, répétée à l'infini.\n".encode()
        fh.write(line * (50 * 1024 * 1024 // len(line) + 1))
    code, report, err = check_json(big)
    assert code == 2 and "trop volumineux" in report["files"][0]["error"] and "limite 20 Mo" in err
    doc = open_in_window(window, folder, "énorme.md")
    assert doc is None and "trop volumineux" in window.statusBar().currentMessage()
    assert "limite 20 Mo" in row_error(window, big)
    assert big.stat().st_size > 50 * 1024 * 1024 and sorted(os.listdir(folder)) == ["énorme.md"]


# --- odd but valid encodings: decoded, encoding reported, not errors ---------------------------------------

ENCODED = {
    "latin1.md": ("---\ntitle: Été à Noël\n---\nDéjà là, garçon, où ?\n".encode("latin-1"), "cp1252", False),
    "cp1252.md": ("L’été coûte 5 € — « oui » … œuvre\n".encode("cp1252"), "cp1252", False),
    "utf16.md": (codecs.BOM_UTF16_LE + "# Été\n\nTexte « français » 🙂.\n".encode("utf-16-le"), "utf-16-le", True),
    "utf16be.md": (codecs.BOM_UTF16_BE + "# Été\n\nTexte.\n".encode("utf-16-be"), "utf-16-be", True),
}


@pytest.mark.parametrize("name", sorted(ENCODED))
@leaves_window_clean
def test_legacy_and_utf16_files_are_decoded_and_reported(tmp_path: Path, name: str, window) -> None:
    data, encoding, bom = ENCODED[name]
    folder = tmp_path / "f"
    folder.mkdir()
    (folder / name).write_bytes(data)
    code, report, _err = check_json(folder / name)
    entry = report["files"][0]
    assert code in (0, 1) and entry["error"] is None
    assert entry["encoding"] == encoding and entry["bom"] is bom
    doc = open_in_window(window, folder, name)
    assert doc is not None and doc.article.encoding == encoding
    assert "Été" in doc.text() or "été" in doc.text()
    assert {"cp1252": "Windows-1252", "utf-16-le": "UTF-16 LE", "utf-16-be": "UTF-16 BE"}[encoding] in (
        window.status_info.text())  # fmt: skip
    assert not row_error(window, folder / name)
    # Opening wrote nothing; saving unchanged gives the same bytes in the same encoding.
    assert (folder / name).read_bytes() == data
    doc.qdoc.setModified(True)
    assert window.save_document(doc)
    assert (folder / name).read_bytes() == data


# --- invalid front matter: the file opens, the problem is shown where it is --------------------------------

BAD_YAML = {
    "guillemet.md": ('---\ntitle: "Été sans fin\ndate: 2024-06-01\n---\n\nCorps.\n', "YAML invalide"),
    "tabulation.md": ("---\ntitle: Titre\n\tdate: 2024-06-01\n---\n\nCorps.\n", "YAML invalide"),
    "doublon.md": ("---\ntitle: Un\ntags: [a]\ntitle: Deux\n---\n\nCorps.\n", "clé en double"),
    "python.md": (
        "---\ntitle: !!python/object/apply:os.system ['touch {marker}']\n---\n\nCorps.\n",
        "étiquette YAML non autorisée",
    ),
}


@pytest.mark.parametrize("name", sorted(BAD_YAML))
@leaves_window_clean
def test_invalid_yaml_is_reported_never_executed(tmp_path: Path, name: str, window) -> None:
    text, reason = BAD_YAML[name]
    marker = tmp_path / PWNED
    text = text.replace("{marker}", str(marker))
    folder = tmp_path / "f"
    folder.mkdir()
    (folder / name).write_text(text, "utf-8")
    before = tree(folder)
    code, report, err = check_json(folder / name)
    entry = report["files"][0]
    # The file was read, so no "error"; the front matter error is its own field and a finding: check exits 1
    # (issue 13.8: a CI script must tell it from a crash), with one line on stderr naming it.
    assert entry["error"] is None and reason in entry["frontmatter"]["error"]
    assert any(f["kind"] == "frontmatter" and reason in f["message"] for f in entry["findings"])
    assert code == 1 and len(err.strip().splitlines()) == 1 and reason in err
    doc = open_in_window(window, folder, name)
    assert doc is not None and doc.text() == text
    assert any(f.kind == "frontmatter" and reason in f.message for f in doc.findings)
    assert window.model.row_for(folder / name).summary.counts.get("frontmatter", 0) >= 1
    assert reason in window.preview.toPlainText()  # the preview's card shows the error, not the raw YAML
    proc = cli("set", str(folder / name), "draft=true")
    assert proc.returncode == 2 and reason in proc.stderr
    assert not marker.exists(), "a YAML tag ran code"
    assert tree(folder) == before


# --- big but legitimate ------------------------------------------------------------------------------------


@leaves_window_clean
def test_100000_lines_open_in_the_window_through_the_normal_path(tmp_path: Path, window, qtbot) -> None:
    folder = tmp_path / "f"
    folder.mkdir()
    text = "---\ntitle: Long\n---\n" + "".join(f"Ligne {i}.\n\n" if i % 2 else f"# Titre {i}\n" for i in range(100_000))
    (folder / "long.md").write_text(text, "utf-8")
    code, report, _ = check_json(folder / "long.md")
    assert code in (0, 1) and report["files"][0]["error"] is None
    doc = open_in_window(window, folder, "long.md")
    assert doc is not None and window.current is doc
    assert window.raw_editor.document().blockCount() == text.count("\n") + 1
    # The preview shows the start and says it is cut, instead of freezing on 150,000 blocks.
    shown = window.preview.toPlainText()
    assert "Titre 0" in shown and "Aperçu limité" in shown and "Titre 99998" not in shown
    assert window.model.row_for(doc.path).summary is not None
    # The whole text gets checked in the end (big articles are checked in steps, in the background).
    qtbot.waitUntil(lambda: doc.findings_revision == doc.revision(), timeout=60000)


# --- permissions and vanishing paths -----------------------------------------------------------------------


@leaves_window_clean
def test_read_only_file_save_is_refused_and_edits_stay(tmp_path: Path, window) -> None:
    folder = tmp_path / "f"
    folder.mkdir()
    path = folder / "verrouillé.md"
    path.write_text("# Verrouillé\n\nTexte.\n", "utf-8")
    path.chmod(0o444)
    doc = open_in_window(window, folder, path.name)
    cursor = window.raw_editor.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    cursor.insertText("Ajout précieux.\n")
    assert window.save_document(doc) is False
    message = window.statusBar().currentMessage()
    assert "lecture seule" in message and "conservées" in message
    assert doc.dirty and doc.text().endswith("Ajout précieux.\n")
    assert path.read_text("utf-8") == "# Verrouillé\n\nTexte.\n" and os.listdir(folder) == [path.name]
    proc = cli("set", str(path), "title=Autre")
    assert proc.returncode == 2 and "lecture seule" in proc.stderr
    assert path.read_text("utf-8") == "# Verrouillé\n\nTexte.\n"


# As root, chmod 000 does not stop reads: this runs the real CLI as an unprivileged user instead. Python lives
# under /root here (unreadable to others), so the child imports everything first, then drops privileges.
AS_NOBODY = r"""
import contextlib, io, os, sys
from app import cli
with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
    cli.main(["check", "--format", "json", "--only", "mojibake", sys.argv[1]])  # imports every module needed
os.setgroups([])
os.setgid(65534)
os.setuid(65534)
assert os.geteuid() == 65534
sys.exit(cli.main(["check", "--format", "json", "--only", "mojibake", sys.argv[2]]))
"""


def test_folder_without_read_permission(tmp_path: Path) -> None:
    base = Path(tempfile.mkdtemp(prefix="relecture-perm-"))
    closed = base / "fermé"
    try:
        base.chmod(0o755)
        (base / "lisible.md").write_text("# Lisible\n", "utf-8")
        closed.mkdir()
        (closed / "secret.md").write_text("# Secret\n", "utf-8")
        closed.chmod(0o000)
        if os.geteuid() == 0:
            proc = subprocess.run([sys.executable, "-c", AS_NOBODY, str(base / "lisible.md"), str(base)],
                                  capture_output=True, text=True, cwd=ROOT,
                                  env=dict(os.environ, PYTHONPATH=str(ROOT)))  # fmt: skip
            assert "Traceback" not in proc.stderr, proc.stderr
            assert len(proc.stderr.strip().splitlines()) == 1, proc.stderr
        else:
            proc = cli("check", "--format", "json", "--only", "mojibake", str(base))
        assert proc.returncode == 2, proc.stderr
        assert "« fermé » : permission refusée" in proc.stderr
        files = [Path(e["path"]).name for e in json.loads(proc.stdout)["files"]]
        assert files == ["lisible.md"]  # the readable part is still checked
    finally:
        if closed.exists():
            closed.chmod(0o755)
        shutil.rmtree(base)


@leaves_window_clean
def test_unreadable_folder_code_path_with_a_vanishing_folder(tmp_path: Path, window) -> None:
    # The same reporting path as a permission error (os.walk's onerror), real for root too: a folder that
    # stops existing after the user picked it.
    folder = tmp_path / "parti"
    folder.mkdir()
    (folder / "a.md").write_text("# A\n", "utf-8")
    shutil.rmtree(folder)
    found, problems = article.walk(folder)
    assert found == [] and problems == ["« parti » : fichier introuvable (supprimé ou déplacé ?)"]
    proc = cli("check", str(folder))
    assert proc.returncode == 2 and "introuvable" in proc.stderr
    window.open_path(folder)
    assert "Introuvable" in window.statusBar().currentMessage() and window.model.rowCount() == 0


@leaves_window_clean
def test_article_deleted_between_listing_and_opening(tmp_path: Path, window) -> None:
    folder = tmp_path / "f"
    folder.mkdir()
    (folder / "a.md").write_text("# A\n", "utf-8")
    (folder / "b.md").write_text("# B\n", "utf-8")
    window.open_path(folder)
    (folder / "b.md").unlink()  # gone before the user clicks it
    window.select_path(folder / "b.md")
    assert folder / "b.md" not in window.documents
    assert "introuvable" in window.statusBar().currentMessage()
    assert "introuvable" in row_error(window, folder / "b.md")
    from app import cli as cli_module

    entry = cli_module.check_file(str(folder / "b.md"), frozenset({"mojibake"}), False)
    assert "introuvable" in entry["error"] and entry["findings"] == []
    proc = cli("check", str(folder / "b.md"))
    assert proc.returncode == 2 and "introuvable" in proc.stderr


@leaves_window_clean
def test_symlink_loops_are_reported_not_followed_forever(tmp_path: Path, window) -> None:
    folder = tmp_path / "f"
    (folder / "sous").mkdir(parents=True)
    (folder / "a.md").write_text("# A\n", "utf-8")
    (folder / "boucle.md").symlink_to("boucle.md")
    (folder / "x.md").symlink_to("y.md")
    (folder / "y.md").symlink_to("x.md")
    (folder / "sous" / "parent").symlink_to("..")  # a folder loop
    proc = cli("check", "--format", "json", "--only", "mojibake", str(folder))
    assert proc.returncode == 2 and "lien symbolique en boucle" in proc.stderr
    assert [Path(e["path"]).name for e in json.loads(proc.stdout)["files"]] == ["a.md"]
    proc = cli("check", str(folder / "boucle.md"))
    assert proc.returncode == 2 and "« boucle.md » : lien symbolique en boucle" in proc.stderr
    window.open_path(folder)
    assert window.model.paths() == [folder / "a.md"]
    assert window.current is not None and window.current.path == folder / "a.md"


@leaves_window_clean
def test_names_with_accents_spaces_and_emoji(tmp_path: Path, window) -> None:
    folder = tmp_path / "Dossier été 2024"
    folder.mkdir()
    name = "L'été à la plage 🏖 — « brouillon ».md"
    (folder / name).write_text("# Été\n\nTexte.\n", "utf-8")
    code, report, _ = check_json(folder)
    assert code in (0, 1) and report["files"][0]["path"] == str(folder / name)
    doc = open_in_window(window, folder, name)
    assert doc is not None and window.windowTitle().startswith(name)
    cursor = window.raw_editor.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    cursor.insertText("Ajout.\n")
    assert window.save_document(doc)
    assert (folder / name).read_text("utf-8") == "# Été\n\nTexte.\nAjout.\n"
    assert sorted(os.listdir(folder)) == [name]


# --- write errors, injected for real -----------------------------------------------------------------------


@pytest.fixture
def tiny_disk(tmp_path: Path):  # type: ignore[no-untyped-def]
    """A real 256 KB tmpfs (needs root and mount); skipped with the reason otherwise."""
    mnt = tmp_path / "petit disque"
    mnt.mkdir()
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a tiny tmpfs needs root; the RLIMIT_FSIZE test covers write errors")
    proc = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", str(mnt)], capture_output=True)
    if proc.returncode != 0:
        pytest.skip(f"mount refused: {proc.stderr.decode(errors='replace').strip()}")
    try:
        yield mnt
    finally:
        subprocess.run(["umount", "-l", str(mnt)], capture_output=True)


@leaves_window_clean
def test_disk_full_refuses_save_keeps_file_and_edits(tiny_disk: Path, window) -> None:
    path = tiny_disk / "article.md"
    original = "# Article\n\n" + "Texte d'origine.\n" * 500
    path.write_text(original, "utf-8")
    (tiny_disk / "remplissage.bin").write_bytes(b"x" * 200_000)  # leaves less room than the new version needs
    doc = open_in_window(window, tiny_disk, "article.md")
    cursor = window.raw_editor.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    cursor.insertText("Beaucoup de nouveau texte.\n" * 5000)
    edited = doc.text()
    assert window.save_document(doc) is False
    assert "disque plein" in window.statusBar().currentMessage()
    assert doc.dirty and doc.text() == edited
    assert path.read_text("utf-8") == original
    assert sorted(os.listdir(tiny_disk)) == ["article.md", "remplissage.bin"]  # no temp file left behind
    proc = cli("set", str(path), "title=Nouveau titre très long " + "x" * 100_000)
    assert proc.returncode == 2 and "disque plein" in proc.stderr
    assert path.read_text("utf-8") == original


def _limit_file_size() -> None:
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # write() then fails with EFBIG instead of killing us
    resource.setrlimit(resource.RLIMIT_FSIZE, (4096, resource.RLIM_INFINITY))


def test_write_error_via_file_size_limit_leaves_file_intact(tmp_path: Path) -> None:
    path = tmp_path / "article.md"
    original = "---\ntitle: Court\n---\nTexte.\n"
    path.write_text(original, "utf-8")
    proc = cli("set", str(path), "title=" + "Très long " * 1000, preexec=_limit_file_size)
    assert proc.returncode == 2 and "limite de taille" in proc.stderr
    assert path.read_text("utf-8") == original and os.listdir(tmp_path) == ["article.md"]
    bad = tmp_path / "mojibake.md"
    bad.write_text("CafÃ© " * 2000, "utf-8")
    before = bad.read_bytes()
    proc = cli("fix", str(bad), preexec=_limit_file_size)
    assert proc.returncode == 2 and "limite de taille" in proc.stderr
    assert bad.read_bytes() == before and sorted(os.listdir(tmp_path)) == ["article.md", "mojibake.md"]


def test_no_recovery_snapshot_or_stray_file_from_refused_inputs(tmp_path: Path) -> None:
    # The CLI never writes to the recovery area, whatever it reads.
    folder = tmp_path / "f"
    folder.mkdir()
    for name, (data, _reason) in REFUSED.items():
        (folder / name).write_bytes(data)
    cli("check", str(folder))
    assert recovery.list_snapshots() == []


# --- the preview: offline and inert ------------------------------------------------------------------------


def test_preview_never_loads_remote_or_outside_resources(tmp_path: Path, qtbot) -> None:
    from app.core import render
    from app.ui.preview import Preview

    folder = tmp_path / "articles"
    (folder / "img").mkdir(parents=True)
    image = QImage(4, 4, QImage.Format.Format_RGB32)
    image.fill(0x00FF00)
    assert image.save(str(folder / "img" / "ok.png"))
    assert image.save(str(tmp_path / "dehors.png"))
    preview = Preview()
    qtbot.addWidget(preview)
    text = (
        "# Titre\n\n<script>document.write('x')</script>\n\n"
        "<img src=\"http://127.0.0.1:9/x.png\"> <img src=\"../dehors.png\"> ![ok](img/ok.png)\n\n"
        "<a href=\"javascript:alert(1)\" onclick=\"alert(2)\">lien</a>\n"
    )
    html = render.render(text)
    assert "<script" not in html.lower() and "onclick" not in html and "javascript:" not in html
    preview.set_html(html, folder)
    kind = QTextDocument.ResourceType.ImageResource
    assert preview.loadResource(kind, QUrl("http://127.0.0.1:9/x.png")) is None
    assert preview.loadResource(kind, QUrl("https://example.com/a.png")) is None
    assert preview.loadResource(kind, QUrl("//example.com/a.png")) is None
    assert preview.loadResource(kind, QUrl("../dehors.png")) is None
    assert preview.loadResource(kind, QUrl.fromLocalFile(str(tmp_path / "dehors.png"))) is None
    assert preview.loadResource(kind, QUrl("img/../../dehors.png")) is None
    loaded = preview.loadResource(kind, QUrl("img/ok.png"))
    assert isinstance(loaded, QImage) and not loaded.isNull() and loaded.width() == 4
    # The document Qt built has no script text and no trace of the remote URL as a loadable image.
    shown = preview.toHtml()
    assert "<script" not in shown.lower() and "document.write" not in shown
    assert 'src="http' not in shown
    assert "image distante non chargée" in preview.toPlainText()
