"""Markdown → inert HTML for the preview: front matter as a card, line anchors for scroll sync.

Inert: no script, no style sheet, no frame, no event handler, no remote resource survives; raw HTML in an
article is kept only for a short list of harmless tags.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from html.parser import HTMLParser
from typing import Any

import markdown

from app.core import frontmatter

EXTENSIONS = ["tables", "fenced_code", "footnotes", "sane_lists", "attr_list", "def_list", "abbr"]

# Anchor markers survive Markdown as plain private-use characters, then become <a name="L12">.
_MARK_OPEN, _MARK_CLOSE = "\ue000", "\ue001"
_MARK_RE = re.compile(f"{_MARK_OPEN}(\\d+){_MARK_CLOSE}")
_FENCE_RE = re.compile(r"^\s{0,3}(`{3,}|~{3,})")
_BLOCK_PREFIX = re.compile(r"^(\s{0,3}(?:#{1,6}\s+|>\s*|[*+-]\s+|\d+[.)]\s+)*)")

_SAFE_TAGS = {
    "a", "abbr", "b", "blockquote", "br", "caption", "code", "dd", "del", "details", "div", "dl", "dt", "em",
    "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img", "ins", "kbd", "li", "mark",
    "ol", "p", "pre", "q", "s", "small", "span", "strong", "sub", "summary", "sup", "table", "tbody", "td",
    "tfoot", "th", "thead", "tr", "u", "ul", "font", "center",
}  # fmt: skip
_DROP_WITH_CONTENT = {"script", "style", "iframe", "object", "embed", "noscript", "template", "svg", "math"}
_SAFE_ATTRS = {"href", "src", "alt", "title", "name", "id", "colspan", "rowspan", "align", "class", "start", "width",
               "height", "color"}  # fmt: skip
_VOID = {"br", "hr", "img"}


def _is_remote(url: str) -> bool:
    u = url.strip().lower()
    return u.startswith(("http:", "https:", "ftp:", "//", "ws:", "wss:"))


def _is_unsafe_link(url: str) -> bool:
    u = re.sub(r"[\s\x00-\x1f]", "", url).lower()
    return u.startswith(("javascript:", "vbscript:", "data:text", "file:"))


class _Sanitizer(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.out: list[str] = []
        self.dropping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _DROP_WITH_CONTENT:
            self.dropping += 1
            if self.dropping == 1:
                self.out.append(f'<span class="inert">[{html.escape(tag)} retiré]</span>')
            return
        if self.dropping or tag not in _SAFE_TAGS:
            return
        kept = []
        for name, value in attrs:
            if name not in _SAFE_ATTRS or value is None:
                continue
            if name == "href" and _is_unsafe_link(value):
                continue
            if name == "src":
                if _is_remote(value):
                    self.out.append(f'<span class="inert">[image distante non chargée : {html.escape(value)}]</span>')
                    return
                if _is_unsafe_link(value):
                    return
            kept.append(f' {name}="{html.escape(value, quote=True)}"')
        self.out.append(f"<{tag}{''.join(kept)}>")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _DROP_WITH_CONTENT:
            return
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag in _DROP_WITH_CONTENT:
            self.dropping = max(0, self.dropping - 1)
            return
        if not self.dropping and tag in _SAFE_TAGS and tag not in _VOID:
            self.out.append(f"</{tag}>")

    def handle_data(self, data: str) -> None:
        if not self.dropping:
            self.out.append(html.escape(data, quote=False))

    def handle_entityref(self, name: str) -> None:
        if not self.dropping:
            self.out.append(f"&{name};")

    def handle_charref(self, name: str) -> None:
        if not self.dropping:
            self.out.append(f"&#{name};")

    def handle_comment(self, data: str) -> None:
        pass

    def handle_decl(self, decl: str) -> None:
        pass

    def handle_pi(self, data: str) -> None:
        pass


def sanitize(fragment: str) -> str:
    """Keep harmless tags and attributes only; scripts, frames, styles and remote images are removed."""
    s = _Sanitizer()
    s.feed(fragment)
    s.close()
    return "".join(s.out)


def _mark_lines(body: str, first_line: int) -> str:
    """Put an anchor marker at the start of every block's first line (outside code)."""
    out: list[str] = []
    in_fence: str | None = None
    prev_blank = True
    for i, line in enumerate(body.split("\n")):
        n = first_line + i
        fence = _FENCE_RE.match(line)
        if in_fence:
            if fence and fence.group(1)[0] == in_fence[0] and len(fence.group(1)) >= len(in_fence):
                in_fence = None
            out.append(line)
            prev_blank = False
            continue
        if fence:
            in_fence = fence.group(1)
            out.append(line)
            prev_blank = False
            continue
        stripped = line.strip()
        blank = not stripped
        starts_block = (
            not blank
            and not line.startswith(("    ", "\t"))
            and not stripped.startswith(("|", "<", "[", "!["))
            and not re.fullmatch(r"[-*_=\s]{3,}", stripped)
            and (prev_blank or re.match(r"\s{0,3}(#{1,6}\s|[*+-]\s|\d+[.)]\s)", line))
        )
        if starts_block:
            prefix = _BLOCK_PREFIX.match(line)
            k = prefix.end() if prefix else 0
            line = f"{line[:k]}{_MARK_OPEN}{n}{_MARK_CLOSE}{line[k:]}"
        out.append(line)
        prev_blank = blank
    return "\n".join(out)


