"""“Vérifier les modifications…”: the unified diff between the file on disk and the edit buffer, before saving."""

from __future__ import annotations

import difflib
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QColor,
    QFontDatabase,
    QSyntaxHighlighter,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core import article as core_article


def unified_diff(old: str, new: str, name: str) -> str:
    """The diff as text; lines keep no line breaks so CRLF files read like LF ones."""
    lines = difflib.unified_diff(
        old.splitlines(), new.splitlines(), f"{name} (disque)", f"{name} (modifié)", lineterm="", n=3
    )
    return "\n".join(lines)


class _DiffHighlighter(QSyntaxHighlighter):
    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self.formats: dict[str, QTextCharFormat] = {}
        for kind, fg in (("+", "#1b5e20"), ("-", "#b71c1c"), ("@", "#0d47a1")):
            fmt = QTextCharFormat()
            fmt.setForeground(QColor(fg))
            self.formats[kind] = fmt
        self.header = QTextCharFormat()
        self.header.setFontWeight(700)

    def highlightBlock(self, text: str) -> None:
        if self.currentBlock().blockNumber() < 2 and text.startswith(("---", "+++")):
            self.setFormat(0, len(text), self.header)
        elif text[:1] in self.formats:
            self.setFormat(0, len(text), self.formats[text[:1]])


def _shade_lines(document: QTextDocument) -> None:
    """Whole-width backgrounds for added and removed lines (a highlighter only colours the characters)."""
    shades = {"+": QColor("#e6f4ea"), "-": QColor("#fdecea"), "@": QColor("#e8eef9")}
    cursor = QTextCursor(document)
    block = document.firstBlock()
    while block.isValid():
        text = block.text()
        shade = None if block.blockNumber() < 2 and text.startswith(("---", "+++")) else shades.get(text[:1])
        if shade is not None:
            cursor.setPosition(block.position())
            fmt = QTextBlockFormat()
            fmt.setBackground(shade)
            cursor.mergeBlockFormat(fmt)
        block = block.next()


class DiffDialog(QDialog):
    """Shows the diff; “Enregistrer” accepts the dialog (the caller saves), “Fermer” rejects it."""

    def __init__(self, name: str, disk_text: str, buffer_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("diffDialog")
        self.setWindowTitle(self.tr("Vérifier les modifications — {0}").format(name))
        self.diff = unified_diff(disk_text, buffer_text, name)
        body = self.diff.split("\n")[2:] if self.diff else []
        added = sum(1 for line in body if line.startswith("+"))
        removed = sum(1 for line in body if line.startswith("-"))
        self.summary = QLabel(self)
        self.summary.setObjectName("diffSummary")
        if self.diff:
            message = self.tr("Différences entre le fichier sur le disque et le texte en cours : "
                              "{0} ligne(s) retirée(s), {1} ajoutée(s).")  # fmt: skip
            self.summary.setText(message.format(removed, added))
        else:
            self.summary.setText(self.tr("Aucune modification par rapport au fichier sur le disque."))
        self.view = QPlainTextEdit(self)
        self.view.setObjectName("diffView")
        self.view.setReadOnly(True)
        self.view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.view.setPlainText(self.diff)
        self.highlighter = _DiffHighlighter(self.view.document())
        _shade_lines(self.view.document())
        self.buttons = QDialogButtonBox(self)
        self.save_button = QPushButton(self.tr("Enregistrer"), self)
        self.save_button.setObjectName("diffSaveButton")
        self.save_button.setEnabled(bool(self.diff))
        self.close_button = QPushButton(self.tr("Fermer"), self)
        self.close_button.setObjectName("diffCloseButton")
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.close_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.buttons)
        self.resize(900, 600)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)


def review_changes(window: Any) -> DiffDialog | None:
    """Open the dialog for the window's current article (window-modal, not blocking); saving goes through
    the window so errors are reported the usual way."""
    doc = window.current
    if doc is None:
        return None
    try:
        disk = core_article.load(doc.path).text
    except core_article.ArticleError:
        disk = ""  # the file vanished: everything is new
    dialog = DiffDialog(doc.path.name, disk, doc.disk_text(), window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.accepted.connect(lambda d=doc: window.save_document(d))
    dialog.open()
    return dialog
