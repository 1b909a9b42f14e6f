"""Front matter: locate, parse safely and edit in place (YAML ---, TOML +++, JSON {...}).

Edits never re-dump the document: the YAML is composed (ruamel.yaml, safe) only to learn where each key and value
sits, then the value's characters are replaced by a freshly written value in the style the file already uses.
Every edit is checked by parsing the result again: the edited key must read back as asked and every other key
must be unchanged, otherwise the edit is refused.
"""

from __future__ import annotations

import copy
import datetime as dt
import difflib
import functools
import json
import math
import re
import threading
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.constructor import ConstructorError, DuplicateKeyError, SafeConstructor
from ruamel.yaml.error import MarkedYAMLError, YAMLError
from ruamel.yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode
from ruamel.yaml.reader import ReaderError
from ruamel.yaml.resolver import VersionedResolver

from app.core.findings import LineIndex

_FENCES = {"---": "yaml", "+++": "toml"}
_LINE_END = re.compile(r"\r\n|\r|\n")


@dataclass(frozen=True, slots=True)
class Split:
    """Where the front matter sits in a text. All offsets are code points; text has no BOM.

    format is None when there is no front matter; then every offset is 0 and the body is the whole text.
    """

    format: str | None
    start: int  # opening fence
    content_start: int  # first character of the metadata
    content_end: int  # end of the metadata (start of the closing fence line)
    end: int  # just after the closing fence line, newline included: where the body starts

    @property
    def body_start(self) -> int:
        return self.end


NO_FRONT_MATTER = Split(None, 0, 0, 0, 0)


def split(text: str) -> Split:
    """Find the front matter block at the very start of text."""
    first = _LINE_END.search(text)
    first_line = text[: first.start()] if first else text
    fence = first_line.rstrip(" \t")
    if fence in _FENCES and first is not None:
        fmt = _FENCES[fence]
        closers = {fence, "..."} if fmt == "yaml" else {fence}
        content_start = first.end()
        pos = content_start
        n = len(text)
        while pos <= n:
            m = _LINE_END.search(text, pos)
            line_end = m.start() if m else n
            if text[pos:line_end].rstrip(" \t") in closers:
                return Split(fmt, 0, content_start, pos, m.end() if m else n)
            if m is None:
                break
            pos = m.end()
        return NO_FRONT_MATTER
    if fence == "{" and first is not None:
        # Hugo-style JSON front matter: a JSON object whose closing brace sits alone on its line.
        pos = first.end()
        n = len(text)
        while pos < n:
            m = _LINE_END.search(text, pos)
            line_end = m.start() if m else n
            if text[pos:line_end].rstrip(" \t") == "}":
                end = m.end() if m else n
                return Split("json", 0, 0, line_end, end)
            if m is None:
                break
            pos = m.end()
    return NO_FRONT_MATTER


# --------------------------------------------------------------------------------------------------- errors


class FrontMatterError(Exception):
    """A front matter that cannot be read or an edit that cannot be made.

    line and column are 1-based in the whole file when the problem has a place; offset is the code-point offset.
    """

    def __init__(
        self,
        message: str,
        line: int | None = None,
        column: int | None = None,
        *,
        offset: int | None = None,
        title: str = "YAML invalide",
    ) -> None:
        super().__init__(message)
        self.message = message
        self.line = line
        self.column = column
        self.offset = offset
        self.title = title

    def __str__(self) -> str:
        if self.line is not None:
            return f"{self.title} ligne {self.line}, colonne {self.column} : {self.message}"
        return self.message


def _error_at(message: str, text: str, offset: int, title: str = "YAML invalide") -> FrontMatterError:
    offset = max(0, min(offset, len(text)))
    line, column = LineIndex(text).line_col(offset)
    return FrontMatterError(message, line, column, offset=offset, title=title)


# --------------------------------------------------------------------------------------------------- YAML loading

_YAML_TAG = "tag:yaml.org,2002:"
_ALLOWED_TAGS = frozenset(
    _YAML_TAG + t for t in ("str", "int", "float", "bool", "null", "timestamp", "seq", "map", "merge")
)


class _SafeConstructor(SafeConstructor):
    """The safe constructor, stricter: only plain YAML types, and a bad date stays text for validate()."""

    def construct_non_recursive_object(self, node: Any, tag: str | None = None) -> Any:
        used = tag if tag is not None else node.tag
        if str(used) not in _ALLOWED_TAGS:
            # python/object and every other custom tag: refused before anything is built.
            raise ConstructorError(None, None, f"étiquette YAML non autorisée : {node.tag}", node.start_mark)
        return super().construct_non_recursive_object(node, tag)

    def construct_lenient_timestamp(self, node: Any, values: Any = None) -> Any:
        try:
            return self.construct_yaml_timestamp(node, values)
        except (ValueError, ConstructorError):
            return str(node.value)


_SafeConstructor.add_constructor(_YAML_TAG + "timestamp", _SafeConstructor.construct_lenient_timestamp)


_yaml_local = threading.local()


def _new_yaml() -> YAML:
    # Building a YAML() looks up plug-ins on disk (~9 ms): keep one per thread (instances are not thread-safe).
    y: YAML | None = getattr(_yaml_local, "yaml", None)
    if y is None:
        y = YAML(typ="safe", pure=True)
        y.Constructor = _SafeConstructor
        _yaml_local.yaml = y
    return y


def _yaml_failure(exc: Exception, text: str, base: int) -> FrontMatterError:
    """A ruamel error as a FrontMatterError placed in the whole text (base = where the YAML starts)."""
    if isinstance(exc, MarkedYAMLError):
        mark = exc.problem_mark or exc.context_mark
        problem = exc.problem or exc.context or "erreur"
        if isinstance(exc, DuplicateKeyError):
            problem = "clé en double : " + problem
        context = exc.context or ""
        if "end of stream" in problem and "quoted scalar" in context and exc.context_mark is not None:
            # The parser only notices at the end of the block: point at the quote that was never closed.
            mark = exc.context_mark
            problem = "guillemet ouvert ici et jamais fermé"
        if mark is not None:
            return _error_at(problem, text, base + mark.index)
        return FrontMatterError(problem, title="YAML invalide")
    if isinstance(exc, ReaderError):
        return _error_at(f"caractère interdit U+{exc.character:04X}", text, base + exc.position)
    return FrontMatterError(f"YAML invalide : {exc}")


def _compose_and_load(yaml_text: str, text: str, base: int) -> tuple[Node | None, Any]:
    """The nodes (positions relative to yaml_text) and plain data of a YAML text.

    The last few readings are kept: checking an article reads its front matter several times (report,
    validation, summary) and YAML is most of a check's time. The nodes are shared (read only), the data is
    a copy (callers may change it)."""
    try:
        node, data = (_compose_cached if len(yaml_text) <= _CACHE_MAX_CHARS else _compose)(yaml_text)
    except RecursionError:
        raise FrontMatterError(f"front matter refusé : plus de {_MAX_DEPTH} niveaux d'imbrication") from None
    except (YAMLError, ValueError, OverflowError) as exc:
        raise _yaml_failure(exc, text, base) from None
    surrogate = _lone_surrogate(data)
    if surrogate is not None:
        # "\ud800" is valid YAML but no UTF-8 text can hold it: a report or a save would fail on it.
        raise FrontMatterError(f"caractère invalide U+{ord(surrogate):04X} (moitié de paire UTF-16, échappement \\u)",
                               title="YAML invalide")  # fmt: skip
    return node, copy.deepcopy(data)


_SURROGATE = re.compile("[\ud800-\udfff]")


def _lone_surrogate(data: Any) -> str | None:
    """The first lone surrogate in the strings (keys included) of loaded data, None when there is none."""
    todo = [data]
    while todo:
        x = todo.pop()
        if isinstance(x, str):
            m = _SURROGATE.search(x)
            if m:
                return m.group()
        elif isinstance(x, dict):
            todo.extend(x.keys())
            todo.extend(x.values())
        elif isinstance(x, list):
            todo.extend(x)
    return None


_CACHE_MAX_CHARS = 32_768  # bigger front matters are read again each time (their nodes weigh megabytes)


_MAX_DEPTH = 64  # front matters nest a few levels; deeper is an attack or an accident
_MAX_EXPANSION = 10  # aliases may repeat what they point to, not multiply the document (alias bombs)


