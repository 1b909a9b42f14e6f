"""Scroll sync between the raw editor and the preview, both ways, and a click in the preview → source line.

The raw editor leads: any scroll of it (wheel, keys, cursor moves, a jump to a finding) moves the preview
to the block rendered from its first visible line. The preview leads only when the reader scrolls it
(QAbstractSlider.actionTriggered is emitted for user actions, never for setValue), so a re-render of the
preview cannot drag the editor along. A guard flag stops each side echoing the other.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QTextCursor


class ScrollSync(QObject):
    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.raw = window.raw_editor
        self.preview = window.preview
        self.enabled = True
        self._following = False  # True while one side is being moved to match the other
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.raw.verticalScrollBar().valueChanged.connect(self.on_raw_scrolled)
        self.preview.verticalScrollBar().actionTriggered.connect(self.on_preview_scroll_action)
        self.preview.source_line_clicked.connect(self.on_preview_source_line_clicked)
        self.window.preview_rendered.connect(self.sync_preview_to_raw)

    def on_raw_scrolled(self, _value: int) -> None:
        if not self._following:
            self.sync_preview_to_raw()

    def sync_preview_to_raw(self) -> None:
        """Put the block rendered from the editor's first visible line at the top of the preview."""
        if not self.enabled or self._following:
            return
        self._following = True
        try:
            if self.raw.verticalScrollBar().value() == 0:
                self.preview.verticalScrollBar().setValue(0)  # the front matter card and title stay in view
            else:
                self.preview.scroll_to_line(self.raw.first_visible_line())
        finally:
            self._following = False

    def on_preview_scroll_action(self, _action: int) -> None:
        # The slider position is updated but not yet its value: act once the event is done.
        QTimer.singleShot(0, self.sync_raw_to_preview)

    def sync_raw_to_preview(self) -> None:
        """Scroll the editor to the source line of the block at the top of the preview."""
        if not self.enabled or self._following:
            return
        line = self.preview.line_at(1)
        if line is None:
            return
        self._following = True
        try:
            self.raw.scroll_to_line(line)
        finally:
            self._following = False

    def on_preview_source_line_clicked(self, line: int) -> None:
        """A click in the preview puts the editor's cursor at the start of that source line."""
        block = self.raw.document().findBlockByNumber(max(0, line - 1))
        if not block.isValid():
            return
        self._following = True
        try:
            cursor = self.raw.textCursor()
            cursor.setPosition(block.position())
            cursor.movePosition(QTextCursor.MoveOperation.StartOfBlock)
            self.raw.setTextCursor(cursor)
            self.raw.scroll_to_line(line)
        finally:
            self._following = False
