"""Changes behind the window's back: other editors, git pull, deleted and new files. Real files, real watcher."""

from __future__ import annotations

import os
from pathlib import Path

from app.core import article as core_article
from tests.helpers.editing import two_article_folder, type_at_end
from tests.helpers.modal import ModalAnswer, leaves_window_clean

_folder = two_article_folder
_type = type_at_end


def _replace_atomically(path: Path, text: str) -> None:
    """What most editors and git do: write a new file, rename it over the old one (the watch is dropped)."""
    tmp = path.with_name(path.name + ".swp~")
    tmp.write_text(text, "utf-8")
    os.replace(tmp, path)


@leaves_window_clean
def test_unchanged_buffer_reloads_quietly_and_says_so(window, tmp_path, qtbot) -> None:
    folder = _folder(tmp_path)
    window.open_path(folder)
    doc = window.current
    assert doc is not None and doc.path == folder / "a.md"
    assert str(doc.path) in window.disk_sync.watcher.files()
    with qtbot.waitSignal(window.disk_sync.reloaded, timeout=5000):
        _replace_atomically(folder / "a.md", "---\ntitle: Alpha\n---\n\nTexte changé par git.\n")
    assert doc.text().endswith("Texte changé par git.\n")
    assert not doc.dirty
    assert "rechargé" in window.statusBar().currentMessage()
    # The atomic replace dropped the inotify watch: it must have been put back, so a second change is seen too.
    assert str(doc.path) in window.disk_sync.watcher.files()
    with qtbot.waitSignal(window.disk_sync.reloaded, timeout=5000):
        (folder / "a.md").write_text("---\ntitle: Alpha\n---\n\nEncore changé.\n", "utf-8")
    assert doc.text().endswith("Encore changé.\n")


@leaves_window_clean
def test_touch_without_new_content_does_not_reload(window, tmp_path, qtbot) -> None:
    folder = _folder(tmp_path)
    window.open_path(folder)
    doc = window.current
    revision = doc.revision()
    st = (folder / "a.md").stat()
    os.utime(folder / "a.md", ns=(st.st_atime_ns, st.st_mtime_ns + 5_000_000_000))
    window.disk_sync.check_now()
    assert doc.revision() == revision and not doc.dirty
    assert not core_article.disk_changed(doc.article)


@leaves_window_clean
def test_unsaved_edits_ask_and_keep_mine_then_save_asks_before_overwriting(window, tmp_path, qtbot) -> None:
    folder = _folder(tmp_path)
    window.open_path(folder)
    doc = window.current
    _type(window, "Ma phrase à moi.\n")
    assert doc.dirty
    theirs = "---\ntitle: Alpha\n---\n\nLeur version.\n"
    with qtbot.waitSignal(window.disk_sync.conflict, timeout=5000):
        _replace_atomically(folder / "a.md", theirs)
    dialog = window.disk_sync.dialogs[doc.path]
    assert dialog.isVisible()
    labels = {dialog.reload_button.text(), dialog.keep_button.text(), dialog.diff_button.text()}
    assert labels == {"Recharger", "Garder mes modifications", "Voir les différences"}
    dialog.diff_button.click()
    diff = dialog.diff_view.toPlainText()
    assert "-Leur version." in diff and "+Ma phrase à moi." in diff and "+Premier texte." in diff
    dialog.keep_button.click()
    assert doc.path not in window.disk_sync.dialogs
    assert doc.text().endswith("Premier texte.\nMa phrase à moi.\n") and doc.dirty
    # The same disk version is not asked about twice.
    window.disk_sync.check_now()
    assert doc.path not in window.disk_sync.dialogs
    # Saving now would overwrite their version: the window asks; "Annuler" leaves the disk alone.
    answer = ModalAnswer("Annuler")
    assert window.save_document(doc) is False
    assert "modifié sur le disque" in answer.dialog_text
    assert "Écraser avec mes modifications" in answer.buttons
    assert "-Leur version." in answer.detailed_text
    assert (folder / "a.md").read_text("utf-8") == theirs
    assert doc.dirty
    answer = ModalAnswer("Écraser avec mes modifications")
    assert window.save_document(doc) is True
    assert answer.seen is not None
    assert (folder / "a.md").read_text("utf-8").endswith("Premier texte.\nMa phrase à moi.\n")
    assert not doc.dirty
    # After our own save the file is ours again: saving once more does not ask.
    _type(window, "Et encore.\n")
    assert window.save_document(doc) is True


