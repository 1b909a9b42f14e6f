"""The findings panel on real seed copies: one click repairs one span, Ctrl+Z undoes it, F8 walks, folder repair."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor

from app.core import article as core_article
from app.core import textio
from app.core.findings import Finding
from app.core.mojibake import find_mojibake, repair_text
from app.ui.findings_panel import FindingsModel, _context, shift_findings
from app.ui.offsets import Utf16Map


@pytest.fixture(autouse=True)
def _no_unsaved_prompt_at_close(request: pytest.FixtureRequest) -> None:
    """pytest-qt closes the window before fixtures tear down: a test that leaves edits would block on
    the "unsaved changes" question. The edits are checked by the tests themselves, so close quietly."""
    if "window" in request.fixturenames:
        window = request.getfixturevalue("window")
        window.confirm_discard = lambda _action: True


def open_seed(window, folder: Path, prefix: str = "000_"):  # type: ignore[no-untyped-def]
    window.open_path(folder)
    path = next(p for p in sorted(folder.iterdir()) if p.name.startswith(prefix))
    window.select_path(path)
    doc = window.current
    assert doc is not None and doc.path == path
    assert window.findings_panel.text == doc.text()  # the checks ran (synchronous workers)
    return doc


def row_of_kind(panel, kind: str, nth: int = 0) -> tuple[int, Finding]:  # type: ignore[no-untyped-def]
    seen = 0
    for row in range(panel.proxy.rowCount()):
        f = panel.proxy.data(panel.proxy.index(row, 0), FindingsModel.FindingRole)
        if f.kind == kind:
            if seen == nth:
                return row, f
            seen += 1
    raise AssertionError(f"no {kind} finding #{nth}")


def click_row(qtbot, panel, row: int) -> None:  # type: ignore[no-untyped-def]
    index = panel.proxy.index(row, FindingsModel.MESSAGE)
    panel.view.scrollTo(index)
    rect = panel.view.visualRect(index)
    assert panel.view.viewport().rect().contains(rect.center())
    qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def editor_selection(window) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    c = window.raw_editor.textCursor()
    return c.selectionStart(), c.selectionEnd()


def undo_key(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(window.raw_editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)


def test_click_selects_then_repair_changes_only_that_span_and_ctrl_z_restores(window, seeds_copy, qtbot):
    doc = open_seed(window, seeds_copy)
    panel = window.findings_panel
    original = doc.text()
    row, f = row_of_kind(panel, "mojibake", nth=5)
    following = panel.proxy.data(panel.proxy.index(row + 1, 0), FindingsModel.FindingRole)

    click_row(qtbot, panel, row)
    assert panel.selected_findings() == [f]
    m = Utf16Map(original)
    assert editor_selection(window) == (m.to_utf16(f.start), m.to_utf16(f.end))
    assert doc.text() == original  # a single click only shows

    qtbot.mouseClick(panel.repair_button, Qt.MouseButton.LeftButton)
    assert f.replacement is not None
    assert doc.text() == original[: f.start] + f.replacement + original[f.end :]
    assert doc.dirty
    # The selection moved on to the next finding, at its new place.
    (selected,) = panel.selected_findings()
    delta = len(f.replacement) - (f.end - f.start)
    assert (selected.kind, selected.text, selected.start) == (following.kind, following.text, following.start + delta)
    # The underlines follow at once: the remaining marks are where their text is.
    text = doc.text()
    mm = Utf16Map(text)
    for mark in doc.highlighter.marks[:50]:
        assert text[mm.to_cp(mark.start) : mm.to_cp(mark.end)] == mark.finding.text

    undo_key(qtbot, window)
    assert doc.text() == original


def test_each_repair_is_its_own_undo_step_even_when_adjacent(window, seeds_copy, qtbot):
    doc = open_seed(window, seeds_copy)
    panel = window.findings_panel
    original = doc.text()
    # Two mojibake findings that touch each other once repaired one after the other.
    found = [f for f in find_mojibake(original) if f.kind == "mojibake"]
    a, b = next((x, y) for x, y in zip(found, found[1:], strict=False) if x.end == y.start)
    click_row(qtbot, panel, panel.row_of(a))
    qtbot.mouseClick(panel.repair_button, Qt.MouseButton.LeftButton)
    after_one = doc.text()
    assert panel.selected_findings()[0].text == b.text
    qtbot.mouseClick(panel.repair_button, Qt.MouseButton.LeftButton)
    assert doc.text() == original[: a.start] + (a.replacement or "") + (b.replacement or "") + original[b.end :]
    undo_key(qtbot, window)
    assert doc.text() == after_one
    undo_key(qtbot, window)
    assert doc.text() == original


def test_double_click_and_enter_apply(window, seeds_copy, qtbot):
    doc = open_seed(window, seeds_copy)
    panel = window.findings_panel
    original = doc.text()
    row, f = row_of_kind(panel, "mojibake", nth=2)
    index = panel.proxy.index(row, FindingsModel.MESSAGE)
    panel.view.scrollTo(index)
    pos = panel.view.visualRect(index).center()
    # What a real double click sends: press, release, then the double-click event.
    qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert doc.text() == original
    qtbot.mouseDClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    once = original[: f.start] + (f.replacement or "") + original[f.end :]
    assert doc.text() == once
    (g,) = panel.selected_findings()
    panel.view.setFocus()
    qtbot.keyClick(panel.view, Qt.Key.Key_Return)
    assert g.replacement is not None
    assert doc.text() == once[: g.start] + g.replacement + once[g.end :]


def test_repair_all_in_article_is_repair_text_and_one_undo(window, seeds_copy, qtbot):
    doc = open_seed(window, seeds_copy)
    panel = window.findings_panel
    original = doc.text()
    residues = [f for f in find_mojibake(original) if f.kind == "mojibake-residue"]
    assert residues  # the seed has one: it must survive
    qtbot.mouseClick(panel.repair_article_button, Qt.MouseButton.LeftButton)
    assert doc.text() == repair_text(original)
    assert not [f for f in panel.findings if f.kind == "mojibake"]
    assert [f.text for f in panel.findings if f.kind == "mojibake-residue"] == [f.text for f in residues]
    # The article list counts follow (only the residue is left).
    row = window.model.row_for(doc.path)
    assert row is not None and row.summary is not None
    assert row.summary.counts.get("mojibake", 0) == 0
    assert row.summary.counts.get("mojibake-residue") == len(residues)
    undo_key(qtbot, window)
    assert doc.text() == original


def test_repair_all_of_one_pattern(window, seeds_copy, qtbot):
    doc = open_seed(window, seeds_copy, "002_")
    panel = window.findings_panel
    original = doc.text()
    groups = panel.groups
    labels = [groups.label(r) for r in range(groups.rowCount())]
    row = labels.index("Ã© → é")
    items = groups.groups[row][1]
    assert len(items) == original.count("Ã©")
    panel.tabs.setCurrentIndex(1)
    panel.group_view.setCurrentIndex(groups.index(row, 0))
    qtbot.mouseClick(panel.repair_group_button, Qt.MouseButton.LeftButton)
    assert doc.text() == original.replace("Ã©", "é")
    undo_key(qtbot, window)
    assert doc.text() == original


def test_f8_and_shift_f8_walk_findings_from_the_cursor(window, seeds_copy, qtbot):
    doc = open_seed(window, seeds_copy)
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow())
    text = doc.text()
    m = Utf16Map(text)
    findings = sorted(window.findings_panel.findings, key=lambda f: (f.start, f.end))
    body = text.index("## Contexte")
    first_after = next(f for f in findings if f.start >= body)
    second = next(f for f in findings if f.start > first_after.start)
    window.raw_editor.setFocus()
    cursor = window.raw_editor.textCursor()
    cursor.setPosition(m.to_utf16(body))
    window.raw_editor.setTextCursor(cursor)

    qtbot.keyClick(window.raw_editor, Qt.Key.Key_F8)
    assert editor_selection(window) == (m.to_utf16(first_after.start), m.to_utf16(first_after.end))
    assert window.findings_panel.selected_findings() == [first_after]
    qtbot.keyClick(window.raw_editor, Qt.Key.Key_F8)
    assert editor_selection(window) == (m.to_utf16(second.start), m.to_utf16(second.end))
    qtbot.keyClick(window.raw_editor, Qt.Key.Key_F8, Qt.KeyboardModifier.ShiftModifier)
    assert editor_selection(window) == (m.to_utf16(first_after.start), m.to_utf16(first_after.end))
    assert doc.text() == text  # walking never edits

    # Wraps around: previous from the first finding is the last one.
    cursor.setPosition(0)
    window.raw_editor.setTextCursor(cursor)
    qtbot.keyClick(window.raw_editor, Qt.Key.Key_F8, Qt.KeyboardModifier.ShiftModifier)
    last = findings[-1]
    assert editor_selection(window) == (m.to_utf16(last.start), m.to_utf16(last.end))

    # Ctrl+Return applies the finding shown in the editor.
    qtbot.keyClick(window.raw_editor, Qt.Key.Key_F8)  # wraps to the first
    first = findings[0]
    assert editor_selection(window) == (m.to_utf16(first.start), m.to_utf16(first.end))
    assert first.kind == "mojibake" and first.replacement is not None
    qtbot.keyClick(window.raw_editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert doc.text() == text[: first.start] + first.replacement + text[first.end :]


def test_hover_tooltip_over_mojibake(window, seeds_copy):
    doc = open_seed(window, seeds_copy)
    text = doc.text()
    f = next(f for f in doc.findings if f.kind == "mojibake" and f.text == "Ã©")
    editor = window.raw_editor
    editor.goto_position(Utf16Map(text).to_utf16(f.start) + 1)
    cursor = QTextCursor(doc.qdoc)
    cursor.setPosition(Utf16Map(text).to_utf16(f.start))
    rect = editor.cursorRect(cursor)
    point = QPoint(rect.x() + 2, rect.center().y())  # on the "Ã"
    assert editor.viewport().rect().contains(point)
    assert window.findings_controller.tooltip_at(point) == "Ã© → é"
    clean = text.index("Contexte du projet")  # plain words, no finding
    cursor.setPosition(Utf16Map(text).to_utf16(clean))
    editor.setTextCursor(cursor)
    editor.centerCursor()
    rect = editor.cursorRect(cursor)
    assert window.findings_controller.tooltip_at(QPoint(rect.x() + 2, rect.center().y())) == ""


def test_filter_by_kind(window, seeds_copy):
    open_seed(window, seeds_copy)
    panel = window.findings_panel
    combo = panel.kind_combo
    combo.setCurrentIndex([combo.itemData(i) for i in range(combo.count())].index(frozenset({"spelling"})))
    shown = {panel.proxy.data(panel.proxy.index(r, 0), FindingsModel.KindRole) for r in range(panel.proxy.rowCount())}
    assert shown == {"spelling"}
    assert panel.proxy.rowCount() == sum(1 for f in panel.findings if f.kind == "spelling")
    assert combo.currentText().startswith("Orthographe (")


def test_folder_repair_review_then_apply(window, seeds_copy, qtbot):
    window.open_path(seeds_copy)
    paths = sorted(seeds_copy.iterdir())
    open_doc = window.current
    assert open_doc is not None and open_doc.path == paths[0]
    before_bytes = {p: p.read_bytes() for p in paths}
    before_text = {p: core_article.load(p).text for p in paths}

    dialog = window.findings_controller.open_folder_repair()
    assert dialog is not None
    items = [dialog.files.topLevelItem(i) for i in range(dialog.files.topLevelItemCount())]
    listed = [item.data(0, Qt.ItemDataRole.UserRole) for item in items]
    assert [r.path.name[:4] for r in listed] == ["000_", "001_", "002_"]  # 003 is clean: not listed
    assert all(r.count == len([f for f in find_mojibake(r.original) if f.kind == "mojibake"]) for r in listed)
    assert "-title:" in dialog.diff.toPlainText() and "+title:" in dialog.diff.toPlainText()
    assert all(p.read_bytes() == before_bytes[p] for p in paths)  # nothing written before "Appliquer"

    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    # Open article: its buffer was edited (undoable), the file is not yet written.
    assert open_doc.text() == repair_text(textio.to_lf(before_text[paths[0]]))
    assert open_doc.dirty and paths[0].read_bytes() == before_bytes[paths[0]]
    # Others: saved, equal to the repair of their text, same encoding and newlines.
    for p in paths[1:3]:
        assert core_article.load(p).text == repair_text(before_text[p])
    assert paths[3].read_bytes() == before_bytes[paths[3]]  # 003 untouched, byte for byte
    # The list counts now show only the residues.
    for p in paths[1:3]:
        row = window.model.row_for(p)
        assert row is not None and row.summary is not None
        assert row.summary.counts.get("mojibake", 0) == 0
    window.save_document(open_doc)
    assert core_article.load(paths[0]).text == repair_text(before_text[paths[0]])
    undo_key(qtbot, window)
    assert open_doc.text() == textio.to_lf(before_text[paths[0]])


def test_folder_repair_unchecked_file_is_left_alone(window, seeds_copy, qtbot):
    window.open_path(seeds_copy)
    paths = sorted(seeds_copy.iterdir())
    before = {p: p.read_bytes() for p in paths}
    dialog = window.findings_controller.open_folder_repair()
    dialog.files.topLevelItem(1).setCheckState(0, Qt.CheckState.Unchecked)  # 001
    dialog.files.topLevelItem(0).setCheckState(0, Qt.CheckState.Unchecked)  # 000 (open)
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert paths[1].read_bytes() == before[paths[1]]
    assert not window.current.dirty
    assert paths[2].read_bytes() != before[paths[2]]


def test_folder_repair_reports_a_file_that_cannot_be_written(window, seeds_copy, qtbot):
    window.open_path(seeds_copy)
    paths = sorted(seeds_copy.iterdir())
    dialog = window.findings_controller.open_folder_repair()
    target = paths[2]
    target.chmod(0o444)  # read-only: saving is refused (even as root, see app.core.atomic)
    before = target.read_bytes()
    try:
        qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    finally:
        target.chmod(0o644)
    assert target.read_bytes() == before
    item = dialog.files.topLevelItem(2)
    assert item.text(3) == "erreur" and target.name in item.toolTip(0)
    assert dialog.isVisible()  # the dialog stays to show the error
    assert core_article.load(paths[1]).text == repair_text(core_article.load(paths[1]).text)


def test_shift_findings_moves_and_drops():
    text = "aXbYYcZd"
    fs = [Finding("k", 1, 2, "X"), Finding("k", 3, 5, "YY"), Finding("k", 6, 7, "Z")]
    out = shift_findings(fs, [(3, 5, "y")])
    assert [(f.start, f.end) for f in out] == [(1, 2), (5, 6)]
    new = text[:3] + "y" + text[5:]
    assert [new[f.start : f.end] for f in out] == ["X", "Z"]


def test_context_shows_invisible_characters():
    text = "ligne\nsuite Â\xa0! fin"
    assert _context(text, 12, 14, "\xa0") == "suite [⍽]! fin"
