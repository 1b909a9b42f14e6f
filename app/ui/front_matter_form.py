"""The front-matter form: one widget per key, built from the article's metadata and the folder's fields.

The form never edits text itself: a committed field emits value_edited(dotted key, value), a removed one
keys_removed([dotted key]), and the main window turns it into one undoable edit of the raw text
(app.core.frontmatter.set_values / delete_keys keep every other byte).
When the raw text changes, set_text() refreshes the values in place; widgets are rebuilt only when the set of
keys or their types changed, and a field the user is typing in is left alone.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.core import article as core_article
from app.core import frontmatter
from app.core.findings import LineIndex
from app.core.scan import Summary
from app.core.schema import validate
from app.ui import settings, workers
from app.ui.form_fields import FieldGroup, FieldRow, ListEditor
from app.ui.form_specs import FolderInfo, Spec, YamlText, build_specs, folder_info, messages_by_key, walk

__all__ = ["FolderInfo", "FrontMatterForm", "YamlText"]


# --------------------------------------------------------------------------------------------------- form

_STYLE = """
#frontMatterForm QLabel#fieldLabel { font-weight: 600; }
#frontMatterForm QLabel#fieldLabel[absent="true"] { font-weight: normal; font-style: italic; color: palette(mid); }
#frontMatterForm QLabel[objectName^="counter:"] { color: palette(mid); font-size: 8.5pt; }
#frontMatterForm QLabel[objectName^="counter:"][over="true"] { color: #c62828; font-weight: 600; }
#frontMatterForm QLabel[objectName^="message:"] { color: #c62828; font-size: 8.5pt; }
#frontMatterForm QLineEdit[invalid="true"], #frontMatterForm QPlainTextEdit[invalid="true"],
#frontMatterForm QLineEdit[over="true"], #frontMatterForm QPlainTextEdit[over="true"] {
    border: 1px solid #e57373; border-radius: 3px; }
#frontMatterForm QGroupBox { font-weight: 600; border: 1px solid palette(midlight); border-radius: 6px;
    margin-top: 0.7em; }
#frontMatterForm QGroupBox::title { subcontrol-origin: margin; left: 8px; padding: 0 4px; }
#frontMatterForm QGroupBox[absent="true"] { color: palette(mid); font-style: italic; }
#frontMatterForm QGroupBox QLabel#fieldLabel { font-weight: 600; }
#frontMatterForm QToolButton[objectName^="remove:"] { color: palette(mid); border: none; padding: 0 1px;
    font-size: 11pt; }
#frontMatterForm QToolButton[objectName^="remove:"]:hover { color: #c62828; }
#frontMatterForm QGroupBox > QToolButton[objectName^="remove:"] { background: palette(window); }
#frontMatterForm QFrame#frontMatterBanner { background: #fdecea; border: 1px solid #f5c2c0;
    border-left: 4px solid #d32f2f; border-radius: 4px; }
#frontMatterForm QFrame#frontMatterBanner QLabel { color: #611a15; }
#frontMatterForm QFrame#frontMatterNotice { background: palette(alternate-base); border: 1px solid palette(midlight);
    border-radius: 4px; }