@leaves_window_clean
def test_unsaved_edits_reload_replaces_buffer_and_undo_brings_it_back(window, tmp_path, qtbot) -> None:
    folder = _folder(tmp_path)
    window.open_path(folder)
    doc = window.current
    _type(window, "Ajout.\n")
    mine = doc.text()
    with qtbot.waitSignal(window.disk_sync.conflict, timeout=5000):
        (folder / "a.md").write_text("Tout neuf.\n", "utf-8")
    window.disk_sync.dialogs[doc.path].reload_button.click()
    assert doc.text() == "Tout neuf.\n" and not doc.dirty
    assert "rechargé" in window.statusBar().currentMessage()
    doc.qdoc.undo()
    assert doc.text() == mine


@leaves_window_clean
def test_deleted_file_keeps_buffer_offers_save_as_and_save_recreates(window, tmp_path, qtbot) -> None:
    folder = _folder(tmp_path)
    window.open_path(folder)
    doc = window.current
    text = doc.text()
    with qtbot.waitSignal(window.disk_sync.deleted, timeout=5000):
        (folder / "a.md").unlink()
    assert doc.deleted and doc.dirty and doc.text() == text
    row = window.model.row_for(doc.path)
    assert row is not None and "supprimé" in row.summary.error
    assert "supprimé ou déplacé" in window.statusBar().currentMessage()
    box = window.disk_sync.deleted_box
    assert box is not None and box.isVisible()
    assert "Enregistrer sous…" in [b.text() for b in box.buttons()]
    assert window.save_document(doc) is True  # no "changed on disk" question: it is re-created
    assert (folder / "a.md").read_text("utf-8") == text
    assert not doc.deleted and not doc.dirty
    assert not window.model.row_for(doc.path).summary.error


@leaves_window_clean
def test_moved_file_is_a_deletion_for_the_buffer_and_a_new_row(window, tmp_path, qtbot) -> None:
    folder = _folder(tmp_path)
    window.open_path(folder)
    doc = window.current
    with qtbot.waitSignal(window.disk_sync.deleted, timeout=5000):
        os.rename(folder / "a.md", folder / "a renommé.md")
    qtbot.waitUntil(lambda: window.model.row_for(folder / "a renommé.md") is not None, timeout=5000)
    assert doc.deleted and window.model.row_for(folder / "a.md") is not None  # the open buffer keeps its row


@leaves_window_clean
def test_new_and_removed_files_appear_in_and_leave_the_list(window, tmp_path, qtbot) -> None:
    folder = _folder(tmp_path)
    window.open_path(folder)
    sub = folder / "sous dossier"
    with qtbot.waitSignal(window.disk_sync.list_changed, timeout=5000):
        (folder / "c.md").write_text("---\ntitle: Gamma\n---\nTexte.\n", "utf-8")
    row = window.model.row_for(folder / "c.md")
    assert row is not None and row.summary is not None and row.summary.title == "Gamma"
    with qtbot.waitSignal(window.disk_sync.list_changed, timeout=5000):
        (folder / "b.md").unlink()
    assert window.model.row_for(folder / "b.md") is None
    # A new sub-folder is watched as soon as it appears, so files added inside it show up too.
    with qtbot.waitSignal(window.disk_sync.flushed, timeout=5000):
        sub.mkdir()
    assert str(sub) in window.disk_sync.watcher.directories()
    with qtbot.waitSignal(window.disk_sync.list_changed, timeout=5000):
        (sub / "d.md").write_text("# Delta\n", "utf-8")
    assert window.model.row_for(sub / "d.md") is not None


@leaves_window_clean
def test_burst_of_changes_is_handled_in_one_pass(window, tmp_path, qtbot) -> None:
    folder = _folder(tmp_path)
    window.open_path(folder)
    passes = []
    window.disk_sync.flushed.connect(lambda: passes.append(1))
    with qtbot.waitSignal(window.disk_sync.list_changed, timeout=5000):
        for i in range(40):  # a git pull touching many files
            (folder / f"n{i:02d}.md").write_text(f"# Nouveau {i}\n", "utf-8")
    qtbot.wait(window.disk_sync.timer.interval() + 200)
    assert len(passes) == 1
    assert all(window.model.row_for(folder / f"n{i:02d}.md") is not None for i in range(40))


@leaves_window_clean
def test_closed_file_changed_on_disk_gets_a_fresh_summary(window, tmp_path, qtbot) -> None:
    folder = _folder(tmp_path)
    window.open_path(folder)
    assert window.model.row_for(folder / "b.md").summary.title == "Bêta"
    _replace_atomically(folder / "b.md", "---\ntitle: Bêta deux\n---\nTexte.\n")
    window.disk_sync.check_now()
    assert window.model.row_for(folder / "b.md").summary.title == "Bêta deux"
