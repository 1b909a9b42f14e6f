"""The one place where core offsets (code points) meet Qt positions (UTF-16 units)."""

from __future__ import annotations

import bisect


class Utf16Map:
    """Converts between code-point offsets and UTF-16 positions for one snapshot of a text."""

    def __init__(self, text: str) -> None:
        # Code-point offsets of characters outside the BMP (each takes two UTF-16 units).
        self.astral = [i for i, ch in enumerate(text) if ord(ch) > 0xFFFF] if not text.isascii() else []
        self.astral_u16 = [cp + k + 1 for k, cp in enumerate(self.astral)]  # UTF-16 index of each low surrogate

    def to_utf16(self, offset: int) -> int:
        return offset + bisect.bisect_left(self.astral, offset)

    def to_cp(self, position: int) -> int:
        return position - bisect.bisect_right(self.astral_u16, position)


def utf16_len(text: str) -> int:
    return len(text) + sum(1 for ch in text if ord(ch) > 0xFFFF) if not text.isascii() else len(text)
