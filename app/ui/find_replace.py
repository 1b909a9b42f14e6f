"""Find and replace: a find bar under the raw editor, and a folder-wide replace dialog with a preview.

The engine is app.core.search (code points on the editor's \\n text); positions are converted to Qt's
UTF-16 only through app.ui.offsets. Edits of open articles go through Document (undoable, one step per
article); other articles are saved atomically by app.core.article.save (encoding, BOM, newlines kept),
and only if the file is still what was searched.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QTreeWidgetItemIterator,
    QVBoxLayout,
    QWidget,
)

from app.core import article as core_article
from app.core import search, textio
from app.ui import workers
from app.ui.offsets import Utf16Map


class _Options(QWidget):
    """The three search switches, shared by the bar and the dialog."""

    changed = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.case_box = QCheckBox(self.tr("Casse"), self)
        self.case_box.setToolTip(self.tr("Respecter les majuscules et minuscules"))
        self.word_box = QCheckBox(self.tr("Mot entier"), self)
        self.regex_box = QCheckBox(self.tr("Expression régulière"), self)
        self.regex_box.setToolTip(self.tr("Syntaxe Python ; dans le remplacement, \\1 ou \\g<nom> pour un groupe"))
        for b in (self.case_box, self.word_box, self.regex_box):
            row.addWidget(b)
            b.toggled.connect(self.changed)

    def options(self, pattern: str) -> search.SearchOptions:
        return search.SearchOptions(
            pattern, self.regex_box.isChecked(), self.word_box.isChecked(), self.case_box.isChecked()
        )


# ---------------------------------------------------------------- the find bar


class FindBar(QWidget):
    """Find / replace in the article shown in the raw editor."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.setObjectName("findBar")
        self.find_edit = QLineEdit(self)
        self.find_edit.setObjectName("findEdit")
        self.find_edit.setPlaceholderText(self.tr("Rechercher"))
        self.find_edit.setClearButtonEnabled(True)
        self.replace_edit = QLineEdit(self)
        self.replace_edit.setObjectName("replaceEdit")
        self.replace_edit.setPlaceholderText(self.tr("Remplacer par"))
        self.switches = _Options(self)
        self.prev_button = QToolButton(self)
        self.prev_button.setText("↑")
        self.prev_button.setToolTip(self.tr("Occurrence précédente (Maj+F3)"))
        self.next_button = QToolButton(self)
        self.next_button.setText("↓")
        self.next_button.setToolTip(self.tr("Occurrence suivante (F3)"))
        self.count_label = QLabel(self)
        self.count_label.setMinimumWidth(120)
        self.replace_button = QPushButton(self.tr("Remplacer"), self)
        self.replace_all_button = QPushButton(self.tr("Tout remplacer"), self)
        self.close_button = QToolButton(self)
        self.close_button.setText("✕")
        self.close_button.setToolTip(self.tr("Fermer la barre de recherche (Échap)"))
        grid = QGridLayout(self)
        grid.setContentsMargins(4, 2, 4, 2)
        grid.setHorizontalSpacing(4)
        grid.setVerticalSpacing(2)
        find_row = QHBoxLayout()
        find_row.addWidget(self.prev_button)
        find_row.addWidget(self.next_button)
        find_row.addWidget(self.count_label, 1)
        find_row.addWidget(self.close_button)
        replace_row = QHBoxLayout()
        replace_row.addWidget(self.replace_button)
        replace_row.addWidget(self.replace_all_button)
        replace_row.addStretch(1)
        grid.addWidget(self.find_edit, 0, 0)
        grid.addLayout(find_row, 0, 1)
        grid.addWidget(self.replace_edit, 1, 0)
        grid.addLayout(replace_row, 1, 1)
        grid.addWidget(self.switches, 2, 0, 1, 2)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        self.hide()
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.find_edit.textChanged.connect(self.on_find_edit_text_changed)
        self.find_edit.returnPressed.connect(lambda: self.find_next())
        self.replace_edit.returnPressed.connect(self.replace_current)
        self.switches.changed.connect(self.on_find_edit_text_changed)
        self.prev_button.clicked.connect(lambda: self.find_next(backward=True))
        self.next_button.clicked.connect(lambda: self.find_next())
        self.replace_button.clicked.connect(self.replace_current)
        self.replace_all_button.clicked.connect(self.replace_all)
        self.close_button.clicked.connect(self.close_bar)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.close_bar)
        back = QShortcut(QKeySequence("Shift+Return"), self.find_edit)
        back.setContext(Qt.ShortcutContext.WidgetShortcut)
        back.activated.connect(lambda: self.find_next(backward=True))

    # --- showing ---------------------------------------------------------------------------------
    def open_bar(self, replace: bool = False) -> None:
        cursor = self.window.raw_editor.textCursor()
        selected = cursor.selectedText()
        if selected and "\u2029" not in selected:
            self.find_edit.setText(selected)
        self.replace_edit.setVisible(True)
        self.show()
        target = self.replace_edit if replace and self.find_edit.text() else self.find_edit
        target.setFocus()
        target.selectAll()
        self.update_count()

    def close_bar(self) -> None:
        self.hide()
        self.window.raw_editor.setFocus()

    # --- searching -------------------------------------------------------------------------------
    def options(self) -> search.SearchOptions:
        return self.switches.options(self.find_edit.text())

    def matches(self, replacement: str | None = None) -> list[search.Match] | None:
        """Matches in the current article; None (and the error shown) when the pattern is invalid."""
        doc = self.window.current
        if doc is None or not self.find_edit.text():
            return None
        try:
            return search.find_all(doc.text(), self.options(), replacement)
        except search.SearchError as exc:
            self._show_count(str(exc), error=True)
            return None

    def _show_count(self, text: str, error: bool = False) -> None:
        self.count_label.setText(text)
        self.count_label.setStyleSheet("color: #b3261e;" if error else "")

    def update_count(self, current: search.Match | None = None) -> None:
        if not self.find_edit.text():
            self._show_count("")
            return
        found = self.matches()
        if found is None:
            return
        if not found:
            self._show_count(self.tr("Aucun résultat"), error=True)
        elif current is not None and current in found:
            self._show_count(self.tr("{0} sur {1}").format(found.index(current) + 1, len(found)))
        else:
            self._show_count(self.tr("%n résultat(s)", "", len(found)))

    def on_find_edit_text_changed(self) -> None:
        # Search as you type, from the start of the current selection (so the match grows in place).
        doc = self.window.current
        if doc is None or not self.find_edit.text():
            self.update_count()
            return
        cursor = self.window.raw_editor.textCursor()
        found = self.matches()
        if found is None:
            return
        text_map = Utf16Map(doc.text())
        match = search.next_match(found, text_map.to_cp(cursor.selectionStart()))
        if match is not None:
            self._select(match, text_map)
        self.update_count(match)

    def _selection_cp(self, text_map: Utf16Map) -> tuple[int, int]:
        cursor = self.window.raw_editor.textCursor()
        return text_map.to_cp(cursor.selectionStart()), text_map.to_cp(cursor.selectionEnd())

    def _select(self, match: search.Match, text_map: Utf16Map) -> None:
        self.window.raw_editor.goto_position(text_map.to_utf16(match.end), text_map.to_utf16(match.start))

    def find_next(self, backward: bool = False) -> search.Match | None:
        """Select the next (or previous) occurrence, wrapping around; returns it."""
        doc = self.window.current
        found = self.matches()
        if doc is None or not found:
            self.update_count()
            return None
        text_map = Utf16Map(doc.text())
        start, end = self._selection_cp(text_map)
        if backward:
            match = search.next_match(found, start, backward=True)
        else:
            after = [m for m in found if m.start >= end and (m.start, m.end) != (start, end)]
            match = after[0] if after else found[0]
        if match is not None:
            self._select(match, text_map)
        self.update_count(match)
        return match

    def replace_current(self) -> None:
        """Replace the selected occurrence (if the selection is one), then go to the next."""
        doc = self.window.current
        found = self.matches(self.replace_edit.text())
        if doc is None or not found:
            return
        text_map = Utf16Map(doc.text())
        start, end = self._selection_cp(text_map)
        current = next((m for m in found if (m.start, m.end) == (start, end)), None)
        if current is not None and current.replacement is not None:
            doc.replace_span(current.start, current.end, current.replacement)
            # Continue after the replacement, not inside it.
            new_map = Utf16Map(doc.text())
            cursor = self.window.raw_editor.textCursor()
            cursor.setPosition(new_map.to_utf16(current.start + len(current.replacement)))
            self.window.raw_editor.setTextCursor(cursor)
        self.find_next()

    def replace_all(self) -> int:
        """Replace every occurrence in the article as ONE undo step; returns how many."""
        doc = self.window.current
        found = self.matches(self.replace_edit.text())
        if doc is None or not found:
            return 0
        doc.replace_all([(m.start, m.end, m.replacement or "") for m in found])
        self.window.status_message.emit(self.tr("%n remplacement(s)", "", len(found)))
        self.update_count()
        return len(found)


