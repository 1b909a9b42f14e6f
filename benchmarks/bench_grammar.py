"""French grammar: Relecture (Grammalecte + Markdown masking + its own rules) beside Grammalecte alone.

Corpus: the French prose of benchmarks/data/*.md (written for the spelling benchmark: 3,800 words),
turned into Markdown here with a fixed random seed: emphasis and bold on some words, links on some word
pairs, and in each paragraph two sentences of our own: one with a code span ("Lancez `make test` puis…"),
one of plain prose with the constructions the errors need (est, où, ses, son, se, quelque).
A plain twin of every text is kept (the same words, no markup) for the spacing check.

Real-word errors are injected, one per sentence at most, each corrupted word a valid French word (so
spelling cannot catch it): a/à, et/est, ou/où, ces/ses, son/sont, ce/se, plural dropped after
les/des/ces, singular verb after ils/elles, infinitive for a past participle after avoir, quelque/quelques.
Three corrupted copies (seeds 1-3).

Figures:
- recall: a finding covers the corrupted word (the word itself, not a neighbour);
- right correction first: applying that finding's first suggestion gives back the original sentence;
- false alarms per 1,000 words of clean prose, grammar class only (Grammalecte's typography categories
  apart): Grammalecte on the raw Markdown, on the Markdown with code spans blanked by spaces, and ours;
- spacing (esp/nbsp) findings Grammalecte makes on our masked text vs on the plain twin (masking must add
  none);
- words per second, one process, cache cleared: ours vs Grammalecte alone on the raw paragraphs.

Run alone: python -m benchmarks.bench_grammar
"""

from __future__ import annotations

import random
import re
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parent / "data"
ROW = dict[str, Any]

# Sentences of our own with a code span where a noun phrase stands (the span in backticks).
CODE_SENTENCES = [
    "L’installation de `debsums` permet de vérifier les paquets de la machine.",
    "Lancez `make test` puis relisez le rapport avant de publier.",
    "La commande `ls -l` affiche les fichiers du dossier courant.",
    "Les fichiers `config.toml` et `notes.md` sont copiés dans le nouveau dossier.",
    "`git` reste un outil que les développeurs utilisent tous les jours.",
    "Cette fonction renvoie `None` quand la liste est vide.",
    "On ajoute la ligne `export PATH=$HOME/bin:$PATH` au fichier `~/.bashrc` de chaque compte.",
    "Le paquet `python3-grammalecte` est installé par défaut sur les postes de l’équipe.",
    "Pour tout recompiler, il suffit de taper `make` dans le terminal.",
    "Les valeurs `true` et `false` sont acceptées par le formulaire.",
    "Elle a vérifié que `pip install` fonctionnait sans connexion.",
    "Le script `sauvegarde.sh` tourne chaque nuit et garde sept copies.",
]


# Prose sentences of our own, one added to each paragraph, so that every error class has sites.
PROSE_SENTENCES = [
    "Il est arrivé tôt et il est reparti avant la fin de la réunion.",
    "Elle est convaincue que le quartier où elle a grandi mérite mieux.",
    "On ne sait pas toujours où se trouvent les archives de la commune.",
    "Le village où il vit depuis dix ans est devenu plus calme et plus cher.",
    "Ces choix sont difficiles, et chacun défend ses priorités avec conviction.",
    "Son frère est parti en vacances et ses enfants sont restés chez leur grand-mère.",
    "Il se souvient de ce jour où tout a changé pour l’association.",
    "Quelques habitants se sont réunis et ils ont rédigé une lettre commune.",
    "Ce projet est ambitieux, mais il reste réalisable en quelques mois.",
    "Elle se demande où elle trouvera le temps de tout relire.",
    "Les bénévoles sont fatigués et ils attendent des renforts depuis quelque temps.",
    "C’est une idée simple, et elle est pourtant rarement appliquée.",
]


@dataclass
class Doc:
    plain: str
    markdown: str


