"""Relecture's own grammar rules, where Grammalecte alone is weak (used by app.core.grammar).

- et → est after a subject pronoun before a participle, an adjective or an adverb ("elle et contente");
  where Grammalecte already flags it, "est" is put first among its suggestions (it proposes "ait");
- est → et between an adjective and a determiner in a clause that already has its "est"
  ("le chat est noir est le chien blanc");
- ou → où after a place or time word, "là", "d’", "par", or a verb like savoir/demander, before a subject
  ("je ne sais pas ou il habite");
- a → à between a verb and its complement ("accompagner a l’école", "se déplacent a la mairie") or before
  an infinitive ("hésite a se lancer"): "a" (avoir) never follows a verb or an infinitive directly, nor
  comes before an infinitive;
- son → sont before a plural participle or adjective (an adverb may sit between): the wrong word ("son")
  is marked, and Grammalecte's finding on the neighbour ("rapides devrait être au singulier") is dropped;
- a past participle's suggestions are ranked by agreement with the subject found before the auxiliary
  (Grammalecte may list the masculine singular first).

`improve(unit, errors, speller)` takes Grammalecte's errors on one paragraph and returns them with these
additions, sorted by position.  speller is Grammalecte's graphspell checker (its getMorph gives tags
such as ">partir/:V3_i____e_:Q:A:m:p/*").
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any, Protocol


class _Err(Protocol):
    start: int
    end: int
    rule: str
    category: str
    message: str
    suggestions: tuple[str, ...]


_WORD = r"[^\W\d_][\w’'-]*"
_SUBJECT = r"(?:il|elle|on|cela|ça)"
_ET = re.compile(rf"\b({_SUBJECT})\s+(et)\s+({_WORD})", re.I)
_EST_ET = re.compile(rf"\b(est|sont|était|semble)\b[^.;:!?,]*?\b({_WORD})\s+(est)\s+({_WORD})", re.I)
_DETERMINERS = frozenset(
    "le la les l’ l' un une des du son sa ses leur leurs ce cet cette ces mon ma mes ton ta tes notre nos votre vos"
    .split()
)
_OU_BEFORE = frozenset(
    (
        "là moment jour jours époque année années heure instant endroit lieu lieux pays ville villes maison "
        "cas période mois semaine soir matin nuit situation monde pièce quartier région site page dossier "
        "partout pays village"
    ).split()
)
_OU_VERBS = re.compile(
    r"(?:sai[st]|savons|savez|savent|savoir|su|demande[sz]?|demandent|demander|ignore[sz]?|ignorent|ignorer"
    r"|voi[st]|voir|devine[sz]?|deviner|dit|dire|comprend[s]?|comprendre|indique[sz]?|indiquer|montre[sz]?)$",
    re.I,
)
_OU = re.compile(
    rf"(?:\b({_WORD})(\s+)|\b(d|jusqu|jusque)(’|')\s*)(ou)\s+(il|elle|ils|elles|on|l’on|je|j’|tu|nous|vous|se|s’)\b",
    re.I,
)
_SON = re.compile(rf"\b(son)\s+[*_]*({_WORD})[*_]*(?:\s+[*_]*({_WORD}))?", re.I)
_A = re.compile(
    rf"\b({_WORD})\s+[*_]*(a)[*_]*\s+(?:(se|s’|s'|me|m’|te|t’|nous|vous|y|en|les|le|la|l’|l')\s*)?({_WORD})"
)
_AUX = re.compile(rf"\b({_WORD})\s+(?:(?:ne|n’|n')\s*)?(?:sont|est|était|étaient|sera|seront|a été|ont été)\s+$", re.I)


def _morph(speller: Any, word: str) -> list[str]:
    try:
        return [str(m) for m in speller.getMorph(word)]
    except Exception:  # noqa: BLE001 - an odd token must not stop the paragraph's check
        return []


def _is_participle_or_adjective(morph: list[str]) -> bool:
    return bool(morph) and all(":Q" in m or ":A" in m or ":W" in m for m in morph if ":N" not in m or ":A" in m)


def improve(unit: str, errors: list[Any], speller: Any) -> list[Any]:
    """Grammalecte's errors on one paragraph, with Relecture's additions and re-rankings."""
    make = type(errors[0]) if errors else None
    if make is None:
        from app.core.grammar import _Error

        make = _Error
    by_start = {e.start: e for e in errors}
    out = list(errors)

    def add(start: int, end: int, rule: str, message: str, suggestions: tuple[str, ...]) -> None:
        old = by_start.get(start)
        if old is not None:
            if suggestions[0] in old.suggestions and old.suggestions[0] != suggestions[0]:
                ranked = (suggestions[0], *(s for s in old.suggestions if s != suggestions[0]))
                out[out.index(old)] = replace(old, suggestions=ranked)
            return
        err = make(start, end, f"relecture:{rule}", "conf", message, suggestions)
        by_start[start] = err
        out.append(err)

    for m in _ET.finditer(unit):
        nxt = m.group(3).lower()
        if nxt in ("il", "elle", "lui", "moi", "toi", "nous", "vous", "eux", "on", "ils", "elles"):
            continue
        morph = _morph(speller, m.group(3))
        if any(":Q" in x or ":A" in x or ":W" in x for x in morph) and not any(":G:D" in x for x in morph):
            add(m.start(2), m.end(2), "et-est", "Confusion probable : « et » (conjonction) au lieu de « est » "
                "(verbe être) après un sujet.", (_case(m.group(2), "est"),))

    for m in _EST_ET.finditer(unit):
        before, after = m.group(2), m.group(4)
        if after.lower() not in _DETERMINERS:
            continue
        morph = _morph(speller, before)
        if morph and all((":A" in x or ":Q" in x) for x in morph):
            add(m.start(3), m.end(3), "est-et", "Confusion probable : « est » (verbe être) au lieu de « et » : "
                "la proposition a déjà son verbe.", (_case(m.group(3), "et"),))

    for m in _OU.finditer(unit):
        prev = m.group(1)
        if prev is not None and not _ou_context(unit, m.start(), prev.lower()):
            continue
        add(m.start(5), m.end(5), "ou-où", "Confusion probable : « ou » (alternative) au lieu de « où » "
            "(lieu, temps, interrogation).", (_case(m.group(5), "où"),))

    for m in _SON.finditer(unit):
        word, start = m.group(2), m.start(2)
        if m.group(3) and all(":W" in x for x in _morph(speller, word) or ["-"]):
            word, start = m.group(3), m.start(3)  # "son désormais exercées": look past the adverb
        morph = _morph(speller, word)
        plural = [x for x in morph if (":Q" in x or ":A" in x) and (":p" in x or ":i" in x)]
        nouns = [x for x in morph if ":N" in x and ":A" not in x and (":s" in x or ":i" in x)]
        if plural and not nouns and word.lower().endswith(("s", "x")):
            neighbour = by_start.get(start)
            if neighbour is not None and "mon_ton_son" in neighbour.rule:
                out.remove(neighbour)
                del by_start[start]
            add(m.start(1), m.end(1), "son-sont", "Confusion probable : « son » (déterminant) au lieu de « sont » "
                "(verbe être) devant un participe ou un adjectif au pluriel.", (_case(m.group(1), "sont"),))

    for m in _A.finditer(unit):
        prev, nxt = _morph(speller, m.group(1)), _morph(speller, m.group(4))
        after_verb = bool(prev) and all(":V" in x and ":Q" not in x for x in prev)  # a verb, an infinitive
        if after_verb and any(":Q" in x for x in nxt) and not m.group(3):
            after_verb = False  # "ce qu’il faut faire a changé": a clause is the subject of avoir
        before_infinitive = bool(nxt) and any(":Y" in x for x in nxt) and all(":Y" in x or ":N" in x for x in nxt)
        pronoun = m.group(3) is None or m.group(3).lower() in ("se", "s’", "s'", "me", "m’", "te", "t’", "y", "en")
        if after_verb or (before_infinitive and pronoun):
            add(m.start(2), m.end(2), "a-à", "Confusion probable : « a » (verbe avoir) au lieu de « à » "
                "(préposition) après un verbe ou devant un infinitif.", (_case(m.group(2), "à"),))

    out = [_rank_participle(unit, e, speller) if e.category == "ppas" and len(e.suggestions) > 1 else e for e in out]
    out.sort(key=lambda e: (e.start, e.end))
    return out


def _ou_context(unit: str, start: int, prev: str) -> bool:
    """Is the word before "ou" one after which "où" is expected (a place/time word, savoir-like verb)?"""
    if prev in _OU_BEFORE or prev == "par" or _OU_VERBS.match(prev):
        return True
    if prev in ("pas", "plus", "jamais", "bien"):  # "je ne sais pas ou…"
        words = re.findall(_WORD, unit[max(0, start - 40) : start])
        return any(_OU_VERBS.match(w.lower()) for w in words[-3:])
    return False


def _case(model: str, word: str) -> str:
    return word[:1].upper() + word[1:] if model[:1].isupper() else word


_PRONOUN_AGREEMENT = {"il": ":m:s", "elle": ":f:s", "ils": ":m:p", "elles": ":f:p", "on": ":m:s"}


def _rank_participle(unit: str, err: Any, speller: Any) -> Any:
    """Put first the suggestion that agrees with the subject before the auxiliary ("les tables sont …")."""
    m = _AUX.search(unit, 0, err.start)
    if m is None:
        return err
    subject = m.group(1).lower()
    want = _PRONOUN_AGREEMENT.get(subject)
    if want is None:
        tags = [x for x in _morph(speller, m.group(1)) if ":N" in x]
        if not tags:
            return err
        gender = ":f" if all(":f" in t for t in tags) else ":m" if all(":m" in t for t in tags) else ""
        number = ":p" if all(":p" in t for t in tags) else ":s" if all(":s" in t for t in tags) else ""
        if not gender or not number:
            return err
        want = gender + number

    def agrees(s: str) -> bool:
        return any(":Q" in x and want[:2] in x and want[2:] in x for x in _morph(speller, s))

    best = [s for s in err.suggestions if agrees(s)]
    if not best or best[0] == err.suggestions[0]:
        return err
    return replace(err, suggestions=(best[0], *(s for s in err.suggestions if s != best[0])))