def _check_bounds(root: Node) -> None:
    """Refuse a YAML graph whose aliases expand past a bound, that contains itself, or that nests too deep.

    Iterative, with each node's expanded size computed once: an 843-byte bomb of 2**29 nodes is refused
    after visiting its 60 nodes, before anything is built (building it never ended)."""
    size: dict[int, int] = {}
    on_path: set[int] = set()
    distinct = 0
    stack: list[tuple[Node, int, bool]] = [(root, 0, False)]

    def children(n: Node) -> list[Node]:
        if isinstance(n, SequenceNode):
            return list(n.value)
        if isinstance(n, MappingNode):
            return [x for pair in n.value for x in pair]
        return []

    while stack:
        node, depth, done = stack.pop()
        nid = id(node)
        if done:
            on_path.discard(nid)
            size[nid] = total = 1 + sum(size[id(c)] for c in children(node))
            if total > _MAX_EXPANSION * distinct + 10_000:
                raise _bound_error("des alias YAML qui se démultiplient (bombe d'alias)", node)
            continue
        if nid in size:
            continue
        if nid in on_path:
            raise _bound_error("une valeur YAML qui se contient elle-même (alias récursif)", node)
        if depth > _MAX_DEPTH:
            raise _bound_error(f"plus de {_MAX_DEPTH} niveaux d'imbrication", node)
        distinct += 1
        on_path.add(nid)
        stack.append((node, depth, True))
        stack.extend((c, depth + 1, False) for c in children(node) if id(c) not in size)


def _bound_error(what: str, node: Node) -> MarkedYAMLError:
    return MarkedYAMLError(problem=f"front matter refusé : {what}", problem_mark=node.start_mark)


def _compose(yaml_text: str) -> tuple[Node | None, Any]:
    yaml = _new_yaml()
    node = yaml.compose(yaml_text)
    if node is not None:
        _check_bounds(node)
    if "<<" in yaml_text:
        # Merge keys are flattened into the nodes while building: build from a second reading,
        # so the nodes keep their own positions.
        data = _new_yaml().load(yaml_text)
    else:
        # Built from the composed nodes: one scan of the text for both positions and values.
        data = yaml.constructor.construct_document(node) if node is not None else None
    return node, data


_compose_cached = functools.lru_cache(maxsize=16)(_compose)


def safe_load(yaml_text: str) -> Any:
    """Any YAML text (a schema file...) loaded as plain data, safely; errors placed in yaml_text."""
    return _plain_value(_compose_and_load(yaml_text, yaml_text, 0)[1])


# --------------------------------------------------------------------------------------------------- parse


@dataclass
class Parsed:
    """The front matter of a text: format, plain Python data, or the error that prevents reading it."""

    format: str | None
    data: dict[str, Any] | None
    error: FrontMatterError | None
    split: Split


def parse(text: str) -> Parsed:
    """Read the front matter of text (BOM already stripped). Never raises for a bad front matter."""
    sp = split(text)
    if sp.format is None:
        unclosed = _unclosed(text)
        if unclosed is not None:
            return Parsed(_FENCES[text[: _line_content_end(text, 0)].rstrip(" \t")], None, unclosed, sp)
        return Parsed(None, None, None, sp)
    try:
        data = _read(text, sp)
    except FrontMatterError as exc:
        return Parsed(sp.format, None, exc, sp)
    return Parsed(sp.format, data, None, sp)


def _read(text: str, sp: Split) -> dict[str, Any]:
    if sp.format == "yaml":
        return _yaml_doc(text, sp).data
    if sp.format == "toml":
        return _toml_load(text, sp)
    return _json_load(text, sp)


def _json_load(text: str, sp: Split) -> dict[str, Any]:
    try:
        data = json.loads(text[sp.content_start : sp.content_end])
    except json.JSONDecodeError as exc:
        raise _error_at(exc.msg, text, sp.content_start + exc.pos, "JSON invalide") from None
    if not isinstance(data, dict):
        raise FrontMatterError("le front matter JSON doit être un objet", title="JSON invalide")
    return data


def _toml_load(text: str, sp: Split) -> dict[str, Any]:
    try:
        return tomllib.loads(text[sp.content_start : sp.content_end])
    except tomllib.TOMLDecodeError as exc:
        msg = str(exc)
        m = re.search(r"\(at line (\d+), column (\d+)\)", msg)
        detail = re.sub(r"\s*\(at (line \d+, column \d+|end of document)\)", "", msg)
        if m:
            first_line = LineIndex(text).line_col(sp.content_start)[0]
            return_line = first_line + int(m.group(1)) - 1
            raise FrontMatterError(detail, return_line, int(m.group(2)), title="TOML invalide") from None
        raise _error_at(detail, text, sp.content_end, "TOML invalide") from None


# --------------------------------------------------------------------------------------------------- YAML index


@dataclass
class _Entry:
    """One key of a mapping and where its value sits (offsets into the YAML content)."""

    path: tuple[str, ...]
    key: ScalarNode
    value: Node
    key_start: int
    colon_end: int
    start: int  # value start (anchor and tag included)
    end: int  # value end (trailing blank lines and comments excluded)
    alias: bool
    in_flow: bool
    empty: bool  # `key:` with nothing after it


@dataclass
class _Map:
    path: tuple[str, ...]
    node: MappingNode | None  # None for an empty front matter
    flow: bool
    indent: int
    entries: list[_Entry] = field(default_factory=list)


@dataclass
class _Doc:
    text: str
    split: Split
    content: str
    root: Node | None
    data: dict[str, Any]
    maps: dict[tuple[str, ...], _Map]
    entries: dict[tuple[str, ...], _Entry]
    items: dict[tuple[str, ...], list[tuple[int, int]]]  # sequence item spans, by the sequence's path
    has_anchors: bool
    newline: str
    str_style: str | None  # most used style of string values (None = plain)
    item_style: str | None  # most used style of list items
    quote: str  # preferred quote when quoting is needed
    indent_step: int
    seq_offset: int  # where `-` sits relative to its key
    seq_flow: bool  # new lists written [a, b] rather than as a block


def _is_merge(node: Node) -> bool:
    return str(node.tag) == _YAML_TAG + "merge"


def _line_start(s: str, i: int) -> int:
    return max(s.rfind("\n", 0, i), s.rfind("\r", 0, i)) + 1


def _line_content_end(s: str, i: int) -> int:
    """End of the line holding i, before its line break."""
    m = _LINE_END.search(s, i)
    return m.start() if m else len(s)


def _line_end_incl(s: str, i: int) -> int:
    """End of the line holding i, after its line break."""
    m = _LINE_END.search(s, i)
    return m.end() if m else len(s)


def _trim_end(s: str, start: int, end: int, drop_comments: bool) -> int:
    """Move end back over trailing blank lines (and comment lines) and the final line break."""
    lines = s[start:end].splitlines(keepends=True)
    while lines and (not lines[-1].strip() or (drop_comments and lines[-1].lstrip().startswith("#"))):
        lines.pop()
    if not lines:
        return start
    kept = start + sum(len(x) for x in lines)
    return kept - (len(lines[-1]) - len(lines[-1].rstrip("\r\n")))


def _node_end(s: str, node: Node) -> int:
    if isinstance(node, ScalarNode):
        if node.style in ("|", ">"):
            return _trim_end(s, node.start_mark.index, node.end_mark.index, drop_comments=False)
        return int(node.end_mark.index)
    if getattr(node, "flow_style", False):
        return int(node.end_mark.index)
    end = _trim_end(s, node.start_mark.index, node.end_mark.index, drop_comments=True)
    children = node.value
    if children:
        last = children[-1][1] if isinstance(node, MappingNode) else children[-1]
        if last.start_mark.index >= node.start_mark.index:  # not an alias to an earlier node
            end = max(end, _node_end(s, last))
    return end


def _skip_properties(s: str, i: int) -> int:
    """Skip an anchor (&a) and a tag (!t) before a value."""
    while i < len(s) and s[i] in "&!":
        j = i
        while j < len(s) and not s[j].isspace():
            j += 1
        while j < len(s) and s[j] in " \t":
            j += 1
        i = j
    return i