# ---------------------------------------------------------------- folder-wide replace


@dataclass
class FileResult:
    """The search in one article: the text searched (\\n newlines), its matches, and how to write it back."""

    path: Path
    text: str = ""
    matches: list[search.Match] = field(default_factory=list)
    article: core_article.Article | None = None  # for articles not open: the file as read
    open_document: bool = False
    error: str = ""


def search_folder(
    jobs: list[tuple[Path, str | None]], options: search.SearchOptions, replacement: str, task: workers.Task
) -> int:
    """Background: search each (path, open buffer text or None); results sent in batches. Returns files seen."""
    search.compile_pattern(options)  # a bad pattern fails once, before any file is read
    batch: list[FileResult] = []
    for i, (path, buffer) in enumerate(jobs, 1):
        if task.cancelled:
            return i - 1
        result = FileResult(path, open_document=buffer is not None)
        try:
            if buffer is None:
                result.article = core_article.load(path)
                result.text = textio.to_lf(result.article.text)
            else:
                result.text = buffer
            result.matches = search.find_all(result.text, options, replacement)
        except (core_article.ArticleError, search.SearchError) as exc:
            result.error = str(exc)
        if result.matches or result.error:
            batch.append(result)
        if len(batch) >= 20 or i == len(jobs) or i % 50 == 0:
            task.signals.partial.emit(batch)
            task.signals.progress.emit(i, len(jobs))
            batch = []
    return len(jobs)


