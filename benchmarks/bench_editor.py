"""Editing big articles: keystroke latency in 200 KB with the checks on, a 4 MB article opening, the preview.

Each measure runs in a child process with a real (offscreen) window, so imports and caches start cold.
Keystrokes are typed by a clock, in bursts with pauses long enough for the debounced checks and preview to
fire; a keystroke's latency counts the wait (if the window was busy when it was due) plus its own handling
and the repaint. RELECTURE_BENCH_KEYS sets the number of keystrokes (default 300).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

KEYS = int(os.environ.get("RELECTURE_BENCH_KEYS", "300"))

_PRELUDE = """
import json, os, statistics, sys, time
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["RELECTURE_DATA_DIR"] = {data!r}
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from app.ui.application import create_application
app = create_application()
QSettings.setDefaultFormat(QSettings.Format.IniFormat)
QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, {settings!r})
from app.ui.main_window import MainWindow
w = MainWindow(); w.quiet_errors = True; w.show()
app.processEvents()

def spin(seconds, until=None):
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        app.processEvents()
        if until is not None and until():
            return True
        time.sleep(0.001)
    return until() if until is not None else True
"""

_TYPING = """
checks, renders, preview_ms = [], [], []
w.checks_done.connect(lambda: checks.append(time.perf_counter()))
w.preview_rendered.connect(lambda: renders.append(time.perf_counter()))
show_render = w._show_render
def timed_show(html, serial):
    t = time.perf_counter(); show_render(html, serial); preview_ms.append((time.perf_counter() - t) * 1000)
w._show_render = timed_show
w.open_path({path!r})
spin(20, lambda: bool(checks))  # the first full check of the article
spin(1.0)
editor = w.raw_editor
editor.setFocus()
cursor = editor.textCursor()
cursor.setPosition(editor.document().characterCount() // 2)
cursor.movePosition(cursor.MoveOperation.EndOfBlock)
editor.setTextCursor(cursor)
editor.centerCursor()
spin(0.3)
checks.clear(); renders.clear(); preview_ms.clear()
words = " Le chat mange une pomme verte et boit du lait frais."
keys = [words[i % len(words)] for i in range({keys})]
latencies, busy = [], []
burst, interval, pause = 20, 0.07, 0.9
due = time.perf_counter() + 0.05
for i, ch in enumerate(keys):
    if i and i % burst == 0:
        due += pause
    while time.perf_counter() < due:
        app.processEvents()
        time.sleep(0.0005)
    start = time.perf_counter()
    QTest.keyClick(editor, ch)
    app.processEvents()
    end = time.perf_counter()
    latencies.append((end - due) * 1000)
    busy.append((end - start) * 1000)
    due += interval
spin(1.5)
latencies.sort()
def pct(values, p):
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]
print(json.dumps({{"p50": pct(latencies, 50), "p95": pct(latencies, 95), "max": latencies[-1],
                  "handling_p95": pct(sorted(busy), 95), "checks": len(checks), "renders": len(renders),
                  "preview_max_ms": max(preview_ms or [0]), "keys": len(keys)}}))
for d in w.documents.values(): d.qdoc.setModified(False)
"""

_OPEN_BIG = """
from app.ui.highlighter import Highlighter
doc_ready = []
t0 = time.perf_counter()
w.open_path({path!r})
opened = time.perf_counter()
spin(0.0)
shown = time.perf_counter()
doc = w.current
def visible_marked():
    if doc is None:
        return False
    # Marks exist for the text on screen (the first screenful of the body).
    cursor = w.raw_editor.cursorForPosition(w.raw_editor.viewport().rect().bottomLeft())
    bottom = cursor.position()
    return any(m.start < bottom for m in doc.highlighter.marks)
spin(30, visible_marked)
visible = time.perf_counter()
full = []
w.checks_done.connect(lambda: full.append(time.perf_counter()))
spin(60, lambda: doc is not None and doc.findings_revision == doc.revision())
complete = time.perf_counter()
print(json.dumps({{"open_ms": (opened - t0) * 1000, "shown_ms": (shown - t0) * 1000,
                  "visible_checked_ms": (visible - t0) * 1000, "all_checked_ms": (complete - t0) * 1000,
                  "findings": len(doc.findings) if doc else 0, "size": os.path.getsize({path!r})}}))
"""


def _child(code: str, work: Path, timeout: int = 600) -> dict:
    data = work / "data"
    prelude = _PRELUDE.format(data=str(data), settings=str(data / "settings"))
    out = subprocess.run([sys.executable, "-c", prelude + code], capture_output=True, text=True, timeout=timeout)
    lines = [ln for ln in out.stdout.strip().splitlines() if ln.startswith("{")]
    if out.returncode != 0 or not lines:
        tail = out.stderr.strip().splitlines()[-3:] if out.stderr.strip() else ["no output"]
        raise RuntimeError(" | ".join(tail))
    return json.loads(lines[-1])  # type: ignore[no-any-return]


def run() -> list[dict]:
    from benchmarks.generate import big_article

    work = Path(tempfile.mkdtemp(prefix="relecture-bench-editor-"))
    try:
        (work / "a").mkdir()
        (work / "b").mkdir()
        small = work / "a" / "article-200k.md"
        small.write_text(big_article(200_000), "utf-8")
        big = work / "b" / "article-4m.md"
        big.write_text(big_article(4_000_000), "utf-8")
        typing = _child(_TYPING.format(path=str(small), keys=KEYS), work)
        opening = _child(_OPEN_BIG.format(path=str(big)), work)
        return [
            {"name": f"typing 200 KB: keystroke p95 ({typing['keys']} keys)", "value": typing["p95"], "unit": "ms",
             "target": "≤ 16 ms", "ok": typing["p95"] <= 16},
            {"name": "typing 200 KB: keystroke p50", "value": typing["p50"], "unit": "ms", "target": "",
             "ok": None},
            {"name": "typing 200 KB: worst keystroke", "value": typing["max"], "unit": "ms", "target": "",
             "ok": None},
            {"name": "typing 200 KB: background checks applied", "value": typing["checks"], "unit": "",
             "target": "> 0", "ok": typing["checks"] > 0},
            {"name": "preview 200 KB: refreshes while typing", "value": typing["renders"], "unit": "",
             "target": "> 0", "ok": typing["renders"] > 0},
            {"name": "preview 200 KB: GUI time per refresh (max)", "value": typing["preview_max_ms"], "unit": "ms",
             "target": "≤ 50 ms", "ok": typing["preview_max_ms"] <= 50},
            {"name": "open 4 MB: text shown", "value": opening["shown_ms"] / 1000, "unit": "s", "target": "",
             "ok": None},
            {"name": "open 4 MB: visible text checked", "value": opening["visible_checked_ms"] / 1000, "unit": "s",
             "target": "≤ 1 s", "ok": opening["visible_checked_ms"] <= 1000},
            {"name": "open 4 MB: whole article checked", "value": opening["all_checked_ms"] / 1000, "unit": "s",
             "target": "", "ok": None},
        ]  # fmt: skip
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    for r in run():
        print(r)
