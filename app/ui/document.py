"""One open article: its file on disk (core Article) and its edit buffer (QTextDocument with undo)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QPlainTextDocumentLayout

from app.core import article as core_article
from app.core import textio
from app.core.findings import Finding
from app.ui.highlighter import LAZY_CHARS, Highlighter, Mark
from app.ui.offsets import Utf16Map

QT_BLOCK_BREAKS = "\r\u2029\ufdd0\ufdd1"  # setPlainText makes line breaks of these characters


def document_text(doc: QTextDocument) -> str:
    """The exact text of a document. toPlainText() would turn no-break spaces into spaces: never use it."""
    return doc.toRawText().replace("\u2029", "\n")


class Document(QObject):
    """An article being edited. Its text uses \\n; the file's newline style is restored on save."""

    dirty_changed = Signal(bool)
    findings_changed = Signal()

    def __init__(self, art: core_article.Article, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.article = art
        self.path: Path = art.path
        self.qdoc = QTextDocument(self)
        self._text_cache: tuple[int, str] | None = None
        self.qdoc.setDocumentLayout(QPlainTextDocumentLayout(self.qdoc))
        text = textio.to_lf(art.text)
        if len(text) > LAZY_CHARS:
            # Big article: the highlighter comes first, on the empty document, and the text is set behind its
            # back, so Qt schedules no colouring pass over every line (seconds for 4 MB); lines on screen are
            # coloured as they are shown (Highlighter.highlight_visible).
            self.highlighter = Highlighter(self.qdoc)
            self.qdoc.blockSignals(True)
            self.qdoc.setPlainText(text)
            self.qdoc.blockSignals(False)
            self.highlighter.document_loaded(text)
        else:
            # Coloured at once, not on Qt's deferred pass, whose colour changes would look like an edit.
            self.highlighter = Highlighter(self.qdoc)
            self.qdoc.blockSignals(True)
            self.qdoc.setPlainText(text)
            self.qdoc.blockSignals(False)
            self.highlighter.document_loaded(text)
            self.highlighter.colour_all()
        self.qdoc.setModified(False)
        self.qdoc.clearUndoRedoStacks()
        if not any(c in text for c in QT_BLOCK_BREAKS):
            # Read back, the text is the one just set (Qt turns only these characters into line breaks): no
            # need to read 4 MB out of Qt again.
            self._text_cache = (self.revision(), text)
        self.findings: list[Finding] = []
        self.findings_map: Utf16Map | None = None
        self.findings_revision = -1
        self.deleted = False  # the file vanished from disk while open
        self.convert_to_utf8 = False
        self.qdoc.modificationChanged.connect(self.dirty_changed)

    @property
    def dirty(self) -> bool:
        return self.qdoc.isModified() or self.convert_to_utf8

    def text(self) -> str:
        # Kept per text revision: a 4 MB article took 50 ms to read out of Qt, five times at opening.
        revision = self.revision()
        cached = self._text_cache
        if cached is not None and cached[0] == revision:
            return cached[1]
        text = document_text(self.qdoc)
        self._text_cache = (revision, text)
        return text

    def disk_text(self) -> str:
        """The text as it will be written: the file's newline style, untouched lines byte for byte."""
        return textio.restore_newlines(self.text(), self.article.text, self.article.newline)

    def revision(self) -> int:
        """Changes with the text (edits, undo, reload), not with colouring (unlike QTextDocument.revision())."""
        return self.highlighter.text_revision

    def save(self) -> None:
        """Write to disk atomically. Raises core_article.ArticleError (the buffer is kept as is)."""
        encoding = "utf-8" if self.convert_to_utf8 else None
        # A UTF-16/32 byte-order mark has no meaning once the file is UTF-8: drop it; a UTF-8 BOM stays.
        bom = self.article.bom and self.article.encoding == "utf-8" if self.convert_to_utf8 else None
        self.article = core_article.save(self.article, self.disk_text(), encoding=encoding, bom=bom)
        self.convert_to_utf8 = False
        self.deleted = False
        self.qdoc.setModified(False)

    def save_as(self, path: Path) -> None:
        from dataclasses import replace

        self.article = replace(self.article, path=path)
        self.path = path
        self.save()

    def reload(self, art: core_article.Article) -> None:
        """Replace the buffer with the file's new content, as one undoable step."""
        from PySide6.QtGui import QTextCursor

        self.article = art
        cursor = QTextCursor(self.qdoc)
        cursor.beginEditBlock()
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.insertText(textio.to_lf(art.text))
        cursor.endEditBlock()
        self.qdoc.setModified(False)

    def set_findings(self, findings: list[Finding], text: str, revision: int) -> None:
        """Findings computed on `text` (a snapshot at `revision`); ignored if the buffer moved on."""
        if revision != self.revision():
            return
        self.findings = findings
        self.findings_map = Utf16Map(text)
        self.findings_revision = revision
        m = self.findings_map
        self.highlighter.set_marks([Mark(m.to_utf16(f.start), m.to_utf16(f.end), f.kind, f) for f in findings])
        self.findings_changed.emit()

    def show_partial_findings(self, findings: list[Finding], offset: int, text: str, revision: int) -> None:
        """Underline findings of a slice of `text` (starting at `offset`) until the whole check arrives."""
        if revision != self.revision() or self.findings_revision >= 0:
            return
        # Positions up to the slice's last finding only: the same as for the whole text, without a 4 MB scan.
        m = Utf16Map(text[: offset + max((f.end for f in findings), default=0)])
        self.highlighter.set_marks(
            [Mark(m.to_utf16(f.start + offset), m.to_utf16(f.end + offset), f.kind, f) for f in findings]
        )

    def qt_span(self, finding: Finding) -> tuple[int, int]:
        """UTF-16 positions of a finding of the current findings list."""
        m = self.findings_map or Utf16Map(self.text())
        return m.to_utf16(finding.start), m.to_utf16(finding.end)

    def replace_span(self, start: int, end: int, replacement: str) -> None:
        """Replace code-point span [start, end) of the current text, as one undoable edit."""
        from PySide6.QtGui import QTextCursor

        m = Utf16Map(self.text())
        cursor = QTextCursor(self.qdoc)
        cursor.setPosition(m.to_utf16(start))
        cursor.setPosition(m.to_utf16(end), QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(replacement)

    def replace_all(self, spans: list[tuple[int, int, str]]) -> None:
        """Replace several code-point spans as ONE undo step (applied from the last to the first)."""
        from PySide6.QtGui import QTextCursor

        m = Utf16Map(self.text())
        cursor = QTextCursor(self.qdoc)
        cursor.beginEditBlock()
        for start, end, rep in sorted(spans, key=lambda s: s[0], reverse=True):
            cursor.setPosition(m.to_utf16(start))
            cursor.setPosition(m.to_utf16(end), QTextCursor.MoveMode.KeepAnchor)
            cursor.insertText(rep)
        cursor.endEditBlock()
