"""Take screenshots of the real window (run under xvfb-run): python packaging/screenshot.py OUT.png [PATH] [ROW]."""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "resources/screenshots/main.png")
    source = Path(sys.argv[2]) if len(sys.argv) > 2 else Path(__file__).resolve().parents[1] / "seeds"
    row = int(sys.argv[3]) if len(sys.argv) > 3 else 0
    work = Path(tempfile.mkdtemp(prefix="relecture-shot-"))
    folder = work / "articles"
    shutil.copytree(source, folder)
    import os

    os.environ["RELECTURE_DATA_DIR"] = str(work / "data")
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from app.ui import workers
    from app.ui.application import create_application
    from app.ui.main_window import MainWindow

    create_application()
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(work / "settings"))
    window = MainWindow()
    window.resize(1500, 950)
    window.show()
    window.open_path(folder)
    workers.wait_all(30000)
    for _ in range(20):
        QApplication.processEvents()
    window.article_list.setCurrentIndex(window.proxy.index(row, 0))
    workers.wait_all(30000)
    for _ in range(50):
        QApplication.processEvents()
    out.parent.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(out))
    print(out)
    for doc in window.documents.values():
        doc.qdoc.setModified(False)
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