def _yaml_doc(text: str, sp: Split) -> _Doc:
    content = text[sp.content_start : sp.content_end]
    root, data = _compose_and_load(content, text, sp.content_start)
    if root is not None and not isinstance(root, MappingNode):
        raise _error_at(
            "le front matter doit être une suite de « clé: valeur »", text, sp.content_start + root.start_mark.index
        )
    doc = _Doc(
        text=text,
        split=sp,
        content=content,
        root=root,
        data=data if isinstance(data, dict) else {},
        maps={},
        entries={},
        items={},
        has_anchors=False,
        newline=_detect_newline(content or text),
        str_style=None,
        item_style=None,
        quote='"',
        indent_step=2,
        seq_offset=2,
        seq_flow=False,
    )
    styles: dict[str | None, int] = {}
    item_styles: dict[str | None, int] = {}
    seen: set[int] = set()
    layout: dict[str, int | None] = {"step": None, "seq": None, "flow_seqs": 0, "block_seqs": 0}

    def walk(node: Node, path: tuple[str, ...], key_col: int | None) -> None:
        if id(node) in seen:
            return
        seen.add(id(node))
        if getattr(node, "anchor", None):
            doc.has_anchors = True
        if isinstance(node, MappingNode):
            keys = [k for k, _ in node.value if not _is_merge(k)]
            indent = keys[0].start_mark.column if keys else 0
            if key_col is not None and not node.flow_style and layout["step"] is None and keys:
                layout["step"] = indent - key_col
            m = _Map(path, node, bool(node.flow_style), indent)
            doc.maps[path] = m
            for k, v in node.value:
                if _is_merge(k):
                    doc.has_anchors = True
                    continue
                if not isinstance(k, ScalarNode):
                    continue
                entry = _make_entry(content, path + (str(k.value),), k, v, id(v) in seen, m.flow)
                m.entries.append(entry)
                doc.entries[entry.path] = entry
                if isinstance(v, ScalarNode) and str(v.tag) == _YAML_TAG + "str" and not entry.alias:
                    styles[v.style] = styles.get(v.style, 0) + 1
                if not entry.alias:
                    walk(v, entry.path, k.start_mark.column)
        elif isinstance(node, SequenceNode):
            if node.flow_style:
                layout["flow_seqs"] = (layout["flow_seqs"] or 0) + 1
            else:
                layout["block_seqs"] = (layout["block_seqs"] or 0) + 1
                if key_col is not None and layout["seq"] is None:
                    layout["seq"] = node.start_mark.column - key_col
            spans = []
            for i, item in enumerate(node.value):
                if id(item) in seen or item.start_mark.index < node.start_mark.index:
                    spans.append((item.start_mark.index, item.start_mark.index))
                    continue
                spans.append((item.start_mark.index, _node_end(content, item)))
                if isinstance(item, ScalarNode):
                    item_styles[item.style] = item_styles.get(item.style, 0) + 1
                walk(item, path + (str(i),), None)
            doc.items[path] = spans

    if root is None:
        doc.maps[()] = _Map((), None, False, 0)
    else:
        walk(root, (), None)
    doc.str_style = max(styles, key=lambda k: styles[k]) if styles else None
    doc.item_style = max(item_styles, key=lambda k: item_styles[k]) if item_styles else doc.str_style
    quoted = {k: n for k, n in styles.items() if k in ('"', "'")}
    doc.quote = max(quoted, key=lambda k: quoted[k]) if quoted else '"'
    if doc.item_style == "'" or doc.str_style == "'":
        doc.quote = "'" if not quoted else doc.quote
    step = layout["step"]
    doc.indent_step = step if step is not None and step > 0 else 2
    seq = layout["seq"]
    doc.seq_offset = seq if seq is not None and seq >= 0 else 2
    doc.seq_flow = bool(layout["flow_seqs"]) and not layout["block_seqs"]
    return doc


def _make_entry(content: str, path: tuple[str, ...], k: ScalarNode, v: Node, alias: bool, in_flow: bool) -> _Entry:
    key_start = k.start_mark.index
    key_end = k.end_mark.index
    colon = key_end
    while colon < len(content) and content[colon] in " \t":
        colon += 1
    colon_end = colon + 1 if colon < len(content) and content[colon] == ":" else key_end
    empty = False
    if alias:
        start = colon_end
        while start < len(content) and content[start] in " \t":
            start += 1
        end = start
        while end < len(content) and not content[end].isspace() and content[end] not in ",]}":
            end += 1
    elif (
        isinstance(v, ScalarNode)
        and str(v.tag) == _YAML_TAG + "null"
        and v.value == ""
        and v.start_mark.index == v.end_mark.index
    ):
        start = end = colon_end
        empty = True
    else:
        start = v.start_mark.index
        end = _node_end(content, v)
    return _Entry(path, k, v, key_start, colon_end, start, end, alias, in_flow, empty)


def _detect_newline(s: str) -> str:
    m = _LINE_END.search(s)
    return m.group() if m else "\n"


# --------------------------------------------------------------------------------------------------- writing values

_SPECIAL_WORDS = frozenset("y n yes no on off true false null ~ nan inf .nan .inf -.inf +.inf <<  =".split())
_NON_PRINTABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ufeff\ud800-\udfff\ufffe\uffff]")


def _plain_ok(s: str, flow: bool) -> bool:
    """True when s can be written without quotes and still read back as the same string (YAML 1.1 and 1.2)."""
    if not s or s != s.strip() or s.lower() in _SPECIAL_WORDS:
        return False
    if s[0] in "-?:,[]{}#&*!|>'\"%@`" or s[-1] == ":":
        return False
    if ": " in s or " #" in s or "\t" in s or "\n" in s or "\r" in s or _NON_PRINTABLE.search(s):
        return False
    if flow and any(c in s for c in ",[]{}:#"):
        return False
    if not re.match(r"[-+.]?\d", s):
        return True
    # Starts like a number: plain only when no YAML reader (1.1 as PyYAML, or 1.2) takes it for anything but
    # text (`1 élève, 1 stage` stays plain; numbers, dates, times, versions, sexagesimals are quoted).
    return bool(re.search(r"[^\d._:+\-]", s)) and _resolves_to_str(s)


@functools.lru_cache(maxsize=4096)
def _resolves_to_str(s: str) -> bool:
    return all(str(r.resolve(ScalarNode, s, (True, False))) == _YAML_TAG + "str" for r in _RESOLVERS)


_RESOLVERS = (VersionedResolver(version=(1, 1)), VersionedResolver(version=(1, 2)))


_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\t": "\\t", "\r": "\\r", "\0": "\\0", "\x1b": "\\e"}


