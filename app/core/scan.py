"""Summaries of the articles of a folder (title, date, draft, tags, findings counts), cached by path, size, mtime."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import asdict, dataclass, field, replace
from multiprocessing.context import SpawnContext, SpawnProcess
from pathlib import Path
from typing import Any

from app import __version__
from app.core import article, frontmatter
from app.core.checks import CheckOptions, check_text, count_by_kind
from app.core.findings import Finding
from app.core.schema import field_profile, list_items

CACHE_VERSION = 2  # 2: fields and lists (the front matter form's folder fields)


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
    fields: dict[str, str] = field(default_factory=dict)  # dotted key → type (schema.field_profile)
    lists: dict[str, list[str]] = field(default_factory=dict)  # list fields' strings (schema.list_items)


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
        fields=field_profile(data),
        lists=list_items(data),
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

    def keep_only(self, paths: Sequence[Path]) -> None:
        """Forget files that are no longer in the folder (after a scan of the whole folder)."""
        wanted = {str(p) for p in paths}
        self.entries = {k: v for k, v in self.entries.items() if k in wanted}

    def save(self) -> None:
        """Write the cache atomically. One small json.dumps per entry: a single call over 10,000 entries
        would hold the GIL ~0.1 s in one piece (a visible stall of the window running the scan)."""
        self.file.parent.mkdir(parents=True, exist_ok=True)
        head = json.dumps({"version": CACHE_VERSION, "options": self.options_key})[:-1]
        fd, tmp = tempfile.mkstemp(dir=self.file.parent, prefix=".cache.")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                fh.write(head + ', "entries": {')
                for i, (key, entry) in enumerate(list(self.entries.items())):
                    fh.write(("," if i else "") + json.dumps(key, ensure_ascii=False) + ":"
                             + json.dumps(entry, ensure_ascii=False))  # fmt: skip
                fh.write("}}")
            os.replace(tmp, self.file)
        except OSError:
            try:
                os.unlink(tmp)
            except OSError:
                pass


# --------------------------------------------------------------------------------------------------- caching


def options_key(options: CheckOptions | None) -> str:
    """What decides the counts of a summary: checks, limits, schema, the speller's own words.

    Summaries cached under another key are not reused (they would show stale counts).
    """
    opts = options or CheckOptions(suggestions=False)
    speller = opts.speller
    words: tuple[str, ...] = ()
    english = False
    if speller is not None:
        english = bool(getattr(speller, "accept_english", False))
        words = tuple(sorted(set(getattr(speller, "extra_words", ())) | set(getattr(speller, "_ignored", ()))))
    parts = [
        __version__,
        str(CACHE_VERSION),
        ",".join(sorted(opts.only)),
        str(opts.seo_title_max),
        str(opts.seo_description_max),
        repr(opts.schema),
        str(english),
        "\n".join(words),
    ]
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()


def cache_file_for(root: Path) -> Path:
    """One cache file per opened folder, in the user's cache folder."""
    from app.paths import user_cache_dir

    digest = hashlib.sha1(str(Path(root).resolve()).encode("utf-8", "surrogateescape")).hexdigest()[:20]
    return user_cache_dir() / "summaries" / f"{digest}.json"


# --------------------------------------------------------------------------------------------------- many files

# In a worker process: the options (with a speller rebuilt from its words) set once by the initializer.
_worker_options: CheckOptions | None = None
SpellerSpec = tuple[bool, tuple[str, ...], tuple[str, ...], str]
_spellers: dict[SpellerSpec | None, Any] = {}


def speller_spec(speller: Any) -> SpellerSpec | None:
    """What another process needs to build the same speller (the lexicon is loaded there, not pickled)."""
    if speller is None:
        return None
    return (
        bool(getattr(speller, "accept_english", False)),
        tuple(sorted(getattr(speller, "extra_words", ()))),
        tuple(sorted(getattr(speller, "_ignored", ()))),
        str(getattr(speller, "apostrophe", "’")),
    )


def speller_from_spec(spec: SpellerSpec | None) -> Any:
    """The speller of a spec, built once per process."""
    speller = _spellers.get(spec)
    if speller is None:
        from app.core.spelling import Speller

        if spec is None:
            speller = Speller()
        else:
            english, words, ignored, apostrophe = spec
            speller = Speller(accept_english=english, extra_words=words, apostrophe=apostrophe)
            for w in ignored:
                speller.ignore(w)
        if len(_spellers) > 4:
            _spellers.clear()
        _spellers[spec] = speller
    return speller


class _NiceProcess(SpawnProcess):
    """A "spawn" process lowered `nice` steps below its parent as soon as it exists (module level: pickled)."""

    nice = 0

    def start(self) -> None:
        super().start()
        if self.nice and self.pid and hasattr(os, "setpriority"):
            try:
                os.setpriority(os.PRIO_PROCESS, self.pid, min(19, os.getpriority(os.PRIO_PROCESS, 0) + self.nice))
            except OSError:
                pass


