"""Crash recovery in the window: periodic snapshots of unsaved buffers, and the dialog offering them back."""

from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.core import article as core_article
from app.core import recovery
from app.ui.document import Document

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow

SNAPSHOT_INTERVAL_MS = 4000


class RecoveryDialog(QDialog):
    """Lists recovered buffers per article with a diff against the current file; restore or discard each."""

    restore_requested = Signal(object)  # recovery.Snapshot
    discard_requested = Signal(object)

    def __init__(self, snapshots: list[recovery.Snapshot], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recoveryDialog")
        self.setWindowTitle(self.tr("Récupération après incident"))
        self.snapshots = list(snapshots)
        intro = QLabel(self.tr("Relecture s'est arrêté sans que ces modifications soient enregistrées. "
                               "Pour chaque article, restaurez le texte récupéré (il reste à enregistrer) "
                               "ou abandonnez-le."), self)  # fmt: skip
        intro.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setObjectName("recoveryList")
        self.diff_view = QPlainTextEdit(self)
        self.diff_view.setObjectName("recoveryDiff")
        self.diff_view.setReadOnly(True)
        self.diff_view.setFont(QFont("DejaVu Sans Mono", 9))
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.list)
        split.addWidget(self.diff_view)
        split.setSizes([260, 520])
        self.restore_button = QPushButton(self.tr("Restaurer"), self)
        self.discard_button = QPushButton(self.tr("Abandonner"), self)
        self.close_button = QPushButton(self.tr("Décider plus tard"), self)
        self.close_button.setToolTip(self.tr("Les textes récupérés sont gardés et proposés à la prochaine ouverture"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.discard_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.restore_button)
        box = QVBoxLayout(self)
        box.addWidget(intro)
        box.addWidget(split, 1)
        box.addLayout(buttons)
        for snap in self.snapshots:
            self.list.addItem(self._item(snap))
        self.list.currentRowChanged.connect(self.on_current_changed)
        self.restore_button.clicked.connect(lambda: self._act(self.restore_requested))
        self.discard_button.clicked.connect(lambda: self._act(self.discard_requested))
        self.close_button.clicked.connect(self.reject)
        self.restore_button.setDefault(True)
        self.list.setCurrentRow(0)
        self.resize(820, 460)

    def _item(self, snap: recovery.Snapshot) -> QListWidgetItem:
        state = recovery.disk_state(snap)
        when = time.strftime("%d/%m/%Y %H:%M", time.localtime(snap.saved_at))
        if state.text is None:
            note = self.tr("fichier introuvable ou illisible")
        elif state.changed_since:
            note = self.tr("le fichier a changé depuis")
        else:
            note = self.tr("non enregistré")
        item = QListWidgetItem(f"{snap.path.name}\n{when} — {note}")
        item.setToolTip(str(snap.path) + (f"\n{state.problem}" if state.problem else ""))
        return item

    def current_snapshot(self) -> recovery.Snapshot | None:
        row = self.list.currentRow()
        return self.snapshots[row] if 0 <= row < len(self.snapshots) else None

    def on_current_changed(self, row: int) -> None:
        snap = self.current_snapshot()
        if snap is None:
            self.diff_view.clear()
            return
        state = recovery.disk_state(snap)
        head = ""
        if state.text is None:
            head = self.tr("Le fichier n'est plus lisible sur le disque ({0}) : tout le texte est nouveau.\n\n").format(
                state.problem)  # fmt: skip
        elif state.changed_since:
            head = self.tr("Attention : le fichier a été modifié sur le disque après ce texte.\n\n")
        diff = recovery.diff(snap)
        self.diff_view.setPlainText(head + (diff or self.tr("Aucune différence avec le fichier actuel.")))

    def select(self, path: Path) -> bool:
        for i, snap in enumerate(self.snapshots):
            if snap.path == path:
                self.list.setCurrentRow(i)
                return True
        return False

    def _act(self, signal: Signal) -> None:
        row = self.list.currentRow()
        snap = self.current_snapshot()
        if snap is None:
            return
        signal.emit(snap)  # type: ignore[attr-defined]
        del self.snapshots[row]
        self.list.takeItem(row)
        if not self.snapshots:
            self.accept()


class RecoveryController(QObject):
    """Snapshots unsaved buffers every few seconds (only when something changed); offers them on open."""

    snapshot_written = Signal(str)  # article path
    restored = Signal(str)

    def __init__(self, window: MainWindow, interval_ms: int = SNAPSHOT_INTERVAL_MS) -> None:
        super().__init__(window)
        self.window = window
        self.timer = QTimer(self, singleShot=True, interval=interval_ms)
        self.timer.timeout.connect(self.snapshot_now)
        self.tracked: set[int] = set()
        # id(document) → (path written under, buffer revision): Save as changes a document's path.
        self.snapshotted: dict[int, tuple[Path, int]] = {}
        self.dialog: RecoveryDialog | None = None
        self.failed = False
        window.article_shown.connect(self.on_article_shown)

    # --- snapshots ----------------------------------------------------------------------------------
    def track(self, doc: Document) -> None:
        if id(doc) in self.tracked:
            return
        self.tracked.add(id(doc))
        doc.qdoc.contentsChanged.connect(self.on_contents_changed)
        doc.dirty_changed.connect(lambda dirty, d=doc: self.on_dirty_changed(d, dirty))
        key = id(doc)
        doc.destroyed.connect(lambda *_: (self.tracked.discard(key), self.snapshotted.pop(key, None)))

    def on_article_shown(self, path: str) -> None:
        doc = self.window.documents.get(Path(path))
        if doc is not None:
            self.track(doc)

    def on_contents_changed(self) -> None:
        if not self.timer.isActive():
            self.timer.start()  # at most one snapshot pass per interval, and none while nothing changes

    def on_dirty_changed(self, doc: Document, dirty: bool) -> None:
        if dirty:
            self.on_contents_changed()
        else:
            self.forget(doc)  # saved, or edits undone back to the file: nothing to recover

    def snapshot_now(self) -> None:
        for path, doc in list(self.window.documents.items()):
            if not doc.dirty:
                if id(doc) in self.snapshotted:
                    self.forget(doc)
                continue
            revision = doc.revision()
            if self.snapshotted.get(id(doc)) == (path, revision):
                continue
            old = self.snapshotted.get(id(doc))
            if old is not None and old[0] != path:
                recovery.remove_snapshot(old[0])
            stamp = None if doc.deleted else doc.article.stamp
            try:
                recovery.write_snapshot(path, doc.text(), stamp)
            except OSError as exc:
                if not self.failed:
                    self.window.status_message.emit(
                        self.tr("Copie de secours impossible ({0}) : pensez à enregistrer").format(
                            exc.strerror or str(exc)))  # fmt: skip
                self.failed = True
                continue
            self.failed = False
            self.snapshotted[id(doc)] = (path, revision)
            self.snapshot_written.emit(str(path))

    def forget(self, doc: Document) -> None:
        old = self.snapshotted.pop(id(doc), None)
        if old is not None and old[0] != doc.path:
            recovery.remove_snapshot(old[0])
        recovery.remove_snapshot(doc.path)

    def discard_documents(self, docs: list[Document]) -> None:
        """The window is dropping these buffers on purpose (saved or discarded by the user)."""
        for doc in docs:
            self.forget(doc)

    def clean_exit(self) -> None:
        self.timer.stop()
        self.discard_documents(list(self.window.documents.values()))

    # --- offering them back ----------------------------------------------------------------------
    def offer(self, root: Path | None) -> RecoveryDialog | None:
        """Show the recovery dialog (not modal to the app: the window stays usable) when root has snapshots."""
        if root is None:
            return None
        # A buffer already being edited in this session is newer than any snapshot of it.
        live = {p for p, d in self.window.documents.items() if d.dirty}
        snaps = [s for s in recovery.snapshots_under(root) if s.path not in live]
        if not snaps:
            return None
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
        dialog = RecoveryDialog(snaps, self.window)
        dialog.restore_requested.connect(self.restore)
        dialog.discard_requested.connect(self.discard)
        self.dialog = dialog
        self.window.status_message.emit(
            self.tr("{0} article(s) avec des modifications récupérées après un incident").format(len(snaps)))
        dialog.open()
        return dialog

    def restore(self, snap: recovery.Snapshot) -> None:
        win = self.window
        doc = win.documents.get(snap.path)
        if doc is None and snap.path.exists():
            doc = win.document_for(snap.path)
        if doc is None:
            # The file is gone or unreadable: restore into a new buffer that saving will (re)create.
            empty = core_article.Article(snap.path, "", "utf-8", False, "\n", core_article.Stamp(0, 0, ""))
            doc = Document(empty, win)
            doc.deleted = True
            doc.dirty_changed.connect(lambda dirty, d=doc: win.on_document_dirty_changed(d, dirty))
            win.documents[snap.path] = doc
            if win.model.row_for(snap.path) is None:
                win.model.add_paths([snap.path])
        self.track(doc)
        doc.replace_all([(0, len(doc.text()), snap.text)])  # one undo step back to the file's text
        doc.qdoc.setModified(True)
        win.model.update_row(snap.path, dirty=True)
        if win.current is not doc:
            win.select_path(snap.path)
            if win.current is not doc:
                win.show_article(snap.path)
        win.status_message.emit(self.tr("« {0} » restauré : pensez à l'enregistrer").format(snap.path.name))
        self.restored.emit(str(snap.path))

    def discard(self, snap: recovery.Snapshot) -> None:
        recovery.remove_snapshot(snap.path)
        self.window.status_message.emit(self.tr("Texte récupéré de « {0} » abandonné").format(snap.path.name))
