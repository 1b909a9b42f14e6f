"""A list-of-strings editor: one chip per tag (× removes it) and an input with completion from the folder."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, QRect, QSize, QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QCompleter,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLayoutItem,
    QLineEdit,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)


class FlowLayout(QLayout):
    """Lays items left to right and wraps them onto new lines (chips in a narrow dock)."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 4) -> None:
        super().__init__(parent)
        self.items: list[QLayoutItem] = []
        self.gap = spacing
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:
        self.items.append(item)

    def count(self) -> int:
        return len(self.items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self.items[index] if 0 <= index < len(self.items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self.items.pop(index) if 0 <= index < len(self.items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self.items:
            size = size.expandedTo(item.minimumSize())
        m = self.contentsMargins()
        return size + QSize(m.left() + m.right(), m.top() + m.bottom())

    def _arrange(self, rect: QRect, move: bool) -> int:
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        x, y, line_height = area.x(), area.y(), 0
        for item in self.items:
            hint = item.sizeHint()
            widget = item.widget()
            if widget is not None and widget.isHidden():
                continue
            if x + hint.width() > area.right() + 1 and line_height > 0:
                x = area.x()
                y += line_height + self.gap
                line_height = 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + self.gap
            line_height = max(line_height, hint.height())
        return y + line_height - rect.y() + m.bottom()


class TagChip(QFrame):
    remove_clicked = Signal(str)

    def __init__(self, tag: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tag = tag
        self.setObjectName("tagChip")
        self.setAccessibleName(tag)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 1, 2, 1)
        layout.setSpacing(2)
        self.label = QLabel(tag, self)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.remove = QToolButton(self)
        self.remove.setObjectName("removeTag")
        self.remove.setText("×")
        self.remove.setAutoRaise(True)
        self.remove.setCursor(Qt.CursorShape.PointingHandCursor)
        self.remove.setToolTip(self.tr("Retirer « {0} »").format(tag))
        self.remove.setAccessibleName(self.tr("Retirer « {0} »").format(tag))
        layout.addWidget(self.label)
        layout.addWidget(self.remove)
        self.remove.clicked.connect(lambda: self.remove_clicked.emit(self.tag))


class TagEditor(QWidget):
    """Edits a list of strings. tags_edited carries the whole new list after each add or remove."""

    tags_edited = Signal(list)

    STYLE = """
        QFrame#tagChip { background: palette(alternate-base); border: 1px solid palette(mid);
                         border-radius: 10px; }
        QFrame#tagChip QToolButton { border: none; padding: 0 3px; font-weight: bold; }
        QFrame#tagChip QToolButton:hover { color: #c62828; }
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(self.STYLE)
        self.values: list[str] = []
        self.chips_box = QWidget(self)
        self.flow = FlowLayout(self.chips_box)
        self.input = QLineEdit(self)
        self.input.setObjectName("tagInput")
        self.input.setPlaceholderText(self.tr("Ajouter une étiquette…"))
        self.input.setAccessibleName(self.tr("Nouvelle étiquette"))
        self.input.setClearButtonEnabled(True)
        self.completion_model = QStringListModel(self)
        self.completer = QCompleter(self.completion_model, self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.input.setCompleter(self.completer)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.chips_box)
        layout.addWidget(self.input)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.input.returnPressed.connect(self.on_input_return_pressed)
        self.completer.activated.connect(self.on_completer_activated)

    def setFocus(self, *args: Any) -> None:  # noqa: N802 - Qt override: the input is what takes focus
        self.input.setFocus(*args)

    def tags(self) -> list[str]:
        return list(self.values)

    def set_tags(self, values: list[str]) -> None:
        """Show values without emitting tags_edited (used when the raw text changes)."""
        if values == self.values and self.flow.count() == len(values):
            return
        self.values = list(values)
        while self.flow.count():
            item = self.flow.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        for tag in self.values:
            chip = TagChip(tag, self.chips_box)
            chip.remove_clicked.connect(self.remove_tag)
            self.flow.addWidget(chip)
        self.chips_box.setVisible(bool(self.values))
        self.chips_box.updateGeometry()
        self.updateGeometry()

    def set_completions(self, values: list[str]) -> None:
        self.completion_model.setStringList(values)

    def set_placeholder(self, text: str) -> None:
        self.input.setPlaceholderText(text)

    def add_tags(self, typed: str) -> None:
        """Add the comma-separated tags typed; one already there (any case) is not added twice."""
        known = {t.casefold() for t in self.values}
        new = list(self.values)
        for part in typed.split(","):
            tag = part.strip(" \t")  # exactly what was typed: no-break spaces and inner spaces are kept
            if tag and tag.casefold() not in known:
                new.append(tag)
                known.add(tag.casefold())
        self.input.clear()
        if new != self.values:
            self.set_tags(new)
            self.tags_edited.emit(self.tags())

    def remove_tag(self, tag: str) -> None:
        if tag in self.values:
            new = list(self.values)
            new.remove(tag)
            self.set_tags(new)
            self.tags_edited.emit(self.tags())
            self.input.setFocus()

    def on_input_return_pressed(self) -> None:
        popup = self.completer.popup()
        if popup is not None and popup.isVisible():
            return  # the completer's activated signal adds it
        self.add_tags(self.input.text())

    def on_completer_activated(self, text: str) -> None:
        self.add_tags(text)
