"""The folder scan behind the article list: cached summaries at once, the others from worker processes.

Runs as one workers.Task (so tests' synchronous workers run it inline). Batches of summaries come back through
the task's `partial` signal, progress through `progress`; the result is a ScanStats.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.core.checks import CheckOptions
from app.core.scan import (
    SummaryCache,
    cache_file_for,
    cached_and_stale,
    options_key,
    summarize_many,
)
from app.ui import workers

# Fewer stale files than this are summarised in the scan thread: starting worker processes (interpreter,
# imports, lexicon) costs about a second, more than a few dozen files.
PROCESS_THRESHOLD = 50
PROCESS_BYTES = 1_000_000  # or when they weigh more than this
CACHE_BATCH = 5000  # cached summaries sent to the list per batch (one short model update each: ~10 ms)
SAVE_EVERY_S = 15.0  # the cache is saved this often during a long scan (a crash keeps most of the work)

# One cache object per cache file, shared by overlapping scans (a rescan of a few files during the big one).
_caches: dict[tuple[Path, str], SummaryCache] = {}
_cache_lock = threading.Lock()


@dataclass
class ScanStats:
    total: int
    cached: int
    computed: int
    processes: int
    seconds: float


def _cache_for(file: Path, key: str) -> SummaryCache:
    with _cache_lock:
        cache = _caches.get((file, key))
        if cache is None:
            _caches.clear()  # only the folder being read stays in memory
            cache = _caches[(file, key)] = SummaryCache(file, key)
        return cache


def forget_caches() -> None:
    with _cache_lock:
        _caches.clear()


def process_count(stale: list[Path]) -> int:
    """Worker processes for these files: 0 (the scan thread) for a few small ones, else one per core (one per
    file for a few big ones: a 4 MB article checked in the scan thread would slow every keystroke)."""
    if len(stale) > PROCESS_THRESHOLD:
        return max(2, os.cpu_count() or 1)
    if _total_size(stale) > PROCESS_BYTES:
        return min(len(stale), max(2, os.cpu_count() or 1))
    return 0


def _total_size(paths: list[Path]) -> int:
    total = 0
    for p in paths:
        try:
            total += p.stat().st_size
        except OSError:
            pass
    return total


def scan_paths(
    paths: list[Path],
    options: CheckOptions,
    root: Path | None,
    whole_folder: bool,
    processes: int | None = None,
    *,
    task: workers.Task,
) -> ScanStats:
    """Background: send cached summaries first, then summarise the stale files; keep the cache up to date."""
    started = time.monotonic()
    total = len(paths)
    cache = _cache_for(cache_file_for(root), options_key(options)) if root is not None else None
    if cache is not None:
        with _cache_lock:
            fresh, stale = cached_and_stale(paths, cache)
    else:
        fresh, stale = [], list(paths)
    done = 0
    for i in range(0, len(fresh), CACHE_BATCH):
        if task.cancelled:
            return ScanStats(total, done, 0, 0, time.monotonic() - started)
        batch = fresh[i : i + CACHE_BATCH]
        done += len(batch)
        task.signals.partial.emit(batch)
        task.signals.progress.emit(done, total)
    n_proc = process_count(stale) if processes is None else processes
    computed = 0
    last_save = time.monotonic()
    dirty = False
    try:
        chunk = 16 if len(stale) > PROCESS_THRESHOLD else 1  # a few big files: one per process
        for batch in summarize_many(stale, options, processes=n_proc, chunk=chunk, cancelled=lambda: task.cancelled):
            if task.cancelled:
                break
            if cache is not None:
                with _cache_lock:
                    for s in batch:
                        cache.put(s)
                dirty = True
            computed += len(batch)
            done += len(batch)
            task.signals.partial.emit(batch)
            task.signals.progress.emit(done, total)
            if cache is not None and time.monotonic() - last_save > SAVE_EVERY_S:
                _save(cache)
                last_save, dirty = time.monotonic(), False
    finally:
        if cache is not None:
            if whole_folder and not task.cancelled:
                with _cache_lock:
                    cache.keep_only(paths)
                dirty = True
            if dirty:
                _save(cache)
    return ScanStats(total, len(fresh), computed, n_proc, time.monotonic() - started)


def _save(cache: SummaryCache) -> None:
    with _cache_lock:
        cache.save()


def start_scan(
    paths: list[Path],
    options: CheckOptions,
    root: Path | None,
    *,
    whole_folder: bool,
    on_partial: Callable[[Any], None],
    on_progress: Callable[[int, int], None],
    on_done: Callable[[Any], None],
    on_failed: Callable[[str], None],
    processes: int | None = None,
) -> workers.Task:
    """Start the scan task (inline when workers are synchronous, as in tests: then it has already finished)."""
    finished: list[bool] = []

    def done(result: Any) -> None:
        finished.append(True)
        on_done(result)

    task = workers.run_task(
        scan_paths, paths, options, root, whole_folder, processes,
        on_partial=on_partial, on_progress=on_progress, on_done=done, on_failed=on_failed,
        wants_task=True,
    )  # fmt: skip
    task.finished = finished  # type: ignore[attr-defined]
    return task


def is_finished(task: workers.Task | None) -> bool:
    return task is None or bool(getattr(task, "finished", False))
