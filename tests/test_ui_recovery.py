"""Crash recovery: snapshots of unsaved buffers, a real killed app, and the restore/discard dialog."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

from app.core import article, recovery
from tests.helpers.editing import two_article_folder, type_at_end
from tests.helpers.modal import leaves_window_clean

ROOT = Path(__file__).resolve().parents[1]


_folder = two_article_folder
_type = type_at_end


# --- core -------------------------------------------------------------------------------------------


def test_snapshot_round_trip_and_listing_by_folder(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    other = tmp_path / "ailleurs.md"
    other.write_text("x\n", "utf-8")
    art = article.load(folder / "a.md")
    file = recovery.write_snapshot(folder / "a.md", "Texte 🙂 « non » enregistré\n", art.stamp, now=1000.0)
    recovery.write_snapshot(other, "y\n", None, now=1001.0)
    assert file.parent == recovery.recovery_dir()
    assert oct(file.stat().st_mode & 0o777) == "0o600"  # drafts are private
    assert [s.path for s in recovery.list_snapshots()] == [folder / "a.md", other]
    (snap,) = recovery.snapshots_under(folder)
    assert snap.text == "Texte 🙂 « non » enregistré\n" and snap.stamp == art.stamp and snap.saved_at == 1000.0
    assert json.loads(file.read_text("utf-8"))["path"] == str(folder / "a.md")
    # Writing again replaces the same file (one snapshot per article).
    recovery.write_snapshot(folder / "a.md", "v2\n", art.stamp)
    assert [s.text for s in recovery.snapshots_under(folder)] == ["v2\n"]
    recovery.remove_snapshot(folder / "a.md")
    assert recovery.snapshots_under(folder) == []
    recovery.remove_snapshot(folder / "a.md")  # twice is fine


def test_corrupt_or_foreign_recovery_files_are_skipped_not_deleted(tmp_path: Path) -> None:
    where = recovery.recovery_dir()
    where.mkdir(parents=True)
    (where / "broken.json").write_bytes(b"{not json")
    (where / "other.json").write_text(json.dumps({"version": 99}), "utf-8")
    (where / "wrong.json").write_text(json.dumps({"version": 1, "path": 3, "text": "x", "saved_at": 1}), "utf-8")
    assert recovery.list_snapshots() == []
    assert sorted(p.name for p in where.iterdir()) == ["broken.json", "other.json", "wrong.json"]


def test_diff_and_disk_state(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    art = article.load(folder / "a.md")
    recovery.write_snapshot(folder / "a.md", art.text.replace("Premier", "Mon premier"), art.stamp)
    (snap,) = recovery.list_snapshots()
    state = recovery.disk_state(snap)
    assert not state.changed_since and state.text == art.text
    d = recovery.diff(snap)
    assert "-Premier texte." in d and "+Mon premier texte." in d and "title" not in d.replace("title: Alpha", "")
    (folder / "a.md").write_text("changé ailleurs\n", "utf-8")
    assert recovery.disk_state(snap).changed_since
    (folder / "a.md").unlink()
    state = recovery.disk_state(snap)
    assert state.text is None and "introuvable" in state.problem
    assert "+Mon premier texte." in recovery.diff(snap)


# --- window -----------------------------------------------------------------------------------------


@leaves_window_clean
def test_snapshots_only_when_changed_and_removed_on_save(window, tmp_path, qtbot) -> None:
    folder = _folder(tmp_path)
    window.open_path(folder)
    window.recovery.timer.setInterval(50)
    written: list[str] = []
    window.recovery.snapshot_written.connect(written.append)
    doc = window.current
    with qtbot.waitSignal(window.recovery.snapshot_written, timeout=3000):
        _type(window, "Brouillon.\n")
    (snap,) = recovery.snapshots_under(folder)
    assert snap.text == doc.text() and snap.stamp == doc.article.stamp
    # Nothing changed: the timer stays idle and nothing is rewritten.
    qtbot.wait(200)
    assert not window.recovery.timer.isActive() and written == [str(doc.path)]
    window.recovery.snapshot_now()
    assert written == [str(doc.path)]
    assert window.save_document(doc)
    assert recovery.snapshots_under(folder) == []


@leaves_window_clean
def test_undoing_back_to_the_file_or_discarding_removes_the_snapshot(window, tmp_path, qtbot) -> None:
    folder = _folder(tmp_path)
    window.open_path(folder)
    doc = window.current
    _type(window, "Brouillon.\n")
    window.recovery.snapshot_now()
    assert len(recovery.snapshots_under(folder)) == 1
    doc.qdoc.undo()
    assert not doc.dirty and recovery.snapshots_under(folder) == []
    _type(window, "Encore.\n")
    window.recovery.snapshot_now()
    assert len(recovery.snapshots_under(folder)) == 1
    window.recovery.clean_exit()  # what closeEvent does once the user saved or discarded
    assert recovery.snapshots_under(folder) == []


CRASHING_APP = r"""
import sys
from pathlib import Path
from PySide6.QtGui import QTextCursor
from app.ui import workers
from app.ui.application import create_application
from app.ui.main_window import MainWindow

