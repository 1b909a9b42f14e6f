"""Folder scan: summaries from worker processes equal the in-process ones; the cache serves unchanged files."""

from __future__ import annotations

import os
import shutil
from dataclasses import asdict
from pathlib import Path

import pytest

from app.core.checks import CheckOptions
from app.core.scan import SummaryCache, cache_file_for, cached_and_stale, options_key, summarize_many

ARTICLE = """---
title: "{title}"
date: 2024-03-0{day}
tags: ["scrum", "UX"]
draft: false
---

Un paragraphe avec une fôte et du texte Ã©crit en mojibake.
"""


def _folder(seeds_copy: Path, extra: int = 6) -> list[Path]:
    for i in range(extra):
        (seeds_copy / f"gen-{i}.md").write_text(ARTICLE.format(title=f"Article {i}", day=i + 1), "utf-8")
    return sorted(seeds_copy.iterdir())


def _by_path(batches: list[list]) -> dict[str, dict]:
    return {s.path: asdict(s) for batch in batches for s in batch}


def test_worker_processes_give_the_same_summaries_as_the_thread(seeds_copy: Path) -> None:
    paths = _folder(seeds_copy)
    options = CheckOptions(suggestions=False)
    inline = _by_path(list(summarize_many(paths, options, processes=0)))
    pooled = _by_path(list(summarize_many(paths, options, processes=2, chunk=3)))
    assert set(inline) == {str(p) for p in paths}
    assert pooled == inline
    gen = inline[str(seeds_copy / "gen-2.md")]
    assert gen["title"] == "Article 2" and gen["date"] == "2024-03-03" and gen["tags"] == ["scrum", "UX"]
    assert gen["counts"].get("mojibake", 0) >= 1 and gen["counts"].get("spelling", 0) >= 1
    # What the front-matter form needs of the folder comes with the summary (no second read of every file).
    assert gen["fields"] == {"title": "string", "date": "date", "tags": "list", "draft": "bool"}
    assert gen["lists"] == {"tags": ["scrum", "UX"]}


def test_worker_processes_use_the_window_speller_words(seeds_copy: Path) -> None:
    from app.core.spelling import Speller

    paths = _folder(seeds_copy, extra=3)
    target = str(seeds_copy / "gen-0.md")
    plain = _by_path(list(summarize_many(paths, CheckOptions(suggestions=False), processes=2)))
    options = CheckOptions(suggestions=False, speller=Speller(extra_words=["fôte"]))
    taught = _by_path(list(summarize_many(paths, options, processes=2)))
    assert taught[target]["counts"].get("spelling", 0) == plain[target]["counts"]["spelling"] - 1


def test_cache_keeps_unchanged_files_and_drops_a_touched_one(seeds_copy: Path, tmp_path: Path) -> None:
    (seeds_copy / 'L\'été "chaud" 🏖\\ à\u2028.md').write_text(ARTICLE.format(title='Été "1"', day=1), "utf-8")
    paths = _folder(seeds_copy, extra=2)
    key = options_key(CheckOptions(suggestions=False))
    file = tmp_path / "cache.json"
    cache = SummaryCache(file, key)
    for batch in summarize_many(paths, CheckOptions(suggestions=False)):
        for s in batch:
            cache.put(s)
    cache.save()

    again = SummaryCache(file, key)
    assert again.entries == cache.entries and len(again.entries) == len(paths)
    fresh, stale = cached_and_stale(paths, again)
    assert stale == [] and len(fresh) == len(paths)

    touched = seeds_copy / "gen-1.md"
    touched.write_text(ARTICLE.format(title="Nouveau titre", day=9), "utf-8")
    st = touched.stat()
    os.utime(touched, ns=(st.st_atime_ns, st.st_mtime_ns + 2_000_000_000))
    fresh, stale = cached_and_stale(paths, SummaryCache(file, key))
    assert stale == [touched]
    assert {s.path for s in fresh} == {str(p) for p in paths if p != touched}

    # Other options (a check turned on) → another key → nothing reused.
    other = options_key(CheckOptions(suggestions=False, only=frozenset({"mojibake", "spelling", "typography"})))
    assert other != key
    assert SummaryCache(file, other).entries == {}


@pytest.fixture
def scan_task(qapp: object) -> object:
    from app.ui import workers

    def make() -> tuple[workers.Task, list, list]:
        task = workers.Task(lambda: None)
        got: list = []
        progress: list = []
        task.signals.partial.connect(got.append)
        task.signals.progress.connect(lambda done, total: progress.append((done, total)))
        return task, got, progress

    return make


