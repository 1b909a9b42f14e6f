"""The findings panel: every finding of the current article; one click repairs one."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from app.core.findings import Finding


class FindingsPanel(QWidget):
    finding_activated = Signal(object)  # Finding: go to it
    finding_apply_requested = Signal(object)  # Finding: apply its replacement

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("findingsPanel")
        self.tree = QTreeWidget(self)
        self.tree.setHeaderLabels([self.tr("Type"), self.tr("Texte"), self.tr("Correction"), self.tr("Message")])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree)
        self.findings: list[Finding] = []
        self.tree.itemActivated.connect(self._on_item_activated)

    def set_findings(self, findings: list[Finding], text: str) -> None:
        self.findings = findings
        self.tree.clear()
        for f in findings:
            item = QTreeWidgetItem([f.kind, f.text, f.replacement or "", f.message])
            item.setData(0, 256, f)
            self.tree.addTopLevelItem(item)

    def _on_item_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        self.finding_activated.emit(item.data(0, 256))
