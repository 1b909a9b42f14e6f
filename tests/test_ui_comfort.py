"""Daily comfort, as the reader uses it: list filters and reviewed marks, find/replace (article and folder),
scroll sync, typography fixes in the window, preferences, drag and drop, the English translation."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QAbstractSlider, QApplication

from app.core import article as core_article
from app.core import search, textio
from app.core.typography import NNBSP
from app.ui import settings
from app.ui.article_model import ArticleTableModel


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def small_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "blog"
    folder.mkdir()
    write(folder, "alpha.md", "---\ntitle: Alpha chat\ndraft: true\ntags: [animaux]\n---\n\nLe chat mange.\n")
    write(folder, "bravo.md", "---\ntitle: Bravo chien\ndraft: false\ntags: [maison]\n---\n\nLe chien dort.\n")
    write(folder, "charlie.md", "---\ntitle: Charlie\ndraft: false\n---\n\nUn caf\u00c3\u00a9 cr\u00c3\u00a8me.\n")
    return folder


def visible_names(window) -> list[str]:
    proxy = window.proxy
    return sorted(Path(proxy.data(proxy.index(r, 0), ArticleTableModel.PathRole)).name for r in range(proxy.rowCount()))


def discard_edits(window) -> None:
    """Leave no unsaved edit behind: closing the window would otherwise ask (a modal box)."""
    for doc in window.documents.values():
        doc.qdoc.setModified(False)


def select(window, name: str) -> None:
    window.select_path(window.root / name)
    assert window.current is not None and window.current.path.name == name


# ---------------------------------------------------------------- list: filter, sort, reviewed


def test_filter_by_text_drafts_findings_and_unreviewed(window, small_folder: Path) -> None:
    window.open_path(small_folder)
    assert visible_names(window) == ["alpha.md", "bravo.md", "charlie.md"]
    window.article_filter.setText("chien")  # title
    assert visible_names(window) == ["bravo.md"]
    window.article_filter.setText("animaux")  # tag
    assert visible_names(window) == ["alpha.md"]
    window.article_filter.setText("charlie.md")  # file name
    assert visible_names(window) == ["charlie.md"]
    window.article_filter.clear()

    tools = window.list_tools
    tools.drafts_button.click()
    assert visible_names(window) == ["alpha.md"]
    tools.drafts_button.click()
    tools.findings_button.click()
    assert visible_names(window) == ["charlie.md"]  # the only one with mojibake
    tools.findings_button.click()

    select(window, "bravo.md")
    tools.toggle_action.trigger()
    tools.unreviewed_button.click()
    assert visible_names(window) == ["alpha.md", "charlie.md"]
    tools.drafts_button.click()  # filters combine
    assert visible_names(window) == ["alpha.md"]


def test_sort_by_columns_through_the_proxy(window, small_folder: Path) -> None:
    window.open_path(small_folder)
    view = window.article_list

    def column(col: int) -> list[str]:
        return [window.proxy.index(r, col).data() for r in range(window.proxy.rowCount())]

    view.sortByColumn(ArticleTableModel.TITLE, Qt.SortOrder.DescendingOrder)
    assert column(0) == ["Charlie", "Bravo chien", "Alpha chat"]
    view.sortByColumn(ArticleTableModel.MOJIBAKE, Qt.SortOrder.DescendingOrder)
    assert column(0)[0] == "Charlie"
    view.sortByColumn(ArticleTableModel.DRAFT, Qt.SortOrder.DescendingOrder)
    assert column(0)[0] == "Alpha chat"


def test_dates_sort_by_date_and_the_selection_survives_sorting(window, tmp_path: Path) -> None:
    folder = tmp_path / "dates"
    folder.mkdir()
    for name, date in (("a.md", "2021-02-01"), ("b.md", "2020-12-31"), ("c.md", "2021-01-15"), ("d.md", "")):
        write(folder, name, f"---\ntitle: {name}\n" + (f"date: {date}\n" if date else "") + "---\n\nTexte.\n")
    window.open_path(folder)
    view = window.article_list

    def names() -> list[str]:
        return [Path(window.proxy.index(r, 0).data(ArticleTableModel.PathRole)).name
                for r in range(window.proxy.rowCount())]  # fmt: skip

    select(window, "c.md")
    view.sortByColumn(ArticleTableModel.DATE, Qt.SortOrder.AscendingOrder)
    # By the date, not by its French display (31/12/2020 would come after 15/01/2021 as text).
    assert names() == ["d.md", "b.md", "c.md", "a.md"]
    assert window.proxy.index(1, ArticleTableModel.DATE).data() == "31/12/2020"
    current = view.currentIndex()
    assert Path(current.data(ArticleTableModel.PathRole)).name == "c.md" and current.row() == 2
    view.sortByColumn(ArticleTableModel.DATE, Qt.SortOrder.DescendingOrder)
    assert names() == ["a.md", "c.md", "b.md", "d.md"]
    assert view.currentIndex().row() == 1 and window.current.path.name == "c.md"
    window.article_filter.setText("b.md")  # filtering keeps the sorted order
    assert names() == ["b.md"]
    window.article_filter.setText("")
    view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # back to the folder's order
    assert names() == ["a.md", "b.md", "c.md", "d.md"]


def test_reviewed_mark_persists_outside_the_articles(window, qtbot, small_folder: Path) -> None:
    before = {p.name: p.read_bytes() for p in small_folder.iterdir()}
    window.open_path(small_folder)
    select(window, "bravo.md")
    window.list_tools.toggle_action.trigger()
    row = window.model.index_of[small_folder / "bravo.md"]
    assert window.model.index(row, ArticleTableModel.REVIEWED).data() == "✔"
    # The articles themselves are untouched; the mark lives in the user's data folder.
    assert {p.name: p.read_bytes() for p in small_folder.iterdir()} == before

    from app.ui.main_window import MainWindow

    second = MainWindow()
    second.quiet_errors = True
    qtbot.addWidget(second)
    second.open_path(small_folder)
    row = second.model.index_of[small_folder / "bravo.md"]
    assert second.model.index(row, ArticleTableModel.REVIEWED).data() == "✔"
    assert not second.model.rows[second.model.index_of[small_folder / "alpha.md"]].reviewed

    # Next unreviewed skips bravo; toggling again removes the mark.
    select(second, "alpha.md")
    second.list_tools.next_action.trigger()
    assert second.current.path.name == "charlie.md"
    second.list_tools.prev_action.trigger()
    assert second.current.path.name == "alpha.md"
    second.list_tools.set_reviewed(small_folder / "bravo.md", False)
    assert not window.list_tools.store.__class__().is_reviewed(small_folder / "bravo.md")


# ---------------------------------------------------------------- find bar


def test_find_bar_counts_selects_and_replace_all_is_one_undo_step(window, small_folder: Path) -> None:
    path = write(small_folder, "delta.md", "Chat, chat et chaton. Le CHAT.\n")
    window.open_path(path)
    bar = window.find_replace.bar
    window.find_replace.find_action.trigger()
    assert bar.isVisible()
    bar.find_edit.setText("chat")
    assert bar.count_label.text() == "1 sur 4"  # chaton counts: not a whole word yet
    bar.switches.word_box.setChecked(True)
    bar.find_next()
    assert window.raw_editor.textCursor().selectedText() == "chat"
    assert bar.count_label.text() == "2 sur 3"
    bar.replace_edit.setText("chien")
    assert bar.replace_all() == 3
    assert window.current.text() == "chien, chien et chaton. Le chien.\n"
    assert window.current.dirty
    window.raw_editor.undo()
    assert window.current.text() == "Chat, chat et chaton. Le CHAT.\n"


def test_find_bar_replace_one_and_bad_regex(window, small_folder: Path) -> None:
    path = write(small_folder, "echo.md", "a1 a2 a3\n")
    window.open_path(path)
    bar = window.find_replace.bar
    bar.open_bar(replace=True)
    bar.switches.regex_box.setChecked(True)
    bar.find_edit.setText(r"a(\d)")
    bar.replace_edit.setText(r"b\1")
    bar.replace_current()  # a1 is selected by the search-as-you-type: replaced, then a2 selected
    assert window.current.text() == "b1 a2 a3\n"
    assert window.raw_editor.textCursor().selectedText() == "a2"
    bar.find_edit.setText("a(")
    assert "invalide" in bar.count_label.text()
    discard_edits(window)


# ---------------------------------------------------------------- folder-wide replace


def test_folder_replace_writes_exactly_the_preview(window, seeds_copy: Path) -> None:
    originals = {p.name: p.read_bytes() for p in seeds_copy.iterdir()}
    window.open_path(seeds_copy)
    open_doc = window.current  # the first article is open: its buffer is searched and edited, not its file
    assert open_doc is not None
    open_name = open_doc.path.name
    open_before = open_doc.text()

    dialog = window.find_replace.open_folder_dialog()
    dialog.find_edit.setText("projet")
    dialog.switches.word_box.setChecked(True)
    dialog.replace_edit.setText("chantier")
    dialog.start_search()
    names = {r.path.name for r in dialog.results if r.matches}
    assert open_name in names and len(names) >= 3
    excluded = sorted(n for n in names if n != open_name)[0]
    dialog.set_file_checked(seeds_copy / excluded, False)
    # Uncheck one single occurrence in another file.
    partial = sorted(n for n in names if n not in (open_name, excluded))[0]
    partial_result = next(r for r in dialog.results if r.path.name == partial)
    partial_items = [
        it for it in dialog.match_items() if dialog.results[it.data(0, dialog.FILE_ROLE)] is partial_result
    ]
    partial_items[0].setCheckState(0, Qt.CheckState.Unchecked)

    expected = {}
    for r in dialog.results:
        chosen = dialog.selected_matches(r)
        if chosen:
            assert all(m.replacement == "chantier" for m in chosen)
            expected[r.path.name] = search.apply(r.text, chosen)
    assert excluded not in expected
    assert expected[partial].count("chantier") == len(partial_result.matches) - 1

    report = dialog.apply_checked()
    assert report.errors == []
    assert open_name in {p.name for p in report.edited}

    for name, data in originals.items():
        path = seeds_copy / name
        if name in (excluded, open_name) or name not in expected:
            assert path.read_bytes() == data, name  # untouched on disk
            continue
        art = core_article.load(path)
        assert textio.to_lf(art.text) == expected[name]
        original_art = textio.decode(data, name)
        assert (art.encoding, art.bom, art.newline) == (original_art.encoding, original_art.bom, original_art.newline)

    # The open article: edited in its buffer (dirty, undoable in one step), file unchanged.
    assert open_doc.text() == expected[open_name]
    assert open_doc.dirty
    open_doc.qdoc.undo()
    assert open_doc.text() == open_before


def test_folder_replace_refuses_a_file_changed_since_the_search(window, small_folder: Path) -> None:
    window.open_path(small_folder)
    dialog = window.find_replace.open_folder_dialog()
    dialog.find_edit.setText("chien")
    dialog.replace_edit.setText("loup")
    dialog.start_search()
    bravo = small_folder / "bravo.md"
    bravo.write_text(bravo.read_text("utf-8") + "Un autre chien.\n", encoding="utf-8")
    changed = bravo.read_bytes()
    report = dialog.apply_checked()
    assert bravo.read_bytes() == changed
    assert any("bravo.md" in e for e in report.errors)


# ---------------------------------------------------------------- scroll sync


@pytest.fixture
def long_article(tmp_path: Path) -> Path:
    lines = ["---", "title: Long", "---", ""]
    for i in range(1, 121):
        lines += [f"## Section {i}", "", f"Paragraphe numéro {i}, assez long pour tenir sur une ligne.", ""]
    path = tmp_path / "long.md"
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def test_raw_scroll_moves_preview_to_the_block_anchor(window, qtbot, long_article: Path) -> None:
    window.open_path(long_article)
    QApplication.processEvents()
    raw, preview = window.raw_editor, window.preview
    target = 4 + 4 * 60 + 1  # the line of "## Section 61"
    raw.scroll_to_line(target)
    assert raw.first_visible_line() == target
    top = preview.line_at(2)
    assert top is not None and target - 3 <= top <= target
    assert "Section 61" in preview.cursorForPosition(QPoint(4, 8)).block().text()


def test_preview_scroll_and_click_move_the_raw_editor(window, qtbot, long_article: Path) -> None:
    window.open_path(long_article)
    QApplication.processEvents()
    raw, preview = window.raw_editor, window.preview
    bar = preview.verticalScrollBar()
    bar.setSliderPosition(bar.maximum() // 2)
    bar.triggerAction(QAbstractSlider.SliderAction.SliderMove)  # what a wheel or a drag does
    qtbot.waitUntil(lambda: raw.first_visible_line() > 100)
    assert raw.first_visible_line() == preview.line_at(1)

    y = preview.viewport().height() // 2
    expected = preview.line_at(y)
    assert expected is not None
    qtbot.mouseClick(preview.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(30, y))
    assert raw.textCursor().blockNumber() + 1 == expected
    assert raw.textCursor().positionInBlock() == 0


# ---------------------------------------------------------------- typography in the window, preferences


def test_typography_checks_follow_the_setting_and_fix_in_one_click(window, small_folder: Path) -> None:
    path = write(small_folder, "foxtrot.md", "Le chat dort !\n\nVoir `l'été !` et l'été.\n")
    window.open_path(path)
    assert not [f for f in window.current.findings if f.kind == "typography"]
    dialog = window.preferences.open_dialog()
    dialog.typography_box.setChecked(True)
    dialog.size_box.setValue(15)
    dialog.accept()
    assert settings.get("checks/typography") is True
    assert window.raw_editor.font().pointSize() == 15
    found = [f for f in window.current.findings if f.kind == "typography"]
    assert [f.text for f in found] == [" !", "'"]
    for f in reversed(found):
        window.apply_finding(f)
    assert window.current.text() == f"Le chat dort{NNBSP}!\n\nVoir `l'été !` et l’été.\n"
    assert "typographie" in window.status_info.text()
    discard_edits(window)


def test_status_bar_words_and_reading_time(window, small_folder: Path) -> None:
    path = write(small_folder, "golf.md", "---\ntitle: Golf\n---\n" + "mot " * 500 + "\n")
    window.open_path(path)
    text = window.status_info.text()
    assert ("500 mots" in text or "500 mot(s)" in text) and "3 min de lecture" in text


def test_drop_a_folder_opens_it(window, small_folder: Path) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(small_folder))])
    no_button, no_key = Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(QPoint(50, 50), Qt.DropAction.CopyAction, mime, no_button, no_key)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    text_only = QMimeData()
    text_only.setText("pas un dossier")
    refused = QDragEnterEvent(QPoint(50, 50), Qt.DropAction.CopyAction, text_only, no_button, no_key)
    refused.ignore()
    QApplication.sendEvent(window, refused)
    assert not refused.isAccepted()
    QApplication.sendEvent(window, enter)
    QApplication.sendEvent(window, QDropEvent(QPointF(50, 50), Qt.DropAction.CopyAction, mime, no_button, no_key))
    assert window.root == small_folder
    assert window.model.rowCount() == 3
    assert str(small_folder) in settings.get("recent/folders")
    window.preferences.fill_recent_menu()
    assert str(small_folder) in [a.text() for a in window.preferences.recent_menu.actions()]


# ---------------------------------------------------------------- translation


def test_english_translation_changes_the_menus(window, qtbot, tmp_path: Path) -> None:
    from app.ui.application import install_translations
    from app.ui.main_window import MainWindow

    assert window.file_menu.title() == "&Fichier"
    ts = Path(__file__).resolve().parents[1] / "resources" / "translations" / "relecture_en.ts"
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(tmp_path / "relecture_en.qm")], check=True)
    app = QApplication.instance()
    try:
        installed = install_translations(app, "en", tmp_path)
        assert len(installed) == 2  # Qt's own strings and ours
        english = MainWindow()
        qtbot.addWidget(english)
        assert english.file_menu.title() == "&File"
        assert english.edit_menu.title() == "&Edit"
        assert english.find_replace.find_action.text() == "&Find…"
    finally:
        install_translations(app, "fr")
    french = MainWindow()
    qtbot.addWidget(french)
    assert french.file_menu.title() == "&Fichier"


def test_a_long_list_is_filtered_after_a_pause_in_the_typing(window, qtbot, small_folder: Path, monkeypatch) -> None:
    from app.ui import main_window

    window.open_path(small_folder)
    monkeypatch.setattr(main_window, "FILTER_AT_ONCE_ROWS", 2)  # three rows count as a long list here
    qtbot.keyClicks(window.article_filter, "chat")
    assert window.proxy.rowCount() == 3  # not once per keystroke
    qtbot.waitUntil(lambda: visible_names(window) == ["alpha.md"], timeout=3000)
    monkeypatch.setattr(main_window, "FILTER_AT_ONCE_ROWS", 2000)
    window.article_filter.setText("chien")
    assert visible_names(window) == ["bravo.md"]  # a short list: at once


def test_preview_line_anchors_are_the_ones_in_its_document(qapp, tmp_path: Path) -> None:
    from app.core.render import render
    from app.ui.preview import Preview

    text = ("---\ntitle: T\n---\n\n# Un\n\nPara *un*.\n\n- a\n- b\n\n> cité\n\n```\ncode\n```\n\n"
            "| a | b |\n|---|---|\n| 1 | 2 |\n")
    preview = Preview()
    preview.set_html(render(text), tmp_path)
    names = []
    block = preview.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            names.extend(it.fragment().charFormat().anchorNames())
            it += 1
        block = block.next()
    assert preview.anchor_lines == sorted({int(n[1:]) for n in names if n[1:].isdigit()})
    assert preview.anchor_lines[:2] == [5, 7] and len(preview.anchor_lines) >= 5
