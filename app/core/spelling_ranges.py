"""Which parts of a Markdown article are prose worth a spelling check.

Body: everything except code (fenced, indented, inline), URLs, e-mails, link and image targets,
reference definitions, data: URIs, HTML tags with their attributes, HTML comments, script/style/pre
elements, entities, shortcodes and attribute blocks.
Front matter: only the string values of title, description, summary, subtitle and of any key under seo.
"""

from __future__ import annotations

import re

from app.core.frontmatter import split

PROSE_KEYS = frozenset(("title", "description", "summary", "subtitle"))
SEO_KEY = "seo"

_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n|$)")
_FENCE = re.compile(r" {0,3}(`{3,}|~{3,})")
_LIST_ITEM = re.compile(r" {0,3}(?:[-+*]|\d{1,9}[.)])(?:[ \t]|$)")
_REF_DEF = re.compile(r"^ {0,3}\[[^\]\n]+\]:[^\n]*", re.MULTILINE)

# Spans excluded inside prose. Every alternative starts with one of < ] [ & { so the regex engine can
# skip ahead quickly; the URL-like ones below only run when their marker is in the text.
_MARKUP = re.compile(
    r"<!--.*?(?:-->|\Z)"  # HTML comment
    r"|<(script|style|pre|code|svg|math)\b.*?(?:</\1\s*>|\Z)"  # raw elements, content included
    r"|<(?:https?|ftp|mailto):[^>\s]*>"  # autolink
    r"|<[^>\s@]+@[^>\s]+>"  # e-mail autolink
    r"|</?[A-Za-z][\w:-]*(?:\s(?:[^<>\"']|\"[^\"]*\"|'[^']*')*)?/?>"  # HTML tag and its attributes
    r"|\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+(?:\"[^\"]*\"|'[^']*'|\([^()]*\)))?\s*\)"  # ](target "title")
    r"|\]\[[^\]\n]*\]"  # reference label [text][label]
    r"|\[\^[^\]\n]*\]"  # footnote [^1]
    r"|&(?:#\d+|#x[0-9a-fA-F]+|[A-Za-z]\w*);"  # entity
    r"|\{\{.*?\}\}|\{%.*?%\}"  # Hugo / Liquid shortcodes
    r"|\{[#.:][^}\n]*\}",  # attribute block {#id .class}
    re.DOTALL | re.IGNORECASE,
)
_URL_PART = r"(?:[^\s<>()\[\]\"'`]|\([^\s()]*\))+"
_URLISH = (
    ("://", re.compile(rf"\b(?:https?|ftp|file)://{_URL_PART}", re.IGNORECASE)),
    ("www.", re.compile(rf"\bwww\.{_URL_PART}", re.IGNORECASE)),
    ("data:", re.compile(r"\bdata:[\w/+.-]+[;,][^\s)\"'>]*")),
    ("mailto:", re.compile(r"\bmailto:[^\s)\"'>]+", re.IGNORECASE)),
    ("@", re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")),
)
# Domain and file names ("wiismile.fr", "config.yaml"): found from their suffix, then widened left.
_NAME_SUFFIX = re.compile(
    r"(?<=[\w-])\.(?:fr|com|org|net|io|eu|be|ch|ca|dev|app|info|md|markdown|txt|py|js|ts|json|ya?ml|toml"
    r"|html?|css|pdf|png|jpe?g|gif|svg|webp|zip|docx?|xlsx?|pptx?|csv|exe|sh)\b(?:/[^\s)\]>\"']*)?",
    re.IGNORECASE,
)
_NAME_BODY = re.compile(r"[\w.-]+$")


def checkable_ranges(text: str) -> list[tuple[int, int]]:
    """Sorted, disjoint [start, end) code-point ranges of text worth a spelling check."""
    fm = split(text)
    ranges: list[tuple[int, int]] = []
    if fm.format is not None:
        meta = text[fm.content_start : fm.content_end]
        if fm.format == "yaml":
            spans = _yaml_values(meta)
        elif fm.format == "toml":
            spans = _toml_values(meta)
        else:
            spans = _json_values(meta)
        for s, e in spans:
            ranges.extend(
                _subtract(
                    s + fm.content_start,
                    e + fm.content_start,
                    _inline_spans(text, s + fm.content_start, e + fm.content_start),
                )
            )
    body = fm.body_start
    excluded = _code_blocks(text, body)
    prose = _subtract_many(body, len(text), excluded)
    for s, e in prose:
        ranges.extend(_subtract(s, e, _inline_spans(text, s, e)))
    return [(s, e) for s, e in ranges if e > s]


# ---------------------------------------------------------------- body


def _code_blocks(text: str, start: int) -> list[tuple[int, int]]:
    """Fenced and indented code blocks and reference definitions, as absolute spans."""
    spans: list[tuple[int, int]] = []
    fence: str | None = None
    fence_start = 0
    prev_blank = True
    in_list = False
    in_indented = False
    for m in _LINE.finditer(text, start):
        ls, le = m.span()
        if ls == le:
            break
        line = m.group().rstrip("\r\n")
        if fence is not None:
            stripped = line.strip()
            if stripped.startswith(fence) and set(stripped) == {fence[0]} and len(line) - len(line.lstrip(" ")) <= 3:
                spans.append((fence_start, le))
                fence = None
            continue
        f = _FENCE.match(line)
        if f is not None and not (f.group(1)[0] == "`" and "`" in line[f.end() :]):
            fence, fence_start = f.group(1), ls
            in_indented = False
            continue
        blank = not line.strip()
        indent = len(line.expandtabs(4)) - len(line.expandtabs(4).lstrip(" "))
        if blank:
            prev_blank = True
            continue
        if _LIST_ITEM.match(line):
            in_list = True
        elif indent == 0:
            in_list = False
        # Indented code: 4+ spaces after a blank line (it cannot interrupt a paragraph), outside lists.
        if indent >= 4 and not in_list and (prev_blank or in_indented):
            spans.append((ls, le))
            in_indented = True
        else:
            in_indented = False
        prev_blank = False
    if fence is not None:
        spans.append((fence_start, len(text)))  # unclosed fence runs to the end, as in CommonMark
    spans.extend((m.start(), m.end()) for m in _REF_DEF.finditer(text, start))
    return spans


def _inline_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans = _code_spans(text, start, end)
    spans.extend(m.span() for m in _MARKUP.finditer(text, start, end))
    segment = text[start:end]
    for marker, pattern in _URLISH:
        if marker in segment:
            spans.extend(m.span() for m in pattern.finditer(text, start, end))
    if "." in segment:
        for m in _NAME_SUFFIX.finditer(text, start, end):
            body = _NAME_BODY.search(text, max(start, m.start() - 200), m.start())
            spans.append((body.start() if body else m.start(), m.end()))
    return spans


def _code_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Backtick code spans: a run of n backticks up to the next run of exactly n, within a paragraph."""
    spans: list[tuple[int, int]] = []
    i = text.find("`", start, end)
    while i != -1:
        j = i
        while j < end and text[j] == "`":
            j += 1
        n = j - i
        k = j
        close = -1
        while True:
            k = text.find("`" * n, k, end)
            if k == -1:
                break
            if (k + n < end and text[k + n] == "`") or text[k - 1] == "`":
                while k < end and text[k] == "`":
                    k += 1
                continue
            close = k
            break
        if close != -1 and not re.search(r"\n[ \t]*\n", text[j:close]):
            spans.append((i, close + n))
            i = text.find("`", close + n, end)
        else:
            i = text.find("`", j, end)
    return spans


def _subtract(start: int, end: int, holes: list[tuple[int, int]]) -> list[tuple[int, int]]:
    return _subtract_many(start, end, holes)


def _subtract_many(start: int, end: int, holes: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    pos = start
    for hs, he in sorted(holes):
        if he <= pos:
            continue
        if hs >= end:
            break
        if hs > pos:
            out.append((pos, hs))
        pos = max(pos, he)
    if pos < end:
        out.append((pos, end))
    return out


# ---------------------------------------------------------------- front matter


def _wanted(path: tuple[str, ...]) -> bool:
    if not path:
        return False
    if path[0].lower() == SEO_KEY:
        return len(path) > 1
    return len(path) == 1 and path[0].lower() in PROSE_KEYS


_YAML_KEY = re.compile(r"( *)(?:- +)?(\"[^\"]*\"|'[^']*'|[^\s#:\"'\[{][^:#]*?)[ \t]*:(?=[ \t]|$)[ \t]*")


def _yaml_values(meta: str) -> list[tuple[int, int]]:
    """Spans (relative to meta) of the wanted string values of a YAML block."""
    spans: list[tuple[int, int]] = []
    stack: list[tuple[int, str]] = []  # (indent, key)
    lines = [(m.start(), m.group().rstrip("\r\n")) for m in _LINE.finditer(meta) if m.end() > m.start()]
    i = 0
    while i < len(lines):
        ls, line = lines[i]
        i += 1
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        m = _YAML_KEY.match(line)
        indent = len(line) - len(line.lstrip(" "))
        if m is None:
            # A list item under a wanted key (seo.keywords: - mot clé): a plain string value.
            item = re.match(r" *- +(?![\[{|>])", line)
            while stack and stack[-1][0] >= indent:
                stack.pop()
            if item and _wanted(tuple(k for _, k in stack) + ("-",)):
                spans.extend(_yaml_scalar(line, item.end(), ls))
            continue
        key = m.group(2).strip("\"'")
        while stack and stack[-1][0] >= indent:
            stack.pop()
        path = tuple(k for _, k in stack) + (key,)
        stack.append((indent, key))
        vstart = m.end()
        rest = line[vstart:]
        if not _wanted(path) or not rest.strip() or rest.lstrip().startswith("#"):
            continue
        if rest[0] in "|>":
            # Block scalar: the following lines indented deeper than the key.
            while i < len(lines):
                bs, bline = lines[i]
                if bline.strip() and len(bline) - len(bline.lstrip(" ")) <= indent:
                    break
                if bline.strip():
                    spans.append((bs, bs + len(bline)))
                i += 1
            continue
        spans.extend(_yaml_scalar(line, vstart, ls))
        if rest[0] not in "\"'[{":
            # Plain scalar continued on deeper-indented lines.
            while i < len(lines):
                bs, bline = lines[i]
                if not bline.strip() or len(bline) - len(bline.lstrip(" ")) <= indent or _YAML_KEY.match(bline):
                    break
                spans.extend(_yaml_scalar(bline, len(bline) - len(bline.lstrip(" ")), bs))
                i += 1
    return spans


def _yaml_scalar(line: str, vstart: int, offset: int) -> list[tuple[int, int]]:
    rest = line[vstart:]
    if not rest:
        return []
    q = rest[0]
    if q in "\"'":
        close = vstart + 1
        while True:
            close = line.find(q, close)
            if close == -1:
                return [(offset + vstart + 1, offset + len(line))]
            if q == "'" and close + 1 < len(line) and line[close + 1] == "'":
                close += 2
                continue
            if q == '"' and line[close - 1] == "\\":
                close += 1
                continue
            return [(offset + vstart + 1, offset + close)]
    if q in "[{&*!":
        return []  # flow collections (tags), anchors, aliases, typed values
    comment = re.search(r"[ \t]#", rest)
    value_end = vstart + (comment.start() if comment else len(rest.rstrip()))
    return [(offset + vstart, offset + value_end)]


_TOML_TABLE = re.compile(r"[ \t]*\[\[?[ \t]*([^\]]+?)[ \t]*\]\]?")
_TOML_KEY = re.compile(
    r"[ \t]*((?:\"[^\"]*\"|'[^']*'|[\w-]+)(?:[ \t]*\.[ \t]*(?:\"[^\"]*\"|'[^']*'|[\w-]+))*)[ \t]*=[ \t]*"
)


def _toml_values(meta: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    table: tuple[str, ...] = ()
    pos = 0
    for m in _LINE.finditer(meta):
        if m.end() == m.start():
            break
        ls, line = m.start(), m.group().rstrip("\r\n")
        if ls < pos:
            continue  # inside a multi-line string already handled
        t = _TOML_TABLE.match(line)
        if t is not None and not _TOML_KEY.match(line):
            table = tuple(p.strip().strip("\"'") for p in t.group(1).split("."))
            continue
        k = _TOML_KEY.match(line)
        if k is None:
            continue
        path = table + tuple(p.strip().strip("\"'") for p in k.group(1).split("."))
        if not _wanted(path):
            continue
        vs = ls + k.end()
        for quote in ('"""', "'''"):
            if meta.startswith(quote, vs):
                close = meta.find(quote, vs + 3)
                close = len(meta) if close == -1 else close
                spans.append((vs + 3, close))
                pos = close + 3
                break
        else:
            spans.extend(_yaml_scalar(line, k.end(), ls) if line[k.end() : k.end() + 1] in "\"'" else [])
    return spans


def _json_values(meta: str) -> list[tuple[int, int]]:
    """Scan a JSON object, tracking the key path; string values of wanted keys are returned."""
    spans: list[tuple[int, int]] = []
    stack: list[tuple[str, str | None]] = []  # (container "{" or "[", key it sits under)
    key: str | None = None
    expect_key = False
    i, n = 0, len(meta)
    while i < n:
        c = meta[i]
        in_object = bool(stack) and stack[-1][0] == "{"
        if c == '"':
            j = i + 1
            while j < n and meta[j] != '"':
                j += 2 if meta[j] == "\\" else 1
            if expect_key:
                key = meta[i + 1 : j]
            else:
                path = tuple(k for _, k in stack if k is not None) + ((key,) if in_object and key else ())
                if _wanted(path):
                    spans.append((i + 1, min(j, n)))
            i = j + 1
            continue
        if c in "{[":
            stack.append((c, key if in_object else None))
            key, expect_key = None, c == "{"
        elif c in "}]":
            if stack:
                stack.pop()
            key, expect_key = None, False
        elif c == ":":
            expect_key = False
        elif c == ",":
            expect_key = in_object
        i += 1
    return spans
