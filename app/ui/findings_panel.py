"""The findings panel (bottom dock) and the controller that applies findings to the open article.

The panel lists the current article's findings (kind, line, context before → after, message), filtered
by kind, and groups the encoding ones by pattern. It only emits requests; FindingsController, owned by
the main window, turns them into undoable edits of the Document, walks findings with F8 / Shift+F8
and shows the hover tooltip of the raw editor.

Offsets: findings carry code points into one snapshot of the text (the panel keeps that snapshot);
conversion to Qt's UTF-16 positions goes through app.ui.offsets / Document helpers only.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSettings,
    QSize,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QBrush, QColor, QFontMetrics, QHelpEvent, QKeyEvent, QKeySequence, QPainter, QPixmap
from PySide6.QtGui import QIcon as QtIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QMenuBar,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTabWidget,
    QToolTip,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from app.core.findings import Finding, LineIndex
from app.ui import check_runner
from app.ui.offsets import Utf16Map

if TYPE_CHECKING:
    from app.ui.document import Document
    from app.ui.main_window import MainWindow

Index = QModelIndex | QPersistentModelIndex

KIND_LABELS = {
    "mojibake": "Encodage",
    "mojibake-residue": "Encodage (à la main)",
    "spelling": "Orthographe",
    "frontmatter": "Métadonnées",
    "typography": "Typographie",
}
# Same hues as the underlines of the raw view (app/ui/highlighter.py).
KIND_COLORS = {
    "mojibake": "#b26a00",
    "mojibake-residue": "#c2185b",
    "spelling": "#d32f2f",
    "frontmatter": "#e65100",
    "typography": "#1565c0",
}
# Filter entries: (label, kinds shown; None = every kind).
FILTERS: tuple[tuple[str, frozenset[str] | None], ...] = (
    ("Tout", None),
    ("Encodage", frozenset(("mojibake", "mojibake-residue"))),
    ("Orthographe", frozenset(("spelling",))),
    ("Métadonnées", frozenset(("frontmatter",))),
    ("Typographie", frozenset(("typography",))),
)
# Light backgrounds of the span in the context column (the underline colours, washed out).
SHADES = {
    "mojibake": "#ffe9b0",
    "mojibake-residue": "#fbd3e3",
    "spelling": "#ffd6d6",
    "frontmatter": "#ffe0c2",
    "typography": "#d6e6fb",
}
CONTEXT_CHARS = 40
# Invisible characters made visible in the context columns (the exact text stays in the document).
_VISIBLE = str.maketrans({"\xa0": "⍽", "\u202f": "⍽", "\t": "→", "\n": "⏎", "\u200b": "¦"})


def finding_key(f: Finding) -> tuple[str, int, int, str]:
    return (f.kind, f.start, f.end, f.text)


def shift_findings(findings: Iterable[Finding], edits: list[tuple[int, int, str]]) -> list[Finding]:
    """The findings still valid after replacing the code-point spans of `edits`, moved to their new place.

    A finding touching an edited span is dropped (the next check tells whether it is still there).
    """
    ordered = sorted(edits)
    starts = [e[0] for e in ordered]
    deltas = [0]
    for s, e, rep in ordered:
        deltas.append(deltas[-1] + len(rep) - (e - s))
    out: list[Finding] = []
    for f in findings:
        i = bisect.bisect_right(starts, f.start)
        if i and ordered[i - 1][1] > f.start:  # an edit starting before ends inside or after this finding's start
            continue
        if i < len(ordered) and ordered[i][0] < f.end:  # an edit starts inside
            continue
        if i and ordered[i - 1][0] == f.start and ordered[i - 1][1] == f.start == f.end:
            continue
        delta = deltas[i]
        out.append(replace(f, start=f.start + delta, end=f.end + delta) if delta else f)
    return out


def _context_parts(text: str, start: int, end: int, middle: str) -> tuple[str, str, str]:
    """(before, middle, after) on the finding's line, invisible characters made visible."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    if line_end < 0:
        line_end = len(text)
    b0 = max(line_start, start - CONTEXT_CHARS)
    a1 = min(line_end, end + CONTEXT_CHARS)
    before = ("…" if b0 > line_start else "") + text[b0:start]
    after = text[end:a1] + ("…" if a1 < line_end else "")
    return before.translate(_VISIBLE), middle.translate(_VISIBLE), after.translate(_VISIBLE)


