"""Run every benchmark and print one table: `python -m benchmarks [name ...]` (names: folder, mojibake, ...)."""

from __future__ import annotations

import importlib
import pkgutil
import sys
import time
import traceback
from pathlib import Path


def _fmt(value: float) -> str:
    if value >= 100:
        return f"{value:,.0f}".replace(",", " ")
    if value >= 10:
        return f"{value:.1f}"
    return f"{value:.2f}"


def main(argv: list[str]) -> int:
    here = Path(__file__).parent
    names = sorted(m.name for m in pkgutil.iter_modules([str(here)]) if m.name.startswith("bench_"))
    wanted = [f"bench_{a}" if not a.startswith("bench_") else a for a in argv]
    if wanted:
        names = [n for n in names if n in wanted]
    rows: list[dict] = []
    for name in names:
        started = time.perf_counter()
        print(f"… {name}", file=sys.stderr, flush=True)
        try:
            module = importlib.import_module(f"benchmarks.{name}")
            got = module.run()
        except Exception as exc:  # noqa: BLE001 - one failing benchmark must not hide the others
            traceback.print_exc()
            got = [{"name": f"{name}: FAILED ({type(exc).__name__}: {exc})", "value": float("nan"), "unit": "",
                    "target": "", "ok": False}]  # fmt: skip
        for row in got:
            row.setdefault("group", name.removeprefix("bench_"))
        rows.extend(got)
        print(f"  {name} took {time.perf_counter() - started:.1f} s", file=sys.stderr, flush=True)
    width = max((len(r["name"]) for r in rows), default=10)
    print(f"| {'group':<10} | {'measure':<{width}} | {'value':>12} | {'target':<14} | ok |")
    print(f"|{'-' * 12}|{'-' * (width + 2)}|{'-' * 14}|{'-' * 16}|----|")
    failures = 0
    for r in rows:
        ok = r.get("ok")
        mark = "✔" if ok else ("—" if ok is None else "✘")
        failures += ok is False
        value = f"{_fmt(r['value'])} {r.get('unit', '')}".strip()
        print(f"| {r['group']:<10} | {r['name']:<{width}} | {value:>12} | {r.get('target', ''):<14} | {mark}  |")
    print(f"\n{len(rows)} figures, {failures} over target")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
