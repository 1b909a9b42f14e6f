"""Every preference declared once, with its default and type. Window state is kept apart (see MainWindow)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QSettings

from app.core import config


@dataclass(frozen=True)
class Option:
    key: str
    default: Any
    type: type
    label: str


OPTIONS: dict[str, Option] = {
    o.key: o
    for o in (
        # What decides a check's findings: defaults and storage in app.core.config, which `check` reads too.
        Option("spelling/accept_english", config.DEFAULTS["spelling/accept_english"], bool,
               "Accepter aussi les mots anglais"),
        Option("checks/typography", config.DEFAULTS["checks/typography"], bool, "Vérifier la typographie française"),
        Option("checks/seo_title_max", config.DEFAULTS["checks/seo_title_max"], int, "Longueur maximale du titre SEO"),
        Option("checks/seo_description_max", config.DEFAULTS["checks/seo_description_max"], int,
               "Longueur maximale de la description SEO"),
        Option("editor/font_family", "DejaVu Sans Mono", str, "Police de l'éditeur"),
        Option("editor/font_size", 11, int, "Taille de police"),
        Option("preview/debounce_ms", 400, int, "Délai avant mise à jour de l'aperçu (ms)"),
        Option("recent/folders", [], list, "Dossiers récents"),
    )
}


def _settings() -> QSettings:
    return QSettings()


def get(key: str) -> Any:
    opt = OPTIONS[key]
    if key in config.DEFAULTS:
        return config.read_user_settings()[key]
    s = _settings()
    if opt.type is list:
        value = s.value(key, opt.default)
        if value is None:
            return []
        return [value] if isinstance(value, str) else list(value)
    return s.value(key, opt.default, type=opt.type)


def set_value(key: str, value: Any) -> None:
    opt = OPTIONS[key]
    if key in config.DEFAULTS:
        config.write_user_setting(key, opt.type(value))
        return
    s = _settings()
    if value == opt.default:
        s.remove(key)  # defaults are not written
    else:
        s.setValue(key, value)


def add_recent_folder(path: str, limit: int = 8) -> None:
    folders = [p for p in get("recent/folders") if p != path]
    set_value("recent/folders", [path, *folders][:limit])
