"""Build app/core/data/fr_words.txt.gz from Debian's hunspell-fr (Dicollecte/Grammalecte, MPL 2.0).

Run from the project root:  python resources/lexicon/build_lexicon.py [--aff F] [--dic F] [--verify]

It expands the Hunspell affix rules into the full list of word forms (plurals, feminines, every
conjugated form...). Elided forms (l'…, d'…, qu'…) are not generated: the tokenizer strips the elided
article or pronoun and checks the word after it, so the list stays small. Hunspell's internal
fragments (entries tagged po:err, like "qu" or "t'en") are left out.

Output, one word a line, NFC, straight apostrophe, sorted by (folded key, word), gzip'ed with mtime 0
so that two runs on the same input give byte-identical files:
  app/core/data/fr_words.txt.gz      every accepted form
  app/core/data/fr_nosuggest.txt     forms Hunspell accepts but never suggests (NOSUGGEST flag)
  app/core/data/fr_words.marisa      the same forms as a MARISA trie (what checking looks words up in:
                                     1 MB in memory, where a Python set of them takes 70 MB per process)

--verify pipes the result through `hunspell -d fr_FR -l` and reports forms Hunspell rejects
(there should be none).
"""

from __future__ import annotations

import argparse
import gzip
import io
import re
import subprocess
import sys
import unicodedata
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "app" / "core" / "data"
sys.path.insert(0, str(ROOT))

from app.core.spelling_lexicon import fold  # noqa: E402  (the app's folding decides the order)


@dataclass(frozen=True)
class Entry:
    strip: str
    add: str
    cont: tuple[str, ...]
    cond: re.Pattern[str]


@dataclass
class Affix:
    kind: str  # "PFX" or "SFX"
    cross: bool
    entries: list[Entry]


def flag_pairs(flags: str) -> tuple[str, ...]:
    # The French dictionary uses FLAG long: every flag is two characters.
    return tuple(flags[i : i + 2] for i in range(0, len(flags), 2))


def parse_aff(path: Path) -> tuple[dict[str, Affix], dict[str, str]]:
    affixes: dict[str, Affix] = {}
    options: dict[str, str] = {}
    for raw in path.read_text(encoding="utf-8").splitlines():
        parts = raw.split()
        if not parts or parts[0].startswith("#"):
            continue
        if parts[0] in ("PFX", "SFX"):
            kind, flag = parts[0], parts[1]
            if flag not in affixes:
                affixes[flag] = Affix(kind, parts[2] == "Y", [])
                continue
            strip = "" if parts[2] == "0" else parts[2]
            add, _, cont = parts[3].partition("/")
            add = "" if add == "0" else add
            cond = parts[4] if len(parts) > 4 else "."
            pattern = "^" + cond if kind == "PFX" else cond + "$"
            affixes[flag].entries.append(Entry(strip, add, flag_pairs(cont), re.compile(pattern)))
        elif len(parts) == 2 and parts[0] in ("FLAG", "NEEDAFFIX", "FORBIDDENWORD", "NOSUGGEST", "CIRCUMFIX"):
            options[parts[0]] = parts[1]
    return affixes, options


def is_elision(add: str) -> bool:
    return "'" in add or "’" in add


def expand(root: str, flags: tuple[str, ...], affixes: dict[str, Affix], need: str) -> set[str]:
    """Every form Hunspell accepts for one dictionary entry, elided forms excepted."""
    forms: set[str] = set()
    if need not in flags:
        forms.add(root)
    suffixed: list[tuple[str, bool]] = []
    for flag in flags:
        aff = affixes.get(flag)
        if aff is None or aff.kind != "SFX":
            continue
        for e in aff.entries:
            if root.endswith(e.strip) and e.cond.search(root):
                form = root[: len(root) - len(e.strip)] + e.add
                if need not in e.cont:
                    forms.add(form)
                suffixed.append((form, aff.cross))
                # Twofold suffixes: a suffix's continuation class may hold further suffixes.
                for cflag in e.cont:
                    caff = affixes.get(cflag)
                    if caff is not None and caff.kind == "SFX":
                        forms |= _apply_suffix(form, caff)
    for flag in flags:
        aff = affixes.get(flag)
        if aff is None or aff.kind != "PFX":
            continue
        for e in aff.entries:
            if is_elision(e.add) or not (root.startswith(e.strip) and e.cond.search(root)):
                continue
            form = e.add + root[len(e.strip) :]
            if need not in e.cont:
                forms.add(form)
            for cflag in e.cont:
                caff = affixes.get(cflag)
                if caff is not None and caff.kind == "SFX":
                    forms |= _apply_suffix(form, caff)
            if aff.cross:
                for sform, scross in suffixed:
                    if scross and sform.startswith(e.strip):
                        forms.add(e.add + sform[len(e.strip) :])
    return forms


