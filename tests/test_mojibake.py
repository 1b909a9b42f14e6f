"""Mojibake detection and repair on the sample articles and on generated text."""

from __future__ import annotations

import difflib
import random
import re
from pathlib import Path

import ftfy
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from ruamel.yaml import YAML

from app.core.findings import Finding, apply_findings
from app.core.frontmatter import split
from app.core.mojibake import FTFY_CONFIG, find_mojibake, group_findings, repair_text

DAMAGED = ["000_3707fc633bf3519f.txt", "001_e53649ae17cd7a41.txt", "002_f11432d6a19c64c1.txt"]
CLEAN = "003_3d825cb3911fbed3.txt"
TYPOGRAPHY = "’«»“”\xa0\u202f"

CLEAN_PARAGRAPH = (
    "« L’été\xa0» n’est pas fini\u202f! Il a dit “bonjour” – puis — rien… C’est l’œuvre d’une "
    "équipe 🙂 👌🏻 ❤️ ; à bientôt, Noël, ça va\xa0? Hawaï\xa0» et SÃO PAULO, qualité\xa0», "
    "ÉTÉ\xa0: 20\u202f% ; « Ça\xa0» ; garçon, maïs, cœur, Œuvre, déjà, où, île, âge, grâce.\n"
)


def read(folder: Path, name: str) -> str:
    return (folder / name).read_text(encoding="utf-8")


def mojibake_of(text: str, code_page: str = "sloppy-windows-1252") -> str:
    """What an export does: UTF-8 bytes shown through a single-byte code page."""
    return text.encode("utf-8").decode(code_page)


def of_kind(findings: list[Finding], kind: str) -> list[Finding]:
    return [f for f in findings if f.kind == kind]


def apply_one_at_a_time(text: str, findings: list[Finding]) -> str:
    """Apply findings in the given order, like an editor clicking them one by one.

    Offsets of the findings still to apply move by the length change of those already applied
    before them; each span must still hold exactly its original text when its turn comes.
    """
    applied: list[tuple[int, int]] = []  # (original start, length change)
    for f in findings:
        assert f.replacement is not None
        start = f.start + sum(delta for s, delta in applied if s < f.start)
        assert text[start : start + len(f.text)] == f.text
        text = text[:start] + f.replacement + text[start + len(f.text) :]
        applied.append((f.start, len(f.replacement) - len(f.text)))
    return text


def test_clean_seed_has_no_finding(seeds_copy: Path) -> None:
    text = read(seeds_copy, CLEAN)
    assert find_mojibake(text) == []
    assert repair_text(text) == text


@pytest.mark.parametrize("name", DAMAGED)
def test_damaged_seed_has_many_small_findings(seeds_copy: Path, name: str) -> None:
    text = read(seeds_copy, name)
    findings = find_mojibake(text)
    fixes = of_kind(findings, "mojibake")
    assert len(fixes) > 200
    assert [f.start for f in findings] == sorted(f.start for f in findings)
    for previous, current in zip(findings, findings[1:], strict=False):
        assert previous.end <= current.start
    for f in findings:
        assert text[f.start : f.end] == f.text
        # One original character per finding: never a whole line or word.
        assert 1 <= len(f.text) <= 4
    for f in fixes:
        assert f.replacement is not None and len(f.replacement) == 1
        assert f.message == f"{f.text} → {f.replacement}" or "[" in f.message


def test_seed_patterns_repair_to_the_right_characters(seeds_copy: Path) -> None:
    text = read(seeds_copy, DAMAGED[0])
    pairs = {(f.text, f.replacement) for f in of_kind(find_mojibake(text), "mojibake")}
    assert ("Ã©", "é") in pairs
    assert ("â€™", "’") in pairs
    assert ("Â\xa0", "\xa0") in pairs
    assert ("Ã\xa0", "à") in pairs
    assert ("â€¯", "\u202f") in pairs
    # Windows-1254, not 1252: ğ is byte F0, the first byte of every emoji.
    assert ("ğŸ™‚", "🙂") in pairs
    assert "dynamisme 🙂\n" in repair_text(text)


@pytest.mark.parametrize("name", DAMAGED)
def test_repairing_one_by_one_from_last_equals_repair_text(seeds_copy: Path, name: str) -> None:
    text = read(seeds_copy, name)
    fixes = of_kind(find_mojibake(text), "mojibake")
    one_by_one = text
    for f in reversed(fixes):
        assert one_by_one[f.start : f.end] == f.text
        one_by_one = one_by_one[: f.start] + (f.replacement or "") + one_by_one[f.end :]
    assert one_by_one == repair_text(text)
    assert apply_findings(text, fixes) == repair_text(text)


