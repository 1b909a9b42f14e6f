"""The raw text editor: monospace, line numbers, current-line highlight."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QRect, QSize, Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase, QPainter, QPaintEvent, QResizeEvent, QTextFormat
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QWidget


class _LineNumbers(QWidget):
    def __init__(self, editor: RawEditor) -> None:
        super().__init__(editor)
        self.editor = editor

    def sizeHint(self) -> QSize:
        return QSize(self.editor.line_number_width(), 0)

    def paintEvent(self, event: QPaintEvent) -> None:
        self.editor.paint_line_numbers(event)


class RawEditor(QPlainTextEdit):
    """Plain-text editor for the article source. Positions are Qt's (UTF-16); see ui/offsets.py."""

    # Emitted with the standard context menu and the UTF-16 position under the mouse, before it shows:
    # slots may insert actions (spelling suggestions) at the top.
    context_menu_about_to_show = Signal(object, int)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("rawEditor")
        self.setAccessibleName(self.tr("Texte source de l'article"))
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setTabChangesFocus(False)
        self.numbers = _LineNumbers(self)
        self.blockCountChanged.connect(self._update_margin)
        self.updateRequest.connect(self._on_update_request)
        self.cursorPositionChanged.connect(self._highlight_current_line)
        self.finding_selections: list[QTextEdit.ExtraSelection] = []
        self.set_editor_font("", 11)
        self._update_margin()

    def set_editor_font(self, family: str, size: int) -> None:
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        if family:
            font.setFamily(family)
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSize(size)
        self.setFont(font)
        self.numbers.setFont(font)
        self._update_margin()

    # --- line numbers -------------------------------------------------------------------------------
    def line_number_width(self) -> int:
        digits = max(3, len(str(max(1, self.blockCount()))))
        return 12 + self.fontMetrics().horizontalAdvance("9") * digits

    def _update_margin(self, *_: Any) -> None:
        width = self.line_number_width()
        if width != self.viewportMargins().left():  # re-laying out the same margins took ms per repaint
            self.setViewportMargins(width, 0, 0, 0)

    def _on_update_request(self, rect: QRect, dy: int) -> None:
        if dy:
            self.numbers.scroll(0, dy)
        else:
            self.numbers.update(0, rect.y(), self.numbers.width(), rect.height())
        if rect.contains(self.viewport().rect()):
            self._update_margin()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        cr = self.contentsRect()
        self.numbers.setGeometry(QRect(cr.left(), cr.top(), self.line_number_width(), cr.height()))

    def paint_line_numbers(self, event: QPaintEvent) -> None:
        painter = QPainter(self.numbers)
        pal = self.palette()
        painter.fillRect(event.rect(), pal.alternateBase())
        block = self.firstVisibleBlock()
        number = block.blockNumber()
        top = round(self.blockBoundingGeometry(block).translated(self.contentOffset()).top())
        bottom = top + round(self.blockBoundingRect(block).height())
        current = self.textCursor().blockNumber()
        height = self.fontMetrics().height()
        while block.isValid() and top <= event.rect().bottom():
            if block.isVisible() and bottom >= event.rect().top():
                color = pal.text().color() if number == current else pal.placeholderText().color()
                painter.setPen(color)
                painter.drawText(0, top, self.numbers.width() - 6, height, Qt.AlignmentFlag.AlignRight, str(number + 1))
            block = block.next()
            top = bottom
            bottom = top + round(self.blockBoundingRect(block).height())
            number += 1
        painter.end()

    # --- current line -------------------------------------------------------------------------------
    def _highlight_current_line(self) -> None:
        sel = QTextEdit.ExtraSelection()
        color = self.palette().highlight().color()
        color.setAlpha(28)
        sel.format.setBackground(color)
        sel.format.setProperty(QTextFormat.Property.FullWidthSelection, True)
        sel.cursor = self.textCursor()
        sel.cursor.clearSelection()
        self.setExtraSelections([sel, *self.finding_selections])

    def set_finding_selections(self, selections: list[QTextEdit.ExtraSelection]) -> None:
        self.finding_selections = selections
        self._highlight_current_line()

    def goto_position(self, position: int, anchor: int | None = None) -> None:
        """Select [anchor, position) (UTF-16 positions) and make it visible."""
        cursor = self.textCursor()
        cursor.setPosition(anchor if anchor is not None else position)
        if anchor is not None:
            cursor.setPosition(position, cursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.centerCursor()

    def first_visible_line(self) -> int:
        return self.firstVisibleBlock().blockNumber() + 1

    def scroll_to_line(self, line: int) -> None:
        block = self.document().findBlockByNumber(max(0, line - 1))
        if block.isValid():
            bar = self.verticalScrollBar()
            bar.setValue(block.firstLineNumber())

    def contextMenuEvent(self, event: Any) -> None:
        menu = self.createStandardContextMenu(event.pos())
        position = self.cursorForPosition(event.pos()).position()
        self.context_menu_about_to_show.emit(menu, position)
        menu.exec(event.globalPos())
        menu.deleteLater()
