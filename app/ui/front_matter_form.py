"""The front-matter form: one widget per key, built from the article's metadata and the folder's fields.

The form never edits text itself: a committed field emits value_edited(dotted key, value), a removed one
keys_removed([dotted key]), and the main window turns it into one undoable edit of the raw text
(app.core.frontmatter.set_values / delete_keys keep every other byte).
When the raw text changes, set_text() refreshes the values in place; widgets are rebuilt only when the set of
keys or their types changed, and a field the user is typing in is left alone.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QDateTime, QEvent, QObject, Qt, QTime, QTimeZone, Signal
from PySide6.QtGui import QContextMenuEvent, QEnterEvent, QFontDatabase, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDoubleSpinBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.core import article as core_article
from app.core import frontmatter
from app.core.findings import Finding, LineIndex
from app.core.scan import Summary
from app.core.schema import Field, Schema, fields_from_profiles, load_schema, validate, values_from_items
from app.ui import settings, workers
from app.ui.tag_editor import TagEditor


class YamlText(str):
    """A value typed as YAML source (for keys the form cannot represent): applied with set_yaml_text."""


# Keys whose text is usually a paragraph: shown as a multi-line field even when the value is one line.
_LONG_KEYS = frozenset({"description", "summary", "excerpt", "abstract", "chapo", "lead", "intro", "resume"})
_INT_LIMIT = 2**31 - 1


# --------------------------------------------------------------------------------------------------- folder


@dataclass
class FolderInfo:
    """What a folder knows about front matter: its fields (schema or inferred) and the values of list fields."""

    fields: list[Field]
    schema: Schema | None
    values: dict[str, list[str]]
    error: str | None = None


def folder_info(root: Path, summaries: Iterable[Summary]) -> FolderInfo:
    """The folder's fields from its schema, else from its articles' scan summaries; their list values."""
    error = None
    try:
        schema = load_schema(root)
    except frontmatter.FrontMatterError as exc:
        schema, error = None, str(exc)
    done = [s for s in summaries if s.fields]
    inferred = fields_from_profiles(s.fields for s in done)
    values = {f.name: values_from_items((s.lists for s in done), f.name) for f in inferred if f.type == "list"}
    fields = list(schema.fields) if schema is not None else inferred
    return FolderInfo(fields, schema, values, error)


# --------------------------------------------------------------------------------------------------- specs


@dataclass
class Spec:
    """One row of the form. kind: string, text, choice, bool, date, datetime, int, float, list, null, complex,
    mapping (a group with children)."""

    key: str
    kind: str
    present: bool
    value: Any = None
    children: list[Spec] = field(default_factory=list)
    choices: tuple[Any, ...] | None = None
    limit: int | None = None

    @property
    def label(self) -> str:
        return self.key.rsplit(".", 1)[-1]

    def signature(self) -> tuple[Any, ...]:
        return (self.key, self.kind, self.present, self.choices, tuple(c.signature() for c in self.children))


def _iso(value: str) -> dt.date | None:
    s = value.strip()
    try:
        if len(s) == 10:
            return dt.date.fromisoformat(s)
        return dt.datetime.fromisoformat(s.replace("Z", "+00:00"))
    except ValueError:
        return None


def _kind_of(key: str, value: Any, folder_field: Field | None) -> str:
    t = frontmatter.field_type(value)
    ftype = folder_field.type if folder_field else None
    if t == "string" and ftype in ("date", "datetime") and _iso(value) is not None:
        return "datetime" if isinstance(_iso(value), dt.datetime) else "date"
    if t == "list" and not all(isinstance(x, str) for x in value):
        return "complex"
    if t == "int" and abs(value) > _INT_LIMIT:
        return "complex"
    if t == "null" and ftype in ("string", "text", "list"):
        t = ftype
    if t == "string" and (key.rsplit(".", 1)[-1].lower() in _LONG_KEYS or len(value) > 90):
        t = "text"
    if t in ("string", "null") and folder_field is not None and folder_field.choices:
        return "choice"
    return t


def _absent_kind(key: str, folder_field: Field) -> str:
    t = folder_field.type
    if folder_field.choices:
        return "choice"
    if t == "string" and key.rsplit(".", 1)[-1].lower() in _LONG_KEYS:
        return "text"
    return t if t in ("string", "text", "bool", "date", "datetime", "int", "float", "list", "complex") else "string"


def build_specs(
    data: dict[str, Any], fields: Iterable[Field], complex_keys: set[str], limits: dict[str, int]
) -> list[Spec]:
    """The form's rows: the article's keys in file order, then the folder's keys it lacks (absent)."""
    by_name = {f.name: f for f in fields}

    def make(prefix: str, mapping: dict[str, Any]) -> list[Spec]:
        out: list[Spec] = []
        for k, v in mapping.items():
            key = prefix + str(k)
            f = by_name.get(key)
            if key in complex_keys:
                out.append(Spec(key, "complex", True, v))
            elif isinstance(v, dict) and (v or any(n.startswith(key + ".") for n in by_name)):
                out.append(Spec(key, "mapping", True, v, make(key + ".", v)))
            elif isinstance(v, dict):
                out.append(Spec(key, "complex", True, v))
            else:
                kind = _kind_of(key, v, f)
                out.append(Spec(key, kind, True, v, choices=f.choices if f else None))
        return out

    specs = make("", data)
    index: dict[str, Spec] = {}

    def walk(items: list[Spec]) -> None:
        for s in items:
            index[s.key] = s
            walk(s.children)

    walk(specs)
    for f in by_name.values():
        if f.name in index or f.type == "mapping":
            continue
        parts = f.name.split(".")
        siblings, ok = specs, True
        for i in range(1, len(parts)):
            parent_key = ".".join(parts[:i])
            parent = index.get(parent_key)
            if parent is None:
                parent = Spec(parent_key, "mapping", False)
                siblings.append(parent)
                index[parent_key] = parent
            elif parent.kind != "mapping":
                ok = False  # the article holds a plain value there: nothing to nest under it
                break
            siblings = parent.children
        if ok:
            spec = Spec(f.name, _absent_kind(f.name, f), False, None, choices=f.choices)
            siblings.append(spec)
            index[f.name] = spec
    for key, spec in index.items():
        if key in limits and spec.kind in ("string", "text", "null"):
            spec.limit = limits[key]
        elif (f := by_name.get(key)) is not None and f.max_length and spec.kind in ("string", "text"):
            spec.limit = f.max_length
    return specs


