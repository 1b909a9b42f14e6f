"""Command line: `relecture [PATH] [--smoke]`, `check`, `fix`, `set` (see docs/cli-contract)."""

from __future__ import annotations

import argparse
import difflib
import functools
import hashlib
import json
import os
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NoReturn

from app import __version__

SUBCOMMANDS = ("check", "fix", "set")


class UsageError(Exception):
    """Bad arguments or an I/O problem: one line on stderr, exit 2."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(message)


def _gui_parser() -> _Parser:
    p = _Parser(prog="relecture", description="Relecture : relire des articles Markdown français.")
    p.add_argument("path", nargs="?", help="dossier ou article (par défaut : une copie des exemples)")
    p.add_argument("--smoke", action="store_true", help="ouvrir, vérifier, afficher les temps en JSON, quitter")
    p.add_argument("--version", action="version", version=f"relecture {__version__}")
    return p


def _sub_parser() -> _Parser:
    p = _Parser(prog="relecture")
    sub = p.add_subparsers(dest="command", parser_class=_Parser)
    c = sub.add_parser("check", help="signaler mojibake, fautes, front matter, typographie")
    c.add_argument("paths", nargs="+")
    c.add_argument("--format", choices=("text", "json", "sarif", "github"), default="text")
    c.add_argument("--changed-since", metavar="REV", default=None,
                   help="seulement les articles modifiés depuis REV (git)")
    c.add_argument("--fail-on", choices=("error", "warning", "never"), default=None,
                   help="sortie 1 dès un constat de ce niveau (par défaut : tout constat)")
    c.add_argument("--no-cache", action="store_true", help="ne pas lire ni écrire le cache des vérifications")
    c.add_argument("--no-user-dictionary", action="store_true",
                   help="ignorer les réglages et le dictionnaire personnels (CI reproductible)")
    c.add_argument("--only", default=None, help="mojibake,spelling,grammar,frontmatter,typography")
    c.add_argument("--no-suggestions", action="store_true", help="ne pas calculer les suggestions (plus rapide)")
    c.add_argument("--jobs", type=int, default=0, help="processus en parallèle (0 = un par cœur)")
    f = sub.add_parser("fix", help="réparer l'encodage (mojibake)")
    f.add_argument("paths", nargs="+")
    f.add_argument("--dry-run", action="store_true")
    f.add_argument("--stdout", action="store_true")
    f.add_argument("--to-utf8", action="store_true", help="réécrire aussi les fichiers non UTF-8 en UTF-8")
    s = sub.add_parser("set", help="modifier des champs du front matter")
    s.add_argument("path")
    s.add_argument("assignments", nargs="+", metavar="KEY=VALUE")
    return p


def _fail(message: str) -> int:
    print(f"relecture: {message}", file=sys.stderr)
    return 2


def main(argv: Sequence[str] | None = None) -> int:
    import multiprocessing

    # A frozen executable is also the worker of its own process pools (folder scan, check): it must
    # serve as one here, before reading any argument.
    multiprocessing.freeze_support()
    args = list(sys.argv[1:] if argv is None else argv)
    try:
        if args and args[0] in SUBCOMMANDS:
            ns = _sub_parser().parse_args(args)
            if ns.command == "check":
                return cmd_check(ns)
            if ns.command == "fix":
                return cmd_fix(ns)
            return cmd_set(ns)
        ns = _gui_parser().parse_args(args)
    except UsageError as exc:
        return _fail(str(exc).replace("\n", " "))
    except KeyboardInterrupt:
        return _fail("interrompu")
    except BrokenPipeError:
        return 0
    except Exception as exc:  # noqa: BLE001 - the contract: one line, never a traceback
        return _fail(f"erreur interne : {type(exc).__name__}: {exc}".replace("\n", " "))
    from app.ui.application import run_gui

    return run_gui(ns.path, smoke=ns.smoke)


# --- check -------------------------------------------------------------------------------------------


def _collect(paths: Sequence[str]) -> tuple[list[Path], list[str]]:
    from app.core.article import walk

    files: list[Path] = []
    problems: list[str] = []
    for raw in paths:
        p = Path(raw)
        if not os.path.lexists(p):  # a symlink loop exists as a name: walk() reports it with its reason
            raise UsageError(f"{_shown(raw)} : fichier ou dossier introuvable")
        found, probs = walk(p)
        files.extend(found)
        problems.extend(probs)
    return files, problems


def _shown(path: str | Path) -> str:
    """A path as valid UTF-8 text: bytes that are not UTF-8 are shown escaped (\\xe9)."""
    return os.fsencode(path).decode("utf-8", "backslashreplace")


def _changed_since(rev: str, paths: Sequence[str]) -> set[str]:
    """Real paths of the files git reports changed since rev (committed, staged or not, untracked; renamed ones
    under their new name)."""
    import subprocess

    where = Path(paths[0]) if paths else Path(".")
    cwd = where if where.is_dir() else where.parent
    def git(*args: str) -> list[str]:
        try:
            proc = subprocess.run(["git", *args], cwd=cwd, capture_output=True, timeout=120)
        except FileNotFoundError:
            raise UsageError("--changed-since : git est introuvable") from None
        if proc.returncode != 0:
            msg = proc.stderr.decode("utf-8", "replace").strip().splitlines()
            raise UsageError(f"--changed-since {rev} : {msg[-1] if msg else 'git a échoué'}")
        return [n for n in os.fsdecode(proc.stdout).split("\0") if n]

    top = git("rev-parse", "--show-toplevel")
    if not top:
        raise UsageError(f"--changed-since : {_shown(cwd)} n'est pas dans un dépôt git")
    root = top[0].strip()
    git("rev-parse", "--verify", "--quiet", f"{rev}^{{commit}}")
    names = git("diff", "-z", "--name-only", "-M", "--diff-filter=ACMRT", rev, "--")
    names += git("ls-files", "-z", "--others", "--exclude-standard")
    return {os.path.realpath(os.path.join(root, n)) for n in names}


def _select(files: list[Path], changed: set[str] | None) -> list[Path]:
    """Files not excluded by their repo config (and changed, with --changed-since)."""
    from app.core.config import ConfigError, repo_config_for

    kept = []
    for f in files:
        if changed is not None and os.path.realpath(f) not in changed:
            continue
        try:
            repo = repo_config_for(f)
        except ConfigError as exc:
            raise UsageError(_shown(str(exc))) from None
        if repo is None or not repo.excludes(f):
            kept.append(f)
    return kept


@functools.lru_cache(maxsize=1024)
def _profile(folder: str, only: frozenset[str] | None, user_dictionary: bool) -> Any:
    from app.core.config import profile_for

    return profile_for(Path(folder) / "_", only, user_dictionary=user_dictionary)


@functools.lru_cache(maxsize=1024)
def _schema(profile: Any) -> Any:
    from app.core.frontmatter import FrontMatterError
    from app.core.schema import load_schema, schema_from_data

    try:
        if profile.schema_file:
            from app.core.frontmatter import safe_load

            return schema_from_data(safe_load(Path(profile.schema_file).read_text("utf-8-sig")), profile.schema_file)
        return load_schema(Path(profile.schema_folder))
    except (FrontMatterError, OSError, UnicodeDecodeError):
        return None  # an invalid folder schema must not hide the article's own findings


def check_file(
    path: str, only: frozenset[str] | None, suggestions: bool, user_dictionary: bool = True
) -> dict[str, Any]:
    """One file's entry of the JSON report."""
    entry = _check_entry(path, only, suggestions, user_dictionary)
    return {k: v for k, v in entry.items() if not k.startswith("_")}


