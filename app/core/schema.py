"""Front matter schema (a folder's .relecture/schema.yaml), field inference and validation findings."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.core.findings import Finding
from app.core.frontmatter import FrontMatterError, field_type, parse_with_spans, safe_load

TYPES = ("string", "text", "bool", "date", "datetime", "int", "float", "list", "mapping", "complex")
SCHEMA_FILE = Path(".relecture") / "schema.yaml"

# Keys read as dates when no schema says otherwise (Hugo, Jekyll, Astro, Eleventy, Docusaurus names).
_DATE_KEY = re.compile(
    r"(date|lastmod|pubdate|publishdate|expirydate|updated|created|modified|published)$|[a-z_]date$", re.I
)
_LIST_OF_TAGS = frozenset({"tags", "categories", "keywords", "series", "topics"})
_TYPE_NAMES = {
    "string": "un texte",
    "text": "un texte",
    "bool": "un booléen (true ou false)",
    "date": "une date (AAAA-MM-JJ)",
    "datetime": "une date et heure",
    "int": "un nombre entier",
    "float": "un nombre",
    "list": "une liste",
    "mapping": "une table de clés",
    "complex": "une valeur YAML",
}


@dataclass(frozen=True, slots=True)
class Field:
    """One front matter field: dotted name ("seo.title"), type (one of TYPES) and constraints."""

    name: str
    type: str = "string"
    required: bool = False
    choices: tuple[Any, ...] | None = None
    max_length: int | None = None
    default: Any = None


@dataclass(frozen=True, slots=True)
class Schema:
    fields: tuple[Field, ...]

    def get(self, name: str) -> Field | None:
        for f in self.fields:
            if f.name == name:
                return f
        return None


def load_schema(folder: Path) -> Schema | None:
    """The schema of a folder (folder/.relecture/schema.yaml), None when there is none.

    Two spellings are accepted: `fields:` as a list of {name, type, ...} or as a mapping name -> {type, ...}.
    Raises FrontMatterError for an unreadable or invalid schema.
    """
    path = folder / SCHEMA_FILE
    if not path.is_file():
        return None
    try:
        raw = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise FrontMatterError(f"schéma illisible ({path}) : {exc}") from None
    try:
        data = safe_load(raw)
    except FrontMatterError as exc:
        raise FrontMatterError(
            f"schéma {path} : {exc.message}", exc.line, exc.column, title="Schéma invalide"
        ) from None
    return schema_from_data(data, str(path))


def schema_from_data(data: Any, where: str = "schéma") -> Schema:
    def bad(msg: str) -> FrontMatterError:
        return FrontMatterError(f"schéma invalide ({where}) : {msg}")

    if not isinstance(data, dict) or "fields" not in data:
        raise bad("une clé « fields » est attendue")
    specs = data["fields"]
    if isinstance(specs, dict):
        specs = [{"name": k, **(v if isinstance(v, dict) else {"type": v})} for k, v in specs.items()]
    if not isinstance(specs, list):
        raise bad("« fields » doit être une liste")
    fields: list[Field] = []
    for i, spec in enumerate(specs):
        if not isinstance(spec, dict) or not isinstance(spec.get("name"), str) or not spec["name"]:
            raise bad(f"champ n° {i + 1} sans « name »")
        name = spec["name"]
        unknown = set(spec) - {"name", "type", "required", "choices", "max_length", "default", "label"}
        if unknown:
            raise bad(f"« {name} » : propriété inconnue {', '.join(sorted(unknown))}")
        ftype = spec.get("type", "string")
        if ftype not in TYPES:
            raise bad(f"« {name} » : type « {ftype} » inconnu (types : {', '.join(TYPES)})")
        required = spec.get("required", False)
        if not isinstance(required, bool):
            raise bad(f"« {name} » : required doit être true ou false")
        choices = spec.get("choices")
        if choices is not None and not isinstance(choices, list):
            raise bad(f"« {name} » : choices doit être une liste")
        max_length = spec.get("max_length")
        if max_length is not None and (isinstance(max_length, bool) or not isinstance(max_length, int)):
            raise bad(f"« {name} » : max_length doit être un nombre entier")
        fields.append(
            Field(
                name, ftype, required, tuple(choices) if choices is not None else None, max_length, spec.get("default")
            )
        )
    return Schema(tuple(fields))


def flatten(data: Mapping[str, Any], prefix: str = "") -> dict[str, Any]:
    """Dotted leaf keys of a front matter; an empty mapping stays as a leaf."""
    out: dict[str, Any] = {}
    for k, v in data.items():
        name = f"{prefix}{k}"
        if isinstance(v, Mapping) and v:
            out.update(flatten(v, name + "."))
        else:
            out[name] = v
    return out


def field_profile(data: Mapping[str, Any]) -> dict[str, str]:
    """Each dotted key of one front matter with its type: what infer_fields needs of an article."""
    return {name: field_type(value) for name, value in flatten(data).items()}


def list_items(data: Mapping[str, Any]) -> dict[str, list[str]]:
    """The strings of each list field of one front matter: what collect_values needs of an article."""
    out: dict[str, list[str]] = {}
    for name, value in flatten(data).items():
        if isinstance(value, list):
            items = [x.strip() for x in value if isinstance(x, str) and x.strip()]
            if items:
                out[name] = items
    return out


def infer_fields(datas: Iterable[Mapping[str, Any]]) -> list[Field]:
    """The union of dotted keys across a folder's front matters, in first-seen order, with the usual type."""
    return fields_from_profiles(field_profile(data) for data in datas)


