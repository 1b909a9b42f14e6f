"""The About dialog: the app's name and version, and every third-party component and data set shipped with
it, with its version, licence and the licence's full text (read from resources/licenses, or from the
lexicon's own notice in app/core/data)."""

from __future__ import annotations

import platform
from dataclasses import dataclass
from importlib import metadata, resources

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import __version__, paths

LEXICON_NOTICE = "LICENSE-fr-lexicon.txt"  # in the app.core package data, next to the word list


@dataclass(frozen=True)
class Component:
    name: str
    version: str
    licence: str
    licence_file: str  # a file in resources/licenses, or LEXICON_NOTICE
    url: str
    role: str


def _dist_version(dist: str) -> str:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return "?"


def _grammalecte_version() -> str:
    from app.core import grammar

    return grammar.version() or "non installé"


def _qt_version() -> str:
    from PySide6 import __version__ as pyside_version
    from PySide6.QtCore import qVersion

    qt = qVersion()
    return qt if qt == pyside_version else f"{qt} (PySide6 {pyside_version})"


def components() -> list[Component]:
    """What the app ships besides its own code, with the versions actually loaded."""
    return [
        Component("Qt / PySide6", _qt_version(), "LGPL-3.0", "LGPL-3.0.txt",
                  "https://www.qt.io/qt-for-python", "interface graphique"),
        Component("Python", platform.python_version(), "PSF-2.0", "Python-PSF-2.0.txt",
                  "https://www.python.org/", "interpréteur"),
        Component("Python-Markdown", _dist_version("markdown"), "BSD-3-Clause", "Markdown-BSD-3-Clause.txt",
                  "https://python-markdown.github.io/", "aperçu du Markdown"),
        Component("ftfy", _dist_version("ftfy"), "Apache-2.0", "ftfy-Apache-2.0.txt",
                  "https://github.com/rspeer/python-ftfy", "réparation de l'encodage (mojibake)"),
        Component("wcwidth", _dist_version("wcwidth"), "MIT", "wcwidth-MIT.txt",
                  "https://github.com/jquast/wcwidth", "utilisé par ftfy"),
        Component("pyspellchecker", _dist_version("pyspellchecker"), "MIT", "pyspellchecker-MIT.txt",
                  "https://github.com/barrust/pyspellchecker",
                  "fréquences des mots (français, anglais) pour classer les suggestions"),
        Component("ruamel.yaml", _dist_version("ruamel.yaml"), "MIT", "ruamel.yaml-MIT.txt",
                  "https://sourceforge.net/projects/ruamel-yaml/", "front matter YAML"),
        Component("charset-normalizer", _dist_version("charset-normalizer"), "MIT", "charset-normalizer-MIT.txt",
                  "https://github.com/jawah/charset_normalizer", "détection des encodages"),
        Component("Grammalecte", _grammalecte_version(), "GPL-3.0", "Grammalecte-GPL-3.0.txt",
                  "https://grammalecte.net/", "grammaire (Olivier R., Dicollecte)"),
        Component("Lexique français (hunspell-fr « classique »)", "7.0", "MPL-2.0", LEXICON_NOTICE,
                  "https://grammalecte.net/", "orthographe : Dicollecte / Grammalecte, Olivier R."),
    ]  # fmt: skip


def licence_text(component: Component) -> str:
    """The full licence text shipped for a component ("" if the file is missing)."""
    try:
        if component.licence_file == LEXICON_NOTICE:
            return resources.files("app.core").joinpath("data", LEXICON_NOTICE).read_text(encoding="utf-8")
        return (paths.resources_dir() / "licenses" / component.licence_file).read_text(encoding="utf-8")
    except OSError:
        return ""


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("À propos de Relecture"))
        self.resize(760, 560)
        self.components = components()
        self._build_widgets()
        self._connect_signals()
        self.component_list.setCurrentItem(self.component_list.topLevelItem(0))

    def _build_widgets(self) -> None:
        icon = QLabel()
        icon.setPixmap(QIcon(str(paths.resources_dir() / "icons" / "relecture.svg")).pixmap(64, 64))
        title = QLabel(self.tr("<h2>Relecture {0}</h2>").format(__version__))
        title.setObjectName("aboutTitle")
        blurb = QLabel(self.tr(
            "Relire, réparer et corriger des articles Markdown français.<br>"
            "Fonctionne entièrement hors ligne : aucune donnée ne quitte l'ordinateur.<br>"
            "Relecture est un logiciel libre distribué sous licence GNU GPL version 3 ou ultérieure "
            "(GPL-3.0-or-later) ; il contient Grammalecte (GPL-3.0)."
        ))  # fmt: skip
        blurb.setWordWrap(True)
        header_text = QVBoxLayout()
        header_text.addWidget(title)
        header_text.addWidget(blurb)
        header = QHBoxLayout()
        header.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        header.addLayout(header_text, 1)

        self.component_list = QTreeWidget()
        self.component_list.setObjectName("aboutComponents")
        self.component_list.setRootIsDecorated(False)
        self.component_list.setHeaderLabels([self.tr("Composant"), self.tr("Version"), self.tr("Licence"),
                                              self.tr("Rôle")])  # fmt: skip
        for comp in self.components:
            item = QTreeWidgetItem([comp.name, comp.version, comp.licence, comp.role])
            item.setToolTip(0, comp.url)
            self.component_list.addTopLevelItem(item)
        self.component_list.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.licence_view = QPlainTextEdit()
        self.licence_view.setObjectName("aboutLicenceText")
        self.licence_view.setReadOnly(True)
        self.licence_view.setFont(QFont("monospace"))
        self.licence_view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.component_list)
        split.addWidget(self.licence_view)
        split.setSizes([200, 300])

        heading = QLabel(self.tr("<b>Composants et données fournis avec Relecture</b> "
                                 "(choisir une ligne pour lire sa licence)"))  # fmt: skip
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(heading)
        layout.addWidget(split, 1)
        layout.addWidget(self.buttons)

    def _connect_signals(self) -> None:
        self.component_list.currentItemChanged.connect(self.on_component_list_current_changed)
        self.buttons.rejected.connect(self.reject)

    def on_component_list_current_changed(self, current: QTreeWidgetItem | None, _previous: object) -> None:
        if current is None:
            return
        comp = self.components[self.component_list.indexOfTopLevelItem(current)]
        text = licence_text(comp)
        self.licence_view.setPlainText(text or self.tr("Texte de licence introuvable : {0}").format(comp.licence_file))
