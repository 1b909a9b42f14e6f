"""Lossless load and save: bytes in == bytes out for every seed and every odd file shape."""

from __future__ import annotations

import codecs
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from app.core import article, textio
from tests.conftest import SEED_NAMES, SEEDS

ODD_FILES = {
    "bom.md": codecs.BOM_UTF8 + "---\ntitle: \"Été\"\n---\n\nDéjà l’été.\n".encode(),
    "crlf.md": "---\r\ntitle: Café\r\ntags: [a, b]\r\n---\r\n\r\nUne ligne.\r\nDeux lignes.\r\n".encode(),
    "cr.md": b"# Titre\r\rCorps du texte\r",
    "no_trailing_newline.md": b"---\ntitle: x\n---\nfin sans saut de ligne",
    "empty_front_matter.md": b"---\n---\n\n# Vide\n",
    "no_front_matter.md": "# Juste un titre\n\nEt du texte avec « guillemets » et 🙂.\n".encode(),
    "mixed_newlines.md": b"ligne 1\r\nligne 2\nligne 3\rligne 4",
    "nbsp.md": "Prix\u00a0: 10\u202f€ !\n".encode(),
    "empty.md": b"",
    "latin1.md": "---\ntitle: Été à Noël\n---\nDéjà là, ça coûte 5 €.\n".encode("cp1252"),
    "utf16.md": codecs.BOM_UTF16_LE + "# Titre\n\nTexte « français ».\n".encode("utf-16-le"),
}


@pytest.mark.parametrize("name", SEED_NAMES)
def test_seed_round_trip_is_byte_identical(seeds_copy: Path, name: str) -> None:
    path = seeds_copy / name
    before = path.read_bytes()
    art = article.load(path)
    assert art.encoding == "utf-8" and not art.bom and art.newline == "\n"
    article.save(art, art.text)
    assert path.read_bytes() == before


