"""`relecture check` as a CI gate (issue 18): cold check vs the checks a user could script today
(`hunspell -d fr_FR -l` + `ftfy.fix_text`), re-check with the cache (unchanged, one article edited), memory.

N articles (RELECTURE_BENCH_N, default 10,000) of 6 KB from benchmarks.generate.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

N = int(os.environ.get("RELECTURE_BENCH_N", "10000"))


PEAK_MB = [0.0]  # the check's whole process tree (it and its workers), sampled every 0.2 s


def _tree_rss_mb(root: int) -> float:
    parents: dict[int, int] = {}
    rss: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as f:
                fields = f.read().rsplit(b")", 1)[1].split()
        except OSError:
            continue
        parents[int(entry)] = int(fields[1])
        rss[int(entry)] = int(fields[21]) * os.sysconf("SC_PAGE_SIZE")
    total = 0
    for pid in rss:
        p = pid
        while p not in (0, 1) and p != root:
            p = parents.get(p, 0)
        if p == root:
            total += rss[pid]
    return total / 1e6


def _check(folder: Path, env: dict[str, str], *extra: str) -> tuple[float, bytes, int]:
    t = time.perf_counter()
    with tempfile.TemporaryFile() as out:
        cmd = [sys.executable, "-m", "app", "check", str(folder), "--format", "json", "--no-suggestions", *extra]
        proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.DEVNULL, env=env)
        while proc.poll() is None:
            if sys.platform.startswith("linux"):
                PEAK_MB[0] = max(PEAK_MB[0], _tree_rss_mb(proc.pid))
            time.sleep(0.2)
        elapsed = time.perf_counter() - t
        out.seek(0)
        return elapsed, out.read(), proc.returncode


def _baseline(files: list[Path]) -> float:
    """hunspell -l over every file plus ftfy.fix_text over every file (both cores: hunspell beside ftfy)."""
    t = time.perf_counter()
    hun = subprocess.Popen(["xargs", "-0", "hunspell", "-d", "fr_FR", "-l"], stdin=subprocess.PIPE,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
    assert hun.stdin is not None
    hun.stdin.write(b"\0".join(os.fsencode(f) for f in files))
    hun.stdin.close()
    import ftfy

    for f in files:
        ftfy.fix_text(f.read_text("utf-8"), uncurl_quotes=False)
    hun.wait()
    return time.perf_counter() - t


def run() -> list[dict]:
    from benchmarks.generate import generate

    work = Path(tempfile.mkdtemp(prefix="relecture-bench-ci-"))
    try:
        folder = generate(work / "articles", N)
        files = sorted(folder.rglob("*.md"))
        env = dict(os.environ, RELECTURE_DATA_DIR=str(work / "data"))
        base_s = _baseline(files)
        cold_s, cold_out, code = _check(folder, env)
        nocache_s, nocache_out, _ = _check(folder, env, "--no-cache")
        warm_s, warm_out, _ = _check(folder, env)
        files[N // 2].write_text(files[N // 2].read_text("utf-8") + "\nUn mot ajouté : zorglub.\n", "utf-8")
        edited_s, edited_out, _ = _check(folder, env)
        _, edited_fresh, _ = _check(folder, env, "--no-cache")
        peak_mb = PEAK_MB[0]
        return [
            {"name": f"hunspell -l + ftfy.fix_text, {N} articles", "value": base_s, "unit": "s", "target": "",
             "ok": None},
            {"name": "check, cold (empty cache)", "value": cold_s, "unit": "s", "target": "", "ok": code == 1},
            {"name": "check cold / (hunspell + ftfy)", "value": 100 * cold_s / base_s, "unit": "%",
             "target": "≤ 12 %", "ok": cold_s <= 0.12 * base_s},
            {"name": "check --no-cache", "value": nocache_s, "unit": "s", "target": "", "ok": nocache_out == cold_out},
            {"name": "re-check unchanged / cold", "value": 100 * warm_s / cold_s, "unit": "%", "target": "≤ 5 %",
             "ok": warm_s <= 0.05 * cold_s and warm_out == cold_out},
            {"name": "re-check, one article edited / cold", "value": 100 * edited_s / cold_s, "unit": "%",
             "target": "≤ 5 %", "ok": edited_s <= 0.05 * cold_s and edited_out == edited_fresh},
            {"name": "peak memory, check and its workers", "value": peak_mb, "unit": "MB", "target": "≤ 600 MB",
             "ok": peak_mb <= 600},
        ]  # fmt: skip
    finally:
        shutil.rmtree(work, ignore_errors=True)
