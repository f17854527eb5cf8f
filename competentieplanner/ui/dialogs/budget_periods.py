"""Budget per jaar of per kwartaal: how one unit's training budget of a year is set.

HR chooses per unit and year between one amount for the whole year and four amounts (K1-K4);
the plans' employer-paid cost is then checked per quarter. The dialog only collects the choice:
the Plannen budget tab stores it as one undoable edit.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from competentieplanner.domain.budget_periods import QUARTERS, split_evenly

if TYPE_CHECKING:
    from competentieplanner.services.unit_budgets import Periods

_MAXIMUM = 10_000_000


def _spin(parent: QWidget, name: str) -> QDoubleSpinBox:
    spin = QDoubleSpinBox(parent)
    spin.setRange(0, _MAXIMUM)
    spin.setDecimals(2)
    spin.setSingleStep(500)
    spin.setPrefix("€ ")
    spin.setAccessibleName(name)
    return spin


def _amount(spin: QDoubleSpinBox) -> Decimal:
    return Decimal(str(round(spin.value(), 2))).quantize(Decimal("0.01"))


class BudgetPeriodsDialog(QDialog):
    """One unit's budget of one year: a year amount or four quarter amounts."""

    def __init__(self, unit: str, year: int, current: Periods, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Opleidingsbudget {unit} {year}").format(unit=unit, year=year))
        self.whole_year = QRadioButton(self.tr("Eén bedrag voor het &hele jaar"), self)
        self.per_quarter = QRadioButton(self.tr("Per &kwartaal"), self)
        self.year_amount = _spin(self, self.tr("Jaarbudget"))
        self.quarter_amounts = [
            _spin(self, self.tr("Budget K{quarter}").format(quarter=q)) for q in QUARTERS
        ]
        form = QFormLayout()
        form.addRow(self.whole_year)
        form.addRow(self.tr("Jaarbudget"), self.year_amount)
        form.addRow(self.per_quarter)
        for quarter, spin in zip(QUARTERS, self.quarter_amounts, strict=True):
            form.addRow(self.tr("K{quarter}").format(quarter=quarter), spin)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

        quarterly = any(period is not None for period in current)
        total = sum(current.values(), Decimal("0"))
        self.year_amount.setValue(float(total))
        parts = (
            [current.get(q, Decimal("0")) for q in QUARTERS] if quarterly else split_evenly(total)
        )
        for spin, part in zip(self.quarter_amounts, parts, strict=True):
            spin.setValue(float(part))
        (self.per_quarter if quarterly else self.whole_year).setChecked(True)
        self.whole_year.toggled.connect(self._enable)
        self._enable()

    def _enable(self) -> None:
        yearly = self.whole_year.isChecked()
        self.year_amount.setEnabled(yearly)
        for spin in self.quarter_amounts:
            spin.setEnabled(not yearly)

    def periods(self) -> Periods:
        """The chosen budgets: {None: amount}, or per quarter (a year of € 0 is no budget)."""
        if self.whole_year.isChecked():
            amount = _amount(self.year_amount)
            return {None: amount} if amount > 0 else {}
        return {q: _amount(spin) for q, spin in zip(QUARTERS, self.quarter_amounts, strict=True)}
