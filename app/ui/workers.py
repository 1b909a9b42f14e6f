"""Background work on a QThreadPool; results come back to the GUI thread through signals.

Tests call set_synchronous(True) to run tasks inline, in order.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

_synchronous = False
_pool: QThreadPool | None = None


def set_synchronous(value: bool) -> None:
    global _synchronous
    _synchronous = value


def pool() -> QThreadPool:
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        _pool.setMaxThreadCount(max(2, QThreadPool.globalInstance().maxThreadCount()))
    return _pool


class TaskSignals(QObject):
    done = Signal(object)
    failed = Signal(str)
    progress = Signal(int, int)  # done, total
    partial = Signal(object)  # a batch of results while the task runs


class Task(QRunnable):
    """Runs fn(*args, task=self) when fn accepts task=, else fn(*args). Check task.cancelled in loops."""

    def __init__(self, fn: Callable[..., Any], *args: Any, wants_task: bool = False) -> None:
        super().__init__()
        self.fn = fn
        self.args = args
        self.wants_task = wants_task
        self.cancelled = False
        self.signals = TaskSignals()
        self.setAutoDelete(False)

    def cancel(self) -> None:
        self.cancelled = True

    def run(self) -> None:
        try:
            result = self.fn(*self.args, task=self) if self.wants_task else self.fn(*self.args)
        except Exception as exc:  # noqa: BLE001 - reported to the user, never lost
            traceback.print_exc()
            if not self.cancelled:
                self.signals.failed.emit(f"{type(exc).__name__}: {exc}")
            return
        if not self.cancelled:
            self.signals.done.emit(result)


_running: set[Task] = set()


def run_task(
    fn: Callable[..., Any],
    *args: Any,
    on_done: Callable[[Any], None] | None = None,
    on_failed: Callable[[str], None] | None = None,
    on_progress: Callable[[int, int], None] | None = None,
    on_partial: Callable[[Any], None] | None = None,
    wants_task: bool = False,
) -> Task:
    task = Task(fn, *args, wants_task=wants_task)
    if on_done:
        task.signals.done.connect(on_done)
    if on_failed:
        task.signals.failed.connect(on_failed)
    if on_progress:
        task.signals.progress.connect(on_progress)
    if on_partial:
        task.signals.partial.connect(on_partial)
    _running.add(task)  # keep a Python reference until the task has finished
    task.signals.done.connect(lambda *_: _running.discard(task))
    task.signals.failed.connect(lambda *_: _running.discard(task))
    if _synchronous:
        task.run()
    else:
        pool().start(task)
    return task


def wait_all(msecs: int = 30000) -> bool:
    return pool().waitForDone(msecs)
