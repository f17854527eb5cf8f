"""Table models of the Formatie screen: the formation of every scenario side by side (wanted FTE
edited in place), and the assignments of the plan with each person's path."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from competentieplanner.domain.formation import FormationLine
from competentieplanner.domain.workforce_plan import Assignment
from competentieplanner.ui.formatting import money
from competentieplanner.ui.models.rows import Column, RowTableModel

_Index = QModelIndex | QPersistentModelIndex
#: Columns before the scenarios in the formation grid.
FIXED_COLUMNS = 2


def _tr(text: str) -> str:
    return QCoreApplication.translate("FormationModels", text)


def _number(value: float) -> str:
    return f"{value:g}".replace(".", ",")


class FormationGridModel(QAbstractTableModel):
    """Rows: profile and unit; columns: Profiel, Eenheid, then one per scenario (wanted FTE)."""

    change_requested = Signal(str, int, str, object, float)  # scenario, year, profile, unit, fte

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.scenarios: list[tuple[str, int]] = []
        self.rows: list[tuple[str, str | None]] = []
        self._fte: dict[tuple[str, str, str | None], float] = {}
        self._names: dict[str, str] = {}

    def set_formation(
        self,
        scenarios: Sequence[tuple[str, int]],
        lines: Sequence[FormationLine],
        profile_names: dict[str, str],
    ) -> None:
        self.beginResetModel()
        self.scenarios = list(scenarios)
        self._names = dict(profile_names)
        self._fte = {(x.scenario, x.profile, x.unit): x.fte for x in lines}
        keys = {(x.profile, x.unit) for x in lines}
        self.rows = sorted(keys, key=lambda k: (k[0], k[1] is not None, k[1] or ""))
        self.endResetModel()

    def add_row(self, profile: str, unit: str | None) -> None:
        """An empty row to fill in (kept until the next reload)."""
        if (profile, unit) in self.rows:
            return
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows))
        self.rows.append((profile, unit))
        self.endInsertRows()

    def wanted(self, scenario: str, profile: str, unit: str | None) -> float:
        return self._fte.get((scenario, profile, unit), 0.0)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else FIXED_COLUMNS + len(self.scenarios)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == 0:
            return _tr("Profiel")
        if section == 1:
            return _tr("Eenheid")
        name, year = self.scenarios[section - FIXED_COLUMNS]
        return f"{name} ({year})"

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        profile, unit = self.rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == 0:
                return self._names.get(profile, profile)
            if column == 1:
                return unit or _tr("hele organisatie")
            value = self.wanted(self.scenarios[column - FIXED_COLUMNS][0], profile, unit)
            if role == Qt.ItemDataRole.EditRole:
                return value
            return _number(value) if value else "–"
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= FIXED_COLUMNS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() >= FIXED_COLUMNS:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        if index.column() < FIXED_COLUMNS:
            return False
        name, year = self.scenarios[index.column() - FIXED_COLUMNS]
        profile, unit = self.rows[index.row()]
        fte = round(float(value), 3)
        if fte == self.wanted(name, profile, unit):
            return False
        self.change_requested.emit(name, year, profile, unit, fte)
        return True


@dataclass(frozen=True, slots=True)
class AssignmentRow:
    assignment: Assignment

    @property
    def path_text(self) -> str:
        path = self.assignment.option.path
        if path is None:
            return _tr("nu inzetbaar, geen opleiding nodig")
        return ", ".join(f"{item.offer.name} ({item.quarter})" for item in path.items)


class AssignmentModel(RowTableModel[AssignmentRow]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                Column(_tr("Personeelsnr"), lambda r: r.assignment.person.personnel_number),
                Column(_tr("Naam"), lambda r: r.assignment.person.name),
                Column(_tr("Naar profiel"), lambda r: r.assignment.option.profile),
                Column(
                    _tr("Match nu"),
                    lambda r: _number(r.assignment.option.fit_now) + " %",
                    sort_key=lambda r: r.assignment.option.fit_now,
                    numeric=True,
                ),
                Column(
                    _tr("Match straks"),
                    lambda r: _number(r.assignment.option.fit_expected) + " %",
                    sort_key=lambda r: r.assignment.option.fit_expected,
                    numeric=True,
                ),
                Column(
                    _tr("Klaar"),
                    lambda r: str(r.assignment.option.ready_quarter or _tr("nu")),
                ),
                Column(
                    _tr("Kosten"),
                    lambda r: money(r.assignment.option.training_cost),
                    sort_key=lambda r: r.assignment.option.training_cost,
                    numeric=True,
                ),
                Column(
                    _tr("Uren"),
                    lambda r: _number(r.assignment.option.hours),
                    sort_key=lambda r: r.assignment.option.hours,
                    numeric=True,
                ),
                Column(
                    _tr("Tegen richting"),
                    lambda r: _tr("ja") if r.assignment.option.against_direction else "",
                ),
            ],
            parent,
        )
        for column in self.columns:
            column.tooltip = lambda r: r.path_text

    def key(self, row: AssignmentRow) -> str:
        return row.assignment.person.personnel_number
