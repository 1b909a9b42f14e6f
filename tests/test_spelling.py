"""French spelling: lexicon, tokenizer, Markdown ranges, suggestions, word files."""

from __future__ import annotations

import gzip
import shutil
import threading
from importlib import resources
from pathlib import Path

import pytest

from app.core import spelling_lexicon
from app.core.spelling import (
    Speller,
    add_to_word_file,
    check_text,
    checkable_ranges,
    folder_dictionary_path,
    read_word_file,
    remove_from_word_file,
    tokenize,
)

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


@pytest.fixture(scope="module")
def speller() -> Speller:
    return Speller()


@pytest.fixture()
def seed003(tmp_path: Path) -> str:
    src = next(SEEDS.glob("003_*.txt"))
    dst = tmp_path / src.name
    shutil.copyfile(src, dst)
    return dst.read_text(encoding="utf-8")


def words(text: str) -> list[str]:
    return [w for _, _, w in tokenize(text)]


def flagged(text: str, sp: Speller | None = None) -> list[str]:
    return [f.text for f in check_text(text, sp, suggestions=False)]


# ------------------------------------------------------------------ lexicon


# Words of seeds/003 that pyspellchecker's French list rejects although they are ordinary French.
SEED003_ORDINARY = [
    "antigéniques", "binôme", "chambérienne", "cœur", "défibrillateur", "etc", "ex", "impacter",
    "matchant", "missionnée", "porteuses", "pro", "professionnalisation", "référente", "sociétal",
    "sociétaux", "structurants", "websérie", "énergivore", "œuvre", "rez-de-chaussée", "Sociétale",
    "Websérie", "Marseille", "Savoie", "Jérôme", "Virginie", "Mathilde",
]  # fmt: skip


@pytest.mark.parametrize("word", SEED003_ORDINARY)
def test_seed003_words_missing_from_pyspellchecker_are_accepted(speller: Speller, word: str) -> None:
    assert speller.is_correct(word)


def test_seed003_flags_only_proper_nouns_acronyms_and_english(seed003: str, speller: Speller) -> None:
    proper_nouns = {
        "WiiSmile", "Wiismile", "Emilie", "Laëtitia", "Montmélian", "Bonneval", "Novalto", "Fondaction",
        "Gallot", "Elodie", "wiismilien", "wiismiliens", "wiismilienne",
    }  # fmt: skip
    acronyms = {"BtoB"}
    english = {"owner", "product", "Product", "greenwashing", "team"}
    assert set(flagged(seed003, speller)) == proper_nouns | acronyms | english


def test_more_forms_conjugations_plurals_feminines(speller: Speller) -> None:
    for w in ["impactons", "impactèrent", "sociétales", "énergivores", "cœurs", "kilomètres", "binômes",
              "défibrillateurs", "Œuvre", "ŒUVRE", "mœurs", "ex-æquo", "curriculum", "nævus"]:  # fmt: skip
        assert speller.is_correct(w), w