# --------------------------------------------------------------------------------------------------- editors


class _Editor(QWidget):
    """A field's input. committed(value) when the user has finished an edit."""

    committed = Signal(object)

    def __init__(self, spec: Spec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self.shown: Any = None
        self.box = QHBoxLayout(self)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.box.setSpacing(6)

    def input(self) -> QWidget:
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        raise NotImplementedError

    def is_editing(self) -> bool:
        """True while the user has typed something not yet committed (the refresh must not reset it)."""
        return False

    def commit(self) -> None:
        """Emit committed if the shown value was changed by the user (editors that buffer input)."""

    def setFocus(self, *args: Any) -> None:  # noqa: N802 - Qt override
        self.input().setFocus(*args)

    def set_read_only(self, read_only: bool) -> None:
        self.input().setEnabled(not read_only)


class _FocusOutFilter(QObject):
    """Commits a multi-line field on focus out and on Ctrl+Return."""

    def __init__(self, editor: _TextEditor) -> None:
        super().__init__(editor)
        self.editor = editor

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            self.editor.commit()
        elif isinstance(event, QKeyEvent) and _is_ctrl_return(event):
            if event.type() == QEvent.Type.ShortcutOverride:
                event.accept()  # ours, not the window's Ctrl+Return action
                return True
            if event.type() == QEvent.Type.KeyPress:
                self.editor.commit()
                return True
        return False


def _is_ctrl_return(event: QKeyEvent) -> bool:
    return event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and bool(
        event.modifiers() & Qt.KeyboardModifier.ControlModifier
    )


class _LineEditor(_Editor):
    def __init__(self, spec: Spec, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self.edit = QLineEdit(self)
        self.box.addWidget(self.edit)
        self.edit.editingFinished.connect(self.commit)

    def input(self) -> QWidget:
        return self.edit

    def set_value(self, value: Any) -> None:
        self.shown = "" if value is None else str(value)
        if self.edit.text() != self.shown:
            self.edit.setText(self.shown)
            self.edit.setCursorPosition(0)

    def is_editing(self) -> bool:
        return self.edit.hasFocus() and self.edit.text() != self.shown

    def commit(self) -> None:
        text = self.edit.text()
        if text == self.shown:
            return
        if not text and self.spec.kind == "null":
            self.committed.emit(None)
        elif text or self.spec.present:
            self.committed.emit(text)

    def set_read_only(self, read_only: bool) -> None:
        self.edit.setReadOnly(read_only)


class _TextEditor(_Editor):
    def __init__(self, spec: Spec, parent: QWidget | None = None, yaml: bool = False) -> None:
        super().__init__(spec, parent)
        self.yaml = yaml
        self.edit = QPlainTextEdit(self)
        self.edit.setTabChangesFocus(True)
        self.edit.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        if yaml:
            font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
            self.edit.setFont(font)
            self.edit.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        lines = 2 if not spec.present else 4 if not yaml else max(3, min(8, str(spec.value or "").count("\n") + 2))
        self.edit.setFixedHeight(self.edit.fontMetrics().lineSpacing() * lines + 12)
        self.box.addWidget(self.edit)
        self.edit.installEventFilter(_FocusOutFilter(self))

    def input(self) -> QWidget:
        return self.edit

    def set_value(self, value: Any) -> None:
        self.shown = "" if value is None else str(value)
        if self.edit.toPlainText() != self.shown:
            self.edit.setPlainText(self.shown)

    def is_editing(self) -> bool:
        return self.edit.hasFocus() and self.edit.toPlainText() != self.shown

    def commit(self) -> None:
        text = self.edit.toPlainText()
        if text == self.shown or (not text and not self.spec.present):
            return
        self.committed.emit(YamlText(text) if self.yaml else text)

    def set_read_only(self, read_only: bool) -> None:
        self.edit.setReadOnly(read_only)


class _ChoiceEditor(_Editor):
    def __init__(self, spec: Spec, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self.combo = QComboBox(self)
        if not spec.present:
            self.combo.addItem("", None)
        for choice in spec.choices or ():
            self.combo.addItem(str(choice), choice)
        self.box.addWidget(self.combo)
        self.combo.activated.connect(self.on_combo_activated)

    def input(self) -> QWidget:
        return self.combo

    def on_combo_activated(self, index: int) -> None:
        value = self.combo.itemData(index)
        if value != self.shown and (value is not None or self.spec.present):
            self.committed.emit(value)

    def set_value(self, value: Any) -> None:
        self.shown = value
        i = self.combo.findData(value)
        if i < 0 and value is not None:
            self.combo.addItem(str(value), value)  # a value outside the choices stays visible (flagged below)
            i = self.combo.count() - 1
        self.combo.setCurrentIndex(max(i, 0))


class _BoolEditor(_Editor):
    def __init__(self, spec: Spec, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self.check = QCheckBox(self)
        self.box.addWidget(self.check)
        self.box.addStretch(1)
        self.check.clicked.connect(lambda checked: self.committed.emit(bool(checked)))

    def input(self) -> QWidget:
        return self.check

    def set_value(self, value: Any) -> None:
        self.shown = value
        self.check.setChecked(bool(value))
        self.check.setText(self.tr("oui") if value else self.tr("non"))


class _NumberEditor(_Editor):
    def __init__(self, spec: Spec, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self.spin: QSpinBox | QDoubleSpinBox
        if spec.kind == "int":
            self.spin = QSpinBox(self)
            self.spin.setRange(-_INT_LIMIT, _INT_LIMIT)
        else:
            self.spin = QDoubleSpinBox(self)
            self.spin.setRange(-1e15, 1e15)
            self.spin.setDecimals(6)
        self.spin.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.UpDownArrows)
        self.spin.setMaximumWidth(160)
        self.box.addWidget(self.spin)
        self.box.addStretch(1)
        self.spin.editingFinished.connect(self.commit)

    def input(self) -> QWidget:
        return self.spin

    def set_value(self, value: Any) -> None:
        self.shown = value
        if isinstance(self.spin, QDoubleSpinBox):
            frac = repr(float(value)).split(".")[-1] if value is not None else "0"
            self.spin.setDecimals(min(6, max(1, len(frac) if frac.isdigit() else 2)))
        self.spin.setValue(value or 0)

    def is_editing(self) -> bool:
        return self.spin.hasFocus() and self.spin.value() != self.shown

    def commit(self) -> None:
        value = self.spin.value()
        if value != self.shown:
            self.committed.emit(value)


class _DateEditor(_Editor):
    """Date or date-time. The time zone and sub-seconds of the old value are kept; the core writes the
    value back in the file's own format (quotes, T or space, Z)."""

    def __init__(self, spec: Spec, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self.with_time = spec.kind == "datetime"
        self.edit: QDateEdit | QDateTimeEdit
        if self.with_time:
            self.edit = QDateTimeEdit(self)
            self.edit.setTimeZone(QTimeZone(QTimeZone.Initialization.UTC))  # no DST gaps: fields only
            self.edit.setDisplayFormat("dd/MM/yyyy HH:mm:ss")
        else:
            self.edit = QDateEdit(self)
            self.edit.setDisplayFormat("dd/MM/yyyy")
        self.edit.setCalendarPopup(True)
        self.edit.setMinimumDate(QDate(1, 1, 1))
        self.zone = QLabel(self)
        self.zone.setObjectName("zoneLabel")
        self.box.addWidget(self.edit)
        self.box.addWidget(self.zone)
        self.box.addStretch(1)
        self.old: dt.date | None = None
        self.edit.editingFinished.connect(self.commit)
        self.edit.calendarWidget().clicked.connect(self.on_calendar_clicked)

    def input(self) -> QWidget:
        return self.edit

    def set_value(self, value: Any) -> None:
        if isinstance(value, str):
            value = _iso(value)
        self.old = value if isinstance(value, dt.date) else None
        self.shown = self.old
        self.edit.blockSignals(True)
        if isinstance(value, dt.datetime):
            day = QDate(value.year, value.month, value.day)
            clock = QTime(value.hour, value.minute, value.second)
            self.edit.setDateTime(QDateTime(day, clock, QTimeZone(QTimeZone.Initialization.UTC)))
            self.zone.setText(_zone_name(value))
        elif isinstance(value, dt.date):
            self.edit.setDate(QDate(value.year, value.month, value.day))
            self.zone.setText("")
        self.edit.blockSignals(False)

    def current(self, date: QDate | None = None) -> dt.date:
        d = date or self.edit.date()
        if not self.with_time:
            return dt.date(d.year(), d.month(), d.day())
        t = self.edit.time()
        old = self.old if isinstance(self.old, dt.datetime) else None
        return dt.datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), t.second(),
                           old.microsecond if old else 0, tzinfo=old.tzinfo if old else None)  # fmt: skip

    def is_editing(self) -> bool:
        return self.edit.hasFocus() and self.current() != self.shown

    def commit(self) -> None:
        value = self.current()
        if value != self.shown:
            self.committed.emit(value)

    def on_calendar_clicked(self, date: QDate) -> None:
        value = self.current(date)
        if value != self.shown:
            self.committed.emit(value)


def _zone_name(value: dt.datetime) -> str:
    offset = value.utcoffset()
    if offset is None:
        return ""
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "−"
    return f"UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


class _ListEditor(_Editor):
    def __init__(self, spec: Spec, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self.tags = TagEditor(self)
        self.box.addWidget(self.tags)
        self.tags.tags_edited.connect(lambda values: self.committed.emit(list(values)))

    def input(self) -> QWidget:
        return self.tags

    def set_value(self, value: Any) -> None:
        self.shown = list(value or [])
        self.tags.set_tags(self.shown)

    def set_read_only(self, read_only: bool) -> None:
        self.tags.setEnabled(not read_only)


class _AddButton(_Editor):
    """An absent key whose type has no empty state (date, number, bool): one click adds it."""

    def __init__(self, spec: Spec, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self.button = QPushButton(self.tr("＋ Ajouter"), self)
        self.button.setObjectName(f"add:{spec.key}")
        self.button.setToolTip(self.tr("Ajouter la clé « {0} » à cet article").format(spec.key))
        self.button.setFlat(True)
        self.button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.box.addWidget(self.button)
        self.box.addStretch(1)
        self.button.clicked.connect(lambda: self.committed.emit(_default_for(spec.kind)))

    def input(self) -> QWidget:
        return self.button

    def set_value(self, value: Any) -> None:
        pass


def _default_for(kind: str) -> Any:
    if kind == "date":
        return dt.date.today()
    if kind == "datetime":
        return dt.datetime.now().astimezone().replace(microsecond=0)
    return {"bool": False, "int": 0, "float": 0.0}.get(kind, "")


def _make_editor(spec: Spec, parent: QWidget) -> _Editor:
    kind = spec.kind
    editor: _Editor
    if not spec.present and kind in ("bool", "date", "datetime", "int", "float"):
        editor = _AddButton(spec, parent)
    elif kind == "text":
        editor = _TextEditor(spec, parent)
    elif kind == "complex":
        editor = _TextEditor(spec, parent, yaml=True)
    elif kind == "choice":
        editor = _ChoiceEditor(spec, parent)
    elif kind == "bool":
        editor = _BoolEditor(spec, parent)
    elif kind in ("int", "float"):
        editor = _NumberEditor(spec, parent)
    elif kind in ("date", "datetime"):
        editor = _DateEditor(spec, parent)
    elif kind == "list":
        editor = _ListEditor(spec, parent)
    else:
        editor = _LineEditor(spec, parent)
    if not isinstance(editor, _AddButton):
        editor.input().setObjectName(f"field:{spec.key}")
        editor.input().setAccessibleName(spec.key)
    return editor


# --------------------------------------------------------------------------------------------------- removal


class _RemoveButton(QToolButton):
    """The discreet × of a present key: it keeps its place but shows only while its row is hovered or focused."""

    def __init__(self, key: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName(f"remove:{key}")
        self.setText("×")
        self.setAutoRaise(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keyboard uses the context menu (Menu key)
        tip = self.tr("Supprimer le champ « {0} » du front matter").format(key)
        self.setToolTip(tip)
        self.setAccessibleName(tip)
        policy = self.sizePolicy()
        policy.setRetainSizeWhenHidden(True)  # no jump of the label line when it appears
        self.setSizePolicy(policy)
        self.hide()


class _MenuFilter(QObject):
    """Adds "Supprimer le champ" to the context menu of a field's input (its own entries kept for text fields)."""

    def __init__(self, owner: _Row) -> None:
        super().__init__(owner)
        self.owner = owner

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ContextMenu or not isinstance(event, QContextMenuEvent):
            return False
        if self.owner.remove_button is None:
            return False
        target = obj.parent() if isinstance(obj.parent(), QPlainTextEdit) else obj  # a text field's viewport
        if isinstance(target, QLineEdit | QPlainTextEdit):
            menu = target.createStandardContextMenu()
            menu.addSeparator()
        else:
            menu = QMenu(self.owner)
        _exec_remove_menu(menu, self.owner.remove_button, event)
        return True


def _exec_remove_menu(menu: QMenu, button: QToolButton, event: QContextMenuEvent) -> None:
    action = menu.addAction(QApplication.translate("FrontMatterForm", "Supprimer le champ"))
    action.setObjectName("removeFieldAction")
    action.setToolTip(button.toolTip())
    action.triggered.connect(button.click)
    menu.exec(event.globalPos())
    menu.deleteLater()


class _Group(QGroupBox):
    """A mapping (seo…): its children inside; a present one has its × at the right of its title."""

    def __init__(self, spec: Spec, parent: QWidget, removable: bool) -> None:
        super().__init__(spec.label, parent)
        self.spec = spec
        self.setObjectName(f"group:{spec.key}")
        self.remove_button = _RemoveButton(spec.key, self) if removable else None

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        if self.remove_button is not None:
            b = self.remove_button
            b.adjustSize()
            title_middle = self.fontMetrics().height() // 2  # the title sits in the top margin, on the frame line
            b.move(self.width() - b.width() - 6, max(0, title_middle - b.height() // 2))
            b.raise_()

    def enterEvent(self, event: QEnterEvent) -> None:
        super().enterEvent(event)
        if self.remove_button is not None:
            self.remove_button.show()

    def leaveEvent(self, event: QEvent) -> None:
        super().leaveEvent(event)
        if self.remove_button is not None:
            self.remove_button.hide()

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        if self.remove_button is None:
            event.ignore()
            return
        _exec_remove_menu(QMenu(self), self.remove_button, event)


# --------------------------------------------------------------------------------------------------- rows


class _Row(QWidget):
    """Label (and counter) above the input, validation messages under it."""

    def __init__(self, spec: Spec, parent: QWidget, removable: bool = False) -> None:
        super().__init__(parent)
        self.spec = spec
        self.setObjectName(f"row:{spec.key}")
        self.hovered = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        head = QHBoxLayout()
        head.setSpacing(6)
        self.label = QLabel(spec.label, self)
        self.label.setObjectName("fieldLabel")
        self.label.setToolTip(spec.key)
        self.counter = QLabel(self)
        self.counter.setObjectName(f"counter:{spec.key}")
        self.counter.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.counter.setVisible(spec.limit is not None)
        head.addWidget(self.label)
        head.addStretch(1)
        head.addWidget(self.counter)
        self.remove_button = _RemoveButton(spec.key, self) if removable else None
        if self.remove_button is not None:
            self.remove_button.setFixedHeight(self.label.sizeHint().height())  # the label line keeps its height
            head.addWidget(self.remove_button)
        layout.addLayout(head)
        self.editor = _make_editor(spec, self)
        if self.remove_button is not None:
            menu_filter = _MenuFilter(self)
            for widget in [self.editor.input(), *self.editor.input().findChildren(QWidget)]:
                widget.installEventFilter(menu_filter)
        self.label.setBuddy(self.editor.input())
        layout.addWidget(self.editor)
        self.message = QLabel(self)
        self.message.setObjectName(f"message:{spec.key}")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.hide()
        layout.addWidget(self.message)
        self.label.setProperty("absent", not spec.present)
        if not spec.present and isinstance(self.editor.input(), QLineEdit | QPlainTextEdit):
            self.editor.input().setPlaceholderText(self.tr("absent — saisir une valeur pour l'ajouter"))
        elif not spec.present and isinstance(self.editor, _ListEditor):
            self.editor.tags.set_placeholder(self.tr("absent — ajouter une étiquette pour créer la clé"))
        inp = self.editor.input()
        if spec.limit is not None and isinstance(inp, QLineEdit):
            inp.textChanged.connect(self.update_counter)
        elif spec.limit is not None and isinstance(inp, QPlainTextEdit):
            inp.textChanged.connect(self.update_counter)

    def enterEvent(self, event: QEnterEvent) -> None:
        super().enterEvent(event)
        self.hovered = True
        self.update_remove_button()

    def leaveEvent(self, event: QEvent) -> None:
        super().leaveEvent(event)
        self.hovered = False
        self.update_remove_button()

    def update_remove_button(self) -> None:
        if self.remove_button is not None:
            focused = QApplication.focusWidget()
            self.remove_button.setVisible(self.hovered or (focused is not None and self.isAncestorOf(focused)))

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        if self.remove_button is None:
            event.ignore()  # an absent row: the group (if any) may offer its own removal
            return
        _exec_remove_menu(QMenu(self), self.remove_button, event)

    def update_values(self, spec: Spec, force: bool = False) -> None:
        self.spec = spec
        self.editor.spec = spec
        if force or not self.editor.is_editing():
            self.editor.set_value(spec.value)
        self.update_counter()

    def update_counter(self) -> None:
        if self.spec.limit is None:
            return
        inp = self.editor.input()
        text = (
            inp.text() if isinstance(inp, QLineEdit) else inp.toPlainText() if isinstance(inp, QPlainTextEdit) else ""
        )
        over = len(text) > self.spec.limit
        self.counter.setText(f"{len(text)}/{self.spec.limit}")
        if self.counter.property("over") != over:
            for widget in (self.counter, inp):  # the field's border turns red too, while typing
                widget.setProperty("over", over)
                widget.style().unpolish(widget)
                widget.style().polish(widget)
        tip = self.tr("{0} caractères sur {1} au maximum").format(len(text), self.spec.limit)
        self.counter.setToolTip(tip)

    def set_messages(self, messages: list[str]) -> None:
        self.message.setText("\n".join(messages))
        self.message.setVisible(bool(messages))
        self.editor.input().setProperty("invalid", bool(messages))
        self.editor.input().style().unpolish(self.editor.input())
        self.editor.input().style().polish(self.editor.input())


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
        self.rows: dict[str, _Row] = {}
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
            for spec in _walk(specs):
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
        for spec in _walk(specs):
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
            group = _Group(spec, parent, removable)
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
        row = _Row(spec, parent, removable)
        if row.remove_button is not None:
            row.remove_button.clicked.connect(lambda _=False, k=spec.key: self.on_remove_clicked(k))
        read_only = self.read_only or (spec.kind == "complex" and self.parsed is not None
                                       and self.parsed.format != "yaml")  # fmt: skip
        row.editor.set_read_only(read_only)
        row.editor.committed.connect(lambda value, k=spec.key: self.on_field_committed(k, value))
        self.rows[spec.key] = row
        self._set_completions(row)
        return row

    def _set_completions(self, row: _Row) -> None:
        if isinstance(row.editor, _ListEditor):
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


def _walk(specs: list[Spec]) -> Iterable[Spec]:
    for s in specs:
        yield s
        yield from _walk(s.children)


_NAMED = re.compile(r"« ([^»]+) »")


def messages_by_key(findings: list[Finding], spans: dict[str, tuple[int, int]], keys: set[str]) -> dict[str, list[str]]:
    """Validation messages placed under their field: by the value's span, else by the key named in the message."""
    out: dict[str, list[str]] = {}
    ordered = sorted(spans.items(), key=lambda kv: kv[1][1] - kv[1][0])  # innermost first
    for f in findings:
        target = None
        for key, (start, end) in ordered:
            if start <= f.start and f.end <= end and (f.start, f.end) != (start, start):
                target = key
                break
        if target is not None:
            while target not in keys and "." in target:
                target = target.rsplit(".", 1)[0]  # tags.1 → tags
        if target not in keys:
            named = _NAMED.search(f.message)
            target = named.group(1) if named and named.group(1) in keys else None
        if target is not None:
            out.setdefault(target, []).append(f.message)
    return out
