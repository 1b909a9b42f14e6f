"""Spelling in the window: underlines at the right UTF-16 place, the context menu, the word files."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCharFormat
from PySide6.QtWidgets import QMenu

from app import paths
from app.core.spelling import folder_dictionary_path, read_word_file
from app.ui.offsets import Utf16Map


@pytest.fixture(autouse=True)
def _no_unsaved_prompt_at_close(request: pytest.FixtureRequest) -> None:
    """pytest-qt closes the window before fixtures tear down: never block on the unsaved-changes question."""
    if "window" in request.fixturenames:
        window = request.getfixturevalue("window")
        window.confirm_discard = lambda _action: True


def open_text(window, folder: Path, text: str, name: str = "article.md"):  # type: ignore[no-untyped-def]
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")
    window.open_path(folder)
    doc = window.current
    assert doc is not None and doc.path == folder / name
    return doc


def spelling_marks(doc):  # type: ignore[no-untyped-def]
    return [m for m in doc.highlighter.marks if m.kind == "spelling"]


def menu_at(window, doc, word: str) -> QMenu:  # type: ignore[no-untyped-def]
    """The raw editor's context menu as it is filled for a right click inside `word`."""
    text = doc.text()
    position = Utf16Map(text).to_utf16(text.index(word) + 1)
    menu = window.raw_editor.createStandardContextMenu()
    window.raw_editor.context_menu_about_to_show.emit(menu, position)
    return menu


def action(menu: QMenu, text: str):  # type: ignore[no-untyped-def]
    return next(a for a in menu.actions() if a.text() == text)


def test_underline_after_emoji_is_at_the_utf16_position(window, tmp_path):
    doc = open_text(window, tmp_path / "a", "🙂 fautte\n")
    (mark,) = spelling_marks(doc)
    assert (mark.start, mark.end) == (3, 9)  # 🙂 is two UTF-16 units, then a space
    # What is painted: the wave underline covers exactly "fautte" in the block's layout.
    block = doc.qdoc.firstBlock()
    waves = [
        r for r in block.layout().formats() if r.format.underlineStyle() == QTextCharFormat.UnderlineStyle.WaveUnderline
    ]
    covered = sorted({r.start + k for r in waves for k in range(r.length)})
    assert covered == list(range(3, 9))


def test_menu_suggestions_first_and_choosing_one_replaces_only_that_word(window, tmp_path, qtbot):
    text = "Une fautte ici, et encore une fautte là.\n"
    doc = open_text(window, tmp_path / "a", text)
    menu = menu_at(window, doc, "fautte")
    actions = menu.actions()
    assert actions[0].text() == "faute" and actions[0].font().bold()
    labels = [a.text() for a in actions]
    for label in ("Ajouter à mon dictionnaire", "Ajouter au dictionnaire du dossier", "Ignorer"):
        assert label in labels
    # Standard editing entries stay, below ours.
    assert labels.index("Ignorer") < len(labels) - 1
    actions[0].trigger()
    assert doc.text() == "Une faute ici, et encore une fautte là.\n"
    qtbot.keyClick(window.raw_editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert doc.text() == text


def test_no_spelling_entries_on_a_correct_word(window, tmp_path):
    doc = open_text(window, tmp_path / "a", "Une fautte ici.\n")
    menu = menu_at(window, doc, "ici")
    assert "Ignorer" not in [a.text() for a in menu.actions()]


def test_add_to_folder_dictionary_writes_the_file_and_clears_the_underline(window, tmp_path):
    folder = tmp_path / "articles"
    doc = open_text(window, folder, "Le brouzouf est une monnaie.\n")
    other = folder / "autre.md"
    other.write_text("Encore du brouzouf.\n", encoding="utf-8")
    assert [m.finding.text for m in spelling_marks(doc)] == ["brouzouf"]
    action(menu_at(window, doc, "brouzouf"), "Ajouter au dictionnaire du dossier").trigger()
    assert folder_dictionary_path(folder) == folder / ".relecture" / "dictionary.txt"
    assert read_word_file(folder / ".relecture" / "dictionary.txt") == {"brouzouf"}
    assert spelling_marks(doc) == []
    assert not [f for f in window.findings_panel.findings if f.kind == "spelling"]
    # Another article opened afterwards is checked with the same words.
    window.model.add_paths([other])
    window.select_path(other)
    assert window.current.path == other
    assert spelling_marks(window.current) == []
    # A new window on the same folder reads the file (shared with the team through git).
    window.spelling.rebuild()
    assert window.spelling.speller_now().is_correct("brouzouf")


def test_add_to_personal_dictionary_persists(window, tmp_path):
    doc = open_text(window, tmp_path / "a", "Un gloubiboulga maison.\n")
    action(menu_at(window, doc, "gloubiboulga"), "Ajouter à mon dictionnaire").trigger()
    assert "gloubiboulga" in read_word_file(paths.user_data_dir() / "dictionary.txt")
    assert spelling_marks(doc) == []
    # Rebuilt from the files (as at the next start): still accepted.
    window.spelling.ignored.clear()
    window.spelling.rebuild()
    assert window.spelling.speller_now().is_correct("gloubiboulga")


def test_ignore_is_for_the_session_only(window, tmp_path):
    doc = open_text(window, tmp_path / "a", "Un zorglub passe.\n")
    action(menu_at(window, doc, "zorglub"), "Ignorer").trigger()
    assert spelling_marks(doc) == []
    assert not (paths.user_data_dir() / "dictionary.txt").exists()
    assert not folder_dictionary_path(tmp_path / "a").exists()
    window.spelling.rebuild()  # a folder change keeps the session's ignored words
    assert window.spelling.speller_now().is_correct("zorglub")


def test_accept_english_toggle(window, tmp_path):
    doc = open_text(window, tmp_path / "a", "La squad travaille.\n")
    assert [m.finding.text for m in spelling_marks(doc)] == ["squad"]
    assert window.check_options().speller is window.spelling.speller
    window.spelling.english_action.setChecked(True)
    assert window.spelling.speller.accept_english
    assert spelling_marks(doc) == []
    window.spelling.english_action.setChecked(False)
    assert [m.finding.text for m in spelling_marks(doc)] == ["squad"]


def test_panel_applies_first_suggestion_for_spelling(window, tmp_path, qtbot):
    text = "Une fautte ici.\n"
    doc = open_text(window, tmp_path / "a", text)
    panel = window.findings_panel
    panel.select_row(0)
    assert panel.selected_findings()[0].text == "fautte"
    qtbot.mouseClick(panel.repair_button, Qt.MouseButton.LeftButton)
    assert doc.text() == "Une faute ici.\n"


def test_markdown_colouring_after_emoji_is_at_the_utf16_position(window, tmp_path, qtbot):
    doc = open_text(window, tmp_path / "a", "👌🏻 du **gras** ici\n")
    block = doc.qdoc.firstBlock()
    doc.highlighter.rehighlight()  # Qt colours a new document on the next event loop turn; do it now
    bold = sorted(
        {r.start + k for r in block.layout().formats() if r.format.fontWeight() >= 700 for k in range(r.length)}
    )
    start = Utf16Map(doc.text()).to_utf16(doc.text().index("**"))
    assert bold == list(range(start, start + len("**gras**")))
