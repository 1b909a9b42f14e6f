"""The one settings module the window and `relecture check` both read.

Three layers, later ones winning: the declared defaults (DEFAULTS), the user's settings file
(user_data_dir()/settings.json, written by the window's Préférences), and the repo config
`.relecture/config.toml` found by walking up from each checked path (like .editorconfig). The
dictionaries are decided here too: the personal one (user_data_dir()/dictionary.txt), the folder one
(`.relecture/dictionary.txt`) and the ignored words.
"""

from __future__ import annotations

import fnmatch
import json
import os
import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from app import paths
from app.core.atomic import write_atomic
from app.core.checks import CHECKS, DEFAULT_CHECKS

CONFIG_DIR = ".relecture"
CONFIG_FILE = "config.toml"
LEVELS = ("error", "warning", "note")

# Preferences that decide what a check finds (the window's other preferences stay in QSettings).
DEFAULTS: dict[str, Any] = {
    "spelling/accept_english": False,
    "spelling/ignored": [],  # words never flagged, for every folder
    "checks/typography": False,
    "checks/grammar": False,
    "checks/seo_title_max": 60,
    "checks/seo_description_max": 160,
}
# A check's level when no config says otherwise (SARIF level, GitHub command, --fail-on).
DEFAULT_SEVERITY: dict[str, str] = {
    "mojibake": "error",
    "mojibake-residue": "warning",
    "spelling": "warning",
    "grammar": "warning",
    "frontmatter": "error",
    "typography": "warning",
}


class ConfigError(Exception):
    """An invalid settings file or repo config: one line naming the file (and the line)."""


# --- the user's settings file ----------------------------------------------------------------------


def user_settings_path() -> Path:
    return paths.user_data_dir() / "settings.json"


def personal_dictionary_path() -> Path:
    return paths.user_data_dir() / "dictionary.txt"