def _check_entry(path: str, only: frozenset[str] | None, suggestions: bool, user_dictionary: bool) -> dict[str, Any]:
    """check_file() plus "_ends" (each finding's end line and column) and "_levels", for SARIF and GitHub.

    Runs in a worker process for big folders. An unexpected error in one file is that file's "error": the
    others are still checked and the report stays whole.
    """
    from app.core import article, frontmatter
    from app.core.checks import CheckOptions, check_text
    from app.core.config import speller_for
    from app.core.findings import LineIndex

    entry: dict[str, Any] = {"path": _shown(path), "encoding": None, "bom": False, "newline": "\n",
                             "frontmatter": {"format": None, "error": None}, "error": None, "findings": []}  # fmt: skip
    try:
        art = article.load(Path(path))
    except article.ArticleError as exc:
        entry["error"] = _shown(str(exc))
        entry["_unreadable"] = True
        return entry
    try:
        entry.update(encoding=art.encoding, bom=art.bom, newline=art.newline)
        parsed = frontmatter.parse(art.text)
        entry["frontmatter"] = {"format": parsed.format, "error": str(parsed.error) if parsed.error else None}
        profile = _profile(os.path.dirname(os.path.abspath(path)), only, user_dictionary)
        options = CheckOptions(
            only=profile.checks, suggestions=suggestions, speller=speller_for(profile),
            schema=_schema(profile) if "frontmatter" in profile.checks else None,
            seo_title_max=profile.seo_title_max, seo_description_max=profile.seo_description_max,
        )  # fmt: skip
        findings = check_text(art.text, options)
        lines = LineIndex(art.text)
        entry["findings"] = [f.to_json(lines) for f in findings]
        entry["_ends"] = [lines.line_col(f.end) for f in findings]
        entry["_levels"] = [profile.level(f.kind) for f in findings]
    except (Exception, RecursionError) as exc:  # noqa: BLE001 - one bad article never stops the others
        entry["findings"] = []
        entry["error"] = f"{_shown(path)} : vérification interrompue ({type(exc).__name__}: {str(exc)[:200]})"
        entry["_internal"] = True
    return entry


