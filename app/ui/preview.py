"""The rendered page: a QTextBrowser that never touches the network and never runs anything."""

from __future__ import annotations

import base64
import re
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint, QUrl, Signal
from PySide6.QtGui import QImage, QMouseEvent, QTextDocument
from PySide6.QtWidgets import QTextBrowser

_LINE_ANCHOR = re.compile(r'<a name="L(\d+)">')


class Preview(QTextBrowser):
    """Shows app.core.render output. Local images load only from inside the article's folder."""

    source_line_clicked = Signal(int)  # 1-based line of the Markdown source

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("preview")
        self.setAccessibleName(self.tr("Aperçu de l'article"))
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.folder: Path | None = None
        self.anchor_lines: list[int] = []

    def set_html(self, html: str, folder: Path | None) -> None:
        self.folder = folder.resolve() if folder else None
        bar = self.verticalScrollBar()
        keep = bar.value()
        self.setHtml(html)
        bar.setValue(keep)
        # The line anchors app.core.render wrote (read from the HTML: walking the document's fragments cost more).
        self.anchor_lines = sorted({int(n) for n in _LINE_ANCHOR.findall(html)})

    def loadResource(self, kind: int, url: QUrl | str) -> Any:
        url = QUrl(url)
        scheme = url.scheme().lower()
        if scheme == "data":
            return _data_image(url.toString())
        if scheme in ("", "file") and self.folder is not None and kind == QTextDocument.ResourceType.ImageResource:
            raw = url.toLocalFile() if scheme == "file" else url.path()
            target = (self.folder / raw).resolve()
            if target.is_relative_to(self.folder) and target.is_file():
                image = QImage(str(target))
                if not image.isNull():
                    return image
        return None  # remote, outside the folder, or not an image: nothing is loaded

    # --- scroll sync ------------------------------------------------------------------------------
    def scroll_to_line(self, line: int) -> None:
        """Scroll so the block rendered from source line `line` (or the closest one before it) is at the top."""
        import bisect

        i = bisect.bisect_right(self.anchor_lines, line) - 1
        if i >= 0:
            self.scrollToAnchor(f"L{self.anchor_lines[i]}")
        else:
            self.verticalScrollBar().setValue(0)

    def line_at(self, y: int) -> int | None:
        """Source line of the block shown at viewport height y."""
        cursor = self.cursorForPosition(QPoint(4, y))
        return self._line_before(cursor.position())

    def _line_before(self, position: int) -> int | None:
        block = self.document().findBlock(position)
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                frag = it.fragment()
                for name in frag.charFormat().anchorNames():
                    if name.startswith("L") and name[1:].isdigit():
                        return int(name[1:])
                it += 1
            block = block.previous()
        return None

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if not self.textCursor().hasSelection():
            line = self._line_before(self.cursorForPosition(event.position().toPoint()).position())
            if line is not None:
                self.source_line_clicked.emit(line)


def _data_image(url: str) -> QImage | None:
    head, _, payload = url.partition(",")
    if not head.lower().startswith("data:image/") or ";base64" not in head.lower():
        return None
    try:
        raw = base64.b64decode(payload, validate=False)
    except ValueError:
        return None
    image = QImage()
    return image if image.loadFromData(raw) else None