def _format_value(value: Any) -> str:
    if isinstance(value, bool):
        return "oui" if value else "non"
    if isinstance(value, dt.datetime):
        return value.strftime("%d/%m/%Y %H:%M")
    if isinstance(value, dt.date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, list):
        if all(not isinstance(v, (dict, list)) for v in value):
            return " ".join(f'<span class="tag">{html.escape(str(v))}</span>' for v in value) or "—"
        return html.escape(repr(value))
    if value is None or value == "":
        return "—"
    return html.escape(str(value))


def _card_rows(data: dict[str, Any], prefix: str = "") -> list[str]:
    rows = []
    for key, value in data.items():
        if isinstance(value, dict):
            rows.extend(_card_rows(value, f"{prefix}{key}."))
            continue
        rows.append(
            f'<tr><td class="key">{html.escape(prefix + str(key))}</td><td class="val">{_format_value(value)}</td></tr>'
        )
    return rows


def front_matter_card(text: str) -> str:
    """The front matter as a small table of fields (or an error box), never as raw YAML."""
    parsed = frontmatter.parse(text)
    if parsed.format is None:
        return ""
    if parsed.error is not None:
        return f'<table class="fm error" width="100%"><tr><td>⚠ {html.escape(str(parsed.error))}</td></tr></table>'
    data = dict(parsed.data or {})
    title = data.pop("title", None)
    head = f"<h1>{html.escape(str(title))}</h1>" if title else ""
    rows = "".join(_card_rows(data))
    card = f'<table class="fm" width="100%" cellpadding="3">{rows}</table>' if rows else ""
    return head + card


STYLE = """
body { font-family: 'DejaVu Serif', Georgia, serif; font-size: 12pt; }
h1 { font-size: 20pt; } h2 { font-size: 16pt; } h3 { font-size: 13pt; }
table.fm { background: #f3f1ea; color: #333; border: 1px solid #d9d4c5; margin-bottom: 12px; }
table.fm td.key { color: #6d6552; font-family: 'DejaVu Sans'; font-size: 9pt; width: 30%; }
table.fm td.val { font-family: 'DejaVu Sans'; font-size: 10pt; }
table.error { background: #fde8e8; color: #8a1c1c; }
span.tag { background: #e2ddcd; }
span.inert { color: #8a1c1c; font-family: 'DejaVu Sans'; font-size: 9pt; }
pre, code { font-family: 'DejaVu Sans Mono', monospace; font-size: 10pt; background: #f4f4f4; }
blockquote { color: #555; margin-left: 16px; }
table { border-collapse: collapse; }
th, td { border: 1px solid #ccc; padding: 3px; }
"""

# The same page on the dark palette: light text on dark tints (the light tints made the card unreadable).
DARK_STYLE = """
table.fm { background: #34312a; color: #e6e6e6; border: 1px solid #55503f; }
table.fm td.key { color: #c9bf9f; }
table.error { background: #4a2323; color: #ffb4ab; }
span.tag { background: #55503f; }
span.inert { color: #ff8a80; }
pre, code { background: #2e2e33; }
blockquote { color: #b0b0b0; }
th, td { border: 1px solid #55555c; }
a { color: #8ab4f8; }
"""


def render_body(body: str, first_line: int = 1) -> str:
    """HTML for a Markdown body, with <a name="L<line>"> anchors at block starts (line numbers 1-based)."""
    md = markdown.Markdown(extensions=EXTENSIONS, output_format="html")
    raw = md.convert(_mark_lines(body.replace("\r\n", "\n").replace("\r", "\n"), first_line))
    safe = sanitize(raw)
    return _MARK_RE.sub(lambda m: f'<a name="L{m.group(1)}"></a>', safe)


PREVIEW_MAX_CHARS = 80_000  # about 25 pages of prose; Qt's HTML import grows faster than linearly


def render(text: str, dark: bool = False) -> str:
    """A whole article (front matter included) as one HTML page for the preview (dark: for a dark palette)."""
    sp = frontmatter.split(text)
    body = text[sp.end :]
    first_line = text.count("\n", 0, sp.end) + 1 if sp.end else 1
    if "\r" in text[: sp.end] and "\n" not in text[: sp.end]:
        first_line = text.count("\r", 0, sp.end) + 1
    note = ""
    if len(body) > PREVIEW_MAX_CHARS:
        # Markdown and the preview widget take tens of seconds on 100,000 short paragraphs: show the start only.
        cut = body.rfind("\n", 0, PREVIEW_MAX_CHARS)
        body = body[: cut if cut > 0 else PREVIEW_MAX_CHARS]
        shown = first_line + body.count("\n")
        note = (f'<p><span class="inert">[Aperçu limité aux {shown} premières lignes : article trop long. '
                "Le texte complet reste modifiable et vérifié.]</span></p>")  # fmt: skip
    return (
        f"<html><head><style>{STYLE}{DARK_STYLE if dark else ''}</style></head><body>"
        f"{front_matter_card(text)}{render_body(body, first_line)}{note}</body></html>"
    )
