"""The walking skeleton, as a user sees it: a folder opens, each article shows raw and rendered, saves are exact."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt

from app.core import frontmatter, textio
from app.ui.document import document_text
from tests.conftest import SEED_NAMES


def _select_row(window, row: int) -> None:
    view = window.article_list
    view.setCurrentIndex(view.model().index(row, 0))


def test_seeds_folder_shows_four_articles_raw_and_rendered(window, seeds_copy: Path) -> None:
    window.open_path(seeds_copy)
    assert window.article_list.objectName() == "articleList"
    assert window.article_list.model().rowCount() == 4
    seen = set()
    for row in range(4):
        _select_row(window, row)
        doc = window.current
        assert doc is not None
        seen.add(doc.path.name)
        original = (seeds_copy / doc.path.name).read_text("utf-8")
        raw = document_text(window.raw_editor.document())
        assert raw == textio.to_lf(original)
        preview_text = document_text(window.preview.document())
        parsed = frontmatter.parse(original)
        if parsed.data and parsed.data.get("title"):
            expected_title = parsed.data["title"]
        else:
            expected_title = original.splitlines()[0].strip()
        assert expected_title[:30] in preview_text
        assert "---" not in preview_text.splitlines()[0]
    assert seen == set(SEED_NAMES)


def test_list_shows_titles_dates_and_counts(window, seeds_copy: Path) -> None:
    window.open_path(seeds_copy)
    model = window.model
    titles = {model.rows[i].path.name: model.data(model.index(i, 0)) for i in range(4)}
    assert titles["003_3d825cb3911fbed3.txt"].startswith("Product owner")
    assert "Le digital au service" in titles["000_3707fc633bf3519f.txt"]
    row_000 = model.index_of[seeds_copy / "000_3707fc633bf3519f.txt"]
    assert model.data(model.index(row_000, model.DATE)) == "30/04/2021"
    assert model.data(model.index(row_000, model.DRAFT)) == "non"
    assert int(model.data(model.index(row_000, model.MOJIBAKE))) > 10
    row_003 = model.index_of[seeds_copy / "003_3d825cb3911fbed3.txt"]
    assert model.data(model.index(row_003, model.MOJIBAKE)) == "—"


def test_untouched_save_is_byte_identical_and_edit_marks_dirty(window, seeds_copy: Path, qtbot) -> None:
    window.open_path(seeds_copy)
    for row in range(4):
        _select_row(window, row)
        path = window.current.path
        before = path.read_bytes()
        assert window.save_document(window.current)
        assert path.read_bytes() == before
    _select_row(window, 3)
    doc = window.current
    assert not doc.dirty and not window.isWindowModified()
    window.raw_editor.moveCursor(window.raw_editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(window.raw_editor, "Fin.")
    assert doc.dirty and window.isWindowModified()
    row = window.model.row_for(doc.path)
    assert row is not None and row.dirty
    assert window.model.data(window.model.index(window.model.index_of[doc.path], 0)).startswith("● ")
    qtbot.keyClick(window.raw_editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window.raw_editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window.raw_editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window.raw_editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert not doc.dirty


def test_edit_keeps_crlf_bom_and_no_break_spaces(window, tmp_path: Path, qtbot) -> None:
    path = tmp_path / "a.md"
    original = "\ufeff---\r\ntitle: \"Prix\u00a0: 10\u202f€\"\r\n---\r\n\r\nDéjà\u00a0! « oui »\r\n".encode()
    path.write_bytes(original)
    window.open_path(tmp_path)
    doc = window.current
    assert doc is not None and doc.path == path
    assert "\u00a0" in doc.text() and "\u202f" in doc.text()
    window.raw_editor.moveCursor(window.raw_editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(window.raw_editor, "Ajout")
    qtbot.keyClick(window.raw_editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not doc.dirty
    assert path.read_bytes() == original + b"Ajout"


def test_non_utf8_file_opens_with_its_encoding_shown(window, tmp_path: Path) -> None:
    path = tmp_path / "latin.md"
    path.write_bytes("# Été\n\nÇa coûte 5 €.\n".encode("cp1252"))
    window.open_path(path)
    assert window.current is not None
    assert "Ça coûte 5 €" in window.current.text()
    assert "Windows-1252" in window.status_info.text()
    assert window.save_document(window.current)
    assert path.read_bytes() == "# Été\n\nÇa coûte 5 €.\n".encode("cp1252")


def test_binary_file_in_folder_is_reported_not_fatal(window, tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text("# Bon\n")
    (tmp_path / "b.md").write_bytes(bytes(range(256)) * 10)
    window.open_path(tmp_path)
    assert window.model.rowCount() == 2
    window.select_path(tmp_path / "b.md")
    row = window.model.row_for(tmp_path / "b.md")
    assert row is not None and row.summary is not None and "binaire" in row.summary.error
    assert "binaire" in window.statusBar().currentMessage()


def test_object_names_of_the_contract(window) -> None:
    from PySide6.QtWidgets import QWidget

    for name in ("articleList", "rawEditor", "preview", "frontMatterForm", "findingsPanel"):
        assert window.findChild(QWidget, name) is not None, name


def test_smoke_flag_prints_one_json_line(tmp_path: Path, seeds_copy: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", RELECTURE_DATA_DIR=str(tmp_path / "data"))
    out = subprocess.run(
        [sys.executable, "-m", "app", str(seeds_copy), "--smoke"], capture_output=True, text=True, env=env, timeout=120
    )
    assert out.returncode == 0, out.stderr
    lines = [line for line in out.stdout.splitlines() if line.strip()]
    assert len(lines) == 1
    data = json.loads(lines[0])
    assert set(data) == {"startup_ms", "list_ms", "first_render_ms", "checks_ms", "articles"}
    assert data["articles"] == 4
    assert all(isinstance(v, (int, float)) and v >= 0 for v in data.values())


def test_no_path_opens_a_writable_copy_of_the_samples(tmp_path: Path) -> None:
    from tests.conftest import SEEDS

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", RELECTURE_DATA_DIR=str(tmp_path / "data"))
    out = subprocess.run([sys.executable, "-m", "app", "--smoke"], capture_output=True, text=True, env=env, timeout=120)
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout.strip().splitlines()[-1])["articles"] == 4
    copy = tmp_path / "data" / "exemples"
    assert sorted(p.name for p in copy.iterdir()) == SEED_NAMES
    for name in SEED_NAMES:
        assert (copy / name).read_bytes() == (SEEDS / name).read_bytes()


def test_legacy_encoding_is_kept_until_the_editor_converts_it(window, tmp_path: Path) -> None:
    path = tmp_path / "latin.md"
    original = "# Été\n\nÇa coûte 5 €.\n".encode("cp1252")
    path.write_bytes(original)
    window.open_path(path)
    doc = window.current
    assert doc is not None and window.convert_utf8_action.isEnabled()
    assert window.save_document(doc) and path.read_bytes() == original  # plain save keeps Windows-1252
    window.convert_utf8_action.trigger()
    assert doc.dirty and window.isWindowModified() and "→ UTF-8" in window.status_info.text()
    assert window.model.row_for(path).dirty
    assert window.save_document(doc)
    assert path.read_bytes() == "# Été\n\nÇa coûte 5 €.\n".encode()
    assert not doc.dirty and not window.isWindowModified() and not window.model.row_for(path).dirty
    assert doc.article.encoding == "utf-8"


def test_utf16_file_converted_to_utf8_loses_its_utf16_bom(window, tmp_path: Path) -> None:
    path = tmp_path / "utf16.md"
    path.write_bytes("\ufeff# Titre\n\nTexte « français ».\n".encode("utf-16-le"))
    window.open_path(path)
    window.convert_utf8_action.trigger()
    assert window.save_document(window.current)
    assert path.read_bytes() == "# Titre\n\nTexte « français ».\n".encode()
