"""The main window: article list | raw text | preview, with the findings and front-matter docks."""

from __future__ import annotations

import time
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QModelIndex, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QFileDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QSplitter,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.core import article as core_article
from app.core import config, frontmatter, render, textio, typography
from app.core.checks import CheckOptions, check_text
from app.core.findings import Finding
from app.core.scan import Summary
from app.core.schema import field_profile, list_items
from app.ui import check_runner, scan_runner, settings, workers
from app.ui.article_model import ArticleFilterProxy, ArticleTableModel
from app.ui.document import Document
from app.ui.file_watcher import FileWatcher
from app.ui.find_replace import FindReplace
from app.ui.findings_panel import FindingsController, FindingsPanel
from app.ui.front_matter_form import FrontMatterForm
from app.ui.preview import Preview
from app.ui.raw_editor import RawEditor
from app.ui.recovery_dialog import RecoveryController
from app.ui.reviewed import ArticleListTools
from app.ui.scroll_sync import ScrollSync
from app.ui.settings_dialog import Preferences
from app.ui.theme import is_dark

FILTER_AT_ONCE_ROWS = 2000  # longer lists are filtered after a pause in the typing
VISIBLE_FIRST_CHARS = 300_000  # bigger articles get the text on screen checked first, at opening
RENDER_NOW_CHARS = 100_000  # bigger articles are shown before their preview is rendered