@dataclass
class ApplyReport:
    changed: list[Path] = field(default_factory=list)  # files saved
    edited: list[Path] = field(default_factory=list)  # open articles edited (unsaved, undoable)
    replacements: int = 0
    errors: list[str] = field(default_factory=list)


class FolderReplaceDialog(QDialog):
    """Search every article of the folder, preview each change, apply the checked ones."""

    search_finished = Signal()
    applied = Signal(object)  # ApplyReport

    FILE_ROLE = Qt.ItemDataRole.UserRole + 1
    MATCH_ROLE = Qt.ItemDataRole.UserRole + 2

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.setObjectName("folderReplaceDialog")
        self.setWindowTitle(self.tr("Rechercher et remplacer dans le dossier"))
        self.results: list[FileResult] = []
        self.task: workers.Task | None = None
        self.searched_replacement = ""

        self.find_edit = QLineEdit(self)
        self.find_edit.setPlaceholderText(self.tr("Rechercher"))
        self.replace_edit = QLineEdit(self)
        self.replace_edit.setPlaceholderText(self.tr("Remplacer par"))
        self.switches = _Options(self)
        self.search_button = QPushButton(self.tr("Rechercher"), self)
        self.search_button.setDefault(True)
        self.progress = QProgressBar(self)
        self.progress.setTextVisible(True)
        self.progress.hide()
        self.summary_label = QLabel(self)
        self.summary_label.setWordWrap(True)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("folderReplaceResults")
        self.tree.setHeaderLabels([self.tr("Article / occurrence"), self.tr("Ligne"), self.tr("Contexte")])
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(True)
        self.tree.setColumnWidth(0, 260)
        self.tree.setUniformRowHeights(True)
        self.preview = QTextBrowser(self)
        self.preview.setObjectName("folderReplacePreview")
        self.preview.setOpenLinks(False)
        self.buttons = QDialogButtonBox(self)
        self.apply_button = self.buttons.addButton(
            self.tr("Appliquer les remplacements cochés"), QDialogButtonBox.ButtonRole.ApplyRole
        )
        self.apply_button.setEnabled(False)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Close)

        form = QGridLayout()
        form.addWidget(QLabel(self.tr("Rechercher :"), self), 0, 0)
        form.addWidget(self.find_edit, 0, 1)
        form.addWidget(self.search_button, 0, 2)
        form.addWidget(QLabel(self.tr("Remplacer par :"), self), 1, 0)
        form.addWidget(self.replace_edit, 1, 1)
        form.addWidget(self.switches, 2, 1)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.tree)
        split.addWidget(self.preview)
        split.setSizes([360, 160])
        box = QVBoxLayout(self)
        box.addLayout(form)
        box.addWidget(self.progress)
        box.addWidget(self.summary_label)
        box.addWidget(split, 1)
        box.addWidget(self.buttons)
        self.resize(900, 640)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.search_button.clicked.connect(self.start_search)
        self.find_edit.returnPressed.connect(self.start_search)
        self.apply_button.clicked.connect(self.apply_checked)
        self.buttons.rejected.connect(self.reject)
        self.tree.currentItemChanged.connect(self.on_tree_current_changed)
        self.tree.itemChanged.connect(self.on_tree_item_changed)

    # --- searching -------------------------------------------------------------------------------
    def start_search(self) -> None:
        self.cancel_search()
        self.results = []
        self.tree.clear()
        self.preview.clear()
        self.apply_button.setEnabled(False)
        options = self.switches.options(self.find_edit.text())
        try:
            search.compile_pattern(options)
            if options.regex:
                search.find_all("", options, self.replace_edit.text())
        except search.SearchError as exc:
            self.summary_label.setText(str(exc))
            return
        paths = self.window.model.paths()
        if not paths:
            self.summary_label.setText(self.tr("Aucun article ouvert"))
            return
        # Open articles are searched in their buffer (what the reader sees), the others on disk.
        jobs = [(p, d.text() if (d := self.window.documents.get(p)) is not None else None) for p in paths]
        self.searched_replacement = self.replace_edit.text()
        self.progress.setRange(0, len(jobs))
        self.progress.setValue(0)
        self.progress.setFormat(self.tr("Recherche %v / %m"))
        self.progress.show()
        self.summary_label.setText(self.tr("Recherche en cours…"))
        self.task = workers.run_task(
            search_folder, jobs, options, self.searched_replacement,
            on_partial=self.on_search_partial, on_progress=self.on_search_progress,
            on_done=self.on_search_done, on_failed=self.on_search_failed, wants_task=True,
        )  # fmt: skip

    def cancel_search(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.task = None
        self.progress.hide()

    def on_search_progress(self, done: int, total: int) -> None:
        self.progress.setMaximum(total)
        self.progress.setValue(done)

    def on_search_partial(self, batch: list[FileResult]) -> None:
        self.tree.blockSignals(True)
        for result in batch:
            self.results.append(result)
            self._add_file_item(result, len(self.results) - 1)
        self.tree.blockSignals(False)

    def _add_file_item(self, result: FileResult, index: int) -> None:
        root = self.window.root
        name = str(result.path.relative_to(root)) if root and result.path.is_relative_to(root) else result.path.name
        item = QTreeWidgetItem(self.tree)
        item.setData(0, self.FILE_ROLE, index)
        if result.error:
            item.setText(0, name)
            item.setText(2, result.error)
            item.setForeground(2, Qt.GlobalColor.darkRed)
            return
        label = self.tr("{0} ({1})").format(name, len(result.matches))
        if result.open_document:
            label += self.tr(" — ouvert")
        item.setText(0, label)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsAutoTristate)
        item.setCheckState(0, Qt.CheckState.Checked)
        for k, m in enumerate(result.matches):
            child = QTreeWidgetItem(item)
            child.setFlags(child.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            child.setCheckState(0, Qt.CheckState.Checked)
            child.setData(0, self.FILE_ROLE, index)
            child.setData(0, self.MATCH_ROLE, k)
            child.setText(0, _one_line(m.text, 40))
            child.setText(1, str(m.line))
            change = f"[{_one_line(m.text, 40)} → {_one_line(m.replacement or '', 40)}]"
            child.setText(2, f"{_one_line(m.before, 40)}{change}{_one_line(m.after, 40)}")

    def on_search_done(self, _files: Any) -> None:
        self.task = None
        self.progress.hide()
        found = [r for r in self.results if r.matches]
        total = sum(len(r.matches) for r in found)
        errors = [r for r in self.results if r.error]
        text = self.tr("{0} occurrence(s) dans {1} article(s)").format(total, len(found))
        if errors:
            text += self.tr(" ; {0} article(s) illisible(s)").format(len(errors))
        self.summary_label.setText(text)
        self.apply_button.setEnabled(total > 0)
        if self.tree.topLevelItemCount():
            self.tree.setCurrentItem(self.tree.topLevelItem(0))
        self.search_finished.emit()

    def on_search_failed(self, message: str) -> None:
        self.task = None
        self.progress.hide()
        self.summary_label.setText(self.tr("La recherche a échoué : {0}").format(message))
        self.search_finished.emit()

    # --- preview ---------------------------------------------------------------------------------
    def on_tree_item_changed(self, _item: QTreeWidgetItem, _column: int) -> None:
        current = self.tree.currentItem()
        if current is not None:
            self.on_tree_current_changed(current, None)

    def on_tree_current_changed(self, item: QTreeWidgetItem | None, _previous: Any) -> None:
        if item is None:
            self.preview.clear()
            return
        result = self.results[item.data(0, self.FILE_ROLE)]
        k = item.data(0, self.MATCH_ROLE)
        if result.error:
            self.preview.setPlainText(result.error)
            return
        matches = [result.matches[k]] if k is not None else self.selected_matches(result)
        self.preview.setHtml(_preview_html(result.text, matches[:200], self.tr("Aucun remplacement coché")))

    def selected_matches(self, result: FileResult) -> list[search.Match]:
        """The checked occurrences of one article."""
        index = self.results.index(result)
        item = self._file_item(index)
        if item is None:
            return []
        return [result.matches[k] for k in range(item.childCount())
                if item.child(k).checkState(0) == Qt.CheckState.Checked]  # fmt: skip

    def _file_item(self, index: int) -> QTreeWidgetItem | None:
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            if item.data(0, self.FILE_ROLE) == index:
                return item
        return None

    def set_file_checked(self, path: Path, checked: bool) -> None:
        """Check or uncheck every occurrence of one article (what a click on its box does)."""
        for i, result in enumerate(self.results):
            item = self._file_item(i)
            if result.path == path and item is not None:
                item.setCheckState(0, Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def match_items(self) -> list[QTreeWidgetItem]:
        out = []
        it = QTreeWidgetItemIterator(self.tree)
        while it.value():
            item = it.value()
            if item.data(0, self.MATCH_ROLE) is not None:
                out.append(item)
            it += 1
        return out

    # --- applying --------------------------------------------------------------------------------
    def apply_checked(self) -> ApplyReport:
        """Write the checked replacements: open articles in their buffer (one undo step each), others on disk."""
        report = ApplyReport()
        for result in self.results:
            chosen = self.selected_matches(result) if not result.error else []
            if not chosen:
                continue
            try:
                self._apply_one(result, chosen, report)
            except core_article.ArticleError as exc:
                report.errors.append(str(exc))
        self._report(report)
        self.apply_button.setEnabled(False)  # the results are stale now: search again to go on
        self.applied.emit(report)
        return report

    def _apply_one(self, result: FileResult, chosen: list[search.Match], report: ApplyReport) -> None:
        name = result.path.name
        doc = self.window.documents.get(result.path)
        if doc is not None:
            if doc.text() != result.text:
                message = self.tr("« {0} » a changé depuis la recherche : rien n'a été remplacé")
                report.errors.append(message.format(name))
                return
            doc.replace_all([(m.start, m.end, m.replacement or "") for m in chosen])
            report.edited.append(result.path)
            report.replacements += len(chosen)
            return
        if result.article is None:
            report.errors.append(self.tr("« {0} » : ouvert pendant la recherche, relancez-la").format(name))
            return
        now = core_article.load(result.path)
        if now.stamp.sha256 != result.article.stamp.sha256:
            report.errors.append(
                self.tr("« {0} » a été modifié sur le disque depuis la recherche : rien n'a été remplacé").format(name)
            )
            return
        new_text = search.apply(result.text, chosen)
        disk_text = textio.restore_newlines(new_text, now.text, now.newline)
        core_article.save(now, disk_text)  # same encoding, BOM and newline style; atomic
        report.changed.append(result.path)
        report.replacements += len(chosen)

    def _report(self, report: ApplyReport) -> None:
        parts = [self.tr("{0} remplacement(s) : {1} fichier(s) enregistré(s), {2} article(s) ouvert(s) modifié(s) "
                         "(annulable, à enregistrer)").format(report.replacements, len(report.changed),
                                                              len(report.edited))]  # fmt: skip
        if report.errors:
            parts.append(self.tr("Non appliqué :") + "\n" + "\n".join(f"• {e}" for e in report.errors))
        self.summary_label.setText("\n".join(parts))
        if report.errors:
            self.window.show_error("\n".join(parts))

    def reject(self) -> None:
        self.cancel_search()
        super().reject()


def _one_line(text: str, limit: int) -> str:
    text = text.replace("\n", "⏎").replace("\t", "→")
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _preview_html(text: str, matches: list[search.Match], empty: str) -> str:
    """Before/after of each line touched by the given matches."""
    if not matches:
        return f"<p><i>{html.escape(empty)}</i></p>"
    rows = []
    by_line: dict[int, list[search.Match]] = {}
    for m in matches:
        by_line.setdefault(m.line, []).append(m)
    for line, ms in sorted(by_line.items()):
        ls = text.rfind("\n", 0, ms[0].start) + 1
        le = text.find("\n", ms[-1].end)
        le = len(text) if le == -1 else le
        old, new, pos = [], [], ls
        for m in ms:
            old.append(html.escape(text[pos : m.start]))
            new.append(html.escape(text[pos : m.start]))
            old.append(f'<span style="background:#f7c6c2;text-decoration:line-through">{html.escape(m.text)}</span>')
            new.append(f'<span style="background:#c5ecc9">{html.escape(m.replacement or "")}</span>')
            pos = m.end
        old.append(html.escape(text[pos:le]))
        new.append(html.escape(text[pos:le]))
        rows.append(
            f"<tr><td style='color:gray'>{line}</td><td>−</td><td>{''.join(old)}</td></tr>"
            f"<tr><td></td><td>+</td><td>{''.join(new)}</td></tr>"
        )
    return "<table cellspacing=2>" + "".join(rows) + "</table>"


# ---------------------------------------------------------------- wiring into the window


class FindReplace(QObject):
    """Creates the find bar (under the raw editor), the folder dialog, and their actions in the Édition menu."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.bar = FindBar(window)
        self.dialog: FolderReplaceDialog | None = None
        self._place_bar()
        self._build_actions()
        window.article_shown.connect(lambda _path: self.bar.isVisible() and self.bar.update_count())

    def _place_bar(self) -> None:
        editor = self.window.raw_editor
        parent = editor.parentWidget()
        if isinstance(parent, QSplitter):
            index = parent.indexOf(editor)
            sizes = parent.sizes()
            holder = QWidget(parent)
            holder.setObjectName("rawEditorHolder")
            parent.insertWidget(index, holder)
            box = QVBoxLayout(holder)
            box.setContentsMargins(0, 0, 0, 0)
            box.setSpacing(0)
            box.addWidget(editor, 1)  # leaves the splitter for the holder, in the same place
            parent.setSizes(sizes)
            box.addWidget(self.bar)
        else:  # someone already wrapped the editor: join its layout, just below it
            layout = parent.layout()
            layout.insertWidget(layout.indexOf(editor) + 1, self.bar)

    def _action(self, text: str, shortcut: Any, slot: Any) -> QAction:
        action = QAction(text, self.window)
        action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        self.window.addAction(action)
        return action

    def _build_actions(self) -> None:
        SK = QKeySequence.StandardKey
        self.find_action = self._action(self.tr("&Rechercher…"), SK.Find, lambda: self.bar.open_bar())
        self.find_next_action = self._action(self.tr("Occurrence &suivante"), SK.FindNext, lambda: self._next(False))
        self.find_prev_action = self._action(
            self.tr("Occurrence &précédente"), SK.FindPrevious, lambda: self._next(True)
        )
        self.replace_action = self._action(self.tr("Re&mplacer…"), "Ctrl+H", lambda: self.bar.open_bar(replace=True))
        self.folder_action = self._action(
            self.tr("Rechercher et remplacer dans le &dossier…"), "Ctrl+Shift+H", self.open_folder_dialog
        )
        menu = self.window.edit_menu
        menu.addSeparator()
        for a in (self.find_action, self.find_next_action, self.find_prev_action, self.replace_action,
                  self.folder_action):  # fmt: skip
            menu.addAction(a)

    def _next(self, backward: bool) -> None:
        if not self.bar.find_edit.text():
            self.bar.open_bar()
            return
        self.bar.find_next(backward=backward)

    def open_folder_dialog(self) -> FolderReplaceDialog:
        if self.dialog is None:
            self.dialog = FolderReplaceDialog(self.window)
            self.dialog.applied.connect(self.on_dialog_applied)
        if self.bar.find_edit.text() and not self.dialog.find_edit.text():
            self.dialog.find_edit.setText(self.bar.find_edit.text())
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()
        self.dialog.find_edit.setFocus()
        return self.dialog

    def on_dialog_applied(self, report: ApplyReport) -> None:
        # Files changed on disk: refresh their line in the list (their counts may have changed).
        if report.changed and self.window.scan_task is None:
            self.window.start_scan(report.changed)
