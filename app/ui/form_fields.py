"""The front-matter form's fields: one editor per kind of value, its row (label, counter, messages, ×) and the
group of a mapping. An editor emits committed(value) only when the value differs from the one it shows.
"""

from __future__ import annotations

import datetime as dt
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
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.ui.document import document_text
from app.ui.form_specs import FLOAT_LIMIT, INT_LIMIT, Spec, YamlText, iso_value
from app.ui.tag_editor import TagEditor

# --------------------------------------------------------------------------------------------------- editors


def field_text(widget: QWidget) -> str:
    """The exact text of a text input: the one way every field reads what it holds. A QTextDocument's
    toPlainText() turns no-break spaces into spaces; document_text() keeps every character."""
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        return document_text(widget.document())
    return ""


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
        if field_text(self.edit) != self.shown:
            self.edit.setPlainText(self.shown)

    def is_editing(self) -> bool:
        return self.edit.hasFocus() and field_text(self.edit) != self.shown

    def commit(self) -> None:
        text = field_text(self.edit)
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
        self.shown_text: str | None = None
        if spec.kind == "int":
            self.spin = QSpinBox(self)
            self.spin.setRange(-INT_LIMIT, INT_LIMIT)
        else:
            self.spin = QDoubleSpinBox(self)
            self.spin.setRange(-FLOAT_LIMIT, FLOAT_LIMIT)
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
        self.shown_text = self.spin.text()  # what the user has not changed while the spin box shows it

    def is_editing(self) -> bool:
        return self.spin.hasFocus() and self.spin.text() != self.shown_text

    def commit(self) -> None:
        if self.spin.text() == self.shown_text:
            return
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
            value = iso_value(value)
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


class ListEditor(_Editor):
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
        editor = ListEditor(spec, parent)
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

    def __init__(self, owner: FieldRow) -> None:
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


class FieldGroup(QGroupBox):
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


class FieldRow(QWidget):
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
        elif not spec.present and isinstance(self.editor, ListEditor):
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
        text = field_text(inp)
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
