"""The staff table: a thin model over cached :class:`EmployeeRow` values, and a filter proxy.

Sorting happens here, in Python (``list.sort``), not in the proxy: a QSortFilterProxyModel would
call ``data()`` from C++ for every comparison, which takes seconds for 20,000 rows. The proxy only
filters, over a lowercase search string prepared once per row.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, cast

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from competentieplanner.domain.model import Readiness
from competentieplanner.services.staff_overview import EmployeeRow
from competentieplanner.ui import formatting, theme

#: The whole EmployeeRow of a line.
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
#: The personnel number of a line.
NUMBER_ROLE = Qt.ItemDataRole.UserRole + 2

COL_NUMBER, COL_NAME, COL_UNIT, COL_JOB, COL_PROFILE, COL_FIT, COL_READINESS = range(7)
HEADERS = cast(
    "tuple[str, ...]",
    (
        QT_TRANSLATE_NOOP("EmployeeTable", "Personeelsnr"),
        QT_TRANSLATE_NOOP("EmployeeTable", "Naam"),
        QT_TRANSLATE_NOOP("EmployeeTable", "Eenheid"),
        QT_TRANSLATE_NOOP("EmployeeTable", "Functie"),
        QT_TRANSLATE_NOOP("EmployeeTable", "Profiel"),
        QT_TRANSLATE_NOOP("EmployeeTable", "Geschiktheid"),
        QT_TRANSLATE_NOOP("EmployeeTable", "Gereedheid"),
    ),
)
#: Starting widths in average character widths (fixed sizing: never measure 20,000 rows).
WIDTHS_IN_CHARS = (12, 24, 22, 26, 24, 11, 16)

_READINESS_RANK = {
    Readiness.READY: 0,
    Readiness.DEVELOPABLE: 1,
    Readiness.FAR: 2,
    Readiness.INSUFFICIENT_DATA: 3,
}


def _headers() -> tuple[str, ...]:
    return tuple(QCoreApplication.translate("EmployeeTable", h) for h in HEADERS)


class EmployeeTableModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[EmployeeRow] = []
        self._profile_names: dict[str, str] = {}
        self._headers = _headers()
        self.search_texts: list[str] = []

    # -- data in ------------------------------------------------------------------------------
    def set_rows(
        self,
        rows: Sequence[EmployeeRow],
        profile_names: dict[str, str],
        sort: tuple[int, Qt.SortOrder] | None = None,
    ) -> None:
        """Replace the rows, already sorted by ``sort`` (column, order): one reset, no re-sort."""
        self.beginResetModel()
        self._profile_names = dict(profile_names)
        self._rows = list(rows)
        if sort is not None and 0 <= sort[0] < len(self._headers):
            self._rows.sort(
                key=self._sort_key(sort[0]), reverse=sort[1] == Qt.SortOrder.DescendingOrder
            )
        self._rebuild_search()
        self.endResetModel()

    def _rebuild_search(self) -> None:
        names = self._profile_names
        self.search_texts = [
            " ".join(
                (
                    row.personnel_number,
                    row.name,
                    row.sort_name,
                    row.unit,
                    row.job_title,
                    names.get(row.profile or "", ""),
                )
            ).lower()
            for row in self._rows
        ]

    def row_at(self, source_row: int) -> EmployeeRow:
        return self._rows[source_row]

    def rows(self) -> list[EmployeeRow]:
        return list(self._rows)

    def profile_name(self, code: str | None) -> str:
        return self._profile_names.get(code or "", code or "")

    def source_row_of(self, personnel_number: str) -> int | None:
        for index, row in enumerate(self._rows):
            if row.personnel_number == personnel_number:
                return index
        return None

    # -- Qt model interface -------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_FIT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if column == COL_READINESS and row.readiness is not None:
            if role == Qt.ItemDataRole.BackgroundRole:
                return theme.readiness_colors(row.readiness).background
            if role == Qt.ItemDataRole.ForegroundRole:
                return theme.readiness_colors(row.readiness).foreground
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_PROFILE and row.profile:
            if row.target_profile:
                return QCoreApplication.translate("EmployeeTable", "Gekozen toekomstprofiel")
            return QCoreApplication.translate(
                "EmployeeTable", "Geen profiel gekozen: het best passende profiel"
            )
        if role == Qt.ItemDataRole.ToolTipRole and column != COL_FIT:
            # A narrow column cuts a long job title or unit off: the tooltip shows it whole.
            return self._display(row, column) or None
        if role == ROW_ROLE:
            return row
        if role == NUMBER_ROLE:
            return row.personnel_number
        return None

    def _display(self, row: EmployeeRow, column: int) -> str:
        if column == COL_NUMBER:
            return row.personnel_number
        if column == COL_NAME:
            return row.sort_name
        if column == COL_UNIT:
            return row.unit
        if column == COL_JOB:
            return row.job_title
        if column == COL_PROFILE:
            name = self.profile_name(row.profile)
            return name if row.target_profile or not name else f"{name} *"
        if column == COL_FIT:
            return formatting.pct(row.fit_pct)
        if column == COL_READINESS:
            return formatting.word(row.readiness.value) if row.readiness else ""
        return ""

    # -- sorting in Python --------------------------------------------------------------------
    def _sort_key(self, column: int) -> Callable[[EmployeeRow], Any]:
        if column == COL_NUMBER:
            return lambda r: r.personnel_number
        if column == COL_NAME:
            return lambda r: r.sort_name.lower()
        if column == COL_UNIT:
            return lambda r: (r.unit.lower(), r.sort_name.lower())
        if column == COL_JOB:
            return lambda r: (r.job_title.lower(), r.sort_name.lower())
        if column == COL_PROFILE:
            return lambda r: (self.profile_name(r.profile).lower(), r.sort_name.lower())
        if column == COL_FIT:
            return lambda r: (r.fit_pct is None, r.fit_pct or 0.0)
        if column == COL_READINESS:
            return lambda r: (
                _READINESS_RANK.get(r.readiness, 9) if r.readiness else 9,
                -(r.fit_pct or 0),
            )
        return lambda r: r.sort_name.lower()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._headers):
            return
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        old_rows = [index.row() for index in before]
        numbered = list(enumerate(self._rows))
        key = self._sort_key(column)
        numbered.sort(key=lambda pair: key(pair[1]), reverse=order == Qt.SortOrder.DescendingOrder)
        new_position = {old: new for new, (old, _) in enumerate(numbered)}
        self._rows = [row for _, row in numbered]
        self.search_texts = [self.search_texts[old] for old, _ in numbered]
        self.changePersistentIndexList(
            before,
            [
                self.index(new_position[row], index.column())
                for row, index in zip(old_rows, before, strict=True)
            ],
        )
        self.layoutChanged.emit()


class EmployeeFilterProxy(QSortFilterProxyModel):
    """Filters on search text and exact unit / job title / profile / readiness; never sorts."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.search = ""
        self.unit = ""
        self.job_title = ""
        self.profile = ""
        self.readiness = ""

    def set_criteria(
        self, *, search: str, unit: str, job_title: str, profile: str, readiness: str
    ) -> None:
        criteria = (search.strip().lower(), unit, job_title, profile, readiness)
        if criteria == (self.search, self.unit, self.job_title, self.profile, self.readiness):
            return
        if hasattr(self, "beginFilterChange"):
            self.beginFilterChange()
        self.search, self.unit, self.job_title, self.profile, self.readiness = criteria
        if hasattr(self, "endFilterChange"):
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:  # Qt < 6.10
            self.invalidateFilter()

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        model = self.sourceModel()
        assert isinstance(model, EmployeeTableModel)
        if self.search and self.search not in model.search_texts[source_row]:
            return False
        if not (self.unit or self.job_title or self.profile or self.readiness):
            return True
        row = model.row_at(source_row)
        if self.unit and row.unit != self.unit:
            return False
        if self.job_title and row.job_title != self.job_title:
            return False
        if self.profile and row.profile != self.profile:
            return False
        return not (
            self.readiness and (row.readiness.value if row.readiness else "") != self.readiness
        )

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """The header asks the proxy; the source model sorts (see the module docstring)."""
        source = self.sourceModel()
        if source is not None:
            source.sort(column, order)
