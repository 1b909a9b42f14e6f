"""The front-matter form as an editor uses it: edits land in the file on disk, and only where they should."""

from __future__ import annotations

import difflib
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QPointF, QRegularExpression, Qt, QTimer
from PySide6.QtGui import QAction, QContextMenuEvent, QEnterEvent
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QToolButton,
)

from app.core import frontmatter
from app.ui.diff_dialog import DiffDialog
from app.ui.document import document_text
from app.ui.tag_editor import TagEditor

SEED_000 = "000_3707fc633bf3519f.txt"
SEED_003 = "003_3d825cb3911fbed3.txt"


@pytest.fixture
def window(window):
    """pytest-qt closes widgets before fixture teardown, so conftest's clean-up comes too late: a test that
    leaves unsaved edits would block on the modal "save changes?" question. Closing discards them instead."""

    def discard(_action: str) -> bool:
        for doc in window.documents.values():
            doc.qdoc.setModified(False)
        return True

    window.confirm_discard = discard
    return window


def _open(window, folder: Path, name: str) -> None:
    window.open_path(folder)
    window.select_path(folder / name)
    assert window.current is not None and window.current.path.name == name


def _field(window, key: str, cls=QLineEdit):
    widget = window.front_matter_form.findChild(cls, f"field:{key}")
    assert widget is not None, f"no field for {key}"
    return widget


def _type_and_commit(qtbot, edit: QLineEdit, text: str) -> None:
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def _add_tag(qtbot, window, key: str, tag: str) -> None:
    editor = window.front_matter_form.findChild(TagEditor, f"field:{key}")
    assert editor is not None
    qtbot.keyClicks(editor.input, tag)
    qtbot.keyClick(editor.input, Qt.Key.Key_Return)


def _save_with_ctrl_s(qtbot, window) -> None:
    window.activateWindow()
    window.raw_editor.setFocus()
    qtbot.keyClick(window.raw_editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)


def _changed_lines(before: bytes, after: bytes) -> list[str]:
    a = before.decode("utf-8").splitlines(keepends=True)
    b = after.decode("utf-8").splitlines(keepends=True)
    return [line for line in difflib.ndiff(a, b) if line[:1] in "+-"]


def test_title_and_tag_edits_change_only_their_lines_on_disk(window, qtbot, seeds_copy: Path) -> None:
    path = seeds_copy / SEED_000
    original = path.read_bytes()
    _open(window, seeds_copy, SEED_000)
    _type_and_commit(qtbot, _field(window, "title"), "Le digital au service des services : retour")
    _add_tag(qtbot, window, "tags", "lecture")
    assert window.current.dirty
    _save_with_ctrl_s(qtbot, window)
    assert not window.current.dirty

    saved = path.read_bytes()
    changed = _changed_lines(original, saved)
    removed = [c[2:] for c in changed if c.startswith("-")]
    added = [c[2:] for c in changed if c.startswith("+")]
    assert [r.split(":", 1)[0] for r in removed] == ["title", "tags"]
    assert added == ['title: "Le digital au service des services : retour"\n', 'tags: ["product owner", "lecture"]\n']
    data = frontmatter.parse(saved.decode("utf-8")).data
    assert data["title"] == "Le digital au service des services : retour"
    assert data["tags"] == ["product owner", "lecture"]
    # The form shows the new values and the chip for the new tag.
    tags = window.front_matter_form.findChild(TagEditor, "field:tags")
    assert tags.tags() == ["product owner", "lecture"]