def fields_from_profiles(profiles: Iterable[Mapping[str, str]]) -> list[Field]:
    """infer_fields from each article's field_profile (as kept in the folder scan's summaries)."""
    counts: dict[str, dict[str, int]] = {}
    for profile in profiles:
        for name, t in profile.items():
            kinds = counts.setdefault(name, {})
            if t != "null":
                kinds[t] = kinds.get(t, 0) + 1
    fields = []
    for name, kinds in counts.items():
        if not kinds:
            t = "string"
        elif set(kinds) <= {"string", "text"}:
            t = "text" if "text" in kinds else "string"
        elif set(kinds) <= {"int", "float"}:
            t = "float" if "float" in kinds else "int"
        else:
            t = max(kinds, key=lambda k: kinds[k])
        fields.append(Field(name, t))
    return fields


def collect_values(datas: Iterable[Mapping[str, Any]], name: str) -> list[str]:
    """Every distinct string used in a list field across a folder (for tag completion), sorted."""
    return values_from_items((list_items(data) for data in datas), name)


def values_from_items(items: Iterable[Mapping[str, list[str]]], name: str) -> list[str]:
    """collect_values from each article's list_items (as kept in the folder scan's summaries)."""
    seen: dict[str, str] = {}
    for article_items in items:
        for x in article_items.get(name, ()):
            seen.setdefault(x.casefold(), x)
    return sorted(seen.values(), key=str.casefold)


def _type_ok(value: Any, ftype: str) -> bool:
    if ftype in ("string", "text"):
        return isinstance(value, str)
    if ftype == "bool":
        return isinstance(value, bool)
    if ftype == "int":
        return isinstance(value, int) and not isinstance(value, bool)
    if ftype == "float":
        return isinstance(value, int | float) and not isinstance(value, bool)
    if ftype in ("date", "datetime"):
        return isinstance(value, dt.date) or (isinstance(value, str) and _iso_date(value))
    if ftype == "list":
        return isinstance(value, list)
    if ftype == "mapping":
        return isinstance(value, dict)
    return True


# Date strings the generators accept besides YAML timestamps: Jekyll's "2021-04-30 10:00:00 +0200",
# Astro's "Jul 08 2022" (JavaScript Date), Eleventy's keywords.
_DATE_STRING = re.compile(
    r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}:?\d{2})?)?", re.I
)
_DATE_FORMATS = ("%b %d %Y", "%B %d %Y", "%b %d, %Y", "%B %d, %Y", "%d %b %Y", "%d %B %Y")
_ELEVENTY_DATES = frozenset({"last modified", "created", "git last modified", "git created"})


def _iso_date(s: str) -> bool:
    s = s.strip()
    if s.casefold() in _ELEVENTY_DATES:
        return True
    m = _DATE_STRING.fullmatch(s)
    if m:
        try:
            dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            return False
        return True
    for fmt in _DATE_FORMATS:
        try:
            dt.datetime.strptime(s, fmt)
        except ValueError:
            continue
        return True
    return False


