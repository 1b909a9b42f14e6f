"""French grammar checking with Grammalecte, on the prose of a Markdown article.

Grammalecte (GPL-3.0, pure Python) comes from Debian's python3-grammalecte; packaging/link-grammalecte.sh
makes it importable from the venv.  Without it, `available()` is False and `unavailable_message()` says
how to install it: the other checks are unaffected.

What Grammalecte reads (`mask_markdown`): the article with everything that is not prose replaced, one
character for one, so every offset stays valid:
- code spans, URLs, autolinks, images and shortcodes stand where a word stood: they become a word-like
  placeholder ("XXXX"), so "L’installation de `debsums` permet" stays a sentence (blanking them with
  spaces breaks it and makes "espaces surnuméraires" findings);
- link targets, HTML tags, footnote and reference labels, entities and attribute blocks sit beside
  words: they become "@", which Grammalecte itself treats as text to skip, without spacing findings;
- whole lines that are not prose (code blocks, front matter keys, HTML blocks) become blank.
Emphasis markers, headings and list markers are left as they are: Grammalecte's Markdown option knows them.
In the front matter only the values of title, description and seo.* are checked, each on its own.

One typography engine: Relecture's `typography` kind (app.core.typography) owns no-break spaces, straight
apostrophes, "..." and multiple spaces, with its one-click fixes; Grammalecte's rules for the same problems
are switched off here (TYPOGRAPHY_OPTIONS_OFF, RULES_OFF) so no problem is reported twice.

Relecture's own additions (kind "grammar", rule "relecture:…") where Grammalecte is weak: et/est after a
subject pronoun, ou/où after "savoir"-like verbs and place words, son/sont before a plural participle or
adjective (the wrong word is marked, not its neighbour), and the right past participle suggested first.
"""

from __future__ import annotations

import re
import threading
from collections import OrderedDict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from app.core.findings import Finding
from app.core.frontmatter import split
from app.core.spelling_ranges import checkable_ranges

INSTALL_HINT = "sudo apt-get install python3-grammalecte"

# Grammalecte options covered by Relecture's typography kind (or meaningless in Markdown).
TYPOGRAPHY_OPTIONS_OFF = ("apos", "nbsp", "esp", "tab", "unit")
RULES_OFF = frozenset(
    (
        "typo_points_suspension1",  # "..." → "…": typography kind, rule points-de-suspension
        "typo_points_suspension2",
        "typo_points_suspension3",
        "typo_tiret_début_ligne",  # "- " at the start of a line is a Markdown list item, not a dialogue dash
    )
)
# Categories (Grammalecte option names) that are typography rather than grammar.
TYPOGRAPHY_CATEGORIES = frozenset(("typo", "apos", "nbsp", "esp", "tab", "unit", "num", "liga", "mapos"))

_CACHE_SIZE = 20000


def available() -> bool:
    """True when Grammalecte can be imported and loaded."""
    return _engine() is not None


def unavailable_message() -> str:
    reason = _load_error or "Grammalecte n’est pas installé"
    return f"vérification grammaticale indisponible ({reason}) ; pour l’installer : {INSTALL_HINT}"


def version() -> str | None:
    eng = _engine()
    return str(getattr(eng, "__version__", "")) or None if eng is not None else None


# ---------------------------------------------------------------- engine

_lock = threading.Lock()
_gce: Any = None
_loaded = False
_load_error: str | None = None
_options: dict[str, bool] = {}


def _engine() -> Any:
    global _gce, _loaded, _load_error, _options
    if _loaded:
        return _gce
    with _lock:
        if _loaded:
            return _gce
        try:
            from grammalecte.fr import gc_engine

            gc_engine.load("Python")
            opts = dict(gc_engine.getDefaultOptions())
            for name in TYPOGRAPHY_OPTIONS_OFF:
                opts[name] = False
            for rule in RULES_OFF:
                gc_engine.ignoreRule(rule)
            _options = opts
            _gce = gc_engine
        except ImportError:
            _load_error = "Grammalecte n’est pas installé"
        except Exception as exc:  # noqa: BLE001 - a broken install must not break the other checks
            _load_error = f"Grammalecte ne se charge pas : {type(exc).__name__}"
        _loaded = True
        return _gce


# ---------------------------------------------------------------- masking

_WORDLIKE_START = re.compile(
    r"`|<(?:code|kbd|samp|var)\b|<(?:https?|ftp|mailto):|\{\{|\{%|https?:|ftp:|file:|www\.|data:|mailto:", re.I
)
_IMAGE = re.compile(r"!\[[^\]\n]*\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+\"[^\"\n]*\")?\s*\)")
_HAS_LETTER = re.compile(r"[^\W\d_]")


def mask_markdown(text: str) -> str:
    """The text with everything but prose replaced one character for one (same length, same offsets)."""
    ranges = checkable_ranges(text)
    out = list(text)
    pos = 0
    for start, end in [*ranges, (len(text), len(text))]:
        if pos < start:
            _fill_gap(text, out, pos, start)
        pos = max(pos, end)
    for m in _IMAGE.finditer(text):
        if any(ch not in "\r\n" for ch in text[m.start() : m.end()]):
            _fill(out, m.start(), m.end(), "X")
    return "".join(out)


def _fill(out: list[str], start: int, end: int, ch: str) -> None:
    for i in range(start, end):
        if out[i] not in "\r\n":
            out[i] = ch