def test_ctrl_z_in_raw_editor_undoes_exactly_the_last_field_edit(window, qtbot, seeds_copy: Path) -> None:
    _open(window, seeds_copy, SEED_000)
    start = window.current.text()
    _type_and_commit(qtbot, _field(window, "title"), "Premier")
    after_title = window.current.text()
    _type_and_commit(qtbot, _field(window, "author"), "Redaction")
    after_author = window.current.text()
    assert after_title != start and after_author != after_title
    assert frontmatter.parse(after_author).data["author"] == "Redaction"

    window.raw_editor.setFocus()
    qtbot.keyClick(window.raw_editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.current.text() == after_title
    # The form follows the raw text after the debounce.
    qtbot.waitUntil(lambda: _field(window, "author").text() == "Atecna Team")
    assert _field(window, "title").text() == "Premier"
    qtbot.keyClick(window.raw_editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.current.text() == start
    qtbot.waitUntil(lambda: _field(window, "title").text().startswith("Le digital"))


def test_invalid_yaml_disables_the_form_until_fixed(window, qtbot, seeds_copy: Path) -> None:
    _open(window, seeds_copy, SEED_000)
    form = window.front_matter_form
    editor = window.raw_editor
    cursor = editor.textCursor()
    cursor.setPosition(len("---\n"))
    editor.setTextCursor(cursor)
    editor.setFocus()
    qtbot.keyClicks(editor, "motscles: [oops")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    error = frontmatter.parse(window.current.text()).error
    assert error is not None and error.line is not None
    banner = form.findChild(QLabel, "frontMatterError")
    qtbot.waitUntil(lambda: banner.isVisible())
    assert f"ligne {error.line}, colonne {error.column}" in banner.text()
    assert not form.scroll_area.isEnabled()
    # Nothing is lost: the fields still show the last good values, greyed.
    assert _field(window, "title").text().startswith("Le digital")

    qtbot.mouseClick(form.findChild(QPushButton, "gotoErrorButton"), Qt.MouseButton.LeftButton)
    assert editor.textCursor().blockNumber() + 1 == error.line
    assert editor.textCursor().positionInBlock() + 1 == error.column

    # Fix it in the raw view: close the bracket.
    cursor = editor.textCursor()
    cursor.setPosition(len("---\nmotscles: [oops"))
    editor.setTextCursor(cursor)
    qtbot.keyClicks(editor, "]")
    qtbot.waitUntil(lambda: not banner.isVisible())
    assert form.scroll_area.isEnabled()
    new_tags = form.findChild(TagEditor, "field:motscles")
    assert new_tags is not None and new_tags.tags() == ["oops"]


def test_seo_title_counter_turns_red_past_the_limit(window, qtbot, seeds_copy: Path) -> None:
    _open(window, seeds_copy, SEED_000)
    form = window.front_matter_form
    edit = _field(window, "seo.title")
    counter = form.findChild(QLabel, "counter:seo.title")
    assert counter.text() == f"{len(edit.text())}/60" and counter.property("over") is False
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, "x" * 60)
    assert counter.text() == "60/60" and counter.property("over") is False
    qtbot.keyClicks(edit, "y")  # live, before any commit
    assert counter.text() == "61/60" and counter.property("over") is True
    assert counter.palette().color(counter.foregroundRole()).name() == "#c62828"
    assert frontmatter.parse(window.current.text()).data["seo"]["title"] != "x" * 60 + "y"
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert frontmatter.parse(window.current.text()).data["seo"]["title"] == "x" * 60 + "y"
    message = form.findChild(QLabel, "message:seo.title")
    assert message.isVisible() and "Titre SEO trop long : 61 caractères" in message.text()


def test_article_without_front_matter_gets_one_from_the_button(window, qtbot, seeds_copy: Path) -> None:
    path = seeds_copy / SEED_003
    original = path.read_bytes()
    _open(window, seeds_copy, SEED_003)
    form = window.front_matter_form
    button = form.findChild(QPushButton, "addFrontMatterButton")
    assert button.isVisible()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    text = window.current.text()
    assert text.startswith("---\ntitle: ")
    title = frontmatter.parse(text).data["title"]
    assert title == "Product owner : l’art et la manière de transformer l’essai"
    assert not button.isVisible()
    assert _field(window, "title").text() == title
    # The folder's other keys are offered, greyed, to be filled in.
    assert _field(window, "author").placeholderText()
    window.save_action.trigger()
    saved = path.read_bytes()
    assert saved.endswith(original)
    assert frontmatter.parse(saved.decode("utf-8")).data == {"title": title}


def test_seo_title_added_to_an_article_lacking_seo_writes_a_nested_block(window, qtbot, tmp_path: Path) -> None:
    folder = tmp_path / "site"
    folder.mkdir()
    (folder / "a.md").write_text('---\ntitle: "A"\nseo:\n  title: "A SEO"\n  description: "d"\n---\n\nCorps A\n')
    plain = '---\ntitle: "B" # titre court\ntags: [x, y]\n---\n\nCorps B\n'
    (folder / "b.md").write_text(plain)
    _open(window, folder, "b.md")
    form = window.front_matter_form
    group = form.groups["seo"]
    assert group.property("absent") is True
    edit = _field(window, "seo.title")
    assert edit.text() == "" and edit.placeholderText()
    assert form.findChild(QLabel, "counter:seo.title").text() == "0/60"
    _type_and_commit(qtbot, edit, "Titre: pour les moteurs")
    window.save_action.trigger()
    saved = (folder / "b.md").read_text()
    data = frontmatter.parse(saved).data
    assert data["seo"] == {"title": "Titre: pour les moteurs"}
    assert data["title"] == "B" and data["tags"] == ["x", "y"]
    changed = _changed_lines(plain.encode(), saved.encode())
    assert all(c.startswith("+") for c in changed)  # every original line kept, comment included
    assert [c[2:] for c in changed] == ["seo:\n", '  title: "Titre: pour les moteurs"\n']
    # The group is now a real one and the field keeps working.
    assert form.groups["seo"].property("absent") is False


def test_datetime_edit_keeps_the_time_zone_and_the_file_format(window, qtbot, tmp_path: Path) -> None:
    folder = tmp_path / "blog"
    folder.mkdir()
    (folder / "post.md").write_text("---\ntitle: Post\ndate: 2021-04-30 10:15:00 +02:00\ndraft: true\n---\nTexte\n")
    _open(window, folder, "post.md")
    edit = _field(window, "date", QDateTimeEdit)
    assert edit.date() == QDate(2021, 4, 30) and edit.time().hour() == 10
    edit.setDate(QDate(2021, 5, 2))
    edit.editingFinished.emit()
    text = window.current.text()
    assert "date: 2021-05-02 10:15:00+02:00\n" in text or "date: 2021-05-02 10:15:00 +02:00\n" in text
    value = frontmatter.parse(text).data["date"]
    assert value.utcoffset().total_seconds() == 7200 and (value.day, value.hour, value.minute) == (2, 10, 15)
    box = _field(window, "draft", QCheckBox)
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    assert "draft: false\n" in window.current.text()


def test_raw_edits_refresh_values_without_resetting_the_field_being_typed(window, qtbot, seeds_copy: Path) -> None:
    _open(window, seeds_copy, SEED_000)
    form = window.front_matter_form
    title = _field(window, "title")
    title.setFocus()
    title.selectAll()
    qtbot.keyClicks(title, "En cours de saisie")
    # Meanwhile the raw text changes elsewhere (the author line).
    text = window.current.text()
    start = text.index("Atecna Team")
    window.current.replace_span(start, start + len("Atecna Team"), "Équipe")
    form.set_text(window.current.text())
    assert _field(window, "title") is title  # same widget: not rebuilt
    assert title.text() == "En cours de saisie" and title.hasFocus()
    assert _field(window, "author").text() == "Équipe"


def test_list_of_mappings_is_edited_as_yaml_text(window, qtbot, tmp_path: Path) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    source = "---\ntitle: Doc\nauthors:\n  - name: Ana\n    url: https://a.example\nweight: 3\n---\nTexte\n"
    (folder / "doc.md").write_text(source)
    _open(window, folder, "doc.md")
    edit = _field(window, "authors", QPlainTextEdit)
    assert edit.toPlainText() == "- name: Ana\n  url: https://a.example"
    edit.setFocus()
    edit.moveCursor(edit.textCursor().MoveOperation.End)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    qtbot.keyClicks(edit, "- name: Bob")
    qtbot.keyClick(edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    data = frontmatter.parse(window.current.text()).data
    assert data["authors"] == [{"name": "Ana", "url": "https://a.example"}, {"name": "Bob"}]
    assert data["weight"] == 3 and "weight: 3\n" in window.current.text()


def test_review_changes_shows_the_diff_and_saves(window, qtbot, seeds_copy: Path) -> None:
    path = seeds_copy / SEED_000
    _open(window, seeds_copy, SEED_000)
    _type_and_commit(qtbot, _field(window, "title"), "Nouveau titre")
    window.review_action.trigger()
    dialog = window.findChild(DiffDialog)
    assert dialog is not None and dialog.isVisible()
    lines = document_text(dialog.view.document()).split("\n")
    assert '+title: "Nouveau titre"' in lines
    assert [x for x in lines if x.startswith(("+", "-")) and not x.startswith(("+++", "---"))] == [
        '-title: "Le digital au service â€¦ des services !"',
        '+title: "Nouveau titre"',
    ]
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not window.current.dirty
    assert frontmatter.parse(path.read_text("utf-8")).data["title"] == "Nouveau titre"


def test_toml_front_matter_is_edited_in_place(window, qtbot, tmp_path: Path) -> None:
    folder = tmp_path / "hugo"
    folder.mkdir()
    source = '+++\ntitle = "Article TOML"\ndate = 2023-01-02\ntags = ["toml"]\n\n[params]\nrating = 4.5\n+++\n\nCorps\n'
    (folder / "c.md").write_bytes(source.encode())
    _open(window, folder, "c.md")
    _type_and_commit(qtbot, _field(window, "title"), "Titre modifie")
    _add_tag(qtbot, window, "tags", "hugo")
    window.save_action.trigger()
    saved = (folder / "c.md").read_bytes()
    assert [c for c in _changed_lines(source.encode(), saved) if c.startswith("+")] == [
        '+ title = "Titre modifie"\n',
        '+ tags = ["toml", "hugo"]\n',
    ]
    assert frontmatter.parse(saved.decode()).data["params"] == {"rating": 4.5}


def test_schema_fields_offer_choices_required_messages_and_add_buttons(window, qtbot, tmp_path: Path) -> None:
    folder = tmp_path / "site"
    (folder / ".relecture").mkdir(parents=True)
    (folder / ".relecture" / "schema.yaml").write_text(
        "fields:\n  title: {type: string, required: true}\n  weight: {type: int}\n"
        "  status: {type: string, choices: [brouillon, relu]}\n"
    )
    (folder / "a.md").write_text("---\ntitle: ''\nstatus: relu\n---\nTexte\n")
    _open(window, folder, "a.md")
    form = window.front_matter_form
    message = form.findChild(QLabel, "message:title")
    assert message.isVisible() and "Champ obligatoire vide" in message.text()
    combo = _field(window, "status", QComboBox)
    assert [combo.itemText(i) for i in range(combo.count())] == ["brouillon", "relu"]
    combo.setCurrentIndex(0)
    combo.activated.emit(0)  # as when the user picks "brouillon" in the list
    assert frontmatter.parse(window.current.text()).data["status"] == "brouillon"
    add = form.findChild(QPushButton, "add:weight")
    qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
    assert frontmatter.parse(window.current.text()).data["weight"] == 0
    spin = _field(window, "weight", QSpinBox)  # the row became a real field
    assert spin.value() == 0


def test_switching_article_commits_the_field_being_typed_to_the_article_left(window, qtbot, seeds_copy: Path) -> None:
    _open(window, seeds_copy, SEED_000)
    first = window.current
    title = _field(window, "title")
    title.setFocus()
    title.selectAll()
    qtbot.keyClicks(title, "Tape avant de changer")
    window.next_article_action.trigger()  # Ctrl+PgDown: the focus stays in the field
    assert window.current is not first
    assert frontmatter.parse(first.text()).data["title"] == "Tape avant de changer"
    shown = frontmatter.parse(window.current.text()).data["title"]
    assert shown != "Tape avant de changer" and _field(window, "title").text() == shown


def test_folder_fields_and_tag_completions_come_from_the_scan_and_follow_saves(window, qtbot, tmp_path: Path) -> None:
    folder = tmp_path / "blog"
    folder.mkdir()
    (folder / "a.md").write_text('---\ntitle: "A"\ntags: ["Scrum", "agilité"]\nauteur: "Léa"\n---\n\nCorps A\n')
    (folder / "b.md").write_text('---\ntitle: "B"\ntags: ["scrum"]\n---\n\nCorps B\n')
    (folder / "c.md").write_text('---\ntitle: "C"\ntags: []\n---\n\nCorps C\n')
    _open(window, folder, "b.md")
    form = window.front_matter_form
    # The field only a.md has is offered (greyed) in b.md; tags complete from every article, case folded.
    assert _field(window, "auteur").placeholderText()
    completions = form.findChild(TagEditor, "field:tags").completion_model.stringList()
    assert sorted(completions, key=str.casefold) == ["agilité", "Scrum"]
    # A tag saved in b.md is offered in c.md without reopening the folder.
    tags = form.findChild(TagEditor, "field:tags")
    tags.input.insert("rétrospective")  # keyClicks cannot type accents
    qtbot.keyClick(tags.input, Qt.Key.Key_Return)
    window.save_action.trigger()
    assert "rétrospective" in (folder / "b.md").read_text("utf-8")
    window.select_path(folder / "c.md")
    completions = form.findChild(TagEditor, "field:tags").completion_model.stringList()
    assert "rétrospective" in completions and "agilité" in completions


# --- removing a field ---------------------------------------------------------------------------------------


def _remove(qtbot, window, key: str) -> None:
    """Click the × of key as an editor does: it shows once the row is hovered or its field has the focus."""
    form = window.front_matter_form
    button = form.remove_button(key)
    assert button is not None, f"no remove button for {key}"
    assert button.toolTip() == f"Supprimer le champ « {key} » du front matter"
    assert button.accessibleName() == button.toolTip()
    if key in form.rows:
        form.rows[key].editor.setFocus()
    else:
        QApplication.sendEvent(form.groups[key], QEnterEvent(QPointF(5, 5), QPointF(5, 5), QPointF(5, 5)))
    assert button.isVisible()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_removing_fields_deletes_only_their_lines_and_absent_rows_come_back_greyed(window, qtbot, seeds_copy) -> None:
    path = seeds_copy / SEED_000
    original = path.read_bytes()
    _open(window, seeds_copy, SEED_000)
    form = window.front_matter_form
    assert not form.remove_button("author").isVisible()  # discreet: hidden until the row is hovered or focused
    _remove(qtbot, window, "author")  # a scalar
    _remove(qtbot, window, "coAuthors")  # a list
    _remove(qtbot, window, "seo.title")  # a nested key
    window.save_action.trigger()
    saved = path.read_bytes()
    assert [c for c in _changed_lines(original, saved)] == [
        '- author: "Atecna Team"\n',
        "- coAuthors: []\n",
        '-   title: "Le digital au service â€¦ des services !"\n',
    ]
    data = frontmatter.parse(saved.decode("utf-8")).data
    assert "author" not in data and "coAuthors" not in data and list(data["seo"]) == ["description"]
    # The other articles use these keys: their rows are offered again, greyed, without a × (nothing to remove).
    for key in ("author", "seo.title"):
        assert _field(window, key).text() == "" and _field(window, key).placeholderText()
        assert form.remove_button(key) is None
    assert form.findChild(TagEditor, "field:coAuthors") is not None and form.remove_button("coAuthors") is None
    # A greyed row takes a value again as before.
    _type_and_commit(qtbot, _field(window, "author"), "Redaction")
    assert frontmatter.parse(window.current.text()).data["author"] == "Redaction"


def test_removing_a_group_and_undoing_each_removal_in_the_raw_editor(window, qtbot, seeds_copy: Path) -> None:
    _open(window, seeds_copy, SEED_000)
    form = window.front_matter_form
    start = window.current.text()
    _remove(qtbot, window, "draft")
    after_draft = window.current.text()
    _remove(qtbot, window, "seo")
    after_seo = window.current.text()
    assert start.replace("draft: false\n", "") == after_draft
    assert "seo" not in frontmatter.parse(after_seo).data
    assert after_seo.split("---\n")[1] == after_draft.split("---\n")[1].split("seo:\n")[0]
    assert form.groups["seo"].property("absent") is True and form.remove_button("seo") is None

    window.raw_editor.setFocus()
    qtbot.keyClick(window.raw_editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.current.text() == after_draft  # one removal, one undo step
    qtbot.waitUntil(lambda: form.groups["seo"].property("absent") is False)
    assert _field(window, "seo.title").text().startswith("Le digital")
    qtbot.keyClick(window.raw_editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.current.text() == start
    qtbot.waitUntil(lambda: form.remove_button("draft") is not None)
    assert _field(window, "draft", QCheckBox).isChecked() is False


def test_removal_keeps_every_other_byte_of_a_crlf_bom_file(window, qtbot, tmp_path: Path) -> None:
    folder = tmp_path / "site"
    folder.mkdir()
    source = (
        "\ufeff---\r\n"
        "# Métadonnées de l'article\r\n"
        "title: 'Café : l’été'  # titre court\r\n"
        "coAuthors: []\r\n"
        "tags:\r\n"
        '  - "été"\r\n'
        "  - hiver\r\n"
        "seo:\r\n"
        "  # pour les moteurs\r\n"
        '  title: "Café"\r\n'
        "  description: Été\r\n"
        "draft: true\r\n"
        "---\r\n"
        "\r\n"
        "Corps\u00a0: texte.\r\n"
    )
    path = folder / "a.md"
    path.write_bytes(source.encode("utf-8"))
    _open(window, folder, "a.md")
    _remove(qtbot, window, "coAuthors")
    _remove(qtbot, window, "tags")
    _remove(qtbot, window, "seo.description")
    window.save_action.trigger()
    expected = source.replace("coAuthors: []\r\n", "").replace('tags:\r\n  - "été"\r\n  - hiver\r\n', "")
    expected = expected.replace("  description: Été\r\n", "")
    assert path.read_bytes() == expected.encode("utf-8")
    # Every removal undone: the file is back byte for byte.
    window.raw_editor.setFocus()
    for _ in range(3):
        qtbot.keyClick(window.raw_editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    window.save_action.trigger()
    assert path.read_bytes() == source.encode("utf-8")


def test_context_menu_of_a_field_offers_removal_after_its_own_entries(window, qtbot, seeds_copy: Path) -> None:
    _open(window, seeds_copy, SEED_000)
    edit = _field(window, "author")
    seen: list[str] = []

    def pick() -> None:
        menu = QApplication.activePopupWidget()
        assert isinstance(menu, QMenu)
        seen.extend(a.text() for a in menu.actions() if not a.isSeparator())
        action = menu.findChild(QAction, "removeFieldAction")
        assert action is not None
        menu.close()
        action.trigger()

    QTimer.singleShot(0, pick)
    pos = edit.rect().center()
    QApplication.sendEvent(edit, QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos, edit.mapToGlobal(pos)))
    qtbot.waitUntil(lambda: "author" not in frontmatter.parse(window.current.text()).data)
    assert seen[-1] == "Supprimer le champ" and len(seen) > 1  # the line edit's own entries (copy, paste…) stay


def test_required_key_can_be_removed_and_then_shows_its_message(window, qtbot, tmp_path: Path) -> None:
    folder = tmp_path / "site"
    (folder / ".relecture").mkdir(parents=True)
    (folder / ".relecture" / "schema.yaml").write_text("fields:\n  title: {type: string, required: true}\n")
    (folder / "a.md").write_text("---\ntitle: Bonjour\nweight: 2\n---\nTexte\n")
    _open(window, folder, "a.md")
    form = window.front_matter_form
    assert not form.findChild(QLabel, "message:title").isVisible()
    _remove(qtbot, window, "title")
    assert window.current.text() == "---\nweight: 2\n---\nTexte\n"
    message = form.findChild(QLabel, "message:title")
    assert message.isVisible() and "obligatoire" in message.text()
    assert form.remove_button("title") is None


def test_toml_table_is_removed_with_its_header(window, qtbot, tmp_path: Path) -> None:
    folder = tmp_path / "hugo"
    folder.mkdir()
    source = '+++\ntitle = "T"\n\n[params]\nauthor = "Léa"\n\n[seo]\ntitle = "S"\n+++\nCorps\n'
    (folder / "c.md").write_text(source)
    _open(window, folder, "c.md")
    _remove(qtbot, window, "params")
    assert window.current.text() == '+++\ntitle = "T"\n\n[seo]\ntitle = "S"\n+++\nCorps\n'


def test_json_front_matter_offers_no_removal(window, qtbot, tmp_path: Path) -> None:
    folder = tmp_path / "site"
    folder.mkdir()
    (folder / "j.md").write_text('{\n  "title": "J",\n  "seo": {"title": "S"},\n  "tags": ["a"]\n}\n\nCorps\n')
    _open(window, folder, "j.md")
    form = window.front_matter_form
    assert form.read_only and "title" in form.rows and "seo" in form.groups
    assert form.findChildren(QToolButton, QRegularExpression("^remove:")) == []
    assert all(form.remove_button(k) is None for k in ("title", "seo", "seo.title", "tags"))
