"""SARIF 2.1.0 for `relecture check --format sarif` (one result per finding, rules described once)."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any
from urllib.parse import quote

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
LEVELS = {"error": "error", "warning": "warning", "note": "note"}

# What each rule family means (shown once in tool.driver.rules).
DESCRIPTIONS = {
    "mojibake": "Encodage cassé (mojibake) avec sa réparation exacte",
    "mojibake-residue": "Reste probable d'un encodage cassé, sans réparation sûre",
    "spelling": "Mot inconnu du dictionnaire français",
    "grammar": "Grammaire (Grammalecte)",
    "frontmatter": "Front matter invalide ou hors des limites",
    "typography": "Typographie française",
    "unreadable": "Fichier illisible ou qui n'est pas un article texte",
    "internal-error": "Vérification interrompue par une erreur interne",
}


def rule_id(finding: dict[str, Any]) -> str:
    """Stable per check: mojibake, mojibake-residue, spelling, frontmatter/<rule>, typography/<rule>, grammar/<rule>."""
    kind = str(finding["kind"])
    if kind in ("frontmatter", "typography", "grammar"):
        return f"{kind}/{finding.get('rule') or 'general'}"
    return kind


def artifact_uri(path: str, base: str) -> str:
    """path relative to base, as a URI reference (bytes that are not UTF-8 percent-encoded)."""
    try:
        rel = os.path.relpath(path, base)
    except ValueError:
        rel = os.path.abspath(path)
    if rel == ".":
        rel = os.path.basename(path)
    return quote(os.fsencode(Path(rel).as_posix()), safe="/")


def result(finding: dict[str, Any], end: tuple[int, int], uri: str, level: str) -> dict[str, Any]:
    region = {"startLine": finding["line"], "startColumn": finding["column"], "endLine": end[0], "endColumn": end[1],
              "charOffset": finding["start"], "charLength": finding["end"] - finding["start"]}  # fmt: skip
    text = finding["message"] or finding["text"]
    if finding["suggestions"]:
        text += " (suggestions : " + ", ".join(finding["suggestions"][:5]) + ")"
    out: dict[str, Any] = {
        "ruleId": rule_id(finding),
        "level": LEVELS.get(level, "warning"),
        "message": {"text": text},
        "locations": [{"physicalLocation": {"artifactLocation": {"uri": uri, "uriBaseId": "SRCROOT"},
                                            "region": region}}],
    }  # fmt: skip
    if finding["replacement"] is not None:
        out["fixes"] = [{
            "description": {"text": f"Remplacer par « {finding['replacement']} »"},
            "artifactChanges": [{"artifactLocation": {"uri": uri, "uriBaseId": "SRCROOT"},
                                 "replacements": [{"deletedRegion": region,
                                                   "insertedContent": {"text": finding["replacement"]}}]}],
        }]  # fmt: skip
    return out


def file_error_result(message: str, uri: str, rule: str) -> dict[str, Any]:
    where = {"physicalLocation": {"artifactLocation": {"uri": uri, "uriBaseId": "SRCROOT"}}}
    return {"ruleId": rule, "level": "error", "message": {"text": message}, "locations": [where]}


def rule(rid: str) -> dict[str, Any]:
    family = rid.split("/", 1)[0]
    desc = DESCRIPTIONS.get(family, family)
    detail = rid.split("/", 1)[1] if "/" in rid else ""
    return {"id": rid, "name": rid.replace("/", "-"),
            "shortDescription": {"text": f"{desc} : {detail}" if detail else desc}}  # fmt: skip


def head(base: str) -> str:
    """The report up to its first result (results come first, the tool and its rules after them)."""
    root = Path(os.path.abspath(base)).as_uri() + "/"
    start = {"$schema": SCHEMA_URI, "version": "2.1.0"}
    return (json.dumps(start)[:-1] + ', "runs": [{"columnKind": "unicodeCodePoints", '
            f'"originalUriBaseIds": {{"SRCROOT": {{"uri": {json.dumps(root)}}}}}, "results": [')  # fmt: skip


def tail(rule_ids: set[str], version: str, successful: bool) -> str:
    driver = {"name": "Relecture", "version": version, "informationUri": "https://example.invalid/relecture",
              "rules": [rule(r) for r in sorted(rule_ids)]}  # fmt: skip
    invocation = {"executionSuccessful": successful}
    tool = json.dumps({"driver": driver}, ensure_ascii=False)
    return f'], "tool": {tool}, "invocations": [{json.dumps(invocation)}]}}]}}\n'
