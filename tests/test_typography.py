"""French typography findings: each one-click fix gives the expected text and never touches code or URLs."""

from __future__ import annotations

import pytest

from app.core.article import load
from app.core.checks import CheckOptions, check_text
from app.core.findings import apply_findings
from app.core.typography import NBSP, NNBSP, count_words, find_typography, reading_minutes


def fixed(text: str) -> str:
    return apply_findings(text, find_typography(text))


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("Bonjour ! Ça va ? Oui ; merci : bien.\n", f"Bonjour{NNBSP}! Ça va{NNBSP}? Oui{NNBSP}; merci{NNBSP}: bien.\n"),
        ("Bonjour! Attention: voilà\n", f"Bonjour{NNBSP}! Attention{NNBSP}: voilà\n"),
        ("Trop d'espaces   ?\n", f"Trop d’espaces{NNBSP}?\n"),
        ("Vraiment ?!\n", f"Vraiment{NNBSP}?!\n"),
        ("(vraiment ?)\n", f"(vraiment{NNBSP}?)\n"),
        ("Il dit « bonjour » et «salut».\n", f"Il dit «{NNBSP}bonjour{NNBSP}» et «{NNBSP}salut{NNBSP}».\n"),
        ("L'été, aujourd'hui.\n", "L’été, aujourd’hui.\n"),
        ("Et puis... rien.\n", "Et puis… rien.\n"),
        ("Deux  espaces,   trois.\n", "Deux espaces, trois.\n"),
    ],
)
def test_each_fix_gives_the_expected_text(before: str, after: str) -> None:
    assert fixed(before) == after
    # A fixed text has nothing left to fix.
    assert find_typography(after) == []


def test_findings_carry_a_one_click_replacement_and_exact_span() -> None:
    text = "# Titre\n\nAlors ! Et l'été...\n"
    found = find_typography(text)
    assert [(f.group, text[f.start : f.end], f.replacement) for f in found] == [
        ("espace-ponctuation", " !", NNBSP + "!"),
        ("apostrophe", "'", "’"),
        ("points-de-suspension", "...", "…"),
    ]
    assert all(f.kind == "typography" and f.text == text[f.start : f.end] for f in found)


def test_both_no_break_spaces_are_accepted() -> None:
    text = f"Oui{NNBSP}! Non{NBSP}? «{NBSP}cité{NNBSP}» et «{NNBSP}là{NBSP}»\n"
    assert find_typography(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Voir `l'été ... ok !` ici\n",
        "```\nl'été !  \nprint('a')...\n```\n",
        "Paragraphe.\n\n    code  l'été !\n",
        "Lien https://exemple.fr/a?b=c!d et <https://x.org/l'a>\n",
        '<a title="l\'été !">x</a>\n',
        "![image](photo.png) et [lien](https://x.fr/?q=l'a) ok\n",
        "À 10:30, ratio 1:2, emoji :smile: ok\n",
        "Titre  \nligne avec saut de ligne dur\n",
        "*   puce\n1.  numéro\n>  citation\n",
        "| a  | b |\n|----|---|\n",
        "Liste:\n::: note\n",
    ],
)
def test_code_urls_html_and_markdown_syntax_are_never_touched(text: str) -> None:
    found = find_typography(text)
    untouched = {
        "`l'été ... ok !`", "print('a')...", "code  l'été !", "https://exemple.fr/a?b=c!d", "l'a>", "title=",
        "](https://x.fr/?q=l'a)", "10:30", "1:2", ":smile:", "Titre  \n", "*   ", "1.  ", ">  ", "| a  |", ":::",
    }  # fmt: skip
    for f in found:
        for piece in untouched:
            at = text.find(piece)
            if at != -1:
                assert not (at <= f.start < at + len(piece)), (f, piece)


def test_front_matter_only_prose_values_and_single_quotes_kept() -> None:
    text = "---\ntitle: 'L''été !'\ndescription: \"L'été...\"\nslug: l'ete...\nseo:\n  title: Quoi ?\n---\nTexte.\n"
    out = fixed(text)
    assert "title: 'L''été\u202f!'" in out  # the YAML '' escape is left alone
    assert 'description: "L’été…"' in out
    assert "slug: l'ete...\n" in out  # not a prose key
    assert "  title: Quoi\u202f?" in out
    from app.core.frontmatter import parse

    assert parse(out).data["title"] == "L'été\u202f!"


def test_overlapping_rules_give_one_fix() -> None:
    text = "Bonjour  !\n"
    found = find_typography(text)
    assert len(found) == 1
    assert apply_findings(text, found) == f"Bonjour{NNBSP}!\n"


def test_seeds_fix_cleanly(seeds_copy) -> None:  # type: ignore[no-untyped-def]
    for path in sorted(seeds_copy.iterdir()):
        text = load(path).text
        out = apply_findings(text, find_typography(text))  # raises if two findings overlapped
        assert find_typography(out) == []


def test_checks_include_typography_only_when_asked() -> None:
    text = "Alors !\n"
    assert not [f for f in check_text(text, CheckOptions(only=frozenset({"mojibake"}))) if f.kind == "typography"]
    found = check_text(text, CheckOptions(only=frozenset({"typography"})))
    assert [f.kind for f in found] == ["typography"]


def test_word_count_and_reading_time() -> None:
    text = "---\ntitle: Un titre long ici\n---\nUn deux trois, l’été.\n\n```\ncode pas compté\n```\nVoir https://x.fr\n"
    assert count_words(text) == 5  # Un deux trois l’été Voir — the URL, code and front matter are not words
    assert reading_minutes(0) == 0
    assert reading_minutes(1) == 1
    assert reading_minutes(230) == 1
    assert reading_minutes(231) == 2
