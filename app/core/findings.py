"""Findings: what the checks report, with code-point offsets into the whole decoded text."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Any

KINDS = ("mojibake", "mojibake-residue", "spelling", "grammar", "frontmatter", "typography")


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem in a text: the span [start, end) and, where known, its repair."""

    kind: str
    start: int
    end: int
    text: str
    replacement: str | None = None
    suggestions: tuple[str, ...] = ()
    message: str = ""
    # Free-form key for grouping (e.g. the mojibake pattern "Ã©"); not part of the JSON contract.
    group: str = field(default="", compare=False)
    # Rule id (contract field "rule"): Grammalecte's or Relecture's rule for grammar findings.
    rule: str = field(default="", compare=False)
    # Grammalecte's category (its option name: "conf", "gn", "typo"...) for grammar findings.
    category: str = field(default="", compare=False)

    def to_json(self, lines: LineIndex) -> dict[str, Any]:
        line, column = lines.line_col(self.start)
        out: dict[str, Any] = {
            "kind": self.kind,
            "start": self.start,
            "end": self.end,
            "line": line,
            "column": column,
            "text": self.text,
            "replacement": self.replacement,
            "suggestions": list(self.suggestions),
            "message": self.message,
        }
        rule = self.rule or (self.group if self.kind == "typography" else "")
        if rule:
            out["rule"] = rule
        return out


class LineIndex:
    """Maps code-point offsets to 1-based (line, column); understands \\n, \\r\\n and \\r."""

    def __init__(self, text: str) -> None:
        starts = [0]
        i, n = 0, len(text)
        # The next \r and \n are searched again only once passed (searching both at every line was
        # quadratic: a 4 MB article without \r took 15 s).
        r, nl = text.find("\r"), text.find("\n")
        while i < n:
            if r == -1 and nl == -1:
                break
            if r != -1 and (nl == -1 or r < nl):
                i = r + 2 if r + 1 < n and text[r + 1] == "\n" else r + 1
            else:
                i = nl + 1
            starts.append(i)
            if r != -1 and r < i:
                r = text.find("\r", i)
            if nl != -1 and nl < i:
                nl = text.find("\n", i)
        self.starts = starts

    def line_col(self, offset: int) -> tuple[int, int]:
        line = bisect.bisect_right(self.starts, offset) - 1
        return line + 1, offset - self.starts[line] + 1

    def line_start(self, line: int) -> int:
        """Offset of the first character of a 1-based line."""
        return self.starts[max(0, min(line - 1, len(self.starts) - 1))]


def apply_findings(text: str, findings: list[Finding]) -> str:
    """Replace each finding's span by its replacement; findings must not overlap."""
    out: list[str] = []
    pos = 0
    for f in sorted((f for f in findings if f.replacement is not None), key=lambda f: f.start):
        if f.start < pos:
            raise ValueError(f"overlapping findings at {f.start}")
        out.append(text[pos : f.start])
        out.append(f.replacement or "")
        pos = f.end
    out.append(text[pos:])
    return "".join(out)