@dataclass
class Checked:
    """One file's part of the report, rendered in the worker: only text and counts cross processes (a
    10,000-article report is 1.5 million findings: pickling them and one json.dumps took a third of the run)."""

    rendered: str  # its JSON object, its SARIF results, or its lines of text
    counts: dict[str, int]  # findings by kind, in order of appearance
    error: str | None
    frontmatter_error: str | None
    unreadable: bool = False
    levels: dict[str, int] = field(default_factory=dict)  # findings by level
    rules: tuple[str, ...] = ()  # SARIF rule ids used


def _dumps(obj: Any) -> str:
    text = json.dumps(obj, ensure_ascii=False)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate (a YAML "\ud800" escape): escaped, so the report stays UTF-8
        text = json.dumps(obj, ensure_ascii=True)
    return text


@functools.lru_cache(maxsize=1024)
def _profile_digest(folder: str, only: frozenset[str] | None, user_dictionary: bool) -> str:
    from app.core.check_cache import profile_digest

    profile = _profile(folder, only, user_dictionary)
    schema = Path(profile.schema_file or Path(profile.schema_folder) / ".relecture" / "schema.yaml")
    try:
        schema_bytes = schema.read_bytes()
    except OSError:
        schema_bytes = b""
    return profile_digest(profile) + hashlib.sha256(schema_bytes).hexdigest()


def check_file_rendered(path: str, only: frozenset[str] | None, suggestions: bool, fmt: str,
                        user_dictionary: bool = True, base: str = ".", use_cache: bool = False) -> Checked:  # fmt: skip
    """One file's part of the report; from the check cache when its bytes and settings were checked before."""
    if not use_cache:
        return _render(path, only, suggestions, fmt, user_dictionary, base)
    from app.core import check_cache

    try:
        with open(path, "rb") as f:  # article.load refuses what is not a regular file before this matters
            data = f.read(64 * 1024 * 1024) if os.path.isfile(path) else b""
        digest = _profile_digest(os.path.dirname(os.path.abspath(path)), only, user_dictionary)
    except Exception:  # noqa: BLE001 - anything odd: check it the normal way, which reports it
        return _render(path, only, suggestions, fmt, user_dictionary, base)
    k = check_cache.key(data, path, base, fmt, str(suggestions), digest)
    hit = check_cache.get(k)
    if isinstance(hit, Checked):
        return hit
    checked = _render(path, only, suggestions, fmt, user_dictionary, base)
    if not checked.unreadable and data:
        check_cache.put(k, checked)
    return checked


