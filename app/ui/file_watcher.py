"""Changes made behind our back: other editors, `git pull`, files deleted, moved or added in the folder.

A QFileSystemWatcher watches the open documents' files and the folder's directories; bursts of events are
debounced, then everything is checked against the stamps of core.article (content hash, not just mtime).
Saving asks first when the file changed on disk since it was read: nothing is ever overwritten silently.
"""

from __future__ import annotations

import difflib
import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core import article as core_article
from app.core import textio
from app.core.checks import CheckOptions
from app.core.scan import Summary, summarize
from app.ui import workers
from app.ui.document import Document

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow

MAX_WATCHED_DIRS = 2000  # inotify watches are a shared system resource


def buffer_diff(disk_text: str, buffer_text: str, name: str) -> str:
    """Unified diff from the file on disk to the window's text (both \\n text)."""
    lines = difflib.unified_diff(
        disk_text.splitlines(keepends=True), buffer_text.splitlines(keepends=True),
        fromfile=f"{name} (sur le disque)", tofile=f"{name} (dans la fenêtre)", n=2,
    )  # fmt: skip
    return "".join(line if line.endswith("\n") else line + "\n" for line in lines)


class ExternalChangeDialog(QDialog):
    """A file with unsaved edits changed on disk: reload, keep mine, or look at the differences first."""

    def __init__(self, doc: Document, disk: core_article.Article, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("externalChangeDialog")
        self.doc = doc
        self.disk = disk
        self.setWindowTitle(self.tr("Fichier modifié sur le disque"))
        self.message = QLabel(
            self.tr("« {0} » a été modifié sur le disque par un autre programme, et vous avez des modifications "
                    "non enregistrées dans la fenêtre.").format(doc.path.name), self)  # fmt: skip
        self.message.setWordWrap(True)
        self.reload_button = QPushButton(self.tr("Recharger"), self)
        self.reload_button.setToolTip(self.tr("Remplacer le texte de la fenêtre par celui du disque (annulable)"))
        self.keep_button = QPushButton(self.tr("Garder mes modifications"), self)
        self.diff_button = QPushButton(self.tr("Voir les différences"), self)
        self.diff_view = QPlainTextEdit(self)
        self.diff_view.setObjectName("externalChangeDiff")
        self.diff_view.setReadOnly(True)
        self.diff_view.setFont(QFont("DejaVu Sans Mono", 9))
        self.diff_view.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.diff_button)
        buttons.addStretch(1)
        buttons.addWidget(self.keep_button)
        buttons.addWidget(self.reload_button)
        box = QVBoxLayout(self)
        box.addWidget(self.message)
        box.addWidget(self.diff_view, 1)
        box.addLayout(buttons)
        self.keep_button.setDefault(True)  # the safe choice: nothing of the user's is lost
        self.reload_button.clicked.connect(lambda: self.done(1))
        self.keep_button.clicked.connect(lambda: self.done(2))
        self.diff_button.clicked.connect(self.show_diff)
        self.resize(560, 180)

    def show_diff(self) -> None:
        diff = buffer_diff(textio.to_lf(self.disk.text), self.doc.text(), self.doc.path.name)
        self.diff_view.setPlainText(diff or self.tr("Aucune différence de texte."))
        self.diff_view.show()
        self.resize(max(self.width(), 760), max(self.height(), 480))


