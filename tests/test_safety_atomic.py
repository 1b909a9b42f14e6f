"""Atomic saves under SIGKILL: the file is always exactly the old or the new content, never half of each."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.core import article

ROOT = Path(__file__).resolve().parents[1]

# A small single-threaded "zygote" imports the app once, then forks one saver per round (fast, so many kills
# fit in a few seconds). Each saver loops forever over the real save path, alternating two contents.
ZYGOTE = r"""
import os, sys
from pathlib import Path
from app.core import article

path = Path(sys.argv[1])
contents = [Path(sys.argv[2]).read_text("utf-8"), Path(sys.argv[3]).read_text("utf-8")]
for line in sys.stdin:
    pid = os.fork()
    if pid == 0:
        art = article.load(path)
        i = 0
        sys.stdout.write("ready\n")
        sys.stdout.flush()
        while True:
            art = article.save(art, contents[i % 2])
            i += 1
    sys.stdout.write(f"pid {pid}\n")
    sys.stdout.flush()
    _, status = os.waitpid(pid, 0)
    sys.stdout.write(f"reaped {os.WTERMSIG(status) if os.WIFSIGNALED(status) else -1}\n")
    sys.stdout.flush()
"""


def _content(letter: str, size: int) -> str:
    # Distinct per line so a mixed file (old head + new tail) could never pass for either content.
    line = f"{letter} — ligne de texte « française » avec des accents éèà 🙂 "
    count = size // (len(line) + 9) + 1
    return "".join(f"{line}{n:08d}\n" for n in range(count))


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is POSIX only")
def test_sigkill_during_saves_leaves_old_or_new_file(tmp_path: Path) -> None:
    a = _content("A", 3_000_000)
    b = _content("B", 2_000_000)  # different sizes too: a truncated file is easy to spot
    a_bytes, b_bytes = a.encode(), b.encode()
    folder = tmp_path / "articles"
    folder.mkdir()
    target = folder / "gros article.md"
    target.write_bytes(a_bytes)
    (tmp_path / "a.txt").write_text(a, "utf-8")
    (tmp_path / "b.txt").write_text(b, "utf-8")
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    rng = random.Random(20240611)
    kills = 0
    seen = {a_bytes: 0, b_bytes: 0}
    zygote = subprocess.Popen(
        [sys.executable, "-c", ZYGOTE, str(target), str(tmp_path / "a.txt"), str(tmp_path / "b.txt")],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=env, cwd=ROOT, text=True,
    )  # fmt: skip
    assert zygote.stdin is not None and zygote.stdout is not None
    deadline = time.monotonic() + 20
    try:
        while kills < 60 and time.monotonic() < deadline:
            zygote.stdin.write("go\n")
            zygote.stdin.flush()
            pid_line = zygote.stdout.readline()
            ready = zygote.stdout.readline()
            if pid_line.startswith("ready"):  # the two writers raced: order does not matter
                pid_line, ready = ready, pid_line
            assert pid_line.startswith("pid ") and ready == "ready\n", (pid_line, ready)
            time.sleep(rng.uniform(0.0, 0.1))
            os.kill(int(pid_line.split()[1]), signal.SIGKILL)
            assert zygote.stdout.readline() == f"reaped {int(signal.SIGKILL)}\n"
            kills += 1
            data = target.read_bytes()
            assert data in seen, f"kill {kills}: file is neither the old nor the new content ({len(data)} bytes)"
            seen[data] += 1
            temps = [p.name for p in folder.iterdir() if p.name != target.name]
            # At most the one temp file that was being written, named so the app never lists it.
            assert len(temps) <= 1, temps
            for name in temps:
                assert name.startswith(f".{target.name}.") and name.endswith(".relecture-tmp")
            found, problems = article.walk(folder)
            assert found == [target] and problems == []
            for name in temps:
                (folder / name).unlink()
    finally:
        zygote.stdin.close()
        zygote.wait(10)
    assert kills >= 50, f"only {kills} kills in the time budget"
    # The kills must have landed at different moments: both contents were seen on disk.
    assert seen[a_bytes] and seen[b_bytes], seen


def test_temp_files_are_ignored_by_walk_and_check(tmp_path: Path) -> None:
    folder = tmp_path / "f"
    folder.mkdir()
    (folder / "vrai.md").write_text("# Vrai\n", "utf-8")
    (folder / ".vrai.md.ab12cd.relecture-tmp").write_bytes(b"\x00\x01 half written")
    (folder / ".x.md").write_text("# hidden\n", "utf-8")
    found, problems = article.walk(folder)
    assert found == [folder / "vrai.md"] and problems == []
    proc = subprocess.run([sys.executable, "-m", "app", "check", "--format", "json", "--only", "mojibake",
                           str(folder)], capture_output=True, text=True, cwd=ROOT)  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    assert "relecture-tmp" not in proc.stdout


def test_failed_save_removes_its_temp_file_and_keeps_original(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text("café\n", "cp1252")
    art = article.load(path)
    assert art.encoding == "cp1252"
    with pytest.raises(article.ArticleError, match="ne peut pas être écrit"):
        article.save(art, "emoji 🙂 impossible en Windows-1252\n")
    assert path.read_bytes() == "café\n".encode("cp1252")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.md"]
