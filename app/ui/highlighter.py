"""Syntax colouring of the raw view (Markdown, YAML front matter) and finding underlines."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Any

from PySide6.QtGui import QColor, QFont, QSyntaxHighlighter, QTextCharFormat, QTextDocument

from app.ui.offsets import Utf16Map

IN_FRONT_MATTER = 1
IN_FENCE = 2
AFTER_FRONT_MATTER = 3


@dataclass(frozen=True, slots=True)
class Mark:
    """A finding placed in the document, in UTF-16 positions."""

    start: int
    end: int
    kind: str
    finding: Any


def _fmt(color: str = "", bold: bool = False, italic: bool = False, mono: bool = False) -> QTextCharFormat:
    f = QTextCharFormat()
    if color:
        f.setForeground(QColor(color))
    if bold:
        f.setFontWeight(QFont.Weight.Bold)
    if italic:
        f.setFontItalic(True)
    if mono:
        f.setFontFixedPitch(True)
    return f


class Highlighter(QSyntaxHighlighter):
    RULES = (
        (re.compile(r"^\s{0,3}#{1,6}\s.*$"), _fmt("#1f4e8c", bold=True)),
        (re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"), _fmt(bold=True)),
        (re.compile(r"(?<![*\w])([*_])(?=\S)([^*_]+?)(?<=\S)\1(?![*\w])"), _fmt(italic=True)),
        (re.compile(r"`[^`]+`"), _fmt("#8a3b12", mono=True)),
        (re.compile(r"!?\[[^\]]*\]\([^)]*\)"), _fmt("#2e6b30")),
        (re.compile(r"<[^>]+>"), _fmt("#7a7a7a")),
        (re.compile(r"^\s{0,3}(?:[*+-]|\d+[.)])\s"), _fmt("#8a5a00", bold=True)),
        (re.compile(r"^\s{0,3}>.*$"), _fmt("#5b5b5b", italic=True)),
    )
    FENCE = re.compile(r"^\s{0,3}(`{3,}|~{3,})")
    YAML_KEY = re.compile(r"^(\s*-?\s*)([\w.\-]+)(\s*:)")
    YAML_COMMENT = re.compile(r"(^|\s)#.*$")

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self.marks: list[Mark] = []
        self.starts: list[int] = []
        self.max_len = 0
        self.fence_fmt = _fmt("#8a3b12", mono=True)
        self.fm_fmt = _fmt("#6d6552")
        self.key_fmt = _fmt("#7b3f9e", bold=True)
        self.comment_fmt = _fmt("#8c8c8c", italic=True)
        self.kind_formats = self._kind_formats()
        self.block_map: Utf16Map | None = None

    @staticmethod
    def _kind_formats() -> dict[str, QTextCharFormat]:
        def underline(color: str, style: QTextCharFormat.UnderlineStyle, bg: str = "") -> QTextCharFormat:
            f = QTextCharFormat()
            f.setUnderlineStyle(style)
            f.setUnderlineColor(QColor(color))
            if bg:
                f.setBackground(QColor(bg))
            return f

        wave = QTextCharFormat.UnderlineStyle.WaveUnderline
        dots = QTextCharFormat.UnderlineStyle.DotLine
        return {
            "spelling": underline("#d32f2f", wave),
            "mojibake": underline("#b26a00", QTextCharFormat.UnderlineStyle.SingleUnderline, "#ffe9b0"),
            "mojibake-residue": underline("#c2185b", wave, "#fbd3e3"),
            "frontmatter": underline("#e65100", wave),
            "typography": underline("#1565c0", dots),
        }

    def set_marks(self, marks: list[Mark]) -> None:
        """Replace the findings shown; only the blocks whose marks changed are re-coloured."""
        old = self.marks
        self.marks = sorted(marks, key=lambda m: (m.start, m.end))
        self.starts = [m.start for m in self.marks]
        self.max_len = max((m.end - m.start for m in self.marks), default=0)
        changed = set(old).symmetric_difference(self.marks)
        doc = self.document()
        if doc is None:
            return
        blocks: set[int] = set()
        for m in changed:
            first = doc.findBlock(m.start)
            last = doc.findBlock(max(m.start, m.end - 1))
            if not first.isValid():
                continue
            b = first
            while b.isValid():
                blocks.add(b.blockNumber())
                if b == last or b.blockNumber() >= last.blockNumber():
                    break
                b = b.next()
        if len(blocks) > 2000:
            self.rehighlight()
            return
        for n in sorted(blocks):
            block = doc.findBlockByNumber(n)
            if block.isValid():
                self.rehighlightBlock(block)

    def marks_at(self, position: int) -> list[Mark]:
        i = bisect.bisect_right(self.starts, position)
        lo = bisect.bisect_left(self.starts, position - self.max_len)
        return [m for m in self.marks[lo:i] if m.start <= position < m.end or m.start == position]

    def _span(self, start: int, end: int, fmt: QTextCharFormat) -> None:
        """setFormat for a code-point span of the block text (Qt counts UTF-16 units: emoji take two)."""
        m = self.block_map
        if m is not None:
            start, end = m.to_utf16(start), m.to_utf16(end)
        self.setFormat(start, end - start, fmt)

    def highlightBlock(self, text: str) -> None:
        block = self.currentBlock()
        prev = self.previousBlockState()
        number = block.blockNumber()
        stripped = text.rstrip()
        self.block_map = None if text.isascii() else Utf16Map(text)
        n16 = block.length() - 1  # the block's length in UTF-16 units (len(text) counts code points)
        if number == 0 and stripped in ("---", "+++"):
            self.setFormat(0, n16, self.fm_fmt)
            self.setCurrentBlockState(IN_FRONT_MATTER)
        elif prev == IN_FRONT_MATTER:
            if stripped in ("---", "+++", "..."):
                self.setFormat(0, n16, self.fm_fmt)
                self.setCurrentBlockState(AFTER_FRONT_MATTER)
            else:
                self._yaml(text)
                self.setCurrentBlockState(IN_FRONT_MATTER)
        elif prev == IN_FENCE:
            self.setFormat(0, n16, self.fence_fmt)
            self.setCurrentBlockState(-1 if self.FENCE.match(text) else IN_FENCE)
        elif self.FENCE.match(text):
            self.setFormat(0, n16, self.fence_fmt)
            self.setCurrentBlockState(IN_FENCE)
        else:
            self.setCurrentBlockState(AFTER_FRONT_MATTER if prev == AFTER_FRONT_MATTER else -1)
            for rx, fmt in self.RULES:
                for m in rx.finditer(text):
                    self._span(m.start(), m.end(), fmt)
        self._underline(block.position(), n16)

    def _yaml(self, text: str) -> None:
        m = self.YAML_KEY.match(text)
        if m:
            self._span(m.start(2), m.end(2), self.key_fmt)
        c = self.YAML_COMMENT.search(text)
        if c and text.count('"', 0, c.start()) % 2 == 0 and text.count("'", 0, c.start()) % 2 == 0:
            self._span(c.start(), c.end(), self.comment_fmt)

    def _underline(self, block_pos: int, length: int) -> None:
        if not self.marks:
            return
        end = block_pos + length
        lo = bisect.bisect_left(self.starts, block_pos - self.max_len)
        hi = bisect.bisect_left(self.starts, end)
        for m in self.marks[lo:hi]:
            if m.end <= block_pos:
                continue
            s = max(m.start, block_pos) - block_pos
            e = min(m.end, end) - block_pos
            extra = self.kind_formats.get(m.kind, self.kind_formats["spelling"])
            for k in range(s, e):  # keep each character's Markdown colour under the underline
                f = QTextCharFormat(self.format(k))
                f.merge(extra)
                self.setFormat(k, 1, f)
