"""Command line: `relecture [PATH] [--smoke]`, `check`, `fix`, `set` (see docs/cli-contract)."""

from __future__ import annotations

import argparse
import difflib
import json
import os
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
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
    c.add_argument("--format", choices=("text", "json"), default="text")
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
            raise UsageError(f"{raw} : fichier ou dossier introuvable")
        found, probs = walk(p)
        files.extend(found)
        problems.extend(probs)
    return files, problems


def check_file(path: str, only: frozenset[str], suggestions: bool) -> dict[str, Any]:
    """One file's entry of the JSON report (runs in a worker process for big folders)."""
    from app.core import article, frontmatter
    from app.core.checks import CheckOptions, check_text
    from app.core.findings import LineIndex

    entry: dict[str, Any] = {"path": path, "encoding": None, "bom": False, "newline": "\n",
                             "frontmatter": {"format": None, "error": None}, "error": None, "findings": []}  # fmt: skip
    try:
        art = article.load(Path(path))
    except article.ArticleError as exc:
        entry["error"] = str(exc)
        return entry
    entry.update(encoding=art.encoding, bom=art.bom, newline=art.newline)
    parsed = frontmatter.parse(art.text)
    entry["frontmatter"] = {"format": parsed.format, "error": str(parsed.error) if parsed.error else None}
    schema = None
    if "frontmatter" in only:
        from app.core.frontmatter import FrontMatterError
        from app.core.schema import load_schema

        try:
            schema = load_schema(Path(path).parent)
        except FrontMatterError:
            schema = None  # an invalid folder schema must not hide the article's own findings
    findings = check_text(art.text, CheckOptions(only=only, suggestions=suggestions, schema=schema))
    lines = LineIndex(art.text)
    entry["findings"] = [f.to_json(lines) for f in findings]
    return entry


@dataclass
class Checked:
    """One file's part of the report, rendered in the worker: only text and counts cross processes (a
    10,000-article report is 1.5 million findings: pickling them and one json.dumps took a third of the run)."""

    rendered: str  # its JSON object, or its lines of text
    counts: dict[str, int]  # findings by kind, in order of appearance
    error: str | None
    frontmatter_error: str | None


def check_file_rendered(path: str, only: frozenset[str], suggestions: bool, fmt: str) -> Checked:
    entry = check_file(path, only, suggestions)
    counts: dict[str, int] = {}
    for f in entry["findings"]:
        counts[f["kind"]] = counts.get(f["kind"], 0) + 1
    if fmt == "json":
        rendered = json.dumps(entry, ensure_ascii=False)
    elif entry["error"]:
        rendered = ""
    else:
        lines = []
        for f in entry["findings"]:
            fix = f" → {f['replacement']}" if f["replacement"] is not None else ""
            sugg = f" ({', '.join(f['suggestions'][:3])})" if f["suggestions"] else ""
            where = f"{entry['path']}:{f['line']}:{f['column']}"
            lines.append(f"{where}: {f['kind']}: {f['text']!r}{fix}{sugg} {f['message']}\n")
        rendered = "".join(lines)
    return Checked(rendered, counts, entry["error"], entry["frontmatter"].get("error"))


def _check_all(files: list[Path], only: frozenset[str], suggestions: bool, jobs: int, fmt: str) -> Iterator[Checked]:
    """Each file's part of the report, in order, as soon as it is ready (both cores by default)."""
    names = [str(p) for p in files]
    workers = jobs or (os.cpu_count() or 1)
    if workers > 1 and len(names) >= 16:
        from concurrent.futures import ProcessPoolExecutor

        n = len(names)
        with ProcessPoolExecutor(max_workers=workers) as pool:
            yield from pool.map(check_file_rendered, names, [only] * n, [suggestions] * n, [fmt] * n, chunksize=16)
        return
    for name in names:
        yield check_file_rendered(name, only, suggestions, fmt)


def cmd_check(ns: argparse.Namespace) -> int:
    from app.core.checks import parse_only

    try:
        only = parse_only(ns.only)
    except ValueError as exc:
        raise UsageError(str(exc)) from None
    if "grammar" in only:
        from app.core import grammar

        if not grammar.available():  # said once; the other checks still run
            print(f"relecture: note : {grammar.unavailable_message()}", file=sys.stderr)
    files, problems = _collect(ns.paths)
    summary: dict[str, int] = {}
    errors: list[str] = []
    frontmatter_errors: list[str] = []
    out = sys.stdout
    if ns.format == "json":
        out.write('{"version": 1, "files": [')
    for i, checked in enumerate(_check_all(files, only, not ns.no_suggestions, ns.jobs, ns.format)):
        # Written as it comes (the same bytes as one json.dumps of the whole report).
        out.write((", " if i and ns.format == "json" else "") + checked.rendered)
        for kind, n in checked.counts.items():
            summary[kind] = summary.get(kind, 0) + n
        if checked.error:
            errors.append(checked.error)
        if checked.frontmatter_error:
            frontmatter_errors.append(f"{files[i]} : {checked.frontmatter_error}")
    if ns.format == "json":
        tail = {"files": len(files), "findings": summary}
        out.write(f"], \"summary\": {json.dumps(tail, ensure_ascii=False)}}}\n")
    else:
        total = sum(summary.values())
        detail = ", ".join(f"{k} {v}" for k, v in sorted(summary.items()))
        print(f"{len(files)} fichier(s), {total} constat(s){' : ' + detail if detail else ''}")
    # Unreadable front matter (invalid YAML, a forbidden tag) is an input error too: `set` refuses such a file,
    # so `check` says so and exits 2 — the file's other findings are still in the report.
    messages = errors + list(problems) + frontmatter_errors
    # The contract: exactly one line on stderr, naming the first problem and counting the others.
    if messages:
        more = f" (+{len(messages) - 1} autre(s))" if len(messages) > 1 else ""
        print(f"relecture: {messages[0]}{more}".replace("\n", " "), file=sys.stderr)
        return 2
    return 1 if summary else 0


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
    return 0


if __name__ == "__main__":
    sys.exit(main())