def _double_quoted(s: str) -> str:
    out = []
    for ch in s:
        if ch in _ESCAPES:
            out.append(_ESCAPES[ch])
        elif _NON_PRINTABLE.match(ch):
            code = ord(ch)
            out.append(f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def _single_quoted(s: str) -> str | None:
    if "\n" in s or "\r" in s or "\t" in s or _NON_PRINTABLE.search(s):
        return None
    return "'" + s.replace("'", "''") + "'"


def _quoted(s: str, quote: str | None) -> str:
    if quote == "'":
        return _single_quoted(s) or _double_quoted(s)
    return _double_quoted(s)


def _format_float(x: float) -> str:
    if math.isnan(x):
        return ".nan"
    if math.isinf(x):
        return ".inf" if x > 0 else "-.inf"
    r = repr(x)
    if "e" in r and "." not in r:
        r = r.replace("e", ".0e")  # YAML 1.1 needs the dot
    return r


_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_JEKYLL_DATE = re.compile(r"\d{4}-\d\d-\d\d \d\d:\d\d(:\d\d)? [+-]\d{4}")
_MONTH_DATE = re.compile("(?:" + "|".join(_MONTHS) + r") \d\d? \d{4}")


def _format_datetime(v: dt.date, old: str | None) -> str:
    """A date written like the old one: ISO 8601 (YAML timestamp), Jekyll's or Astro's text forms."""
    bare = old.strip("'\"") if old else ""
    if _JEKYLL_DATE.fullmatch(bare) and isinstance(v, dt.datetime) and v.tzinfo is not None:
        seconds = ":%S" if bare.count(":") == 2 else ""
        return v.strftime(f"%Y-%m-%d %H:%M{seconds} ") + v.strftime("%z")[:5]
    if _MONTH_DATE.fullmatch(bare) and type(v) is dt.date:
        # Month names written by hand: strftime would follow the process locale.
        return f"{_MONTHS[v.month - 1]} {v.day:02d} {v.year}"
    if not isinstance(v, dt.datetime):
        return v.isoformat()
    sep = " " if old and len(old) > 10 and old[10] == " " else "T"
    s = v.isoformat(sep=sep)
    if v.utcoffset() == dt.timedelta(0) and old and old.rstrip().endswith(("Z", "z")):
        s = s[: -len("+00:00")] + "Z"
    return s


@dataclass
class _Inline:
    text: str


@dataclass
class _Block:
    header: str  # after "key:" on the key's line: "", " |", " >-"
    lines: list[str]  # absolute indentation


@dataclass
class _Hint:
    """What the old value looked like, so the new one is written the same way."""

    style: str | None = None  # scalar style: None plain, '"', "'", '|', '>'
    source: str | None = None  # old scalar text
    is_str: bool = False
    is_null: bool = False
    is_bool: bool = False
    seq: str | None = None  # "flow" | "block"
    item_style: str | None = None
    flow_padding: bool = False  # [ a, b ]
    content_indent: int | None = None  # block scalar / block collection children column
    fold_width: int = 80


class _Writer:
    def __init__(self, doc: _Doc, force_double: bool = False) -> None:
        self.doc = doc
        self.force_double = force_double

    def string(self, s: str, style: str | None, flow: bool) -> str:
        if self.force_double:
            return _double_quoted(s)
        if style == '"':
            return _double_quoted(s)
        if style == "'":
            return _quoted(s, "'")
        if _plain_ok(s, flow):
            return s
        return _quoted(s, self.doc.quote)

    def key(self, k: str) -> str:
        return k if _plain_ok(k, flow=True) else _double_quoted(k)

    def scalar(self, v: Any, hint: _Hint, flow: bool) -> str:
        if v is None:
            if hint.is_null and hint.source:
                return hint.source
            return "null"
        if isinstance(v, bool):
            text = "true" if v else "false"
            if hint.is_bool and hint.source and hint.source[:1].isupper():
                text = text.capitalize()
            return text
        if isinstance(v, int):
            return str(v)
        if isinstance(v, float):
            return _format_float(v)
        if isinstance(v, dt.date):
            text = _format_datetime(v, hint.source)
            if hint.is_str and hint.style in ('"', "'"):
                return _quoted(text, hint.style)
            if self.force_double and hint.is_str:
                return _double_quoted(text)
            return text
        if isinstance(v, str):
            return self.string(v, hint.style if hint.style in ('"', "'", None) else None, flow)
        raise FrontMatterError(f"type de valeur non pris en charge : {type(v).__name__}")

    def render(self, v: Any, hint: _Hint, key_col: int, flow: bool) -> _Inline | _Block:
        doc = self.doc
        if isinstance(v, Mapping):
            if not v:
                return _Inline("{}")
            if flow:
                return _Inline(self.flow_map(v))
            col = hint.content_indent if hint.content_indent is not None else key_col + doc.indent_step
            lines: list[str] = []
            for k, item in v.items():
                lines += self.entry_lines(str(k), item, col)
            return _Block("", lines)
        if isinstance(v, list | tuple):
            items = list(v)
            if not items:
                return _Inline("[]")
            nested = any(isinstance(x, Mapping | list | tuple) for x in items)
            want_flow = flow or hint.seq == "flow" or (hint.seq is None and doc.seq_flow and not nested)
            if want_flow:
                return _Inline(self.flow_seq(items, hint))
            col = hint.content_indent if hint.content_indent is not None else key_col + doc.seq_offset
            return _Block("", self.block_seq(items, col, hint.item_style if hint.seq else doc.item_style))
        if isinstance(v, str) and not self.force_double and ("\n" in v or hint.style in ("|", ">")) and not flow:
            block = self.block_scalar(v, hint, key_col)
            if block is not None:
                return block
        return _Inline(self.scalar(v, hint, flow))

    def flow_seq(self, items: list[Any], hint: _Hint) -> str:
        style = hint.item_style if hint.seq else self.doc.item_style
        parts = [self.flow_value(x, style) for x in items]
        pad = " " if hint.flow_padding else ""
        return "[" + pad + ", ".join(parts) + pad + "]"

    def flow_map(self, v: Mapping[Any, Any]) -> str:
        parts = [f"{self.key(str(k))}: {self.flow_value(x, self.doc.str_style)}" for k, x in v.items()]
        return "{" + ", ".join(parts) + "}"

    def flow_value(self, x: Any, style: str | None) -> str:
        if isinstance(x, Mapping):
            return self.flow_map(x)
        if isinstance(x, list | tuple):
            return self.flow_seq(list(x), _Hint(seq="flow", item_style=style))
        if isinstance(x, str):
            return self.string(x, style if style in ('"', "'") else None, flow=True)
        return self.scalar(x, _Hint(), flow=True)

    def block_seq(self, items: list[Any], col: int, style: str | None) -> list[str]:
        pad = " " * col
        lines: list[str] = []
        for x in items:
            if isinstance(x, Mapping) and x:
                sub: list[str] = []
                for k, item in x.items():
                    sub += self.entry_lines(str(k), item, col + 2)
                sub[0] = pad + "- " + sub[0][col + 2 :]
                lines += sub
            elif isinstance(x, list | tuple) or isinstance(x, Mapping):
                lines.append(f"{pad}- {self.flow_value(x, style)}")
            elif isinstance(x, str):
                quote = style if style in ('"', "'") else None
                lines.append(f"{pad}- {self.string(x, quote, flow=False)}")
            else:
                lines.append(f"{pad}- {self.scalar(x, _Hint(), flow=False)}")
        return lines

    def entry_lines(self, key: str, v: Any, col: int) -> list[str]:
        r = self.render(v, _Hint(style=self.doc.str_style), col, flow=False)
        head = " " * col + self.key(key) + ":"
        if isinstance(r, _Inline):
            return [head + " " + r.text]
        return [head + r.header] + r.lines

    def block_scalar(self, s: str, hint: _Hint, key_col: int) -> _Block | None:
        if not s or "\r" in s or _NON_PRINTABLE.search(s) or s.strip(" \n") == "":
            return None
        col = hint.content_indent if hint.content_indent is not None else key_col + self.doc.indent_step
        col = max(col, key_col + 1)
        if s.endswith("\n\n"):
            chomp = "+"
        elif s.endswith("\n"):
            chomp = ""
        else:
            chomp = "-"
        body = s[:-1] if s.endswith("\n") else s
        indicator = str(col - key_col) if body[:1] in (" ", "\n") else ""
        folded = hint.style == ">" and "\n" not in body and "  " not in body and "\t" not in body
        pad = " " * col
        if folded:
            lines = [pad + part for part in _wrap(body, max(hint.fold_width - col, 20))]
            return _Block(" >" + indicator + chomp, lines)
        lines = [pad + line if line else "" for line in body.split("\n")]
        return _Block(" |" + indicator + chomp, lines)


def _wrap(s: str, width: int) -> list[str]:
    """Split s at single spaces so that a folded block scalar reads back as exactly s."""
    words = s.split(" ")
    lines: list[str] = []
    current = ""
    for w in words:
        if current and len(current) + 1 + len(w) > width:
            lines.append(current)
            current = w
        else:
            current = f"{current} {w}" if current else w
    lines.append(current)
    return lines


def _hint(doc: _Doc, e: _Entry) -> _Hint:
    v = e.value
    c = doc.content
    h = _Hint()
    if e.alias:
        return h
    if isinstance(v, ScalarNode):
        h.style = v.style
        h.source = c[_skip_properties(c, e.start) : e.end] if not e.empty else ""
        tag = str(v.tag)
        h.is_str = tag == _YAML_TAG + "str"
        h.is_null = tag == _YAML_TAG + "null"
        h.is_bool = tag == _YAML_TAG + "bool"
        if v.style in ("|", ">"):
            lines = [x for x in c[e.start : e.end].splitlines()[1:] if x.strip()]
            if lines:
                h.content_indent = min(len(x) - len(x.lstrip(" ")) for x in lines)
                h.fold_width = max(80, max(len(x) for x in lines))
    elif isinstance(v, SequenceNode):
        h.seq = "flow" if v.flow_style else "block"
        scalars = [x for x in v.value if isinstance(x, ScalarNode)]
        h.item_style = scalars[0].style if scalars else doc.item_style
        if v.flow_style:
            h.flow_padding = c[e.start + 1 : e.start + 2] == " " and len(v.value) > 0
        else:
            h.content_indent = v.start_mark.column
    elif isinstance(v, MappingNode) and not v.flow_style:
        keys = [k for k, _ in v.value]
        if keys:
            h.content_indent = keys[0].start_mark.column
    return h


# --------------------------------------------------------------------------------------------------- YAML edits


def _key_line_comment(c: str, e: _Entry) -> str:
    """A comment written after `key:` when the value is a block on the next lines."""
    after = c[e.colon_end : _line_content_end(c, e.colon_end)]
    after = after[_skip_properties(after, len(after) - len(after.lstrip())) :] if after.strip() else after
    return " " + after.strip() if after.strip().startswith("#") else ""


def _anchor(e: _Entry) -> str:
    a = getattr(e.value, "anchor", None)
    return f"&{a}" if a and not e.alias else ""


def _replace_value(doc: _Doc, e: _Entry, r: _Inline | _Block) -> str:
    c = doc.content
    nl = doc.newline
    anchor = _anchor(e)
    v = e.value
    old_block_coll = isinstance(v, MappingNode | SequenceNode) and not v.flow_style and not e.alias
    old_block_scalar = isinstance(v, ScalarNode) and v.style in ("|", ">") and not e.alias
    if isinstance(r, _Inline):
        if e.in_flow:
            return c[: e.start] + (anchor + " " if anchor else "") + r.text + c[e.end :]
        if old_block_coll:
            comment = _key_line_comment(c, e)
            new = " " + (anchor + " " if anchor else "") + r.text + comment
            return c[: e.colon_end] + new + c[e.end :]
        if e.empty:
            return c[: e.colon_end] + " " + r.text + c[e.end :]
        return c[: e.start] + (anchor + " " if anchor else "") + r.text + c[e.end :]
    if e.in_flow:
        raise FrontMatterError("valeur sur plusieurs lignes impossible dans une liste ou table en ligne")
    body = nl.join(r.lines)
    prefix = " " + anchor if anchor else ""
    if old_block_scalar and r.header.startswith((" |", " >")):
        return c[: e.start] + (anchor + " " if anchor else "") + r.header.lstrip() + nl + body + c[e.end :]
    if old_block_coll:
        return c[: e.colon_end] + prefix + r.header + _key_line_comment(c, e) + nl + body + c[e.end :]
    # An inline value becomes a block: a trailing comment moves up to the key's line.
    line_end = _line_content_end(c, e.end)
    rest = c[e.end : line_end]
    comment = " " + rest.strip() if rest.strip().startswith("#") else ""
    tail = c[line_end:] if comment else c[e.end :]
    return c[: e.colon_end] + prefix + r.header + comment + nl + body + tail


def _insert_key(doc: _Doc, m: _Map, key: str, value: Any, w: _Writer) -> str:
    c = doc.content
    nl = doc.newline
    if m.flow:
        assert m.node is not None
        r = w.render(value, _Hint(style=doc.str_style), 0, flow=True)
        assert isinstance(r, _Inline)
        pair = f"{w.key(key)}: {r.text}"
        if m.entries:
            pos = max(e.end for e in m.entries)
            return c[:pos] + ", " + pair + c[pos:]
        close = m.node.end_mark.index - 1
        return c[:close] + pair + c[close:]
    lines = w.entry_lines(key, value, m.indent)
    if m.entries:
        pos = _line_end_incl(c, max(e.end for e in m.entries))
    else:
        pos = len(c)
    insert = nl.join(lines) + nl
    if pos == len(c) and c and not c.endswith(("\n", "\r")):
        insert = nl + insert
    return c[:pos] + insert + c[pos:]


def _delete_entry(doc: _Doc, e: _Entry) -> str:
    c = doc.content
    parent = doc.maps[e.path[:-1]]
    if e.in_flow:
        start, end = e.key_start, e.end
        j = end
        while j < len(c) and c[j] in " \t":
            j += 1
        if j < len(c) and c[j] == ",":
            j += 1
            while j < len(c) and c[j] in " \t":
                j += 1
            return c[:start] + c[j:]
        i = start
        while i > 0 and c[i - 1] in " \t":
            i -= 1
        if i > 0 and c[i - 1] == ",":
            return c[: i - 1] + c[end:]
        return c[:start] + c[end:]
    start = _line_start(c, e.key_start)
    end = _line_end_incl(c, e.end)
    if len(parent.entries) == 1 and parent.path:
        # The mapping would be left empty (read as null): keep it a mapping.
        owner = doc.entries[parent.path]
        return c[: owner.colon_end] + " {}" + doc.newline + c[end:]
    return c[:start] + c[end:]


_DASH_PREFIX = re.compile(r" *-[ \t]+")


def _item_key(x: Any) -> tuple[str, str]:
    return type(x).__name__, repr(x)


def _edit_items(doc: _Doc, e: _Entry, value: Any, w: _Writer) -> str | None:
    """A list of scalars edited item by item, like a person would: None when the old or new list is not that simple.

    Unchanged items keep their bytes; a changed item (one for one) keeps its quote style and trailing comment;
    a removed item loses its own line(s) (full-line comments stay); a new item is written like its neighbours
    (dash and indentation, or separator in a flow list); a moved item carries its text and comment along.
    """
    v = e.value
    if e.alias or not isinstance(v, SequenceNode) or not isinstance(value, list | tuple) or not value:
        return None
    new = [_plain_value(x) for x in value]
    old = _get(doc.data, e.path)
    spans = doc.items.get(e.path)
    nodes = v.value
    if any(isinstance(x, Mapping | list | tuple) for x in new) or not isinstance(old, list) or not spans:
        return None
    if not (len(old) == len(spans) == len(nodes)):
        return None
    c = doc.content
    flow = bool(v.flow_style)
    if flow:
        bounds = [v.start_mark.index + 1] + [x for span in spans for x in span] + [v.end_mark.index - 1]
        if any("#" in c[a:b] for a, b in zip(bounds[::2], bounds[1::2], strict=True)):
            return None  # comments inside the brackets: the list is written anew
    for n, (s, end) in zip(nodes, spans, strict=True):
        if not isinstance(n, ScalarNode) or n.style in ("|", ">") or s >= end or c[s] in "&!*":
            return None
        if not flow:
            after = c[end : _line_content_end(c, end)].strip()
            if not _DASH_PREFIX.fullmatch(c[_line_start(c, s) : s]) or (after and not after.startswith("#")):
                return None
    styles = [n.style for n in nodes if str(n.tag) == _YAML_TAG + "str"]
    style = max(styles, key=styles.count) if styles else doc.item_style
    quotes = [x for x in styles if x in ('"', "'")]
    quote = max(quotes, key=quotes.count) if quotes else doc.quote  # when a plain item needs quotes

    def string(x: str, item_style: str | None) -> str:
        if item_style in ('"', "'") or w.force_double:
            return w.string(x, item_style, flow)
        return x if _plain_ok(x, flow) else _quoted(x, quote)

    def fresh(x: Any) -> str:
        if isinstance(x, str):
            return string(x, style)
        return w.scalar(x, _Hint(), flow)

    def rewritten(i: int, x: Any) -> str:
        n = nodes[i]
        if isinstance(x, str):
            return string(x, n.style)
        tag = str(n.tag)
        hint = _Hint(source=c[spans[i][0] : spans[i][1]], is_null=tag == _YAML_TAG + "null")
        hint.is_bool = tag == _YAML_TAG + "bool"
        return w.scalar(x, hint, flow)

    old_keys = [_item_key(x) for x in old]
    new_keys = [_item_key(x) for x in new]
    edits: list[tuple[int, int, str]] = []
    deleted: list[tuple[int, int]] = []  # runs of removed old items
    inserts: list[tuple[int, list[int]]] = []  # (old item the new ones follow, -1 for the front; new indexes)
    old_set, new_set = set(old_keys), set(new_keys)
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, old_keys, new_keys, autojunk=False).get_opcodes():
        if tag == "equal":
            continue
        moved = any(k in new_set for k in old_keys[i1:i2]) or any(k in old_set for k in new_keys[j1:j2])
        if tag == "replace" and i2 - i1 == j2 - j1 and not moved:
            for i, j in zip(range(i1, i2), range(j1, j2), strict=True):
                edits.append((spans[i][0], spans[i][1], rewritten(i, new[j])))
            continue
        if i2 > i1:
            deleted.append((i1, i2))
        if j2 > j1:
            inserts.append((i1 - 1, list(range(j1, j2))))
    if sum(i2 - i1 for i1, i2 in deleted) == len(nodes) and flow:
        return None  # nothing left to copy the separator from: the list is written anew
    # A moved item carries its own text (quotes, comment) to its new place.
    pool: dict[tuple[str, str], list[int]] = {}
    for i1, i2 in deleted:
        for i in range(i1, i2):
            pool.setdefault(old_keys[i], []).append(i)

    def text_of(j: int) -> str:
        taken = pool.get(new_keys[j])
        if taken:
            i = taken.pop(0)
            s, end = spans[i]
            return c[s : _line_content_end(c, end)] if not flow else c[s:end]
        return fresh(new[j])

    nl = doc.newline
    if flow:
        sep = c[spans[0][1] : spans[1][0]] if len(spans) > 1 else ", "
        if "#" in sep or "," not in sep:
            sep = ", "
        for i1, i2 in deleted:
            if i2 < len(nodes):
                edits.append((spans[i1][0], spans[i2][0], ""))
            else:
                edits.append((spans[i1 - 1][1], spans[i2 - 1][1], ""))
        for k, js in inserts:
            if k < 0:
                edits.append((spans[0][0], spans[0][0], "".join(text_of(j) + sep for j in js)))
            else:
                edits.append((spans[k][1], spans[k][1], "".join(sep + text_of(j) for j in js)))
    else:
        for i1, i2 in deleted:
            for i in range(i1, i2):  # one item at a time: comment lines between them stay
                edits.append((_line_start(c, spans[i][0]), _line_end_incl(c, spans[i][1]), ""))
        prefixes = [c[_line_start(c, s) : s] for s, _ in spans]
        prefix = max(prefixes, key=prefixes.count)  # "  - ": the items' usual indentation and dash
        for k, js in inserts:
            pos = _line_end_incl(c, spans[k][1]) if k >= 0 else _line_start(c, spans[0][0])
            lines = [prefix + text_of(j) for j in js]
            if pos == len(c) and not c.endswith(("\n", "\r")):
                edits.append((pos, pos, "".join(nl + x for x in lines)))
            else:
                edits.append((pos, pos, "".join(x + nl for x in lines)))
    # Right to left; at one offset a removal goes before an insertion so that it never eats it.
    for start, end, text in sorted(edits, key=lambda x: (x[0], x[1]), reverse=True):
        c = c[:start] + text + c[end:]
    return c