def _apply_suffix(word: str, aff: Affix) -> set[str]:
    return {
        word[: len(word) - len(e.strip)] + e.add for e in aff.entries if word.endswith(e.strip) and e.cond.search(word)
    }


def build(aff_path: Path, dic_path: Path) -> tuple[list[str], list[str]]:
    affixes, options = parse_aff(aff_path)
    need = options.get("NEEDAFFIX", "()")
    forbidden = options.get("FORBIDDENWORD", "{}")
    nosuggest_flag = options.get("NOSUGGEST", "--")
    words: set[str] = set()
    nosuggest: set[str] = set()
    lines = dic_path.read_text(encoding="utf-8").splitlines()
    for line in lines[1:]:
        if not line.strip():
            continue
        head, *morph = line.split()
        if "po:err" in morph:
            continue
        root, _, flags_text = head.partition("/")
        flags = flag_pairs(flags_text)
        if forbidden in flags:
            continue
        forms = {normalize(f) for f in expand(root, flags, affixes, need)}
        # Hunspell's tokenizer never passes a trailing apostrophe; such entries are elision stubs.
        forms = {f for f in forms if f and not f.endswith("'")}
        words |= forms
        if nosuggest_flag in flags:
            nosuggest |= forms
    # Sorted by folded key (accents, case, ligatures ignored) so the app can find "école" from "ecole"
    # by bisection without building a dictionary at start-up.
    return sorted(words, key=lambda w: (fold(w), w)), sorted(nosuggest)


def normalize(word: str) -> str:
    return unicodedata.normalize("NFC", word).replace("’", "'")


def write_gzip_lines(path: Path, lines: list[str]) -> None:
    raw = ("\n".join(lines) + "\n").encode("utf-8")
    buf = io.BytesIO()
    # mtime=0 and no file name: the output depends on the input only.
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, compresslevel=9, mtime=0) as gz:
        gz.write(raw)
    path.write_bytes(buf.getvalue())


def write_trie(path: Path, words: list[str]) -> None:
    import marisa_trie

    marisa_trie.Trie(words).save(str(path))


def verify(words: list[str], dic_name: str) -> list[str]:
    """Forms that `hunspell -l` rejects (it prints the misspelled ones)."""
    text = "\n".join(w.replace("'", "’") for w in words) + "\n"
    out = subprocess.run(
        ["hunspell", "-d", dic_name, "-l", "-i", "utf-8"],
        input=text.encode("utf-8"),
        capture_output=True,
        check=True,
    ).stdout.decode("utf-8")
    return [w for w in out.splitlines() if w]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--aff", type=Path, default=Path("/usr/share/hunspell/fr_FR.aff"))
    parser.add_argument("--dic", type=Path, default=Path("/usr/share/hunspell/fr_FR.dic"))
    parser.add_argument("--out", type=Path, default=DATA)
    parser.add_argument("--verify", action="store_true", help="check every form with the hunspell binary")
    args = parser.parse_args(argv)
    words, nosuggest = build(args.aff, args.dic)
    args.out.mkdir(parents=True, exist_ok=True)
    write_gzip_lines(args.out / "fr_words.txt.gz", words)
    write_trie(args.out / "fr_words.marisa", words)
    (args.out / "fr_nosuggest.txt").write_text("\n".join(nosuggest) + "\n", encoding="utf-8")
    size = (args.out / "fr_words.txt.gz").stat().st_size
    print(f"{len(words)} forms ({len(nosuggest)} never suggested), fr_words.txt.gz {size / 1e6:.2f} MB")
    if args.verify:
        rejected = verify(words, "fr_FR")
        print(f"hunspell rejects {len(rejected)} of them", *rejected[:20], sep="\n  ")
        return 1 if rejected else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