class FileWatcher(QObject):
    """Keeps the window in step with the disk. Created by MainWindow; see folder_opened/before_save/after_save."""

    reloaded = Signal(str)  # path reloaded quietly
    conflict = Signal(str)  # path with unsaved edits changed on disk: a dialog is shown
    deleted = Signal(str)  # path of an open document that vanished
    list_changed = Signal()  # rows added to or removed from the list
    flushed = Signal()  # a debounced pass over the events is done

    def __init__(self, window: MainWindow, debounce_ms: int = 300) -> None:
        super().__init__(window)
        self.window = window
        self.watcher = QFileSystemWatcher(self)
        self.timer = QTimer(self, singleShot=True, interval=debounce_ms)
        self.opened: Path | None = None  # what open_path opened (a folder, or one article)
        self.dirs_dirty = False
        self.dirs: set[str] = set()  # folders to watch, recomputed only when the tree may have changed
        self.dialogs: dict[Path, ExternalChangeDialog] = {}
        self.acknowledged: dict[Path, str] = {}  # path → sha256 of a disk version the user chose to ignore
        self.deleted_box: QMessageBox | None = None
        self.watcher.fileChanged.connect(self.on_file_changed)
        self.watcher.directoryChanged.connect(self.on_directory_changed)
        self.timer.timeout.connect(self.flush)
        window.article_shown.connect(lambda _path: self.ensure_watched())

    # --- watching ---------------------------------------------------------------------------------
    def folder_opened(self, path: Path, folders: list[str] | None = None) -> None:
        """Watch what was opened; folders: the tree's folders when the caller has just listed them."""
        self.opened = Path(path)
        self.acknowledged.clear()
        for dialog in self.dialogs.values():
            dialog.reject()
        self.dialogs.clear()
        watched = self.watcher.files() + self.watcher.directories()
        if watched:
            self.watcher.removePaths(watched)
        self.dirs = set(folders[:MAX_WATCHED_DIRS]) if folders else self._wanted_dirs()
        self.ensure_watched()

    def _wanted_dirs(self) -> set[str]:
        if self.opened is None or self.window.root is None:
            return set()
        if not self.opened.is_dir():
            return {str(self.window.root)}
        found = {str(self.opened)}
        for dirpath, dirnames, _files in os.walk(self.opened):
            dirnames[:] = [d for d in dirnames if not d.startswith(".")]
            found.add(dirpath)
            if len(found) >= MAX_WATCHED_DIRS:
                break
        return found

    def ensure_watched(self) -> None:
        """Watch every open document's file and the folder tree; re-add paths dropped by atomic replaces."""
        files = {str(p) for p, d in self.window.documents.items() if not d.deleted and p.is_file()}
        dirs = {d for d in self.dirs if os.path.isdir(d)}
        have_files, have_dirs = set(self.watcher.files()), set(self.watcher.directories())
        stale = sorted((have_files - files) | (have_dirs - dirs))
        if stale:
            self.watcher.removePaths(stale)
        missing = sorted((files - have_files) | (dirs - have_dirs))
        if missing:
            self.watcher.addPaths(missing)

    def on_file_changed(self, _path: str) -> None:
        self.timer.start()

    def on_directory_changed(self, _path: str) -> None:
        self.dirs_dirty = True
        self.timer.start()

    # --- reacting ---------------------------------------------------------------------------------
    def flush(self) -> None:
        """After a burst of events: update the list, then check every open document against its file."""
        if self.dirs_dirty:
            self.dirs_dirty = False
            self.dirs = self._wanted_dirs()
            self.rescan()
        for doc in list(self.window.documents.values()):
            self.check_document(doc)
        self.ensure_watched()
        self.flushed.emit()

    def check_now(self) -> None:
        """Check at once (what a watcher event triggers after the debounce)."""
        self.dirs_dirty = True
        self.flush()

    def check_document(self, doc: Document) -> None:
        if doc.path in self.dialogs:
            return  # the user is already being asked about this file
        if not doc.path.exists():
            self.mark_deleted(doc)
            return
        if doc.deleted:
            self._undelete(doc)
        if not core_article.disk_changed(doc.article):
            return
        try:
            disk = core_article.load(doc.path)
        except core_article.ArticleError as exc:
            self.window.status_message.emit(
                self.tr("{0} — le texte de la fenêtre est conservé").format(str(exc)))  # fmt: skip
            self._mark_row_error(doc.path, str(exc))
            return
        if disk.stamp.sha256 == doc.article.stamp.sha256:
            doc.article = disk  # only touched (same bytes): nothing to do but remember the new mtime
            return
        if self.acknowledged.get(doc.path) == disk.stamp.sha256:
            return
        if not doc.dirty:
            doc.reload(disk)
            self._refresh_row(doc.path)
            self.window.status_message.emit(
                self.tr("« {0} » a changé sur le disque : rechargé").format(doc.path.name))  # fmt: skip
            self.reloaded.emit(str(doc.path))
            return
        self.ask(doc, disk)

    def ask(self, doc: Document, disk: core_article.Article) -> None:
        dialog = ExternalChangeDialog(doc, disk, self.window)
        self.dialogs[doc.path] = dialog
        dialog.finished.connect(lambda result, d=doc, dlg=dialog: self._on_dialog_finished(d, dlg, result))
        self.window.status_message.emit(
            self.tr("« {0} » a changé sur le disque alors que vous le modifiez").format(doc.path.name))  # fmt: skip
        dialog.open()
        self.conflict.emit(str(doc.path))

    def _on_dialog_finished(self, doc: Document, dialog: ExternalChangeDialog, result: int) -> None:
        if self.dialogs.get(doc.path) is dialog:
            del self.dialogs[doc.path]
        dialog.deleteLater()
        if result == 1:
            try:
                disk = core_article.load(doc.path)
            except core_article.ArticleError as exc:
                self.window.show_error(str(exc))
                return
            doc.reload(disk)  # one undo step: Ctrl+Z brings the user's text back
            self.acknowledged.pop(doc.path, None)
            self._refresh_row(doc.path)
            self.window.status_message.emit(self.tr("« {0} » rechargé depuis le disque").format(doc.path.name))
        else:
            # Keep mine (or closed the dialog): do not ask again for this disk version; saving will still ask.
            self.acknowledged[doc.path] = dialog.disk.stamp.sha256
            self.window.status_message.emit(
                self.tr("Modifications conservées ; l'enregistrement demandera confirmation"))  # fmt: skip

    # --- deleted, moved, added --------------------------------------------------------------------
    def mark_deleted(self, doc: Document) -> None:
        if doc.deleted:
            return
        doc.deleted = True
        # The buffer is all that is left: it counts as unsaved, so quitting asks and recovery snapshots it.
        doc.qdoc.setModified(True)
        message = self.tr("« {0} » a été supprimé ou déplacé hors de l'application : le texte reste dans la "
                          "fenêtre. « Enregistrer » le recrée, « Enregistrer sous… » le range ailleurs.")  # fmt: skip
        message = message.format(doc.path.name)
        self._mark_row_error(doc.path, self.tr("supprimé ou déplacé sur le disque (texte conservé)"))
        self.window.status_message.emit(message)
        self.deleted.emit(str(doc.path))
        # Not modal, so a folder-wide deletion (git checkout) does not stack up blocking dialogs.
        if self.deleted_box is not None:
            self.deleted_box.close()
            self.deleted_box.deleteLater()
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Fichier supprimé"), message,
                          QMessageBox.StandardButton.Close, self.window)  # fmt: skip
        save_as = box.addButton(self.tr("Enregistrer sous…"), QMessageBox.ButtonRole.AcceptRole)

        def done() -> None:
            if box.clickedButton() is save_as:
                if self.window.current is not doc:
                    self.window.select_path(doc.path)
                self.window.on_save_as_triggered()

        box.finished.connect(done)
        self.deleted_box = box
        box.open()

    def _undelete(self, doc: Document) -> None:
        doc.deleted = False
        self._clear_row_error(doc.path)

    def _mark_row_error(self, path: Path, error: str) -> None:
        model = self.window.model
        if model.row_for(path) is None:
            model.add_paths([path])
        row = model.row_for(path)
        assert row is not None
        s = row.summary or Summary(path=str(path), title=path.stem)
        s.error = error
        model.update_row(path, summary=s)

    def _clear_row_error(self, path: Path) -> None:
        row = self.window.model.row_for(path)
        if row is not None and row.summary is not None and row.summary.error:
            row.summary.error = ""
            self.window.model.update_row(path, summary=row.summary)

    def rescan(self) -> None:
        """Add new articles to the list, drop vanished ones (open ones stay, marked), refresh changed ones."""
        if self.opened is None or self.window.root is None:
            return
        model = self.window.model
        if self.opened.is_dir():
            found, _problems = core_article.walk(self.opened)
        else:
            found = [self.opened] if self.opened.is_file() else []
        found_set = set(found)
        listed = model.paths()
        new = [p for p in found if p not in model.index_of]
        gone = [p for p in listed if p not in found_set]
        for p in gone:
            doc = self.window.documents.get(p)
            if doc is not None:
                self.mark_deleted(doc)
            else:
                model.remove_path(p)
        stale = [p for p in listed if p in found_set and p not in self.window.documents and _stale(model, p)]
        if new:
            model.add_paths(new)
        todo = new + stale
        if todo:
            workers.run_task(_summaries, todo, self.window.check_options(suggestions=False),
                             on_done=self._on_summaries)  # fmt: skip
        removed = [p for p in gone if p not in self.window.documents]
        if new or removed:
            names = ", ".join(p.name for p in (new + removed)[:3])
            more = "…" if len(new) + len(removed) > 3 else ""
            self.window.status_message.emit(
                self.tr("Dossier modifié sur le disque : {0} ajouté(s), {1} retiré(s) ({2}{3})").format(
                    len(new), len(removed), names, more))  # fmt: skip
        if new or gone:
            self.list_changed.emit()

    def _on_summaries(self, summaries: list[Summary]) -> None:
        live = [s for s in summaries if Path(s.path) not in self.window.documents]
        self.window.model.set_summaries(live)

    def _refresh_row(self, path: Path) -> None:
        self._clear_row_error(path)

    # --- saving -----------------------------------------------------------------------------------
    def before_save(self, doc: Document) -> bool:
        """True when saving may go on. A file changed on disk since it was read is never overwritten unasked."""
        if doc.deleted or not doc.path.exists():
            return True  # saving re-creates it
        if not core_article.disk_changed(doc.article):
            return True
        try:
            disk_text = textio.to_lf(core_article.load(doc.path).text)
        except core_article.ArticleError as exc:
            disk_text = ""
            reason = str(exc)
        else:
            reason = ""
        box = QMessageBox(self.window)
        box.setObjectName("overwriteDialog")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Fichier modifié sur le disque"))
        box.setText(self.tr("« {0} » a été modifié sur le disque depuis que vous l'avez ouvert. L'enregistrer "
                            "remplacerait ces changements par votre texte.").format(doc.path.name))  # fmt: skip
        box.setInformativeText(reason or self.tr("« Afficher les détails » montre les différences."))
        box.setDetailedText(buffer_diff(disk_text, doc.text(), doc.path.name))
        overwrite = box.addButton(self.tr("Écraser avec mes modifications"), QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(self.tr("Annuler"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(cancel)
        box.exec()
        ok = box.clickedButton() is overwrite
        if not ok:
            self.window.status_message.emit(self.tr("Enregistrement annulé : le fichier sur le disque est intact"))
        return ok

    def after_save(self, doc: Document) -> None:
        self.acknowledged.pop(doc.path, None)
        root = self.window.root
        if root is not None and doc.path.is_relative_to(root) and self.window.model.row_for(doc.path) is None:
            self.window.model.add_paths([doc.path])
        self._clear_row_error(doc.path)
        self.ensure_watched()


def _stale(model: object, path: Path) -> bool:
    from app.ui.article_model import ArticleTableModel

    assert isinstance(model, ArticleTableModel)
    row = model.row_for(path)
    if row is None or row.summary is None or not row.summary.mtime_ns:
        return False
    try:
        st = path.stat()
    except OSError:
        return False
    return (st.st_size, st.st_mtime_ns) != (row.summary.size, row.summary.mtime_ns)


def _summaries(paths: list[Path], options: CheckOptions) -> list[Summary]:
    return [summarize(p, options) for p in paths]
