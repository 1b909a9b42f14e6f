"""Front matter: locate the block with exact offsets (YAML ---, TOML +++, JSON {...})."""

from __future__ import annotations

import re
from dataclasses import dataclass

_FENCES = {"---": "yaml", "+++": "toml"}
_LINE_END = re.compile(r"\r\n|\r|\n")


@dataclass(frozen=True, slots=True)
class Split:
    """Where the front matter sits in a text. All offsets are code points; text has no BOM.

    format is None when there is no front matter; then every offset is 0 and the body is the whole text.
    """

    format: str | None
    start: int  # opening fence
    content_start: int  # first character of the metadata
    content_end: int  # end of the metadata (start of the closing fence line)
    end: int  # just after the closing fence line, newline included: where the body starts

    @property
    def body_start(self) -> int:
        return self.end


NO_FRONT_MATTER = Split(None, 0, 0, 0, 0)


def split(text: str) -> Split:
    """Find the front matter block at the very start of text."""
    first = _LINE_END.search(text)
    first_line = text[: first.start()] if first else text
    fence = first_line.rstrip(" \t")
    if fence in _FENCES and first is not None:
        fmt = _FENCES[fence]
        closers = {fence, "..."} if fmt == "yaml" else {fence}
        content_start = first.end()
        pos = content_start
        n = len(text)
        while pos <= n:
            m = _LINE_END.search(text, pos)
            line_end = m.start() if m else n
            if text[pos:line_end].rstrip(" \t") in closers:
                return Split(fmt, 0, content_start, pos, m.end() if m else n)
            if m is None:
                break
            pos = m.end()
        return NO_FRONT_MATTER
    if fence == "{" and first is not None:
        # Hugo-style JSON front matter: a JSON object whose closing brace sits alone on its line.
        pos = first.end()
        n = len(text)
        while pos < n:
            m = _LINE_END.search(text, pos)
            line_end = m.start() if m else n
            if text[pos:line_end].rstrip(" \t") == "}":
                end = m.end() if m else n
                return Split("json", 0, 0, line_end, end)
            if m is None:
                break
            pos = m.end()
    return NO_FRONT_MATTER
