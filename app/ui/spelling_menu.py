"""Spelling in the window: the one shared Speller, and the raw editor's context menu.

The Speller used by every check of the window is built from the lexicon plus two word files: the
personal dictionary (user_data_dir()/dictionary.txt) and the open folder's dictionary
(<folder>/.relecture/dictionary.txt, shared by a team in git). It is rebuilt when the folder or the
"accept English" setting changes; words added or ignored from the menu update it in place and the
open articles are checked again, so the underline disappears everywhere.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import QMenu

from app.core import config
from app.core.findings import Finding
from app.core.spelling import Speller, add_to_word_file, folder_dictionary_path, read_word_file
from app.ui import settings, workers
from app.ui.offsets import Utf16Map

if TYPE_CHECKING:
    from app.ui.document import Document
    from app.ui.main_window import MainWindow

MAX_SUGGESTIONS = 6
MENU_BUDGET_MS = 80  # a right click must open at once, even on a long word


def personal_dictionary_path() -> Path:
    return config.personal_dictionary_path()


def _build_speller(accept_english: bool, words: set[str], ignored: set[str]) -> Speller:
    speller = Speller(accept_english=accept_english, extra_words=words)
    for w in ignored:
        speller.ignore(w)
    return speller


class SpellingController(QObject):
    """Owns the window's Speller and the spelling part of the raw editor's context menu."""

    speller_changed = Signal()
    word_accepted = Signal(str)  # added to a dictionary or ignored

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.speller: Speller | None = None  # None while (re)building: checks then use the plain lexicon
        self.ignored: set[str] = set()  # "Ignorer": this session only
        self.serial = 0
        self.english_action = QAction(self.tr("Accepter les mots anglais"), self)
        self.english_action.setObjectName("acceptEnglishAction")
        self.english_action.setCheckable(True)
        self.english_action.setChecked(bool(settings.get("spelling/accept_english")))
        self.english_action.setStatusTip(
            self.tr("Ne pas souligner les mots anglais courants (product owner, scrum, squad…)")
        )

    def connect_signals(self) -> None:
        self.window.raw_editor.context_menu_about_to_show.connect(self.on_raw_editor_context_menu)
        self.english_action.toggled.connect(self.on_english_action_toggled)
        self.window.folder_loaded.connect(self.on_window_folder_loaded)

    # --- the Speller ---------------------------------------------------------------------------
    def folder_dictionary(self) -> Path | None:
        return folder_dictionary_path(self.window.root) if self.window.root is not None else None

    def user_words(self) -> set[str]:
        words: set[str] = set()
        for path in (personal_dictionary_path(), self.folder_dictionary()):
            if path is None:
                continue
            try:
                words |= read_word_file(path)
            except (OSError, UnicodeDecodeError) as exc:
                self.window.status_message.emit(self.tr("Dictionnaire illisible : {0} ({1})").format(str(path), exc))
        return words

    def rebuild(self, recheck: bool = False) -> None:
        """Build a new Speller in the background (loading the lexicon takes about a second the first time).

        The articles are checked again once it is ready when it knows more than the plain lexicon, or when
        `recheck` asks for it (a setting changed).
        """
        self.serial += 1
        serial = self.serial
        self.speller = None
        english = bool(settings.get("spelling/accept_english"))
        words = self.user_words()
        workers.run_task(
            _build_speller, english, words, set(self.ignored) | config.ignored_words(self.window.root),
            on_done=lambda sp, s=serial, w=bool(words) or english or recheck: self._on_speller_built(sp, s, w),
            on_failed=lambda msg: self.window.status_message.emit(
                self.tr("Correcteur indisponible : {0}").format(msg)),
        )  # fmt: skip

    def _on_speller_built(self, speller: Speller, serial: int, must_recheck: bool) -> None:
        if serial != self.serial:
            return  # a newer rebuild is under way
        self.speller = speller
        self.speller_changed.emit()
        # Checks that ran meanwhile used the plain lexicon: run them again with the user's words.
        if must_recheck:
            self.recheck(rescan=True)
        # No suggestion index is built here: the findings panel's suggestions come from a check helper process
        # (building it in this process held the GIL for ~0.2 s in one piece); the menu uses them.

    def speller_now(self) -> Speller:
        """The Speller, built here and now if the background build has not finished."""
        if self.speller is None:
            self.serial += 1
            self.speller = _build_speller(
                bool(settings.get("spelling/accept_english")), self.user_words(),
                set(self.ignored) | config.ignored_words(self.window.root),
            )
        return self.speller

    def recheck(self, rescan: bool = False) -> None:
        """Check the open articles again; with rescan, the list's counts of the others too."""
        for doc in list(self.window.documents.values()):
            self.window.run_checks(doc)
        if rescan:
            paths = [p for p in self.window.model.paths() if p not in self.window.documents]
            if paths:
                self.window.cancel_scan()
                self.window.start_scan(paths)

    def on_window_folder_loaded(self, _count: int) -> None:
        self.rebuild()

    def on_english_action_toggled(self, checked: bool) -> None:
        settings.set_value("spelling/accept_english", checked)
        self.rebuild(recheck=True)

    # --- words ---------------------------------------------------------------------------------
    def add_to_personal(self, word: str) -> bool:
        return self._add(personal_dictionary_path(), word)

    def add_to_folder(self, word: str) -> bool:
        path = self.folder_dictionary()
        if path is None:
            return False
        return self._add(path, word)

    def _add(self, path: Path, word: str) -> bool:
        try:
            add_to_word_file(path, word)
        except (OSError, ValueError) as exc:
            self.window.show_error(self.tr("Impossible d'ajouter « {0} » à {1} : {2}").format(word, str(path), exc))
            return False
        self.speller_now().add_words([word])
        self.window.status_message.emit(self.tr("« {0} » ajouté à {1}").format(word, str(path)))
        self.word_accepted.emit(word)
        self.recheck(rescan=True)
        return True

    def ignore(self, word: str) -> None:
        self.ignored.add(word)
        self.speller_now().ignore(word)
        self.word_accepted.emit(word)
        self.recheck(rescan=False)

    # --- context menu --------------------------------------------------------------------------
    def spelling_finding_at(self, doc: Document, position: int) -> tuple[Finding, int, int] | None:
        """The spelling finding under a UTF-16 position, with its code-point span in the current text.

        None when the underline is stale (the text under it changed since the last check).
        """
        for mark in doc.highlighter.marks_at(position):
            if mark.kind != "spelling" or not mark.start <= position <= mark.end:
                continue
            text = doc.text()
            m = Utf16Map(text)
            start, end = m.to_cp(mark.start), m.to_cp(mark.end)
            finding: Finding = mark.finding
            if text[start:end] == finding.text:
                return finding, start, end
        return None

    def on_raw_editor_context_menu(self, menu: QMenu, position: int) -> None:
        doc = self.window.current
        if doc is None:
            return
        found = self.spelling_finding_at(doc, position)
        if found is None:
            return
        finding, start, end = found
        word = finding.text
        first = menu.actions()[0] if menu.actions() else None
        added: list[QAction] = []
        known = self.window.findings_panel.model.suggestions.get(word)  # computed by a helper process
        suggestions = list(finding.suggestions or known or ()) or self.speller_now().suggest(
            word, limit=MAX_SUGGESTIONS, budget_ms=MENU_BUDGET_MS
        )
        bold = QFont(menu.font())
        bold.setBold(True)
        for s in suggestions[:MAX_SUGGESTIONS]:
            act = QAction(s, menu)
            act.setFont(bold)
            act.triggered.connect(
                lambda _=False, d=doc, f=finding, a=start, b=end, r=s: self.replace_word(d, f, a, b, r)
            )
            added.append(act)
        if not suggestions:
            none = QAction(self.tr("(aucune suggestion)"), menu)
            none.setEnabled(False)
            added.append(none)
        between = QAction(menu)
        between.setSeparator(True)
        added.append(between)
        add_me = QAction(self.tr("Ajouter à mon dictionnaire"), menu)
        add_me.setObjectName("addToPersonalDictionary")
        add_me.setToolTip(str(personal_dictionary_path()))
        add_me.triggered.connect(lambda _=False, w=word: self.add_to_personal(w))
        add_folder = QAction(self.tr("Ajouter au dictionnaire du dossier"), menu)
        add_folder.setObjectName("addToFolderDictionary")
        add_folder.setEnabled(self.window.root is not None)
        add_folder.triggered.connect(lambda _=False, w=word: self.add_to_folder(w))
        ignore = QAction(self.tr("Ignorer"), menu)
        ignore.setObjectName("ignoreWord")
        ignore.setStatusTip(self.tr("Ne plus signaler ce mot jusqu'à la fermeture de Relecture"))
        ignore.triggered.connect(lambda _=False, w=word: self.ignore(w))
        added += [add_me, add_folder, ignore]
        separator = QAction(menu)
        separator.setSeparator(True)
        added.append(separator)
        if first is None:
            menu.addActions(added)
        else:
            menu.insertActions(first, added)
        menu.setProperty("spelling_word", word)

    def replace_word(self, doc: Document, finding: Finding, start: int, end: int, new: str) -> None:
        """Replace one misspelled word (one undo step); the findings list follows at once."""
        controller = self.window.findings_controller
        if doc is self.window.current and controller.panel.text == doc.text() and finding.start == start:
            if controller.apply_edits([(finding, new)]):
                return
        if doc.text()[start:end] == finding.text:
            doc.replace_span(start, end, new)
