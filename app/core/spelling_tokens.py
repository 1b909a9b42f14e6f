"""French-aware word tokenizer for spelling: which spans of a text are words worth checking."""

from __future__ import annotations

import re
from collections.abc import Iterator

# A word character: a letter or a digit (words with digits are recognised, then skipped). Text with
# decomposed accents ("e" + U+0301) uses a slower pattern that also takes combining marks.
_W_FAST = r"[^\W_]"
_W_DECOMPOSED = r"(?:[^\W_]|[\u0300-\u036f])"
# Inclusive writing: "salarié·es", "commercial.e", "Un.e" -> the base word is checked.
_INCLUSIVE = (
    r"(?:[.·•](?:e|es|s|ne|nes|le|les|x|se|ses|ve|ves|te|tes|rice|rices|ice|ices|euse|euses|ère|ères"
    r"|eur|eurs|ienne|iennes|ive|ives)(?![^\W\d_])(?:[.·•]s(?![^\W\d_]))?)"
)


def _token_pattern(w: str) -> re.Pattern[str]:
    return re.compile(
        r"(?P<dots>(?<![^\W_])(?:[A-Z]\.){2,}(?![^\W_]))"  # P.O., U.S.A.
        rf"|(?P<word>{w}+(?:['’ʼ]{w}+|[-‐‑]{w}+)*)(?:(?P<amp>&{w}+)|(?P<incl>{_INCLUSIVE}))?"  # R&D
    )


_TOKEN = _token_pattern(_W_FAST)
_TOKEN_DECOMPOSED = _token_pattern(_W_DECOMPOSED)
_DECOMPOSED = re.compile("[\u0300-\u036f]")
_ELISION = re.compile(r"(?:[lLdDjJmMnNsStTcCçÇ]|[qQ]u|[jJ]usqu|[lL]orsqu|[pP]uisqu|[qQ]uoiqu)['’ʼ](?=\w)")
# Roman ordinals of two numerals or more (XIXe, IIIe); "Le", "Ce", "De" are words, "Ve" is in the lexicon.
_ROMAN_ORDINAL = re.compile(
    r"(?=[IVXLCDM]{2})M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})"
    r"(?:e|er|re|ère|ème|es|ers|res|èmes|ᵉ|ᵉʳ|ʳᵉ)"
)
# Mojibake (UTF-8 read as Windows-1252): the mojibake check reports it; spelling stays out of the way.
_MOJIBAKE = re.compile(
    r"[ÃÂ][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    r"\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]|â€|[ðğ]Ÿ"
)
_SPACE = re.compile(r"\s")


def _mojibake_runs(text: str, start: int, stop: int) -> list[tuple[int, int]]:
    """Whitespace-delimited runs of text that contain mojibake."""
    runs: list[tuple[int, int]] = []
    for m in _MOJIBAKE.finditer(text, start, stop):
        if runs and m.start() < runs[-1][1]:
            continue
        left = max(text.rfind(" ", start, m.start()), text.rfind("\n", start, m.start())) + 1
        right = _SPACE.search(text, m.end(), stop)
        runs.append((max(left, start), right.start() if right else stop))
    return runs


# The longest all-capitals word still read as an acronym (RSE, SNCF, INSEE).
ACRONYM_MAX = 5


_DIGIT = re.compile(r"\d")


def _is_acronym(word: str) -> bool:
    return word.isupper() and len(word) <= ACRONYM_MAX and word.isalpha()


def tokenize(text: str, start: int = 0, end: int | None = None) -> Iterator[tuple[int, int, str]]:
    """Yield (start, end, word) for each word of text[start:end] worth a spelling check.

    Offsets are code points into the whole text. The word is the exact slice text[start:end].
    - An elided article or pronoun (l’, d’, qu’, jusqu’…) is not yielded: the word after it is.
    - Hyphenated words and inversions come whole ("prêt-à-porter", "explique-t-elle"); the checker
      tries the whole, then each part.
    - Skipped: numbers and words with digits (1er, 2e, B2B, 1h30), Roman ordinals (XIXe), acronyms
      (R&D, P.O., all-capitals words of up to five letters), single letters, and words touching mojibake.
    - Inclusive writing ("commercial.e", "salarié·es"): only the base word is yielded.
    """
    stop = len(text) if end is None else min(end, len(text))
    pattern = _TOKEN_DECOMPOSED if _DECOMPOSED.search(text, start, stop) else _TOKEN
    skip_spans = _mojibake_runs(text, start, stop)
    skip_i = 0
    for m in pattern.finditer(text, start, stop):
        word = m.group("word")
        if word is None or m.group("amp") is not None:
            continue  # dotted or ampersand acronym
        ws, we = m.span("word")
        if skip_spans:
            while skip_i < len(skip_spans) and skip_spans[skip_i][1] <= ws:
                skip_i += 1
            if skip_i < len(skip_spans) and skip_spans[skip_i][0] < we:
                continue
        if not word.isalpha():
            if _DIGIT.search(word):
                continue
            e = _ELISION.match(word)
            if e is not None:
                ws += e.end()
                word = word[e.end() :]
        if len(word) < 2 or (word[0].isupper() and (_is_acronym(word) or _ROMAN_ORDINAL.fullmatch(word))):
            continue
        yield ws, we, word
