"""The "Budget organisatie" tab of Plannen: what a training budget buys across the organisation.

The unit budgets of a year are edited in place (undoable). "Doorrekenen" runs the organisation
allocation of the planning engine off the GUI thread and shows, per unit, what is bought and
how much of the weighted gap stays open, and per competency what the budget leaves open.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from competentieplanner.domain.access import Action
from competentieplanner.domain.budget import OrganisationPlan
from competentieplanner.services.plan_edit import BudgetRow
from competentieplanner.ui import forms, tasks, theme
from competentieplanner.ui.context import AppContext
from competentieplanner.ui.delegates import DoubleSpinBoxDelegate
from competentieplanner.ui.dialogs.budget_periods import BudgetPeriodsDialog
from competentieplanner.ui.formatting import money
from competentieplanner.ui.models.plan import (
    OpenCompetencyModel,
    OpenCompetencyRow,
    UnitResult,
    UnitResultModel,
)
from competentieplanner.ui.models.rows import Column, RowTableModel
from competentieplanner.ui.operations import editing
from competentieplanner.ui.operations import plans as operations
from competentieplanner.ui.permissions import guard
from competentieplanner.ui.widgets.common import Card, EmptyState, Hint, SectionHeader

AREA = operations.BUDGETS_AREA
_Index = QModelIndex | QPersistentModelIndex


def _names_give_way(table: QTableView) -> None:
    """The first column (a name) takes the room that is left; the others fit their content."""
    header = table.horizontalHeader()
    header.setStretchLastSection(False)
    header.setMinimumSectionSize(60)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)


def _tr(text: str) -> str:
    return QCoreApplication.translate("OrganisationBudgetTab", text)


@dataclass(frozen=True, slots=True)
class UnitBudgetRow:
    unit: str
    kind: str
    amount: Decimal | None
    version: int | None
    #: (quarter, amount) when the unit has budgets per quarter (set with ``budget set
    #: --quarter``); the year amount is their sum and is not edited here.
    quarters: tuple[tuple[int, Decimal], ...] = ()


AMOUNT_COLUMN = 2


def _quarters_text(row: UnitBudgetRow) -> str:
    if not row.quarters:
        return ""  # a year budget: its amount says it all
    parts = ", ".join(
        _tr("K{quarter}").format(quarter=quarter) + f" {money(amount)}"
        for quarter, amount in row.quarters
    )
    return _tr("Budget per kwartaal: {parts}").format(parts=parts)


class UnitBudgetModel(RowTableModel[UnitBudgetRow]):
    """The units with their budget for one year; the amount is edited in place (0 = none)."""

    change_requested = Signal(object, object)  # (row, new amount or None)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                Column(_tr("Afdeling of team"), lambda u: u.unit),
                Column(_tr("Soort"), lambda u: u.kind),
                Column(
                    _tr("Budget"),
                    lambda u: money(u.amount) if u.amount is not None else "–",
                    sort_key=lambda u: u.amount,
                    numeric=True,
                    tooltip=_quarters_text,
                ),
            ],
            parent,
        )

    def key(self, row: UnitBudgetRow) -> str:
        return row.unit

    def extra_data(self, row: UnitBudgetRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.EditRole and column == AMOUNT_COLUMN:
            return float(row.amount or 0)
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        row = self.row_at(index)
        if index.column() != AMOUNT_COLUMN or (row is not None and row.quarters):
            return flags  # quarter budgets are changed per quarter, not as one year amount
        return flags | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        row = self.row_at(index)
        if row is None or role != Qt.ItemDataRole.EditRole or index.column() != AMOUNT_COLUMN:
            return False
        amount = Decimal(str(round(float(value), 2))).quantize(Decimal("0.01"))
        new = amount if amount > 0 else None
        if new == row.amount:
            return False
        self.change_requested.emit(row, new)
        return True


class OrganisationBudgetTab(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.budgets: dict[str, BudgetRow] = {}
        self.names: dict[str, str] = {}
        self.result: OrganisationPlan | None = None
        self.last_task: tasks.TaskHandle[Any] | None = None
        self._total_touched = False

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, theme.SPACING, 0, 0)
        layout.setSpacing(theme.SPACING)
        layout.addWidget(self._build_controls())

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        left = QWidget(splitter)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.budget_header = SectionHeader("", left)
        left_layout.addWidget(self.budget_header)
        left_layout.addWidget(
            Hint(
                self.tr("Wijzig een bedrag met F2 of een dubbelklik; 0 = geen eigen budget."), left
            )
        )
        self.budget_model = UnitBudgetModel(self)
        self.budget_model.change_requested.connect(
            self._change_budget, Qt.ConnectionType.QueuedConnection
        )
        self.budget_table = QTableView(left)
        self.budget_table.setModel(self.budget_model)
        forms.prepare_table(self.budget_table, self.tr("Budget per afdeling en team"))
        self.budget_table.setEditTriggers(
            QTableView.EditTrigger.DoubleClicked | QTableView.EditTrigger.EditKeyPressed
        )
        guard(context, Action.EDIT_BUDGETS, self.budget_table)
        self.budget_table.setItemDelegateForColumn(
            AMOUNT_COLUMN,
            DoubleSpinBoxDelegate(0, 10_000_000, 2, self.budget_table, step=500, prefix="€ "),
        )
        # Amounts always whole ("€ 16." was all a narrow pane showed); a long unit name gives
        # way instead (its tooltip shows it whole).
        _names_give_way(self.budget_table)
        left_layout.addWidget(self.budget_table, 1)
        self.periods_button = QPushButton(self.tr("Per jaar of per kwartaal…"), left)
        self.periods_button.setToolTip(
            self.tr("Het budget van de gekozen eenheid als één jaarbedrag of per kwartaal")
        )
        self.periods_button.clicked.connect(self.choose_periods)
        guard(context, Action.EDIT_BUDGETS, self.periods_button)
        left_layout.addWidget(self.periods_button, 0, Qt.AlignmentFlag.AlignLeft)

        right = QWidget(splitter)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(SectionHeader(self.tr("Wat het budget oplevert"), right))
        self.result_summary = QLabel("", right)
        self.result_summary.setWordWrap(True)
        right_layout.addWidget(self.result_summary)
        self.unit_model = UnitResultModel(self)
        self.unit_table = QTableView(right)
        self.unit_table.setModel(self.unit_model)
        forms.prepare_table(self.unit_table, self.tr("Resultaat per afdeling en team"))
        _names_give_way(self.unit_table)
        bought = self.unit_table.horizontalHeader()
        bought.setSectionResizeMode(4, QHeaderView.ResizeMode.Interactive)  # "Koopt": a list
        bought.resizeSection(4, 160)
        right_layout.addWidget(self.unit_table, 3)
        right_layout.addWidget(SectionHeader(self.tr("Wat open blijft"), right))
        self.open_model = OpenCompetencyModel(self)
        self.open_table = QTableView(right)
        self.open_table.setModel(self.open_model)
        forms.prepare_table(self.open_table, self.tr("Open kloven per competentie"))
        for column, width in enumerate((60, 300, 130)):
            self.open_table.horizontalHeader().resizeSection(column, width)
        right_layout.addWidget(self.open_table, 2)
        self.result_empty = EmptyState(
            self.tr(
                "Vul het totaalbudget in en kies 'Doorrekenen': de planner verdeelt het zo dat "
                "over alle medewerkers de grootste gewogen kloof wordt gedicht."
            ),
            right,
        )
        right_layout.addWidget(self.result_empty, 1)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([340, 800])
        layout.addWidget(splitter, 1)
        self._show_result(None)
        self.reload()

    def _build_controls(self) -> QWidget:
        card = Card(self)
        grid = QGridLayout()
        grid.setHorizontalSpacing(theme.MARGIN)
        today = dt.date.today()
        self.year_spin = QSpinBox(card)
        self.year_spin.setRange(2000, 2100)
        self.year_spin.setValue(today.year + 1 if today.month >= 10 else today.year)
        self.year_spin.valueChanged.connect(self._year_changed)
        self.total_spin = QDoubleSpinBox(card)
        self.total_spin.setRange(0, 100_000_000)
        self.total_spin.setDecimals(0)
        self.total_spin.setSingleStep(1000)
        self.total_spin.setPrefix("€ ")
        self.total_spin.setGroupSeparatorShown(True)
        self.total_spin.valueChanged.connect(self._total_edited)
        self.scope_combo = QComboBox(card)
        self.scope_combo.setMinimumContentsLength(24)
        self.use_unit_budgets = QCheckBox(self.tr("Budgetten per afdeling en team als grens"), card)
        self.use_unit_budgets.setChecked(True)
        self.use_unit_budgets.setAccessibleName(
            self.tr("Budgetten per afdeling en team als grens gebruiken")
        )
        self.run_button = forms.button(card, self.tr("D&oorrekenen"))
        self.run_button.clicked.connect(self.calculate)
        fields = (
            (self.tr("&Jaar:"), self.year_spin, self.tr("Jaar")),
            (self.tr("&Totaalbudget:"), self.total_spin, self.tr("Totaalbudget")),
            (self.tr("Bi&nnen:"), self.scope_combo, self.tr("Binnen afdeling of team")),
        )
        for column, (text, field, accessible) in enumerate(fields):
            label = QLabel(text, card)
            label.setBuddy(field)
            field.setAccessibleName(accessible)
            grid.addWidget(label, 0, column * 2)
            grid.addWidget(field, 0, column * 2 + 1)
        grid.addWidget(self.use_unit_budgets, 1, 1, 1, 3)
        grid.addWidget(self.run_button, 0, 6)
        grid.setColumnStretch(5, 1)
        card.body.addLayout(grid)
        return card

    # -- data ----------------------------------------------------------------------------------
    def reload(self) -> None:
        """Re-read the units and the unit budgets of the chosen year (off the GUI thread)."""
        self.last_task = operations.load_budget_screen(
            self.context, self, year=self.year_spin.value(), on_done=self._loaded
        )

    def _loaded(self, screen: operations.BudgetScreen) -> None:
        if screen.year != self.year_spin.value():
            return  # another year was chosen meanwhile; its answer is on its way
        choices = screen.choices
        self.names = choices.competency_names
        self.budgets = screen.budgets
        self.budget_header.setText(
            self.tr("Budget per afdeling en team in %1").replace("%1", str(screen.year))
        )
        self.budget_model.set_rows(
            [
                UnitBudgetRow(
                    unit.name,
                    unit.kind,
                    self.budgets[unit.name].budget.amount if unit.name in self.budgets else None,
                    self.budgets[unit.name].version if unit.name in self.budgets else None,
                    tuple(
                        (q.quarter, q.amount)
                        for q in sorted(self.budgets[unit.name].quarters, key=lambda q: q.quarter)
                    )
                    if unit.name in self.budgets
                    else (),
                )
                for unit in choices.units
            ]
        )
        scope = self.scope_combo.currentData()
        self.scope_combo.clear()
        self.scope_combo.addItem(self.tr("Hele organisatie"), None)
        for unit in choices.units:
            self.scope_combo.addItem(unit.name, unit.name)
        self.scope_combo.setCurrentIndex(max(self.scope_combo.findData(scope), 0))
        if not self._total_touched:
            self.total_spin.blockSignals(True)
            self.total_spin.setValue(float(self._sum_of_unit_budgets()))
            self.total_spin.blockSignals(False)

    def _sum_of_unit_budgets(self) -> Decimal:
        return sum((row.budget.amount for row in self.budgets.values()), Decimal("0"))

    def _year_changed(self) -> None:
        self._total_touched = False
        self.reload()

    def _total_edited(self) -> None:
        self._total_touched = True

    def _change_budget(self, row: UnitBudgetRow, amount: Decimal | None) -> None:
        command = operations.budget_change(
            unit=row.unit, year=self.year_spin.value(), old=row.amount, new=amount,
            version=row.version,
        )
        self.last_task = editing.execute(self.context, self, command)

    def choose_periods(self) -> BudgetPeriodsDialog | None:
        """'Per jaar of per kwartaal…' for the chosen unit; OK stores it as one undoable edit."""
        row = self.budget_model.row_at(self.budget_table.currentIndex())
        if row is None:
            return None
        year = self.year_spin.value()
        stored = self.budgets.get(row.unit)
        current: dict[int | None, Decimal] = {}
        versions: dict[int | None, int] = {}
        if stored is not None and stored.per_quarter:
            current = {q.quarter: q.amount for q in stored.quarters}
            versions = {q.quarter: q.version for q in stored.quarters}
        elif stored is not None and stored.version is not None:
            current, versions = {None: stored.budget.amount}, {None: stored.version}
        dialog = BudgetPeriodsDialog(row.unit, year, current, self)

        def chosen() -> None:
            new = dialog.periods()
            if new != current:
                command = operations.budget_periods_change(
                    unit=row.unit, year=year, old=current, new=new, versions=versions
                )
                self.last_task = editing.execute(self.context, self, command)

        dialog.accepted.connect(chosen)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    # -- calculation ---------------------------------------------------------------------------
    def calculate(self) -> tasks.TaskHandle[Any]:
        caps = (
            {unit: row.budget.amount for unit, row in self.budgets.items()}
            if self.use_unit_budgets.isChecked()
            else {}
        )
        self.last_task = operations.calculate_budget(
            self.context,
            self,
            total=Decimal(str(int(self.total_spin.value()))),
            unit_budgets=caps,
            scope=self.scope_combo.currentData(),
            on_done=self._show_result,
        )
        return self.last_task

    def _show_result(self, plan: OrganisationPlan | None) -> None:
        self.result = plan
        for widget in (self.unit_table, self.open_table, self.result_summary):
            widget.setVisible(plan is not None)
        self.result_empty.setVisible(plan is None)
        if plan is None:
            return
        bought: dict[str, Counter[str]] = defaultdict(Counter)
        for assignment in plan.assignments:
            bought[assignment.person.unit or ""].update(assignment.candidate.codes)
        self.unit_model.set_rows(
            [
                UnitResult(
                    unit=summary.unit,
                    people=summary.people,
                    cap=plan.unit_budgets.get(summary.unit),
                    spent=summary.spent,
                    bought=", ".join(
                        f"{code} ×{count}" for code, count in bought[summary.unit].most_common()
                    )
                    or self.tr("niets"),
                    closed=summary.closed,
                    remaining=summary.remaining_open,
                )
                for summary in plan.by_unit()
            ]
        )
        self.open_model.set_rows(
            [
                OpenCompetencyRow(
                    o.competency, self.names.get(o.competency, ""), o.people, o.weighted_gap
                )
                for o in plan.open_competencies()
            ]
        )
        closed_pct = 100.0 * plan.closed / plan.open_before if plan.open_before else 0.0
        text = self.tr(
            "Besteed %1 van %2 aan %3 medewerkers. Daarmee wordt %4 % van de gewogen kloof "
            "gedicht; %5 blijft open."
        )
        people = sum(1 for a in plan.assignments if a.candidate.offers)
        for key, value in (
            ("%1", money(plan.spent)),
            ("%2", money(plan.budget)),
            ("%3", str(people)),
            ("%4", f"{closed_pct:.1f}".replace(".", ",")),
            ("%5", f"{plan.remaining_open:.1f}".replace(".", ",")),
        ):
            text = text.replace(key, value)
        if plan.gap_to_bound_pct > 0.05:
            text += " " + self.tr("(Hooguit %1 % onder het theoretisch beste resultaat.)").replace(
                "%1", f"{plan.gap_to_bound_pct:.1f}".replace(".", ",")
            )
        self.result_summary.setText(text)
