"""The article list's comfort: "relu" (reviewed) marks kept outside the articles, and the filter toggles.

Marks live in a JSON file of the user's data folder, keyed by the article's absolute path: an article
keeps its mark when edited (the editor decides when to clear it), loses it when moved or renamed.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QMenu, QToolButton, QWidget

from app import paths
from app.core.atomic import write_atomic
from app.ui.article_model import ArticleTableModel


def _key(path: Path) -> str:
    return str(Path(path).resolve())


class ReviewedStore:
    """Reviewed marks in `<user data>/reviewed.json`: {absolute path: ISO date of the review}."""

    def __init__(self, file: Path | None = None) -> None:
        self.file = file or paths.user_data_dir() / "reviewed.json"
        self.marks: dict[str, str] = {}
        self.error = ""
        try:
            raw = json.loads(self.file.read_text(encoding="utf-8"))
            if isinstance(raw, dict):
                self.marks = {str(k): str(v) for k, v in raw.items()}
        except FileNotFoundError:
            pass
        except (OSError, ValueError) as exc:
            # Unreadable: keep a copy aside so the next write does not silently lose it.
            self.error = str(exc)
            try:
                self.file.replace(self.file.with_suffix(".json.illisible"))
            except OSError:
                pass

    def is_reviewed(self, path: Path) -> bool:
        return _key(path) in self.marks

    def set_reviewed(self, path: Path, reviewed: bool) -> None:
        """Record the mark and write the file at once (atomically). Raises OSError if it cannot be written."""
        key = _key(path)
        if reviewed:
            self.marks[key] = dt.datetime.now().isoformat(timespec="seconds")
        else:
            self.marks.pop(key, None)
        self.file.parent.mkdir(parents=True, exist_ok=True)
        data = json.dumps(self.marks, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
        write_atomic(self.file, data.encode("utf-8"))


class ArticleListTools(QObject):
    """Filter toggles under the filter box, the reviewed mark (Ctrl+R, context menu), next/previous unreviewed."""

    reviewed_changed = Signal(str, bool)  # path, reviewed

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.store = ReviewedStore()
        self._build_widgets()
        self._build_actions()
        self._connect_signals()
        if self.store.error:
            message = self.tr("Marques « relu » illisibles, mises de côté : {0}")
            window.status_message.emit(message.format(self.store.error))

    def _build_widgets(self) -> None:
        w = self.window
        self.tool_row = QWidget(w)
        self.tool_row.setObjectName("articleFilterToggles")
        row = QHBoxLayout(self.tool_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        self.drafts_button = self._toggle(self.tr("Brouillons"), self.tr("Seulement les brouillons"))
        self.findings_button = self._toggle(self.tr("Avec constats"), self.tr("Seulement les articles à corriger"))
        self.unreviewed_button = self._toggle(self.tr("Non relus"), self.tr("Seulement les articles pas encore relus"))
        for b in (self.drafts_button, self.findings_button, self.unreviewed_button):
            row.addWidget(b)
        row.addStretch(1)
        # Just under the filter box, whatever else shares the list's layout.
        layout = w.article_filter.parentWidget().layout()
        layout.insertWidget(layout.indexOf(w.article_filter) + 1, self.tool_row)
        w.article_list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

    def _toggle(self, text: str, tip: str) -> QToolButton:
        b = QToolButton(self.tool_row)
        b.setText(text)
        b.setToolTip(tip)
        b.setCheckable(True)
        b.setAutoRaise(True)
        return b

    def _build_actions(self) -> None:
        w = self.window
        self.toggle_action = QAction(self.tr("Marquer comme &relu"), w)
        self.toggle_action.setShortcut(QKeySequence("Ctrl+R"))
        self.toggle_action.setStatusTip(self.tr("Marquer l'article comme relu, ou enlever la marque"))
        self.next_action = QAction(self.tr("Article &non relu suivant"), w)
        self.next_action.setShortcut(QKeySequence("Alt+PgDown"))
        self.prev_action = QAction(self.tr("Article non relu pré&cédent"), w)
        self.prev_action.setShortcut(QKeySequence("Alt+PgUp"))
        for a in (self.toggle_action, self.next_action, self.prev_action):
            w.addAction(a)
        w.edit_menu.addSeparator()
        w.edit_menu.addAction(self.toggle_action)
        w.go_menu.addSeparator()
        w.go_menu.addAction(self.prev_action)
        w.go_menu.addAction(self.next_action)

    def _connect_signals(self) -> None:
        w = self.window
        self.drafts_button.toggled.connect(lambda on: w.proxy.set_flags(drafts=on))
        self.findings_button.toggled.connect(lambda on: w.proxy.set_flags(findings=on))
        self.unreviewed_button.toggled.connect(lambda on: w.proxy.set_flags(unreviewed=on))
        self.toggle_action.triggered.connect(self.on_toggle_triggered)
        self.next_action.triggered.connect(lambda: self.step_unreviewed(1))
        self.prev_action.triggered.connect(lambda: self.step_unreviewed(-1))
        w.folder_loaded.connect(self.on_window_folder_loaded)
        w.article_list.customContextMenuRequested.connect(self.on_article_list_context_menu)

    # --- marks ------------------------------------------------------------------------------------
    def on_window_folder_loaded(self, _count: int) -> None:
        model: ArticleTableModel = self.window.model
        # Resolving 10,000 paths takes seconds: only resolve files whose name carries a mark.
        names = {Path(k).name for k in self.store.marks}
        for row in model.rows:
            row.reviewed = row.path.name in names and self.store.is_reviewed(row.path)
        if model.rows:
            col = ArticleTableModel.REVIEWED
            model.dataChanged.emit(model.index(0, col), model.index(len(model.rows) - 1, col))

    def current_path(self) -> Path | None:
        index = self.window.article_list.currentIndex()
        if index.isValid():
            return Path(self.window.proxy.data(index, ArticleTableModel.PathRole))
        return self.window.current.path if self.window.current is not None else None

    def on_toggle_triggered(self) -> None:
        path = self.current_path()
        if path is not None:
            self.set_reviewed(path, not self.store.is_reviewed(path))

    def set_reviewed(self, path: Path, reviewed: bool) -> None:
        try:
            self.store.set_reviewed(path, reviewed)
        except OSError as exc:
            self.window.show_error(self.tr("Impossible d'enregistrer la marque « relu » : {0}").format(exc))
            return
        # The row stays visible even under "Non relus": rows never vanish under the reader's eyes.
        self.window.model.update_row(path, reviewed=reviewed)
        message = self.tr("Relu : {0}") if reviewed else self.tr("Marque « relu » enlevée : {0}")
        self.window.status_message.emit(message.format(path.name))
        self.reviewed_changed.emit(str(path), reviewed)

    def step_unreviewed(self, step: int) -> None:
        """Select the next (step=1) or previous (step=-1) article not reviewed, in the list's order."""
        w = self.window
        count = w.proxy.rowCount()
        if not count:
            return
        current = w.article_list.currentIndex()
        start = current.row() if current.isValid() else (-1 if step > 0 else count)
        for k in range(1, count + 1):
            row = (start + k * step) % count
            index = w.proxy.index(row, 0)
            if not self.store.is_reviewed(Path(w.proxy.data(index, ArticleTableModel.PathRole))):
                w.article_list.setCurrentIndex(index)
                return
        w.status_message.emit(self.tr("Tous les articles de la liste sont relus"))

    # --- context menu -----------------------------------------------------------------------------
    def on_article_list_context_menu(self, pos: QPoint) -> None:
        w = self.window
        index: QModelIndex = w.article_list.indexAt(pos)
        if not index.isValid():
            return
        path = Path(w.proxy.data(index, ArticleTableModel.PathRole))
        menu = QMenu(w.article_list)
        reviewed = self.store.is_reviewed(path)
        mark = menu.addAction(self.tr("Enlever la marque « relu »") if reviewed else self.tr("Marquer comme relu"))
        mark.setShortcut(self.toggle_action.shortcut())
        mark.triggered.connect(lambda: self.set_reviewed(path, not reviewed))
        copy = menu.addAction(self.tr("Copier le chemin du fichier"))
        copy.triggered.connect(lambda: QGuiApplication.clipboard().setText(str(path)))
        menu.exec(w.article_list.viewport().mapToGlobal(pos))
        menu.deleteLater()