def _context(text: str, start: int, end: int, middle: str) -> str:
    """The context as one line, "…before [middle] after…" (tooltips, accessibility, tests)."""
    before, mid, after = _context_parts(text, start, end, middle)
    return f"{before}[{mid}]{after}"


class ContextDelegate(QStyledItemDelegate):
    """Draws "before ▌span▐ after" with the span centred and shaded, like a concordance."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        parts = index.data(FindingsModel.PartsRole)
        if not parts:
            super().paint(painter, option, index)
            return
        before, middle, after, shade = parts
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        pal = opt.palette
        fg = pal.highlightedText().color() if selected else pal.text().color()
        dim = QColor(fg)
        if not selected:
            dim = pal.placeholderText().color()
        fm = QFontMetrics(opt.font)
        rect = opt.rect.adjusted(4, 0, -4, 0)
        # A few pixels of slack: elidedText() rounds differently from horizontalAdvance().
        mid_w = min(fm.horizontalAdvance(middle) + 10, int(rect.width() * 0.6))
        mid_text = fm.elidedText(middle, Qt.TextElideMode.ElideMiddle, mid_w - 4)
        centre = rect.left() + int(rect.width() * 0.42)
        span = QRect(centre - mid_w // 2, rect.top() + 2, mid_w, rect.height() - 4)
        painter.save()
        painter.setFont(opt.font)
        painter.setClipRect(opt.rect)
        painter.fillRect(span, QColor(shade))
        painter.setPen(QColor("#202020"))
        painter.drawText(span, int(Qt.AlignmentFlag.AlignCenter), mid_text)
        painter.setPen(dim)
        left = QRect(rect.left(), rect.top(), span.left() - rect.left() - 1, rect.height())
        painter.drawText(left, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                         fm.elidedText(before, Qt.TextElideMode.ElideLeft, left.width()))  # fmt: skip
        right = QRect(span.right() + 2, rect.top(), rect.right() - span.right() - 2, rect.height())
        painter.drawText(right, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                         fm.elidedText(after, Qt.TextElideMode.ElideRight, right.width()))  # fmt: skip
        painter.restore()


def _dot(color: str) -> QtIcon:
    pix = QPixmap(12, 12)
    pix.fill(Qt.GlobalColor.transparent)
    p = QPainter(pix)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setBrush(QColor(color))
    p.setPen(Qt.PenStyle.NoPen)
    p.drawEllipse(1, 1, 10, 10)
    p.end()
    return QtIcon(pix)


class FindingsModel(QAbstractTableModel):
    """The findings of one text snapshot; context strings are built on demand."""

    KIND, LINE, BEFORE, AFTER, MESSAGE = range(5)
    HEADERS = ("Type", "Ligne", "Texte", "Correction", "Message")
    FindingRole = Qt.ItemDataRole.UserRole + 1
    KindRole = Qt.ItemDataRole.UserRole + 2
    PartsRole = Qt.ItemDataRole.UserRole + 3  # (before, middle, after, shade) for ContextDelegate

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.findings: list[Finding] = []
        self.text = ""
        self._lines: LineIndex | None = None
        self.suggestions: dict[str, tuple[str, ...]] = {}  # spelling word → suggestions, filled in behind
        self._icons: dict[str, QtIcon] = {}

    def set_findings(self, findings: list[Finding], text: str) -> None:
        self.beginResetModel()
        self.findings = list(findings)
        self.text = text
        self._lines = None  # built when a line number is first shown (35,000 lines of a 4 MB article: 60 ms)
        self.endResetModel()

    @property
    def lines(self) -> LineIndex:
        if self._lines is None:
            self._lines = LineIndex(self.text)
        return self._lines

    def set_suggestions(self, suggestions: dict[str, tuple[str, ...]]) -> None:
        self.suggestions.update(suggestions)
        if self.findings:
            self.dataChanged.emit(self.index(0, self.AFTER), self.index(len(self.findings) - 1, self.AFTER))

    def replacement_for(self, f: Finding) -> str | None:
        """What "Réparer" writes: the finding's replacement, or for spelling its first suggestion."""
        if f.replacement is not None:
            return f.replacement
        suggestions = f.suggestions or self.suggestions.get(f.text, ())
        return suggestions[0] if suggestions else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.findings)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.findings):
            return None
        f = self.findings[index.row()]
        col = index.column()
        if role == self.FindingRole:
            return f
        if role == self.KindRole:
            return f.kind
        if role == self.PartsRole:
            if col == self.BEFORE:
                return (*_context_parts(self.text, f.start, f.end, f.text), SHADES.get(f.kind, "#eeeeee"))
            if col == self.AFTER:
                rep = self.replacement_for(f)
                if rep is None:
                    return None
                return (*_context_parts(self.text, f.start, f.end, rep), "#c8f0cf")
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if col == self.KIND:
                return self.tr(KIND_LABELS.get(f.kind, f.kind))
            if col == self.LINE:
                return self.lines.line_col(f.start)[0]
            if col == self.BEFORE:
                return _context(self.text, f.start, f.end, f.text)
            if col == self.AFTER:
                rep = self.replacement_for(f)
                if rep is None:
                    return "—"
                shown = _context(self.text, f.start, f.end, rep)
                return self.tr("{0}  (à vérifier)").format(shown) if f.kind == "mojibake-residue" else shown
            if col == self.MESSAGE:
                return f.message
        if role == Qt.ItemDataRole.ToolTipRole:
            extra = ""
            if f.kind == "spelling":
                sugg = f.suggestions or self.suggestions.get(f.text, ())
                extra = "\n" + self.tr("Suggestions : {0}").format(", ".join(sugg)) if sugg else ""
            return f"{f.message}{extra}"
        if role == Qt.ItemDataRole.DecorationRole and col == self.KIND:
            icon = self._icons.get(f.kind)
            if icon is None:
                icon = self._icons[f.kind] = _dot(KIND_COLORS.get(f.kind, "#777777"))
            return icon
        if role == Qt.ItemDataRole.ForegroundRole and col == self.KIND:
            return QBrush(QColor(KIND_COLORS.get(f.kind, "#444444")))
        if role == Qt.ItemDataRole.ForegroundRole and col == self.AFTER and self.replacement_for(f) is not None:
            return QBrush(QColor("#1b5e20"))
        if role == Qt.ItemDataRole.TextAlignmentRole and col == self.LINE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class KindFilter(QSortFilterProxyModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.kinds: frozenset[str] | None = None

    def set_kinds(self, kinds: frozenset[str] | None) -> None:
        self.beginFilterChange()
        self.kinds = kinds
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if self.kinds is None:
            return True
        model = self.sourceModel()
        assert isinstance(model, FindingsModel)
        return model.findings[source_row].kind in self.kinds


class GroupsModel(QAbstractTableModel):
    """Encoding findings grouped by pattern: "Ã© → é ×122"."""

    PATTERN, COUNT = range(2)
    GroupRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.groups: list[tuple[str, list[Finding]]] = []

    def set_findings(self, findings: list[Finding]) -> None:
        from app.core.mojibake import group_findings

        self.beginResetModel()
        encoding = [f for f in findings if f.kind in ("mojibake", "mojibake-residue")]
        # Repairable patterns first; residues (fixed by hand) after them.
        groups = group_findings(encoding)
        self.groups = [g for g in groups if g[1][0].kind == "mojibake"] + [
            g for g in groups if g[1][0].kind != "mojibake"
        ]
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.groups)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Motif"), self.tr("Occurrences"))[section]
        return None

    def label(self, row: int) -> str:
        key, items = self.groups[row]
        first = items[0]
        if first.kind == "mojibake":
            return first.message or key.replace("→", " → ")
        src = key.split("→")[0]
        return self.tr("{0} → ? (octet perdu, à corriger à la main)").format(src)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.groups):
            return None
        key, items = self.groups[index.row()]
        if role == self.GroupRole:
            return items
        if role == Qt.ItemDataRole.DisplayRole:
            return self.label(index.row()) if index.column() == self.PATTERN else f"×{len(items)}"
        if role == Qt.ItemDataRole.ForegroundRole and items[0].kind != "mojibake":
            return QBrush(QColor(KIND_COLORS["mojibake-residue"]))
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == self.COUNT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class FindingsView(QTreeView):
    """A flat list; Enter applies the current row (Qt would only 'activate' it)."""

    apply_pressed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
            self.apply_pressed.emit()
            return
        super().keyPressEvent(event)


