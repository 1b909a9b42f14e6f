"""Inline suppression in an article, the shape markdownlint users know:

    <!-- relecture-disable spelling -->  …  <!-- relecture-enable -->
    <!-- relecture-disable-next-line grammar -->

No kind named means every check; `relecture-enable spelling` re-enables only spelling of a
`relecture-disable spelling grammar`, and closes a disable of every check.
"""

from __future__ import annotations

import bisect
import re

from app.core.findings import Finding

MARK = "relecture-"
_COMMENT = re.compile(r"<!--\s*relecture-(disable-next-line|disable|enable)\b([^>]*?)-->")


def _kinds(raw: str) -> frozenset[str] | None:
    names = {n for n in re.split(r"[\s,]+", raw.strip()) if n}
    return frozenset(names) if names else None  # None: every check


def _covers(kinds: frozenset[str] | None, kind: str) -> bool:
    # "mojibake" also covers its residues, as --only does.
    return kinds is None or kind in kinds or (kind == "mojibake-residue" and "mojibake" in kinds)


def apply(text: str, findings: list[Finding]) -> list[Finding]:
    """The findings not silenced by a relecture-disable comment of the text."""
    if MARK not in text or not findings:
        return findings
    line_starts = [0] + [m.end() for m in re.finditer(r"\r\n|\r|\n", text)]

    def line_of(offset: int) -> int:
        return bisect.bisect_right(line_starts, offset) - 1

    # Ranges [start, end) of offsets where a set of kinds is off.
    ranges: list[tuple[int, int, frozenset[str] | None]] = []
    open_ranges: list[tuple[int, frozenset[str] | None]] = []
    for m in _COMMENT.finditer(text):
        what, kinds = m.group(1), _kinds(m.group(2))
        if what == "disable-next-line":
            nxt = line_of(m.end()) + 1
            if nxt < len(line_starts):
                end = line_starts[nxt + 1] if nxt + 1 < len(line_starts) else len(text)
                ranges.append((line_starts[nxt], end, kinds))
        elif what == "disable":
            open_ranges.append((m.start(), kinds))
        else:
            still: list[tuple[int, frozenset[str] | None]] = []
            for start, open_kinds in open_ranges:
                ranges.append((start, m.end(), open_kinds))
                if kinds is not None and open_kinds is not None and open_kinds - kinds:
                    still.append((m.end(), open_kinds - kinds))  # only the named kinds come back
            # (an enable naming kinds closes a disable of every check: simpler than a "all but" set)
            open_ranges = still
    ranges.extend((start, len(text), kinds) for start, kinds in open_ranges)
    if not ranges:
        return findings
    return [f for f in findings if not any(s <= f.start < e and _covers(k, f.kind) for s, e, k in ranges)]
