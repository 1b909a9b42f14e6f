"""Crash recovery: unsaved buffers snapshotted to the user's data folder, offered back on the next start.

One JSON file per article, written atomically, named after a hash of the article's absolute path:
{"version", "path", "text" (the editor's \\n text), "stamp" (the file as it was loaded: size, mtime_ns,
sha256, or null for a file that did not exist), "saved_at" (Unix time)}.
"""

from __future__ import annotations

import contextlib
import difflib
import hashlib
import json
import os
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app import paths
from app.core import article, textio
from app.core.atomic import write_atomic

VERSION = 1


@dataclass(frozen=True, slots=True)
class Snapshot:
    path: Path  # the article
    text: str  # the unsaved buffer (\n newlines)
    stamp: article.Stamp | None  # the file as it was when the buffer was loaded or last saved
    saved_at: float
    file: Path  # the snapshot file itself


def recovery_dir() -> Path:
    return paths.user_data_dir() / "recovery"


def _key(path: Path) -> str:
    return hashlib.sha256(str(Path(os.path.abspath(path))).encode("utf-8", "surrogatepass")).hexdigest()[:24]


def snapshot_file(path: Path, folder: Path | None = None) -> Path:
    return (folder or recovery_dir()) / f"{_key(path)}.json"


def write_snapshot(
    path: Path, text: str, stamp: article.Stamp | None, folder: Path | None = None, now: float | None = None
) -> Path:
    """Record text as the unsaved state of the article at path. Raises OSError (the caller says so)."""
    target = snapshot_file(path, folder)
    target.parent.mkdir(parents=True, exist_ok=True)
    with contextlib.suppress(OSError):
        os.chmod(target.parent, 0o700)  # unsaved drafts are private
    record = {
        "version": VERSION,
        "path": str(Path(os.path.abspath(path))),
        "text": text,
        "stamp": None if stamp is None else {"size": stamp.size, "mtime_ns": stamp.mtime_ns, "sha256": stamp.sha256},
        "saved_at": time.time() if now is None else now,
    }
    data = json.dumps(record, ensure_ascii=False).encode("utf-8", "surrogatepass")
    write_atomic(target, data)
    return target


def remove_snapshot(path: Path, folder: Path | None = None) -> None:
    # Never raises: at worst a stale snapshot is offered again at the next start, with its diff.
    with contextlib.suppress(OSError):
        snapshot_file(path, folder).unlink()


def _parse(file: Path) -> Snapshot | None:
    try:
        raw: Any = json.loads(file.read_bytes().decode("utf-8", "surrogatepass"))
    except (OSError, ValueError):
        return None
    if not isinstance(raw, dict) or raw.get("version") != VERSION:
        return None
    path, text, saved_at = raw.get("path"), raw.get("text"), raw.get("saved_at")
    if not isinstance(path, str) or not isinstance(text, str) or not isinstance(saved_at, (int, float)):
        return None
    st = raw.get("stamp")
    stamp = None
    if isinstance(st, dict):
        try:
            stamp = article.Stamp(int(st["size"]), int(st["mtime_ns"]), str(st["sha256"]))
        except (KeyError, TypeError, ValueError):
            return None
    return Snapshot(Path(path), text, stamp, float(saved_at), file)


def list_snapshots(folder: Path | None = None) -> list[Snapshot]:
    """Every readable snapshot, oldest first. Unreadable or foreign files are skipped, never deleted."""
    where = folder or recovery_dir()
    try:
        files = sorted(p for p in where.iterdir() if p.suffix == ".json" and not p.name.startswith("."))
    except OSError:
        return []
    found = [s for s in (_parse(f) for f in files) if s is not None]
    found.sort(key=lambda s: (s.saved_at, str(s.path)))
    return found


def snapshots_under(root: Path, folder: Path | None = None) -> list[Snapshot]:
    """Snapshots of articles inside root (or of root itself when it is a file)."""
    base = Path(os.path.abspath(root))
    return [s for s in list_snapshots(folder) if s.path == base or s.path.is_relative_to(base)]


def clear(paths_: list[Path], folder: Path | None = None) -> None:
    for p in paths_:
        remove_snapshot(p, folder)


@dataclass(frozen=True, slots=True)
class DiskState:
    text: str | None  # the file's current text (\n newlines), None when it cannot be read
    problem: str  # why it cannot be read ("" when it can)
    changed_since: bool  # the file differs from what the buffer was based on


def disk_state(snapshot: Snapshot) -> DiskState:
    try:
        current = article.load(snapshot.path)
    except article.ArticleError as exc:
        return DiskState(None, str(exc), True)
    changed = snapshot.stamp is None or snapshot.stamp.sha256 != current.stamp.sha256
    return DiskState(textio.to_lf(current.text), "", changed)


def diff(snapshot: Snapshot, context: int = 2) -> str:
    """Unified diff from the file as it is now to the recovered text ("" when they are equal)."""
    state = disk_state(snapshot)
    old = state.text if state.text is not None else ""
    name = snapshot.path.name
    lines = difflib.unified_diff(
        old.splitlines(keepends=True), snapshot.text.splitlines(keepends=True),
        fromfile=f"{name} (sur le disque)", tofile=f"{name} (récupéré)", n=context,
    )  # fmt: skip
    return "".join(line if line.endswith("\n") else line + "\n" for line in lines)