def _render(path: str, only: frozenset[str] | None, suggestions: bool, fmt: str,
            user_dictionary: bool, base: str) -> Checked:  # fmt: skip
    entry = _check_entry(path, only, suggestions, user_dictionary)
    ends = entry.pop("_ends", [])
    levels = entry.pop("_levels", [])
    unreadable = bool(entry.pop("_unreadable", False))
    internal = bool(entry.pop("_internal", False))
    counts: dict[str, int] = {}
    by_level: dict[str, int] = {}
    for f, level in zip(entry["findings"], levels, strict=True):
        counts[f["kind"]] = counts.get(f["kind"], 0) + 1
        by_level[level] = by_level.get(level, 0) + 1
    rules: tuple[str, ...] = ()
    if fmt == "json":
        rendered = _dumps(entry)
    elif fmt == "sarif":
        from app.core import report_sarif as sarif

        uri = sarif.artifact_uri(path, base)
        results = [sarif.result(f, e, uri, lv) for f, e, lv in zip(entry["findings"], ends, levels, strict=True)]
        if entry["error"]:
            results.append(sarif.file_error_result(entry["error"], uri, "internal-error" if internal else "unreadable"))
        rules = tuple(sorted({r["ruleId"] for r in results}))
        rendered = ", ".join(_dumps(r) for r in results)
    elif fmt == "github":
        from app.core import report_github as github

        triples = zip(entry["findings"], ends, levels, strict=True)
        out = [github.finding_line(entry["path"], f, e, lv) for f, e, lv in triples]
        if entry["error"]:
            title = "internal-error" if internal else "unreadable"
            out.append(github.file_error_line(entry["path"], entry["error"], title))
        rendered = "".join(out)
    elif entry["error"]:
        rendered = f"{entry['path']}: erreur: {entry['error']}\n"
    else:
        lines = []
        for f in entry["findings"]:
            fix = f" → {f['replacement']}" if f["replacement"] is not None else ""
            sugg = f" ({', '.join(f['suggestions'][:3])})" if f["suggestions"] else ""
            where = f"{entry['path']}:{f['line']}:{f['column']}"
            lines.append(f"{where}: {f['kind']}: {f['text']!r}{fix}{sugg} {f['message']}\n")
        rendered = "".join(lines)
    if internal:
        by_level["error"] = by_level.get("error", 0) + 1
    rendered = rendered.encode("utf-8", "backslashreplace").decode("utf-8")
    return Checked(rendered, counts, entry["error"], entry["frontmatter"].get("error"), unreadable, by_level, rules)


def _check_all(files: list[Path], ns: argparse.Namespace, only: frozenset[str] | None,
               bases: list[str]) -> Iterator[Checked]:  # fmt: skip
    """Each file's part of the report, in order, as soon as it is ready (both cores by default)."""
    names = [str(p) for p in files]
    n = len(names)
    args = (names, [only] * n, [not ns.no_suggestions] * n, [ns.format] * n, [not ns.no_user_dictionary] * n, bases,
            [not ns.no_cache] * n)  # fmt: skip
    workers = ns.jobs or (os.cpu_count() or 1)
    if workers > 1 and n >= 16:
        from concurrent.futures import ProcessPoolExecutor

        with ProcessPoolExecutor(max_workers=workers) as pool:
            yield from pool.map(check_file_rendered, *args, chunksize=16)
        return
    for one in zip(*args, strict=True):
        yield check_file_rendered(*one)


def _progress(i: int, n: int, final: bool = False) -> None:
    """A progress line on stderr, only when it is a terminal (never in CI logs)."""
    if final:
        sys.stderr.write("\r\x1b[K")
    elif i % 25 == 0:
        sys.stderr.write(f"\rrelecture : {i}/{n} articles vérifiés")
    sys.stderr.flush()