class _NiceContext(SpawnContext):
    def __init__(self, nice: int) -> None:
        super().__init__()
        self.nice = nice

    def Process(self, *args: Any, **kwargs: Any) -> _NiceProcess:  # type: ignore[override]  # noqa: N802
        process = _NiceProcess(*args, **kwargs)
        process.nice = self.nice
        return process


def helper_context(nice: int) -> Any:
    """A "spawn" multiprocessing context whose processes run `nice` steps below this one from their first
    instruction: their start-up (interpreter, imports: a second or more of CPU each) then never starves the
    window on a 2-core machine. ("spawn": never fork a process running Qt threads.)"""
    return _NiceContext(nice)


def _init_worker(options: CheckOptions, spec: SpellerSpec | None) -> None:
    global _worker_options
    _worker_options = replace(options, speller=speller_from_spec(spec))


def init_check_worker() -> None:
    """Initializer of the process that checks the open article (app/ui/check_runner.py)."""
    speller_from_spec(None)  # the lexicon is loaded before the first article arrives


def check_with_words(text: str, options: CheckOptions, spec: SpellerSpec | None) -> tuple[list[Finding], int]:
    """Findings and word count of one text, in a worker process (options come without their speller)."""
    from app.core.typography import count_words

    opts = replace(options, speller=speller_from_spec(spec))
    return check_text(text, opts), count_words(text)


def suggest_with_words(words: Sequence[str], spec: SpellerSpec | None, budget_ms: float) -> dict[str, tuple[str, ...]]:
    """Up to five suggestions for each word, in a worker process (the suggestion index is built there)."""
    speller = speller_from_spec(spec)
    return {w: tuple(speller.suggest(w, limit=5, budget_ms=budget_ms)) for w in words}


def _summarize_chunk(paths: list[str]) -> list[Summary]:
    return [summarize(Path(p), _worker_options) for p in paths]


def summarize_many(
    paths: Sequence[Path],
    options: CheckOptions | None = None,
    *,
    processes: int = 0,
    chunk: int = 16,
    cancelled: Callable[[], bool] = lambda: False,
    batch_seconds: float = 0.1,
) -> Iterator[list[Summary]]:
    """Summaries of many files, yielded in batches as they are ready (order not kept with processes).

    processes >= 1: a pool of fresh worker processes ("spawn": never fork a process running Qt threads),
    so the caller's interpreter (the GUI) keeps its GIL; each worker builds its own speller from the words
    of options.speller. Otherwise the files are summarised here, one by one. Stops soon after cancelled().
    """
    opts = options or CheckOptions(suggestions=False)
    if processes >= 1 and paths:
        done: set[str] = set()
        try:
            for got in _summarize_in_processes(paths, opts, processes, chunk, cancelled):
                done.update(s.path for s in got)
                yield got
            return
        except (OSError, RuntimeError):  # BrokenProcessPool is a RuntimeError
            # No worker processes here (sandbox, broken install...): finish in this process.
            paths = [p for p in paths if str(p) not in done]
    batch: list[Summary] = []
    last = time.monotonic()
    for path in paths:
        if cancelled():
            break
        batch.append(summarize(path, opts))
        now = time.monotonic()
        if now - last >= batch_seconds:
            yield batch
            batch, last = [], now
    if batch:
        yield batch


def _summarize_in_processes(
    paths: Sequence[Path], options: CheckOptions, processes: int, chunk: int, cancelled: Callable[[], bool]
) -> Iterator[list[Summary]]:
    from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait

    context = helper_context(nice=10)  # background work: the window's process keeps the CPU when it needs it
    plain = replace(options, speller=None)  # the speller (450,000 words) is rebuilt there, not pickled
    names = [str(p) for p in paths]
    chunks = [names[i : i + chunk] for i in range(0, len(names), chunk)]
    pool = ProcessPoolExecutor(
        max_workers=min(processes, len(chunks)),
        mp_context=context,
        initializer=_init_worker,
        initargs=(plain, speller_spec(options.speller)),
    )
    pending: set[Future[list[Summary]]] = set()
    try:
        todo = iter(chunks)
        # A bounded queue ahead of the workers: cancelling stays quick and memory flat.
        for c in todo:
            pending.add(pool.submit(_summarize_chunk, c))
            if len(pending) >= processes * 4:
                break
        while pending:
            if cancelled():
                break
            done, pending = wait(pending, timeout=0.2, return_when=FIRST_COMPLETED)
            for fut in done:
                yield fut.result()
                nxt = next(todo, None)
                if nxt is not None:
                    pending.add(pool.submit(_summarize_chunk, nxt))
    finally:
        for fut in pending:
            fut.cancel()
        # All done: wait for the workers to exit (quick). Cancelled: let the running chunks finish alone.
        pool.shutdown(wait=not pending, cancel_futures=True)


def cached_and_stale(paths: Sequence[Path], cache: SummaryCache) -> tuple[list[Summary], list[Path]]:
    """Split paths into summaries still valid in the cache and files to summarise again."""
    fresh: list[Summary] = []
    stale: list[Path] = []
    for p in paths:
        s = cache.get(p)
        if s is None:
            stale.append(p)
        else:
            fresh.append(s)
    return fresh, stale
