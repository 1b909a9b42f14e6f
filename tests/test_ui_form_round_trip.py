"""Issue 13 point 1: every form field round-trips every character. Focusing a field in and out changes nothing;
typing in a field changes exactly what was typed. Checked on the bytes written to disk."""

from __future__ import annotations

import difflib
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QWidget

from app.core import frontmatter
from app.ui.tag_editor import TagEditor

NBSP, NNBSP, THIN, SHY, ZWJ = "\u00a0", "\u202f", "\u2009", "\u00ad", "\u200d"
FAMILY = f"👨{ZWJ}👩{ZWJ}👧"

SOURCE = (
    "---\n"
    f"title: Un{NBSP}titre{NNBSP}! avec{THIN}fine et pa{SHY}ge\n"
    'author: "Ana\tBé  "\n'
    "description: |-\n"
    f"  Première ligne{NBSP}!\n"
    f"  Deuxième{NNBSP}? {FAMILY}\n"
    'summary: "avant\\rapres"\n'
    f'tags: ["Saint{NBSP}Denis", "{FAMILY}"]\n'
    "seo:\n"
    f'  title: "Réf{THIN}titre  "\n'
    f"  description: Résumé{NBSP}court{NNBSP}; fin\n"
    "ratio: 0.123456789\n"
    "big: 1.5e+20\n"
    "weight: 3\n"
    "date: 2024-03-01T10:15:30.250+01:00\n"
    "draft: false\n"
    "---\n"
    "Texte\n"
)
KEYS = ["title", "author", "description", "summary", "tags", "seo.title", "seo.description", "ratio", "big", "weight",
        "date", "draft"]


@pytest.fixture
def window(window):
    def discard(_action: str) -> bool:
        for doc in window.documents.values():
            doc.qdoc.setModified(False)
        return True

    window.confirm_discard = discard
    return window


@pytest.fixture
def article(tmp_path: Path) -> Path:
    folder = tmp_path / "blog"
    folder.mkdir()
    path = folder / "post.md"
    path.write_bytes(SOURCE.encode("utf-8"))
    return path


def _open(window, path: Path) -> None:
    window.open_path(path.parent)
    window.select_path(path)
    assert window.current is not None and window.current.path == path


def _input(window, key: str) -> QWidget:
    widget = window.front_matter_form.field(key)
    assert widget is not None, f"no field for {key}"
    return widget.input if isinstance(widget, TagEditor) else widget


def _focus_in_and_out(qtbot, window, widget: QWidget) -> None:
    window.activateWindow()
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    assert widget.hasFocus()
    window.raw_editor.setFocus(Qt.FocusReason.TabFocusReason)
    assert not widget.hasFocus()


def _save(qtbot, window) -> None:
    window.activateWindow()
    window.raw_editor.setFocus()
    qtbot.keyClick(window.raw_editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not window.current.dirty


def test_focusing_every_field_in_and_out_changes_nothing(window, qtbot, article: Path) -> None:
    _open(window, article)
    data = frontmatter.parse(SOURCE).data
    assert data["summary"] == "avant\rapres" and data["author"] == "Ana\tBé  "  # the fixture holds what it says
    for key in KEYS:
        _focus_in_and_out(qtbot, window, _input(window, key))
        assert window.current.text() == SOURCE, f"focusing {key} in and out changed the text"
        assert not window.current.dirty, f"focusing {key} in and out marked the article modified"
    # Ctrl+Return in a multi-line field commits it too: still nothing to change.
    description = _input(window, "description")
    description.setFocus()
    qtbot.keyClick(description, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert window.current.text() == SOURCE and not window.current.dirty
    window.save_action.trigger()
    assert article.read_bytes() == SOURCE.encode("utf-8")


def _type(qtbot, widget: QWidget, typed: str) -> None:
    """Real key events, one per character. QTest.keyClicks handles Latin-1 only (it aborts on U+202F or an
    emoji), so the others come as key events carrying their text, as an input method sends them."""
    for char in typed:
        if ord(char) < 0x100:
            qtbot.keyClicks(widget, char)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char))


def _append(qtbot, widget: QWidget, typed: str) -> None:
    widget.setFocus()
    if isinstance(widget, QPlainTextEdit):
        widget.moveCursor(widget.textCursor().MoveOperation.End)
    elif isinstance(widget, QLineEdit):
        widget.end(False)
    _type(qtbot, widget, typed)


def test_typing_in_fields_changes_exactly_what_was_typed(window, qtbot, article: Path) -> None:
    _open(window, article)
    typed = {
        "title": f"{NNBSP}?",
        "description": f" et{NBSP}plus{THIN}!",
        "summary": f"{NBSP}fin",
        "seo.description": f" {FAMILY}{NBSP}",
        "author": "  ",
    }
    for key, text in typed.items():
        _append(qtbot, _input(window, key), text)
        window.raw_editor.setFocus()  # focus out commits
    tags = _input(window, "tags")
    tags.setFocus()
    _type(qtbot, tags, f"Île{NBSP}de{NBSP}France")
    qtbot.keyClick(tags, Qt.Key.Key_Return)
    _save(qtbot, window)

    saved = article.read_bytes().decode("utf-8")
    data = frontmatter.parse(saved).data
    before = frontmatter.parse(SOURCE).data
    assert data["title"] == before["title"] + typed["title"]
    assert data["description"] == before["description"] + typed["description"]
    assert data["summary"] == "avant\rapres" + typed["summary"]
    assert data["seo"]["description"] == before["seo"]["description"] + typed["seo.description"]
    assert data["seo"]["title"] == before["seo"]["title"]
    assert data["author"] == "Ana\tBé    "
    assert data["tags"] == [f"Saint{NBSP}Denis", FAMILY, f"Île{NBSP}de{NBSP}France"]
    # Only the edited keys' lines changed; the untouched seo.title line is byte for byte the same.
    changed = [d for d in difflib.ndiff(SOURCE.splitlines(True), saved.splitlines(True)) if d[:1] in "+-"]
    assert f'  title: "Réf{THIN}titre  "\n' in saved.splitlines(True)
    assert not any(line[2:].startswith("  title:") for line in changed)
    assert saved.endswith("---\nTexte\n")


def test_a_multi_line_value_holding_a_carriage_return_is_edited_as_its_yaml_source(
    window, qtbot, article: Path
) -> None:
    """A QTextDocument turns \\r into a line break: such a value is shown as its YAML source, which keeps it."""
    source = SOURCE.replace('summary: "avant\\rapres"', 'summary: "un\\rdeux\\ntrois"')
    article.write_bytes(source.encode("utf-8"))
    _open(window, article)
    edit = _input(window, "summary")
    assert isinstance(edit, QPlainTextEdit)
    _focus_in_and_out(qtbot, window, edit)
    assert window.current.text() == source and not window.current.dirty
    _append(qtbot, edit, "")
    edit.moveCursor(edit.textCursor().MoveOperation.End)
    edit.moveCursor(edit.textCursor().MoveOperation.Left)  # before the closing quote
    _type(qtbot, edit, f"{NBSP}!")
    window.raw_editor.setFocus()
    _save(qtbot, window)
    assert frontmatter.parse(article.read_text("utf-8")).data["summary"] == f"un\rdeux\ntrois{NBSP}!"
