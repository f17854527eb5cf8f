"""Step 5 of the interview: the agreed actions (the new plan version) as a table.

The model shows the draft's own list of actions; the step edits an action through the form below
the table and then tells the model which row changed.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from competentieplanner.domain.interview import OWN_ACTIONS, ActionEntry
from competentieplanner.ui.models.base import HeaderedTableModel
from competentieplanner.ui.translate_noop import QT_TRANSLATE_NOOP

COLUMNS = (
    QT_TRANSLATE_NOOP("ActionsModel", "Kwartaal"),
    QT_TRANSLATE_NOOP("ActionsModel", "Activiteit"),
    QT_TRANSLATE_NOOP("ActionsModel", "Soort"),
    QT_TRANSLATE_NOOP("ActionsModel", "Uren"),
    QT_TRANSLATE_NOOP("ActionsModel", "Kosten"),
    QT_TRANSLATE_NOOP("ActionsModel", "Financiering"),
    QT_TRANSLATE_NOOP("ActionsModel", "Studiekostenbeding"),
    QT_TRANSLATE_NOOP("ActionsModel", "Status"),
)
QUARTER, TITLE, KIND, HOURS, COST, FUNDING, CLAUSE, STATUS = range(8)

KIND_LABELS = {
    "opleiding": QT_TRANSLATE_NOOP("ActionsModel", "Opleiding"),
    "meelopen": QT_TRANSLATE_NOOP("ActionsModel", "Meeloopstage"),
    "projectrol": QT_TRANSLATE_NOOP("ActionsModel", "Projectrol"),
    "intervisie": QT_TRANSLATE_NOOP("ActionsModel", "Intervisie"),
    "coaching": QT_TRANSLATE_NOOP("ActionsModel", "Coaching"),
    "anders": QT_TRANSLATE_NOOP("ActionsModel", "Eigen actie"),
}
assert set(KIND_LABELS) == {"opleiding", *OWN_ACTIONS}

_Index = QModelIndex | QPersistentModelIndex


def kind_label(kind: str) -> str:
    return QCoreApplication.translate("ActionsModel", KIND_LABELS.get(kind, KIND_LABELS["anders"]))


def money_text(amount: Any) -> str:
    from competentieplanner.ui.interview.widgets import euro

    return euro(amount)


class ActionsModel(HeaderedTableModel):
    translation_context = "ActionsModel"
    headers = COLUMNS

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._actions: list[ActionEntry] = []

    def set_actions(self, actions: list[ActionEntry]) -> None:
        """Show ``actions`` (the draft's list itself, so edits land in the draft)."""
        self.beginResetModel()
        self._actions = actions
        self.endResetModel()

    def action(self, row: int) -> ActionEntry:
        return self._actions[row]

    def row_changed(self, row: int) -> None:
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    def append(self, action: ActionEntry) -> int:
        row = len(self._actions)
        self.beginInsertRows(QModelIndex(), row, row)
        self._actions.append(action)
        self.endInsertRows()
        return row

    def remove(self, row: int) -> ActionEntry:
        self.beginRemoveRows(QModelIndex(), row, row)
        removed = self._actions.pop(row)
        self.endRemoveRows()
        return removed

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        keys = {
            QUARTER: lambda a: (a.quarter, a.title),
            TITLE: lambda a: a.title.casefold(),
            KIND: lambda a: a.action_kind,
            HOURS: lambda a: a.hours,
            COST: lambda a: a.cost,
            FUNDING: lambda a: a.funding.value,
            CLAUSE: lambda a: a.repayment_clause,
            STATUS: lambda a: a.status.value,
        }
        self.layoutAboutToBeChanged.emit()
        self._actions.sort(key=keys[column], reverse=order == Qt.SortOrder.DescendingOrder)
        self.layoutChanged.emit()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._actions)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        action = self._actions[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == QUARTER:
                return action.quarter
            if column == TITLE:
                return action.title
            if column == KIND:
                return kind_label(action.action_kind)
            if column == HOURS:
                return f"{action.hours:g}".replace(".", ",")
            if column == COST:
                return money_text(action.cost)
            if column == FUNDING:
                return action.funding.label
            if column == CLAUSE:
                return (
                    QCoreApplication.translate("ActionsModel", "ja")
                    if action.repayment_clause
                    else ""
                )
            return action.status.value
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (HOURS, COST):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == TITLE:
            origin = {
                "planner": QCoreApplication.translate(
                    "ActionsModel", "Voorgesteld door de planner"
                ),
                "plan": QCoreApplication.translate("ActionsModel", "Uit het vorige plan"),
            }.get(action.origin, "")
            return "\n".join(part for part in (action.title, origin, action.notes) if part)
        return None