def cmd_check(ns: argparse.Namespace) -> int:
    from app.core.checks import parse_only

    try:
        only = parse_only(ns.only) if ns.only else None
    except ValueError as exc:
        raise UsageError(str(exc)) from None
    if only is not None and "grammar" in only:
        from app.core import grammar

        if not grammar.available():  # said once; the other checks still run
            print(f"relecture: note : {grammar.unavailable_message()}", file=sys.stderr)
    encoding = (getattr(sys.stdout, "encoding", None) or "utf-8").lower().replace("-", "")
    if encoding != "utf8" and hasattr(sys.stdout, "reconfigure"):
        sys.stdout.reconfigure(encoding="utf-8")  # the report is UTF-8 whatever the locale
    files, problems = _collect(ns.paths)
    changed = _changed_since(ns.changed_since, ns.paths) if ns.changed_since else None
    files = _select(files, changed)
    bases = [_base_of(f, ns.paths) for f in files]
    summary: dict[str, int] = {}
    levels: dict[str, int] = {}
    unreadable: list[str] = []
    internal: list[str] = []
    frontmatter_errors: list[str] = []
    rules: set[str] = set()
    out = sys.stdout
    show_progress = sys.stderr.isatty() and len(files) > 50
    if ns.format == "json":
        out.write('{"version": 1, "files": [')
    elif ns.format == "sarif":
        from app.core import report_sarif

        out.write(report_sarif.head(bases[0] if bases else (ns.paths[0] if os.path.isdir(ns.paths[0]) else ".")))
    first = True
    for i, checked in enumerate(_check_all(files, ns, only, bases)):
        # Written as it comes (the same bytes as one json.dumps of the whole report).
        sep = ", " if not first and ns.format in ("json", "sarif") and checked.rendered else ""
        out.write(sep + checked.rendered)
        first = first and not checked.rendered if ns.format == "sarif" else False
        for kind, k in checked.counts.items():
            summary[kind] = summary.get(kind, 0) + k
        for level, k in checked.levels.items():
            levels[level] = levels.get(level, 0) + k
        rules.update(checked.rules)
        if checked.error:
            (unreadable if checked.unreadable else internal).append(checked.error)
        if checked.frontmatter_error:
            frontmatter_errors.append(f"{_shown(files[i])} : {checked.frontmatter_error}")
        if show_progress:
            _progress(i + 1, len(files))
    if show_progress:
        _progress(0, 0, final=True)
    if ns.format == "json":
        tail = {"files": len(files), "findings": summary}
        out.write(f"], \"summary\": {json.dumps(tail, ensure_ascii=False)}}}\n")
    elif ns.format == "sarif":
        from app.core import report_sarif

        out.write(report_sarif.tail(rules, __version__, not unreadable and not problems))
    elif ns.format == "text":
        total = sum(summary.values())
        detail = ", ".join(f"{k} {v}" for k, v in sorted(summary.items()))
        print(f"{len(files)} fichier(s), {total} constat(s){' : ' + detail if detail else ''}")
    out.flush()
    failed = unreadable + [_shown(p) for p in problems]
    # One line on stderr naming what it counts; invalid front matter in a readable file is a finding (exit 1).
    parts = []
    if failed:
        more = f" (+{len(failed) - 1} autre(s) fichier(s) illisible(s))" if len(failed) > 1 else ""
        parts.append(f"{failed[0]}{more}")
    if internal:
        more = f" (+{len(internal) - 1} autre(s))" if len(internal) > 1 else ""
        parts.append(f"{internal[0]}{more}")
    if frontmatter_errors:
        n = len(frontmatter_errors)
        more = f" (+{n - 1} autre(s) front matter invalide(s))" if n > 1 else ""
        parts.append(f"front matter invalide : {frontmatter_errors[0]}{more}")
    if parts:
        print(f"relecture: {' ; '.join(parts)}".replace("\n", " "), file=sys.stderr)
    if failed:
        return 2
    return _exit_for(ns.fail_on, summary, levels, bool(internal))