def _decorate(text: str, rng: random.Random) -> Doc:
    """A Markdown version of one article (emphasis, links, code sentences) and its plain twin."""
    plain_paras: list[str] = []
    md_paras: list[str] = []
    for para in text.strip().split("\n\n"):
        if para.startswith("#"):
            plain_paras.append(para.lstrip("# "))
            md_paras.append(para)
            continue
        words = para.split(" ")
        plain_words = list(words)
        md_words = list(words)
        candidates = [i for i, w in enumerate(words) if re.fullmatch(r"[^\W\d_]{6,}", w)]
        rng.shuffle(candidates)
        for k, i in enumerate(candidates[:3]):
            md_words[i] = f"*{words[i]}*" if k == 0 else f"**{words[i]}**" if k == 1 else md_words[i]
        if len(candidates) > 3:
            i = candidates[3]
            if i + 1 < len(words) and re.fullmatch(r"[^\W\d_]+", words[i + 1]) and "*" not in md_words[i + 1]:
                md_words[i] = f"[{words[i]}"
                md_words[i + 1] = f"{words[i + 1]}](https://exemple.fr/{words[i].lower()}-{rng.randint(1, 99)})"
        code = rng.choice(CODE_SENTENCES)
        extra = rng.choice(PROSE_SENTENCES)
        plain_paras.append(" ".join(plain_words) + " " + extra + " " + code.replace("`", ""))
        md_paras.append(" ".join(md_words) + " " + extra + " " + code)
    return Doc("\n\n".join(plain_paras) + "\n", "\n\n".join(md_paras) + "\n")


# ------------------------------------------------------------------ error injection

_PAIRS: list[tuple[str, str, str]] = [  # (kind, regex whose group "w" is the clean word, replacement)
    ("a/à", r"(?P<w>à)", "a"),
    ("a/à", r"(?:il|elle|on|qui) (?P<w>a)", "à"),
    ("et/est", r"(?:il|elle|on|ce|qui) (?P<w>est)", "et"),
    ("et/est", r"[^\W\d_]+ (?P<w>est) (?:un|une|le|la|les|des|très|plus|aussi|déjà|souvent)", "et"),
    ("et/est", r"[^\W\d_]+ (?P<w>et) (?:il|elle|on)", "est"),
    ("et/est", r"[^\W\d_]+, (?P<w>et) (?:il|elle|on|chacun)", "est"),
    ("ou/où", r"(?P<w>où)", "ou"),
    ("ces/ses", r"(?P<w>ces)", "ses"),
    ("ces/ses", r"(?P<w>ses)", "ces"),
    ("son/sont", r"(?P<w>sont)", "son"),
    ("son/sont", r"(?P<w>son)", "sont"),
    ("ce/se", r"(?:il|elle|on|qui|ils|elles) (?P<w>se)", "ce"),
    ("ce/se", r"(?P<w>ce) [^\W\d_]{4,}", "se"),
    ("quelque/quelques", r"(?P<w>quelques)", "quelque"),
]


@dataclass
class Injected:
    start: int
    end: int
    original: str
    kind: str


def _inject(text: str, rng: random.Random, valid: Any) -> tuple[str, list[Injected]]:
    """One error at most per sentence, the kinds taken in turn; returns the corrupted text and errors."""
    sites: list[tuple[int, int, str, str]] = []  # start, end, replacement, kind
    for kind, pattern, repl in _PAIRS:
        for m in re.finditer(rf"\b{pattern}\b", text):
            sites.append((m.start("w"), m.end("w"), repl, kind))
    for m in re.finditer(r"\b(?:[Ll]es|[Dd]es|[Cc]es) ([^\W\d_]{3,})s\b", text):
        if valid(m.group(1)):
            sites.append((m.start(1), m.end(), m.group(1), "pluriel après les/des/ces"))
    for m in re.finditer(r"\b(?:[Ii]ls|[Ee]lles) ([^\W\d_]{2,}e)nt\b", text):
        if valid(m.group(1)):
            sites.append((m.start(1), m.end(), m.group(1), "verbe après ils/elles"))
    for m in re.finditer(r"\b(?:a|ont|avons|avez|ai|as) ([^\W\d_]{2,})é\b", text):
        if valid(m.group(1) + "er"):
            sites.append((m.start(1), m.end(), m.group(1) + "er", "participe/infinitif"))
    from app.core.spelling_ranges import checkable_ranges

    prose = checkable_ranges(text)  # never inside code, URLs or link targets
    sites = [x for x in sites if any(a <= x[0] and x[1] <= b for a, b in prose)]
    rng.shuffle(sites)
    by_kind: dict[str, list[tuple[int, int, str, str]]] = {}
    for s in sites:
        by_kind.setdefault(s[3], []).append(s)
    used_sentences: set[int] = set()
    chosen: list[tuple[int, int, str, str]] = []
    bounds = [m.end() for m in re.finditer(r"[.!?](?:\s|$)|\n\n", text)]

    def sentence_of(pos: int) -> int:
        return next((i for i, b in enumerate(bounds) if pos < b), len(bounds))

    per_kind: dict[str, int] = {}
    progress = True
    while progress:
        progress = False
        for kind in sorted(by_kind):
            if per_kind.get(kind, 0) >= 6:
                continue
            queue = by_kind[kind]
            while queue:
                s = queue.pop()
                if "`" in text[max(0, s[0] - 30) : s[1] + 30] or "](" in text[s[0] : s[1] + 40]:
                    continue  # never inside or right beside code or a link target
                sent = sentence_of(s[0])
                if sent in used_sentences:
                    continue
                used_sentences.add(sent)
                per_kind[kind] = per_kind.get(kind, 0) + 1
                chosen.append(s)
                progress = True
                break
    chosen.sort()
    out: list[str] = []
    errors: list[Injected] = []
    pos = 0
    shift = 0
    for start, end, repl, kind in chosen:
        original = text[start:end]
        if original[:1].isupper():
            repl = repl[:1].upper() + repl[1:]
        out.append(text[pos:start])
        out.append(repl)
        errors.append(Injected(start + shift, start + shift + len(repl), original, kind))
        shift += len(repl) - len(original)
        pos = end
    out.append(text[pos:])
    return "".join(out), errors


