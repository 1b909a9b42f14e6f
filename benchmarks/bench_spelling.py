"""French spelling against `hunspell -d fr_FR` on the same tokens of a French prose corpus.

Corpus: benchmarks/data/*.md (written for this benchmark: tech, culture, sport, cooking, politics,
housing, an interview) plus the clean seed 003. Every token our tokenizer yields is also given to Hunspell,
so both skip the same things (numbers, acronyms, elided articles) and both see capitalised words.

Figures: false flags per 1,000 words on correct prose; recall and top-1/top-5 suggestion accuracy on
injected typos (dropped or wrong accents, doubled or missing letters, swapped letters, AZERTY neighbours;
random seed fixed); suggestion latency p50/p99; lexicon and suggestion-index load times (fresh process);
whole-article check time for a 200 KB article.

Run alone: python -m benchmarks.bench_spelling   (Hunspell rows are skipped if `hunspell` is missing.)
"""

from __future__ import annotations

import random
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from app.core.spelling import Speller, check_text, checkable_ranges, tokenize
from app.core.spelling_lexicon import fold, lexicon, suggestion_index

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(__file__).resolve().parent / "data"
SEED = next((ROOT / "seeds").glob("003_*.txt"))
TYPOS_PER_KIND = 100
RANDOM_SEED = 20240601
ROW = dict[str, Any]

ACCENTS = {
    "e": "éèê", "é": "eèê", "è": "eéê", "ê": "eéè", "a": "àâ", "à": "aâ", "â": "aà", "i": "îï", "î": "iï",
    "o": "ô", "ô": "o", "u": "ùû", "ù": "uû", "û": "uù", "c": "ç", "ç": "c", "ï": "iî",
}  # fmt: skip
AZERTY = ("azertyuiop", "qsdfghjklm", "wxcvbn")


def corpus() -> list[tuple[str, str]]:
    texts = [(p.name, p.read_text(encoding="utf-8")) for p in sorted(DATA.glob("*.md"))]
    texts.append((SEED.name, SEED.read_text(encoding="utf-8")))
    return texts


def corpus_tokens(texts: list[tuple[str, str]]) -> list[str]:
    return [w for _, t in texts for s, e in checkable_ranges(t) for _, _, w in tokenize(t, s, e)]


# ------------------------------------------------------------------ Hunspell


def hunspell_available() -> bool:
    if shutil.which("hunspell") is None:
        return False
    probe = subprocess.run(["hunspell", "-D"], capture_output=True, text=True, input="")
    return "fr_FR" in probe.stdout + probe.stderr


def hunspell_check(tokens: list[str]) -> list[tuple[bool, list[str]]]:
    """(flagged, suggestions) per token through one `hunspell -a` pipe."""
    # "^" keeps a line from being read as a pipe-mode command.
    text = "".join(f"^{t}\n" for t in tokens)
    out = subprocess.run(
        ["hunspell", "-d", "fr_FR", "-a", "-i", "utf-8"],
        input=text.encode("utf-8"),
        capture_output=True,
        check=True,
    ).stdout.decode("utf-8")
    lines = out.split("\n")[1:]  # version banner
    results: list[tuple[bool, list[str]]] = []
    group: list[str] = []
    for line in lines:
        if line == "":
            results.append(_verdict(group))
            group = []
        else:
            group.append(line)
    return results[: len(tokens)]


def _verdict(group: list[str]) -> tuple[bool, list[str]]:
    flagged = False
    suggestions: list[str] = []
    for line in group:
        if line.startswith("&"):
            flagged = True
            if not suggestions:
                suggestions = [s.strip().replace("’", "'") for s in line.split(":", 1)[1].split(",")]
        elif line.startswith("#"):
            flagged = True
    return flagged, suggestions


# ------------------------------------------------------------------ typos


def _neighbours(c: str) -> str:
    out = []
    for r, row in enumerate(AZERTY):
        i = row.find(c)
        if i < 0:
            continue
        out += [row[j] for j in (i - 1, i + 1) if 0 <= j < len(row)]
        for rr in (r - 1, r + 1):
            if 0 <= rr < len(AZERTY):
                out += [AZERTY[rr][j] for j in (i - 1, i, i + 1) if 0 <= j < len(AZERTY[rr])]
    return "".join(out)