def test_lexicon_is_shared_between_spellers_and_threads() -> None:
    a, b = Speller(), Speller(extra_words=["Relecture"])
    assert a._words is b._words
    seen: list[object] = []
    threads = [threading.Thread(target=lambda: seen.append(spelling_lexicon.lexicon())) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert all(x is seen[0] for x in seen)


def test_shipped_lexicon_is_sorted_by_folded_key_with_licence_next_to_it() -> None:
    data = resources.files("app.core").joinpath("data")
    lines = gzip.decompress(data.joinpath("fr_words.txt.gz").read_bytes()).decode("utf-8").splitlines()
    assert len(lines) > 400_000
    keys = [(spelling_lexicon.fold(w), w) for w in lines]
    assert keys == sorted(keys)  # suggestions find "école" from "ecole" by bisection on this order
    licence = data.joinpath("LICENSE-fr-lexicon.txt").read_text(encoding="utf-8")
    assert "Mozilla Public License" in licence and "Dicollecte" in licence
    # The trie the checks look words up in holds exactly the same forms (both written by build_lexicon.py).
    words = spelling_lexicon.lexicon().words
    assert len(words) == len(lines) and set(words) == set(lines)  # type: ignore[call-overload]
    assert "été" in words and "aujourd'hui" in words and "ecole" not in words


# ------------------------------------------------------------------ case, accents, apostrophes


def test_case_and_accent_awareness(speller: Speller) -> None:
    assert speller.is_correct("Paris")
    assert speller.is_correct("école")
    assert not speller.is_correct("ecole")
    assert not speller.is_correct("Ecole")  # the capitalised form of a non-word is no better
    assert speller.is_correct("École")
    assert speller.is_correct("Maison")  # sentence start, title case
    assert speller.is_correct("MAISON") and speller.is_correct("ÉCOLE")
    assert not speller.is_correct("MAISSON")
    assert speller.is_correct("JEAN-PIERRE")  # all capitals of a capitalised compound


def test_ligatures_and_both_apostrophes(speller: Speller) -> None:
    assert speller.is_correct("cœur") and not speller.is_correct("coeur")
    assert speller.is_correct("aujourd’hui") and speller.is_correct("aujourd'hui")
    assert speller.is_correct("presqu’île") and speller.is_correct("quelqu'un")
    assert speller.is_correct("l’école") and speller.is_correct("l'école")


def test_decomposed_accents_are_understood(speller: Speller) -> None:
    text = "Une e\u0301cole et un cafe\u0301."
    assert flagged(text, speller) == []
    assert words(text) == ["Une", "e\u0301cole", "et", "un", "cafe\u0301"]


# ------------------------------------------------------------------ tokenizer


def test_elisions_yield_the_word_after_them() -> None:
    text = "l’idée d’aujourd’hui qu’il jusqu’au lorsqu’elle puisqu’on quoiqu’il j’ai m’a n’est s’y c’est L'Europe"
    # single letters left after the elision ("m’a", "s’y") are not worth a check
    assert words(text) == ["idée", "aujourd’hui", "il", "au", "elle", "on", "il", "ai", "est", "est", "Europe"]


def test_elided_word_is_flagged_alone_with_exact_offsets(speller: Speller) -> None:
    text = "Voici l’écolle."
    (f,) = check_text(text, speller)
    assert (f.start, f.end, f.text) == (text.index("écolle"), text.index("."), "écolle")
    assert f.kind == "spelling" and f.replacement is None
    assert f.suggestions[0] == "école"
    assert "écolle" in f.message


def test_hyphenated_words_and_inversions(speller: Speller) -> None:
    text = "Le prêt-à-porter, explique-t-elle, est peut-être au rez-de-chaussée ; a-t-il vu ? s’est-il dit."
    assert "prêt-à-porter" in words(text) and "explique-t-elle" in words(text)
    assert flagged(text, speller) == []


def test_only_the_wrong_part_of_a_hyphenated_word_is_flagged(speller: Speller) -> None:
    text = "Alors, explique-t-ele."
    (f,) = check_text(text, speller)
    assert f.text == "ele" and text[f.start : f.end] == "ele"


def test_numbers_ordinals_acronyms_are_skipped() -> None:
    text = "Le 1er et le 2e, au XIXe siècle, la 3ème fois : R&D, B2B, P.O., RSE, SNCF, 1h30, mp3, 20 %."
    assert words(text) == ["Le", "et", "le", "au", "siècle", "la", "fois"]


def test_inclusive_writing_checks_the_base_word(speller: Speller) -> None:
    text = "Un.e commercial.e et des salarié·es motivé·e·s."
    assert flagged(text, speller) == []


def test_mojibake_does_not_crash_and_is_left_to_the_mojibake_check(speller: Speller) -> None:
    text = "Le rÃ©sumÃ© de lâ€™Ã©tÃ© ðŸ™‚ ğŸ™‚ et une fautte."
    assert flagged(text, speller) == ["fautte"]


def test_offsets_after_emoji_are_code_points(speller: Speller) -> None:
    text = "Super 🙂👌🏻 ! Une fautte ici et une autre 🙂 erreurr."
    found = check_text(text, speller)
    assert [(f.start, f.end) for f in found] == [
        (text.index("fautte"), text.index("fautte") + 6),
        (text.index("erreurr"), text.index("erreurr") + 7),
    ]
    assert [text[f.start : f.end] for f in found] == ["fautte", "erreurr"]


def test_tokenize_window_gives_absolute_offsets() -> None:
    text = "avant | dedans | après"
    start, end = text.index("dedans"), text.index("dedans") + 6
    assert list(tokenize(text, start, end)) == [(start, end, "dedans")]


# ------------------------------------------------------------------ typos


TYPOS = {
    "ecole": "école",  # dropped accent
    "maniere": "manière",
    "developement": "développement",  # missing doubled letter
    "appeller": "appeler",  # doubled letter
    "rpoduit": "produit",  # swapped letters
    "voitire": "voiture",  # AZERTY neighbour
    "coeur": "cœur",  # ligature
    "chateau": "château",
    "éxemple": "exemple",  # wrong accent
    "beacoup": "beaucoup",  # missing letter
    "defibrilateur": "défibrillateur",
}


@pytest.mark.parametrize(("typo", "right"), TYPOS.items())
def test_typos_are_flagged_and_the_right_word_comes_first(speller: Speller, typo: str, right: str) -> None:
    assert not speller.is_correct(typo)
    assert speller.suggest(typo)[0] == right


def test_suggestions_use_the_writers_apostrophe(speller: Speller) -> None:
    assert speller.suggest("aujourdhui")[0] == "aujourd’hui"  # typographic by default
    assert Speller(apostrophe="'").suggest("aujourdhui")[0] == "aujourd'hui"
    assert speller.suggest("quelqu'nu")[0] == "quelqu'un"
    assert speller.suggest("quelqu’nu")[0] == "quelqu’un"
    assert check_text("C'est l'heure, aujourdhui.", speller)[0].suggestions[0] == "aujourd'hui"
    assert check_text("C’est l’heure, aujourdhui.", speller)[0].suggestions[0] == "aujourd’hui"


def test_suggestions_keep_capitalisation(speller: Speller) -> None:
    assert speller.suggest("Ecole")[0] == "École"
    assert speller.suggest("ECOLLE")[0] == "ÉCOLE"
    assert speller.suggest("Developement")[0] == "Développement"


def test_suggestions_respect_limit_and_never_return_the_word(speller: Speller) -> None:
    got = speller.suggest("maniere", limit=3)
    assert len(got) <= 3 and "maniere" not in got and len(set(got)) == len(got)
    # Accent and distance-1 candidates do not wait for the time budget; only distance 2 does.
    assert Speller().suggest("ecole", budget_ms=0)[0] == "école"


def test_injected_typos_in_prose_are_found(speller: Speller) -> None:
    text = "La méthode agile permet de livrer rapidment un produit de qualitée à chaque itératoin."
    assert flagged(text, speller) == ["rapidment", "qualitée", "itératoin"]


# ------------------------------------------------------------------ user words, English


def test_english_words_only_when_asked() -> None:
    text = "Le scrum master anime la squad."
    assert {"scrum", "squad"} <= set(flagged(text, Speller()))
    assert flagged(text, Speller(accept_english=True)) == []


def test_add_ignore_remove(speller: Speller) -> None:
    sp = Speller(extra_words=["WiiSmile"])
    assert sp.is_correct("WiiSmile") and not sp.is_correct("Wiismile")
    sp.add_words(["wiismilien"])
    assert sp.is_correct("wiismilien") and sp.is_correct("Wiismilien")  # capitalised at sentence start
    sp.ignore("Novalto")
    assert sp.is_correct("Novalto")
    sp.remove_word("Novalto")
    sp.remove_word("wiismilien")
    assert not sp.is_correct("Novalto") and not sp.is_correct("wiismilien")
    assert not speller.is_correct("WiiSmile")  # other spellers are unaffected
    sp.add_words(["Atecna"])
    assert sp.suggest("Atcena")[0] == "Atecna"  # user words are suggested too


def test_word_files_round_trip(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    path = folder_dictionary_path(folder)
    assert path == folder / ".relecture" / "dictionary.txt"
    assert read_word_file(path) == set()
    for w in ["Wiismile", "école-test", "Atecna", "ecole-test", "Wiismile"]:
        add_to_word_file(path, w)
    assert path.read_text(encoding="utf-8") == "Atecna\necole-test\nécole-test\nWiismile\n"
    assert read_word_file(path) == {"Atecna", "ecole-test", "école-test", "Wiismile"}
    remove_from_word_file(path, "Atecna")
    assert read_word_file(path) == {"ecole-test", "école-test", "Wiismile"}
    assert [p.name for p in path.parent.iterdir()] == ["dictionary.txt"]  # no temp file left
    sp = Speller(extra_words=read_word_file(path))
    assert sp.is_correct("Wiismile")


def test_word_file_normalises_apostrophes_and_skips_comments(tmp_path: Path) -> None:
    path = tmp_path / "perso.txt"
    path.write_text("# mes mots\n\nprud’homie-test\n  Relecture  \n", encoding="utf-8")
    assert read_word_file(path) == {"prud'homie-test", "Relecture"}


# ------------------------------------------------------------------ Markdown ranges

ARTICLE = """---
title: "Un titre avec une fotte"
date: 2024-01-02
tags: [recete, cuisine]
description: >
  Une descripton
  sur deux lignes
seo:
  title: Titre SEO erronné
  canonical: https://exemple.fr/pagefautte
author: Jean Dupond autheur
---
# Introducton

Texte avec `code fautte1` et un [lien](https://exemple.com/fautte2 "titre")
ou une ![image](data:image/png;base64,AAfautte3).
Écrivez à jean.fautte4@exemple.fr, visitez www.fautte5.org, <span class="fautte6">contenu</span>.
<!-- fautte7 -->

```python
fautte8 = 1
```

    fautte9 indenté

- une liste
    continuation avec erreurr

[ref]: https://exemple.fr/ref "fautte10"
Final{#fautte11}.
"""


def test_checkable_ranges_exclude_code_urls_links_html_and_keys() -> None:
    prose = "".join(ARTICLE[s:e] for s, e in checkable_ranges(ARTICLE))
    assert "fautte" not in prose
    for key in ("title", "date", "tags", "seo", "canonical", "author", "description"):
        assert f"{key}:" not in prose
    assert "recete" not in prose and "autheur" not in prose  # tags and other keys are not prose


def test_front_matter_string_values_of_prose_keys_are_checked(speller: Speller) -> None:
    found = check_text(ARTICLE, speller)
    assert [f.text for f in found] == ["fotte", "descripton", "erronné", "Introducton", "erreurr"]
    for f in found:
        assert ARTICLE[f.start : f.end] == f.text


def test_ranges_are_sorted_and_disjoint() -> None:
    ranges = checkable_ranges(ARTICLE)
    assert all(s < e for s, e in ranges)
    assert all(a[1] <= b[0] for a, b in zip(ranges, ranges[1:], strict=False))


def test_toml_and_json_front_matter() -> None:
    toml = '+++\ntitle = "Titre fotte"\nslug = "slugfautte"\n[seo]\ndescription = "Descripton"\n+++\nCorps.\n'
    json = '{\n  "title": "Titre fotte",\n  "slug": "slugfautte",\n  "seo": {"description": "Descripton"}\n}\nCorps.\n'
    for text in (toml, json):
        assert [f.text for f in check_text(text, suggestions=False)] == ["fotte", "Descripton"], text


def test_inline_code_with_double_backticks_and_html_comment_over_lines() -> None:
    text = "Un ``code `fautte` ici`` puis <!-- fautte\nfautte --> et la fin."
    assert "fautte" not in "".join(text[s:e] for s, e in checkable_ranges(text))


def test_remembered_verdicts_follow_the_words_taught_ignored_and_removed() -> None:
    from app.core.spelling import Speller

    sp = Speller()
    assert sp.misspelled_parts("Relecturix") == [(0, 10)]
    assert sp.misspelled_parts("l’Relecturix") == [(2, 12)]
    sp.add_words(["Relecturix"])
    assert sp.misspelled_parts("Relecturix") == [] and sp.is_correct("l’Relecturix")
    sp.remove_word("Relecturix")
    assert sp.misspelled_parts("Relecturix") == [(0, 10)]
    sp.ignore("Relecturix")
    assert sp.is_correct("Relecturix") and sp.misspelled_parts("porte-Relecturix") == []
    assert Speller().misspelled_parts("Relecturix") == [(0, 10)]  # another speller, its own words
