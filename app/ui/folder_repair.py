"""Repair the encoding of every article of the folder, after a per-file review of the changes.

The repairs are computed in the background (open articles from their buffer, the others from disk),
shown as a list of files with counts and a unified diff per file; nothing is written before
"Appliquer". Then open articles are edited in their buffer (one undo step each, they become unsaved)
and the others are saved atomically in their own encoding, BOM and newlines. A file that fails is
reported on its row; the others go on.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont, QSyntaxHighlighter, QTextCharFormat, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from app.core import article as core_article
from app.core.findings import apply_findings
from app.core.mojibake import find_mojibake
from app.ui import workers

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow


@dataclass
class FileRepair:
    """What repairing one file would change."""

    path: Path
    is_open: bool
    original: str = ""
    repaired: str = ""
    count: int = 0
    residues: int = 0
    diff: str = ""
    error: str = ""
    applied: bool = False


def repair_of(text: str) -> tuple[str, int, int]:
    """(repaired text, safe repairs, residues left for the editor)."""
    found = find_mojibake(text)
    safe = [f for f in found if f.kind == "mojibake"]
    return apply_findings(text, safe), len(safe), len(found) - len(safe)


def unified_diff(name: str, old: str, new: str) -> str:
    lines = difflib.unified_diff(
        old.splitlines(keepends=True), new.splitlines(keepends=True), f"{name} (actuel)", f"{name} (réparé)", n=1
    )
    return "".join(line if line.endswith("\n") else line + "\n" for line in lines)


def compute_repairs(items: list[tuple[Path, str | None]], task: workers.Task) -> list[FileRepair]:
    """Background: the repair of each (path, buffer text or None for the file on disk)."""
    out: list[FileRepair] = []
    total = len(items)
    for i, (path, buffer) in enumerate(items, 1):
        if task.cancelled:
            return out
        r = FileRepair(path, is_open=buffer is not None)
        try:
            r.original = buffer if buffer is not None else core_article.load(path).text
            r.repaired, r.count, r.residues = repair_of(r.original)
            if r.count:
                r.diff = unified_diff(path.name, r.original, r.repaired)
        except core_article.ArticleError as exc:
            r.error = str(exc)
        except Exception as exc:  # noqa: BLE001 - one bad file must not stop the others
            r.error = f"{type(exc).__name__}: {exc}"
        out.append(r)
        task.signals.progress.emit(i, total)
    return out


class DiffHighlighter(QSyntaxHighlighter):
    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self.added = QTextCharFormat()
        self.added.setBackground(QColor("#e6ffec"))
        self.added.setForeground(QColor("#116329"))
        self.removed = QTextCharFormat()
        self.removed.setBackground(QColor("#ffebe9"))
        self.removed.setForeground(QColor("#82071e"))
        self.hunk = QTextCharFormat()
        self.hunk.setForeground(QColor("#6e7781"))
        self.hunk.setFontItalic(True)

    def highlightBlock(self, text: str) -> None:
        if text.startswith(("+++", "---")):
            self.setFormat(0, len(text), self.hunk)
        elif text.startswith("+"):
            self.setFormat(0, len(text), self.added)
        elif text.startswith("-"):
            self.setFormat(0, len(text), self.removed)
        elif text.startswith("@@"):
            self.setFormat(0, len(text), self.hunk)


class FolderRepairDialog(QDialog):
    """Review, then apply, the encoding repairs of every article of the open folder."""

    NAME, COUNT, RESIDUES, STATE = range(4)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("folderRepairDialog")
        self.setWindowTitle(self.tr("Réparer l'encodage de tout le dossier"))
        self.window_ = window
        self.results: list[FileRepair] = []
        self.task: workers.Task | None = None

        intro = QLabel(
            self.tr("Seules les réparations sûres sont proposées ; les résidus (octets perdus à l'export) restent "
                    "à corriger à la main. Les articles ouverts sont modifiés dans l'éditeur (Ctrl+Z les annule) ; "
                    "les autres sont enregistrés dans leur encodage d'origine."),
            self,
        )  # fmt: skip
        intro.setWordWrap(True)
        self.progress = QProgressBar(self)
        self.progress.setFormat(self.tr("Analyse %v / %m"))
        self.files = QTreeWidget(self)
        self.files.setObjectName("repairFiles")
        self.files.setAccessibleName(self.tr("Fichiers à réparer"))
        self.files.setRootIsDecorated(False)
        self.files.setAlternatingRowColors(True)
        self.files.setHeaderLabels([self.tr("Fichier"), self.tr("Réparations"), self.tr("Résidus"), self.tr("État")])
        header = self.files.header()
        header.setSectionResizeMode(self.NAME, QHeaderView.ResizeMode.Stretch)
        for col in (self.COUNT, self.RESIDUES, self.STATE):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        self.diff = QPlainTextEdit(self)
        self.diff.setObjectName("repairDiff")
        self.diff.setReadOnly(True)
        self.diff.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.diff.setPlaceholderText(self.tr("Choisissez un fichier pour voir ses modifications."))
        mono = QFont(window.raw_editor.font())
        self.diff.setFont(mono)
        self.diff_highlighter = DiffHighlighter(self.diff.document())
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.files)
        split.addWidget(self.diff)
        split.setStretchFactor(1, 2)
        split.setSizes([460, 640])
        self.summary = QLabel(self)
        self.summary.setObjectName("repairSummary")
        self.summary.setWordWrap(True)
        self.check_all = QPushButton(self.tr("Tout cocher"), self)
        self.uncheck_all = QPushButton(self.tr("Tout décocher"), self)
        self.buttons = QDialogButtonBox(self)
        self.apply_button = self.buttons.addButton(self.tr("Appliquer"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.apply_button.setObjectName("applyRepairs")
        self.apply_button.setEnabled(False)
        self.close_button = self.buttons.addButton(self.tr("Annuler"), QDialogButtonBox.ButtonRole.RejectRole)
        row = QHBoxLayout()
        row.addWidget(self.check_all)
        row.addWidget(self.uncheck_all)
        row.addStretch(1)
        row.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.progress)
        layout.addWidget(split, 1)
        layout.addWidget(self.summary)
        layout.addLayout(row)
        self.resize(1180, 700)

        self.files.currentItemChanged.connect(self.on_files_current_changed)
        self.files.itemChanged.connect(self._update_apply)
        self.apply_button.clicked.connect(self.on_apply_clicked)
        self.close_button.clicked.connect(self.reject)
        self.check_all.clicked.connect(lambda: self._check_all(True))
        self.uncheck_all.clicked.connect(lambda: self._check_all(False))

    # --- computing ---------------------------------------------------------------------------------
    def start(self) -> None:
        """Snapshot the open buffers, then compute every file's repair in the background."""
        win = self.window_
        items: list[tuple[Path, str | None]] = []
        for path in win.model.paths():
            doc = win.documents.get(path)
            items.append((path, doc.text() if doc is not None else None))
        self.progress.setRange(0, max(1, len(items)))
        self.progress.setValue(0)
        self.progress.show()
        self.summary.setText(self.tr("Analyse de {0} article(s)…").format(len(items)))
        self.task = workers.run_task(
            compute_repairs, items,
            on_done=self.on_computed, on_progress=self.on_progress,
            on_failed=lambda msg: self.summary.setText(self.tr("Analyse impossible : {0}").format(msg)),
            wants_task=True,
        )  # fmt: skip

    def on_progress(self, done: int, total: int) -> None:
        self.progress.setMaximum(total)
        self.progress.setValue(done)

    def on_computed(self, results: list[FileRepair]) -> None:
        self.task = None
        self.progress.hide()
        self.results = [r for r in results if r.count or r.error]
        self.files.blockSignals(True)
        self.files.clear()
        for r in self.results:
            item = QTreeWidgetItem([self._name(r), str(r.count) if r.count else "—",
                                    str(r.residues) if r.residues else "—", ""])  # fmt: skip
            item.setData(self.NAME, Qt.ItemDataRole.UserRole, r)
            item.setToolTip(self.NAME, str(r.path))
            for col in (self.COUNT, self.RESIDUES):
                item.setTextAlignment(col, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if r.error:
                self._mark_error(item, r.error)
            else:
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(self.NAME, Qt.CheckState.Checked)
                if r.is_open:
                    item.setText(self.STATE, self.tr("ouvert"))
                    item.setToolTip(
                        self.STATE, self.tr("Ouvert dans l'éditeur : modifié dans la fenêtre, à enregistrer")
                    )
            self.files.addTopLevelItem(item)
        self.files.blockSignals(False)
        clean = len(results) - len(self.results)
        total = sum(r.count for r in self.results)
        residues = sum(r.residues for r in self.results)
        if not self.results:
            self.summary.setText(
                self.tr("Aucun défaut d'encodage réparable dans les {0} article(s).").format(len(results))
            )
        else:
            text = self.tr("{0} réparation(s) dans {1} article(s) ; {2} article(s) sans défaut.").format(
                total, sum(1 for r in self.results if r.count), clean
            )
            if residues:
                text += " " + self.tr("{0} résidu(s) resteront à corriger à la main.").format(residues)
            self.summary.setText(text)
            self.files.setCurrentItem(self.items()[0])
        self._update_apply()

    def _name(self, r: FileRepair) -> str:
        root = self.window_.root
        if root is not None and r.path.is_relative_to(root):
            return str(r.path.relative_to(root))
        return r.path.name

    def _mark_error(self, item: QTreeWidgetItem, message: str) -> None:
        item.setText(self.STATE, self.tr("erreur"))
        for col in range(4):
            item.setForeground(col, QBrush(QColor("#b3261e")))
            item.setToolTip(col, message)

    def on_files_current_changed(self, current: QTreeWidgetItem | None, _previous: Any) -> None:
        if current is None:
            self.diff.clear()
            return
        r: FileRepair = current.data(self.NAME, Qt.ItemDataRole.UserRole)
        self.diff.setPlainText(r.error if r.error and not r.diff else r.diff)

    def items(self) -> list[QTreeWidgetItem]:
        return [it for i in range(self.files.topLevelItemCount()) if (it := self.files.topLevelItem(i)) is not None]

    def _check_all(self, on: bool) -> None:
        state = Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        for item in self.items():
            if item.flags() & Qt.ItemFlag.ItemIsUserCheckable:
                item.setCheckState(self.NAME, state)

    def checked(self) -> list[tuple[QTreeWidgetItem, FileRepair]]:
        out = []
        for item in self.items():
            r: FileRepair = item.data(self.NAME, Qt.ItemDataRole.UserRole)
            if item.flags() & Qt.ItemFlag.ItemIsUserCheckable and item.checkState(self.NAME) == Qt.CheckState.Checked:
                out.append((item, r))
        return out

    def _update_apply(self, *_: Any) -> None:
        n = len(self.checked())
        self.apply_button.setEnabled(n > 0)
        self.apply_button.setText(self.tr("Appliquer ({0})").format(n) if n else self.tr("Appliquer"))

    # --- applying ----------------------------------------------------------------------------------
    def on_apply_clicked(self) -> None:
        win = self.window_
        done, failed, saved = 0, 0, []
        for item, r in self.checked():
            try:
                doc = win.documents.get(r.path)
                if doc is not None:
                    self._apply_to_buffer(doc)
                else:
                    if self._apply_to_file(r.path):
                        saved.append(r.path)
            except core_article.ArticleError as exc:
                failed += 1
                self._mark_error(item, str(exc))
                continue
            done += 1
            r.applied = True
            item.setText(self.STATE, self.tr("réparé"))
            item.setForeground(self.STATE, QBrush(QColor("#1b5e20")))
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsUserCheckable)
            item.setData(self.NAME, Qt.ItemDataRole.CheckStateRole, None)
        self._refresh_counts(saved)
        if failed:
            self.summary.setText(
                self.tr("{0} article(s) réparé(s) ; {1} en erreur (voir la colonne État ; rien n'a été perdu).")
                .format(done, failed)
            )  # fmt: skip
            self._update_apply()
            return
        win.status_message.emit(self.tr("Encodage réparé dans {0} article(s)").format(done))
        self.accept()

    def _apply_to_buffer(self, doc: Any) -> None:
        """An open article: one undoable edit of its buffer, computed on its text as it is now."""
        text = doc.text()
        safe = [f for f in find_mojibake(text) if f.kind == "mojibake"]
        if safe:
            doc.replace_all([(f.start, f.end, f.replacement or "") for f in safe])
        self.window_.run_checks(doc)

    def _apply_to_file(self, path: Path) -> bool:
        """A closed article: re-read (it may have changed since the review), repair, save atomically."""
        art = core_article.load(path)
        repaired, count, _ = repair_of(art.text)
        if not count:
            return False
        core_article.save(art, repaired)
        return True

    def _refresh_counts(self, paths: list[Path]) -> None:
        if not paths:
            return
        from app.core.scan import summarize

        options = self.window_.check_options(suggestions=False)
        model = self.window_.model
        workers.run_task(lambda: [summarize(p, options) for p in paths], on_done=model.set_summaries)

    def reject(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.task = None
        super().reject()


def open_folder_repair(window: MainWindow) -> FolderRepairDialog | None:
    """Show the review dialog (window-modal, not blocking) and start computing."""
    if not window.model.paths():
        window.status_message.emit(window.tr("Aucun article ouvert"))
        return None
    dialog = FolderRepairDialog(window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.show()
    dialog.start()
    return dialog


__all__ = ["FileRepair", "FolderRepairDialog", "compute_repairs", "open_folder_repair", "repair_of", "unified_diff"]
