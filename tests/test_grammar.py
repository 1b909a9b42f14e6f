"""Grammar checking with Grammalecte: Markdown masking, Relecture's own rules, one typography engine, CLI."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("grammalecte", reason="python3-grammalecte not installed (packaging/system-deps.sh)")

from app.core import grammar  # noqa: E402
from app.core.checks import CheckOptions, check_text  # noqa: E402
from app.core.mojibake import repair_text  # noqa: E402

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def findings(text: str) -> list[tuple[str, str, tuple[str, ...]]]:
    return [(f.text, f.rule, f.suggestions) for f in grammar.check_text(text)]


def first_fix(text: str, word: str) -> str | None:
    """The first suggestion of the finding on `word` (None when nothing marks it)."""
    start = re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text).start()  # type: ignore[union-attr]
    for f in grammar.check_text(text):
        if f.start == start and f.end == start + len(word):
            return f.suggestions[0] if f.suggestions else ""
    return None


def run_cli(*args: str, python_prefix: str = "") -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONIOENCODING="utf-8")
    code = f"{python_prefix}import sys; from app.cli import main; sys.exit(main(sys.argv[1:]))"
    return subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, env=env, timeout=300)


# ---------------------------------------------------------------- masking


def test_masking_keeps_offsets_and_sentences() -> None:
    text = (
        "---\ntitle: \"Un titre\"\ndate: 2024-01-01\n---\n\n# Titre\n\n"
        "L’installation de `debsums` permet de voir [le site](https://exemple.fr/a) et **ceci**.\n\n"
        "```\nIls mange\n```\n\n![Une photo](photo.png)\n\nVoir <https://exemple.fr> et <b>cela</b>.\n"
    )
    masked = grammar.mask_markdown(text)
    assert len(masked) == len(text)
    assert [i for i, c in enumerate(text) if c == "\n"] == [i for i, c in enumerate(masked) if c == "\n"]
    target = "@" * len("](https://exemple.fr/a)")
    assert f"L’installation de XXXXXXXXX permet de voir [le site{target} et **ceci**." in masked
    assert "Ils mange" not in masked  # code block
    assert "date" not in masked and "title" not in masked  # front matter keys
    assert "Un titre" in masked and "# Titre" in masked
    assert "photo" not in masked  # the image, alt included, is one placeholder
    assert "Voir XXXXXXXXXXXXXXXXXXXX et @@@cela@@@@." in masked


def test_markdown_adds_no_finding_that_the_prose_does_not_have() -> None:
    prose = "L’installation de debsums permet de vérifier les paquets installés sur la machine."
    markdown = (
        "## L’installation de `debsums`\n\n"
        "L’installation de `debsums` permet de *vérifier* les **paquets** installés sur [la machine](https://x.fr).\n\n"
        "- L’installation de `debsums` permet de vérifier les paquets installés sur la machine.\n"
        "* L’installation de _debsums_ permet de vérifier les paquets installés sur la machine.\n\n"
        "> L’installation de `debsums` permet de vérifier les paquets installés sur la machine.\n"
    )
    assert findings(prose) == []
    assert findings(markdown) == []
    # Blanking the code span with spaces would break the sentence and add spacing findings.
    assert check_text(markdown, CheckOptions(only=frozenset({"typography"}))) == []


def test_code_and_link_targets_are_never_checked_but_front_matter_values_are() -> None:
    text = (
        '---\ntitle: "Les projet de l’année"\nlayout: "ils mange"\nseo:\n  description: "Ils mange bien."\n---\n\n'
        "Voir `ils mange` et [le lien](https://x.fr/ils-mange).\n\n    ils mange dans un bloc de code\n"
    )
    got = {(f.text, f.start) for f in grammar.check_text(text)}
    assert ("projet", text.index("projet")) in got
    assert ("mange", text.index("mange bien")) in got
    assert all(start < text.index("---\n\n") for _t, start in got), got  # nothing in the body (code, link target)


# ---------------------------------------------------------------- Relecture's own rules


def test_et_est_marks_the_verb_and_puts_est_first() -> None:
    assert first_fix("Elle et contente de son travail.", "et") == "est"
    assert first_fix("Il et parti hier soir.", "et") == "est"  # Grammalecte proposes "ait" first
    assert first_fix("Le chat est noir est le chien blanc.", "est le") is None
    text = "Le chat est noir est le chien blanc."
    second = text.index("est", text.index("noir"))
    assert [f.suggestions[0] for f in grammar.check_text(text) if f.start == second] == ["et"]
    assert findings("Elle et lui sont partis ensemble.") == []


def test_ou_ou_after_savoir_and_place_words() -> None:
    assert first_fix("Je ne sais pas ou il habite maintenant.", "ou") == "où"
    assert first_fix("Dis-moi d’ou il vient.", "ou") == "où"
    assert findings("Tu viens avec nous ou tu restes à la maison ?") == []


def test_son_sont_marks_son_not_its_neighbour() -> None:
    text = "Les solutions son rapides et efficaces."
    got = grammar.check_text(text)
    assert [(f.text, f.suggestions[0]) for f in got] == [("son", "sont")]
    assert findings("Son chien est parti avec son frère.") == []


def test_a_a_after_a_verb_or_before_an_infinitive() -> None:
    assert first_fix("Il faut les accompagner a l’école chaque matin.", "a") == "à"
    assert first_fix("Elle hésite a se lancer dans ce projet.", "a") == "à"
    text = "Il a mangé. Elle a la chance. Ce qu’il faut faire a changé. Elle a envie de partir. Il a à faire."
    assert findings(text) == []


def test_son_sont_looks_past_an_adverb() -> None:
    text = "Les compétences son désormais exercées par la communauté."
    assert [(f.text, f.suggestions[0]) for f in grammar.check_text(text)] == [("son", "sont")]


def test_participle_suggestion_agrees_with_the_subject() -> None:
    assert first_fix("Les décisions sont pris hier.", "pris") == "prises"
    assert first_fix("Les filles sont parti en vacances.", "parti") == "parties"


def test_paragraph_cache_returns_the_same_result_without_parsing_again() -> None:
    grammar.clear_cache()
    unit = "Ils mange une pomme dans le jardin."
    first = grammar.check_paragraph(unit)
    assert first and grammar.check_paragraph(unit) is first


# ---------------------------------------------------------------- one typography engine


def test_typography_problems_are_reported_once_by_the_typography_kind() -> None:
    text = "Il m'a dit bonjour : « salut ». Vraiment ?  Oui... et voilà !\n"
    both = check_text(text, CheckOptions(only=frozenset({"grammar", "typography"})))
    typo = [f for f in both if f.kind == "typography"]
    assert {f.group for f in typo} >= {"apostrophe", "espace-ponctuation", "double-espace", "points-de-suspension"}
    assert all(f.replacement for f in typo)  # one-click fixes kept
    spans = [(f.start, f.end) for f in both]
    for i, (s, e) in enumerate(spans):
        for s2, e2 in spans[i + 1 :]:
            assert e <= s2 or e2 <= s, f"two findings on one problem: {both}"
    assert not [f for f in both if f.kind == "grammar"], both


# ---------------------------------------------------------------- command line


def test_check_only_grammar_reports_kind_rule_and_fix_never_applies_it(tmp_path: Path) -> None:
    article = tmp_path / "a.md"
    original = "---\ntitle: \"Essai\"\n---\n\nIls mange une pomme. Je ne sais pas ou il est. CafÃ© noir.\n"
    article.write_text(original, "utf-8")
    proc = run_cli("check", "--only", "grammar", "--format", "json", str(article))
    assert proc.returncode == 1, proc.stderr
    assert proc.stderr == ""
    report = json.loads(proc.stdout)
    got = report["files"][0]["findings"]
    assert {f["kind"] for f in got} == {"grammar"}
    assert report["summary"]["findings"] == {"grammar": len(got)}
    by_text = {f["text"]: f for f in got}
    assert by_text["mange"]["rule"] and by_text["mange"]["suggestions"] == ["mangent"]
    assert by_text["ou"]["replacement"] == "où" and by_text["ou"]["rule"] == "relecture:ou-où"
    start = original.index("mange")
    assert (by_text["mange"]["start"], by_text["mange"]["end"]) == (start, start + 5)
    assert by_text["mange"]["message"]
    fixed = run_cli("fix", str(article))
    assert fixed.returncode == 0, fixed.stderr
    assert article.read_text("utf-8") == original.replace("CafÃ©", "Café")  # mojibake only, grammar untouched


def test_without_grammalecte_check_says_so_once_and_the_other_checks_run(tmp_path: Path) -> None:
    article = tmp_path / "a.md"
    article.write_text("Ils mange une pomme. CafÃ© noir.\n", "utf-8")
    # A process where grammalecte cannot be imported, as on a machine without python3-grammalecte.
    hide = "import sys; sys.modules['grammalecte'] = None; "
    proc = run_cli("check", "--only", "grammar,mojibake", "--format", "json", str(article), python_prefix=hide)
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and "grammaticale indisponible" in lines[0] and "python3-grammalecte" in lines[0]
    kinds = {f["kind"] for f in json.loads(proc.stdout)["files"][0]["findings"]}
    assert kinds == {"mojibake"}


# ---------------------------------------------------------------- the sample articles

# Every grammar finding on the repaired text of each seed, judged by hand: True = a real problem the
# editor should fix, False = a false alarm or the writer's deliberate choice (épicène spelling, "P.O.").
SEED_FINDINGS: dict[str, list[tuple[str, str, bool]]] = {
    "000_3707fc633bf3519f.txt": [
        ("digital", "g3__conf_numérique_digital__b2_a1_1", True),  # title: "numérique" (recommended term)
        (" …", "typo_points_suspension_après_espace", False),  # a deliberate pause in the title
        ("Anne Charlotte", "g2__tu_prénoms__b1_a1_1", True),  # compound first name: Anne-Charlotte
        ("digital", "g3__conf_numérique_digital__b2_a1_1", True),  # seo.title, same as title
        (" …", "typo_points_suspension_après_espace", False),
        ("Anne Charlotte", "g2__tu_prénoms__b1_a1_1", True),
        ("Anne Charlotte", "g2__tu_prénoms__b1_a1_1", True),
        ("client", "g3__gn_la_2m__b1_a2_1", False),  # "la promesse client": noun in apposition
        ("“", "typo_guillemets_doubles_ouvrants_non_fermés", False),  # its closing quote is mojibake residue
    ],
    "001_e53649ae17cd7a41.txt": [
        (")", "typo_parenthèse_fermante_collée", False),  # ")_" closes Markdown emphasis
        ("correcte", "gv1__ppas_sujet_être_accord_singulier__b3_a3_1", True),  # "l’ensemble … était correct"
        ("client", "g3__gn_det_fem_sing_3m__b1_a1_1", False),  # "appétence client"
        ("user", "g2__conf_déterminant_plur_verbe__b1_a1_1", False),  # "user stories" (English)
    ],
    "002_f11432d6a19c64c1.txt": [
        ("digital", "g3__conf_numérique_digital__b2_a1_1", True),
        ("le", "g3__gn_le_1m__b3_a2_1", False),  # "le pure player" (English)
        ("pure", "g3__gn_le_1m__b3_a3_1", False),
        ("ai", "g2__conj_1s_sans_sujet_xxxai__b4_a1_1", False),  # the fault is the apostrophe in "J‘ai", not "ai"
        ("ai", "g2__conj_1s_sans_sujet_xxxai__b4_a1_1", False),
        (" car", "g0__virg_virgules_manquantes__b2_a1_1", True),  # comma before "car"
        ("A", "g2__typo_À_début_phrase__b1_a1_1", True),  # "A la fin" → "À la fin"
        ("etc…", "typo_et_cetera", True),
        ("savoir–faire", "tu_trait_union_douteux", True),  # an en dash for a hyphen
        ("Orientée", "g3__gn_start_2m__b1_a2_1", False),  # the (female) writer speaks of herself
        ("client", "g3__gn_start_2m__b1_a1_1", False),  # "orientée client"
        ("menée", "gv1__ppas_det_plur_COD_que_avoir__b1_a3_1", True),  # "une des missions que j’aurai menées"
    ],
    "003_3d825cb3911fbed3.txt": [
        ("P.O.", "p_sigle2", False),  # the house abbreviation, used throughout
        ("des", "g2__conf_dès_des_dés__b4_a1_1", True),  # "auprès des celles et ceux" → "de celles"
        ("client", "g3__gn_la_2m__b1_a2_1", False),  # "la relation client"
        *[("P.O.", "p_sigle2", False)] * 3,
        ("Un.e", "eepi_écriture_épicène_singulier", False),  # épicène spelling: the writer’s choice
        *[("P.O.", "p_sigle2", False)] * 5,
        *[("commercial.e", "eepi_écriture_épicène_singulier", False)] * 5,
        ("livré.e", "eepi_écriture_épicène_singulier", False),
        ("quelques temps", "g2__loc_quelque_temps__b1_a1_1", True),  # "depuis quelque temps"
        ("quelques", "g3__gn_quelque_adverbe__b1_a1_1", True),  # "quelque 24 projets" (about)
        *[("commercial(e)", "eepi_écriture_épicène_singulier", False)] * 2,
        ("Futur(e)", "eepi_écriture_épicène_singulier", False),
        ("wiismilien(ne)", "eepi_écriture_épicène_singulier", False),
        ("stimulé(e)", "eepi_écriture_épicène_singulier", False),
        ("a", "g2__conf_substantif_à_substantif__b1_a1_1", False),  # "Votre talent a rendez-vous": avoir
        ("A", "g2__typo_À_début_phrase__b1_a1_1", True),  # "A votre tour" → "À votre tour"
        ("une", "g3__gn_une_des_1m__b1_a1_1", False),  # the other reading of the next finding
        ("salariés", "g3__gn_une_des_1m__b1_a2_1", True),  # "l’une des salariées"
    ],
}


@pytest.mark.parametrize("name", sorted(SEED_FINDINGS))
def test_grammar_findings_on_each_repaired_seed(name: str) -> None:
    text = repair_text((SEEDS / name).read_bytes().decode("utf-8"))
    got = [(f.text, f.rule) for f in grammar.check_text(text)]
    assert got == [(t, r) for t, r, _real in SEED_FINDINGS[name]]
