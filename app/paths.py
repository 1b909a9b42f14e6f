"""Where things live: bundled resources (source tree or PyInstaller bundle) and the user's data folder."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path


def bundle_root() -> Path:
    """The folder holding seeds/ and resources/: the repo root from source, _MEIPASS when frozen."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parent.parent


def resources_dir() -> Path:
    return bundle_root() / "resources"


def seeds_dir() -> Path:
    return bundle_root() / "seeds"


def user_data_dir() -> Path:
    """RELECTURE_DATA_DIR, else $XDG_DATA_HOME/relecture, else ~/.local/share/relecture (per-OS on others)."""
    env = os.environ.get("RELECTURE_DATA_DIR")
    if env:
        return Path(env)
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA", Path.home() / "AppData" / "Roaming"))
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / "relecture"


def user_cache_dir() -> Path:
    env = os.environ.get("RELECTURE_DATA_DIR")
    if env:
        return Path(env) / "cache"
    if sys.platform.startswith("linux"):
        return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "relecture"
    return user_data_dir() / "cache"


def sample_copy() -> Path:
    """A writable copy of the sample articles in the user's data folder; the originals are never opened.

    Files missing from the copy are copied again; files the user edited are left alone.
    """
    target = user_data_dir() / "exemples"
    target.mkdir(parents=True, exist_ok=True)
    for src in sorted(seeds_dir().iterdir()):
        if src.is_file() and not (target / src.name).exists():
            shutil.copyfile(src, target / src.name)
            os.chmod(target / src.name, 0o644)
    return target