@pytest.mark.parametrize("name", DAMAGED)
def test_any_subset_in_any_order_is_consistent(seeds_copy: Path, name: str) -> None:
    text = read(seeds_copy, name)
    findings = [f for f in find_mojibake(text) if f.replacement is not None]
    rng = random.Random(f"subsets-{name}")
    for _ in range(25):
        subset = rng.sample(findings, rng.randint(1, len(findings)))
        shuffled = subset[:]
        rng.shuffle(shuffled)
        assert apply_one_at_a_time(text, shuffled) == apply_findings(text, subset)


def test_residue_closing_quote_lost_its_last_byte(seeds_copy: Path) -> None:
    text = read(seeds_copy, DAMAGED[0])
    residues = of_kind(find_mojibake(text), "mojibake-residue")
    quote = [f for f in residues if text[f.start - 7 : f.start] == "pilotes"]
    assert len(quote) == 1
    f = quote[0]
    assert f.text == "â€ "
    assert f.replacement == "” "
    assert f.suggestions[0] == "” "
    assert "perdu" in f.message
    repaired = repair_text(text)
    # Not blindly repaired into a dagger eating the space, as ftfy alone does.
    assert "†" not in repaired
    assert "“pilotesâ€ adeptes" in repaired
    assert "†" in ftfy.fix_encoding(text, FTFY_CONFIG)
    assert (
        apply_findings(repaired, of_kind(find_mojibake(repaired), "mojibake-residue")).count(
            "“pilotes” adeptes"
        )
        == 1
    )


def test_residues_heavy_plus_and_skin_tone(seeds_copy: Path) -> None:
    text = read(seeds_copy, DAMAGED[1])
    residues = of_kind(find_mojibake(text), "mojibake-residue")
    plus = [f for f in residues if f.text.startswith("â•")]
    assert len(plus) == 1
    assert any(s.startswith("➕") for s in plus[0].suggestions)
    assert plus[0].text in ("â•", "â• ")
    tone = [f for f in residues if f.text == "ğŸ»"]
    assert len(tone) == 1
    assert tone[0].replacement == "🏻"
    assert text[tone[0].start - 4 : tone[0].start] == "ğŸ‘Œ"  # the 👌 before it is a plain repair
    repaired = repair_text(text)
    assert "👌ğŸ»" in repaired
    assert "### â• Le petit plus" in repaired


@pytest.mark.parametrize("name", DAMAGED)
def test_residues_are_never_applied_and_survive_repair(seeds_copy: Path, name: str) -> None:
    text = read(seeds_copy, name)
    residues = [f.text for f in of_kind(find_mojibake(text), "mojibake-residue")]
    repaired = repair_text(text)
    after = find_mojibake(repaired)
    assert of_kind(after, "mojibake") == []
    assert [f.text for f in after] == residues
    for residue in residues:
        assert residue in repaired


def test_residue_count_in_seeds(seeds_copy: Path) -> None:
    counts = [len(of_kind(find_mojibake(read(seeds_copy, n)), "mojibake-residue")) for n in DAMAGED]
    assert counts == [1, 2, 0]


@pytest.mark.parametrize("name", [*DAMAGED, CLEAN])
def test_repair_is_idempotent(seeds_copy: Path, name: str) -> None:
    text = read(seeds_copy, name)
    once = repair_text(text)
    assert repair_text(once) == once
    assert of_kind(find_mojibake(once), "mojibake") == []


MOJIBAKE_LOOK = re.compile(r"[ÃÂÅâğð][\x80-\xbf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ\s]")


@pytest.mark.parametrize("name", DAMAGED)
def test_no_mojibake_left_after_repair_except_residues(seeds_copy: Path, name: str) -> None:
    repaired = repair_text(read(seeds_copy, name))
    residues = of_kind(find_mojibake(repaired), "mojibake-residue")
    for m in MOJIBAKE_LOOK.finditer(repaired):
        assert any(f.start <= m.start() < f.end for f in residues), repr(
            repaired[m.start() - 10 : m.end() + 10]
        )


