"""Summaries of the articles of a folder (title, date, draft, tags, findings counts), cached by path, size, mtime."""

from __future__ import annotations

import datetime as dt
import json
import os
import tempfile
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from app.core import article, frontmatter
from app.core.checks import CheckOptions, check_text, count_by_kind

CACHE_VERSION = 1


@dataclass
class Summary:
    path: str
    title: str
    date: str = ""  # ISO text, as sortable as it is readable
    draft: bool | None = None
    tags: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    encoding: str = "utf-8"
    error: str = ""
    size: int = 0
    mtime_ns: int = 0


def _date_text(value: Any) -> str:
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ", timespec="minutes")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value) if value not in (None, "") else ""


def summarize_text(path: Path, text: str, options: CheckOptions | None = None) -> Summary:
    parsed = frontmatter.parse(text)
    data = parsed.data or {}
    tags = data.get("tags") or []
    findings = check_text(text, options or CheckOptions(suggestions=False))
    draft = data.get("draft")
    return Summary(
        path=str(path),
        title=article.title_of(text, data, path),
        date=_date_text(data.get("date")),
        draft=draft if isinstance(draft, bool) else None,
        tags=[str(t) for t in tags] if isinstance(tags, list) else [str(tags)],
        counts=count_by_kind(findings),
    )


def summarize(path: Path, options: CheckOptions | None = None) -> Summary:
    """One article's summary; an unreadable file gives a summary with error set, never an exception."""
    try:
        art = article.load(path)
    except article.ArticleError as exc:
        try:
            st = path.stat()
            size, mtime = st.st_size, st.st_mtime_ns
        except OSError:
            size, mtime = 0, 0
        return Summary(path=str(path), title=path.stem, error=str(exc), size=size, mtime_ns=mtime)
    s = summarize_text(path, art.text, options)
    s.encoding = art.encoding
    s.size, s.mtime_ns = art.stamp.size, art.stamp.mtime_ns
    return s


class SummaryCache:
    """Summaries on disk, keyed by path and valid while size and mtime are unchanged."""

    def __init__(self, file: Path, options_key: str = "") -> None:
        self.file = file
        self.options_key = options_key
        self.entries: dict[str, dict[str, Any]] = {}
        try:
            raw = json.loads(file.read_text("utf-8"))
            if raw.get("version") == CACHE_VERSION and raw.get("options") == options_key:
                self.entries = raw.get("entries", {})
        except (OSError, ValueError, AttributeError):
            self.entries = {}

    def get(self, path: Path) -> Summary | None:
        e = self.entries.get(str(path))
        if not e:
            return None
        try:
            st = path.stat()
        except OSError:
            return None
        if e.get("size") != st.st_size or e.get("mtime_ns") != st.st_mtime_ns:
            return None
        try:
            return Summary(**e)
        except TypeError:
            return None

    def put(self, summary: Summary) -> None:
        if summary.mtime_ns:
            self.entries[summary.path] = asdict(summary)

    def save(self) -> None:
        self.file.parent.mkdir(parents=True, exist_ok=True)
        data = json.dumps({"version": CACHE_VERSION, "options": self.options_key, "entries": self.entries},
                          ensure_ascii=False)  # fmt: skip
        fd, tmp = tempfile.mkstemp(dir=self.file.parent, prefix=".cache.")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                fh.write(data)
            os.replace(tmp, self.file)
        except OSError:
            try:
                os.unlink(tmp)
            except OSError:
                pass
