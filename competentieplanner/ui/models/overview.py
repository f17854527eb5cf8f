"""Models for the Overzicht screen: teams with continuity risks, and budget per unit."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any, cast

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from competentieplanner.domain.budget_periods import QuarterLine
from competentieplanner.services.organisation_overview import UnitBudget
from competentieplanner.services.team_overview import TeamRisk
from competentieplanner.ui import formatting, theme
from competentieplanner.ui.models.base import HeaderedTableModel

#: The unit name of a row (both tables).
UNIT_ROLE = Qt.ItemDataRole.UserRole + 1
_INVALID = QModelIndex()
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class RiskTableModel(HeaderedTableModel):
    translation_context = "Overview"
    headers = cast(
        "tuple[str, ...]",
        (
            QT_TRANSLATE_NOOP("Overview", "Team"),
            QT_TRANSLATE_NOOP("Overview", "Niet gedekt"),
            QT_TRANSLATE_NOOP("Overview", "Eén persoon"),
        ),
    )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._risks: list[TeamRisk] = []
        self._names: dict[str, str] = {}

    def set_risks(self, risks: Sequence[TeamRisk], competency_names: Mapping[str, str]) -> None:
        self.beginResetModel()
        self._risks = list(risks)
        self._names = dict(competency_names)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _INVALID) -> int:
        return 0 if parent.isValid() else len(self._risks)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        risk = self._risks[index.row()]
        column = index.column()
        codes = (risk.uncovered, risk.single)[column - 1] if column else ()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return risk.unit
            return ", ".join(codes) if codes else "–"
        if role == Qt.ItemDataRole.ToolTipRole and column and codes:
            return "\n".join(f"{code} {self._names.get(code, '')}" for code in codes)
        if role == Qt.ItemDataRole.BackgroundRole and column and codes:
            return theme.coverage_colors(column - 1).background
        if role == Qt.ItemDataRole.ForegroundRole and column and codes:
            return theme.coverage_colors(column - 1).foreground
        if role == UNIT_ROLE:
            return risk.unit
        return None


def _quarter_text(line: QuarterLine) -> str:
    text = QCoreApplication.translate("Overview", "K{quarter}: {planned} gepland van {budget}")
    shown = text.format(
        quarter=line.quarter,
        planned=formatting.money(line.planned),
        budget=formatting.money(line.budget or Decimal(0)),
    )
    if line.over:
        shown += " – " + QCoreApplication.translate("Overview", "meer dan het kwartaalbudget")
    return shown


class BudgetTableModel(HeaderedTableModel):
    translation_context = "Overview"
    headers = cast(
        "tuple[str, ...]",
        (
            QT_TRANSLATE_NOOP("Overview", "Eenheid"),
            QT_TRANSLATE_NOOP("Overview", "Beschikbaar"),
            QT_TRANSLATE_NOOP("Overview", "Gepland"),
            # "Over" is the budget left over (English "Remaining"), not "About".
            QT_TRANSLATE_NOOP("Overview", "Over"),
            QT_TRANSLATE_NOOP("Overview", "Gebruikt"),
        ),
    )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[UnitBudget] = []

    def set_budgets(self, rows: Sequence[UnitBudget]) -> None:
        """Fullest budgets first: those are the ones HR looks at; no budget at the end."""
        self.beginResetModel()
        self._rows = sorted(
            rows, key=lambda b: (self.used_pct(b) is None, -(self.used_pct(b) or 0.0), b.unit)
        )
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _INVALID) -> int:
        return 0 if parent.isValid() else len(self._rows)

    @staticmethod
    def used_pct(row: UnitBudget) -> float | None:
        if not row.available:
            return None
        return float(row.planned / row.available * Decimal(100))

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        used = self.used_pct(row)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return row.unit
            if column == 1:
                return (
                    formatting.money(row.available)
                    if row.available is not None
                    else QCoreApplication.translate("Overview", "geen")
                )
            if column == 2:
                return formatting.money(row.planned)
            if column == 3:
                return formatting.money(row.remaining) if row.remaining is not None else "–"
            return formatting.pct(used) if used is not None else "–"
        if role == Qt.ItemDataRole.TextAlignmentRole and column:
            return _RIGHT
        over_a_quarter = bool(row.over_quarters)
        if column == 4 and ((used is not None and used > 90) or over_a_quarter):
            colors = theme.coverage_colors(0 if over_a_quarter or (used or 0) > 100 else 1)
            if role == Qt.ItemDataRole.BackgroundRole:
                return colors.background
            if role == Qt.ItemDataRole.ForegroundRole:
                return colors.foreground
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [row.unit]
            if row.other_funding:
                lines.append(
                    QCoreApplication.translate(
                        "Overview", "Daarnaast {amount} uit IKB of A&O fonds (niet uit dit budget)."
                    ).format(amount=formatting.money(row.other_funding))
                )
            if used is not None and used > 100:
                lines.append(
                    QCoreApplication.translate("Overview", "De plannen kosten meer dan het budget.")
                )
            if row.per_quarter:
                lines.extend(_quarter_text(line) for line in row.quarters)
            return "\n".join(lines)
        if role == UNIT_ROLE:
            return row.unit
        return None