def make_typo(word: str, kind: str, rng: random.Random) -> str | None:
    n = len(word)
    if kind == "accent dropped":
        spots = [i for i, c in enumerate(word) if fold(c) != c]
        if not spots:
            return None
        i = rng.choice(spots)
        return word[:i] + fold(word[i]) + word[i + 1 :]
    if kind == "wrong accent":
        spots = [i for i, c in enumerate(word) if c in ACCENTS and c not in "aouc"]
        if not spots:
            return None
        i = rng.choice(spots)
        return word[:i] + rng.choice(ACCENTS[word[i]]) + word[i + 1 :]
    if kind == "doubled letter":
        spots = [i for i, c in enumerate(word) if c.isalpha() and c not in "aeiouyéèêàâîôûù" and i > 0]
        if not spots:
            return None
        i = rng.choice(spots)
        return word[: i + 1] + word[i] + word[i + 1 :]
    if kind == "missing letter":
        i = rng.randrange(1, n)
        return word[:i] + word[i + 1 :]
    if kind == "swapped letters":
        spots = [i for i in range(n - 1) if word[i] != word[i + 1]]
        if not spots:
            return None
        i = rng.choice(spots)
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    if kind == "AZERTY neighbour":
        spots = [i for i, c in enumerate(word) if _neighbours(c)]
        if not spots:
            return None
        i = rng.choice(spots)
        return word[:i] + rng.choice(_neighbours(word[i])) + word[i + 1 :]
    raise ValueError(kind)


KINDS = ("accent dropped", "wrong accent", "doubled letter", "missing letter", "swapped letters", "AZERTY neighbour")


def typos(tokens: list[str], ok_for_hunspell: set[str]) -> list[tuple[str, str, str]]:
    """(kind, typo, right) — right: a corpus word both checkers accept; typo: a non-word."""
    words = lexicon().words
    pool = sorted({t for t in tokens if t.isalpha() and t.islower() and len(t) >= 4 and t in ok_for_hunspell})
    rng = random.Random(RANDOM_SEED)
    out: list[tuple[str, str, str]] = []
    for kind in KINDS:
        got = 0
        tries = 0
        while got < TYPOS_PER_KIND and tries < 50 * TYPOS_PER_KIND:
            tries += 1
            right = rng.choice(pool)
            typo = make_typo(right, kind, rng)
            # A typo that makes another real word is no spelling mistake for any checker.
            if typo is None or typo == right or typo in words:
                continue
            out.append((kind, typo, right))
            got += 1
    return out


# ------------------------------------------------------------------ timing helpers


def fresh_process_load_ms() -> tuple[float, float]:
    """Median over 3 fresh interpreters of (lexicon load, suggestion index build), in ms."""
    code = (
        "import time\n"
        "from app.core import spelling_lexicon as L\n"
        "t=time.perf_counter(); L.lexicon(); a=time.perf_counter()-t\n"
        "t=time.perf_counter(); L.suggestion_index(); b=time.perf_counter()-t\n"
        "print(a*1000, b*1000)\n"
    )
    runs = []
    for _ in range(3):
        out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
        a, b = out.stdout.split()
        runs.append((float(a), float(b)))
    return statistics.median(r[0] for r in runs), statistics.median(r[1] for r in runs)


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    k = min(len(ordered) - 1, max(0, round(p / 100 * (len(ordered) - 1))))
    return ordered[k]


def row(name: str, value: float, unit: str, target: str, ok: bool | None) -> ROW:
    return {"name": name, "value": float(value), "unit": unit, "target": target, "ok": ok}


# ------------------------------------------------------------------ run