app = create_application()
workers.set_synchronous(True)
w = MainWindow()
w.quiet_errors = True
w.show()
w.open_path(Path(sys.argv[1]))
w.recovery.timer.setInterval(100)
w.recovery.snapshot_written.connect(lambda p: print("snapshot", p, flush=True))
c = w.raw_editor.textCursor()
c.movePosition(QTextCursor.MoveOperation.End)
c.insertText("Phrase jamais enregistrée 🙂.\n")
w.raw_editor.setTextCursor(c)
app.exec()
"""


@leaves_window_clean
def test_after_a_kill_the_next_start_offers_to_restore_with_a_diff(window, tmp_path, qtbot) -> None:
    folder = _folder(tmp_path)
    before = (folder / "a.md").read_bytes()
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    app = subprocess.Popen([sys.executable, "-c", CRASHING_APP, str(folder)], stdout=subprocess.PIPE,
                           stderr=subprocess.DEVNULL, env=env, cwd=ROOT, text=True)  # fmt: skip
    try:
        assert app.stdout is not None
        line = app.stdout.readline()
        assert line.startswith("snapshot ") and line.strip().endswith("a.md"), line
    finally:
        app.send_signal(signal.SIGKILL)
        app.wait(10)
        if app.stdout:
            app.stdout.close()
    assert (folder / "a.md").read_bytes() == before  # the file itself was never touched
    (folder / "b.md").write_text("# Bêta\n\nDeuxième texte.\n", "utf-8")

    window.open_path(folder)
    dialog = window.recovery.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.list.count() == 1 and "a.md" in dialog.list.item(0).text()
    assert "+Phrase jamais enregistrée 🙂." in dialog.diff_view.toPlainText()
    assert "récupérées" in window.statusBar().currentMessage()
    dialog.restore_button.click()
    doc = window.documents[folder / "a.md"]
    assert window.current is doc
    assert doc.dirty and doc.text().endswith("Premier texte.\nPhrase jamais enregistrée 🙂.\n")
    assert window.model.row_for(doc.path).dirty
    assert not dialog.isVisible()
    assert (folder / "a.md").read_bytes() == before  # restoring does not save by itself
    doc.qdoc.undo()  # restoring is one undo step
    assert doc.text() == article.load(folder / "a.md").text


@leaves_window_clean
def test_discard_in_the_dialog_removes_the_snapshot_and_keeps_the_file(window, tmp_path, qtbot) -> None:
    folder = _folder(tmp_path)
    a, b = article.load(folder / "a.md"), article.load(folder / "b.md")
    recovery.write_snapshot(a.path, a.text + "A perdu\n", a.stamp)
    recovery.write_snapshot(b.path, b.text + "B gardé\n", b.stamp)
    window.open_path(folder)
    dialog = window.recovery.dialog
    assert dialog.list.count() == 2
    assert dialog.select(a.path)
    assert "+A perdu" in dialog.diff_view.toPlainText()
    dialog.discard_button.click()
    assert [s.path for s in recovery.snapshots_under(folder)] == [b.path]
    assert dialog.list.count() == 1 and dialog.isVisible()
    assert (folder / "a.md").read_text("utf-8") == a.text
    dialog.close_button.click()  # "later": the other one is kept for next time
    assert [s.path for s in recovery.snapshots_under(folder)] == [b.path]
    assert not window.documents[window.current.path].dirty


@leaves_window_clean
def test_restore_of_a_deleted_article_recreates_it_on_save(window, tmp_path, qtbot) -> None:
    folder = _folder(tmp_path)
    gone = folder / "disparu.md"
    recovery.write_snapshot(gone, "# Disparu\n\nTexte sauvé.\n", None)
    window.open_path(folder)
    dialog = window.recovery.dialog
    assert "n'est plus lisible" in dialog.diff_view.toPlainText()
    dialog.restore_button.click()
    doc = window.documents[gone]
    assert doc.deleted and doc.dirty and window.model.row_for(gone) is not None
    assert window.save_document(doc)
    assert gone.read_text("utf-8") == "# Disparu\n\nTexte sauvé.\n"
    assert recovery.snapshots_under(folder) == []


@leaves_window_clean
def test_snapshot_failure_is_reported_once_and_edits_stay(window, tmp_path, qtbot) -> None:
    folder = _folder(tmp_path)
    window.open_path(folder)
    # A plain file where the recovery folder should be: every snapshot write fails for real.
    where = recovery.recovery_dir()
    where.parent.mkdir(parents=True, exist_ok=True)
    where.write_text("pas un dossier", "utf-8")
    _type(window, "Brouillon.\n")
    window.recovery.snapshot_now()
    assert "Copie de secours impossible" in window.statusBar().currentMessage()
    assert window.current.dirty and window.current.text().endswith("Brouillon.\n")