@pytest.mark.parametrize("name", DAMAGED)
def test_same_repair_as_ftfy_on_whole_lines_except_residues(seeds_copy: Path, name: str) -> None:
    text = read(seeds_copy, name)
    residues = of_kind(find_mojibake(text), "mojibake-residue")
    ours = repair_text(text).split("\n")
    theirs = ftfy.fix_text(text, FTFY_CONFIG).split("\n")
    assert len(ours) == len(theirs)
    residue_lines = {text.count("\n", 0, f.start) for f in residues}
    differing = {i for i, (a, b) in enumerate(zip(ours, theirs, strict=True)) if a != b}
    assert differing <= residue_lines


@pytest.mark.parametrize("name", DAMAGED)
def test_only_mojibake_characters_change(seeds_copy: Path, name: str) -> None:
    text = read(seeds_copy, name)
    findings = of_kind(find_mojibake(text), "mojibake")
    repaired = repair_text(text)
    inside = bytearray(len(text))
    for f in findings:
        inside[f.start : f.end] = b"\x01" * (f.end - f.start)
    matcher = difflib.SequenceMatcher(None, text, repaired, autojunk=False)
    changed = 0
    for op, i1, i2, _j1, _j2 in matcher.get_opcodes():
        if op != "equal":
            changed += i2 - i1
            assert all(inside[i1:i2]), repr(text[i1 - 10 : i2 + 10])
    assert changed <= sum(f.end - f.start for f in findings)
    # Every correct ’ « » “ ” and no-break space outside a mojibake sequence is still there.
    for ch in TYPOGRAPHY:
        correct = sum(1 for i, c in enumerate(text) if c == ch and not inside[i])
        produced = sum(f.replacement.count(ch) for f in findings if f.replacement)
        assert repaired.count(ch) == correct + produced


def test_good_typography_next_to_mojibake_is_untouched(seeds_copy: Path) -> None:
    clean = read(seeds_copy, CLEAN)
    damaged = read(seeds_copy, DAMAGED[2])
    damaged_body = damaged[split(damaged).end :]
    text = clean + "\n" + CLEAN_PARAGRAPH + damaged_body
    findings = find_mojibake(text)
    assert all(f.start >= len(clean) + 1 + len(CLEAN_PARAGRAPH) for f in findings)
    repaired = repair_text(text)
    assert repaired.startswith(clean + "\n" + CLEAN_PARAGRAPH)
    assert repaired[len(clean) + 1 + len(CLEAN_PARAGRAPH) :] == repair_text(damaged_body)


def test_clean_french_paragraph_is_unchanged_and_unflagged() -> None:
    assert find_mojibake(CLEAN_PARAGRAPH) == []
    assert repair_text(CLEAN_PARAGRAPH) == CLEAN_PARAGRAPH
    assert repair_text(CLEAN_PARAGRAPH).encode("utf-8") == CLEAN_PARAGRAPH.encode("utf-8")


def test_front_matter_values_are_repaired(seeds_copy: Path) -> None:
    text = read(seeds_copy, DAMAGED[0])
    block = split(text)
    in_front_matter = [f for f in find_mojibake(text) if f.start < block.content_end]
    assert len(in_front_matter) >= 15
    repaired = repair_text(text)
    meta = YAML(typ="safe").load(repaired[split(repaired).content_start : split(repaired).content_end])
    assert meta["title"] == "Le digital au service … des services !"
    assert meta["seo"]["title"] == meta["title"]
    assert meta["description"].startswith(
        "Anne Charlotte Hertault, Product Owner, nous fait part de son retour d’expérience"
    )
    assert "Durée de la mission\u202f:\xa02 a..." in meta["description"]


def test_front_matter_guillemets_repaired(seeds_copy: Path) -> None:
    text = read(seeds_copy, DAMAGED[2])
    repaired = repair_text(text)
    meta = YAML(typ="safe").load(repaired[split(repaired).content_start : split(repaired).content_end])
    assert meta["title"].startswith("«\xa0Le Product Owner permet d’allier")
    assert meta["title"].endswith("collaborateur\xa0»")
    assert meta["tags"] == ["agilité", "Portrait", "produit", "scrum"]


def test_group_findings_counts_patterns(seeds_copy: Path) -> None:
    text = read(seeds_copy, DAMAGED[2])
    findings = find_mojibake(text)
    groups = group_findings(findings)
    counts = dict((key, len(items)) for key, items in groups)
    assert counts["Ã©→é"] == sum(1 for f in findings if f.text == "Ã©")
    assert counts["Ã©→é"] == 122
    assert [len(items) for _, items in groups] == sorted((len(items) for _, items in groups), reverse=True)
    assert sum(counts.values()) == len(findings)
    assert all(f.group == key for key, items in groups for f in items)