def read_user_settings() -> dict[str, Any]:
    """DEFAULTS overlaid with the user's settings file (a missing or unreadable file changes nothing)."""
    values = dict(DEFAULTS)
    try:
        raw = json.loads(user_settings_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return values
    if isinstance(raw, dict):
        for key, value in raw.items():
            if key in DEFAULTS and isinstance(value, type(DEFAULTS[key])):
                values[key] = value
    return values


def write_user_setting(key: str, value: Any) -> None:
    """Store one preference; a default value is removed from the file (defaults are not written)."""
    if key not in DEFAULTS:
        raise KeyError(key)
    path = user_settings_path()
    try:
        stored = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(stored, dict):
            stored = {}
    except (OSError, ValueError):
        stored = {}
    if value == DEFAULTS[key]:
        stored.pop(key, None)
    else:
        stored[key] = value
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(path, (json.dumps(stored, ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode("utf-8"))


# --- the repo config -------------------------------------------------------------------------------


@dataclass(frozen=True)
class RepoConfig:
    """`.relecture/config.toml`; root is the folder holding `.relecture/`."""

    root: Path
    exclude: tuple[str, ...] = ()
    disable: frozenset[str] = frozenset()
    enable: frozenset[str] = frozenset()
    severity: tuple[tuple[str, str], ...] = ()
    seo_title_max: int | None = None
    seo_description_max: int | None = None
    schema: Path | None = None
    ignore_words: frozenset[str] = frozenset()
    accept_english: bool | None = None

    def excludes(self, path: Path) -> bool:
        """True when path (a file under root) matches one of the exclude globs."""
        try:
            rel = Path(os.path.abspath(path)).relative_to(os.path.abspath(self.root)).as_posix()
        except ValueError:
            return False
        return any(_glob_match(rel, pattern) for pattern in self.exclude)


def _glob_match(rel: str, pattern: str) -> bool:
    pattern = pattern.strip("/")
    if pattern.endswith("/**"):
        base = pattern[:-3]
        if rel == base or rel.startswith(base + "/") or fnmatch.fnmatchcase(rel.split("/")[0], base):
            return True
    return fnmatch.fnmatchcase(rel, pattern) or fnmatch.fnmatchcase(rel, pattern.replace("**/", ""))


_SCHEMA: dict[str, dict[str, type | tuple[type, ...]]] = {
    "": {"exclude": list},
    "checks": {"disable": list, "enable": list},
    "severity": {kind: str for kind in DEFAULT_SEVERITY},
    "seo": {"title_max": int, "description_max": int},
    "frontmatter": {"schema": str},
    "spelling": {"ignore": list, "accept_english": bool},
}


def _line_of(text: str, key: str, table: str) -> int:
    """The line where key is written (in [table] when there is one): 1-based, 0 when not found."""
    current = ""
    for number, line in enumerate(text.splitlines(), 1):
        stripped = line.strip()
        header = re.match(r"\[\s*([^\]]+?)\s*\]", stripped)
        if header:
            current = header.group(1).strip().strip('"')
            if not table and current == key:
                return number
            continue
        if current == table and re.match(rf"[\"']?{re.escape(key)}[\"']?\s*=", stripped):
            return number
    return 0


def parse_repo_config(text: str, root: Path, where: str = CONFIG_FILE) -> RepoConfig:
    """A repo config from its TOML text; ConfigError for bad TOML, unknown keys or wrong types."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{where} : TOML invalide : {exc}") from None

    def bad(msg: str, key: str, table: str) -> ConfigError:
        line = _line_of(text, key, table)
        return ConfigError(f"{where}:{line} : {msg}" if line else f"{where} : {msg}")

    values: dict[str, dict[str, Any]] = {"": {}}
    for key, value in data.items():
        if isinstance(value, dict):
            if key not in _SCHEMA or key == "":
                raise bad(f"section inconnue [{key}]", key, "")
            values[key] = {}
            for sub, subvalue in value.items():
                expected = _SCHEMA[key].get(sub)
                if expected is None:
                    raise bad(f"clé inconnue « {sub} » dans [{key}]", sub, key)
                if not isinstance(subvalue, expected) or (expected is int and isinstance(subvalue, bool)):
                    raise bad(f"« {sub} » dans [{key}] : type attendu {_type_name(expected)}", sub, key)
                values[key][sub] = subvalue
        else:
            expected = _SCHEMA[""].get(key)
            if expected is None:
                raise bad(f"clé inconnue « {key} »", key, "")
            if not isinstance(value, expected):
                raise bad(f"« {key} » : type attendu {_type_name(expected)}", key, "")
            values[""][key] = value
    checks = values.get("checks", {})
    for name in ("disable", "enable"):
        unknown = [c for c in checks.get(name, []) if c not in CHECKS]
        if unknown:
            raise bad(f"[checks] {name} : vérification inconnue {unknown[0]!r} (au choix : {', '.join(CHECKS)})",
                      name, "checks")  # fmt: skip
    severity = values.get("severity", {})
    for kind, level in severity.items():
        if level not in LEVELS:
            choices = ", ".join(LEVELS)
            raise bad(f"[severity] {kind} : niveau {level!r} inconnu (au choix : {choices})", kind, "severity")
    seo = values.get("seo", {})
    schema = values.get("frontmatter", {}).get("schema")
    spelling = values.get("spelling", {})
    return RepoConfig(
        root=root,
        exclude=tuple(str(p) for p in values[""].get("exclude", [])),
        disable=frozenset(checks.get("disable", [])),
        enable=frozenset(checks.get("enable", [])),
        severity=tuple(sorted(severity.items())),
        seo_title_max=seo.get("title_max"),
        seo_description_max=seo.get("description_max"),
        schema=(root / schema) if schema else None,
        ignore_words=frozenset(str(w) for w in spelling.get("ignore", [])),
        accept_english=spelling.get("accept_english"),
    )


def _type_name(t: type | tuple[type, ...]) -> str:
    names: dict[Any, str] = {list: "une liste", int: "un entier", str: "un texte", bool: "true ou false"}
    return names.get(t, str(t))


@lru_cache(maxsize=4096)
def project_root(folder: str) -> str | None:
    """The nearest folder at or above `folder` holding a `.relecture/` folder, or None."""
    current = Path(os.path.abspath(folder))
    while True:
        if (current / CONFIG_DIR).is_dir():
            return str(current)
        if current.parent == current:
            return None
        current = current.parent


@lru_cache(maxsize=256)
def _load_repo_config(root: str) -> RepoConfig:
    path = Path(root) / CONFIG_DIR / CONFIG_FILE
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        return RepoConfig(root=Path(root))
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path} : illisible ({exc})") from None
    return parse_repo_config(text, Path(root), str(path))


def repo_config_for(path: Path) -> RepoConfig | None:
    """The repo config governing path (a file or a folder); None when no `.relecture/` is above it."""
    folder = path if path.is_dir() else path.parent
    root = project_root(str(folder))
    return _load_repo_config(root) if root is not None else None


def clear_caches() -> None:
    project_root.cache_clear()
    _load_repo_config.cache_clear()


# --- what a check of one file uses -----------------------------------------------------------------


@dataclass(frozen=True)
class Profile:
    """Everything that decides a file's findings besides its text (hashable: the cache key uses it)."""

    checks: frozenset[str]
    accept_english: bool
    seo_title_max: int
    seo_description_max: int
    words: frozenset[str]  # personal + folder dictionary
    ignored: frozenset[str]
    schema_folder: str | None  # the folder whose .relecture/schema.yaml applies
    schema_file: str | None  # [frontmatter] schema
    severity: tuple[tuple[str, str], ...] = field(default=())

    def level(self, kind: str) -> str:
        return dict(self.severity).get(kind, DEFAULT_SEVERITY.get(kind, "warning"))


def default_checks(user: dict[str, Any] | None = None) -> frozenset[str]:
    """The checks the window runs with these user settings (and `check` without --only)."""
    values = user if user is not None else read_user_settings()
    chosen = {c for c in DEFAULT_CHECKS if c not in ("typography", "grammar")}
    if values["checks/typography"]:
        chosen.add("typography")
    if values["checks/grammar"]:
        chosen.add("grammar")
    return frozenset(chosen)


def read_words(paths_: Iterable[Path]) -> frozenset[str]:
    """The words of the dictionary files that exist (ConfigError naming an unreadable one)."""
    from app.core.spelling import read_word_file

    words: set[str] = set()
    for p in paths_:
        try:
            words |= read_word_file(p)
        except (OSError, UnicodeDecodeError) as exc:
            raise ConfigError(f"dictionnaire illisible : {p} ({exc})") from None
    return frozenset(words)


def profile_for(
    path: Path,
    only: frozenset[str] | None = None,
    *,
    user_dictionary: bool = True,
    folder: Path | None = None,
) -> Profile:
    """The settings a check of `path` uses: the window's defaults, the user's settings, then the repo config.

    `only` (the CLI's --only) replaces the chosen checks; the repo config's [checks] disable still applies to
    the defaults only (an explicit --only wins). `folder` is the opened folder (the window's), whose
    dictionary also applies.
    """
    user = read_user_settings() if user_dictionary else dict(DEFAULTS)
    repo = repo_config_for(path)
    if only is None:
        checks = set(default_checks(user))
        if repo is not None:
            checks = (checks | repo.enable) - repo.disable
    else:
        checks = set(only)
    dict_files: list[Path] = [personal_dictionary_path()] if user_dictionary else []
    roots = {str(repo.root)} if repo is not None else set()
    if folder is not None:
        roots.add(os.path.abspath(folder))
    from app.core.spelling import folder_dictionary_path

    dict_files.extend(folder_dictionary_path(Path(r)) for r in sorted(roots))
    ignored = set(user["spelling/ignored"])
    english = bool(user["spelling/accept_english"])
    title_max, desc_max = int(user["checks/seo_title_max"]), int(user["checks/seo_description_max"])
    severity: tuple[tuple[str, str], ...] = ()
    schema_file = None
    if repo is not None:
        ignored |= repo.ignore_words
        english = repo.accept_english if repo.accept_english is not None else english
        title_max = repo.seo_title_max or title_max
        desc_max = repo.seo_description_max or desc_max
        severity = repo.severity
        schema_file = str(repo.schema) if repo.schema else None
    return Profile(
        checks=frozenset(checks),
        accept_english=english,
        seo_title_max=title_max,
        seo_description_max=desc_max,
        words=read_words(dict_files),
        ignored=frozenset(ignored),
        schema_folder=str(path.parent if not path.is_dir() else path),
        schema_file=schema_file,
        severity=severity,
    )


_SPELLERS: dict[tuple[bool, frozenset[str], frozenset[str]], Any] = {}


def speller_for(profile: Profile) -> Any:
    """The Speller of a profile, built once per process (lexicon + dictionaries + ignored words)."""
    if not (profile.accept_english or profile.words or profile.ignored):
        from app.core.spelling import default_speller

        return default_speller()
    key = (profile.accept_english, profile.words, profile.ignored)
    speller = _SPELLERS.get(key)
    if speller is None:
        from app.core.spelling import Speller

        if len(_SPELLERS) > 8:
            _SPELLERS.clear()
        speller = Speller(accept_english=profile.accept_english, extra_words=profile.words)
        for w in profile.ignored:
            speller.ignore(w)
        _SPELLERS[key] = speller
    return speller


def window_options(folder: Path | None, suggestions: bool, speller: Any) -> Any:
    """The window's CheckOptions for its open folder: the same checks and limits `check` uses there."""
    from app.core.checks import CheckOptions

    user = read_user_settings()
    checks = set(default_checks(user))
    title_max, desc_max = int(user["checks/seo_title_max"]), int(user["checks/seo_description_max"])
    try:
        repo = repo_config_for(folder) if folder is not None else None
    except ConfigError:
        repo = None  # the window shows the folder anyway; `check` reports the bad config
    if repo is not None:
        checks = (checks | repo.enable) - repo.disable
        title_max = repo.seo_title_max or title_max
        desc_max = repo.seo_description_max or desc_max
    return CheckOptions(only=frozenset(checks), suggestions=suggestions, speller=speller,
                        seo_title_max=title_max, seo_description_max=desc_max)  # fmt: skip


def ignored_words(folder: Path | None) -> frozenset[str]:
    """Words never flagged: the user's settings plus the repo config's [spelling] ignore."""
    words = set(read_user_settings()["spelling/ignored"])
    try:
        repo = repo_config_for(folder) if folder is not None else None
    except ConfigError:
        repo = None
    if repo is not None:
        words |= repo.ignore_words
    return frozenset(words)
