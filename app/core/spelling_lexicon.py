"""The shared French lexicon: loaded once per process, lazily, from the package data.

Two levels, each built on first use and guarded by a lock so worker threads can race for it:
- `lexicon()`: the accepted forms (what `is_correct` needs): a MARISA trie read from the package data, 1 MB
  and a few milliseconds per process (a Python set of the 452,000 forms took 70 MB and 0.13 s in each of
  the window's helper processes);
- `suggestion_index()`: accent- and case-folded keys plus word frequencies (what `suggest` needs).
"""

from __future__ import annotations

import bisect
import gzip
import math
import re
import threading
import unicodedata
from collections.abc import Container
from dataclasses import dataclass
from importlib import resources

APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'"})


def normalize(word: str) -> str:
    """The form the lexicon stores: NFC, straight apostrophe."""
    if not word.isascii():
        word = unicodedata.normalize("NFC", word).translate(APOSTROPHES)
    return word


# Folding: lowercase, accents dropped, ligatures spelled out, one apostrophe: "Œuvrés" ≈ "oeuvres".
# The French letters go through str.replace (fast on the whole lexicon at once); anything else that is
# not ASCII through NFD. The lexicon file is sorted by (fold(word), word), so fold must stay stable.
_REPLACEMENTS = (
    ("œ", "oe"), ("æ", "ae"), ("ß", "ss"), ("’", "'"), ("ʼ", "'"), ("‘", "'"),
    ("é", "e"), ("è", "e"), ("ê", "e"), ("ë", "e"), ("à", "a"), ("â", "a"), ("ä", "a"),
    ("î", "i"), ("ï", "i"), ("ô", "o"), ("ö", "o"), ("ù", "u"), ("û", "u"), ("ü", "u"),
    ("ç", "c"), ("ÿ", "y"),
)  # fmt: skip
_COMBINING = re.compile("[\u0300-\u036f]+")


def _fold_rest(s: str) -> str:
    return _COMBINING.sub("", unicodedata.normalize("NFD", s))


def fold(word: str) -> str:
    """Accent-, ligature- and case-insensitive key of a word (or of several words, one a line)."""
    s = word.lower()
    if s.isascii():
        return s
    for a, b in _REPLACEMENTS:
        if a in s:
            s = s.replace(a, b)
    if s.isascii():
        return s
    if "\n" not in s:
        return _fold_rest(s)
    return "\n".join(line if line.isascii() else _fold_rest(line) for line in s.split("\n"))


_char_fold: dict[str, str] = {}


def fold_char(c: str) -> str:
    """fold() of one character, memoised (the weighted distance calls it in its inner loop)."""
    f = _char_fold.get(c)
    if f is None:
        f = _char_fold[c] = fold(c)
    return f


@dataclass(frozen=True)
class Lexicon:
    words: Container[str]  # a marisa_trie.Trie: `word in words`
    nosuggest: frozenset[str]


@dataclass(frozen=True)
class SuggestionIndex:
    # The lexicon's forms in file order (sorted by folded key) and their folded keys, aligned.
    forms_sorted: list[str]
    keys_sorted: list[str]
    keys: frozenset[str]
    nosuggest: frozenset[str]
    # pyspellchecker's French corpus counts of lowercase forms
    counts: dict[str, int]

    def forms(self, key: str) -> list[str]:
        """Every suggestable lexicon form whose folded key is `key`."""
        i = bisect.bisect_left(self.keys_sorted, key)
        out = []
        keys, forms = self.keys_sorted, self.forms_sorted
        while i < len(keys) and keys[i] == key:
            if forms[i] not in self.nosuggest:
                out.append(forms[i])
            i += 1
        return out

    def log_freq(self, form: str) -> float:
        return math.log10(self.counts.get(form.lower(), 0) + 1)


_lock = threading.Lock()
_lexicon: Lexicon | None = None
_index: SuggestionIndex | None = None
_english: frozenset[str] | None = None


def _read_lines(name: str) -> list[str]:
    data = resources.files("app.core").joinpath("data", name).read_bytes()
    if name.endswith(".gz"):
        data = gzip.decompress(data)
    lines = data.decode("utf-8").split("\n")
    if lines and not lines[-1]:
        lines.pop()
    return lines


def lexicon() -> Lexicon:
    """The accepted French forms (loaded on first call, shared by every Speller)."""
    global _lexicon
    if _lexicon is None:
        with _lock:
            if _lexicon is None:
                import marisa_trie

                trie = marisa_trie.Trie()
                trie.frombytes(resources.files("app.core").joinpath("data", "fr_words.marisa").read_bytes())
                _lexicon = Lexicon(trie, frozenset(_read_lines("fr_nosuggest.txt")))
    return _lexicon


def suggestion_index() -> SuggestionIndex:
    """Folded keys and frequencies for suggestions (built on first call, about 0.5 s)."""
    global _index
    if _index is None:
        lex = lexicon()
        with _lock:
            if _index is None:
                _index = _build_index(lex)
    return _index


def _build_index(lex: Lexicon) -> SuggestionIndex:
    # The word list in file order: sorted by (fold(word), word). One fold over the joined text is far faster
    # than one call per word.
    ordered = _read_lines("fr_words.txt.gz")
    keys = fold("\n".join(ordered)).split("\n")
    return SuggestionIndex(ordered, keys, frozenset(keys), lex.nosuggest, _french_counts())


def _french_counts() -> dict[str, int]:
    from spellchecker import SpellChecker

    counts: dict[str, int] = SpellChecker(language="fr", distance=1).word_frequency.dictionary
    return counts


def english_words() -> frozenset[str]:
    """pyspellchecker's English list (lowercase), for the "accept English words" option."""
    global _english
    if _english is None:
        from spellchecker import SpellChecker

        checker = SpellChecker(language="en", distance=1)
        with _lock:
            if _english is None:
                _english = frozenset(checker.word_frequency.dictionary.keys())
    return _english