def validate(
    text: str,
    schema: Schema | None = None,
    seo_title_max: int = 60,
    seo_description_max: int = 160,
) -> list[Finding]:
    """Front matter findings (kind "frontmatter") with French messages, sorted by position.

    Rules: readable YAML/TOML/JSON, required fields, dates, duplicate list items (tags), SEO title and
    description length (seo.title / seo.description, or title / description when there is no seo table),
    and the schema's types, choices and maximum lengths.
    """
    parsed, spans = parse_with_spans(text)
    sp = parsed.split
    findings: list[Finding] = []

    def add(start: int, end: int, message: str) -> None:
        findings.append(Finding("frontmatter", start, end, text[start:end], message=message))

    if parsed.error is not None:
        err = parsed.error
        start = err.offset if err.offset is not None else sp.content_start
        end = min(len(text), start + 1)
        add(start, end, str(err))
        return findings
    data = parsed.data or {}
    if sp.format is None and not (schema and any(f.required for f in schema.fields)):
        return findings
    fence_end = sp.content_start if sp.format in ("yaml", "toml") else min(1, len(text))
    fence = (sp.start, len(text[sp.start : fence_end].rstrip("\r\n")))
    flat = flatten(data)

    def span(name: str) -> tuple[int, int]:
        return spans.get(name, fence)

    fields = {f.name: f for f in schema.fields} if schema else {}
    for required in fields.values():
        value = flat.get(required.name)
        if required.required and (value is None or value == "" or value == []):
            where = "manquant" if required.name not in flat else "vide"
            add(*span(required.name), f"Champ obligatoire {where} : « {required.name} »")

    for name, value in flat.items():
        f = fields.get(name)
        last = name.rsplit(".", 1)[-1]
        if value is None:
            continue
        if f is not None and not _type_ok(value, f.type):
            if f.type in ("date", "datetime") and isinstance(value, str):
                add(*span(name), f"Date invalide pour « {name} » : « {value} »")
            else:
                add(*span(name), f"Type incorrect pour « {name} » : {_TYPE_NAMES[f.type]} est attendu")
            continue
        if f is None and _DATE_KEY.search(last) and isinstance(value, str) and not _iso_date(value):
            add(*span(name), f"Date invalide pour « {name} » : « {value} »")
        if f is not None and f.choices is not None:
            items = value if isinstance(value, list) else [value]
            for i, item in enumerate(items):
                if item not in f.choices:
                    item_span = span(f"{name}.{i}") if isinstance(value, list) else span(name)
                    allowed = ", ".join(str(c) for c in f.choices)
                    add(*item_span, f"Valeur non autorisée pour « {name} » : « {item} » (choix : {allowed})")
        if f is not None and f.max_length is not None and isinstance(value, str) and len(value) > f.max_length:
            add(*span(name), f"« {name} » trop long : {len(value)} caractères ({f.max_length} au maximum)")
        if isinstance(value, list):
            seen: set[str] = set()
            for i, item in enumerate(value):
                if not isinstance(item, str):
                    continue
                norm = " ".join(item.split()).casefold()
                if norm in seen:
                    what = "Étiquette en double" if last.lower() in _LIST_OF_TAGS else "Valeur en double"
                    add(*span(f"{name}.{i}"), f"{what} dans « {name} » : « {item} »")
                seen.add(norm)

    seo = data.get("seo")
    prefix = "seo." if isinstance(seo, dict) else ""
    seo_rules = (
        ("title", seo_title_max, "Titre SEO trop long"),
        ("description", seo_description_max, "Description SEO trop longue"),
    )
    for key, limit, label in seo_rules:
        name = prefix + key
        value = flat.get(name)
        own = fields.get(name)
        if own is not None and own.max_length is not None:
            continue  # the schema's own limit was checked above
        if isinstance(value, str) and len(value) > limit:
            add(*span(name), f"{label} : {len(value)} caractères ({limit} au maximum)")
    findings.sort(key=lambda x: (x.start, x.end))
    return findings


_TYPE_GROUPS = {"string": "text", "text": "text", "int": "number", "float": "number", "date": "date",
                "datetime": "date", "bool": "bool", "list": "list", "mapping": "mapping"}  # fmt: skip


def type_warnings(path: Path, changes: Mapping[str, Any], max_articles: int = 500) -> list[str]:
    """What `set` says when a new value's type differs from its key's type in the folder's schema or, without
    one, in the other articles beside path (`draft=non` writes the text "non" where a boolean is expected)."""
    from app.core import article
    from app.core.frontmatter import parse

    flat = flatten(dict(changes))
    try:
        schema = load_schema(path.parent)
    except FrontMatterError:
        schema = None
    known: dict[str, tuple[str, str]] = {}  # key -> (type, where)
    if schema is not None:
        known = {f.name: (f.type, "dans le schéma") for f in schema.fields if f.name in flat}
    missing = [k for k in flat if k not in known]
    if missing:
        profiles = []
        siblings = sorted(p for p in path.parent.iterdir() if p.suffix in (".md", ".markdown") and p != path)
        for other in siblings[:max_articles]:
            try:
                data = parse(article.load(other).text).data
            except (article.ArticleError, OSError):
                continue
            if data:
                profiles.append(field_profile(data))
        for f in fields_from_profiles(profiles):
            if f.name in missing and any(f.name in p for p in profiles):
                known[f.name] = (f.type, "dans les autres articles du dossier")
    out = []
    for key, value in flat.items():
        if value is None or key not in known:
            continue
        expected, where = known[key]
        got = field_type(value)
        if expected in ("date", "datetime") and isinstance(value, str) and _iso_date(value):
            continue
        if _TYPE_GROUPS.get(got, got) != _TYPE_GROUPS.get(expected, expected) and expected != "complex":
            out.append(f"« {key} » est {_TYPE_NAMES.get(expected, expected)} {where}, la valeur écrite est "
                       f"{_TYPE_NAMES.get(got, got)}")  # fmt: skip
    return out