def _resolve_path(key: str) -> tuple[str, ...]:
    parts = tuple(key.split("."))
    if not key or any(p == "" for p in parts):
        raise FrontMatterError(f"clé invalide : « {key} »")
    return parts


def _flatten(changes: Mapping[str, Any]) -> list[tuple[tuple[str, ...], Any]]:
    out: list[tuple[tuple[str, ...], Any]] = []

    def add(path: tuple[str, ...], v: Any) -> None:
        if isinstance(v, Mapping) and v:
            for k, x in v.items():
                add(path + (str(k),), x)
        else:
            out.append((path, v))

    for key, v in changes.items():
        add(_resolve_path(key), v)
    return out


def _plain_value(v: Any) -> Any:
    if isinstance(v, Mapping):
        return {str(k): _plain_value(x) for k, x in v.items()}
    if isinstance(v, list | tuple):
        return [_plain_value(x) for x in v]
    return v


def _get(data: Any, path: tuple[str, ...]) -> Any:
    for p in path:
        if not isinstance(data, dict) or p not in data:
            return _MISSING
        data = data[p]
    return data


def _with(data: Any, path: tuple[str, ...], value: Any) -> Any:
    """A copy of data with path set (value _MISSING deletes)."""
    if not path:
        return value
    base = dict(data) if isinstance(data, dict) else {}
    head = path[0]
    if len(path) == 1:
        if value is _MISSING:
            base.pop(head, None)
        else:
            base[head] = value
        return base
    base[head] = _with(base.get(head), path[1:], value)
    return base


