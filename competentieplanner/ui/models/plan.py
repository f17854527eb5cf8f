"""Table models for the Plannen screen: the items of the plan being edited, and the results of
the organisation budget (per unit, and what stays open per competency)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal

from competentieplanner.domain.model import (
    FundingSource,
    PlanItem,
    PlanItemStatus,
    Quarter,
)
from competentieplanner.ui.formatting import money, quarter, word
from competentieplanner.ui.models.catalogue import euro, hours_text
from competentieplanner.ui.models.rows import Column, RowTableModel

_Index = QModelIndex | QPersistentModelIndex


def _tr(text: str) -> str:
    return QCoreApplication.translate("PlanModels", text)


(
    QUARTER_COLUMN,
    TITLE_COLUMN,
    OFFER_COLUMN,
    HOURS_COLUMN,
    COST_COLUMN,
    FUNDING_COLUMN,
    STATUS_COLUMN,
    REPAYMENT_COLUMN,
) = range(8)


class PlanItemsModel(RowTableModel[PlanItem]):
    """The activities of a plan, kept in quarter order. Edits change the list in memory
    (``changed`` fires); saving is the screen's business."""

    changed = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                Column(_tr("Kwartaal"), lambda i: quarter(i.quarter), sort_key=lambda i: i.quarter),
                Column(_tr("Activiteit"), lambda i: i.title, tooltip=lambda i: i.notes or i.title),
                Column(_tr("Opleiding"), lambda i: i.offer or _tr("eigen actie")),
                Column(
                    _tr("Uren"),
                    lambda i: hours_text(i.hours),
                    sort_key=lambda i: i.hours,
                    numeric=True,
                ),
                Column(
                    _tr("Kosten"), lambda i: euro(i.cost), sort_key=lambda i: i.cost, numeric=True
                ),
                Column(_tr("Financiering"), lambda i: word(i.funding.label)),
                Column(_tr("Status"), lambda i: word(i.status.value)),
                Column(
                    _tr("Studiekostenbeding"),
                    lambda i: "",
                    sort_key=lambda i: not i.repayment_clause,
                ),
            ],
            parent,
        )

    # Items have no identity of their own: position is the key.
    def key(self, row: PlanItem) -> str:
        return str(self.rows.index(row))

    def set_items(self, items: list[PlanItem]) -> None:
        self.set_rows(sorted(items, key=lambda i: (i.quarter, i.offer is None, i.title)))

    def items(self) -> list[PlanItem]:
        return list(self.rows)

    def replace_item(self, row: int, item: PlanItem) -> int:
        """Replace one item; the list is re-sorted by quarter. Returns the item's new row."""
        items = list(self.rows)
        items[row] = item
        self.set_items(items)
        self.changed.emit()
        return next(n for n, candidate in enumerate(self.rows) if candidate is item)

    def add_item(self, item: PlanItem) -> int:
        self.set_items([*self.rows, item])
        self.changed.emit()
        return next(n for n, candidate in enumerate(self.rows) if candidate is item)

    def remove_item(self, row: int) -> None:
        items = list(self.rows)
        del items[row]
        self.set_items(items)
        self.changed.emit()

    def extra_data(self, row: PlanItem, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.EditRole:
            return {
                QUARTER_COLUMN: str(row.quarter),
                TITLE_COLUMN: row.title,
                HOURS_COLUMN: row.hours,
                COST_COLUMN: float(row.cost),
                FUNDING_COLUMN: row.funding.value,
                STATUS_COLUMN: row.status.value,
            }.get(column)
        if role == Qt.ItemDataRole.CheckStateRole and column == REPAYMENT_COLUMN:
            return Qt.CheckState.Checked if row.repayment_clause else Qt.CheckState.Unchecked
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        item = self.row_at(index)
        if item is None:
            return flags
        column = index.column()
        if column == REPAYMENT_COLUMN:
            return flags | Qt.ItemFlag.ItemIsUserCheckable
        if column in (QUARTER_COLUMN, HOURS_COLUMN, COST_COLUMN, FUNDING_COLUMN, STATUS_COLUMN):
            return flags | Qt.ItemFlag.ItemIsEditable
        if column == TITLE_COLUMN and item.offer is None:
            return flags | Qt.ItemFlag.ItemIsEditable  # an own action's description
        return flags

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        item = self.row_at(index)
        if item is None:
            return False
        column = index.column()
        try:
            new = self._changed(item, column, value, role)
        except ValueError:
            return False
        if new is None or new == item:
            return False
        self.replace_item(index.row(), new)
        return True

    @staticmethod
    def _changed(item: PlanItem, column: int, value: Any, role: int) -> PlanItem | None:
        if role == Qt.ItemDataRole.CheckStateRole and column == REPAYMENT_COLUMN:
            return replace(item, repayment_clause=Qt.CheckState(value) == Qt.CheckState.Checked)
        if role != Qt.ItemDataRole.EditRole:
            return None
        if column == QUARTER_COLUMN:
            return replace(item, quarter=Quarter.parse(str(value)))
        if column == TITLE_COLUMN:
            text = str(value).strip()
            return replace(item, title=text) if text else None
        if column == HOURS_COLUMN:
            return replace(item, hours=max(0.0, float(value)))
        if column == COST_COLUMN:
            amount = Decimal(str(round(float(value), 2))).quantize(Decimal("0.01"))
            return replace(item, cost=max(Decimal("0"), amount))
        if column == FUNDING_COLUMN:
            return replace(item, funding=FundingSource(value))
        if column == STATUS_COLUMN:
            return replace(item, status=PlanItemStatus(value))
        return None


@dataclass(frozen=True, slots=True)
class UnitResult:
    unit: str
    people: int
    cap: Decimal | None  # the unit's own budget limit, when one was used
    spent: Decimal
    bought: str  # "OPL18 ×3, OPL21 ×1"
    closed: float
    remaining: float


def _gap(value: float) -> str:
    return f"{value:.1f}".replace(".", ",")


class UnitResultModel(RowTableModel[UnitResult]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                Column(_tr("Afdeling of team"), lambda u: u.unit or _tr("(zonder eenheid)")),
                Column(
                    _tr("Mensen"),
                    lambda u: str(u.people),
                    sort_key=lambda u: u.people,
                    numeric=True,
                ),
                Column(
                    _tr("Eigen budget"),
                    lambda u: money(u.cap) if u.cap is not None else "–",
                    sort_key=lambda u: u.cap,
                    numeric=True,
                ),
                Column(
                    _tr("Besteed"),
                    lambda u: money(u.spent),
                    sort_key=lambda u: u.spent,
                    numeric=True,
                ),
                Column(_tr("Koopt"), lambda u: u.bought, tooltip=lambda u: u.bought),
                Column(
                    _tr("Kloof gedicht"),
                    lambda u: _gap(u.closed),
                    sort_key=lambda u: u.closed,
                    numeric=True,
                ),
                Column(
                    _tr("Blijft open"),
                    lambda u: _gap(u.remaining),
                    sort_key=lambda u: u.remaining,
                    numeric=True,
                ),
            ],
            parent,
        )

    def key(self, row: UnitResult) -> str:
        return row.unit


@dataclass(frozen=True, slots=True)
class OpenCompetencyRow:
    competency: str
    name: str
    people: int
    weighted_gap: float


class OpenCompetencyModel(RowTableModel[OpenCompetencyRow]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                Column(_tr("Code"), lambda o: o.competency),
                Column(_tr("Competentie"), lambda o: o.name),
                Column(
                    _tr("Mensen onder doel"),
                    lambda o: str(o.people),
                    sort_key=lambda o: o.people,
                    numeric=True,
                ),
                Column(
                    _tr("Gewogen kloof"),
                    lambda o: _gap(o.weighted_gap),
                    sort_key=lambda o: o.weighted_gap,
                    numeric=True,
                ),
            ],
            parent,
        )

    def key(self, row: OpenCompetencyRow) -> str:
        return row.competency
