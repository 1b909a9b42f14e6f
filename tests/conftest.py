"""Test set-up: offscreen Qt, settings and user data in a temp dir, Qt warnings fail tests."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
SEED_NAMES = sorted(p.name for p in SEEDS.iterdir() if p.is_file())


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    data = tmp_path_factory.mktemp("userdata")
    monkeypatch.setenv("RELECTURE_DATA_DIR", str(data))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(data / "config"))


@pytest.fixture
def seeds_copy(tmp_path: Path) -> Path:
    """A writable copy of the four sample articles (the repo's seeds/ are never touched)."""
    folder = tmp_path / "articles"
    folder.mkdir()
    for name in SEED_NAMES:
        shutil.copyfile(SEEDS / name, folder / name)
    return folder


@pytest.fixture
def qt_settings(tmp_path: Path, qapp: object) -> None:
    """QSettings pointed at a temp dir (nothing written to the real user config)."""
    from PySide6.QtCore import QSettings

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    QSettings().clear()


@pytest.fixture
def sync_workers() -> object:
    """Background tasks run inline, in order (a synchronous pool)."""
    from app.ui import workers

    workers.set_synchronous(True)
    yield workers
    workers.set_synchronous(False)


@pytest.fixture
def window(qtbot: object, qt_settings: None, sync_workers: object) -> object:
    from app.ui.application import create_application
    from app.ui.main_window import MainWindow

    create_application()
    win = MainWindow()
    win.quiet_errors = True
    qtbot.addWidget(win)  # type: ignore[attr-defined]
    win.show()
    yield win
    # Leave nothing behind for the next test: no pending task result, no unsaved-work prompt at close.
    from PySide6.QtWidgets import QApplication

    from app.ui import workers

    workers.wait_all(30000)
    QApplication.processEvents()
    for doc in list(win.documents.values()):
        doc.qdoc.setModified(False)
        doc.convert_to_utf8 = False
    win.confirm_discard = lambda *_args, **_kw: True  # type: ignore[method-assign]
    win.close()
    workers.wait_all(30000)
    QApplication.processEvents()
