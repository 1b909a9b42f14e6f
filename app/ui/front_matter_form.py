"""The front-matter form (built from the article's metadata)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QWidget


class FrontMatterForm(QWidget):
    # dotted key → new value; the main window applies it to the raw text (undoable)
    value_edited = Signal(str, object)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("frontMatterForm")
        self.layout_ = QFormLayout(self)
        self.message = QLabel(self)
        self.layout_.addRow(self.message)

    def set_text(self, text: str) -> None:
        from app.core import frontmatter

        parsed = frontmatter.parse(text)
        self.message.setText(str(parsed.error) if parsed.error else "")