def run() -> list[ROW]:
    rows: list[ROW] = []
    load_ms, index_ms = fresh_process_load_ms()
    rows.append(row("lexicon load (fresh process)", load_ms, "ms", "< 500 ms", load_ms < 500))
    rows.append(row("suggestion index build (first suggest)", index_ms, "ms", "", None))
    suggestion_index()

    texts = corpus()
    tokens = corpus_tokens(texts)
    sp = Speller()
    ours_flags = [t for t in tokens if not sp.is_correct(t)]
    n_words = len(tokens)
    rows.append(row(f"corpus words checked ({len(texts)} texts)", n_words, "words", "", None))
    ours_rate = 1000 * len(ours_flags) / n_words
    capital = [t for t in tokens if not t[0].isupper()]
    ours_lower = [t for t in capital if not sp.is_correct(t)]

    have_hunspell = hunspell_available()
    hun_rate = hun_lower_rate = None
    ok_for_hunspell: set[str] = set(tokens)
    if have_hunspell:
        verdicts = hunspell_check(tokens)
        hun_flags = [t for t, (bad, _) in zip(tokens, verdicts, strict=True) if bad]
        hun_rate = 1000 * len(hun_flags) / n_words
        hun_lower_rate = 1000 * sum(1 for t in hun_flags if not t[0].isupper()) / max(1, len(capital))
        ok_for_hunspell = {t for t, (bad, _) in zip(tokens, verdicts, strict=True) if not bad}
    rows.append(
        row(
            "false flags / 1000 words (ours)",
            ours_rate,
            "",
            "≤ Hunspell",
            None if hun_rate is None else ours_rate <= hun_rate,
        )
    )
    lower_rate = 1000 * len(ours_lower) / max(1, len(capital))
    rows.append(
        row(
            "false flags / 1000 words, lowercase words only (ours)",
            lower_rate,
            "",
            "≤ Hunspell",
            None if hun_lower_rate is None else lower_rate <= hun_lower_rate,
        )
    )
    if hun_rate is not None and hun_lower_rate is not None:
        rows.append(row("false flags / 1000 words (Hunspell)", hun_rate, "", "", None))
        rows.append(row("false flags / 1000 words, lowercase words only (Hunspell)", hun_lower_rate, "", "", None))
    else:
        rows.append(row("Hunspell rows skipped: `hunspell -d fr_FR` not found", float("nan"), "", "", None))

    # Injected typos
    cases = typos(tokens, ok_for_hunspell)
    rows.append(row("injected typos", len(cases), "typos", "", None))
    flagged = [not sp.is_correct(t) for _, t, _ in cases]
    recall = 100 * sum(flagged) / len(cases)
    rows.append(row("typo recall (ours)", recall, "%", "≥ 95 %", recall >= 95))
    latencies: list[float] = []
    answers: list[list[str]] = []
    fresh = Speller()  # empty suggestion cache
    for _, typo, _right in cases:
        t0 = time.perf_counter()
        answers.append(fresh.suggest(typo))
        latencies.append((time.perf_counter() - t0) * 1000)
    top1 = sum(bool(got) and got[0] == c[2] for c, got in zip(cases, answers, strict=True))
    top5 = sum(c[2] in got for c, got in zip(cases, answers, strict=True))
    ours_top1 = 100 * top1 / len(cases)
    hun_top1: float | None = None
    if have_hunspell:
        hv = hunspell_check([t for _, t, _ in cases])
        hun_recall = 100 * sum(bad for bad, _ in hv) / len(cases)
        hun_top1 = 100 * sum(bool(s) and s[0] == r for (_, _, r), (_, s) in zip(cases, hv, strict=True)) / len(cases)
        hun_top5 = 100 * sum(r in s[:5] for (_, _, r), (_, s) in zip(cases, hv, strict=True)) / len(cases)
    rows.append(
        row(
            "top-1 suggestion right (ours)",
            ours_top1,
            "%",
            "≥ Hunspell",
            None if hun_top1 is None else ours_top1 >= hun_top1,
        )
    )
    rows.append(row("top-5 suggestions contain the word (ours)", 100 * top5 / len(cases), "%", "", None))
    if have_hunspell and hun_top1 is not None:
        rows.append(row("typo recall (Hunspell)", hun_recall, "%", "", None))
        rows.append(row("top-1 suggestion right (Hunspell)", hun_top1, "%", "", None))
        rows.append(row("top-5 suggestions contain the word (Hunspell)", hun_top5, "%", "", None))
    for kind in KINDS:
        idx = [i for i, c in enumerate(cases) if c[0] == kind]
        right = sum(bool(answers[i]) and answers[i][0] == cases[i][2] for i in idx)
        rows.append(row(f"  top-1 (ours), {kind}", 100 * right / max(1, len(idx)), "%", "", None))
    p50, p99 = percentile(latencies, 50), percentile(latencies, 99)
    rows.append(row("suggestion latency p50", p50, "ms", "", None))
    rows.append(row("suggestion latency p99", p99, "ms", "≤ 50 ms", p99 <= 50))
    rows.append(row("suggestion latency max", max(latencies), "ms", "", None))

    # Whole article of ~200 KB: underlines (no suggestions) and the CLI's full check.
    body = "\n\n".join(t for _, t in texts[:-1])
    article = (body + "\n\n") * (200_000 // len(body) + 1)
    article = article[:200_000]
    fresh3 = Speller()
    t0 = time.perf_counter()
    found = check_text(article, fresh3, suggestions=False)
    plain_ms = (time.perf_counter() - t0) * 1000
    t0 = time.perf_counter()
    check_text(article, fresh3, suggestions=True)
    full_ms = (time.perf_counter() - t0) * 1000
    rows.append(
        row(f"check 200 KB article, no suggestions ({len(found)} flags)", plain_ms, "ms", "< 300 ms", plain_ms < 300)
    )
    rows.append(row("check 200 KB article, with suggestions", full_ms, "ms", "", None))
    return rows


def main() -> int:
    for r in run():
        ok = "—" if r["ok"] is None else ("ok" if r["ok"] else "OVER")
        print(f"{r['name']:<62} {r['value']:>10.2f} {r['unit']:<6} {r['target']:<12} {ok}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
