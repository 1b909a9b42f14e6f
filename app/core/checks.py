"""All checks on one text, in one place: what the CLI reports and the window underlines."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from app.core.findings import Finding

CHECKS = ("mojibake", "spelling", "grammar", "frontmatter", "typography")
# What `check` runs without --only: grammar is asked for by name (Grammalecte reads ~6,000 words/s, which
# would make a default check of a big folder many times slower).
DEFAULT_CHECKS = tuple(c for c in CHECKS if c != "grammar")


@dataclass
class CheckOptions:
    only: frozenset[str] = frozenset(("mojibake", "spelling", "frontmatter"))
    suggestions: bool = True
    speller: Any = None  # app.core.spelling.Speller; None → a shared default one
    schema: Any = None  # app.core.schema.Schema or None
    seo_title_max: int = 60
    seo_description_max: int = 160
    extra: dict[str, Any] = field(default_factory=dict)


def parse_only(value: str | None) -> frozenset[str]:
    """--only a,b → the set of checks; raises ValueError naming an unknown check."""
    if not value:
        return frozenset(DEFAULT_CHECKS)
    names = {v.strip() for v in value.split(",") if v.strip()}
    unknown = names - set(CHECKS)
    if unknown:
        raise ValueError(f"vérification inconnue : {', '.join(sorted(unknown))} (au choix : {', '.join(CHECKS)})")
    return frozenset(names)


def check_text(text: str, options: CheckOptions | None = None) -> list[Finding]:
    """Every finding of the chosen checks, sorted by position."""
    opts = options or CheckOptions()
    found: list[Finding] = []
    if "mojibake" in opts.only:
        from app.core.mojibake import find_mojibake

        found.extend(find_mojibake(text))
    if "frontmatter" in opts.only:
        from app.core.schema import validate

        found.extend(
            validate(
                text,
                opts.schema,
                seo_title_max=opts.seo_title_max,
                seo_description_max=opts.seo_description_max,
            )
        )
    if "spelling" in opts.only:
        from app.core.spelling import check_text as spell

        found.extend(spell(text, opts.speller, suggestions=opts.suggestions))
    if "grammar" in opts.only:
        from app.core.grammar import check_text as grammar

        found.extend(grammar(text))
    if "typography" in opts.only:
        from app.core.typography import find_typography

        found.extend(find_typography(text))
    found.sort(key=lambda f: (f.start, f.end, f.kind))
    from app.core.suppress import apply as unsilenced

    return unsilenced(text, found)


def count_by_kind(findings: Iterable[Finding]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for f in findings:
        counts[f.kind] = counts.get(f.kind, 0) + 1
    return counts
