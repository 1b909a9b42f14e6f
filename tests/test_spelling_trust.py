"""Spelling an editor trusts (issue 20): reproducible suggestions, bounded work, fewer false flags."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.core.spelling import LOOKUPS_MAX, WORD_MAX, Speller, check_text

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def speller() -> Speller:
    return Speller()


def flagged(text: str, sp: Speller) -> list[str]:
    return [f.text for f in check_text(text, sp, suggestions=False)]


# ------------------------------------------------------------------ determinism, bounded work

# Words whose suggestions need edit distance 2 (the part a wall-clock budget used to cut short).
FAR_WORDS = ["interomptu", "ortografe", "anticonstitutionelemnt", "developemnet", "kiosqeus"]


def test_suggestions_do_not_depend_on_a_time_budget() -> None:
    for w in FAR_WORDS:
        assert Speller().suggest(w, budget_ms=0) == Speller().suggest(w, budget_ms=60_000), w


def test_suggestions_are_the_same_in_another_process_with_other_string_hashing(tmp_path: Path) -> None:
    script = tmp_path / "suggest.py"
    script.write_text(
        "import json, sys\nfrom app.core.spelling import Speller\n"
        "sp = Speller(extra_words=['Atecna', 'Atecnia'])\n"
        f"words = {FAR_WORDS!r} + ['Atcena', 'fote', 'cotoyer']\n"
        "print(json.dumps([sp.suggest(w, limit=6) for w in words]))\n",
        encoding="utf-8",
    )
    runs = []
    for seed in ("1", "2", "3"):
        env = dict(os.environ, PYTHONHASHSEED=seed)
        cmd = [sys.executable, str(script)]
        out = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, check=True)
        runs.append(json.loads(out.stdout))
    assert runs[0] == runs[1] == runs[2]


def test_menu_and_panel_limits_give_the_same_order() -> None:
    sp = Speller()
    for w in FAR_WORDS + ["fote", "maniere"]:
        assert sp.suggest(w, limit=6)[:5] == Speller().suggest(w, limit=5), w


def test_a_word_over_the_sane_length_gets_no_suggestions_and_no_work() -> None:
    sp = Speller()
    long_word = "abcdefghij" * 1000  # 10,000 letters
    assert sp.suggest(long_word) == []
    assert sp.suggest("x" * (WORD_MAX + 1)) == []
    assert sp.candidates_examined == 0
    findings = check_text(f"Un mot {long_word} trop long.", sp)
    assert [len(f.text) for f in findings] == [10_000] and findings[0].suggestions == ()
    assert sp.candidates_examined == 0


def test_a_letter_with_half_a_million_combining_accents_is_bounded() -> None:
    sp = Speller()
    text = "Voici a" + "\u0301" * 500_000 + " fin."
    findings = check_text(text, sp)
    assert sp.candidates_examined == 0
    assert all(f.suggestions == () for f in findings)


def test_suggestion_work_per_word_is_bounded() -> None:
    sp = Speller()
    sp.suggest("qwxzkqwxzkqwxzkqwxzkqwxzkqwxzkqwxzkqwxz")  # 39 letters, no word anywhere near
    first_edits = 2 * 39 + 1 + 28 * (2 * 39 + 1)
    assert 0 < sp.candidates_examined <= first_edits + LOOKUPS_MAX
