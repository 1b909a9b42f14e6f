"""Starting the GUI: QApplication, translations, the window, and the --smoke run."""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

_T0 = time.perf_counter()


def create_application() -> object:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from app import __version__, paths

    app = QApplication.instance()
    if app is None:
        QCoreApplication.setOrganizationName("Relecture")
        QCoreApplication.setApplicationName("Relecture")
        QCoreApplication.setApplicationVersion(__version__)
        app = QApplication(sys.argv[:1])
    QApplication.setApplicationDisplayName("Relecture")
    QApplication.setDesktopFileName("relecture")
    icon = paths.resources_dir() / "icons" / "relecture.svg"
    if icon.exists():
        QApplication.setWindowIcon(QIcon(str(icon)))
    translators = install_translations(app, ui_language())
    app.setProperty("relecture_translators", len(translators))
    if not app.property("relecture_theme_set"):
        from app.ui.theme import apply_theme, follow_system

        apply_theme(app)
        follow_system(app)
        app.setProperty("relecture_theme_set", True)
    return app


LANGUAGES = ("fr", "en")  # fr: the source strings; others need resources/translations/relecture_<lang>.qm
_installed: list[object] = []


def translations_dir() -> Path:
    from app import paths

    return paths.resources_dir() / "translations"


def ui_language() -> str:
    """RELECTURE_LANG, else the system locale (LANG…) when a translation exists for it, else French."""
    from PySide6.QtCore import QLocale

    wanted = os.environ.get("RELECTURE_LANG") or QLocale.system().name()
    lang = wanted.split("_")[0].split(".")[0].lower()
    return lang if lang in LANGUAGES else "fr"


def install_translations(app: object, lang: str, folder: Path | None = None) -> list[object]:
    """Install Qt's own strings (qtbase_<lang>.qm) and ours (relecture_<lang>.qm); replaces earlier ones.

    The source strings are French: a missing .qm leaves the French interface (with "mot(s)" plurals).
    """
    from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
    from PySide6.QtWidgets import QApplication

    assert isinstance(app, QApplication)
    for old in _installed:
        app.removeTranslator(old)  # type: ignore[arg-type]
    _installed.clear()
    if lang == "fr":
        QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    else:
        QLocale.setDefault(QLocale(lang))
    qt_tr = QTranslator(app)
    if qt_tr.load(QLocale(), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_tr)
        _installed.append(qt_tr)
    ours = QTranslator(app)  # for French, only the plural forms ("1 mot", "2 mots")
    if ours.load(f"relecture_{lang}", str(folder or translations_dir())):
        app.installTranslator(ours)
        _installed.append(ours)
    return list(_installed)


def run_gui(path: str | None, smoke: bool = False) -> int:
    from app import paths

    if smoke:
        os.environ.setdefault("QT_QPA_PLATFORM", os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    started = time.perf_counter()
    app = create_application()
    from app.ui.main_window import MainWindow

    target = Path(path) if path else paths.sample_copy()
    if path and not target.exists():
        print(f"relecture: {path} : fichier ou dossier introuvable", file=sys.stderr)
        return 2
    window = MainWindow()
    if not smoke:
        window.restore_window_state()
    window.show()
    startup_ms = (time.perf_counter() - _T0) * 1000
    if smoke:
        return _smoke(app, window, target, startup_ms, started)
    window.open_path(target)
    return app.exec()  # type: ignore[attr-defined, no-any-return]


def _smoke(app: object, window: object, target: Path, startup_ms: float, started: float) -> int:
    from PySide6.QtWidgets import QApplication

    from app.core.checks import check_text
    from app.ui import workers
    from app.ui.main_window import MainWindow

    assert isinstance(window, MainWindow)
    window.quiet_errors = True
    QApplication.processEvents()
    t = time.perf_counter()
    window.open_path(target)
    list_ms = (time.perf_counter() - t) * 1000  # the list, and the first article shown and rendered
    count = window.model.rowCount()
    first_render_ms = 0.0
    checks_ms = 0.0
    if count:
        t = time.perf_counter()
        window.cancel_scan()
        if window.current is None:
            window.step_article(0)
        QApplication.processEvents()
        first_render_ms = (time.perf_counter() - t) * 1000  # open_path rendered the article: what is left
        t = time.perf_counter()
        doc = window.current
        if doc is not None:
            check_text(doc.text(), window.check_options(suggestions=True))
        checks_ms = (time.perf_counter() - t) * 1000
    workers.wait_all(10000)
    out = {
        "startup_ms": round(startup_ms, 1),
        "list_ms": round(list_ms, 1),
        "first_render_ms": round(first_render_ms, 1),
        "checks_ms": round(checks_ms, 1),
        "articles": count,
    }
    print(json.dumps(out))
    window.close()
    return 0