# ------------------------------------------------------------------ the two checkers


def _paragraph_spans(text: str) -> list[tuple[int, int]]:
    spans = []
    for m in re.finditer(r"[^\n]+(?:\n[^\n]+)*", text):
        spans.append((m.start(), m.end()))
    return spans


def grammalecte_alone(text: str, gce: Any) -> list[tuple[int, int, str, tuple[str, ...]]]:
    """Grammalecte with its default options on the raw text, paragraph by paragraph."""
    found = []
    for s, e in _paragraph_spans(text):
        for err in gce.parse(text[s:e], "FR"):
            found.append((s + err["nStart"], s + err["nEnd"], str(err["sType"]), tuple(err["aSuggestions"])))
    return found


def relecture(text: str) -> list[tuple[int, int, str, tuple[str, ...]]]:
    from app.core.grammar import check_text

    return [(f.start, f.end, f.category, f.suggestions) for f in check_text(text)]


def _score(text: str, errors: list[Injected], found: list[tuple[int, int, str, tuple[str, ...]]]) -> tuple[int, int]:
    detected = right = 0
    for err in errors:
        on_word = [f for f in found if f[0] < err.end and f[1] > err.start]
        if not on_word:
            continue
        detected += 1
        expected = text[: err.start] + err.original + text[err.end :]
        if any(f[3] and text[: f[0]] + f[3][0] + text[f[1] :] == expected for f in on_word):
            right += 1
    return detected, right


def row(name: str, value: float, unit: str, target: str, ok: bool | None) -> ROW:
    return {"name": name, "value": float(value), "unit": unit, "target": target, "ok": ok}


