"""French typography checks, each finding with a one-click fix, and reading statistics.

Rules (kind "typography", `group` names the rule):
- "espace-ponctuation": a no-break space before ; : ! ? (a plain space, several spaces or none → one U+202F);
- "espace-guillemets": a no-break space after « and before »;
- "apostrophe": a straight apostrophe between two letters (l'été) → ’;
- "points-de-suspension": "..." → "…";
- "double-espace": several spaces inside a line of the body (indentation, Markdown hard breaks and table
  lines are left alone).

Only prose is looked at, the same prose the spelling check reads (app.core.spelling_ranges): never code
spans or blocks, URLs, HTML, link targets, front matter keys. In the front matter only the string values of
title, description and seo.* are checked, apostrophes are left alone in single-quoted values (there ' is
YAML/TOML syntax) and double spaces are not reported.

Both no-break spaces (U+00A0 and the narrow U+202F) are accepted as correct; fixes always insert U+202F.
"""

from __future__ import annotations

import bisect
import math
import re

from app.core.findings import Finding
from app.core.frontmatter import split
from app.core.spelling_ranges import checkable_ranges

NNBSP = "\u202f"
NBSP = "\u00a0"
_NO_BREAK = (NNBSP, NBSP)
# Spaces that may sit where a no-break space belongs (the thin space U+2009 can break: it is wrong too).
_SPACES = " \t\u00a0\u202f\u2009\u2007"

_PUNCT = re.compile(r"[;:!?]")
_GUILLEMETS = re.compile(r"[«»]")
_APOSTROPHE = re.compile(r"(?<=[^\W\d_])'(?=[^\W\d_])")
_ELLIPSIS = re.compile(r"(?<!\.)\.\.\.(?!\.)")
_DOUBLE_SPACE = re.compile(r"(?<=[^\s])  +(?=[^\s])")
_SHORTCODE_HEAD = re.compile(r"(?:^|\s):[\w+-]+$", re.MULTILINE)
_BLOCK_MARKER = re.compile(r"[ \t]*(?:(?:>|[-+*]|\d{1,9}[.)])[ \t]*)*(?:>|[-+*]|\d{1,9}[.)]|#{1,6})")
_WORD = re.compile(r"[^\W\d_][\w’'-]*")

WORDS_PER_MINUTE = 230


def find_typography(text: str) -> list[Finding]:
    """Typography findings of a whole article (front matter included), sorted and never overlapping."""
    ranges = checkable_ranges(text)
    fm = split(text)
    meta = (fm.content_start, fm.content_end) if fm.format is not None else (0, 0)
    found: list[Finding] = []
    for start, end in ranges:
        in_meta = meta[0] <= start < meta[1]
        found.extend(_punctuation(text, start, end))
        found.extend(_guillemets(text, start, end))
        found.extend(_ellipsis(text, start, end))
        if not (in_meta and start > 0 and text[start - 1] == "'"):
            found.extend(_apostrophes(text, start, end))
        if not in_meta:
            found.extend(_double_spaces(text, start, end))
    return _without_overlaps(found)


def _finding(text: str, start: int, end: int, replacement: str, message: str, group: str) -> Finding:
    return Finding("typography", start, end, text[start:end], replacement, (replacement,), message, group)


def _line_start(text: str, pos: int) -> int:
    return text.rfind("\n", 0, pos) + 1


def _space_run_before(text: str, pos: int) -> int:
    """Start of the run of spaces ending at pos (pos itself when there is none)."""
    i = pos
    while i > 0 and text[i - 1] in _SPACES:
        i -= 1
    return i


