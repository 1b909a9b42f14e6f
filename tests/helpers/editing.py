"""Small helpers shared by the window tests: a two-article folder and typing at the end of the raw view."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QTextCursor


def two_article_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.md").write_text("---\ntitle: Alpha\n---\n\nPremier texte.\n", "utf-8")
    (folder / "b.md").write_text("# Bêta\n\nDeuxième texte.\n", "utf-8")
    return folder


def type_at_end(window, text: str) -> None:  # type: ignore[no-untyped-def]
    cursor = window.raw_editor.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    cursor.insertText(text)
    window.raw_editor.setTextCursor(cursor)
