"""Find and replace on plain text: literal or regular expression, whole word, case. Qt-free.

Offsets are code points into the searched text (the editor's \\n text). A regular-expression replacement
uses Python's syntax: \\1 or \\g<1> for a group, \\g<nom> for a named one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

CONTEXT_CHARS = 40


class SearchError(ValueError):
    """An invalid pattern or replacement, with a French message for the user."""


@dataclass(frozen=True, slots=True)
class SearchOptions:
    pattern: str
    regex: bool = False
    whole_word: bool = False
    case_sensitive: bool = False


@dataclass(frozen=True, slots=True)
class Match:
    """One occurrence: the span [start, end) of the searched text and, when replacing, what it becomes."""

    start: int
    end: int
    text: str
    replacement: str | None = None
    line: int = 1  # 1-based
    before: str = ""  # context on the same line
    after: str = ""


def compile_pattern(options: SearchOptions) -> re.Pattern[str]:
    """The compiled pattern; raises SearchError for an empty or invalid one."""
    if not options.pattern:
        raise SearchError("Rien à rechercher")
    body = options.pattern if options.regex else re.escape(options.pattern)
    if options.whole_word:
        # \b would fail on a pattern starting or ending with punctuation; look at the neighbours instead.
        body = rf"(?<!\w)(?:{body})(?!\w)"
    flags = re.MULTILINE | (0 if options.case_sensitive else re.IGNORECASE)
    try:
        return re.compile(body, flags)
    except re.error as exc:
        raise SearchError(f"Expression régulière invalide : {exc}") from None


def find_all(text: str, options: SearchOptions, replacement: str | None = None) -> list[Match]:
    """Every occurrence in text, with its line, its context and (if asked) its replacement."""
    pattern = compile_pattern(options)
    matches: list[Match] = []
    line = 1
    counted = 0  # offset up to which newlines have been counted
    for m in pattern.finditer(text):
        start, end = m.span()
        line += text.count("\n", counted, start)
        counted = start
        rep = None if replacement is None else expand(m, replacement, options.regex)
        ls = text.rfind("\n", 0, start) + 1
        le = text.find("\n", end)
        le = len(text) if le == -1 else le
        before = text[max(ls, start - CONTEXT_CHARS) : start]
        after = text[end : min(le, end + CONTEXT_CHARS)]
        matches.append(Match(start, end, m.group(), rep, line, before, after))
    return matches


def expand(m: re.Match[str], replacement: str, regex: bool) -> str:
    """The replacement for one match: literal, or with groups expanded for a regular expression."""
    if not regex:
        return replacement
    try:
        return m.expand(replacement)
    except (re.error, IndexError) as exc:
        raise SearchError(f"Remplacement invalide : {exc}") from None


def apply(text: str, matches: Iterable[Match]) -> str:
    """The text with the given matches replaced (matches must come from find_all on this very text)."""
    out: list[str] = []
    pos = 0
    for m in sorted(matches, key=lambda m: m.start):
        if m.replacement is None or m.start < pos:
            continue
        out.append(text[pos : m.start])
        out.append(m.replacement)
        pos = m.end
    out.append(text[pos:])
    return "".join(out)


def replace_all(text: str, options: SearchOptions, replacement: str) -> tuple[str, int]:
    """The text with every occurrence replaced, and how many were."""
    matches = find_all(text, options, replacement)
    return apply(text, matches), len(matches)


def next_match(matches: list[Match], position: int, backward: bool = False) -> Match | None:
    """The occurrence after position (or the last one before it), wrapping around the text."""
    if not matches:
        return None
    if backward:
        before = [m for m in matches if m.start < position]
        return before[-1] if before else matches[-1]
    for m in matches:
        if m.start >= position:
            return m
    return matches[0]