def _punctuation(text: str, start: int, end: int) -> list[Finding]:
    out: list[Finding] = []
    for m in _PUNCT.finditer(text, start, end):
        p = m.start()
        mark = text[p]
        after = text[p + 1] if p + 1 < len(text) else "\n"
        before = text[p - 1] if p > 0 else "\n"
        if before in ";:!?":
            continue  # "?!", "::" (div fences), "!!": only the first mark of a cluster is looked at
        if mark == "!" and after == "[":
            continue  # Markdown image ![alt](src)
        if mark in ";:":
            if not after.isspace():
                continue  # 10:30, 1:2, ;) and :emoji: are not punctuation in prose
            if mark == ":" and _SHORTCODE_HEAD.search(text, _line_start(text, p), p):
                continue  # the closing colon of :smile:
        elif not (after.isspace() or after in "!?*_)]»”\"'.,…"):
            continue
        run = _space_run_before(text, p)
        if run == _line_start(text, p):
            continue  # at the start of a line (definition lists ": texte", indentation)
        spaces = text[run:p]
        if spaces in _NO_BREAK:
            continue
        if not spaces and not (before.isalnum() or before in "*_)]»”"):
            continue
        message = f"Espace insécable attendue avant « {mark} »"
        out.append(_finding(text, run, p + 1, NNBSP + mark, message, "espace-ponctuation"))
    return out


def _guillemets(text: str, start: int, end: int) -> list[Finding]:
    out: list[Finding] = []
    for m in _GUILLEMETS.finditer(text, start, end):
        p = m.start()
        if text[p] == "«":
            q = p + 1
            while q < len(text) and text[q] in _SPACES:
                q += 1
            spaces = text[p + 1 : q]
            nxt = text[q] if q < len(text) else "\n"
            if spaces in _NO_BREAK or nxt == "\n" or (not spaces and not (nxt.isalnum() or nxt in "*_[")):
                continue
            out.append(_finding(text, p, q, "«" + NNBSP, "Espace insécable attendue après « « »", "espace-guillemets"))
        else:
            run = _space_run_before(text, p)
            spaces = text[run:p]
            prev = text[run - 1] if run > 0 else "\n"
            if spaces in _NO_BREAK or prev == "\n" or run == _line_start(text, p):
                continue
            if not spaces and not (prev.isalnum() or prev in "*_.!?…)]"):
                continue
            out.append(
                _finding(text, run, p + 1, NNBSP + "»", "Espace insécable attendue avant « » »", "espace-guillemets")
            )
    return out


def _apostrophes(text: str, start: int, end: int) -> list[Finding]:
    return [
        _finding(text, m.start(), m.end(), "’", "Apostrophe typographique ’ attendue", "apostrophe")
        for m in _APOSTROPHE.finditer(text, start, end)
    ]


def _ellipsis(text: str, start: int, end: int) -> list[Finding]:
    return [
        _finding(
            text, m.start(), m.end(), "…", "Points de suspension : « … » en un seul caractère", "points-de-suspension"
        )
        for m in _ELLIPSIS.finditer(text, start, end)
    ]


def _double_spaces(text: str, start: int, end: int) -> list[Finding]:
    out: list[Finding] = []
    for m in _DOUBLE_SPACE.finditer(text, start, end):
        ls = _line_start(text, m.start())
        le = text.find("\n", m.end())
        line = text[ls : le if le != -1 else len(text)]
        if "|" in line:
            continue  # Markdown tables are aligned with spaces on purpose
        if _BLOCK_MARKER.fullmatch(text, ls, m.start()):
            continue  # spaces after a list bullet, a quote mark or a heading's hashes
        out.append(_finding(text, m.start(), m.end(), " ", "Espaces multiples", "double-espace"))
    return out


def _without_overlaps(found: list[Finding]) -> list[Finding]:
    """Sorted findings; where two overlap the first one found (punctuation before spacing) wins."""
    kept: list[Finding] = []
    starts: list[int] = []
    for f in found:
        i = bisect.bisect_left(starts, f.start)
        if i > 0 and kept[i - 1].end > f.start:
            continue
        if i < len(kept) and kept[i].start < f.end:
            continue
        kept.insert(i, f)
        starts.insert(i, f.start)
    return kept


# ---------------------------------------------------------------- reading statistics


def count_words(text: str) -> int:
    """Words of the body's prose (front matter, code, URLs and HTML are not counted)."""
    body = split(text).body_start
    total = 0
    for start, end in checkable_ranges(text):
        if start >= body:
            total += sum(1 for _ in _WORD.finditer(text, start, end))
    return total


def reading_minutes(words: int) -> int:
    """Minutes of reading at about 230 words a minute; at least 1 for any non-empty text."""
    return max(1, math.ceil(words / WORDS_PER_MINUTE)) if words else 0
