"""The front-matter form's model: which rows it shows (one Spec per key) and the folder's fields that complete it.

No widgets: the article's metadata and the folder's fields in, a tree of Spec out.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.core import frontmatter
from app.core.findings import Finding
from app.core.scan import Summary
from app.core.schema import Field, Schema, fields_from_profiles, load_schema, values_from_items
from app.ui.document import QT_BLOCK_BREAKS


class YamlText(str):
    """A value typed as YAML source (for keys the form cannot represent): applied with set_yaml_text."""


# Keys whose text is usually a paragraph: shown as a multi-line field even when the value is one line.
LONG_KEYS = frozenset({"description", "summary", "excerpt", "abstract", "chapo", "lead", "intro", "resume"})
INT_LIMIT = 2**31 - 1
FLOAT_LIMIT = 1e15


# --------------------------------------------------------------------------------------------------- folder


@dataclass
class FolderInfo:
    """What a folder knows about front matter: its fields (schema or inferred) and the values of list fields."""

    fields: list[Field]
    schema: Schema | None
    values: dict[str, list[str]]
    error: str | None = None


def folder_info(root: Path, summaries: Iterable[Summary]) -> FolderInfo:
    """The folder's fields from its schema, else from its articles' scan summaries; their list values."""
    error = None
    try:
        schema = load_schema(root)
    except frontmatter.FrontMatterError as exc:
        schema, error = None, str(exc)
    done = [s for s in summaries if s.fields]
    inferred = fields_from_profiles(s.fields for s in done)
    values = {f.name: values_from_items((s.lists for s in done), f.name) for f in inferred if f.type == "list"}
    fields = list(schema.fields) if schema is not None else inferred
    return FolderInfo(fields, schema, values, error)


# --------------------------------------------------------------------------------------------------- specs


@dataclass
class Spec:
    """One row of the form. kind: string, text, choice, bool, date, datetime, int, float, list, null, complex,
    mapping (a group with children)."""

    key: str
    kind: str
    present: bool
    value: Any = None
    children: list[Spec] = field(default_factory=list)
    choices: tuple[Any, ...] | None = None
    limit: int | None = None

    @property
    def label(self) -> str:
        return self.key.rsplit(".", 1)[-1]

    def signature(self) -> tuple[Any, ...]:
        return (self.key, self.kind, self.present, self.choices, tuple(c.signature() for c in self.children))


def iso_value(value: str) -> dt.date | None:
    s = value.strip()
    try:
        if len(s) == 10:
            return dt.date.fromisoformat(s)
        return dt.datetime.fromisoformat(s.replace("Z", "+00:00"))
    except ValueError:
        return None


def _kind_of(key: str, value: Any, folder_field: Field | None) -> str:
    t = frontmatter.field_type(value)
    ftype = folder_field.type if folder_field else None
    if t == "string" and ftype in ("date", "datetime") and iso_value(value) is not None:
        return "datetime" if isinstance(iso_value(value), dt.datetime) else "date"
    if t == "list" and not all(isinstance(x, str) for x in value):
        return "complex"
    if t == "int" and abs(value) > INT_LIMIT:
        return "complex"
    if t == "float" and not (math.isfinite(value) and abs(value) <= FLOAT_LIMIT and round(value, 6) == value):
        return "complex"  # a spin box would show it rounded or clamped: its YAML source shows it exactly
    if t == "null" and ftype in ("string", "text", "list"):
        t = ftype
    if t == "string" and (key.rsplit(".", 1)[-1].lower() in LONG_KEYS or len(value) > 90):
        t = "text"
    if t == "text" and any(c in value for c in QT_BLOCK_BREAKS):
        # A multi-line field (a QTextDocument) would hold these as line breaks and give back "\n": a one-line
        # value keeps them in a line field (QLineEdit holds any character), a multi-line one is edited as its
        # YAML source, whose escapes ("\r") keep every character.
        t = "complex" if "\n" in value else "string"
    if t in ("string", "null") and folder_field is not None and folder_field.choices:
        return "choice"
    return t


def _absent_kind(key: str, folder_field: Field) -> str:
    t = folder_field.type
    if folder_field.choices:
        return "choice"
    if t == "string" and key.rsplit(".", 1)[-1].lower() in LONG_KEYS:
        return "text"
    return t if t in ("string", "text", "bool", "date", "datetime", "int", "float", "list", "complex") else "string"


def build_specs(
    data: dict[str, Any], fields: Iterable[Field], complex_keys: set[str], limits: dict[str, int]
) -> list[Spec]:
    """The form's rows: the article's keys in file order, then the folder's keys it lacks (absent)."""
    by_name = {f.name: f for f in fields}

    def make(prefix: str, mapping: dict[str, Any]) -> list[Spec]:
        out: list[Spec] = []
        for k, v in mapping.items():
            key = prefix + str(k)
            f = by_name.get(key)
            if key in complex_keys:
                out.append(Spec(key, "complex", True, v))
            elif isinstance(v, dict) and (v or any(n.startswith(key + ".") for n in by_name)):
                out.append(Spec(key, "mapping", True, v, make(key + ".", v)))
            elif isinstance(v, dict):
                out.append(Spec(key, "complex", True, v))
            else:
                kind = _kind_of(key, v, f)
                out.append(Spec(key, kind, True, v, choices=f.choices if f else None))
        return out

    specs = make("", data)
    index: dict[str, Spec] = {}

    def walk(items: list[Spec]) -> None:
        for s in items:
            index[s.key] = s
            walk(s.children)

    walk(specs)
    for f in by_name.values():
        if f.name in index or f.type == "mapping":
            continue
        parts = f.name.split(".")
        siblings, ok = specs, True
        for i in range(1, len(parts)):
            parent_key = ".".join(parts[:i])
            parent = index.get(parent_key)
            if parent is None:
                parent = Spec(parent_key, "mapping", False)
                siblings.append(parent)
                index[parent_key] = parent
            elif parent.kind != "mapping":
                ok = False  # the article holds a plain value there: nothing to nest under it
                break
            siblings = parent.children
        if ok:
            spec = Spec(f.name, _absent_kind(f.name, f), False, None, choices=f.choices)
            siblings.append(spec)
            index[f.name] = spec
    for key, spec in index.items():
        if key in limits and spec.kind in ("string", "text", "null"):
            spec.limit = limits[key]
        elif (f := by_name.get(key)) is not None and f.max_length and spec.kind in ("string", "text"):
            spec.limit = f.max_length
    return specs


def walk(specs: list[Spec]) -> Iterable[Spec]:
    for s in specs:
        yield s
        yield from walk(s.children)


_NAMED = re.compile(r"« ([^»]+) »")


def messages_by_key(findings: list[Finding], spans: dict[str, tuple[int, int]], keys: set[str]) -> dict[str, list[str]]:
    """Validation messages placed under their field: by the value's span, else by the key named in the message."""
    out: dict[str, list[str]] = {}
    ordered = sorted(spans.items(), key=lambda kv: kv[1][1] - kv[1][0])  # innermost first
    for f in findings:
        target = None
        for key, (start, end) in ordered:
            if start <= f.start and f.end <= end and (f.start, f.end) != (start, start):
                target = key
                break
        if target is not None:
            while target not in keys and "." in target:
                target = target.rsplit(".", 1)[0]  # tags.1 → tags
        if target not in keys:
            named = _NAMED.search(f.message)
            target = named.group(1) if named and named.group(1) in keys else None
        if target is not None:
            out.setdefault(target, []).append(f.message)
    return out
