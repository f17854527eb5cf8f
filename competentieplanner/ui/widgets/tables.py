"""Table view helpers: consistent look, fixed column widths, compact tables that show all rows."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QSizePolicy, QTableView, QWidget


def configure_table(view: QTableView, *, name: str) -> None:
    """Row selection, alternating rows, no grid clutter, sizes that never measure every row."""
    view.setAccessibleName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setShowGrid(False)
    view.setWordWrap(False)
    view.setTabKeyNavigation(False)  # Tab leaves the table, arrows move inside it
    view.verticalHeader().setVisible(False)
    vertical = view.verticalHeader()
    vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    vertical.setDefaultSectionSize(view.fontMetrics().height() + 10)
    header = view.horizontalHeader()
    header.setResizeContentsPrecision(0)
    header.setHighlightSections(False)
    header.setStretchLastSection(True)
    header.setDefaultAlignment(header.defaultAlignment())


def set_column_widths(view: QTableView, widths_in_chars: Sequence[int]) -> None:
    """Widths in average character widths, so they scale with the font and the DPI."""
    char = view.fontMetrics().averageCharWidth()
    for column, chars in enumerate(widths_in_chars):
        view.setColumnWidth(column, chars * char + 16)


class CompactTable(QTableView):
    """A small table inside a scrolling page: as tall as its rows, no scroll bar of its own."""

    def __init__(self, name: str, parent: QWidget | None = None, *, max_rows: int = 40) -> None:
        super().__init__(parent)
        configure_table(self, name=name)
        self.max_rows = max_rows
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def fit_height(self) -> None:
        rows = min(self.model().rowCount() if self.model() else 0, self.max_rows)
        header = (
            self.horizontalHeader().sizeHint().height()
            if self.horizontalHeader().isVisible()
            else 0
        )
        height = header + rows * self.verticalHeader().defaultSectionSize() + 2 * self.frameWidth()
        if self.horizontalScrollBar().isVisible():
            height += self.horizontalScrollBar().sizeHint().height()
        self.setFixedHeight(max(height, header + 2 * self.frameWidth() + 4))
