"""A table view for heatmaps: fixed, compact cells, one cell selectable, hover reported.

Colours come from the model (BackgroundRole/ForegroundRole, see :mod:`ui.theme`), so the view
needs no delegate and no style sheet (a style sheet would override the model's colours).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import QAbstractItemView, QFrame, QHeaderView, QTableView, QWidget


class HeatmapView(QTableView):
    """Emits ``cell_shown(index)`` when a cell is hovered or becomes the current cell."""

    cell_shown = Signal(QModelIndex)

    def __init__(self, name: str, parent: QWidget | None = None, *, widest: str = "⚠ BA00") -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setMouseTracking(True)
        self.setTabKeyNavigation(False)  # Tab leaves the grid; arrow keys move inside it
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.entered.connect(self.cell_shown)
        metrics = self.fontMetrics()
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setDefaultSectionSize(metrics.horizontalAdvance(widest) + 12)
        header.setHighlightSections(False)
        vertical = self.verticalHeader()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(metrics.height() + 8)
        vertical.setHighlightSections(False)
        vertical.setMinimumWidth(metrics.averageCharWidth() * 26)

    def currentChanged(self, current: QModelIndex, previous: QModelIndex) -> None:
        super().currentChanged(current, previous)
        if current.isValid():
            self.cell_shown.emit(current)