def test_reopen_uses_cached_summaries_and_recomputes_a_changed_file(seeds_copy: Path, scan_task) -> None:
    from app.ui.scan_runner import forget_caches, scan_paths

    paths = _folder(seeds_copy, extra=2)
    options = CheckOptions(suggestions=False)
    task, got, progress = scan_task()
    stats = scan_paths(paths, options, seeds_copy, True, task=task)
    assert (stats.cached, stats.computed) == (0, len(paths))
    assert progress[-1] == (len(paths), len(paths))
    first = _by_path(got)
    assert cache_file_for(seeds_copy).is_file()

    forget_caches()  # as a new session: read back from disk
    touched = seeds_copy / "gen-0.md"
    touched.write_text(ARTICLE.format(title="Titre changé", day=5), "utf-8")
    st = touched.stat()
    os.utime(touched, ns=(st.st_atime_ns, st.st_mtime_ns + 2_000_000_000))
    task, got, progress = scan_task()
    stats = scan_paths(paths, options, seeds_copy, True, task=task)
    assert (stats.cached, stats.computed) == (len(paths) - 1, 1)
    second = _by_path(got)
    assert second[str(touched)]["title"] == "Titre changé"
    assert {k: v for k, v in second.items() if k != str(touched)} == {
        k: v for k, v in first.items() if k != str(touched)
    }


def test_scan_in_worker_processes_fills_the_cache_like_the_thread(seeds_copy: Path, tmp_path: Path, scan_task) -> None:
    from app.ui.scan_runner import forget_caches, scan_paths

    paths = _folder(seeds_copy, extra=4)
    copy = tmp_path / "copie"
    shutil.copytree(seeds_copy, copy)
    options = CheckOptions(suggestions=False)
    task, got_thread, _ = scan_task()
    scan_paths(paths, options, seeds_copy, True, 0, task=task)
    task, got_pool, _ = scan_task()
    stats = scan_paths(paths, options, copy, True, 2, task=task)
    assert stats.processes == 2 and stats.computed == len(paths)
    assert _by_path(got_pool) == _by_path(got_thread)
    forget_caches()
    task, got, _ = scan_task()
    stats = scan_paths(paths, options, copy, True, 2, task=task)
    assert (stats.cached, stats.computed) == (len(paths), 0)


def test_window_lists_from_the_cache_on_reopen(window, seeds_copy: Path) -> None:
    from app.ui.scan_runner import forget_caches

    window.open_path(seeds_copy)
    titles = {r.path.name: r.summary.title for r in window.model.rows}
    assert all(titles.values()) and len(titles) == 4
    cache = SummaryCache(cache_file_for(seeds_copy), options_key(window.check_options(suggestions=False)))
    assert len(cache.entries) == 4
    forget_caches()
    window.open_path(seeds_copy)
    assert {r.path.name: r.summary.title for r in window.model.rows if r.summary} == titles
    assert window.scan_task is None and window.progress.isHidden()


def test_scan_progress_is_shown_once_per_burst_with_the_latest_count(window, qtbot, seeds_copy: Path) -> None:
    window.open_path(seeds_copy)
    window.progress.show()
    for done in range(1, 41):  # batches arriving faster than the eye: the bar shows the newest count
        window.on_scan_progress(done, 50)
    assert window.progress.value() != 40
    qtbot.waitUntil(lambda: window.progress.value() == 40 and window.progress.maximum() == 50, timeout=3000)
    assert window.progress.text() == "Analyse 40 / 50"
    window.progress.hide()


def test_helper_processes_start_below_the_window_priority() -> None:
    from concurrent.futures import ProcessPoolExecutor

    from app.core.scan import helper_context

    base = os.nice(0)
    with ProcessPoolExecutor(max_workers=2, mp_context=helper_context(nice=7)) as pool:
        seen = set(pool.map(os.nice, [0, 0, 0, 0]))
    assert seen == {min(19, base + 7)}


def test_suggestions_from_a_helper_process_match_the_window_speller() -> None:
    from concurrent.futures import ProcessPoolExecutor

    from app.core.scan import helper_context, speller_spec, suggest_with_words
    from app.core.spelling import Speller

    speller = Speller(extra_words=["Relecture"])
    words = ["fôte", "ecole", "Relectur", "aujourdhui"]
    with ProcessPoolExecutor(max_workers=1, mp_context=helper_context(nice=1)) as pool:
        got = pool.submit(suggest_with_words, words, speller_spec(speller), 5000).result()
    assert got == {w: tuple(speller.suggest(w, limit=5, budget_ms=5000)) for w in words}
    assert got["ecole"][0] == "école" and "Relecture" in got["Relectur"]


def test_a_big_article_is_summarised_in_a_worker_process_not_the_scan_thread(tmp_path: Path, scan_task) -> None:
    from app.core.scan import summarize
    from app.ui.scan_runner import PROCESS_BYTES, scan_paths

    folder = tmp_path / "gros"
    folder.mkdir()
    big = folder / "gros.md"
    para = "Un paragraphe en français avec une fôte et du texte Ã©crit en mojibake.\n\n"
    big.write_text(ARTICLE.format(title="Gros", day=1) + para * (PROCESS_BYTES // len(para) + 10), "utf-8")
    small = folder / "petit.md"
    small.write_text(ARTICLE.format(title="Petit", day=2), "utf-8")
    options = CheckOptions(suggestions=False)
    task, got, _ = scan_task()
    stats = scan_paths([big, small], options, None, True, task=task)
    assert stats.processes == 2 and stats.computed == 2
    summaries = _by_path(got)
    assert summaries == {str(p): asdict(summarize(p, options)) for p in (big, small)}
    assert summaries[str(big)]["counts"]["mojibake"] > 10_000
    task, got, _ = scan_task()
    assert scan_paths([small], options, None, True, task=task).processes == 0  # a small one stays in the thread
