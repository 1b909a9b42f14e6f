"""The check cache: one file's rendered report, keyed by its bytes and everything else that decides it.

Kept in the user's cache folder (paths.user_cache_dir()/check), never in the checked repository. The key is a
SHA-256 of the file's bytes, the check options and dictionaries (a digest of the profile), the output format
and the version of Relecture, so a hit gives exactly the bytes a new check would.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from pathlib import Path
from typing import Any

from app import __version__, paths

CACHE_VERSION = 1


def folder() -> Path:
    return paths.user_cache_dir() / "check"


def key(data: bytes, *parts: str) -> str:
    h = hashlib.sha256()
    h.update(f"{CACHE_VERSION}\0{__version__}\0".encode())
    for part in parts:
        h.update(part.encode("utf-8", "surrogatepass") + b"\0")
    h.update(data)
    return h.hexdigest()


def profile_digest(profile: Any) -> str:
    """A stable digest of a config.Profile (frozensets sorted: hash() of strings changes per process)."""
    fields = []
    for name, value in sorted(vars(profile).items()):
        fields.append(f"{name}={sorted(value) if isinstance(value, frozenset) else value!r}")
    return hashlib.sha256("\n".join(fields).encode("utf-8", "surrogatepass")).hexdigest()


def get(k: str) -> Any | None:
    try:
        with open(folder() / k[:2] / k, "rb") as f:
            return pickle.load(f)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ValueError, ImportError):
        return None


def put(k: str, value: Any) -> None:
    """Store a value (atomically; a cache that cannot be written is no cache, never an error)."""
    target = folder() / k[:2]
    try:
        target.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=target, prefix=".tmp-")
        with os.fdopen(fd, "wb") as f:
            pickle.dump(value, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, target / k)
    except OSError:
        pass
