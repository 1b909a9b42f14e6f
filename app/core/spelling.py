"""French spelling: a lexicon-backed Speller, bounded-time suggestions, and the spelling check itself.

Public API:
    Speller(accept_english=False, extra_words=())   .is_correct .suggest .add_words .remove_word .ignore
    tokenize(text, start=0, end=None)               words worth checking, with code-point offsets
    checkable_ranges(text)                          the prose parts of a Markdown article
    check_text(text, speller=None, suggestions=True) -> list[Finding]
    read_word_file / add_to_word_file / remove_from_word_file / folder_dictionary_path

The lexicon (451,906 forms expanded from hunspell-fr, MPL 2.0) is loaded once per process, lazily and
thread-safely, and shared by every Speller. Speller methods may be called from worker threads; user word
sets are replaced, never mutated in place, so a concurrent check sees either the old or the new set.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable
from pathlib import Path

from app.core.atomic import write_atomic
from app.core.findings import Finding
from app.core.spelling_lexicon import (
    english_words,
    fold,
    fold_char,
    lexicon,
    normalize,
    suggestion_index,
)
from app.core.spelling_ranges import checkable_ranges
from app.core.spelling_tokens import tokenize

__all__ = [
    "Speller",
    "add_to_word_file",
    "check_text",
    "checkable_ranges",
    "default_speller",
    "folder_dictionary_path",
    "read_word_file",
    "remove_from_word_file",
    "tokenize",
]

_HYPHENS = re.compile(r"[-‐‑]")
_ELISION = re.compile(r"(?:[lLdDjJmMnNsStTcCçÇ]|[qQ]u|[jJ]usqu|[lL]orsqu|[pP]uisqu|[qQ]uoiqu)['’ʼ](?=\w)")
# Parts of an inversion that are not words on their own: the euphonic t of "explique-t-elle".
_EUPHONIC = frozenset(("t",))

_FOLDED_ALPHABET = "esaitnrulodcmpvgfbhqxjyzkw-'"
_AZERTY_ROWS = ("azertyuiop", "qsdfghjklm", "wxcvbn")


def _azerty_neighbours() -> dict[str, frozenset[str]]:
    near: dict[str, set[str]] = {}
    for r, row in enumerate(_AZERTY_ROWS):
        for c, ch in enumerate(row):
            s = near.setdefault(ch, set())
            if c > 0:
                s.add(row[c - 1])
            if c + 1 < len(row):
                s.add(row[c + 1])
            # Rows are staggered (each a little to the right of the one above): under "i" sit "j" and
            # "k", above it "8" and "9"; so down-left and down, up and up-right.
            for rr, cols in ((r + 1, (c - 1, c)), (r - 1, (c, c + 1))):
                if 0 <= rr < len(_AZERTY_ROWS):
                    other = _AZERTY_ROWS[rr]
                    for cc in cols:
                        if 0 <= cc < len(other):
                            s.add(other[cc])
    return {k: frozenset(v) for k, v in near.items()}


NEIGHBOURS = _azerty_neighbours()

# Edit costs for ranking suggestions: the mistakes people make cost less than arbitrary edits.
COST_ACCENT = 0.2  # e ↔ é, oe ↔ œ
COST_CASE = 0.1
COST_DOUBLE = 0.5  # a letter doubled or undoubled (appeller, developement)
COST_SWAP = 0.6  # two neighbouring letters swapped
COST_NEIGHBOUR = 0.6  # AZERTY neighbour key
COST_EDIT = 1.0  # any other substitution
COST_INDEL = 0.8  # a letter missing or added (more common than a wrong letter)
FREQ_WEIGHT = 0.1  # per decade of corpus frequency
SCORED_MAX = 40  # candidates ranked with the full weighted distance
# Suggestion work is bounded by the work done, never by the clock, so that the same word always gets the
# same suggestions (on a busy machine, in the window and on the command line alike): at most LOOKUPS_MAX
# candidate strings are looked up at edit distance 2 (about 30 ms on an idle machine), and a word longer
# than WORD_MAX characters gets none (a 10,000-letter "word" generated gigabytes of candidates).
LOOKUPS_MAX = 120_000
WORD_MAX = 40
SUGGESTIONS_CACHED = 50_000  # words whose suggestions a Speller remembers (once per distinct word per run)
VERDICTS_MAX = 200_000  # words remembered by a Speller's misspelled_parts (a few tens of MB at most)


class Speller:
    """Checks and corrects French words; one per set of user words (cheap: the lexicon is shared)."""

    def __init__(self, accept_english: bool = False, extra_words: Iterable[str] = (), *, apostrophe: str = "’") -> None:
        self.accept_english = accept_english
        # Apostrophe used in suggestions when the word itself has none ("aujourdhui" → "aujourd’hui").
        self.apostrophe = apostrophe
        self._extra: frozenset[str] = frozenset(normalize(w) for w in extra_words if w.strip())
        self._ignored: frozenset[str] = frozenset()
        self._lock = threading.Lock()
        self._cache: dict[tuple[str, int], tuple[str, ...]] = {}
        # word → misspelled_parts: a folder's articles share most of their words (10,000 articles, one
        # process: ~1/10 of a check's time). Emptied when the accepted words change.
        self._verdicts: dict[str, list[tuple[int, int]]] = {}
        # Candidate strings looked up by suggest() so far: the measure of its work (tests bound it).
        self.candidates_examined = 0
        self._words = lexicon().words
        self._english = english_words() if accept_english else frozenset()

    # ------------------------------------------------------------ user words

    @property
    def extra_words(self) -> frozenset[str]:
        return self._extra

    def add_words(self, words: Iterable[str]) -> None:
        """Accept these words from now on (personal or folder dictionary)."""
        new = {normalize(w.strip()) for w in words if w.strip()}
        with self._lock:
            self._extra = self._extra | new
            self._cache = {}
            self._verdicts = {}

    def remove_word(self, word: str) -> None:
        """Stop accepting a word added with add_words or ignore (lexicon words stay)."""
        w = normalize(word.strip())
        with self._lock:
            self._extra = self._extra - {w}
            self._ignored = self._ignored - {w}
            self._cache = {}
            self._verdicts = {}

    def ignore(self, word: str) -> None:
        """Accept a word for this session only (not written anywhere)."""
        with self._lock:
            self._ignored = self._ignored | {normalize(word.strip())}
            self._verdicts = {}

    # ------------------------------------------------------------ checking

    def is_correct(self, word: str) -> bool:
        """True if the word (or, for hyphenated words, each of its parts) is French or a user word.

        Case-aware: "Paris" is known, "école" is, "ecole" is not. A capitalised word is accepted when its
        lowercase form is (sentence starts, titles); an all-capitals word when its lowercase or
        capitalised form is. Both apostrophes (’ and ') and a leading elision (l’, qu’…) are understood.
        """
        return not self.misspelled_parts(word)

    def misspelled_parts(self, word: str) -> list[tuple[int, int]]:
        """Spans [start, end) of word (relative) that are misspelled; empty if the word is correct.

        A hyphenated word is correct as a whole if the lexicon knows it ("peut-être"), else each part
        is checked on its own ("explique-t-elle"), so only the wrong part is underlined.
        The list returned may be shared: do not change it.
        """
        verdicts = self._verdicts
        bad = verdicts.get(word)
        if bad is None:
            bad = self._misspelled_parts(word)
            if len(verdicts) >= VERDICTS_MAX:
                verdicts.clear()
            verdicts[word] = bad
        return bad

    def _misspelled_parts(self, word: str) -> list[tuple[int, int]]:
        if self._known(word):
            return []
        e = _ELISION.match(word)
        if e is not None and e.end() < len(word):
            return [(s + e.end(), t + e.end()) for s, t in self.misspelled_parts(word[e.end() :])]
        if _HYPHENS.search(word):
            bad: list[tuple[int, int]] = []
            pos = 0
            for part in _HYPHENS.split(word):
                end = pos + len(part)
                if len(part) >= 2 and part not in _EUPHONIC and not self._known(part):
                    sub = _ELISION.match(part)
                    if sub is None or not self._known(part[sub.end() :]):
                        bad.append((pos, end))
                pos = end + 1
            return bad
        return [(0, len(word))]

    def _known(self, word: str) -> bool:
        w = normalize(word)
        words, extra, ignored = self._words, self._extra, self._ignored
        for v in _case_variants(w):
            if v in words or v in extra or v in ignored:
                return True
        return bool(self._english) and w.lower() in self._english

    # ------------------------------------------------------------ suggestions

    def suggest(
        self, word: str, limit: int = 5, budget_ms: float | None = None, *, apostrophe: str | None = None
    ) -> list[str]:
        """Up to `limit` corrections, best first; the same answer for the same word, whatever the load.

        Candidates: accent-, ligature- and case-insensitive matches, then edit distance 1, then edit
        distance 2 within LOOKUPS_MAX lookups. `budget_ms` is accepted for older callers and ignored:
        the work is bounded by candidates examined, not by time. Words over WORD_MAX get none.
        Ranked by a weighted edit distance (accents, doubled letters, swaps and AZERTY neighbours cost
        less) and by French word frequency, ties by the word itself. The word's capitalisation
        is kept ("Ecole" → "École"), and its apostrophe; a word without one gets `apostrophe` (default:
        the Speller's, ’).
        """
        w = word.strip()
        if not w or len(w) > WORD_MAX:
            return []
        w = normalize(w)
        if len(w) > WORD_MAX:
            return []
        result = self._cache.get((w, limit))
        if result is None:
            result = tuple(self._suggest(w, limit))
            cache = self._cache
            if len(cache) > SUGGESTIONS_CACHED:
                cache.clear()
            cache[(w, limit)] = result
        # The lexicon spells apostrophes straight; answer in the writer's style.
        style = "’" if "’" in word else "'" if "'" in word else (apostrophe or self.apostrophe)
        return [r.replace("'", style) for r in result] if style != "'" else list(result)

    def _suggest(self, w: str, limit: int) -> list[str]:
        idx = suggestion_index()
        words = self._words
        keys = idx.keys
        key = fold(w)
        extra = self._extra | self._ignored
        found: dict[str, int] = {}  # candidate form → number of edits it was found at

        def take(k: str, level: int) -> None:
            for form in idx.forms(k):
                if found.get(form, 9) > level:
                    found[form] = level

        take(key, 0)
        first = _edits1(key)
        self.candidates_examined += len(first)
        for e in keys.intersection(first):
            take(e, 1)
        for u in extra:
            if abs(len(u) - len(w)) <= 2:
                found.setdefault(u, 1)
        # Two words run together: "alorsque" → "alors que".
        for i in range(2, len(w) - 1):
            left, right = w[:i], w[i:]
            if len(right) >= 2 and left.lower() in words and right.lower() in words:
                found.setdefault(f"{left} {right}", 1)
        if len(key) >= 3:
            # Distance 2 costs ~n² lookups: with candidates at distance 1 already, only a doubled letter
            # or a swap as the second mistake; otherwise every first edit, likeliest first, until
            # LOOKUPS_MAX candidates have been looked up.
            if found:
                seeds = _double_and_swap_edits(key)
            else:
                likely = _likely_edits(key)
                seen = set(likely)
                seeds = likely + [e for e in first if e not in seen]
            lookups = 0
            for e1 in seeds:
                second = _edits1(e1)
                lookups += len(second)
                if lookups > LOOKUPS_MAX:
                    break
                for e2 in keys.intersection(second):
                    take(e2, 2)
            self.candidates_examined += min(lookups, LOOKUPS_MAX)
        found.pop(w, None)
        if not found:
            return []
        log_freq = idx.log_freq
        # Ties broken by the form: set iteration order changes with each process's string hashing.
        rough = sorted(found, key=lambda f: (found[f] - FREQ_WEIGHT * log_freq(f), f))
        scored = []
        for form in rough[:SCORED_MAX]:
            cost = weighted_distance(w, form) - FREQ_WEIGHT * log_freq(form)
            scored.append((cost, form))
        scored.sort()
        out: list[str] = []
        for _, form in scored:
            s = _match_case(w, form)
            if s != w and s not in out:
                out.append(s)
            if len(out) >= limit:
                break
        return out


def _case_variants(w: str) -> tuple[str, ...]:
    if not w or not w[0].isupper():
        return (w,)
    lower_first = w[0].lower() + w[1:]
    if len(w) > 1 and w.isupper():
        low = w.lower()
        return (w, low, low.capitalize(), _title_parts(low), lower_first)
    return (w, lower_first)


def _title_parts(low: str) -> str:
    # "JEAN-PIERRE" → "Jean-Pierre"
    return "-".join(p.capitalize() for p in low.split("-"))


def _match_case(original: str, form: str) -> str:
    if len(original) > 1 and original.isupper():
        return form.upper()
    if original[0].isupper() and form[0].islower():
        return form[0].upper() + form[1:]
    return form


def _edits1(w: str) -> list[str]:
    splits = [(w[:i], w[i:]) for i in range(len(w) + 1)]
    letters = _FOLDED_ALPHABET
    out = [a + b[1:] for a, b in splits if b]
    out += [a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1]
    out += [a + c + b[1:] for a, b in splits if b for c in letters if c != b[0]]
    out += [a + c + b for a, b in splits for c in letters]
    return out


def _likely_edits(w: str) -> list[str]:
    """The first edits of the usual typos: doubled letters, deletions, swaps, AZERTY neighbours."""
    out = [w[: i + 1] + w[i] + w[i + 1 :] for i in range(len(w))]
    out += [w[:i] + w[i + 1 :] for i in range(len(w))]
    out += [w[:i] + w[i + 1] + w[i] + w[i + 2 :] for i in range(len(w) - 1)]
    out += [w[:i] + n + w[i + 1 :] for i in range(len(w)) for n in NEIGHBOURS.get(w[i], ())]
    return list(dict.fromkeys(out))


def _double_and_swap_edits(w: str) -> list[str]:
    out = [w[:i] + w[i + 1 :] for i in range(1, len(w)) if w[i] == w[i - 1]]
    out += [w[: i + 1] + w[i] + w[i + 1 :] for i in range(len(w))]
    out += [w[:i] + w[i + 1] + w[i] + w[i + 2 :] for i in range(len(w) - 1)]
    return list(dict.fromkeys(out))


def _sub_cost(a: str, b: str) -> float:
    if a == b:
        return 0.0
    fa, fb = fold_char(a), fold_char(b)
    if fa == fb:
        return COST_CASE if a.lower() == b.lower() else COST_ACCENT
    if fb in NEIGHBOURS.get(fa, ()):
        return COST_NEIGHBOUR
    return COST_EDIT


def _indel_cost(s: str, i: int) -> float:
    """Cost of deleting s[i] from s (or inserting it): cheap when it doubles a neighbour."""
    c = fold_char(s[i])
    if (i > 0 and fold_char(s[i - 1]) == c) or (i + 1 < len(s) and fold_char(s[i + 1]) == c):
        return COST_DOUBLE
    if c in "-'":
        return COST_DOUBLE
    return COST_INDEL


def weighted_distance(a: str, b: str) -> float:
    """Damerau-Levenshtein (optimal string alignment) distance with the typo costs above."""
    a, b = _ligatures(a), _ligatures(b)
    n, m = len(a), len(b)
    del_a = [_indel_cost(a, i) for i in range(n)]
    ins_b = [_indel_cost(b, j) for j in range(m)]
    prev2: list[float] = []
    prev = [0.0] * (m + 1)
    for j in range(1, m + 1):
        prev[j] = prev[j - 1] + ins_b[j - 1]
    for i in range(1, n + 1):
        ai = a[i - 1]
        di = del_a[i - 1]
        cur = [prev[0] + di] + [0.0] * m
        for j in range(1, m + 1):
            bj = b[j - 1]
            best = prev[j - 1] + (0.0 if ai == bj else _sub_cost(ai, bj))
            d = prev[j] + di
            if d < best:
                best = d
            d = cur[j - 1] + ins_b[j - 1]
            if d < best:
                best = d
            if i > 1 and j > 1 and ai == b[j - 2] and a[i - 2] == bj and ai != bj:
                d = prev2[j - 2] + COST_SWAP
                if d < best:
                    best = d
            cur[j] = best
        prev2, prev = prev, cur
    return prev[m]


def _ligatures(s: str) -> str:
    # Compare "coeur" with "cœur" letter by letter; the ligature itself then costs nothing.
    return s.replace("œ", "oe").replace("Œ", "Oe").replace("æ", "ae").replace("Æ", "Ae")


# ---------------------------------------------------------------- whole texts

_default: Speller | None = None
_default_lock = threading.Lock()


def default_speller() -> Speller:
    """A shared Speller without user words (what check_text uses when given none)."""
    global _default
    if _default is None:
        with _default_lock:
            if _default is None:
                _default = Speller()
    return _default


def check_text(
    text: str,
    speller: Speller | None = None,
    suggestions: bool = True,
    budget_ms: float | None = None,
) -> list[Finding]:
    """Spelling findings for a whole Markdown article (front matter included), sorted by position.

    Only checkable_ranges(text) are read. Each finding: kind "spelling", text = the word,
    suggestions best first (computed once per distinct word), replacement None.
    """
    sp = speller or default_speller()
    # Suggestions follow the article's own apostrophe when the word has none.
    style = "'" if text.count("'") > text.count("’") else "’"
    verdicts: dict[str, list[tuple[int, int]]] = {}
    proposals: dict[str, tuple[str, ...]] = {}
    findings: list[Finding] = []
    for rs, re_ in checkable_ranges(text):
        for ts, _te, token in tokenize(text, rs, re_):
            bad = verdicts.get(token)
            if bad is None:
                bad = verdicts[token] = sp.misspelled_parts(token)
            for bs, be in bad:
                word = token[bs:be]
                props: tuple[str, ...] = ()
                if suggestions:
                    got = proposals.get(word)
                    if got is None:
                        got = proposals[word] = tuple(sp.suggest(word, apostrophe=style))
                    props = got
                findings.append(
                    Finding(
                        kind="spelling",
                        start=ts + bs,
                        end=ts + be,
                        text=word,
                        replacement=None,
                        suggestions=props,
                        message=f"Mot inconnu\u00a0: «\u00a0{word}\u00a0»",
                        group=normalize(word),
                    )
                )
    return findings


# ---------------------------------------------------------------- word files


def folder_dictionary_path(folder: Path) -> Path:
    """Where a folder's shared dictionary lives: <folder>/.relecture/dictionary.txt."""
    return Path(folder) / ".relecture" / "dictionary.txt"


def read_word_file(path: Path) -> set[str]:
    """The words of a dictionary file (UTF-8, one a line; blank lines and # comments skipped).

    A missing file is an empty dictionary.
    """
    try:
        raw = Path(path).read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        return set()
    return {normalize(line.strip()) for line in raw.splitlines() if line.strip() and not line.startswith("#")}


def add_to_word_file(path: Path, word: str) -> None:
    """Add a word to a dictionary file (created with its folder if needed), sorted, written atomically."""
    w = normalize(word.strip())
    if not w:
        raise ValueError("mot vide")
    words = read_word_file(path)
    if w in words:
        return
    words.add(w)
    _write_word_file(Path(path), words)


def remove_from_word_file(path: Path, word: str) -> None:
    """Remove a word from a dictionary file (no-op if absent)."""
    w = normalize(word.strip())
    words = read_word_file(path)
    if w in words:
        words.discard(w)
        _write_word_file(Path(path), words)


def _write_word_file(path: Path, words: set[str]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    # Alphabetical for people (é next to e), stable for git diffs.
    ordered = sorted(words, key=lambda w: (fold(w), w))
    write_atomic(path, ("\n".join(ordered) + "\n").encode("utf-8") if ordered else b"")