def test_double_encoding_and_a_grave_with_space() -> None:
    once = mojibake_of("L’été à Noël déjà.")
    twice = mojibake_of(once)
    assert repair_text(twice) == "L’été à Noël déjà."
    assert of_kind(find_mojibake(repair_text(twice)), "mojibake") == []
    # The A0 of "à" turned into a plain space by the export: ftfy's reading, the space kept.
    assert repair_text("voilÃ le travail, il Ã©tait lÃ ") == "voilà le travail, il était là "
    # The no-break space of "à" turned into a space: the pair becomes "à".
    assert repair_text("lÃ  Ã Paris, IRMÃ : SÃO Ã©tÃ©") == "là à Paris, IRMÃ : SÃO été"


def test_latin1_c1_controls_become_windows_1252() -> None:
    text = "l\x92été \x93oui\x94"
    assert repair_text(text) == "l’été “oui”"


def test_clean_text_with_a_real_a_tilde_is_not_flagged() -> None:
    text = "À São Paulo, SÃO PAULO, IRMÃ : « Ça va\xa0? » — qualité\xa0» ; café–restaurant.\n"
    assert find_mojibake(text) == []


# Realistic French tokens (words, typography, emoji); generated text joins them with spaces.
TOKENS = [
    *"été à déjà œuvre cœur Noël maïs garçon Ça ÉTÉ île où L’été « » “oui” ‘non’ – — … € 🙂 👌🏻 🎉".split(),
    *"❤️ 👍 grâce tâche naïf Œuvre À ÇA bientôt sûr Ô Élise n’est qualité".split(),
    *"le des 2021 ® ° ½ ™ • ¿ Æsir".split(),
    *["20\u202f%", "–\xa0", "«\xa0", "\xa0»", "\xa0:", "\xa0!"],
]


@settings(max_examples=200, deadline=None)
@given(
    clean=st.lists(st.sampled_from(TOKENS), max_size=12),
    damaged=st.lists(st.sampled_from(TOKENS), min_size=1, max_size=12),
    glue=st.sampled_from([" ", "\xa0"]),
    code_page=st.sampled_from(["sloppy-windows-1252", "sloppy-windows-1254"]),
)
def test_round_trip_on_generated_text(
    clean: list[str], damaged: list[str], glue: str, code_page: str
) -> None:
    good = " ".join(clean)
    original = "Déjà " + glue.join(damaged) + "."
    broken = good + "\n" + mojibake_of(original, code_page)
    assert find_mojibake(good) == []
    repaired = repair_text(broken)
    assert repaired == good + "\n" + original
    assert of_kind(find_mojibake(repaired), "mojibake") == []
    assert of_kind(find_mojibake(broken), "mojibake-residue") == []
    fixes = of_kind(find_mojibake(broken), "mojibake")
    assert apply_one_at_a_time(broken, list(reversed(fixes))) == repaired


def lossy_mojibake_of(text: str) -> str:
    """The seeds' export: UTF-8 read as Windows-1254, the bytes it leaves undefined dropped."""
    return text.encode("utf-8").decode("cp1254", errors="ignore")


@pytest.mark.parametrize(
    "original",
    [
        "Il a dit “bonjour” à tous.",
        "J’aime ❤️ beaucoup.",
        "Super 👌🏻 merci.",
        "⚠️ attention",
        "Le dev 👨\u200d💻 code.",
    ],
)
def test_lost_bytes_become_residues_whose_best_guess_restores_the_text(original: str) -> None:
    broken = lossy_mojibake_of(original)
    assert broken != original
    findings = find_mojibake(broken)
    residues = of_kind(findings, "mojibake-residue")
    assert residues
    assert all(f.replacement is not None for f in residues)
    assert apply_findings(broken, findings) == original
    # repair_text never applies a guess: the residues stay for the editor.
    assert repair_text(broken) == apply_findings(broken, of_kind(findings, "mojibake"))
    assert all(f.text in repair_text(broken) for f in residues)


def test_lost_byte_in_an_emoji_lists_every_equally_likely_reading() -> None:
    broken = lossy_mojibake_of("Bravo 👍 !")
    (residue,) = find_mojibake(broken)
    assert residue.kind == "mojibake-residue"
    assert residue.replacement is None  # a dozen emoji fit: no single best guess
    assert "👍 " in residue.suggestions
    assert "Lectures possibles" in residue.message