@pytest.mark.parametrize("name", sorted(ODD_FILES))
def test_odd_files_round_trip(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(ODD_FILES[name])
    art = article.load(path)
    assert art.data == ODD_FILES[name]
    article.save(art, art.text)
    assert path.read_bytes() == ODD_FILES[name]


def test_editor_round_trip_keeps_mixed_newlines_and_style(tmp_path: Path) -> None:
    for name in ("crlf.md", "mixed_newlines.md", "cr.md"):
        art_text = textio.decode(ODD_FILES[name]).text
        edited = textio.to_lf(art_text)
        assert "\r" not in edited
        assert textio.restore_newlines(edited, art_text, textio.detect_newline(art_text)) == art_text
    crlf = textio.decode(ODD_FILES["crlf.md"])
    changed = textio.to_lf(crlf.text).replace("Une ligne", "Une phrase")
    assert textio.restore_newlines(changed, crlf.text, crlf.newline) == crlf.text.replace("Une ligne", "Une phrase")


def test_detects_bom_encoding_and_newline() -> None:
    assert textio.decode(ODD_FILES["bom.md"]).bom
    assert textio.decode(ODD_FILES["crlf.md"]).newline == "\r\n"
    assert textio.decode(ODD_FILES["cr.md"]).newline == "\r"
    latin = textio.decode(ODD_FILES["latin1.md"])
    assert latin.encoding == "cp1252" and "Été à Noël" in latin.text and "5 €" in latin.text
    utf16 = textio.decode(ODD_FILES["utf16.md"])
    assert utf16.encoding == "utf-16-le" and utf16.bom and "« français »" in utf16.text


def test_binary_file_is_refused_with_a_message(tmp_path: Path) -> None:
    path = tmp_path / "image.md"
    path.write_bytes(bytes(range(256)) * 40)
    with pytest.raises(article.ArticleError, match="binaire"):
        article.load(path)


def test_huge_file_is_refused_with_its_size(tmp_path: Path) -> None:
    path = tmp_path / "huge.md"
    with path.open("wb") as fh:
        fh.truncate(textio.MAX_BYTES + 1)
    with pytest.raises(article.ArticleError, match="trop volumineux"):
        article.load(path)


def test_save_keeps_permissions_and_legacy_encoding(tmp_path: Path) -> None:
    path = tmp_path / "latin1.md"
    path.write_bytes(ODD_FILES["latin1.md"])
    os.chmod(path, 0o640)
    art = article.load(path)
    article.save(art, art.text.replace("Déjà", "Voilà"))
    assert stat.S_IMODE(path.stat().st_mode) == 0o640
    assert path.read_bytes() == ODD_FILES["latin1.md"].replace("Déjà".encode("cp1252"), "Voilà".encode("cp1252"))


def test_unencodable_character_refuses_save_and_keeps_file(tmp_path: Path) -> None:
    path = tmp_path / "latin1.md"
    path.write_bytes(ODD_FILES["latin1.md"])
    art = article.load(path)
    with pytest.raises(article.ArticleError, match="UTF-8"):
        article.save(art, art.text + "🙂")
    assert path.read_bytes() == ODD_FILES["latin1.md"]
    article.save(art, art.text + "🙂", encoding="utf-8")
    assert path.read_text("utf-8").endswith("🙂")


def test_read_only_file_save_is_refused_even_as_root(tmp_path: Path) -> None:
    path = tmp_path / "ro.md"
    path.write_text("texte\n")
    os.chmod(path, 0o444)
    art = article.load(path)
    with pytest.raises(article.ArticleError, match="lecture seule"):
        article.save(art, "autre\n")
    assert path.read_text() == "texte\n"
    assert [p.name for p in tmp_path.iterdir()] == ["ro.md"]  # no temp file left behind


def test_disk_change_is_noticed(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text("un\n")
    art = article.load(path)
    assert not article.disk_changed(art)
    path.write_text("deux\n")
    assert article.disk_changed(art)
    path.unlink()
    assert article.disk_changed(art)


def test_walk_recurses_skips_hidden_and_survives_symlink_loops(tmp_path: Path) -> None:
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / ".git").mkdir()
    (tmp_path / "a" / "b" / "deep.markdown").write_text("x")
    (tmp_path / "a" / "un article é 🙂.md").write_text("x")
    (tmp_path / ".git" / "hidden.md").write_text("x")
    (tmp_path / "notes.txt").write_text("x")
    (tmp_path / "image.png").write_bytes(b"\x89PNG")
    (tmp_path / "a" / "loop").symlink_to(tmp_path / "a")
    found, problems = article.walk(tmp_path)
    names = sorted(p.name for p in found)
    assert names == ["deep.markdown", "notes.txt", "un article é 🙂.md"]
    assert problems == []


def test_title_falls_back_to_heading_then_file_name() -> None:
    assert article.title_of("---\ntitle: T\n---\n# H\n", {"title": "T"}, Path("f.md")) == "T"
    assert article.title_of("# **Le titre**\ntexte", None, Path("f.md")) == "Le titre"
    first_line = "Un titre en première ligne"
    assert article.title_of(f"{first_line}\n\nCorps.", None, Path("nom.md")) == first_line
    assert article.title_of("Une phrase qui se termine.\nSuite", None, Path("nom.md")) == "nom"
    assert article.title_of("", None, Path("nom.md")) == "nom"


def test_core_does_not_import_qt() -> None:
    code = (
        "import sys, app.core, app.core.article, app.core.textio, app.core.render, app.core.checks, "
        "app.core.scan, app.core.frontmatter, app.core.findings, app.cli\n"
        "import pkgutil, importlib, app.core as c\n"
        "for m in pkgutil.iter_modules(c.__path__): importlib.import_module('app.core.' + m.name)\n"
        "print('PySide6' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_seeds_in_repo_are_the_shared_originals() -> None:
    import hashlib

    sums = Path(__file__).resolve().parents[2] / "shared" / "SEEDS.sha256"
    if not sums.exists():
        pytest.skip("shared/SEEDS.sha256 not beside the checkout")
    for line in sums.read_text().splitlines():
        digest, name = line.split()
        assert hashlib.sha256((SEEDS / name).read_bytes()).hexdigest() == digest, name


def _walk_by_os_walk(root: Path) -> list[Path]:
    """The reference: os.walk following links, hidden folders skipped, each real folder once."""
    found, seen = [], set()
    for dirpath, dirnames, filenames in os.walk(root, followlinks=True):
        st = os.stat(dirpath)
        if (st.st_dev, st.st_ino) in seen:
            dirnames[:] = []
            continue
        seen.add((st.st_dev, st.st_ino))
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in filenames:
            p = Path(dirpath) / name
            if article.is_article_name(name) and p.exists() and stat.S_ISREG(p.stat().st_mode):
                found.append(p)
    return sorted(found, key=lambda p: str(p).lower())


def test_walk_finds_what_os_walk_finds_and_lists_the_folders_read(tmp_path: Path) -> None:
    root = tmp_path / "site"
    for rel in ["a.md", "B.md", "notes.txt", "img.png", ".cache/x.md", "z/.cachée/y.md", "z/Deux.markdown",
                "2024/01/un.md", "2024/01/.brouillon.md", "2024/Été/été.md", "b/sous/c.MD"]:  # fmt: skip
        p = root / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text("# x\n", "utf-8")
    (root / "lien-vers-2024").symlink_to(root / "2024")  # the same folder twice: its articles once
    (root / "b" / "lien.md").symlink_to(root / "a.md")  # a link to an article is an article
    (root / "b" / "mort.md").symlink_to(root / "absent.md")
    paths, problems, folders = article.walk_tree(root)
    assert paths == _walk_by_os_walk(root)
    names = [p.relative_to(root).as_posix() for p in paths]
    assert "a.md" in names and "b/lien.md" in names and "2024/Été/été.md" in names
    assert not any("/." in "/" + n for n in names) and "notes.txt" in names
    assert sum(n.endswith("un.md") for n in names) == 1
    assert len(problems) == 1 and "mort.md" in problems[0]
    assert str(root) in folders and str(root / "2024" / "Été") in folders
    assert not any(".cache" in f for f in folders)
    assert article.walk(root) == (paths, problems)