class MainWindow(QMainWindow):
    """Signals first; every connection is made in _connect_signals()."""

    folder_loaded = Signal(int)  # number of articles listed
    scan_finished = Signal()
    article_shown = Signal(str)  # path
    preview_rendered = Signal()
    checks_done = Signal()
    status_message = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.root: Path | None = None
        self.documents: dict[Path, Document] = {}
        self.current: Document | None = None
        self.scan_task: workers.Task | None = None
        self.render_serial = 0
        self.check_serial = 0
        self._word_counts: dict[Path, tuple[int, int]] = {}  # path → (findings revision, words)
        self._kind_counts: dict[Path, tuple[int, list[Finding], dict[str, int]]] = {}
        self._edited_revision: tuple[Document | None, int] = (None, -1)

        self.model = ArticleTableModel(self)
        self.proxy = ArticleFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self._build_widgets()
        self._build_actions()
        self._build_menus()
        self.render_timer = QTimer(self, singleShot=True, interval=settings.get("preview/debounce_ms"))
        self.check_timer = QTimer(self, singleShot=True, interval=300)
        self._connect_signals()
        # Daily comfort: each piece adds its own widgets, actions and connections.
        self.list_tools = ArticleListTools(self)
        self.find_replace = FindReplace(self)
        self.scroll_sync = ScrollSync(self)
        self.preferences = Preferences(self)
        # Data safety: disk changes (watcher + stamp check before saving) and crash-recovery snapshots.
        self.disk_sync = FileWatcher(self)
        self.recovery = RecoveryController(self)
        self._apply_settings()
        self._update_title()
        # The checks' helper processes start with the first check, or a few seconds after start-up.
        QTimer.singleShot(3000, self, self._warm_up_helpers)
        # Columns fitted to their contents measure the rows on screen only: measuring 1,000 rows through
        # Python data() took ~0.6 s per findings update (2,000 findings) and per list change.
        for header in self.findChildren(QHeaderView):
            header.setResizeContentsPrecision(0)

    # --- construction ---------------------------------------------------------------------------
    def _build_widgets(self) -> None:
        self.article_filter = QLineEdit(self)
        self.article_filter.setObjectName("articleFilter")
        self.article_filter.setPlaceholderText(self.tr("Filtrer : titre, tag, fichier…"))
        self.article_filter.setClearButtonEnabled(True)
        self.article_list = QTableView(self)
        self.article_list.setObjectName("articleList")
        self.article_list.setAccessibleName(self.tr("Liste des articles"))
        self.article_list.setModel(self.proxy)
        self.article_list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.article_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.article_list.setSortingEnabled(True)
        self.article_list.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.article_list.verticalHeader().hide()
        self.article_list.verticalHeader().setDefaultSectionSize(22)
        self.article_list.setAlternatingRowColors(True)
        self.article_list.setShowGrid(False)
        self.article_list.setWordWrap(False)
        header = self.article_list.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # Fit columns to the rows on screen only: measuring 1,000 rows per change stalls big folders.
        header.setResizeContentsPrecision(0)
        # Fixed narrow columns leave the width to the title (and cost nothing to lay out on big folders).
        m = ArticleTableModel
        widths = {m.DATE: 82, m.DRAFT: 70, m.MOJIBAKE: 72, m.SPELLING: 54, m.FRONTMATTER: 48, m.REVIEWED: 40}
        for col, width in widths.items():
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(col, width)
        list_box = QWidget(self)
        box = QVBoxLayout(list_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(self.article_filter)
        box.addWidget(self.article_list)
        self.list_dock = QDockWidget(self.tr("Articles"), self)
        self.list_dock.setObjectName("articlesDock")
        self.list_dock.setWidget(list_box)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.list_dock)

        self.raw_editor = RawEditor(self)
        self.preview = Preview(self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("editorSplitter")
        self.splitter.addWidget(self.raw_editor)
        self.splitter.addWidget(self.preview)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([600, 500])
        self.setCentralWidget(self.splitter)

        self.front_matter_form = FrontMatterForm(self)
        self.form_dock = QDockWidget(self.tr("Métadonnées"), self)
        self.form_dock.setObjectName("frontMatterDock")
        self.form_dock.setWidget(self.front_matter_form)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.form_dock)
        self.splitDockWidget(self.list_dock, self.form_dock, Qt.Orientation.Vertical)

        self.findings_panel = FindingsPanel(self)
        self.findings_dock = QDockWidget(self.tr("Constats"), self)
        self.findings_dock.setObjectName("findingsDock")
        self.findings_dock.setWidget(self.findings_panel)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.findings_dock)
        from app.ui.spelling_menu import SpellingController

        self.spelling = SpellingController(self)  # the one Speller of the window's checks
        self.findings_controller = FindingsController(self)  # repairs, F8, hover tooltips

        self.progress = QProgressBar(self)
        self.progress.setMaximumWidth(220)
        self.progress.setTextVisible(True)
        self.progress.hide()
        self.progress_state = (0, 0)
        self.progress_timer = QTimer(self, singleShot=True, interval=125)
        self.filter_timer = QTimer(self, singleShot=True, interval=150)
        self.status_info = QLabel(self)
        self.statusBar().addPermanentWidget(self.status_info)
        self.statusBar().addPermanentWidget(self.progress)
        self.resize(1400, 900)
        self.resizeDocks([self.list_dock], [560], Qt.Orientation.Horizontal)
        self.resizeDocks([self.list_dock, self.form_dock], [420, 380], Qt.Orientation.Vertical)
        self.resizeDocks([self.findings_dock], [190], Qt.Orientation.Vertical)

    def _action(
        self, text: str, slot: Any, shortcut: Any = None, tip: str = "", icon: QStyle.StandardPixmap | None = None
    ) -> QAction:
        action = QAction(text, self)
        if icon is not None:
            action.setIcon(self.style().standardIcon(icon))
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        SK = QKeySequence.StandardKey
        SP = QStyle.StandardPixmap
        self.open_folder_action = self._action(
            self.tr("&Ouvrir un dossier…"), self.on_open_folder_triggered, SK.Open, icon=SP.SP_DirOpenIcon
        )
        self.open_file_action = self._action(
            self.tr("Ouvrir un &article…"), self.on_open_file_triggered, "Ctrl+Shift+O"
        )
        self.save_action = self._action(
            self.tr("&Enregistrer"), self.on_save_triggered, SK.Save, icon=QStyle.StandardPixmap.SP_DialogSaveButton
        )
        self.save_as_action = self._action(self.tr("Enregistrer &sous…"), self.on_save_as_triggered, SK.SaveAs)
        self.save_all_action = self._action(
            self.tr("&Tout enregistrer"), self.on_save_all_triggered, "Ctrl+Alt+S", icon=SP.SP_DriveHDIcon
        )
        self.convert_utf8_action = self._action(
            self.tr("Convertir en &UTF-8"), self.on_convert_utf8_triggered, None,
            self.tr("Écrire cet article en UTF-8 au prochain enregistrement"),
        )
        self.convert_utf8_action.setEnabled(False)
        self.review_action = self._action(
            self.tr("&Vérifier les modifications…"), self.on_review_triggered, "Ctrl+Alt+D",
            self.tr("Voir les différences entre le fichier sur le disque et le texte en cours"),
        )
        self.quit_action = self._action(self.tr("&Quitter"), self.close, SK.Quit)
        self.undo_action = self._action(
            self.tr("&Annuler"), self.raw_editor.undo, SK.Undo, icon=QStyle.StandardPixmap.SP_ArrowBack
        )
        self.redo_action = self._action(
            self.tr("&Rétablir"), self.raw_editor.redo, SK.Redo, icon=QStyle.StandardPixmap.SP_ArrowForward
        )
        self.undo_action.setEnabled(False)
        self.redo_action.setEnabled(False)
        self.next_article_action = self._action(
            self.tr("Article &suivant"), lambda: self.step_article(1), "Ctrl+PgDown", icon=SP.SP_ArrowDown
        )
        self.prev_article_action = self._action(
            self.tr("Article &précédent"), lambda: self.step_article(-1), "Ctrl+PgUp", icon=SP.SP_ArrowUp
        )
        self.about_action = self._action(self.tr("À &propos de Relecture"), self.on_about_triggered)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu(self.tr("&Fichier"))
        for a in (self.open_folder_action, self.open_file_action, None, self.save_action, self.save_as_action,
                  self.save_all_action, self.review_action, self.convert_utf8_action, None,
                  self.quit_action):  # fmt: skip
            self.file_menu.addSeparator() if a is None else self.file_menu.addAction(a)
        self.edit_menu = bar.addMenu(self.tr("É&dition"))
        self.edit_menu.addAction(self.undo_action)
        self.edit_menu.addAction(self.redo_action)
        self.go_menu = bar.addMenu(self.tr("&Aller"))
        self.go_menu.addAction(self.prev_article_action)
        self.go_menu.addAction(self.next_article_action)
        self.findings_menu = self.findings_controller.build_menu(bar)
        self.view_menu = bar.addMenu(self.tr("&Affichage"))
        for dock in (self.list_dock, self.form_dock, self.findings_dock):
            self.view_menu.addAction(dock.toggleViewAction())
        self.help_menu = bar.addMenu(self.tr("Aid&e"))
        self.help_menu.addAction(self.about_action)
        self.toolbar = self.addToolBar(self.tr("Barre d'outils"))
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        short = {
            self.open_folder_action: self.tr("Ouvrir"),
            self.prev_article_action: self.tr("Précédent"),
            self.next_article_action: self.tr("Suivant"),
        }
        for action, text in short.items():
            action.setIconText(text)
        for a in (self.open_folder_action, self.save_action, self.save_all_action, None, self.undo_action,
                  self.redo_action, None, self.prev_article_action, self.next_article_action):  # fmt: skip
            self.toolbar.addSeparator() if a is None else self.toolbar.addAction(a)

    def _connect_signals(self) -> None:
        self.article_list.selectionModel().currentRowChanged.connect(self.on_article_list_current_changed)
        self.article_filter.textChanged.connect(self.on_article_filter_text_changed)
        self.filter_timer.timeout.connect(lambda: self.proxy.set_text(self.article_filter.text()))
        self.raw_editor.textChanged.connect(self.on_raw_editor_text_changed)
        self.raw_editor.undoAvailable.connect(self.undo_action.setEnabled)
        self.raw_editor.redoAvailable.connect(self.redo_action.setEnabled)
        self.raw_editor.cursorPositionChanged.connect(self._update_status)
        # Big articles are coloured as they come on screen (app/ui/highlighter.py, LAZY_CHARS).
        self.raw_editor.updateRequest.connect(self.on_raw_editor_update_request)
        self.render_timer.timeout.connect(self.on_render_timer_timeout)
        self.check_timer.timeout.connect(self.on_check_timer_timeout)
        self.progress_timer.timeout.connect(self.on_progress_timer_timeout)
        self.findings_controller.connect_signals()
        self.spelling.connect_signals()
        self.front_matter_form.value_edited.connect(self.on_front_matter_form_value_edited)
        self.front_matter_form.keys_removed.connect(self.on_front_matter_form_keys_removed)
        self.front_matter_form.goto_requested.connect(self.on_front_matter_form_goto_requested)
        self.status_message.connect(lambda msg: self.statusBar().showMessage(msg, 8000))

    def _apply_settings(self) -> None:
        self.raw_editor.set_editor_font(settings.get("editor/font_family"), settings.get("editor/font_size"))

    def restore_window_state(self) -> None:
        state = QSettings()
        geometry = state.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        dock_state = state.value("window/state")
        if isinstance(dock_state, QByteArray):
            self.restoreState(dock_state)
        split = state.value("window/splitter")
        if isinstance(split, QByteArray):
            self.splitter.restoreState(split)

    def save_window_state(self) -> None:
        state = QSettings()
        state.setValue("window/geometry", self.saveGeometry())
        state.setValue("window/state", self.saveState())
        state.setValue("window/splitter", self.splitter.saveState())

    # --- folder ---------------------------------------------------------------------------------------
    def open_path(self, path: Path) -> None:
        """Open a folder (recursive) or one article. The list appears at once; details fill in behind."""
        path = Path(path)
        if not path.exists():
            self.show_error(self.tr("Introuvable : {0}").format(str(path)))
            return
        if not self.confirm_discard(self.tr("ouvrir un autre dossier")):
            return
        self.cancel_scan()
        self.recovery.discard_documents(list(self.documents.values()))
        self.documents.clear()
        self.current = None
        self.root = path if path.is_dir() else path.parent
        started = time.perf_counter()
        paths, problems, folders = core_article.walk_tree(path)
        self.model.set_paths(self.root, paths)
        self.front_matter_form.set_folder(self.root)  # its articles' fields follow with the scan
        self.list_ms = (time.perf_counter() - started) * 1000
        for problem in problems[:3]:
            self.status_message.emit(problem)
        if path.is_dir():
            settings.add_recent_folder(str(path))
        self.folder_loaded.emit(len(paths))
        self.start_scan(paths)
        self._update_title()
        if paths:
            self.select_path(paths[0] if path.is_dir() else path)
        else:
            self.status_message.emit(self.tr("Aucun article (.md, .markdown, .txt) dans ce dossier"))
        self.disk_sync.folder_opened(path, folders)
        self.recovery.offer(path)

    def start_scan(self, paths: list[Path]) -> None:
        if not paths:
            return
        self.progress.setRange(0, len(paths))
        self.progress.setValue(0)
        self.progress.setFormat(self.tr("Analyse %v / %m"))
        self.progress.show()
        options = self.check_options(suggestions=False)
        # Cached summaries fill the list at once; the others come from worker processes (scan_runner).
        whole = self.root is not None and len(paths) == self.model.rowCount()
        task = scan_runner.start_scan(
            paths, options, self.root, whole_folder=whole,
            on_partial=self.on_scan_partial, on_progress=self.on_scan_progress,
            on_done=self.on_scan_done, on_failed=self.on_scan_failed,
        )  # fmt: skip
        self.scan_task = None if scan_runner.is_finished(task) else task  # synchronous workers: done already

    def cancel_scan(self) -> None:
        if self.scan_task is not None:
            self.scan_task.cancel()
            self.scan_task = None
        self.progress.hide()

    def on_scan_partial(self, summaries: list[Summary]) -> None:
        # Open documents keep the counts of their live checks, not the file's.
        checked = {str(p): d for p, d in self.documents.items() if d.findings_revision >= 0}
        for s in summaries if checked else ():
            doc = checked.get(s.path)
            if doc is not None:
                s.counts = _count_kinds(doc.findings)
        self.model.set_summaries(summaries)

    def on_article_filter_text_changed(self, text: str) -> None:
        # Filtering 10,000 rows takes ~50-80 ms: a long list waits for a pause in the typing.
        if self.model.rowCount() > FILTER_AT_ONCE_ROWS:
            self.filter_timer.start()
        else:
            self.proxy.set_text(text)

    def on_scan_progress(self, done: int, total: int) -> None:
        # setValue repaints at once (~20 ms with a busy window): shown when the event loop is free, 8 times a
        # second at most, never once per batch.
        self.progress_state = (done, total)
        if not self.progress_timer.isActive():
            self.progress_timer.start()

    def on_progress_timer_timeout(self) -> None:
        done, total = self.progress_state
        if self.progress.isVisible():
            self.progress.setMaximum(total)
            self.progress.setValue(done)

    def on_scan_done(self, _result: Any) -> None:
        self.progress.hide()
        self.front_matter_form.set_folder(self.root, (r.summary for r in self.model.rows if r.summary))
        self.scan_task = None
        self.scan_finished.emit()

    def on_scan_failed(self, message: str) -> None:
        self.progress.hide()
        self.show_error(self.tr("L'analyse du dossier a échoué : {0}").format(message))

    # --- selection --------------------------------------------------------------------------------
    def select_path(self, path: Path) -> None:
        row = self.model.index_of.get(path)
        if row is None:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if index.isValid():
            self.article_list.setCurrentIndex(index)
        else:
            self.show_article(path)

    def step_article(self, step: int) -> None:
        count = self.proxy.rowCount()
        if not count:
            return
        current = self.article_list.currentIndex()
        row = (current.row() + step) % count if current.isValid() else 0
        self.article_list.setCurrentIndex(self.proxy.index(row, 0))

    def on_article_list_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        path = Path(self.proxy.data(current, ArticleTableModel.PathRole))
        if self.current is None or self.current.path != path:
            self.show_article(path)

    def document_for(self, path: Path) -> Document | None:
        doc = self.documents.get(path)
        if doc is not None:
            return doc
        try:
            art = core_article.load(path)
        except core_article.ArticleError as exc:
            self.show_error(str(exc))
            self.model.set_summaries([Summary(path=str(path), title=path.stem, error=str(exc))])
            return None
        doc = Document(art, self)
        doc.dirty_changed.connect(lambda dirty, d=doc: self.on_document_dirty_changed(d, dirty))
        self.documents[path] = doc
        return doc

    def show_article(self, path: Path) -> None:
        doc = self.document_for(path)
        if doc is None:
            return
        self.front_matter_form.commit_pending()  # a field typed in belongs to the article being left
        self.current = doc
        # Colouring the lines shown emits textChanged: it is not an edit (no second check and rendering).
        self._edited_revision = (doc, doc.revision())
        self.raw_editor.blockSignals(True)
        self.raw_editor.setDocument(doc.qdoc)
        self.raw_editor.blockSignals(False)
        self.raw_editor.moveCursor(self.raw_editor.textCursor().MoveOperation.Start)
        self.undo_action.setEnabled(doc.qdoc.isUndoAvailable())
        self.redo_action.setEnabled(doc.qdoc.isRedoAvailable())
        self.convert_utf8_action.setEnabled(doc.article.encoding != "utf-8" and not doc.convert_to_utf8)
        text = doc.text()
        self.front_matter_form.set_text(text)
        if len(text) > RENDER_NOW_CHARS:
            self.preview.clear()
            self._render_in_helper(text)  # a big article shows at once, its page after
        else:
            self.render_now(text)
        self.findings_panel.set_findings(doc.findings, text)
        self.run_checks(doc)
        self._update_title()
        self._update_status()
        self.article_shown.emit(str(path))

    # --- editing, preview, checks ----------------------------------------------------------------
    def _warm_up_helpers(self) -> None:
        from PySide6.QtGui import QGuiApplication

        if self.isVisible() and QGuiApplication.platformName() != "offscreen":  # not for tests and scripts
            check_runner.warm_up()

    def on_raw_editor_update_request(self, *_args: Any) -> None:
        if self.current is not None and self.current.highlighter.lazy:
            self.current.highlighter.highlight_visible(self.raw_editor)

    def on_raw_editor_text_changed(self) -> None:
        if self.current is None:
            return
        # Re-colouring a block (new underlines) also emits textChanged: only a new revision is an edit.
        revision = (self.current, self.current.revision())
        if revision == self._edited_revision:
            return
        self._edited_revision = revision
        self.render_timer.start()
        self.check_timer.start()

    def on_render_timer_timeout(self) -> None:
        if self.current is None:
            return
        text = self.current.text()
        self.front_matter_form.set_text(text)
        self._render_in_helper(text)

    def _render_in_helper(self, text: str) -> None:
        self.render_serial += 1
        serial = self.render_serial
        # Rendered in a helper process (check_runner): Markdown in a thread here slowed typing down.
        workers.run_task(check_runner.tagged, check_runner.render, serial, text, is_dark(),
                         on_done=self._on_rendered)  # fmt: skip

    def _on_rendered(self, result: tuple[int, str | None]) -> None:
        serial, html = result
        self._show_render(html, serial)

    def render_now(self, text: str) -> None:
        self.render_serial += 1
        self._show_render(render.render(text, is_dark()), self.render_serial)

    def _show_render(self, html: str | None, serial: int) -> None:
        if html is None or serial != self.render_serial or self.current is None:
            return
        self.preview.set_html(html, self.current.path.parent)
        self.preview_rendered.emit()

    def check_options(self, suggestions: bool = True) -> CheckOptions:
        return config.window_options(self.root, suggestions, self.spelling.speller)  # what `check` uses too

    def on_check_timer_timeout(self) -> None:
        if self.current is not None:
            self.run_checks(self.current)

    def run_checks(self, doc: Document) -> None:
        """Check a snapshot of the text in the background; stale results are dropped."""
        text = doc.text()
        revision = doc.revision()
        options = self.check_options(suggestions=False)
        if _visible_first(doc, text):
            # Here, as soon as the window is back in its event loop: the worker threads may all be busy (folder
            # scan, preview, speller) and the slice on screen takes a few tens of milliseconds.
            QTimer.singleShot(0, self, lambda: self._check_visible_first(doc, text, revision, options))
        # In a helper process (check_runner): a check in a thread of this process slowed every keystroke.
        workers.run_task(
            check_runner.tagged, check_runner.check, (doc, text, revision), text, options,
            on_done=self._on_checks_and_words_done,
            on_failed=lambda msg: self.status_message.emit(self.tr("Vérification impossible : {0}").format(msg)),
        )  # fmt: skip

    def _check_visible_first(self, doc: Document, text: str, revision: int, options: CheckOptions) -> None:
        """Big article just opened: underline the text on screen at once, before the whole check."""
        if doc is not self.current or revision != doc.revision() or doc.findings_revision >= 0:
            return  # another article, an edit, or the whole check came first
        bottom = self.raw_editor.cursorForPosition(self.raw_editor.viewport().rect().bottomRight()).position()
        top = self.raw_editor.cursorForPosition(self.raw_editor.viewport().rect().topLeft()).position()
        start = text.rfind("\n\n", 0, max(0, top - 2000)) + 1
        end = text.find("\n\n", bottom + 4000)
        end = len(text) if end < 0 else end
        if start > 0:
            options = replace(options, only=options.only - {"frontmatter"})  # the front matter is not there
        doc.show_partial_findings(check_text(text[start:end], options), start, text, revision)

    def _on_checks_and_words_done(
        self, result: tuple[tuple[Document, str, int], tuple[list[Finding], int] | None]
    ) -> None:
        (doc, text, revision), got = result
        if got is None:
            return  # a newer check replaced this one
        findings, words = got
        if revision == doc.revision():
            self._word_counts[doc.path] = (revision, words)
        self._on_checks_done(doc, findings, text, revision)

    def _on_checks_done(self, doc: Document, findings: list[Finding], text: str, revision: int) -> None:
        doc.set_findings(findings, text, revision)
        if doc.findings_revision != revision:
            return
        counts = _count_kinds(findings)
        row = self.model.row_for(doc.path)
        if row is not None:
            s = row.summary or Summary(path=str(doc.path), title=doc.path.stem)
            s.counts = counts
            self.model.update_row(doc.path, summary=s)
        if doc is self.current:
            self.findings_panel.set_findings(findings, text)
            self._update_status()
        self.checks_done.emit()

    def goto_finding(self, finding: Finding) -> None:
        if self.current is None:
            return
        start, end = self.current.qt_span(finding)
        self.raw_editor.goto_position(end, start)
        self.raw_editor.setFocus()

    def apply_finding(self, finding: Finding) -> None:
        if self.current is None or finding.replacement is None:
            return
        self.current.replace_span(finding.start, finding.end, finding.replacement)

    def on_front_matter_form_value_edited(self, key: str, value: object) -> None:
        from app.ui.front_matter_form import YamlText

        if isinstance(value, YamlText):
            self._edit_front_matter(lambda text: frontmatter.set_yaml_text(text, key, str(value)))
        else:
            self._edit_front_matter(lambda text: frontmatter.set_values(text, {key: value}))

    def on_front_matter_form_keys_removed(self, keys: list[str]) -> None:
        self._edit_front_matter(lambda text: frontmatter.delete_keys(text, keys))

    def _edit_front_matter(self, change: Any) -> None:
        """A form edit (a value set, fields removed) becomes one undoable text edit of the raw view."""
        if self.current is None:
            return
        text = self.current.text()
        try:
            new_text = change(text)
        except frontmatter.FrontMatterError as exc:
            self.show_error(str(exc))
            self.front_matter_form.refresh()  # show the text's value again, not the refused one
            return
        if new_text != text:
            _replace_changed_region(self.current, text, new_text)
            self.front_matter_form.set_text(self.current.text())  # at once, not after the debounce

    def on_front_matter_form_goto_requested(self, offset: int) -> None:
        if self.current is None:
            return
        from app.ui.offsets import Utf16Map

        self.raw_editor.goto_position(Utf16Map(self.current.text()).to_utf16(offset))
        self.raw_editor.setFocus()

    def on_review_triggered(self) -> None:
        from app.ui.diff_dialog import review_changes

        review_changes(self)

    # --- saving ---------------------------------------------------------------------------------------
    def save_document(self, doc: Document) -> bool:
        if not self.disk_sync.before_save(doc):
            return False
        try:
            doc.save()
        except core_article.ArticleError as exc:
            message = self.tr("Enregistrement impossible : {0}\nVos modifications sont conservées dans la fenêtre.")
            self.show_error(message.format(str(exc)))
            return False
        self.status_message.emit(self.tr("Enregistré : {0}").format(doc.path.name))
        # Said here, not only through modificationChanged: a convert-to-UTF-8 save leaves qdoc's flag unchanged.
        self.on_document_dirty_changed(doc, False)
        if doc is self.current:
            self._update_status()
        self.disk_sync.after_save(doc)
        self._refresh_folder_fields(doc)
        return True

    def _refresh_folder_fields(self, doc: Document) -> None:
        """A saved article's fields and tags join the folder's (the form's greyed fields, tag completions)."""
        row = self.model.row_for(doc.path)
        if row is None or row.summary is None:
            return
        data = frontmatter.parse(doc.text()).data
        data = data if isinstance(data, dict) else {}
        row.summary = replace(row.summary, fields=field_profile(data), lists=list_items(data))
        self.front_matter_form.set_folder(self.root, (r.summary for r in self.model.rows if r.summary))

    def on_save_triggered(self) -> None:
        if self.current is not None:
            self.save_document(self.current)

    def on_save_as_triggered(self) -> None:
        if self.current is None:
            return
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Enregistrer sous"), str(self.current.path))
        if not name:
            return
        old = self.current.path
        try:
            self.current.save_as(Path(name))
        except core_article.ArticleError as exc:
            self.show_error(str(exc))
            return
        self.documents.pop(old, None)
        self.documents[self.current.path] = self.current
        if self.root and self.current.path.is_relative_to(self.root):
            self.model.add_paths([self.current.path])
        self._update_title()

    def on_save_all_triggered(self) -> bool:
        ok = True
        for doc in list(self.documents.values()):
            if doc.dirty:
                ok = self.save_document(doc) and ok
        return ok

    def dirty_documents(self) -> list[Document]:
        return [d for d in self.documents.values() if d.dirty]

    def confirm_discard(self, action: str) -> bool:
        """Ask before losing unsaved edits. True when it is fine to go on."""
        dirty = self.dirty_documents()
        if not dirty:
            return True
        names = "\n".join(f"• {d.path.name}" for d in dirty[:10])
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Modifications non enregistrées"),
                          self.tr("Ces articles ont des modifications non enregistrées :\n{0}\n\n"
                                  "Les enregistrer avant de {1} ?").format(names, action),
                          QMessageBox.StandardButton.SaveAll | QMessageBox.StandardButton.Discard
                          | QMessageBox.StandardButton.Cancel, self)  # fmt: skip
        box.setDefaultButton(QMessageBox.StandardButton.SaveAll)
        choice = box.exec()
        if choice == QMessageBox.StandardButton.SaveAll:
            return self.on_save_all_triggered()
        return choice == QMessageBox.StandardButton.Discard

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.confirm_discard(self.tr("quitter")):
            event.ignore()
            return
        self.cancel_scan()
        self.recovery.clean_exit()
        self.save_window_state()
        event.accept()

    # --- dialogs ------------------------------------------------------------------------------------
    def on_open_folder_triggered(self) -> None:
        start = str(self.root) if self.root else str(Path.home())
        folder = QFileDialog.getExistingDirectory(self, self.tr("Ouvrir un dossier d'articles"), start)
        if folder:
            self.open_path(Path(folder))

    def on_open_file_triggered(self) -> None:
        start = str(self.root) if self.root else str(Path.home())
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Ouvrir un article"),
            start,
            self.tr("Articles (*.md *.markdown *.txt);;Tous les fichiers (*)"),
        )
        if name:
            self.open_path(Path(name))

    def on_convert_utf8_triggered(self) -> None:
        """The file's legacy encoding is kept until the editor asks: then the next save writes UTF-8."""
        doc = self.current
        if doc is None or doc.article.encoding == "utf-8":
            return
        doc.convert_to_utf8 = True
        self.convert_utf8_action.setEnabled(False)
        self.on_document_dirty_changed(doc, True)
        self._update_status()
        message = self.tr("« {0} » sera écrit en UTF-8 à l'enregistrement (aujourd'hui : {1})")
        self.status_message.emit(message.format(doc.path.name, textio.display_encoding(doc.article.encoding)))

    def on_about_triggered(self) -> None:
        from app.ui.about_dialog import AboutDialog

        AboutDialog(self).open()  # window-modal, deletes itself on close

    def show_error(self, message: str) -> None:
        self.statusBar().showMessage(message, 15000)
        if not getattr(self, "quiet_errors", False):
            QMessageBox.warning(self, self.tr("Relecture"), message)

    # --- title and status -----------------------------------------------------------------------
    def on_document_dirty_changed(self, doc: Document, dirty: bool) -> None:
        self.model.update_row(doc.path, dirty=dirty)
        if doc is self.current:
            self._update_title()

    def _update_title(self) -> None:
        if self.current is None:
            self.setWindowTitle(f"Relecture — {self.root}" if self.root else "Relecture")
            self.setWindowModified(False)
            return
        self.setWindowTitle(f"{self.current.path.name}[*] — Relecture")
        self.setWindowModified(self.current.dirty)

    def _update_status(self) -> None:
        doc = self.current
        if doc is None:
            self.status_info.setText("")
            return
        art = doc.article
        cursor = self.raw_editor.textCursor()
        # Counted once per checks result, not on every key press (47,000 findings in a 4 MB article).
        kinds = self._kind_counts.get(doc.path)
        if kinds is None or kinds[0] != doc.findings_revision or kinds[1] is not doc.findings:
            kinds = (doc.findings_revision, doc.findings, _count_kinds(doc.findings))
            self._kind_counts[doc.path] = kinds
        counts = kinds[2]
        parts = [
            self.tr("Ligne {0}, col. {1}").format(cursor.blockNumber() + 1, cursor.positionInBlock() + 1),
            textio.display_encoding(art.encoding) + (" BOM" if art.bom else "")
            + (" → UTF-8" if doc.convert_to_utf8 else ""),
            textio.newline_name(art.newline),
        ]
        # Words are counted again only when the checks have caught up (not on every key press).
        # The checks' helper counts them with the findings; a small text not checked yet is counted here.
        cached = self._word_counts.get(doc.path)
        if (cached is None or cached[0] != doc.findings_revision) and doc.qdoc.characterCount() < 50_000:
            cached = (doc.findings_revision, typography.count_words(doc.text()))
            self._word_counts[doc.path] = cached
        words = cached[1] if cached is not None else 0
        parts.append(self.tr("%n mot(s)", "", words) + " · " + self.tr("%n min de lecture", "",
                                                                          typography.reading_minutes(words)))
        names = {"mojibake": self.tr("encodage"), "mojibake-residue": self.tr("résidus d'encodage"),
                 "spelling": self.tr("orthographe"), "frontmatter": self.tr("métadonnées"),
                 "typography": self.tr("typographie")}  # fmt: skip
        if counts:
            parts.append(" · ".join(f"{names.get(k, k)} {v}" for k, v in sorted(counts.items())))
        self.status_info.setText("   ".join(parts))


def _visible_first(doc: Document, text: str) -> bool:
    """A big article not checked yet: the text on screen is checked first."""
    return len(text) > VISIBLE_FIRST_CHARS and doc.findings_revision < 0


def _count_kinds(findings: list[Finding]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for f in findings:
        counts[f.kind] = counts.get(f.kind, 0) + 1
    return counts


def _replace_changed_region(doc: Document, old: str, new: str) -> None:
    """Apply new text as a single edit covering only the region that differs (keeps undo cheap and cursor put)."""
    start = 0
    limit = min(len(old), len(new))
    while start < limit and old[start] == new[start]:
        start += 1
    end_old, end_new = len(old), len(new)
    while end_old > start and end_new > start and old[end_old - 1] == new[end_new - 1]:
        end_old -= 1
        end_new -= 1
    doc.replace_all([(start, end_old, new[start:end_new])])
