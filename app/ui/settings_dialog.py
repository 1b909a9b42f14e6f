"""Preferences (Édition → Préférences…) and the window-level conveniences tied to them: recent folders,
opening a folder or an article by dropping it on the window.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QAction, QDropEvent, QFont, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFontComboBox,
    QFormLayout,
    QGroupBox,
    QMenu,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.ui import settings


class SettingsDialog(QDialog):
    """Edits the preferences of app.ui.settings; nothing is written until OK or Appliquer."""

    applied = Signal(set)  # the keys whose value changed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Préférences"))
        self.english_box = QCheckBox(self.tr("Accepter aussi les mots anglais courants"), self)
        self.english_box.setToolTip(self.tr("Dictionnaire secondaire : product owner, scrum, squad…"))
        self.typography_box = QCheckBox(self.tr("Vérifier la typographie française"), self)
        self.typography_box.setToolTip(
            self.tr("Espaces insécables avant ; : ! ? et dans « », apostrophe ’, points de suspension …, "
                    "espaces doubles")  # fmt: skip
        )
        self.title_max = QSpinBox(self)
        self.title_max.setRange(10, 300)
        self.title_max.setSuffix(self.tr(" caractères"))
        self.description_max = QSpinBox(self)
        self.description_max.setRange(20, 1000)
        self.description_max.setSuffix(self.tr(" caractères"))
        self.font_box = QFontComboBox(self)
        self.font_box.setFontFilters(QFontComboBox.FontFilter.MonospacedFonts)
        self.size_box = QSpinBox(self)
        self.size_box.setRange(6, 48)
        self.size_box.setSuffix(self.tr(" pt"))

        checks = QGroupBox(self.tr("Vérifications"), self)
        form = QFormLayout(checks)
        form.addRow(self.english_box)
        form.addRow(self.typography_box)
        form.addRow(self.tr("Titre SEO, au plus :"), self.title_max)
        form.addRow(self.tr("Description SEO, au plus :"), self.description_max)
        editor = QGroupBox(self.tr("Éditeur"), self)
        form2 = QFormLayout(editor)
        form2.addRow(self.tr("Police :"), self.font_box)
        form2.addRow(self.tr("Taille :"), self.size_box)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.Apply,
            self,
        )
        box = QVBoxLayout(self)
        box.addWidget(checks)
        box.addWidget(editor)
        box.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.Apply).clicked.connect(self.apply)
        self.load()

    def values(self) -> dict[str, Any]:
        return {
            "spelling/accept_english": self.english_box.isChecked(),
            "checks/typography": self.typography_box.isChecked(),
            "checks/seo_title_max": self.title_max.value(),
            "checks/seo_description_max": self.description_max.value(),
            "editor/font_family": self.font_box.currentFont().family(),
            "editor/font_size": self.size_box.value(),
        }

    def load(self) -> None:
        self.english_box.setChecked(bool(settings.get("spelling/accept_english")))
        self.typography_box.setChecked(bool(settings.get("checks/typography")))
        self.title_max.setValue(int(settings.get("checks/seo_title_max")))
        self.description_max.setValue(int(settings.get("checks/seo_description_max")))
        self.font_box.setCurrentFont(QFont(str(settings.get("editor/font_family"))))
        self.size_box.setValue(int(settings.get("editor/font_size")))

    def apply(self) -> set[str]:
        changed = {k for k, v in self.values().items() if settings.get(k) != v}
        for key in changed:
            settings.set_value(key, self.values()[key])
        if changed:
            self.applied.emit(changed)
        return changed

    def accept(self) -> None:
        self.apply()
        super().accept()


class Preferences(QObject):
    """Preferences action, the recent folders menu and drag and drop onto the window."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.dialog: SettingsDialog | None = None
        self.preferences_action = QAction(self.tr("&Préférences…"), window)
        self.preferences_action.setShortcut(QKeySequence("Ctrl+,"))
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.preferences_action.triggered.connect(self.open_dialog)
        window.addAction(self.preferences_action)
        window.edit_menu.addSeparator()
        window.edit_menu.addAction(self.preferences_action)

        self.recent_menu = QMenu(self.tr("Dossiers &récents"), window)
        self.recent_menu.setObjectName("recentFoldersMenu")
        self.recent_menu.aboutToShow.connect(self.fill_recent_menu)
        actions = window.file_menu.actions()
        # Right after "Ouvrir un article…" (the second entry), else at the end.
        before = actions[2] if len(actions) > 2 else None
        if before is not None:
            window.file_menu.insertMenu(before, self.recent_menu)
        else:
            window.file_menu.addMenu(self.recent_menu)

        window.setAcceptDrops(True)
        # Children (the raw editor accepts text drops) see the drag first: watch their viewports as well.
        for widget in (window, window.raw_editor.viewport(), window.preview.viewport()):
            widget.installEventFilter(self)

    # --- preferences -----------------------------------------------------------------------------
    def open_dialog(self) -> SettingsDialog:
        if self.dialog is None:
            self.dialog = SettingsDialog(self.window)
            self.dialog.applied.connect(self.on_dialog_applied)
        self.dialog.load()
        self.dialog.show()
        self.dialog.raise_()
        return self.dialog

    def on_dialog_applied(self, changed: set[str]) -> None:
        w = self.window
        if changed & {"editor/font_family", "editor/font_size"}:
            w._apply_settings()
        spelling = getattr(w, "spelling", None)
        if "spelling/accept_english" in changed and spelling is not None:
            # The spelling controller owns the Speller: its action rebuilds it and re-checks everything.
            spelling.english_action.setChecked(bool(settings.get("spelling/accept_english")))
            changed = changed - {"spelling/accept_english"}
        if changed & {"checks/typography", "checks/seo_title_max", "checks/seo_description_max"}:
            if spelling is not None:
                spelling.recheck(rescan=True)
            else:
                for doc in list(w.documents.values()):
                    w.run_checks(doc)

    # --- recent folders --------------------------------------------------------------------------
    def fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        folders = [f for f in settings.get("recent/folders") if f]
        for folder in folders:
            action = self.recent_menu.addAction(folder)
            action.setEnabled(Path(folder).is_dir())
            action.triggered.connect(lambda _=False, f=folder: self.window.open_path(Path(f)))
        if not folders:
            empty = self.recent_menu.addAction(self.tr("(aucun)"))
            empty.setEnabled(False)
        else:
            self.recent_menu.addSeparator()
            self.recent_menu.addAction(self.tr("Effacer la liste"), lambda: settings.set_value("recent/folders", []))

    # --- drag and drop ---------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove) and isinstance(event, QDropEvent):
            if self.dropped_path(event) is not None:
                event.acceptProposedAction()
                return True
        elif kind == QEvent.Type.Drop and isinstance(event, QDropEvent):
            path = self.dropped_path(event)
            if path is not None:
                event.acceptProposedAction()
                self.window.open_path(path)
                return True
        return super().eventFilter(watched, event)

    @staticmethod
    def dropped_path(event: QDropEvent) -> Path | None:
        """The first local folder or article of a drop, if any."""
        from app.core.article import is_article_name

        mime = event.mimeData()
        if not mime.hasUrls():
            return None
        for url in mime.urls():
            if not url.isLocalFile():
                continue
            path = Path(url.toLocalFile())
            if path.is_dir() or (path.is_file() and is_article_name(path.name)):
                return path
        return None
