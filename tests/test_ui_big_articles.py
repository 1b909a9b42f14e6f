"""Big articles: underlines follow edits until the next check; big documents are coloured as they are shown."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QApplication, QLineEdit

from app.core import article
from app.ui.document import Document, document_text
from app.ui.highlighter import BASE_BITS, LAZY_CHARS, Mark
from app.ui.main_window import VISIBLE_FIRST_CHARS


def _underlined(doc: Document, block_number: int) -> list[tuple[int, int]]:
    block = doc.qdoc.findBlockByNumber(block_number)
    return [
        (r.start, r.length)
        for r in block.layout().formats()
        if r.format.underlineStyle() != QTextCharFormat.UnderlineStyle.NoUnderline
    ]


def test_underline_moves_with_the_word_when_text_is_typed_before_it(qapp: object, tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text("# Titre\n\nUne fôte ici et **une autre fôte** là.\n", "utf-8")
    doc = Document(article.load(path))
    QApplication.processEvents()
    text = doc.text()
    first, second = text.index("fôte"), text.index("fôte", text.index("fôte") + 1)
    doc.highlighter.set_marks([Mark(first, first + 4, "spelling", None), Mark(second, second + 4, "spelling", None)])
    line_start = text.index("Une")
    assert _underlined(doc, 2) == [(first - line_start, 4), (second - line_start, 4)]

    cursor = QTextCursor(doc.qdoc)
    cursor.setPosition(line_start)
    cursor.insertText("Déjà ")  # typed before both words, no check has run since
    QApplication.processEvents()
    shift = len("Déjà ")
    assert _underlined(doc, 2) == [(first - line_start + shift, 4), (second - line_start + shift, 4)]
    assert [(m.start, m.end) for m in doc.highlighter.marks_at(second + shift + 1)] == [
        (second + shift, second + shift + 4)
    ]
    # The next check result (same words, new places) changes no colouring: nothing left to redo.
    moved = [Mark(first + shift, first + shift + 4, "spelling", None)]
    moved.append(Mark(second + shift, second + shift + 4, "spelling", None))
    doc.highlighter.set_marks(moved)
    assert _underlined(doc, 2) == [(first - line_start + shift, 4), (second - line_start + shift, 4)]


def _big_article(tmp_path: Path) -> Path:
    parts = ["---\ntitle: Gros article\ntags: [a]\n---\n\n# Titre\n\n"]
    i = 0
    while sum(map(len, parts)) < LAZY_CHARS + 50_000:
        parts.append(f"Paragraphe {i} avec **gras** et une fôte pour remplir la ligne.\n\n")
        if i % 900 == 3:
            parts.append("```\n# pas un titre\n```\n\n")
        i += 1
    path = tmp_path / "gros.md"
    path.write_text("".join(parts), "utf-8")
    return path


def _states(doc: Document, front_matter_lines: int) -> tuple[list[int], list[int]]:
    """(expected, actual) line states: as a full colouring pass would give them (front matter 1, fences 2)."""
    lines = doc.text().split("\n")
    in_fence = False
    expected = []
    for n, line in enumerate(lines):
        if n < front_matter_lines - 1:
            expected.append(1)
        elif n == front_matter_lines - 1:
            expected.append(0)
        elif line.startswith("```"):
            in_fence = not in_fence
            expected.append(2 if in_fence else 0)
        else:
            expected.append(2 if in_fence else 0)
    block, got = doc.qdoc.begin(), []
    while block.isValid():
        got.append(0 if block.userState() == -1 else block.userState() & BASE_BITS)
        block = block.next()
    return expected, got


def test_big_article_lines_get_their_state_and_are_coloured_when_shown(window, tmp_path: Path) -> None:
    path = _big_article(tmp_path)
    window.open_path(path)
    QApplication.processEvents()
    doc = window.current
    assert doc.highlighter.lazy

    expected, got = _states(doc, 4)
    assert got == expected
    lines = doc.text().split("\n")

    far = doc.qdoc.blockCount() - 10
    far -= not lines[far].startswith("Paragraphe")
    assert lines[7].startswith("Paragraphe") and lines[far].startswith("Paragraphe")
    assert _underlined(doc, 7)  # on screen: coloured with the check's underlines
    assert not doc.qdoc.findBlockByNumber(far).layout().formats()  # far away: not coloured yet
    window.raw_editor.goto_position(doc.qdoc.findBlockByNumber(far).position())
    QApplication.processEvents()
    assert _underlined(doc, far)


def test_big_article_form_shows_its_front_matter_and_opening_runs_one_check(window, qtbot, tmp_path: Path) -> None:
    path = _big_article(tmp_path)
    checks: list[int] = []
    window.checks_done.connect(lambda: checks.append(1))
    window.open_path(path)
    for _ in range(3):
        QApplication.processEvents()
    title = window.front_matter_form.findChild(QLineEdit, "field:title")
    assert title is not None and title.text() == "Gros article"
    # Colouring the lines on screen is not an edit: no second check of the whole article after opening.
    window.check_timer.stop()
    assert not window.render_timer.isActive()
    assert len(checks) == 1


def test_visible_text_of_a_big_article_gets_the_marks_of_the_whole_check(window, tmp_path: Path) -> None:
    path = _big_article(tmp_path)
    window.open_path(path)
    QApplication.processEvents()
    doc = window.current
    text = doc.text()
    assert len(text) > VISIBLE_FIRST_CHARS
    whole = [(m.start, m.end, m.kind) for m in doc.highlighter.marks]
    assert whole
    # As at opening, before the whole check has answered: the text on screen is checked first.
    doc.findings_revision = -1
    doc.highlighter.set_marks([])
    window._check_visible_first(doc, text, doc.revision(), window.check_options(suggestions=False))
    partial = [(m.start, m.end, m.kind) for m in doc.highlighter.marks]
    bottom = window.raw_editor.cursorForPosition(window.raw_editor.viewport().rect().bottomRight()).position()
    assert partial and partial[-1][0] > bottom  # beyond the screen's last line
    assert partial == whole[: len(partial)]
    assert _underlined(doc, 7)


def test_big_crlf_article_with_a_fence_after_its_front_matter_keeps_states_and_bytes(window, tmp_path: Path) -> None:
    fence = "```\ncode\n```\n\n"
    body = "".join(f"Ligne {i} avec une fôte.\n\n" + (fence if i % 700 == 0 else "") for i in range(20_000))
    original = ("---\ntitle: T\n---\n```\nclôture plus bas\n```\n" + body).replace("\n", "\r\n").encode("utf-8")
    path = tmp_path / "crlf.md"
    path.write_bytes(original)
    window.open_path(path)
    QApplication.processEvents()
    doc = window.current
    assert doc.highlighter.lazy and doc.article.newline == "\r\n"
    expected, got = _states(doc, 3)
    assert got[3] == 2 and got == expected
    assert doc.disk_text().encode("utf-8") == original


def test_document_text_kept_at_loading_is_what_qt_gives_back(qapp: object, tmp_path: Path) -> None:
    breaks = {0x0D, 0x2029, 0xFDD0, 0xFDD1}
    every = "".join(chr(c) for c in range(1, 0x10000) if c not in breaks and not 0xD800 <= c < 0xE000)
    texts = [every + "\U0001f600\u00a0\U0010ffff"] + [f"a{chr(c)}b\u2028c\n" for c in sorted(breaks)]
    for n, text in enumerate(texts):
        path = tmp_path / f"{n}.md"
        path.write_text(text, "utf-8", newline="")
        doc = Document(article.load(path))
        assert doc.text() == document_text(doc.qdoc)


def test_big_article_few_new_marks_recolour_their_lines_and_only_them(window, tmp_path: Path) -> None:
    path = _big_article(tmp_path)
    window.open_path(path)
    QApplication.processEvents()
    doc = window.current
    hl = doc.highlighter
    line7, line9 = doc.qdoc.findBlockByNumber(7), doc.qdoc.findBlockByNumber(9)
    assert _underlined(doc, 7) and _underlined(doc, 9)
    generation = hl.generation
    # One underline of line 7 goes away, line 9 gets one more (its first word): the other lines keep theirs.
    dropped = next(m for m in hl.marks if line7.position() <= m.start < line7.position() + line7.length())
    added = Mark(line9.position(), line9.position() + len("Paragraphe"), "typography", None)
    hl.set_marks([m for m in hl.marks if m is not dropped] + [added])
    QApplication.processEvents()
    assert hl.generation == generation
    assert (dropped.start - line7.position(), dropped.end - dropped.start) not in _underlined(doc, 7)
    assert (0, len("Paragraphe")) in _underlined(doc, 9)
    far = doc.qdoc.blockCount() - 10
    far -= not doc.qdoc.findBlockByNumber(far).text().startswith("Paragraphe")
    window.raw_editor.goto_position(doc.qdoc.findBlockByNumber(far).position())
    QApplication.processEvents()
    assert _underlined(doc, far)
    # Many changes at once (a whole check): every line is coloured again when shown.
    hl.set_marks([])
    QApplication.processEvents()
    assert hl.generation != generation and not _underlined(doc, far)


def test_marks_and_markdown_stay_readable_on_the_dark_palette(qapp) -> None:
    from PySide6.QtGui import QTextDocument, QTextFormat

    from app.ui.highlighter import Highlighter

    before = qapp.property("relecture_dark")
    try:
        formats = {}
        for dark in (False, True):
            qapp.setProperty("relecture_dark", dark)
            h = Highlighter(QTextDocument())
            formats[dark] = h
        light, dark_h = formats[False], formats[True]
        # Pale marks get dark text in both palettes (light text on a pale tint could not be read).
        for h in (light, dark_h):
            mark = h.kind_formats["mojibake"]
            assert mark.background().color().lightness() > 200
            assert mark.hasProperty(QTextFormat.Property.ForegroundBrush)  # set, not the palette's
            assert mark.foreground().color().lightness() < 60
        # Markdown colours are lighter tints on the dark palette.
        heading = {d: h.rules[0][1].foreground().color().lightness() for d, h in formats.items()}
        assert heading[True] > 150 > heading[False]
        assert dark_h.key_fmt.foreground().color().lightness() > light.key_fmt.foreground().color().lightness()
    finally:
        qapp.setProperty("relecture_dark", before)