_MISSING: Any = object()


def _same(a: Any, b: Any) -> bool:
    if type(a) is not type(b) and not (isinstance(a, int | float) and isinstance(b, int | float)):
        if not (isinstance(a, dt.date) and isinstance(b, dt.date)):
            return False
    if isinstance(a, dict):
        return a.keys() == b.keys() and all(_same(a[k], b[k]) for k in a)
    if isinstance(a, list):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, float) and isinstance(b, float) and math.isnan(a) and math.isnan(b):
        return True
    if isinstance(a, dt.datetime) != isinstance(b, dt.datetime):
        return False
    if isinstance(a, dt.datetime) and isinstance(b, dt.datetime) and (a.tzinfo is None) != (b.tzinfo is None):
        return False
    return bool(a == b)


def _identical(a: Any, b: Any) -> bool:
    """Same value and same types all the way down (1 is not 1.0 nor True): setting b where a is changes nothing."""
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return a.keys() == b.keys() and all(_identical(a[k], b[k]) for k in a)
    if isinstance(a, list):
        return len(a) == len(b) and all(_identical(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, float) and math.isnan(a) and math.isnan(b):
        return True
    if isinstance(a, dt.datetime) and a.utcoffset() != b.utcoffset():
        return False  # 10:00+02:00 and 08:00Z are the same instant, not the same text
    return bool(a == b)


def _expected(v: Any, hint: _Hint) -> Any:
    v = _plain_value(v)
    if isinstance(v, dt.date) and hint.is_str:
        # The file keeps dates as text (quoted, or a generator's own form): the text is what must read back.
        return _format_datetime(v, hint.source)
    return v


def _yaml_apply(text: str, sp: Split, path: tuple[str, ...], value: Any, delete: bool) -> str:
    """One change on a YAML front matter; returns the new whole text."""
    doc = _yaml_doc(text, sp)
    e = doc.entries.get(path)
    # A list is first edited item by item (other items' lines untouched), then written anew if that fails.
    by_item = e is not None and not delete and isinstance(e.value, SequenceNode) and isinstance(value, list | tuple)
    attempts = [(False, False)] if delete else [(False, True), (True, True), (False, False), (True, False)]
    last_error: FrontMatterError | None = None
    for force_double, item_edit in attempts:
        if item_edit and not by_item:
            continue
        w = _Writer(doc, force_double)
        expected_value: Any = _MISSING if delete else _plain_value(value)
        if delete:
            if e is None:
                return text
            new_content = _delete_entry(doc, e)
            if len(doc.maps[path[:-1]].entries) == 1 and path[:-1]:
                expected = _with(doc.data, path[:-1], {})
            else:
                expected = _with(doc.data, path, _MISSING)
        elif e is not None:
            hint = _hint(doc, e)
            expected_value = _expected(value, hint)
            if _identical(_get(doc.data, path), expected_value):
                return text  # the value it already has: not one byte changes, whatever its style
            if item_edit:
                edited = _edit_items(doc, e, value, w)
                if edited is None:
                    continue
                new_content = edited
            else:
                r = w.render(value, hint, e.key.start_mark.column, e.in_flow)
                new_content = _replace_value(doc, e, r)
            expected = _with(doc.data, path, expected_value)
        else:
            new_content = _yaml_insert(doc, path, value, w)
            expected = _with(doc.data, path, expected_value)
        new_text = text[: sp.content_start] + new_content + text[sp.content_end :]
        try:
            after = _yaml_doc(new_text, split(new_text))
        except FrontMatterError as exc:
            last_error = exc
            continue
        if doc.has_anchors:
            ok = delete or _same(_get(after.data, path), expected_value)
        else:
            ok = _same(_plain_value(after.data), expected)
        if ok:
            return new_text
    detail = f" ({last_error})" if last_error else ""
    raise FrontMatterError(f"modification impossible pour « {'.'.join(path)} »{detail}")


def _yaml_insert(doc: _Doc, path: tuple[str, ...], value: Any, w: _Writer) -> str:
    for i in range(len(path) - 1, -1, -1):
        prefix = path[:i]
        nested: Any = value
        for part in reversed(path[i + 1 :]):
            nested = {part: nested}
        if prefix in doc.maps:
            return _insert_key(doc, doc.maps[prefix], path[i], nested, w)
        owner = doc.entries.get(prefix)
        if owner is not None:
            if owner.alias:
                raise FrontMatterError(f"« {'.'.join(prefix)} » est un alias YAML : modifiez-le en texte YAML")
            v = owner.value
            if isinstance(v, ScalarNode) and str(v.tag) == _YAML_TAG + "null":
                r = w.render({path[i]: nested}, _Hint(), owner.key.start_mark.column, owner.in_flow)
                return _replace_value(doc, owner, r)
            raise FrontMatterError(f"« {'.'.join(prefix)} » n'est pas une table : impossible d'y ajouter une clé")
    raise FrontMatterError("front matter YAML illisible")  # the root map always exists


# --------------------------------------------------------------------------------------------------- TOML edits

_TOML_BARE = r"[A-Za-z0-9_-]+"
_TOML_KEY_PART = rf'(?:{_TOML_BARE}|"(?:[^"\\\n]|\\.)*"|\'[^\'\n]*\')'
_TOML_DOTTED = rf"{_TOML_KEY_PART}(?:[ \t]*\.[ \t]*{_TOML_KEY_PART})*"
_TOML_HEADER = re.compile(rf"[ \t]*(\[\[?)[ \t]*({_TOML_DOTTED})[ \t]*\]\]?[ \t]*(?:#.*)?$")
_TOML_ASSIGN = re.compile(rf"[ \t]*({_TOML_DOTTED})[ \t]*=[ \t]*")
_TOML_DATETIME = re.compile(r"\d{4}-\d{2}-\d{2}(?:[Tt ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:[Zz]|[+-]\d{2}:\d{2})?)?")


def _toml_key_parts(dotted: str) -> tuple[str, ...]:
    parts = re.findall(_TOML_KEY_PART, dotted)
    out = []
    for p in parts:
        if p.startswith('"'):
            out.append(str(tomllib.loads(f"k = {p}")["k"]))
        elif p.startswith("'"):
            out.append(p[1:-1])
        else:
            out.append(p)
    return tuple(out)


def _toml_value_end(s: str, i: int) -> int:
    """End of the TOML value starting at i (strings, arrays, inline tables, bare values)."""
    n = len(s)
    for q in ('"""', "'''"):
        if s.startswith(q, i):
            j = i + 3
            while j < n:
                if q == '"""' and s[j] == "\\":
                    j += 2
                    continue
                if s.startswith(q, j):
                    j += 3
                    extra = 0
                    while j < n and s[j] == q[0] and extra < 2:
                        j += 1
                        extra += 1
                    return j
                j += 1
            return n
    c = s[i : i + 1]
    if c == '"':
        j = i + 1
        while j < n and s[j] not in '"\n':
            j += 2 if s[j] == "\\" else 1
        return min(j + 1, n)
    if c == "'":
        j = s.find("'", i + 1)
        return n if j == -1 else j + 1
    if c in ("[", "{"):
        depth = 0
        j = i
        while j < n:
            ch = s[j]
            if ch in "\"'":
                j = _toml_value_end(s, j)
                continue
            if ch == "#":
                j = _line_content_end(s, j)
                continue
            if ch in "[{":
                depth += 1
            elif ch in "]}":
                depth -= 1
                if depth == 0:
                    return j + 1
            j += 1
        return n
    m = _TOML_DATETIME.match(s, i)
    if m:
        return m.end()
    j = i
    while j < n and not s[j].isspace() and s[j] not in ",]}#":
        j += 1
    return j


@dataclass
class _TomlEntry:
    path: tuple[str, ...]
    line_start: int
    start: int
    end: int
    source: str


@dataclass
class _TomlDoc:
    content: str
    entries: dict[tuple[str, ...], _TomlEntry]
    tables: dict[tuple[str, ...], int]  # table path -> end of its last line (header or entry)
    root_end: int  # where a new top-level key goes
    newline: str


def _toml_index(content: str) -> _TomlDoc:
    entries: dict[tuple[str, ...], _TomlEntry] = {}
    tables: dict[tuple[str, ...], int] = {}
    table: tuple[str, ...] | None = ()
    root_end = 0
    first_header: int | None = None
    pos = 0
    n = len(content)
    while pos < n:
        line_end = _line_content_end(content, pos)
        line = content[pos:line_end]
        header = _TOML_HEADER.match(line)
        assign = _TOML_ASSIGN.match(line)
        if header and not assign:
            if first_header is None:
                first_header = pos
            if header.group(1) == "[[":
                table = None  # keys of arrays of tables are not addressable
            else:
                table = _toml_key_parts(header.group(2))
                tables[table] = _line_end_incl(content, pos)
            pos = _line_end_incl(content, pos)
            continue
        if assign:
            start = pos + assign.end()
            end = _toml_value_end(content, start)
            if table is not None:
                path = table + _toml_key_parts(assign.group(1))
                entries[path] = _TomlEntry(path, pos, start, end, content[start:end])
                after = _line_end_incl(content, end)
                tables[table] = after
                if table == ():
                    root_end = after
            pos = _line_end_incl(content, end)
            continue
        pos = _line_end_incl(content, pos)
    if root_end == 0:
        # No top-level key yet: a new one goes before the first table (or at the end).
        root_end = first_header if first_header is not None else n
    return _TomlDoc(content, entries, tables, root_end, _detect_newline(content))


def _toml_headers(content: str) -> list[tuple[tuple[str, ...], int]]:
    """The [table] headers of content (not [[arrays]]): table path and offset of the header line."""
    out: list[tuple[tuple[str, ...], int]] = []
    pos, n = 0, len(content)
    while pos < n:
        line = content[pos : _line_content_end(content, pos)]
        header = _TOML_HEADER.match(line)
        assign = _TOML_ASSIGN.match(line)
        if header and not assign and header.group(1) == "[":
            out.append((_toml_key_parts(header.group(2)), pos))
        end = _toml_value_end(content, pos + assign.end()) if assign else pos
        pos = _line_end_incl(content, end)
    return out


def _toml_string(s: str, old: str | None) -> str:
    if old and old.startswith("'") and not old.startswith("'''") and "'" not in s:
        if not re.search("[\x00-\x08\x0a-\x1f\x7f]", s):
            return "'" + s + "'"
    out = []
    for ch in s:
        if ch == "\\":
            out.append("\\\\")
        elif ch == '"':
            out.append('\\"')
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ch == "\r":
            out.append("\\r")
        elif ord(ch) < 0x20 or ord(ch) == 0x7F:
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def _toml_value(v: Any, old: str | None, key: str) -> str:
    if v is None:
        raise FrontMatterError(
            f"front matter TOML : modification non prise en charge pour « {key} » (TOML n'a pas de valeur nulle)"
        )
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        if math.isnan(v):
            return "nan"
        if math.isinf(v):
            return "inf" if v > 0 else "-inf"
        return repr(v)
    if isinstance(v, dt.date):
        return _format_datetime(v, old)
    if isinstance(v, str):
        return _toml_string(v, old)
    if isinstance(v, list | tuple):
        first = None
        if old and old.startswith("["):
            m = re.match(r"\[\s*(['\"])", old)
            first = m.group(1) if m else None
        parts = [_toml_value(x, first, key) for x in v]
        pad = " " if old and old.startswith("[ ") and parts else ""
        return "[" + pad + ", ".join(parts) + pad + "]"
    if isinstance(v, Mapping):
        parts = [f"{_toml_key(str(k))} = {_toml_value(x, None, key)}" for k, x in v.items()]
        return "{ " + ", ".join(parts) + " }" if parts else "{}"
    raise FrontMatterError(f"front matter TOML : modification non prise en charge pour « {key} »")


def _toml_key(k: str) -> str:
    return k if re.fullmatch(_TOML_BARE, k) else _toml_string(k, None)


def _toml_apply(text: str, sp: Split, path: tuple[str, ...], value: Any, delete: bool) -> str:
    before = _toml_load(text, sp)
    content = text[sp.content_start : sp.content_end]
    doc = _toml_index(content)
    key = ".".join(path)
    nl = doc.newline
    e = doc.entries.get(path)
    if delete:
        if e is not None:
            new_content = content[: e.line_start] + content[_line_end_incl(content, e.end) :]
        elif _get(before, path) is _MISSING:
            return text
        else:
            # A [table]: its header and lines go, with its [sub.tables]; what follows its last line stays.
            spans: list[tuple[int, int]] = []
            for t, start in _toml_headers(content):
                if t[: len(path)] == path and spans and spans[-1][1] == start:
                    spans[-1] = (spans[-1][0], doc.tables[t])  # a sub-table right after its parent
                elif t[: len(path)] == path:
                    spans.append((start, doc.tables[t]))
            if not spans:
                raise FrontMatterError(f"front matter TOML : modification non prise en charge pour « {key} »")
            new_content, kept = "", 0
            for start, end in spans:
                new_content += content[kept:start]
                kept = end
                blank = re.match(r"[ \t]*(\r\n|\n|\r)", content[end:])
                if blank and (start == 0 or not content[:start].splitlines()[-1].strip()):
                    kept = end + blank.end()  # the blank line that set the table apart goes with it
            new_content += content[kept:]
        expected = _with(before, path, _MISSING)
    else:
        expected = _with(before, path, _plain_value(value))
        if _identical(_get(before, path), _plain_value(value)):
            return text  # the value it already has: not one byte changes
        if e is not None:
            new_content = content[: e.start] + _toml_value(value, e.source, key) + content[e.end :]
        else:
            table, last = path[:-1], path[-1]
            line = f"{_toml_key(last)} = {_toml_value(value, None, key)}{nl}"
            if table == () or table in doc.tables:
                pos = doc.tables[table] if table else doc.root_end
                new_content = content[:pos] + line + content[pos:]
            else:
                header = "[" + ".".join(_toml_key(p) for p in table) + "]"
                sep = "" if not content or content.endswith(("\n", "\r")) else nl
                new_content = content + sep + header + nl + line
    new_text = text[: sp.content_start] + new_content + text[sp.content_end :]
    try:
        after = _toml_load(new_text, split(new_text))
    except FrontMatterError:
        after = None
    if after is None or not _same(_plain_value(after), _plain_value(expected)):
        raise FrontMatterError(f"front matter TOML : modification non prise en charge pour « {key} »")
    return new_text


# --------------------------------------------------------------------------------------------------- public edits


def _unclosed(text: str) -> FrontMatterError | None:
    """The error of a text that opens a front matter (--- or +++ alone on its first line) and never closes it."""
    fence = text[: _line_content_end(text, 0)].rstrip(" \t")
    if fence in _FENCES and split(text).format is None:
        return FrontMatterError(
            f"front matter jamais fermé : la ligne « {fence} » du début n'a pas de ligne « {fence} » qui la ferme",
            1,
            1,
            offset=0,
            title="Front matter invalide",
        )
    return None


def _ensure_front_matter(text: str) -> tuple[str, Split]:
    sp = split(text)
    unclosed = _unclosed(text) if sp.format is None else None
    if unclosed is not None:
        raise unclosed  # a second block stacked above it would hide the editor's text
    if sp.format is None:
        nl = _detect_newline(text)
        text = f"---{nl}---{nl}" + text
        sp = split(text)
    return text, sp


def set_values(text: str, changes: Mapping[str, Any]) -> str:
    """Set dotted keys ("seo.title") in the front matter, changing only those keys' lines.

    A text without front matter gets a YAML block at the top. A dict value sets each of its keys.
    Raises FrontMatterError for an unreadable front matter, a path through a non-mapping, or an edit
    that would not read back exactly (the text is then left as it was: the caller keeps the old one).
    """
    current = parse(text).data
    if current is not None:
        # A value equal to the current one (a whole table included: merged keys are not re-written) is no change.
        changes = {k: v for k, v in changes.items() if not _identical(_get(current, _resolve_path(k)), _plain_value(v))}
    flat = _flatten(changes)
    if not flat:
        return text
    text, sp = _ensure_front_matter(text)
    for path, value in flat:
        sp = split(text)
        text = _apply(text, sp, path, value, delete=False)
    return text


def delete_keys(text: str, keys: Iterable[str]) -> str:
    """Remove the given dotted keys (their whole lines); missing keys are ignored."""
    for key in keys:
        sp = split(text)
        if sp.format is None:
            return text
        text = _apply(text, sp, _resolve_path(key), None, delete=True)
    return text


def _apply(text: str, sp: Split, path: tuple[str, ...], value: Any, delete: bool) -> str:
    if sp.format == "yaml":
        return _yaml_apply(text, sp, path, value, delete)
    if sp.format == "toml":
        return _toml_apply(text, sp, path, value, delete)
    raise FrontMatterError(
        f"front matter JSON : modification non prise en charge pour « {'.'.join(path)} » ; modifiez le texte brut"
    )


def parse_flow_value(value: str) -> Any:
    """A command-line VALUE read as a YAML flow value, safely: `true`, `[a, b]`, `2021-05-01`, `"x: y"`."""
    if "\n" in value or "\r" in value:
        raise FrontMatterError("valeur invalide : une seule ligne attendue")
    quote_it = "valeur YAML invalide : mettez-la entre guillemets"
    try:
        node, data = _compose_and_load(value, value, 0)
    except FrontMatterError as err:
        raise FrontMatterError(f"valeur YAML invalide : {err.message} ; mettez-la entre guillemets") from None
    if data is None and value.strip() not in ("", "null", "Null", "NULL", "~"):
        # `#1 des ventes`, `---`: text that YAML reads as nothing would be written as null.
        raise FrontMatterError(f"{quote_it} (« {value.strip()} » se lit comme une valeur vide)")
    if node is None:
        return None
    if _has_anchor(node):  # `&a`: an anchor alone reads as null, an anchor in a list is not what was typed
        raise FrontMatterError(f"{quote_it} (« & » y marque une ancre YAML)")
    if isinstance(node, MappingNode) and not node.flow_style:
        raise FrontMatterError("valeur YAML invalide : mettez-la entre guillemets (elle contient « : »)")
    if isinstance(node, ScalarNode | SequenceNode | MappingNode) and node.end_mark.index < len(value.rstrip()):
        raise FrontMatterError("valeur YAML invalide : mettez-la entre guillemets (elle contient « # »)")
    return _plain_value(data)


def _has_anchor(node: Node) -> bool:
    if getattr(node, "anchor", None):
        return True
    if isinstance(node, SequenceNode):
        return any(_has_anchor(x) for x in node.value)
    if isinstance(node, MappingNode):
        return any(_has_anchor(k) or _has_anchor(v) for k, v in node.value)
    return False


def value_spans(text: str) -> dict[str, tuple[int, int]]:
    """Dotted key -> code-point span [start, end) of its value in the whole text (quotes included).

    List items appear as "tags.0", "tags.1"... Empty for a missing or unreadable front matter, or JSON.
    """
    return parse_with_spans(text)[1]


def parse_with_spans(text: str) -> tuple[Parsed, dict[str, tuple[int, int]]]:
    """parse() and value_spans() in one reading of the YAML."""
    sp = split(text)
    if sp.format != "yaml":
        parsed = parse(text)
        return parsed, (_spans(text, sp, None) if parsed.error is None else {})
    try:
        doc = _yaml_doc(text, sp)
    except FrontMatterError as exc:
        return Parsed(sp.format, None, exc, sp), {}
    return Parsed(sp.format, doc.data, None, sp), _spans(text, sp, doc)


def _spans(text: str, sp: Split, doc: _Doc | None) -> dict[str, tuple[int, int]]:
    base = sp.content_start
    out: dict[str, tuple[int, int]] = {}
    if doc is not None:
        for path, e in doc.entries.items():
            out[".".join(path)] = (base + e.start, base + e.end)
        for path, spans in doc.items.items():
            for i, (s, t) in enumerate(spans):
                out[".".join(path + (str(i),))] = (base + s, base + t)
    elif sp.format == "toml":
        tdoc = _toml_index(text[sp.content_start : sp.content_end])
        for path, te in tdoc.entries.items():
            out[".".join(path)] = (base + te.start, base + te.end)
    return out


# --------------------------------------------------------------------------------------------------- form support


def field_type(value: Any) -> str:
    """The form widget for a value: string, text, bool, int, float, date, datetime, list, mapping, null, complex."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "bool"
    if isinstance(value, int):
        return "int"
    if isinstance(value, float):
        return "float"
    if isinstance(value, dt.datetime):
        return "datetime"
    if isinstance(value, dt.date):
        return "date"
    if isinstance(value, str):
        return "text" if "\n" in value else "string"
    if isinstance(value, list | tuple):
        if all(isinstance(x, str | int | float | bool) and x is not None for x in value):
            return "list"
        return "complex"
    if isinstance(value, Mapping):
        return "mapping"
    return "complex"


def complex_keys(text: str) -> set[str]:
    """Dotted keys the form must show as YAML text: anchors, aliases, merges and non-scalar lists."""
    sp = split(text)
    if sp.format != "yaml":
        return set()
    doc = _yaml_doc(text, sp)
    out: set[str] = set()
    for path, e in doc.entries.items():
        v = e.value
        if (
            e.alias
            or getattr(v, "anchor", None)
            or (isinstance(v, MappingNode) and any(_is_merge(k) for k, _ in v.value))
        ):
            out.add(".".join(path))
        elif field_type(_get(doc.data, path)) == "complex":
            out.add(".".join(path))
    # Children of a complex value are edited with it.
    return {k for k in out if not any(k.startswith(o + ".") for o in out)}


def get_yaml_text(text: str, key: str) -> str:
    """The YAML source of one value, dedented, with "\\n" line breaks (for a value the form cannot represent)."""
    sp = split(text)
    if sp.format != "yaml":
        raise FrontMatterError("texte YAML disponible seulement pour un front matter YAML")
    doc = _yaml_doc(text, sp)
    e = doc.entries.get(_resolve_path(key))
    if e is None:
        raise FrontMatterError(f"clé absente : « {key} »")
    c = doc.content
    if c[_line_start(c, e.start) : e.start].strip():
        first_end = _line_content_end(c, e.start)
        first = c[e.start : first_end]
        rest = c[first_end : e.end]
    else:
        first = ""
        rest = c[_line_start(c, e.start) : e.end]
    lines = rest.splitlines()
    if first:
        lines = lines[1:]  # rest starts with the first line's break
    body = [x for x in lines if x.strip()]
    cut = min((len(x) - len(x.lstrip(" ")) for x in body), default=0)
    dedented = [x[cut:] for x in lines]
    return "\n".join([first] + dedented if first else dedented)


def set_yaml_text(text: str, key: str, yaml_snippet: str) -> str:
    """Replace one value by YAML text typed by the user (re-indented under its key); checked like set_values."""
    path = _resolve_path(key)
    text, sp = _ensure_front_matter(text)
    if sp.format != "yaml":
        raise FrontMatterError("texte YAML accepté seulement pour un front matter YAML")
    snippet = yaml_snippet.replace("\r\n", "\n").replace("\r", "\n").strip("\n")
    standalone: Any = _MISSING
    try:
        standalone = _plain_value(_compose_and_load(snippet, snippet, 0)[1])
    except FrontMatterError as err:
        if "alias" not in err.message:  # an alias may point to an anchor elsewhere in the file
            raise FrontMatterError(f"texte YAML invalide pour « {key} » : {err}") from None
    doc = _yaml_doc(text, sp)
    e = doc.entries.get(path)
    parent = doc.maps.get(path[:-1])
    if e is None and parent is None:
        raise FrontMatterError(f"« {'.'.join(path[:-1])} » n'est pas une table existante")
    key_col = e.key.start_mark.column if e is not None else (parent.indent if parent else 0)
    lines = snippet.split("\n")
    r: _Inline | _Block
    if len(lines) == 1:
        r = _Inline(lines[0].strip())
    else:
        first = lines[0].strip()
        props_only = bool(first) and _skip_properties(first, 0) >= len(first)
        is_seq = any(x.lstrip().startswith("- ") or x.strip() == "-" for x in lines[:2])
        col = key_col + (doc.seq_offset if is_seq and not props_only else doc.indent_step)
        if first[:1] in ("|", ">") or props_only:
            r = _Block(" " + first, [" " * col + x if x.strip() else "" for x in lines[1:]])
        else:
            r = _Block("", [" " * col + x if x.strip() else "" for x in lines])
    if e is not None:
        new_content = _replace_value(doc, e, r)
    else:
        assert parent is not None
        head = " " * parent.indent + _Writer(doc).key(path[-1]) + ":"
        new_lines = [head + " " + r.text] if isinstance(r, _Inline) else [head + r.header] + r.lines
        c = doc.content
        pos = _line_end_incl(c, max(x.end for x in parent.entries)) if parent.entries else len(c)
        new_content = c[:pos] + doc.newline.join(new_lines) + doc.newline + c[pos:]
    new_text = text[: sp.content_start] + new_content + text[sp.content_end :]
    after = _yaml_doc(new_text, split(new_text))
    if standalone is not _MISSING and not _same(_get(after.data, path), standalone):
        raise FrontMatterError(f"texte YAML pour « {key} » relu différemment ; vérifiez l'indentation")
    if not doc.has_anchors and not after.has_anchors:
        if not _same(_with(after.data, path, _MISSING), _with(doc.data, path, _MISSING)):
            raise FrontMatterError(f"texte YAML pour « {key} » modifie d'autres clés ; vérifiez l'indentation")
    return new_text


_SCHEMA_NAMES = frozenset({"Field", "Schema", "load_schema", "infer_fields", "validate"})


def __getattr__(name: str) -> Any:
    # Schema and validation live in app.core.schema (which imports this module); re-exported lazily.
    if name in _SCHEMA_NAMES:
        import importlib

        return getattr(importlib.import_module("app.core.schema"), name)
    raise AttributeError(name)
