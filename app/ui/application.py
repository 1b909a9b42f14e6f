"""Starting the GUI: QApplication, translations, the window, and the --smoke run."""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

_T0 = time.perf_counter()


def create_application() -> object:
    from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
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
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    translators = []
    qt_tr = QTranslator(app)
    if qt_tr.load(QLocale(), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_tr)
        translators.append(qt_tr)
    app.setProperty("relecture_translators", len(translators))
    return app


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
    list_ms = (time.perf_counter() - t) * 1000 - 0.0
    count = window.model.rowCount()
    first_render_ms = 0.0
    checks_ms = 0.0
    if count:
        t = time.perf_counter()
        window.cancel_scan()
        if window.current is None:
            window.step_article(0)
        QApplication.processEvents()
        first_render_ms = (time.perf_counter() - t) * 1000 + window_first_render(window)
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


def window_first_render(window: object) -> float:
    return float(getattr(window, "first_render_extra_ms", 0.0))
