"""Answer a modal dialog opened with exec(): a timer finds it and clicks the button with the given text."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget


class ModalAnswer:
    """Clicks `text` on the next modal dialog; records what the dialog showed (for assertions)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.seen: QWidget | None = None
        self.dialog_text = ""
        self.detailed_text = ""
        self.buttons: list[str] = []
        self.tries = 0
        QTimer.singleShot(0, self._try)

    def _try(self) -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            self.tries += 1
            if self.tries < 200:
                QTimer.singleShot(10, self._try)
            return
        self.seen = dialog
        self.dialog_text = getattr(dialog, "text", lambda: "")()
        self.detailed_text = getattr(dialog, "detailedText", lambda: "")()
        buttons = dialog.findChildren(QAbstractButton)
        self.buttons = [b.text() for b in buttons]
        for b in buttons:
            if b.text() == self.text:
                b.click()
                return
        dialog.close()  # unknown button: close rather than hang the test


def leaves_window_clean(test):  # type: ignore[no-untyped-def]
    """Mark every buffer saved when the test ends, even when it fails.

    pytest-qt closes widgets BEFORE fixture teardown, so a dirty buffer would open the modal "unsaved changes"
    question during teardown and hang the run instead of reporting the failure.
    """
    import functools

    @functools.wraps(test)
    def wrapper(*args, **kwargs):  # type: ignore[no-untyped-def]
        try:
            return test(*args, **kwargs)
        finally:
            window = kwargs.get("window")
            for doc in getattr(window, "documents", {}).values():
                doc.qdoc.setModified(False)
                doc.convert_to_utf8 = False

    return wrapper
