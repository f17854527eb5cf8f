"""A thin table model over a Python list of cached rows, sorted in Python, plus a search proxy.

Sorting happens in :meth:`RowTableModel.sort` with ``list.sort`` (a QSortFilterProxyModel that
sorts calls ``data()`` from C++ for every comparison, which is slow for big tables); the proxy
only filters, on a lowercase search text computed once per row.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

R = TypeVar("R")

#: The cached row object behind an index (any model derived from RowTableModel).
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
#: A stable key of the row (e.g. a competency or offer code).
KEY_ROLE = Qt.ItemDataRole.UserRole + 2

_Index = QModelIndex | QPersistentModelIndex


class Column(Generic[R]):
    """One column: header, how to show a row, and how to sort it."""

    def __init__(
        self,
        header: str,
        display: Callable[[R], str],
        *,
        sort_key: Callable[[R], Any] | None = None,
        numeric: bool = False,
        tooltip: Callable[[R], str] | None = None,
    ) -> None:
        self.header = header
        self.display = display
        self.sort_key = sort_key or (lambda row: display(row).lower())
        self.numeric = numeric
        self.tooltip = tooltip


class RowTableModel(QAbstractTableModel, Generic[R]):
    """Rows and columns over ``self.rows``; subclasses add editing and extra roles."""

    def __init__(self, columns: Sequence[Column[R]], parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.rows: list[R] = []
        self._search: list[str] = []
        self._sorted_by: tuple[int, Qt.SortOrder] | None = None

    # -- content -------------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[R]) -> None:
        """Replace the rows, keeping the order the user chose by clicking a header."""
        self.beginResetModel()
        self.rows = list(rows)
        self._search = [self.search_text(row) for row in self.rows]
        if self._sorted_by is not None:
            self._sort_rows(*self._sorted_by)
        self.endResetModel()

    def key(self, row: R) -> str:
        """A stable key for the row (keeps selections across reloads)."""
        return str(id(row))

    def search_text(self, row: R) -> str:
        return " ".join(column.display(row) for column in self.columns).lower()

    def row_of(self, key: str) -> int:
        for number, row in enumerate(self.rows):
            if self.key(row) == key:
                return number
        return -1

    def row_at(self, index: _Index) -> R | None:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        return self.rows[index.row()]

    def matches(self, row: int, needle: str) -> bool:
        """Every word of ``needle`` (lowercase) occurs in the row's search text."""
        text = self._search[row]
        return all(word in text for word in needle.split())

    # -- QAbstractTableModel -------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            column = self.columns[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return column.header
            if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index)
        if row is None:
            return None
        column = self.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return column.display(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column.tooltip is not None:
                return column.tooltip(row)
            # A narrow column cuts a long name off ("Contractmanagement en In…"): the tooltip
            # shows it whole. Numbers get no tooltip: their columns are made wide enough.
            return None if column.numeric else column.display(row) or None
        if role == ROW_ROLE:
            return row
        if role == KEY_ROLE:
            return self.key(row)
        return self.extra_data(row, index.column(), role)

    def extra_data(self, row: R, column: int, role: int) -> Any:
        """Further roles (edit values, check states, colours) for subclasses."""
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        self._sorted_by = (column, order)
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        anchored = [(index, self.rows[index.row()]) for index in persistent if index.isValid()]
        self._sort_rows(column, order)
        positions = {id(row): number for number, row in enumerate(self.rows)}
        self.changePersistentIndexList(
            [index for index, _ in anchored],
            [self.index(positions[id(row)], index.column()) for index, row in anchored],
        )
        self.layoutChanged.emit()

    def _sort_rows(self, column: int, order: Qt.SortOrder) -> None:
        key = self.columns[column].sort_key
        paired = sorted(
            zip(self.rows, self._search, strict=True),
            key=lambda pair: _sortable(key(pair[0])),
            reverse=order == Qt.SortOrder.DescendingOrder,
        )
        self.rows = [row for row, _ in paired]
        self._search = [text for _, text in paired]


def _sortable(value: Any) -> tuple[bool, Any]:
    """Empty values last, whatever their type."""
    return (value is None or value == "", value if value is not None else "")


class SearchProxy(QSortFilterProxyModel):
    """Filters a :class:`RowTableModel` on its precomputed search text (and an optional extra
    predicate); sorting is handed to the source model."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._needle = ""
        self._predicate: Callable[[Any], bool] | None = None

    def set_search(self, text: str) -> None:
        self.beginFilterChange()
        self._needle = text.strip().lower()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_predicate(self, predicate: Callable[[Any], bool] | None) -> None:
        self.beginFilterChange()
        self._predicate = predicate
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        model = self.sourceModel()
        assert isinstance(model, RowTableModel)
        if self._needle and not model.matches(source_row, self._needle):
            return False
        return self._predicate is None or self._predicate(model.rows[source_row])

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        model = self.sourceModel()
        if model is not None:
            model.sort(column, order)
