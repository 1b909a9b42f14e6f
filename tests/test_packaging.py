"""Packaging: what the PyInstaller spec collects, the About dialog, the icon and the .desktop file.

Fast checks only: the spec is evaluated with stand-ins for PyInstaller's build steps (nothing is built);
the real bundle is built and run by `make package && make package-smoke`.
"""

from __future__ import annotations

import configparser
import os
import subprocess
from importlib import metadata, resources
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "packaging" / "relecture.spec"


class _Step:
    """Records how the spec called one of PyInstaller's build steps."""

    calls: list[tuple[str, tuple[Any, ...], dict[str, Any]]] = []

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.args, self.kwargs = args, kwargs
        self.calls.append((type(self).__name__, args, kwargs))


class Analysis(_Step):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # What the hooks would find is not computed without a build: the tests read the spec's own `datas`.
        self.datas: list[tuple[str, str, str]] = []
        self.binaries: list[tuple[str, str, str]] = []
        self.pure: list[Any] = []
        self.scripts: list[Any] = []


class PYZ(_Step):
    pass


class EXE(_Step):
    pass


class COLLECT(_Step):
    pass


def run_spec(monkeypatch: pytest.MonkeyPatch, onefile: bool = False) -> dict[str, Any]:
    pytest.importorskip("PyInstaller")
    monkeypatch.setenv("RELECTURE_ONEFILE", "1" if onefile else "")
    _Step.calls = []
    namespace: dict[str, Any] = {
        "SPECPATH": str(SPEC.parent), "Analysis": Analysis, "PYZ": PYZ, "EXE": EXE, "COLLECT": COLLECT,
        "__file__": str(SPEC),
    }  # fmt: skip
    exec(compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec"), namespace)  # noqa: S102
    return namespace


def test_spec_collects_seeds_resources_lexicon_and_spellchecker_data(monkeypatch: pytest.MonkeyPatch) -> None:
    ns = run_spec(monkeypatch)
    datas = ns["datas"]  # (source, folder inside the bundle), as given to Analysis
    assert ns["a"].kwargs["datas"] == datas
    dests = {dest for _src, dest in datas}
    # bundle_root() must hold seeds/ and resources/; the lexicon keeps its package path for importlib.resources.
    for folder, src in [("seeds", ROOT / "seeds"), ("resources/icons", ROOT / "resources" / "icons"),
                        ("resources/licenses", ROOT / "resources" / "licenses"),
                        ("app/core/data", ROOT / "app" / "core" / "data")]:  # fmt: skip
        assert folder in dests, folder
        assert src.is_dir() and any(src.iterdir()), src
    assert (str(ROOT / "resources" / "relecture.desktop"), "resources") in datas
    spell = {Path(src).name for src, dest in datas if dest == "spellchecker/resources"}
    assert spell == {"fr.json.gz", "en.json.gz"}
    for src, _dest in datas:
        assert Path(src).exists(), src


def test_spec_copies_metadata_for_every_versioned_component(monkeypatch: pytest.MonkeyPatch) -> None:
    from app.ui.about_dialog import components

    ns = run_spec(monkeypatch)
    dests = {dest for _src, dest in ns["datas"]}
    for dist in ns["METADATA"]:
        name = metadata.metadata(dist)["Name"].replace("-", "_").replace(".", "_").lower()
        assert any(d.lower().startswith(name) and ".dist-info" in d for d in dests), dist
    # Every library the About dialog asks importlib.metadata about is in that list.
    about = {"Python-Markdown": "markdown", "ftfy": "ftfy", "wcwidth": "wcwidth", "pyspellchecker": "pyspellchecker",
             "ruamel.yaml": "ruamel.yaml", "charset-normalizer": "charset-normalizer"}  # fmt: skip
    listed = {c.name for c in components()}
    assert set(about) <= listed
    assert {metadata.metadata(d)["Name"].lower() for d in about.values()} <= {
        metadata.metadata(d)["Name"].lower() for d in ns["METADATA"]
    }


def test_spec_keeps_only_the_qt_plugins_and_translations_a_widgets_app_needs(monkeypatch: pytest.MonkeyPatch) -> None:
    keep = run_spec(monkeypatch)["keep"]
    plugins = "PySide6/Qt/plugins/"
    for kept in ["platforms/libqxcb.so", "platforms/libqoffscreen.so", "platforms/libqminimal.so",
                 "imageformats/libqgif.so", "imageformats/libqjpeg.so", "imageformats/libqsvg.so",
                 "iconengines/libqsvgicon.so",
                 "platforminputcontexts/libcomposeplatforminputcontextplugin.so"]:  # fmt: skip
        assert keep(plugins + kept), kept
    for dropped in ["platforms/libqwayland.so", "platforms/libqeglfs.so", "platforms/libqvnc.so",
                    "imageformats/libqpdf.so", "platformthemes/libqgtk3.so", "tls/libqopensslbackend.so",
                    "platforminputcontexts/libqtvirtualkeyboardplugin.so",
                    "networkinformation/libqglib.so"]:  # fmt: skip
        assert not keep(plugins + dropped), dropped
    assert keep("PySide6/Qt/translations/qtbase_fr.qm")
    assert not keep("PySide6/Qt/translations/qtbase_de.qm")
    assert not keep("PySide6/Qt/qml/QtQuick/qmldir")
    assert keep("PySide6/Qt/lib/libQt6Widgets.so.6")
    excludes = run_spec(monkeypatch)["EXCLUDES"]
    assert {"PySide6.QtNetwork", "PySide6.QtQml", "PySide6.QtQuick", "tkinter"} <= set(excludes)


def test_spec_drops_dangling_qt_symlinks(monkeypatch: pytest.MonkeyPatch) -> None:
    links = run_spec(monkeypatch)["without_dangling_links"]
    toc = [("libQt6Gui.so.6", "PySide6/Qt/lib/libQt6Gui.so.6", "SYMLINK"),
           ("libQt6Network.so.6", "PySide6/Qt/lib/libQt6Network.so.6", "SYMLINK"),
           ("app/core/data/fr_nosuggest.txt", "/src/fr_nosuggest.txt", "DATA")]  # fmt: skip
    assert links(toc, {"PySide6/Qt/lib/libQt6Gui.so.6"}) == [toc[0]]


def test_spec_builds_one_folder_by_default_and_one_file_on_request(monkeypatch: pytest.MonkeyPatch) -> None:
    run_spec(monkeypatch)
    steps = [name for name, _a, _k in _Step.calls]
    assert steps == ["Analysis", "PYZ", "EXE", "COLLECT"]
    exe_kwargs = _Step.calls[2][2]
    assert exe_kwargs["exclude_binaries"] is True and exe_kwargs["strip"] is True and exe_kwargs["upx"] is False
    assert _Step.calls[3][2]["name"] == "relecture"

    run_spec(monkeypatch, onefile=True)
    steps = [name for name, _a, _k in _Step.calls]
    assert steps == ["Analysis", "PYZ", "EXE"]
    assert "exclude_binaries" not in _Step.calls[2][2]


def test_lexicon_is_package_data_read_through_importlib_resources() -> None:
    # The spec puts app/core/data at the same relative path, which is where the frozen importer looks.
    data = resources.files("app.core").joinpath("data")
    for name in ("fr_words.txt.gz", "fr_words.marisa", "fr_nosuggest.txt", "LICENSE-fr-lexicon.txt"):
        assert data.joinpath(name).is_file(), name
    src = (ROOT / "app" / "core" / "spelling_lexicon.py").read_text(encoding="utf-8")
    assert 'resources.files("app.core").joinpath("data"' in src


LICENCE_MARKERS = {
    "MIT": "Permission is hereby granted",
    "Apache-2.0": "Apache License",
    "BSD-3-Clause": "Redistribution and use",
    "LGPL-3.0": "GNU LESSER GENERAL PUBLIC LICENSE",
    "PSF-2.0": "PYTHON SOFTWARE FOUNDATION LICENSE",
    "MPL-2.0": "Mozilla Public License",
    "GPL-3.0": "GNU GENERAL PUBLIC LICENSE",
}


def test_every_component_has_its_full_licence_text() -> None:
    from app.ui.about_dialog import components, licence_text

    comps = components()
    assert len(comps) >= 9
    for comp in comps:
        assert comp.version not in ("", "?"), comp
        text = licence_text(comp)
        assert LICENCE_MARKERS[comp.licence] in text, comp.name
    # LGPL-3.0 is a set of permissions on top of the GPL-3.0: both texts ship.
    assert "GNU GENERAL PUBLIC LICENSE" in (ROOT / "resources" / "licenses" / "GPL-3.0.txt").read_text("utf-8")
    lexicon = next(c for c in comps if c.licence == "MPL-2.0")
    assert "Dicollecte" in licence_text(lexicon) and "grammalecte.net" in lexicon.url


def test_about_dialog_lists_components_and_shows_each_licence(qtbot: Any, qapp: Any) -> None:
    from app.ui.about_dialog import AboutDialog, components

    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    tree = dialog.component_list
    names = [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]
    assert names == [c.name for c in components()]
    assert tree.topLevelItem(names.index("ftfy")).text(1) == metadata.version("ftfy")
    assert tree.topLevelItem(names.index("ftfy")).text(2) == "Apache-2.0"
    # The first row's licence is shown at once; choosing another row shows that one.
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in dialog.licence_view.toPlainText()
    lexicon_row = next(i for i, n in enumerate(names) if n.startswith("Lexique"))
    tree.setCurrentItem(tree.topLevelItem(lexicon_row))
    assert "Mozilla Public License" in dialog.licence_view.toPlainText()
    assert dialog.licence_view.isReadOnly()
    from PySide6.QtWidgets import QLabel

    from app import __version__

    title = dialog.findChild(QLabel, "aboutTitle")
    assert f"Relecture {__version__}" in title.text()


def test_about_action_opens_the_about_dialog(window: Any, qtbot: Any) -> None:
    from app.ui.about_dialog import AboutDialog

    window.about_action.trigger()
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(AboutDialog)))
    from PySide6.QtCore import Qt

    dialog = window.findChildren(AboutDialog)[0]
    assert dialog.windowModality() == Qt.WindowModality.WindowModal  # open(), not a blocking exec()
    dialog.close()


def test_icon_svg_and_png_renders() -> None:
    from PySide6.QtGui import QImage
    from PySide6.QtSvg import QSvgRenderer

    icons = ROOT / "resources" / "icons"
    assert QSvgRenderer(str(icons / "relecture.svg")).isValid()
    for size in (16, 24, 32, 48, 64, 128, 256):
        image = QImage(str(icons / f"relecture-{size}.png"))
        assert (image.width(), image.height()) == (size, size), size


def test_desktop_file_points_at_the_command_and_icon() -> None:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(ROOT / "resources" / "relecture.desktop", encoding="utf-8")
    entry = parser["Desktop Entry"]
    assert entry["Type"] == "Application" and entry["Name"] == "Relecture"
    assert entry["Exec"].split()[0] == "relecture" and entry["Icon"] == "relecture"
    assert entry["StartupWMClass"] == "relecture"  # Qt's WM_CLASS is the executable's name
    assert "text/markdown" in entry["MimeType"].split(";")


def test_shell_scripts_parse() -> None:
    for script in ("smoke.sh", "install-desktop.sh"):
        subprocess.run(["bash", "-n", str(ROOT / "packaging" / script)], check=True)
    assert os.access(ROOT / "packaging" / "smoke.sh", os.X_OK)
