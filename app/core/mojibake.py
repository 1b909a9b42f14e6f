"""Mojibake: UTF-8 text that was read through a Windows code page, found and repaired span by span.

The typical damage in exported blog articles: UTF-8 bytes decoded as Windows-1252 (``Ã©`` for é,
``â€™`` for ’, ``Â`` + no-break space for a no-break space) or as Windows-1254 (``ğŸ™‚`` for 🙂),
then saved again as UTF-8. Each original character became a short run of characters, one per byte.

Design:
- a single regex finds the runs that look like UTF-8 bytes shown in a single-byte code page, so
  ftfy only ever sees these small runs, never the whole text (the text's good typography, ’ « »
  and no-break spaces, is never handed to a fixer that could alter it);
- ftfy decides (its badness heuristic and ``fix_encoding`` with an encoding-only configuration);
  each run is then split into one finding per original character, checked against ftfy's answer;
- sequences that lost a byte in the export cannot be restored: they become "mojibake-residue"
  findings with ranked guesses and are never repaired automatically.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache

import ftfy
import ftfy.bad_codecs  # noqa: F401  (registers the sloppy-windows-* codecs)
from ftfy.badness import is_bad

from app.core.findings import Finding, apply_findings

# Encoding repair only: every other ftfy fixer would touch good text (curly quotes, ligatures,
# widths, line breaks, normalization...).
FTFY_CONFIG = ftfy.TextFixerConfig(
    unescape_html=False,
    remove_terminal_escapes=False,
    fix_encoding=True,
    restore_byte_a0=True,
    # Lost bytes are reported as residues, never silently turned into U+FFFD.
    replace_lossy_sequences=False,
    decode_inconsistent_utf8=True,
    fix_c1_controls=True,
    fix_latin_ligatures=False,
    fix_character_width=False,
    uncurl_quotes=False,
    fix_line_breaks=False,
    fix_surrogates=False,
    remove_control_chars=False,
    normalization=None,
    explain=False,
)

# Code pages whose view of UTF-8 bytes we recognise. Windows-1254 differs from 1252 in a few
# letters (ğ for byte F0, which starts every emoji); Latin-1 shows the C1 control characters.
_CODE_PAGES = ("latin-1", "sloppy-windows-1252", "sloppy-windows-1254")
# Bytes the real (non-sloppy) code pages leave undefined: an export usually dropped them.
_LOST_BYTES = (0x81, 0x8D, 0x8E, 0x8F, 0x90, 0x9D, 0x9E)


def _build_byte_map() -> dict[str, int]:
    byte_of: dict[str, int] = {}
    for code_page in _CODE_PAGES:
        for byte in range(0x80, 0x100):
            byte_of.setdefault(bytes([byte]).decode(code_page), byte)
    return byte_of


_BYTE_OF = _build_byte_map()


def _chars(first: int, last: int) -> str:
    return "".join(sorted({ch for ch, b in _BYTE_OF.items() if first <= b <= last}))


_CONT = re.escape(_chars(0x80, 0xBF))
_LEAD2 = re.escape(_chars(0xC2, 0xDF))
_LEAD3 = re.escape(_chars(0xE0, 0xEF))
_LEAD4 = re.escape(_chars(0xF0, 0xF4))

# One UTF-8 character seen through the code page. Two forms come from a byte A0 that an export
# turned into a plain space (as ftfy's restore_byte_a0): "Â " for a no-break space, and "Ã" before
# a space and a word for "à" (the space kept; ftfy's exclusions for Portuguese, and a few more).
_A_GRAVE_SPACE = "Ã (?= )"  # "à" + no-break space, the A0 turned into a space: "Ã  la"
# A lone Ã: "à" whose A0 was lost, the following space kept ("Ã la"). Not after a capital
# (Portuguese SÃO, IRMÃ) and only before a word, a quote or the end of a line.
_A_GRAVE_LOST = "(?<![A-ZÀ-Þ])Ã(?= (?:(?!quele|quela|quilo|s )[^\\W_]|[«“\r\n]|\\Z))"
_SEQ = (
    f"[{_LEAD2}][{_CONT}]"
    "|Â "
    f"|{_A_GRAVE_SPACE}"
    f"|{_A_GRAVE_LOST}"
    f"|[{_LEAD3}][{_CONT}]{{2}}"
    f"|[{_LEAD4}][{_CONT}]{{3}}"
)
# Splits a run already found, where the look-arounds cannot see past the run: there these two
# forms can only be the run's last sequence.
_SEQ_RE = re.compile(_SEQ.replace(_A_GRAVE_SPACE, "Ã $").replace(_A_GRAVE_LOST, "Ã$"))
_TOKEN_RE = re.compile(
    # The look-ahead on the possible first characters lets the regex engine skip clean text fast.
    f"(?=[{_LEAD2}{_LEAD3}{_LEAD4}\x80-\x9f])(?:"
    f"(?P<run>(?:{_SEQ})+)"
    # A sequence cut short: a byte was lost, usually one of _LOST_BYTES.
    f"|(?P<cut>[{_LEAD3}][{_CONT}]|[{_LEAD4}][{_CONT}]{{1,2}}|[ÃÂ])"
    # A lone C1 control: Windows-1252 text read as Latin-1.
    "|(?P<c1>[\x80-\x9f])"
    ")"
)
# Leads that never precede these characters in real text: a cut sequence starting with one of
# them is flagged even in a text with no other mojibake (so residues survive "repair all").
_STRONG_LEADS = frozenset("âïğð")
_A0_FORM = {"Â ": "Â\xa0", "Ã ": "Ã\xa0", "Ã": "Ã\xa0"}
_SUSPICIOUS = frozenset("†‡\ufffd")

_SHOWN = {
    "\xa0": "[insécable]",
    "\u202f": "[fine insécable]",
    "\u200b": "[espace nulle]",
    "\u200d": "[ZWJ]",
    "\ufe0f": "[VS16]",
    "\t": "[tab]",
    "\n": "[fin de ligne]",
}


def _show(text: str) -> str:
    """Text for a message: invisible characters named, so "Â " and "Â" can be told apart."""
    out = []
    for ch in text:
        if ch in _SHOWN:
            out.append(_SHOWN[ch])
        elif unicodedata.category(ch) in ("Cc", "Cf", "Cn", "Co", "Zs") and ch != " ":
            out.append(f"[U+{ord(ch):04X}]")
        else:
            out.append(ch)
    shown = "".join(out)
    # A leading or trailing plain space would be invisible in a list.
    if shown.startswith(" "):
        shown = "[espace]" + shown[1:]
    if shown.endswith(" "):
        shown = shown[:-1] + "[espace]"
    return shown


@dataclass(frozen=True, slots=True)
class _Piece:
    """One original character inside a run, with everything about it that does not depend on context."""

    offset: int  # in the run
    text: str
    fixed: str | None  # None: not valid UTF-8 once back to bytes, or no change
    suspicious: bool = False  # decodes to †, a control, an unassigned code point...
    plausible: bool = True  # a character a Western text may hold (see _plausible)
    message: str = ""
    group: str = ""


def _piece(offset: int, text: str, fixed: str | None) -> _Piece:
    if fixed is None or fixed == text:
        return _Piece(offset, text, None)
    return _Piece(
        offset,
        text,
        fixed,
        suspicious=_suspicious(fixed),
        plausible=all(_plausible(ch) for ch in fixed),
        message=f"{_show(text)} → {_show(fixed)}",
        group=f"{_show(text)}→{_show(fixed)}",
    )


def _seq_bytes(seq: str) -> bytes:
    return bytes(_BYTE_OF[ch] for ch in _A0_FORM.get(seq, seq))


def _decode_seq(seq: str) -> str | None:
    try:
        return _seq_bytes(seq).decode("utf-8")
    except UnicodeDecodeError:
        return None


@lru_cache(maxsize=16384)
def _analyse_run(run: str) -> tuple[bool, tuple[_Piece, ...]]:
    """(ftfy's verdict on the run alone, one piece per original character)."""
    seqs = [(m.start(), m.group()) for m in _SEQ_RE.finditer(run)]
    decoded = [_decode_seq(seq) for _, seq in seqs]
    ftfy_input = "".join(_A0_FORM.get(seq, seq) for _, seq in seqs)
    fixed = ftfy.fix_encoding(ftfy_input, FTFY_CONFIG)
    confident = fixed != ftfy_input
    one_level = None not in decoded
    if confident and not (one_level and "".join(d or "" for d in decoded) == fixed):
        # Encoded twice (ÃƒÂ©, which one round turns into Ã©): keep ftfy's answer whole. When one
        # round leaves no such sequence, ftfy's extra rounds only garble good text (»é read as Ȏ).
        joined = "".join(d or "" for d in decoded)
        if not one_level or _SEQ_RE.search(joined):
            return True, (_piece(0, run, fixed),)
    return confident, tuple(_piece(offset, seq, d) for (offset, seq), d in zip(seqs, decoded, strict=True))


@lru_cache(maxsize=4096)
def _is_bad(text: str) -> bool:
    return is_bad(text)


def _plausible(ch: str) -> bool:
    """A character that mojibake in a Western text plausibly stood for (not CJK, IPA, private use...)."""
    cp = ord(ch)
    if unicodedata.category(ch) in ("Cc", "Cn", "Co", "Cs"):
        return False
    return (
        cp < 0x180  # Latin-1 and Latin Extended-A (œ, Œ, ŷ...): beyond, letters of other languages
        or 0x2000 <= cp < 0x2C00
        or 0xFE00 <= cp <= 0xFE0F
        or cp == 0xFEFF
        or cp >= 0x1F000
    )


def _suspicious(fixed: str) -> bool:
    return any(
        ch in _SUSPICIOUS or (unicodedata.category(ch) in ("Cc", "Cn", "Co", "Cs") and ch not in "\t\n\r")
        for ch in fixed
    )


# Emoji of the Basic Multilingual Plane (Unicode's Emoji property), as (first, last) ranges: most
# symbols around them (arrows, dingbats such as ➤) are not emoji and are poorer guesses.
_BMP_EMOJI = (
    (0x203C, 0x203C), (0x2049, 0x2049), (0x2139, 0x2139), (0x2194, 0x2199), (0x21A9, 0x21AA),
    (0x231A, 0x231B), (0x2328, 0x2328), (0x23CF, 0x23CF), (0x23E9, 0x23F3), (0x23F8, 0x23FA),
    (0x24C2, 0x24C2), (0x25AA, 0x25AB), (0x25B6, 0x25B6), (0x25C0, 0x25C0), (0x25FB, 0x25FE),
    (0x2600, 0x2604), (0x260E, 0x260E), (0x2611, 0x2611), (0x2614, 0x2615), (0x2618, 0x2618),
    (0x261D, 0x261D), (0x2620, 0x2620), (0x2622, 0x2623), (0x2626, 0x2626), (0x262A, 0x262A),
    (0x262E, 0x262F), (0x2638, 0x263A), (0x2640, 0x2640), (0x2642, 0x2642), (0x2648, 0x2653),
    (0x265F, 0x2660), (0x2663, 0x2663), (0x2665, 0x2666), (0x2668, 0x2668), (0x267B, 0x267B),
    (0x267E, 0x267F), (0x2692, 0x2697), (0x2699, 0x2699), (0x269B, 0x269C), (0x26A0, 0x26A1),
    (0x26A7, 0x26A7), (0x26AA, 0x26AB), (0x26B0, 0x26B1), (0x26BD, 0x26BE), (0x26C4, 0x26C5),
    (0x26C8, 0x26C8), (0x26CE, 0x26CF), (0x26D1, 0x26D1), (0x26D3, 0x26D4), (0x26E9, 0x26EA),
    (0x26F0, 0x26F5), (0x26F7, 0x26FA), (0x26FD, 0x26FD), (0x2702, 0x2702), (0x2705, 0x2705),
    (0x2708, 0x270D), (0x270F, 0x270F), (0x2712, 0x2712), (0x2714, 0x2714), (0x2716, 0x2716),
    (0x271D, 0x271D), (0x2721, 0x2721), (0x2728, 0x2728), (0x2733, 0x2734), (0x2744, 0x2744),
    (0x2747, 0x2747), (0x274C, 0x274C), (0x274E, 0x274E), (0x2753, 0x2755), (0x2757, 0x2757),
    (0x2763, 0x2764), (0x2795, 0x2797), (0x27A1, 0x27A1), (0x27B0, 0x27B0), (0x27BF, 0x27BF),
    (0x2934, 0x2935), (0x2B05, 0x2B07), (0x2B1B, 0x2B1C), (0x2B50, 0x2B50), (0x2B55, 0x2B55),
    (0x3030, 0x3030), (0x303D, 0x303D), (0x3297, 0x3297), (0x3299, 0x3299),
)  # fmt: skip
_BMP_EMOJI_POINTS = frozenset(cp for first, last in _BMP_EMOJI for cp in range(first, last + 1))


def _is_emoji(ch: str) -> bool:
    if len(ch) != 1:
        return False
    cp = ord(ch)
    if cp < 0x10000:
        return cp in _BMP_EMOJI_POINTS
    # Pictographs, emoticons, transport, supplemental symbols, coloured shapes, flags.
    return unicodedata.category(ch) == "So" and (
        0x1F300 <= cp <= 0x1F64F
        or 0x1F680 <= cp <= 0x1F6FF
        or 0x1F7E0 <= cp <= 0x1F7EF
        or 0x1F900 <= cp <= 0x1FAFF
        or 0x1F1E6 <= cp <= 0x1F1FF
    )


_TYPOGRAPHY = frozenset("’‘“«»–—…•€™\xa0\u202f")


def _score(ch: str, before: str, after: str, quote_open: bool) -> int:
    """How likely a guess is for a lost character, given its neighbours (0: not a candidate)."""
    cp = ord(ch)
    category = unicodedata.category(ch)
    if 0x1F3FB <= cp <= 0x1F3FF:  # skin tone: only right after an emoji
        return 95 if _is_emoji(before) else 5
    if ch == "\u200d":  # zero-width joiner: only between two emoji
        return 80 if _is_emoji(before) and _is_emoji(after) else 5
    if ch == "\ufe0f":  # emoji presentation selector
        return 85 if _is_emoji(before) or unicodedata.category(before or " ") == "So" else 5
    if ch == "”":
        return 90 if quote_open else 50
    if ch in _TYPOGRAPHY:
        return 50
    if category in ("Cc", "Cf", "Cn", "Co", "Cs", "Zl", "Zp") or ch in _SUSPICIOUS:
        return 0 if ch not in _SUSPICIOUS else 10
    if _is_emoji(ch):
        return 60
    if category.startswith("L") and cp < 0x250:
        return 40
    if category.startswith(("S", "P", "Z")):
        return 20
    return 10


@dataclass(frozen=True, slots=True)
class _Guess:
    text: str
    score: int


def _guesses(head: bytes, width: int, tail: str, before: str, after: str, quote_open: bool) -> list[_Guess]:
    """Ranked repairs of a UTF-8 sequence whose first bytes are head and which lost bytes.

    width is the sequence's full length in bytes. tail is a space (or nothing) that followed the
    cut sequence: it may be a real space, or the byte A0 turned into a space (ftfy's reading).
    """
    missing = width - len(head)
    seen: dict[str, int] = {}

    def consider(raw: bytes, replacement_tail: str) -> None:
        try:
            ch = raw.decode("utf-8")
        except UnicodeDecodeError:
            return
        score = _score(ch, before, after, quote_open)
        if score > 0:
            key = ch + replacement_tail
            seen[key] = max(score, seen.get(key, 0))

    fillers = [*_LOST_BYTES, 0xA0]  # A0 too: exports also drop or rewrite no-break spaces
    if missing == 1:
        for pos in range(1, len(head) + 1):
            for byte in fillers:
                consider(head[:pos] + bytes([byte]) + head[pos:], tail)
        if tail:
            consider(head + b"\xa0", "")  # the space was the lost A0 (ftfy's guess, often wrong)
    elif missing == 2:
        for pos1 in range(1, len(head) + 1):
            for pos2 in range(pos1 + 1, len(head) + 2):
                for b1 in fillers:
                    for b2 in fillers:
                        raw = bytearray(head)
                        raw.insert(pos1, b1)
                        raw.insert(pos2, b2)
                        consider(bytes(raw), tail)
    return sorted((_Guess(t, s) for t, s in seen.items()), key=lambda g: (-g.score, g.text))


def _utf8_width(lead: int) -> int:
    return 2 if lead < 0xE0 else 3 if lead < 0xF0 else 4


def _quote_open(text: str, start: int) -> bool:
    """An opening “ (clean or still as mojibake) earlier on the line, not yet closed."""
    line = text[text.rfind("\n", 0, start) + 1 : start]
    opens = line.count("“") + line.count("â€œ")
    closes = line.count("”") + line.count("â€\x9d")
    return opens > closes


def _residue(text: str, start: int, end: int, guesses: list[_Guess], why: str) -> Finding:
    span = text[start:end]
    top = guesses[0].score if guesses else 0
    # Every guess as likely as the best (a lost byte in an emoji leaves a dozen), then a few more.
    useful = [g for g in guesses if g.score >= max(20, top - 40)]
    useful = useful[: max(5, min(12, sum(1 for g in useful if g.score == top)))]
    best: str | None = None
    if useful and useful[0].score >= 40 and (len(useful) == 1 or useful[1].score < useful[0].score):
        best = useful[0].text
    if best is not None:
        advice = f"Probablement « {_show(best)} »."
    elif useful:
        advice = "Lectures possibles : " + ", ".join(f"« {_show(g.text)} »" for g in useful) + "."
    else:
        advice = "Aucune lecture probable."
    message = f"« {_show(span)} » : {why} {advice} À corriger à la main."
    return Finding(
        kind="mojibake-residue",
        start=start,
        end=end,
        text=span,
        replacement=best,
        suggestions=tuple(g.text for g in useful),
        message=message,
        group=f"{_show(span)}→?",
    )


def _mojibake(start: int, span: str, fixed: str) -> Finding:
    return Finding(
        kind="mojibake",
        start=start,
        end=start + len(span),
        text=span,
        replacement=fixed,
        message=f"{_show(span)} → {_show(fixed)}",
        group=f"{_show(span)}→{_show(fixed)}",
    )


# Neighbours of a match once repaired: before(index), after(index, end).
_Before = Callable[[int], str]
_After = Callable[[int, int], str]

_CONTROL_WHY = "caractère de contrôle invisible, reste d’un caractère mal encodé dont un octet a été perdu."
_LOST_WHY = "caractère incomplet : un octet a été perdu à l’export et ftfy ne peut pas le restaurer."


def find_mojibake(text: str) -> list[Finding]:
    """Every mojibake sequence in text, as small independent findings sorted by start.

    "mojibake": replacement is the exact repair of [start, end). "mojibake-residue": a sequence
    that lost bytes; replacement is the best guess (or None) and never applied by repair_text.
    """
    matches = list(_TOKEN_RE.finditer(text))
    runs: dict[int, tuple[bool, tuple[_Piece, ...]]] = {}
    doc_has_mojibake = False
    for index, m in enumerate(matches):
        if m.lastgroup != "run":
            continue
        confident, pieces = _analyse_run(m.group())
        if not confident:
            # ftfy judges some runs only with their neighbours ("Å“" alone is fine, "Å“uvre" is not).
            confident = _is_bad(text[max(0, m.start() - 3) : m.end() + 3])
        runs[index] = (confident, pieces)
        doc_has_mojibake = doc_has_mojibake or (confident and any(p.fixed for p in pieces))

    # Characters just before and after each match once repaired: residues are guessed in context
    # (a skin tone after an emoji), a residue's best guess counting for the residue after it.
    best_guess: dict[int, str] = {}

    def repaired_edge(index: int, last: bool) -> str:
        m = matches[index]
        if index in runs and runs[index][1]:
            piece = runs[index][1][-1 if last else 0]
            if piece.fixed:
                return piece.fixed[-1 if last else 0]
        if best_guess.get(index):
            return best_guess[index][-1 if last else 0]
        return m.group()[-1 if last else 0]

    def before(index: int) -> str:
        start = matches[index].start()
        if index > 0 and matches[index - 1].end() == start:
            return repaired_edge(index - 1, last=True)
        return text[start - 1] if start > 0 else ""

    def after(index: int, end: int) -> str:
        if index + 1 < len(matches) and matches[index + 1].start() == end:
            return repaired_edge(index + 1, last=False)
        return text[end] if end < len(text) else ""

    findings: list[Finding] = []
    for index, m in enumerate(matches):
        kind, start, span = m.lastgroup, m.start(), m.group()
        if kind == "run":
            confident, pieces = runs[index]
            for piece in pieces:
                fixed = piece.fixed
                if fixed is None or not (confident or (doc_has_mojibake and piece.plausible)):
                    continue
                piece_start = start + piece.offset
                if piece.suspicious:
                    findings.append(
                        _suspicious_residue(text, piece_start, piece.text, fixed, index, before, after)
                    )
                else:
                    findings.append(
                        Finding(
                            "mojibake",
                            piece_start,
                            piece_start + len(piece.text),
                            piece.text,
                            fixed,
                            (),
                            piece.message,
                            piece.group,
                        )
                    )
        elif kind == "cut":
            finding = _cut_residue(text, m, index, doc_has_mojibake, before, after)
            if finding is not None:
                findings.append(finding)
                if finding.replacement:
                    best_guess[index] = finding.replacement.rstrip(" ")
        else:  # lone C1 control
            fixed = span.encode("latin-1").decode("sloppy-windows-1252")
            if fixed != span:
                findings.append(_mojibake(start, span, fixed))
            else:
                findings.append(_residue(text, start, start + 1, [], _CONTROL_WHY))
    return findings


def _cut_residue(
    text: str,
    m: re.Match[str],
    index: int,
    doc_has_mojibake: bool,
    before: _Before,
    after: _After,
) -> Finding | None:
    start, span = m.start(), m.group()
    end = m.end()
    context = text[max(0, start - 2) : end + 2]
    if len(span) == 1:
        # A lone Ã or Â is a real letter in Portuguese or Vietnamese (SÃO): suspect it only in a
        # text that already shows mojibake, and when ftfy finds its neighbourhood bad too.
        if not (doc_has_mojibake and _is_bad(context)):
            return None
    elif not (_is_bad(context) or (span[0] in _STRONG_LEADS and span[1] != "\xa0")):
        return None
    head = bytes(_BYTE_OF[ch] for ch in span)
    width = _utf8_width(head[0])
    tail = ""
    if width - len(head) == 1 and text[end : end + 1] == " ":
        tail = " "  # part of the span, so a guess may keep it or read it as the lost A0
    guesses = _guesses(
        head, width, tail, before(index), after(index, end + len(tail)), _quote_open(text, start)
    )
    if not any(g.score >= 20 for g in guesses) and not _is_bad(context):
        return None
    return _residue(text, start, end + len(tail), guesses, _LOST_WHY)


def _suspicious_residue(
    text: str, start: int, span: str, fixed: str, index: int, before: _Before, after: _After
) -> Finding:
    """A sequence that decodes, but to something unlikely (†, a control, an unassigned code point).

    Usually its last character was not part of it: a byte was lost and the next real character
    (a no-break space, a guillemet) completed the sequence by accident.
    """
    guesses: list[_Guess] = []
    head = bytes(_BYTE_OF.get(ch, 0x20) for ch in span[:-1])
    # Only for one sequence (not a twice-encoded run): its last character read as a real one.
    if 2 <= len(span) <= 4 and _utf8_width(head[0]) == len(span) and 0x20 not in head:
        guesses = _guesses(head, len(span), "", before(index), span[-1], _quote_open(text, start))
        guesses = [_Guess(g.text + span[-1], g.score) for g in guesses]
    guesses.append(_Guess(fixed, _score(fixed[0], before(index), after(index, start + len(span)), False)))
    guesses.sort(key=lambda g: (-g.score, g.text))
    why = (
        f"la réparation automatique donnerait « {_show(fixed)} », improbable ici : "
        "un octet a sans doute été perdu."
    )
    return _residue(text, start, start + len(span), guesses, why)


def repair_text(text: str) -> str:
    """text with every "mojibake" finding applied (residues are left for the editor)."""
    return apply_findings(text, [f for f in find_mojibake(text) if f.kind == "mojibake"])


def group_findings(findings: Iterable[Finding]) -> list[tuple[str, list[Finding]]]:
    """Findings grouped by pattern ("Ã©→é"), most frequent first, then by first occurrence."""
    groups: dict[str, list[Finding]] = {}
    for finding in findings:
        groups.setdefault(finding.group or finding.text, []).append(finding)
    return sorted(groups.items(), key=lambda item: (-len(item[1]), item[1][0].start))