def _fill_gap(text: str, out: list[str], start: int, end: int) -> None:
    """One run of non-prose: whole lines go blank, spans inside a line become a word or "@"."""
    i = start
    while i < end:
        nl = text.find("\n", i, end)
        seg_end = end if nl == -1 else nl
        if seg_end > i:
            line_start = text.rfind("\n", 0, i) + 1
            line_end = text.find("\n", seg_end)
            line_end = len(text) if line_end == -1 else line_end
            whole = not text[line_start:i].strip() and not text[seg_end:line_end].strip()
            segment = text[i:seg_end]
            if whole or not segment.strip():
                _fill(out, i, seg_end, " ")
            elif _WORDLIKE_START.match(segment.lstrip()):
                lead = len(segment) - len(segment.lstrip())
                trail = len(segment) - len(segment.rstrip())
                _fill(out, i + lead, seg_end - trail, "X")
            else:
                lead = len(segment) - len(segment.lstrip())
                trail = len(segment) - len(segment.rstrip())
                _fill(out, i + lead, seg_end - trail, "@")
        i = seg_end + 1


_NEW_UNIT = re.compile(r"[ \t]{0,3}(?:#{1,6}[ \t]|[-+*][ \t]|\d{1,9}[.)][ \t]|>|\|)")
_HEADING = re.compile(r"[ \t]{0,3}#{1,6}[ \t]")


def paragraphs(masked: str, body_start: int) -> list[tuple[int, int]]:
    """[start, end) of each unit Grammalecte reads in the body: paragraphs, list items, headings, rows."""
    units: list[tuple[int, int]] = []
    cur: int | None = None
    cur_end = body_start
    single = False
    pos = body_start
    n = len(masked)
    while pos < n:
        nl = masked.find("\n", pos)
        line_end = n if nl == -1 else nl
        content_end = line_end - 1 if line_end > pos and masked[line_end - 1] == "\r" else line_end
        line = masked[pos:content_end]
        if not line.strip():
            if cur is not None:
                units.append((cur, cur_end))
            cur = None
        else:
            if cur is not None and (single or _NEW_UNIT.match(line)):
                units.append((cur, cur_end))
                cur = None
            if cur is None:
                cur = pos
                single = bool(_HEADING.match(line)) or line.lstrip().startswith("|")
            cur_end = content_end
        pos = line_end + 1
    if cur is not None:
        units.append((cur, cur_end))
    return [(s, e) for s, e in units if _HAS_LETTER.search(masked, s, e)]


# ---------------------------------------------------------------- checking


@dataclass(frozen=True, slots=True)
class _Error:
    start: int
    end: int
    rule: str
    category: str
    message: str
    suggestions: tuple[str, ...]


_cache: OrderedDict[str, tuple[_Error, ...]] = OrderedDict()


def check_text(text: str, *, categories: Iterable[str] | None = None) -> list[Finding]:
    """Grammar findings of a whole article (front matter included); [] when Grammalecte is absent.

    categories: Grammalecte option names to keep (None: every category switched on by default).
    """
    eng = _engine()
    if eng is None:
        return []
    masked = mask_markdown(text)
    fm = split(text)
    units: list[tuple[int, int]] = []
    if fm.format is not None:
        units.extend(
            (s, e) for s, e in checkable_ranges(text) if s < fm.content_end and _HAS_LETTER.search(masked, s, e)
        )
    units.extend(paragraphs(masked, fm.body_start if fm.format is not None else 0))
    wanted = frozenset(categories) if categories is not None else None
    found: list[Finding] = []
    for start, end in units:
        unit = masked[start:end]
        for err in check_paragraph(unit):
            if wanted is not None and err.category not in wanted:
                continue
            f = _to_finding(text, masked, start, err)
            if f is not None:
                found.append(f)
    found.sort(key=lambda f: (f.start, f.end))
    return found


def check_paragraph(unit: str) -> tuple[_Error, ...]:
    """Errors of one masked paragraph (offsets relative to it), cached by its text."""
    hit = _cache.get(unit)
    if hit is not None:
        _cache.move_to_end(unit)
        return hit
    eng = _engine()
    if eng is None:
        return ()
    errors: list[_Error] = []
    for e in eng.parse(unit, "FR", dOptions=_options):
        errors.append(
            _Error(
                int(e["nStart"]),
                int(e["nEnd"]),
                str(e["sRuleId"]),
                str(e.get("sType") or ""),
                str(e.get("sMessage") or ""),
                tuple(str(s) for s in e.get("aSuggestions") or ()),
            )
        )
    from app.core.grammar_rules import improve

    result = tuple(improve(unit, errors, eng.getSpellChecker()))
    _cache[unit] = result
    if len(_cache) > _CACHE_SIZE:
        _cache.popitem(last=False)
    return result


def clear_cache() -> None:
    _cache.clear()


def _to_finding(text: str, masked: str, base: int, err: _Error) -> Finding | None:
    start, end = base + err.start, base + err.end
    if start >= end or end > len(text):
        return None
    if masked[start:end] != text[start:end]:
        return None  # it touches masked markup or code: not the writer's prose
    # Emphasis markers at the edges belong to Markdown, not to the words the suggestion replaces.
    while start < end and text[start] in "*_":
        start += 1
    while end > start and text[end - 1] in "*_":
        end -= 1
    if start >= end:
        return None
    span = text[start:end]
    suggestions = err.suggestions
    replacement = suggestions[0] if suggestions and not any(c in span for c in "*_`") else None
    return Finding(
        "grammar",
        start,
        end,
        span,
        replacement,
        suggestions,
        err.message,
        group=err.rule,
        rule=err.rule,
        category=err.category,
    )