def _exit_for(fail_on: str | None, summary: dict[str, int], levels: dict[str, int], internal: bool) -> int:
    if internal and fail_on != "never":
        return 1
    if fail_on is None:
        return 1 if summary else 0
    if fail_on == "never":
        return 0
    wanted = ("error",) if fail_on == "error" else ("error", "warning")
    return 1 if any(levels.get(level) for level in wanted) else 0


def _base_of(file: Path, paths: Sequence[str]) -> str:
    """The checked folder a file was found under (its own folder when it was named itself)."""
    f = os.path.abspath(file)
    for raw in paths:
        p = os.path.abspath(raw)
        if os.path.isdir(p) and (f + os.sep).startswith(p.rstrip(os.sep) + os.sep):
            return p
    return os.path.dirname(f)


# --- fix ---------------------------------------------------------------------------------------------


def cmd_fix(ns: argparse.Namespace) -> int:
    from app.core import article
    from app.core.mojibake import repair_text

    if ns.stdout and len(ns.paths) != 1:
        raise UsageError("--stdout demande un seul fichier")
    files, problems = _collect(ns.paths)
    if ns.stdout and len(files) != 1:
        raise UsageError("--stdout demande un seul fichier, pas un dossier")
    failed: list[str] = list(problems)
    changed = 0
    for path in files:
        try:
            art = article.load(path)
        except article.ArticleError as exc:
            failed.append(str(exc))
            continue
        fixed = repair_text(art.text)
        if ns.stdout:
            sys.stdout.buffer.write(fixed.encode("utf-8"))
            sys.stdout.flush()
            continue
        if fixed == art.text and not (ns.to_utf8 and art.encoding != "utf-8"):
            continue
        if ns.dry_run:
            diff = difflib.unified_diff(
                art.text.splitlines(keepends=True), fixed.splitlines(keepends=True),
                fromfile=f"a/{path}", tofile=f"b/{path}",
            )  # fmt: skip
            sys.stdout.writelines(line if line.endswith(("\n", "\r")) else line + "\n" for line in diff)
            changed += 1
            continue
        try:
            article.save(art, fixed, encoding="utf-8" if ns.to_utf8 else None)
            changed += 1
        except article.ArticleError as exc:
            failed.append(str(exc))
    if not ns.stdout and not ns.dry_run and not failed:  # on failure the one stderr line is the error
        print(f"{changed} fichier(s) réparé(s) sur {len(files)}", file=sys.stderr)
    if failed:
        more = f" (+{len(failed) - 1} autre(s))" if len(failed) > 1 else ""
        print(f"relecture: {failed[0]}{more}", file=sys.stderr)
        return 2
    return 0


# --- set ---------------------------------------------------------------------------------------------


def cmd_set(ns: argparse.Namespace) -> int:
    from app.core import article, frontmatter

    changes: dict[str, Any] = {}
    for item in ns.assignments:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise UsageError(f"« {item} » : attendu CLÉ=VALEUR")
        try:
            changes[key.strip()] = frontmatter.parse_flow_value(value)
        except frontmatter.FrontMatterError as exc:
            raise UsageError(f"valeur de {key.strip()} : {exc}") from None
    path = Path(ns.path)
    if path.is_dir():
        raise UsageError(f"{path} est un dossier : set modifie un seul article")
    try:
        art = article.load(path)
    except article.ArticleError as exc:
        raise UsageError(str(exc)) from None
    try:
        new_text = frontmatter.set_values(art.text, changes)
    except frontmatter.FrontMatterError as exc:
        raise UsageError(f"{path} : {exc}") from None
    if new_text == art.text:
        return 0
    try:
        article.save(art, new_text)
    except article.ArticleError as exc:
        raise UsageError(str(exc)) from None
    from app.core.schema import type_warnings

    for warning in type_warnings(path, changes):  # issue 13.9: written, but said (exit 0)
        print(f"relecture: attention : {warning}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
