"""GitHub Actions workflow commands for `relecture check --format github` (one line per finding)."""

from __future__ import annotations

from typing import Any

COMMANDS = {"error": "error", "warning": "warning", "note": "notice"}


def _data(s: str) -> str:
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _prop(s: str) -> str:
    return _data(s).replace(":", "%3A").replace(",", "%2C")


def finding_line(path: str, finding: dict[str, Any], end: tuple[int, int], level: str) -> str:
    text = finding["message"] or finding["text"]
    if finding["replacement"] is not None:
        text += f" → {finding['replacement']}"
    elif finding["suggestions"]:
        text += " (" + ", ".join(finding["suggestions"][:3]) + ")"
    title = finding["kind"] + (f"/{finding['rule']}" if finding.get("rule") else "")
    return (f"::{COMMANDS.get(level, 'warning')} file={_prop(path)},line={finding['line']},col={finding['column']},"
            f"endLine={end[0]},endColumn={end[1]},title={_prop(title)}::{_data(text)}\n")  # fmt: skip


def file_error_line(path: str, message: str, title: str = "unreadable") -> str:
    return f"::error file={_prop(path)},title={_prop(title)}::{_data(message)}\n"
