"""Atomic file writes: the file on disk is either the old one or the new one, never half of each."""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from pathlib import Path


def write_atomic(path: Path, data: bytes) -> None:
    """Write data to path through a temp file in the same folder, fsync, then os.replace.

    Keeps the original's permission bits (and owner when we may). Raises OSError; on any error the
    original file is untouched and the temp file is removed.
    """
    path = Path(path)
    folder = path.parent
    try:
        st: os.stat_result | None = path.stat()
    except FileNotFoundError:
        st = None
    # No write bit at all means read-only, even for root (who os.access would let through).
    if st is not None and (not os.access(path, os.W_OK) or not st.st_mode & 0o222):
        raise PermissionError(13, "fichier en lecture seule", str(path))
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".relecture-tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        if st is not None:
            os.chmod(tmp, stat.S_IMODE(st.st_mode))
            with contextlib.suppress(OSError):
                os.chown(tmp, st.st_uid, st.st_gid)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    _fsync_dir(folder)


def _fsync_dir(folder: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