class FindingsPanel(QWidget):
    """Findings of the current article. Emits requests; the FindingsController carries them out."""

    finding_activated = Signal(object)  # Finding: show it in the raw editor
    finding_apply_requested = Signal(object)  # Finding: apply its replacement (or first suggestion)
    findings_apply_requested = Signal(object)  # list[Finding]: apply these as one undo step
    repair_article_requested = Signal()
    repair_folder_requested = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("findingsPanel")
        self.findings: list[Finding] = []
        self.text = ""
        self.pending_row: int | None = None  # row to select when the list comes back after a repair

        self.model = FindingsModel(self)
        self.proxy = KindFilter(self)
        self.proxy.setSourceModel(self.model)
        self.view = FindingsView(self)
        self.view.setObjectName("findingsView")
        self.view.setAccessibleName(self.tr("Liste des constats"))
        self.view.setModel(self.proxy)
        self.view.setRootIsDecorated(False)
        self.view.setUniformRowHeights(True)
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setAllColumnsShowFocus(True)
        self.context_delegate = ContextDelegate(self.view)
        self.view.setItemDelegateForColumn(FindingsModel.BEFORE, self.context_delegate)
        self.view.setItemDelegateForColumn(FindingsModel.AFTER, self.context_delegate)
        header = self.view.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(FindingsModel.KIND, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(FindingsModel.LINE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(FindingsModel.BEFORE, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(FindingsModel.AFTER, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(FindingsModel.BEFORE, 340)
        header.resizeSection(FindingsModel.AFTER, 340)

        self.groups = GroupsModel(self)
        self.group_view = FindingsView(self)
        self.group_view.setObjectName("findingGroupsView")
        self.group_view.setAccessibleName(self.tr("Constats d'encodage par motif"))
        self.group_view.setModel(self.groups)
        self.group_view.setRootIsDecorated(False)
        self.group_view.setUniformRowHeights(True)
        self.group_view.setAlternatingRowColors(True)
        self.group_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.group_view.header().setStretchLastSection(False)
        self.group_view.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.group_view.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.repair_group_button = QPushButton(self.tr("Réparer tous ceux-ci"), self)
        self.repair_group_button.setObjectName("repairGroupButton")
        self.repair_group_button.setToolTip(
            self.tr("Réparer toutes les occurrences du motif choisi (une seule annulation)")
        )
        group_page = QWidget(self)
        group_box = QVBoxLayout(group_page)
        group_box.setContentsMargins(0, 0, 0, 0)
        group_box.addWidget(self.group_view)
        group_row = QHBoxLayout()
        self.group_hint = QLabel(self)
        self.group_hint.setObjectName("groupHint")
        group_row.addWidget(self.group_hint, 1)
        group_row.addWidget(self.repair_group_button)
        group_box.addLayout(group_row)

        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.view, self.tr("Liste"))
        self.tabs.addTab(group_page, self.tr("Par motif"))

        self.kind_combo = QComboBox(self)
        self.kind_combo.setObjectName("findingsKindFilter")
        self.kind_combo.setAccessibleName(self.tr("Type de constats affichés"))
        for label, kinds in FILTERS:
            self.kind_combo.addItem(self.tr(label), kinds)
        self.summary = QLabel(self)
        self.summary.setObjectName("findingsSummary")
        self.repair_button = QPushButton(self.tr("Réparer"), self)
        self.repair_button.setObjectName("repairButton")
        self.repair_button.setToolTip(self.tr("Appliquer la correction des constats choisis (Ctrl+Entrée)"))
        self.repair_article_button = QPushButton(self.tr("Réparer tout l'article"), self)
        self.repair_article_button.setObjectName("repairArticleButton")
        self.repair_article_button.setToolTip(
            self.tr("Réparer tous les défauts d'encodage sûrs de l'article (une seule annulation ; "
                    "les résidus restent à corriger à la main)")
        )  # fmt: skip
        self.repair_folder_button = QPushButton(self.tr("Réparer tout le dossier…"), self)
        self.repair_folder_button.setObjectName("repairFolderButton")
        self.repair_folder_button.setToolTip(
            self.tr("Revoir puis appliquer les réparations d'encodage de tout le dossier")
        )

        bar = QHBoxLayout()
        bar.setContentsMargins(4, 2, 4, 2)
        bar.addWidget(QLabel(self.tr("Afficher :"), self))
        bar.addWidget(self.kind_combo)
        bar.addWidget(self.summary, 1)
        bar.addWidget(self.repair_button)
        bar.addWidget(self.repair_article_button)
        bar.addWidget(self.repair_folder_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(bar)
        layout.addWidget(self.tabs)

        self.view.clicked.connect(self.on_view_clicked)
        self.view.doubleClicked.connect(self.on_view_double_clicked)
        self.view.apply_pressed.connect(self.on_repair_button_clicked)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.group_view.clicked.connect(self.on_group_view_clicked)
        self.group_view.doubleClicked.connect(self.on_repair_group_button_clicked)
        self.group_view.apply_pressed.connect(self.on_repair_group_button_clicked)
        self.group_view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.kind_combo.currentIndexChanged.connect(self.on_kind_combo_changed)
        self.repair_button.clicked.connect(self.on_repair_button_clicked)
        self.repair_group_button.clicked.connect(self.on_repair_group_button_clicked)
        self.repair_article_button.clicked.connect(self.repair_article_requested)
        self.repair_folder_button.clicked.connect(self.repair_folder_requested)
        self._update_buttons()

    def sizeHint(self) -> QSize:
        return QSize(900, 260)  # room for about ten findings under the editor

    # --- content ------------------------------------------------------------------------------------
    def set_findings(self, findings: list[Finding], text: str) -> None:
        """Show the findings of `text`. The selected finding stays selected when it is still there."""
        selected = self.selected_findings()
        keep_key = finding_key(selected[0]) if len(selected) == 1 else None
        scroll = self.view.verticalScrollBar().value()
        self.findings = list(findings)
        self.text = text
        self.model.set_findings(self.findings, text)
        self.groups.set_findings(self.findings)
        self.view.verticalScrollBar().setValue(scroll)
        row: int | None = None
        if keep_key is not None:
            for i in range(self.proxy.rowCount()):
                f = self.proxy.data(self.proxy.index(i, 0), FindingsModel.FindingRole)
                if finding_key(f) == keep_key:
                    row = i
                    break
        if row is None and self.pending_row is not None:
            row = self.pending_row  # after a repair: the next finding slid into the repaired one's row
        self.pending_row = None
        if row is not None and self.proxy.rowCount():
            self.select_row(min(row, self.proxy.rowCount() - 1))
        self._update_summary()
        self._update_buttons()

    def set_suggestions(self, suggestions: dict[str, tuple[str, ...]]) -> None:
        self.model.set_suggestions(suggestions)
        self._update_buttons()

    def replacement_for(self, f: Finding) -> str | None:
        return self.model.replacement_for(f)

    def visible_findings(self) -> list[Finding]:
        """The findings the filter shows, in list order (by position)."""
        kinds = self.proxy.kinds
        return [f for f in self.findings if kinds is None or f.kind in kinds]

    def selected_findings(self) -> list[Finding]:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        return [self.proxy.data(self.proxy.index(r, 0), FindingsModel.FindingRole) for r in rows]

    def row_of(self, finding: Finding) -> int | None:
        key = finding_key(finding)
        for i in range(self.proxy.rowCount()):
            if finding_key(self.proxy.data(self.proxy.index(i, 0), FindingsModel.FindingRole)) == key:
                return i
        return None

    def select_row(self, row: int) -> None:
        """Select a row without activating it (the editor is not moved)."""
        index = self.proxy.index(row, 0)
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.view.selectionModel().setCurrentIndex(index, flags)
        self.view.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)

    def select_finding(self, finding: Finding) -> None:
        row = self.row_of(finding)
        if row is not None:
            self.select_row(row)

    def _update_summary(self) -> None:
        counts: dict[str, int] = {}
        for f in self.findings:
            label = FILTERS_LABEL.get(f.kind, f.kind)
            counts[label] = counts.get(label, 0) + 1
        for i, (label, kinds) in enumerate(FILTERS):
            n = len(self.findings) if kinds is None else sum(1 for f in self.findings if f.kind in kinds)
            self.kind_combo.setItemText(i, f"{self.tr(label)} ({n})")
        repairable = sum(1 for f in self.findings if f.kind == "mojibake")
        residues = sum(1 for f in self.findings if f.kind == "mojibake-residue")
        if not self.findings:
            self.summary.setText(self.tr("Aucun constat"))
        else:
            parts = [self.tr("{0} constat(s)").format(len(self.findings))]
            if repairable:
                parts.append(self.tr("{0} réparation(s) d'encodage sûre(s)").format(repairable))
            if residues:
                parts.append(self.tr("{0} résidu(s) à corriger à la main").format(residues))
            self.summary.setText(" · ".join(parts))
        self.repair_article_button.setEnabled(repairable > 0)
        patterns = sum(1 for _k, items in self.groups.groups if items[0].kind == "mojibake")
        self.group_hint.setText(
            self.tr("{0} motif(s) réparable(s)").format(patterns)
            if self.groups.groups
            else self.tr("Aucun défaut d'encodage")
        )

    def _update_buttons(self, *_: Any) -> None:
        selected = self.selected_findings()
        self.repair_button.setEnabled(any(self.replacement_for(f) is not None for f in selected))
        group = self.selected_group()
        self.repair_group_button.setEnabled(bool(group) and group[0].kind == "mojibake")

    def selected_group(self) -> list[Finding]:
        rows = self.group_view.selectionModel().selectedRows()
        if not rows:
            return []
        items: list[Finding] = self.groups.data(rows[0], GroupsModel.GroupRole)
        return items

    # --- slots ---------------------------------------------------------------------------------------
    def on_kind_combo_changed(self, _index: int) -> None:
        self.proxy.set_kinds(self.kind_combo.currentData())
        self._update_buttons()

    def on_view_clicked(self, index: QModelIndex) -> None:
        f = self.proxy.data(index, FindingsModel.FindingRole)
        if f is not None:
            self.finding_activated.emit(f)

    def on_view_double_clicked(self, index: QModelIndex) -> None:
        f = self.proxy.data(index, FindingsModel.FindingRole)
        if f is not None:
            self.pending_row = index.row()
            self.finding_apply_requested.emit(f)

    def on_repair_button_clicked(self) -> None:
        selected = [f for f in self.selected_findings() if self.replacement_for(f) is not None]
        if not selected:
            return
        self.pending_row = self.row_of(selected[0])
        if len(selected) == 1:
            self.finding_apply_requested.emit(selected[0])
        else:
            self.findings_apply_requested.emit(selected)

    def on_group_view_clicked(self, index: QModelIndex) -> None:
        items = self.groups.data(index, GroupsModel.GroupRole)
        if items:
            self.finding_activated.emit(items[0])

    def on_repair_group_button_clicked(self, *_: Any) -> None:
        group = self.selected_group()
        if group and group[0].kind == "mojibake":
            self.findings_apply_requested.emit(group)


FILTERS_LABEL = {k: label for label, kinds in FILTERS if kinds for k in kinds}


class FindingsController(QObject):
    """Applies findings to the current Document (undoable), walks them (F8), shows hover tooltips."""

    applied = Signal()  # after any repair of the current article

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.panel: FindingsPanel = window.findings_panel
        self.suggest_serial = 0
        window.raw_editor.viewport().installEventFilter(self)
        # Room for about ten findings under the editor, unless the user's saved layout says otherwise.
        if not QSettings().contains("window/state"):
            QTimer.singleShot(
                0, window, lambda: window.resizeDocks([window.findings_dock], [250], Qt.Orientation.Vertical)
            )

    def build_menu(self, bar: QMenuBar) -> QMenu:
        """The "Constats" menu: walk, apply, repair; plus the spelling option."""
        w = self.window
        menu = bar.addMenu(self.tr("&Constats"))
        menu.setObjectName("findingsMenu")

        def action(text: str, slot: Any, shortcuts: tuple[str, ...] = (), name: str = "") -> QAction:
            act = QAction(text, w)
            act.setObjectName(name)
            if shortcuts:
                act.setShortcuts([QKeySequence(s) for s in shortcuts])
            act.triggered.connect(slot)
            w.addAction(act)  # shortcuts work even with the menu bar hidden
            menu.addAction(act)
            return act

        self.next_action = action(self.tr("Constat &suivant"), self.next_finding, ("F8",), "nextFindingAction")
        self.previous_action = action(self.tr("Constat &précédent"), self.previous_finding, ("Shift+F8",),
                                      "previousFindingAction")  # fmt: skip
        self.apply_action = action(self.tr("&Appliquer la correction"), self.apply_current,
                                   ("Ctrl+Return", "Ctrl+."), "applyFindingAction")  # fmt: skip
        menu.addSeparator()
        self.repair_article_action = action(self.tr("Réparer tout l'&article"), self.repair_article, (),
                                            "repairArticleAction")  # fmt: skip
        self.repair_folder_action = action(self.tr("Réparer tout le &dossier…"), self.open_folder_repair, (),
                                           "repairFolderAction")  # fmt: skip
        menu.addSeparator()
        menu.addAction(w.spelling.english_action)
        return menu

    def open_folder_repair(self) -> Any:
        from app.ui.folder_repair import open_folder_repair

        return open_folder_repair(self.window)

    def connect_signals(self) -> None:
        p = self.panel
        p.finding_activated.connect(self.on_panel_finding_activated)
        p.finding_apply_requested.connect(self.apply_one)
        p.findings_apply_requested.connect(self.apply_many)
        p.repair_article_requested.connect(self.repair_article)
        p.repair_folder_requested.connect(self.open_folder_repair)
        self.window.checks_done.connect(self.fill_suggestions)

    # --- helpers ---------------------------------------------------------------------------------
    def _doc(self) -> Document | None:
        return self.window.current

    def _fresh(self, doc: Document) -> bool:
        """True when the panel's findings were computed on the text now in the buffer."""
        return self.panel.text == doc.text()

    def _refresh_needed(self, doc: Document) -> None:
        self.window.status_message.emit(self.tr("Les constats se mettent à jour : réessayez dans un instant."))
        self.window.check_timer.stop()
        self.window.run_checks(doc)

    def update_counts(self, doc: Document, findings: list[Finding]) -> None:
        """The article list's counts for an open document."""
        from app.core.checks import count_by_kind
        from app.core.scan import Summary

        row = self.window.model.row_for(doc.path)
        if row is None:
            return
        s = row.summary or Summary(path=str(doc.path), title=doc.path.stem)
        s.counts = count_by_kind(findings)
        self.window.model.update_row(doc.path, summary=s)

    # --- going to findings -----------------------------------------------------------------------
    def goto(self, finding: Finding, focus_editor: bool = False) -> None:
        doc = self._doc()
        if doc is None:
            return
        m = Utf16Map(self.panel.text) if self._fresh(doc) else Utf16Map(doc.text())
        self.window.raw_editor.goto_position(m.to_utf16(finding.end), m.to_utf16(finding.start))
        if focus_editor:
            self.window.raw_editor.setFocus()

    def on_panel_finding_activated(self, finding: Finding) -> None:
        self.goto(finding)

    def step(self, direction: int) -> Finding | None:
        """Go to the next (1) or previous (-1) finding from the cursor, wrapping around."""
        doc = self._doc()
        if doc is None:
            return None
        if not self._fresh(doc):
            self.window.check_timer.stop()
            self.window.run_checks(doc)
        findings = sorted(self.panel.visible_findings(), key=lambda f: (f.start, f.end))
        if not findings:
            self.window.status_message.emit(self.tr("Aucun constat dans cet article"))
            return None
        m = Utf16Map(self.panel.text)
        cursor = self.window.raw_editor.textCursor()
        sel_start = m.to_cp(cursor.selectionStart())
        starts = [f.start for f in findings]
        if direction > 0:
            # With a selection (a finding shown), go past it; with a bare cursor, a finding starting here counts.
            i = (
                bisect.bisect_right(starts, sel_start)
                if cursor.hasSelection()
                else bisect.bisect_left(starts, sel_start)
            )
            target = findings[i % len(findings)]
        else:
            i = bisect.bisect_left(starts, sel_start) - 1
            target = findings[i % len(findings)]
        self.goto(target)
        self.panel.select_finding(target)
        return target

    def next_finding(self) -> None:
        self.step(1)

    def previous_finding(self) -> None:
        self.step(-1)

    def finding_under_cursor(self) -> Finding | None:
        doc = self._doc()
        if doc is None or not self._fresh(doc):
            return None
        m = Utf16Map(self.panel.text)
        cursor = self.window.raw_editor.textCursor()
        s, e = m.to_cp(cursor.selectionStart()), m.to_cp(cursor.selectionEnd())
        for f in self.panel.visible_findings():
            if (f.start == s and f.end == e) or (s == e and f.start <= s < f.end):
                return f
        return None

    def apply_current(self) -> None:
        """Ctrl+Return: the finding under the editor's cursor, else the panel's selection."""
        f = self.finding_under_cursor()
        if f is not None:
            self.panel.pending_row = self.panel.row_of(f)
            self.apply_one(f)
            return
        self.panel.on_repair_button_clicked()

    # --- repairs -----------------------------------------------------------------------------------
    def apply_one(self, finding: Finding) -> bool:
        rep = self.panel.replacement_for(finding)
        if rep is None and finding.kind == "spelling":
            rep = self._first_suggestion(finding.text)
        if rep is None:
            self.window.status_message.emit(self.tr("Aucune correction proposée pour « {0} »").format(finding.text))
            return False
        return self.apply_edits([(finding, rep)])

    def _first_suggestion(self, word: str) -> str | None:
        speller = self.window.spelling.speller_now()
        got = speller.suggest(word, limit=5, budget_ms=80)
        self.panel.set_suggestions({word: tuple(got)})
        return got[0] if got else None

    def apply_many(self, findings: list[Finding]) -> bool:
        items = [(f, r) for f in findings if (r := self.panel.replacement_for(f)) is not None]
        return self.apply_edits(items)

    def apply_edits(self, items: list[tuple[Finding, str]]) -> bool:
        """Replace each finding's span (code points of the panel's text) as ONE undo step."""
        doc = self._doc()
        if doc is None or not items:
            return False
        if not self._fresh(doc):
            self._refresh_needed(doc)
            return False
        text = self.panel.text
        edits: list[tuple[int, int, str]] = []
        last_end = -1
        for f, rep in sorted(items, key=lambda item: item[0].start):
            if f.start < last_end or text[f.start : f.end] != f.text:
                continue  # overlapping or not what the list shows: never guess
            edits.append((f.start, f.end, rep))
            last_end = f.end
        if not edits:
            return False
        if len(edits) == 1:
            start, end, rep = edits[0]
            doc.replace_span(start, end, rep)
        else:
            doc.replace_all(edits)
        self._after_edit(doc, edits)
        return True

    def _after_edit(self, doc: Document, edits: list[tuple[int, int, str]]) -> None:
        """Move the remaining findings at once (the background check confirms them a moment later)."""
        remaining = shift_findings(self.panel.findings, edits)
        text = doc.text()
        doc.set_findings(remaining, text, doc.revision())
        self.panel.set_findings(remaining, text)
        self.update_counts(doc, remaining)
        self.window._update_status()
        self.applied.emit()

    def repair_article(self) -> bool:
        """Every safe encoding repair of the article (never residues), as one undo step."""
        from app.core.mojibake import find_mojibake

        doc = self._doc()
        if doc is None:
            return False
        text = doc.text()
        if self._fresh(doc):
            found = [f for f in self.panel.findings if f.kind == "mojibake"]
        else:
            found = [f for f in find_mojibake(text) if f.kind == "mojibake"]
            self.panel.set_findings(find_mojibake(text), text)
        if not found:
            self.window.status_message.emit(self.tr("Aucune réparation d'encodage sûre dans cet article"))
            return False
        self.panel.pending_row = 0
        ok = self.apply_edits([(f, f.replacement or "") for f in found])
        if ok:
            self.window.status_message.emit(
                self.tr("{0} réparation(s) d'encodage appliquée(s) — Ctrl+Z pour annuler").format(len(found))
            )
        return ok

    # --- spelling suggestions for the panel ----------------------------------------------------------
    def fill_suggestions(self) -> None:
        """Suggestions of the listed misspelled words, computed in the background."""
        from app.ui import workers

        words = sorted({f.text for f in self.panel.findings if f.kind == "spelling" and not f.suggestions}
                       - set(self.panel.model.suggestions))  # fmt: skip
        if not words:
            return
        speller = self.window.spelling.speller_now()
        self.suggest_serial += 1
        serial = self.suggest_serial

        workers.run_task(check_runner.suggest, words, speller,
                         on_done=lambda got, s=serial: self._on_suggestions(got, s))  # fmt: skip

    def _on_suggestions(self, got: dict[str, tuple[str, ...]] | None, serial: int) -> None:
        if got is not None and serial == self.suggest_serial:
            self.panel.set_suggestions(got)

    # --- hover tooltip -------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            text = self.tooltip_at(event.pos())
            if text:
                QToolTip.showText(event.globalPos(), text, self.window.raw_editor.viewport())
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return False

    def tooltip_at(self, pos: QPoint) -> str:
        """The tooltip for the character under a viewport point: "Ã© → é", or the finding's message."""
        doc = self._doc()
        if doc is None:
            return ""
        editor = self.window.raw_editor
        cursor = editor.cursorForPosition(pos)
        position = cursor.position()
        if pos.x() < editor.cursorRect(cursor).x() and position > 0:
            position -= 1  # the mouse is on the character before the nearest cursor position
        lines = []
        for mark in doc.highlighter.marks_at(position):
            if not mark.start <= position < mark.end:
                continue
            f: Finding = mark.finding
            if f.kind == "mojibake" and f.replacement is not None:
                lines.append(f.message or f"{f.text} → {f.replacement}")
            elif f.kind == "spelling":
                sugg = f.suggestions or self.panel.model.suggestions.get(f.text, ())
                tip = f.message
                if sugg:
                    tip += "\n" + self.tr("Suggestions : {0}").format(", ".join(sugg))
                lines.append(tip)
            else:
                lines.append(f.message)
        return "\n".join(lines)