"""


class FrontMatterForm(QWidget):
    # dotted key → new value; the main window applies it to the raw text (undoable). A YamlText value is
    # YAML source for set_yaml_text.
    value_edited = Signal(str, object)
    # dotted keys to delete from the front matter (their whole lines); applied like value_edited
    keys_removed = Signal(list)
    # code-point offset in the article text: move the raw editor's cursor there (the YAML error)
    goto_requested = Signal(int)
    folder_ready = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("frontMatterForm")
        self.setStyleSheet(_STYLE)
        self.text = ""
        self.parsed: frontmatter.Parsed | None = None
        self.folder: FolderInfo | None = None
        self.root: Path | None = None
        self.folder_serial = 0  # the newest set_folder: an older one finishing late is dropped
        self.specs: list[Spec] = []
        self.rows: dict[str, FieldRow] = {}
        self.groups: dict[str, QGroupBox] = {}
        self.signature: tuple[Any, ...] | None = None
        self.read_only = False
        self.error_offset: int | None = None
        self._updating = False
        self._focus_after_rebuild: str | None = None
        self._force_values = False
        self._build()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self.on_application_focus_changed)

    # --- construction ---------------------------------------------------------------------------
    def _build(self) -> None:
        self.banner = QFrame(self)
        self.banner.setObjectName("frontMatterBanner")
        self.banner_title = QLabel(self.tr("<b>Front matter illisible</b> — le formulaire est désactivé"), self)
        self.banner_text = QLabel(self.banner)
        self.banner_text.setObjectName("frontMatterError")
        self.banner_text.setWordWrap(True)
        self.banner_text.setTextFormat(Qt.TextFormat.PlainText)
        self.banner_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.goto_button = QPushButton(self.tr("Aller à l'erreur"), self.banner)
        self.goto_button.setObjectName("gotoErrorButton")
        banner_box = QVBoxLayout(self.banner)
        banner_box.setContentsMargins(10, 8, 10, 8)
        banner_box.setSpacing(4)
        self.banner_title.setParent(self.banner)
        banner_box.addWidget(self.banner_title)
        banner_box.addWidget(self.banner_text)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.goto_button)
        banner_box.addLayout(row)
        self.banner.hide()

        self.notice = QFrame(self)
        self.notice.setObjectName("frontMatterNotice")
        self.notice_text = QLabel(self.notice)
        self.notice_text.setObjectName("frontMatterNoticeText")
        self.notice_text.setWordWrap(True)
        self.add_button = QPushButton(self.tr("Ajouter un front matter"), self.notice)
        self.add_button.setObjectName("addFrontMatterButton")
        notice_box = QVBoxLayout(self.notice)
        notice_box.setContentsMargins(10, 8, 10, 8)
        notice_box.addWidget(self.notice_text)
        notice_box.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.notice.hide()

        self.scroll_area = QScrollArea(self)
        self.scroll_area.setObjectName("frontMatterScroll")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.content = QWidget()
        self.content.setObjectName("frontMatterFields")
        self.content_box = QVBoxLayout(self.content)
        self.content_box.setContentsMargins(8, 6, 8, 8)
        self.content_box.setSpacing(10)
        self.content_box.addStretch(1)
        self.scroll_area.setWidget(self.content)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(6)
        layout.addWidget(self.banner)
        layout.addWidget(self.notice)
        layout.addWidget(self.scroll_area, 1)
        self.setMinimumWidth(220)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)

        self.goto_button.clicked.connect(self.on_goto_button_clicked)
        self.add_button.clicked.connect(self.on_add_button_clicked)

    # --- folder -----------------------------------------------------------------------------------
    def set_folder(self, root: Path | None, summaries: Iterable[Summary] = ()) -> None:
        """The folder whose fields complete every article's form: its schema, else the fields its articles use
        (from the folder scan's summaries; called again as they arrive). Computed in a worker thread (10,000
        summaries: ~0.1 s); refreshes the form only on change."""
        self.root = root
        self.folder_serial += 1
        if root is None:
            self._on_folder_info(None, self.folder_serial)
            return
        workers.run_task(folder_info, root, list(summaries),
                         on_done=lambda info, n=self.folder_serial: self._on_folder_info(info, n))  # fmt: skip

    def _on_folder_info(self, info: FolderInfo | None, serial: int) -> None:
        if serial != self.folder_serial or info == self.folder:
            return
        self.folder = info
        self.refresh()
        for row in self.rows.values():  # a form kept as it was still gets the folder's new values
            self._set_completions(row)
        self.folder_ready.emit()

    # --- text → form ------------------------------------------------------------------------------
    def refresh(self) -> None:
        self.set_text(self.text)

    def set_text(self, text: str) -> None:
        """Show the front matter of text. Cheap when nothing structural changed: values only."""
        self.text = text
        parsed = frontmatter.parse(text)
        self.parsed = parsed
        if parsed.error is not None:
            self._show_error(parsed.error, text)
            return
        self.banner.hide()
        self.error_offset = None
        self.scroll_area.setEnabled(True)
        if parsed.format is None:
            self._clear_rows()
            title = core_article.title_of(text, None, Path(self.tr("Sans titre")))
            self.notice_text.setText(
                self.tr("Cet article n'a pas de front matter. Le bouton en crée un en tête du fichier, "
                        "avec le titre « {0} ».").format(title)
            )  # fmt: skip
            self.add_button.show()
            self.notice.show()
            return
        self.add_button.hide()
        self.read_only = parsed.format == "json"
        if parsed.format == "json":
            self.notice_text.setText(self.tr("Front matter JSON : affiché en lecture seule. Modifiez-le dans le "
                                             "texte brut."))  # fmt: skip
            self.notice.show()
        else:
            self.notice.hide()
        data = parsed.data or {}
        try:
            complex_keys = frontmatter.complex_keys(text) if parsed.format == "yaml" else set()
        except frontmatter.FrontMatterError:
            complex_keys = set()
        fields = self.folder.fields if self.folder else []
        specs = build_specs(data, fields, complex_keys, self._limits(data))
        if parsed.format == "yaml":
            self._load_yaml_sources(specs, text)
        signature = (parsed.format, tuple(s.signature() for s in specs))
        self._updating = True
        try:
            if signature != self.signature:
                self._rebuild(specs)
                self.signature = signature
            self.specs = specs
            for spec in walk(specs):
                row = self.rows.get(spec.key)
                if row is not None:
                    row.update_values(spec, self._force_values)
            self._force_values = False
            self._show_validation(text)
        finally:
            self._updating = False

    def _limits(self, data: dict[str, Any]) -> dict[str, int]:
        title_max = int(settings.get("checks/seo_title_max"))
        desc_max = int(settings.get("checks/seo_description_max"))
        # Same rule as validate(): the seo table's keys when there is one, else the page's own title and
        # description (what search engines show then). An article lacking seo still counts its placeholders.
        limits = {"seo.title": title_max, "seo.description": desc_max}
        if not isinstance(data.get("seo"), dict):
            limits.update({"title": title_max, "description": desc_max})
        return limits

    def _load_yaml_sources(self, specs: list[Spec], text: str) -> None:
        for spec in walk(specs):
            if spec.kind == "complex" and spec.present:
                try:
                    spec.value = frontmatter.get_yaml_text(text, spec.key)
                except frontmatter.FrontMatterError:
                    spec.value = ""

    def _show_error(self, error: frontmatter.FrontMatterError, text: str) -> None:
        """Invalid front matter: keep the last form, greyed; the banner says where the parser stopped."""
        self.notice.hide()
        self.banner_text.setText(str(error))
        offset = error.offset
        if offset is None and error.line is not None:
            offset = LineIndex(text).line_start(error.line) + max(0, (error.column or 1) - 1)
        self.error_offset = offset
        self.goto_button.setVisible(offset is not None)
        self.banner.show()
        self.scroll_area.setEnabled(False)

    def _clear_rows(self) -> None:
        focus_key = None
        focused = QApplication.focusWidget()
        for key, row in self.rows.items():
            if focused is not None and row.isAncestorOf(focused):
                focus_key = key
        while self.content_box.count() > 1:
            item = self.content_box.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                # Unparented at once so findChild and focus chains never see a row that is going away.
                widget.hide()
                widget.setParent(None)
                widget.deleteLater()
        self.rows.clear()
        self.groups.clear()
        self.signature = None
        self._focus_after_rebuild = focus_key

    def _rebuild(self, specs: list[Spec]) -> None:
        self._clear_rows()
        for spec in specs:
            widget = self._widget_for(spec, self.content)
            self.content_box.insertWidget(self.content_box.count() - 1, widget)
            widget.show()  # a layout would only show it from the event loop: tests and focus need it now
        key, self._focus_after_rebuild = self._focus_after_rebuild, None
        if key and key in self.rows:
            self.rows[key].editor.setFocus()

    def _widget_for(self, spec: Spec, parent: QWidget) -> QWidget:
        removable = spec.present and not self.read_only
        if spec.kind == "mapping":
            group = FieldGroup(spec, parent, removable)
            if group.remove_button is not None:
                group.remove_button.clicked.connect(lambda _=False, k=spec.key: self.on_remove_clicked(k))
            group.setProperty("absent", not spec.present)
            if not spec.present:
                group.setToolTip(self.tr("« {0} » est absent de cet article : une valeur saisie crée la clé")
                                 .format(spec.key))  # fmt: skip
            box = QVBoxLayout(group)
            box.setContentsMargins(10, 14, 10, 10)
            box.setSpacing(10)
            for child in spec.children:
                box.addWidget(self._widget_for(child, group))
            self.groups[spec.key] = group
            return group
        row = FieldRow(spec, parent, removable)
        if row.remove_button is not None:
            row.remove_button.clicked.connect(lambda _=False, k=spec.key: self.on_remove_clicked(k))
        read_only = self.read_only or (spec.kind == "complex" and self.parsed is not None
                                       and self.parsed.format != "yaml")  # fmt: skip
        row.editor.set_read_only(read_only)
        row.editor.committed.connect(lambda value, k=spec.key: self.on_field_committed(k, value))
        self.rows[spec.key] = row
        self._set_completions(row)
        return row

    def _set_completions(self, row: FieldRow) -> None:
        if isinstance(row.editor, ListEditor):
            values = self.folder.values.get(row.spec.key, []) if self.folder is not None else []
            row.editor.tags.set_completions(values)

    def _show_validation(self, text: str) -> None:
        schema = self.folder.schema if self.folder else None
        try:
            findings = validate(text, schema, int(settings.get("checks/seo_title_max")),
                                int(settings.get("checks/seo_description_max")))  # fmt: skip
        except frontmatter.FrontMatterError:
            findings = []
        messages = messages_by_key(findings, frontmatter.value_spans(text), set(self.rows))
        for key, row in self.rows.items():
            row.set_messages(messages.get(key, []))

    # --- form → text ------------------------------------------------------------------------------
    def commit_pending(self) -> None:
        """Commit what the user typed but has not yet confirmed (called before another article is shown)."""
        for row in list(self.rows.values()):
            if row.editor.is_editing():
                row.editor.commit()
        self._force_values = True  # whatever is left (a refused value) must not leak into the next article

    def on_field_committed(self, key: str, value: Any) -> None:
        if self._updating or self.read_only:
            return
        self.value_edited.emit(key, value)

    def on_remove_clicked(self, key: str) -> None:
        if self._updating or self.read_only:
            return
        self.keys_removed.emit([key])

    def on_application_focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        """A row shows its × while its field has the focus (the context menu then offers the removal too)."""
        for row in self.rows.values():
            if row.remove_button is not None and (
                (old is not None and row.isAncestorOf(old)) or (new is not None and row.isAncestorOf(new))
            ):
                row.update_remove_button()

    def on_goto_button_clicked(self) -> None:
        if self.error_offset is not None:
            self.goto_requested.emit(self.error_offset)

    def on_add_button_clicked(self) -> None:
        title = core_article.title_of(self.text, None, Path(self.tr("Sans titre")))
        self.value_edited.emit("title", title)

    # --- for tests and the main window -----------------------------------------------------------
    def field(self, key: str) -> QWidget | None:
        row = self.rows.get(key)
        return row.editor.input() if row is not None else None

    def remove_button(self, key: str) -> QToolButton | None:
        """The × of a present key (a row or a group); None for an absent key or a read-only form."""
        holder = self.rows.get(key) or self.groups.get(key)
        return getattr(holder, "remove_button", None)

    def error_text(self) -> str:
        return self.banner_text.text() if self.banner.isVisible() or not self.banner.isHidden() else ""
