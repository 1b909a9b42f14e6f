"""`relecture check` as a CI gate (issue 18): cold check vs the checks a user could script today
(`hunspell -d fr_FR -l` + `ftfy.fix_text`), re-check with the cache (unchanged, one article edited), memory.

N articles (RELECTURE_BENCH_N, default 10,000) of 6 KB from benchmarks.generate.
"""

from __future__ import annotations

import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

N = int(os.environ.get("RELECTURE_BENCH_N", "10000"))


def _check(folder: Path, env: dict[str, str], *extra: str) -> tuple[float, bytes, int]:
    t = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "app", "check", str(folder), "--format", "json", "--no-suggestions",
                           *extra], capture_output=True, env=env, timeout=3600)  # fmt: skip
    return time.perf_counter() - t, proc.stdout, proc.returncode


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
        peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
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
            {"name": "peak memory, largest process", "value": peak_mb, "unit": "MB", "target": "≤ 600 MB",
             "ok": peak_mb <= 600},
        ]  # fmt: skip
    finally:
        shutil.rmtree(work, ignore_errors=True)
