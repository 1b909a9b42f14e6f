"""Syntax colouring of the raw view (Markdown, YAML front matter) and finding underlines."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QPoint, QTimer
from PySide6.QtGui import QColor, QFont, QSyntaxHighlighter, QTextBlock, QTextCharFormat, QTextDocument

from app.ui.offsets import Utf16Map
from app.ui.theme import is_dark

# Block states: what the next line continues (kept in QTextBlock.userState).
NORMAL = 0
IN_FRONT_MATTER = 1
IN_FENCE = 2
AFTER_FRONT_MATTER = NORMAL  # kept for old callers: after the front matter, lines are plain Markdown
PENDING = 0x10  # big documents: the block's state is known but it is not coloured yet (see LAZY_CHARS)
BASE_BITS = 0xF
GEN_SHIFT = 8  # big documents: bits above hold the marks generation the block was coloured with
GEN_MASK = 0xFFFFF
# Above this size (UTF-16 units) only the blocks brought on screen are coloured: colouring 35,000 blocks of a
# 4 MB article in Python took seconds at opening. Every block still gets its state (fences, front matter).
LAZY_CHARS = 400_000
# Big documents: new marks changing fewer spans than this re-colour only their lines (the first screenful's
# marks at opening), more make every line stale (coloured again when shown).
LAZY_FEW_CHANGES = 500
_ASTRAL = re.compile("[\U00010000-\U0010FFFF]")
_FENCE_LINE = re.compile(r"^[ \t]{0,3}(?:`{3,}|~{3,})", re.MULTILINE)


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
    # Markdown colours on a light page, and lighter tints of them on the dark palette.
    LIGHT = {"heading": "#1f4e8c", "code": "#8a3b12", "link": "#2e6b30", "html": "#7a7a7a", "list": "#8a5a00",
             "quote": "#5b5b5b", "fm": "#6d6552", "key": "#7b3f9e", "comment": "#8c8c8c"}  # fmt: skip
    DARK = {"heading": "#82b1ff", "code": "#ffab76", "link": "#8fd18f", "html": "#a8a8a8", "list": "#e6b450",
            "quote": "#b8b8b8", "fm": "#c9bf9f", "key": "#d7a6f0", "comment": "#9c9c9c"}  # fmt: skip
    PATTERNS = (
        (re.compile(r"^\s{0,3}#{1,6}\s.*$"), "heading", {"bold": True}),
        (re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"), "", {"bold": True}),
        (re.compile(r"(?<![*\w])([*_])(?=\S)([^*_]+?)(?<=\S)\1(?![*\w])"), "", {"italic": True}),
        (re.compile(r"`[^`]+`"), "code", {"mono": True}),
        (re.compile(r"!?\[[^\]]*\]\([^)]*\)"), "link", {}),
        (re.compile(r"<[^>]+>"), "html", {}),
        (re.compile(r"^\s{0,3}(?:[*+-]|\d+[.)])\s"), "list", {"bold": True}),
        (re.compile(r"^\s{0,3}>.*$"), "quote", {"italic": True}),
    )
    FENCE = re.compile(r"^\s{0,3}(`{3,}|~{3,})")
    YAML_KEY = re.compile(r"^(\s*-?\s*)([\w.\-]+)(\s*:)")
    YAML_COMMENT = re.compile(r"(^|\s)#.*$")

    def __init__(self, document: QTextDocument) -> None:
        # Our edit tracking must see each change before Qt re-colours the edited block: connect it first.
        super().__init__(None)
        document.contentsChange.connect(self._on_contents_change)
        self.setParent(document)
        self.marks: list[Mark] = []
        self.starts: list[int] = []
        self.max_len = 0
        colors = self.DARK if is_dark() else self.LIGHT
        self.rules = [(rx, _fmt(colors.get(name, ""), **style)) for rx, name, style in self.PATTERNS]
        self.fence_fmt = _fmt(colors["code"], mono=True)
        self.fm_fmt = _fmt(colors["fm"])
        self.key_fmt = _fmt(colors["key"], bold=True)
        self.comment_fmt = _fmt(colors["comment"], italic=True)
        self.kind_formats = self._kind_formats()
        self.block_map: Utf16Map | None = None
        # Edits since the marks were set: [0, edit_lo) and the last edit_tail units are untouched, so
        # marks there still hold (shifted for the tail); marks in between are stale until the next set_marks.
        self.marks_len = document.characterCount()
        self.edit_lo: int | None = None
        self.edit_tail = 0
        # Counts changes of the text only: QTextDocument.revision() also moves when a line is re-coloured, which
        # made check results look stale (and dropped) whenever colouring happened while a check ran.
        self.text_revision = 0
        self._colouring = False
        self.lazy = self.marks_len > LAZY_CHARS
        self._runs: list[tuple[int, int, QTextCharFormat]] = []  # formats set in the current block, in order
        self._force_block = -1
        self.generation = 1  # big documents: bumped by set_marks; blocks coloured earlier are redone on screen
        self.editor: Any = None  # the last editor showing this document (highlight_visible)
        self._in_visible = False
        self.setDocument(document)

    @staticmethod
    def _kind_formats() -> dict[str, QTextCharFormat]:
        def underline(color: str, style: QTextCharFormat.UnderlineStyle, bg: str = "") -> QTextCharFormat:
            f = QTextCharFormat()
            f.setUnderlineStyle(style)
            f.setUnderlineColor(QColor(color))
            if bg:
                f.setBackground(QColor(bg))
                f.setForeground(QColor("#1a1a1a"))  # readable on the pale tint whatever the palette
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

    # --- edits and marks --------------------------------------------------------------------------
    def _on_contents_change(self, position: int, removed: int, added: int) -> None:
        doc = self.document()
        if doc is None:
            return
        length = doc.characterCount()
        was_lazy, self.lazy = self.lazy, length > LAZY_CHARS
        if was_lazy and not self.lazy:
            QTimer.singleShot(0, self, self.colour_all)  # shrunk: colour every line, as for small documents
        if self._colouring:
            return  # formats only (our own colouring), not an edit of the text
        self.text_revision += 1
        tail = max(0, length - (position + added))
        if self.edit_lo is None:
            self.edit_lo, self.edit_tail = position, tail
        else:
            self.edit_lo = min(self.edit_lo, position)
            self.edit_tail = min(self.edit_tail, tail)

    def _current(self) -> tuple[int, int, int]:
        """(head end, tail start in the current text, shift of the tail) for the marks' coordinates."""
        doc = self.document()
        length = doc.characterCount() if doc is not None else self.marks_len
        if self.edit_lo is None:
            return length, length, 0
        delta = length - self.marks_len
        return self.edit_lo, max(self.edit_lo, length - self.edit_tail), delta

    def _marks_between(self, start: int, end: int) -> list[Mark]:
        """Marks overlapping [start, end) of the current text, in its coordinates (stale ones left out)."""
        if not self.marks:
            return []
        head, tail, delta = self._current()
        found: list[Mark] = []
        a, b = start, min(end, head)
        if a < b:
            lo = bisect.bisect_left(self.starts, a - self.max_len)
            hi = bisect.bisect_left(self.starts, b)
            found.extend(m for m in self.marks[lo:hi] if m.end > a and m.end <= head)
        a = max(start, tail)
        if a < end:
            lo = bisect.bisect_left(self.starts, a - delta - self.max_len)
            hi = bisect.bisect_left(self.starts, end - delta)
            for m in self.marks[lo:hi]:
                if m.start + delta >= tail and m.end + delta > a:
                    found.append(m if not delta else Mark(m.start + delta, m.end + delta, m.kind, m.finding))
        return found

    def set_marks(self, marks: list[Mark]) -> None:
        """Replace the findings shown; only the blocks whose marks changed are re-coloured.

        Big documents (lazy): the blocks on screen are re-coloured now, the others when they are shown.
        """
        doc = self.document()
        if self.lazy and doc is not None:
            old_keys = {(m.start, m.end, m.kind) for m in self.marks} if self.edit_lo is None else None
            self.marks = sorted(marks, key=lambda m: (m.start, m.end))
            self.starts = [m.start for m in self.marks]
            self.max_len = max((m.end - m.start for m in self.marks), default=0)
            self.edit_lo, self.edit_tail = None, 0
            self.marks_len = doc.characterCount()
            spans = None if old_keys is None else old_keys.symmetric_difference((m.start, m.end, m.kind)
                                                                                 for m in self.marks)  # fmt: skip
            if spans is not None and len(spans) <= LAZY_FEW_CHANGES:
                self._make_stale(doc, spans)  # the other coloured lines keep their underlines: still right
            else:
                self.generation = (self.generation + 1) & GEN_MASK or 1
            if self.editor is not None:
                self.highlight_visible(self.editor)
            return
        head, tail, delta = self._current()
        if self.edit_lo is None:
            old_keys = {(m.start, m.end, m.kind) for m in self.marks}
        else:
            old_keys = {(m.start, m.end, m.kind) for m in self.marks if m.end <= head}
            old_keys.update((m.start + delta, m.end + delta, m.kind) for m in self.marks if m.start + delta >= tail)
        self.marks = sorted(marks, key=lambda m: (m.start, m.end))
        self.starts = [m.start for m in self.marks]
        self.max_len = max((m.end - m.start for m in self.marks), default=0)
        new_keys = {(m.start, m.end, m.kind) for m in self.marks}
        spans = sorted(old_keys.symmetric_difference(new_keys))
        edited = self.edit_lo is not None
        self.edit_lo, self.edit_tail = None, 0
        if doc is None:
            return
        self.marks_len = doc.characterCount()
        if edited:
            spans.append((head, max(head + 1, tail), ""))  # the edited region may hold underlines drawn stale
        blocks: list[QTextBlock] = []
        last_number = -1
        for start, end, _kind in spans:
            block = doc.findBlock(start)
            if block.isValid() and block.blockNumber() <= last_number:
                block = block.next() if block.blockNumber() == last_number else doc.findBlockByNumber(last_number + 1)
                if not block.isValid() or block.position() >= end:
                    continue
            while block.isValid() and block.position() < max(end, start + 1):
                blocks.append(block)
                last_number = block.blockNumber()
                if len(blocks) > 2000:
                    self.colour_all()
                    return
                block = block.next()
        self._colouring = True
        try:
            for block in blocks:
                self.rehighlightBlock(block)
        finally:
            self._colouring = False

    def _make_stale(self, doc: QTextDocument, spans: set[tuple[int, int, str]]) -> None:
        """Big documents: the coloured lines holding these spans are coloured again when shown."""
        for start, end, _kind in spans:
            block = doc.findBlock(start)
            while block.isValid() and block.position() < max(end, start + 1):
                state = block.userState()
                if not self._stale(state):
                    block.setUserState(state | PENDING)
                block = block.next()

    def colour_all(self) -> None:
        """Colour every line now (the text does not change: text_revision stays)."""
        self._colouring = True
        try:
            self.rehighlight()
        finally:
            self._colouring = False

    def marks_at(self, position: int) -> list[Mark]:
        """Marks at a position of the current text (UTF-16); none inside text edited since the last checks."""
        return [m for m in self._marks_between(position - 1, position + 1)
                if m.start <= position < m.end or m.start == position]  # fmt: skip

    # --- lazy colouring ---------------------------------------------------------------------------
    def document_loaded(self, text: str) -> None:
        """The document's text was set with its signals blocked (big documents, see Document): give the front
        matter and fenced lines their state, leave every line pending, colour nothing yet."""
        doc = self.document()
        if doc is None:
            return
        self.marks_len = doc.characterCount()
        self.lazy = self.marks_len > LAZY_CHARS
        lines: list[tuple[int, int]] = []  # (first line, last line) of runs with one state
        states: list[int] = []
        nl = text.find("\n")
        first = text[: nl if nl >= 0 else len(text)].rstrip()  # (split() would copy the whole text)
        body_line = 0
        if first in ("---", "+++"):
            end = re.compile(r"^(?:---|\+\+\+|\.\.\.)[ \t]*$", re.MULTILINE).search(text, len(first) + 1)
            last = text.count("\n", 0, end.start()) if end else text.count("\n")
            lines.append((0, last - 1))
            states.append(IN_FRONT_MATTER)
            body_line = last + 1
            body_pos = min(len(text), end.end() + 1) if end else len(text)  # the line after the fence
        else:
            body_pos = 0
        # Offsets from body_pos, searched in place: body_pos starts a line, so ^ matches there as in a slice.
        fences = [m.start() - body_pos for m in _FENCE_LINE.finditer(text, body_pos)]
        line, pos = body_line, body_pos
        for opening, closing in zip(fences[::2], fences[1::2] + [len(text) - body_pos] * (len(fences) % 2),
                                    strict=False):  # fmt: skip
            a = line + text.count("\n", pos, body_pos + opening)
            b = a + text.count("\n", body_pos + opening, body_pos + closing)
            lines.append((a, b - 1 if closing < len(text) - body_pos else b))
            states.append(IN_FENCE)
            line, pos = b, body_pos + closing
        for (a, b), state in zip(lines, states, strict=True):
            block = doc.findBlockByNumber(a)
            while block.isValid() and block.blockNumber() <= b:
                block.setUserState(state | PENDING)
                block = block.next()

    def highlight_visible(self, editor: Any) -> None:
        """Colour the blocks shown by editor (a QPlainTextEdit on this document) that are still pending."""
        doc = self.document()
        if doc is None or editor.document() is not doc or not self.lazy or self._in_visible:
            return  # (re-colouring a block asks for a repaint, which calls this again: not re-entered)
        self._in_visible = True
        try:
            self._highlight_visible(doc, editor)
        finally:
            self._in_visible = False

    def _highlight_visible(self, doc: QTextDocument, editor: Any) -> None:
        self.editor = editor
        viewport = editor.viewport().rect()
        block = editor.cursorForPosition(QPoint(0, 0)).block()
        last = editor.cursorForPosition(QPoint(0, viewport.height())).block().blockNumber()
        count = 0
        while block.isValid() and block.blockNumber() <= last + 1 and count < 400:
            if self._stale(block.userState()):
                self._force_block = block.blockNumber()
                self._colouring = True
                try:
                    self.rehighlightBlock(block)
                finally:
                    self._force_block = -1
                    self._colouring = False
            block = block.next()
            count += 1

    def _span(self, start: int, end: int, fmt: QTextCharFormat) -> None:
        """setFormat for a code-point span of the block text (Qt counts UTF-16 units: emoji take two)."""
        m = self.block_map
        if m is not None:
            start, end = m.to_utf16(start), m.to_utf16(end)
        self._set(start, end - start, fmt)

    def highlightBlock(self, text: str) -> None:
        block = self.currentBlock()
        prev = self.previousBlockState()
        prev = NORMAL if prev == -1 else prev & BASE_BITS
        number = block.blockNumber()
        stripped = text.rstrip()
        if number == 0 and stripped in ("---", "+++"):
            kind, state = "fm", IN_FRONT_MATTER
        elif prev == IN_FRONT_MATTER:
            if stripped in ("---", "+++", "..."):
                kind, state = "fm", NORMAL
            else:
                kind, state = "yaml", IN_FRONT_MATTER
        elif prev == IN_FENCE:
            kind, state = "fence", NORMAL if self.FENCE.match(text) else IN_FENCE
        elif self.FENCE.match(text):
            kind, state = "fence", IN_FENCE
        else:
            kind, state = "md", NORMAL
        if self.lazy:
            if number != self._force_block and self._stale(self.currentBlockState()):
                # Not on screen: keep the state exact (later lines depend on it), colour when shown. A plain
                # line keeps -1, the state of a line never seen, so Qt's pass stops at the next such line.
                self.setCurrentBlockState(-1 if state == NORMAL else state | PENDING)
                return
            state |= self.generation << GEN_SHIFT
        self.setCurrentBlockState(state)
        self._runs = []
        self.block_map = Utf16Map(text) if not text.isascii() and _ASTRAL.search(text) else None
        n16 = block.length() - 1  # the block's length in UTF-16 units (len(text) counts code points)
        if kind == "fm":
            self._set(0, n16, self.fm_fmt)
        elif kind == "yaml":
            self._yaml(text)
        elif kind == "fence":
            self._set(0, n16, self.fence_fmt)
        else:
            for rx, fmt in self.rules:
                for m in rx.finditer(text):
                    self._span(m.start(), m.end(), fmt)
        self._underline(block.position(), n16)

    def _stale(self, state: int) -> bool:
        """Big documents: the block is not coloured, or was coloured with older marks."""
        return state == -1 or bool(state & PENDING) or (state >> GEN_SHIFT) & GEN_MASK != self.generation

    def _set(self, start: int, length: int, fmt: QTextCharFormat) -> None:
        """setFormat, remembered so underlines can keep the Markdown colour beneath them."""
        if length > 0:
            self.setFormat(start, length, fmt)
            self._runs.append((start, start + length, fmt))

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
        for m in self._marks_between(block_pos, end):
            s = max(m.start, block_pos) - block_pos
            e = min(m.end, end) - block_pos
            if e <= s:
                continue
            extra = self.kind_formats.get(m.kind, self.kind_formats["spelling"])
            # One format per stretch of equal Markdown colour (and earlier underlines) beneath the mark.
            cuts = {s, e}
            for a, b, _f in self._runs:
                if s < a < e:
                    cuts.add(a)
                if s < b < e:
                    cuts.add(b)
            edges = sorted(cuts)
            pieces = []
            for a, b in zip(edges, edges[1:], strict=False):
                base = None
                for ra, rb, rf in self._runs:
                    if ra <= a < rb:
                        base = rf  # the last one set wins, as in Qt
                f = QTextCharFormat(base) if base is not None else QTextCharFormat()
                f.merge(extra)
                pieces.append((a, b, f))
            for a, b, f in pieces:
                self._set(a, b - a, f)
