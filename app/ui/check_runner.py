"""Checks and preview rendering of the open article in helper processes, so typing never waits for them.

A check of a 200 KB article is ~0.4 s of pure Python, its Markdown rendering ~0.25 s. In a thread of the
window's process that work holds the GIL in 5 ms slices and every keystroke (dozens of Python/Qt crossings)
waits for it: keystrokes took 100 ms and more. In a helper process ("spawn": never fork a process running Qt
threads) it costs the window nothing; a worker thread only waits for the answer. Tests' synchronous workers
run the work in-process, as does any machine where helper processes cannot start.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from app.core.checks import CheckOptions
from app.core.findings import Finding
from app.core.scan import check_with_words, helper_context, init_check_worker, speller_spec, suggest_with_words
from app.ui import workers

if TYPE_CHECKING:  # concurrent.futures.process costs 60 ms of start-up: imported on first use
    from concurrent.futures import Future, ProcessPoolExecutor

HELPERS = 2  # a check and a rendering at the same time (one per core on a 2-core machine)

_lock = threading.Lock()
_pool: ProcessPoolExecutor | None = None
_broken = False
_queued: dict[str, Future[Any]] = {}


class Superseded(Exception):
    """A newer request of the same kind replaced this one before it started."""


def _executor() -> ProcessPoolExecutor | None:
    global _pool
    with _lock:
        if _broken:
            return None
        if _pool is None:
            from concurrent.futures import ProcessPoolExecutor

            # A little below the window (it starts them while opening an article), above the folder scan's.
            _pool = ProcessPoolExecutor(max_workers=HELPERS, mp_context=helper_context(nice=5),
                                        initializer=init_check_worker)  # fmt: skip
            import atexit

            # Shut the helpers down before the interpreter tears concurrent.futures down (noisy otherwise).
            atexit.register(shutdown)
        return _pool


def in_process() -> bool:
    """True when work must run here: tests' synchronous workers."""
    return bool(getattr(workers, "_synchronous", False))


def warm_up() -> None:
    """Start the helper processes now (imports and lexicon take about a second each), in the background."""
    if in_process():
        return
    pool = _executor()
    if pool is not None:
        for _ in range(HELPERS):
            pool.submit(len, "")


def shutdown() -> None:
    global _pool
    with _lock:
        pool, _pool = _pool, None
    if pool is not None:
        pool.shutdown(wait=False, cancel_futures=True)


def call(channel: str, fn: Callable[..., Any], *args: Any) -> Any:
    """fn(*args) in a helper process; blocking, so call it from a worker thread (workers.run_task).

    Only the newest request of a channel matters: one still waiting for a helper is dropped and its caller
    gets Superseded. Runs in-process when helpers are unavailable.
    """
    global _broken, _pool
    from concurrent.futures import CancelledError
    from concurrent.futures.process import BrokenProcessPool

    pool = None if in_process() else _executor()
    if pool is None:
        return fn(*args)
    try:
        with _lock:
            old = _queued.get(channel)
            if old is not None:
                old.cancel()
            future = pool.submit(fn, *args)
            _queued[channel] = future
        return future.result()
    except CancelledError:
        raise Superseded(channel) from None
    except BrokenProcessPool:
        with _lock:
            _broken, _pool = True, None
        return fn(*args)


def check(text: str, options: CheckOptions) -> tuple[list[Finding], int] | None:
    """Findings and word count of text, or None when a newer check replaced this one."""
    if in_process():
        return _local(text, options)
    try:
        result: tuple[list[Finding], int] = call(
            "check", check_with_words, text, replace(options, speller=None), speller_spec(options.speller)
        )
    except Superseded:
        return None
    return result


def _local(text: str, options: CheckOptions) -> tuple[list[Finding], int]:
    from app.core.checks import check_text
    from app.core.typography import count_words

    return check_text(text, options), count_words(text)


def suggest(words: list[str], speller: Any, budget_ms: float = 50) -> dict[str, tuple[str, ...]] | None:
    """Suggestions for words (a helper builds the suggestion index: a second of CPU and a 0.4 s hold of the
    window's GIL in a thread), or None when newer words replaced these."""
    if in_process():
        return {w: tuple(speller.suggest(w, limit=5, budget_ms=budget_ms)) for w in words}
    try:
        result: dict[str, tuple[str, ...]] = call("suggest", suggest_with_words, words, speller_spec(speller),
                                                  budget_ms)  # fmt: skip
    except Superseded:
        return None
    return result


def render(text: str, dark: bool = False) -> str | None:
    """The preview HTML of text, or None when a newer rendering replaced this one."""
    from app.core import render as core_render

    try:
        html: str = call("render", core_render.render, text, dark)
    except Superseded:
        return None
    return html


def tagged(fn: Callable[..., Any], tag: Any, *args: Any) -> tuple[Any, Any]:
    """(tag, fn(*args)): lets a bound method receive the result with its context (Qt disconnects bound
    methods of deleted windows; a lambda would run on a dead window)."""
    return tag, fn(*args)