def run() -> list[ROW]:
    from app.core import grammar
    from app.core.typography import count_words

    if not grammar.available():
        return [row("grammar: " + grammar.unavailable_message(), float("nan"), "", "", None)]
    gce = grammar._engine()
    speller = gce.getSpellChecker()
    # Grammalecte "alone" must run with its own defaults, not the options Relecture passes.
    rng = random.Random(16)
    docs = [_decorate(p.read_text("utf-8"), rng) for p in sorted(DATA.glob("*.md"))]
    typo = grammar.TYPOGRAPHY_CATEGORIES
    words = sum(count_words(d.markdown) for d in docs)
    rows = [row("clean Markdown corpus", words, "words", "", None)]

    # Injected errors.
    totals = {"alone": [0, 0], "ours": [0, 0]}
    n_errors = 0
    kinds: dict[str, list[int]] = {}
    for seed in (1, 2, 3):
        irng = random.Random(seed)
        for d in docs:
            bad, errors = _inject(d.markdown, irng, speller.isValid)
            n_errors += len(errors)
            alone = grammalecte_alone(bad, gce)
            ours = relecture(bad)
            for key, found in (("alone", alone), ("ours", ours)):
                det, right = _score(bad, errors, found)
                totals[key][0] += det
                totals[key][1] += right
            for err in errors:
                k = kinds.setdefault(err.kind, [0, 0, 0])
                k[0] += 1
                k[1] += _score(bad, [err], alone)[0]
                k[2] += _score(bad, [err], ours)[0]
    rows.append(row("injected real-word errors (3 corrupted copies)", n_errors, "errors", "", None))
    rec_alone = 100 * totals["alone"][0] / n_errors
    rec_ours = 100 * totals["ours"][0] / n_errors
    top_alone = 100 * totals["alone"][1] / n_errors
    top_ours = 100 * totals["ours"][1] / n_errors
    rows.append(row("recall, Grammalecte alone", rec_alone, "%", "", None))
    rows.append(row("recall, Relecture", rec_ours, "%", f"≥ {rec_alone + 3:.1f} %", rec_ours >= rec_alone + 3))
    rows.append(row("right correction first, Grammalecte alone", top_alone, "%", "", None))
    rows.append(
        row("right correction first, Relecture", top_ours, "%", f"≥ {top_alone + 4:.1f} %", top_ours >= top_alone + 4)
    )
    for kind, (n, a, o) in sorted(kinds.items()):
        rows.append(row(f"  recall {kind} (n={n}): alone → ours", 100 * o / n, "%", f"alone {100 * a / n:.0f} %", None))

    # False alarms on clean prose (grammar class only).
    def grammar_class(found: list[tuple[int, int, str, tuple[str, ...]]]) -> int:
        return sum(1 for f in found if f[2] not in typo)

    raw = sum(grammar_class(grammalecte_alone(d.markdown, gce)) for d in docs)
    blanked = sum(
        grammar_class(grammalecte_alone(re.sub(r"`[^`\n]+`", lambda m: " " * len(m.group(0)), d.markdown), gce))
        for d in docs
    )
    grammar.clear_cache()
    ours_fa = sum(grammar_class(relecture(d.markdown)) for d in docs)
    per_k = 1000 / words
    rows.append(row("false alarms /1,000 words, Grammalecte on raw Markdown", raw * per_k, "", "", None))
    rows.append(row("false alarms /1,000 words, Grammalecte, code blanked", blanked * per_k, "", "", None))
    rows.append(
        row("false alarms /1,000 words, Relecture", ours_fa * per_k, "",
            f"≤ {raw * per_k:.2f}, < {blanked * per_k:.2f}", ours_fa <= raw and ours_fa < blanked)
    )  # fmt: skip

    # Masking adds no spacing finding: Grammalecte's esp/nbsp rules on the masked text vs the plain twin.
    def spacing(text: str) -> int:
        return sum(1 for f in grammalecte_alone(text, gce) if f[2] in ("esp", "nbsp"))

    plain_sp = sum(spacing(d.plain) for d in docs)
    masked_sp = sum(spacing(grammar.mask_markdown(d.markdown)) for d in docs)
    blanked_sp = sum(spacing(re.sub(r"`[^`\n]+`", lambda m: " " * len(m.group(0)), d.markdown)) for d in docs)
    rows.append(row("spacing findings (esp/nbsp), plain prose", plain_sp, "", "", None))
    rows.append(row("spacing findings (esp/nbsp), code blanked with spaces", blanked_sp, "", "", None))
    rows.append(row("spacing findings (esp/nbsp), Relecture's masked text", masked_sp, "", f"≤ {plain_sp}",
                    masked_sp <= plain_sp))  # fmt: skip

    # Speed, one process; best of 3; cache cleared before each of our runs.
    texts = [d.markdown for d in docs]

    def best(fn: Any) -> float:
        times = []
        for _ in range(3):
            grammar.clear_cache()
            t = time.perf_counter()
            for x in texts:
                fn(x)
            times.append(time.perf_counter() - t)
        return min(times)

    t_alone = best(lambda x: grammalecte_alone(x, gce))
    t_ours = best(relecture)
    rows.append(row("words/s, Grammalecte alone", words / t_alone, "words/s", "", None))
    rows.append(row("words/s, Relecture check --only grammar (in process)", words / t_ours, "words/s",
                    f"≥ {words / t_alone / 1.3:,.0f}", t_ours <= 1.3 * t_alone))  # fmt: skip
    t = time.perf_counter()
    for x in texts:
        grammar.check_text(x)
    rows.append(row("re-check of unchanged text (paragraph cache)", (time.perf_counter() - t) * 1000, "ms", "", None))
    return rows


if __name__ == "__main__":
    for r in run():
        print(f"{r['name']:<62} {r['value']:>10.2f} {r['unit']:<8} {r['target']:<16} {r['ok']}")
    sys.exit(0)
