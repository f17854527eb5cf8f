"""The budget command's use cases: a unit's year or quarter budget set, removed and listed against
what the current plans spend, each looked up by unit, year and quarter (no version in hand)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from competentieplanner.domain.errors import ConflictError, UserError
from competentieplanner.persistence.unit_of_work import RELOADED, UnitOfWork
from competentieplanner.services import organisation_overview, plan_edit


@dataclass(frozen=True, slots=True)
class BudgetLine:
    unit: str
    year: int
    quarter: int | None  # None: the whole year
    amount: Decimal
    planned: Decimal  # employer-paid cost planned in that period

    @property
    def over(self) -> bool:
        return self.planned > self.amount


def _period(year: int, quarter: int | None) -> str:
    return str(year) if quarter is None else f"{year}-K{quarter}"


def _version(uow: UnitOfWork, unit: str, year: int, quarter: int | None) -> int | None:
    row = plan_edit.load_budgets(uow, year).get(unit)
    if row is None:
        return None
    if quarter is None:
        return row.version
    return next((q.version for q in row.quarters if q.quarter == quarter), None)


def store_budget(uow: UnitOfWork, unit: str, year: int, amount: str, quarter: int | None) -> int:
    """Give or change the budget of that period; returns the row's version."""
    expected = _version(uow, unit, year, quarter)
    return plan_edit.set_budget(uow, unit, year, amount, expected_version=expected, quarter=quarter)


def drop_budget(uow: UnitOfWork, unit: str, year: int, quarter: int | None) -> None:
    expected = _version(uow, unit, year, quarter)
    if expected is None:
        raise UserError(f"{unit} heeft geen budget voor {_period(year, quarter)}.")
    plan_edit.remove_budget(uow, unit, year, expected_version=expected, quarter=quarter)


def budget_lines(uow: UnitOfWork, year: int) -> list[BudgetLine]:
    """Per unit with a budget: one line for a year budget, one per quarter budget."""
    budgets = plan_edit.load_budgets(uow, year)
    planned = organisation_overview.planned_per_quarter(uow, year)
    lines: list[BudgetLine] = []
    for unit in sorted(budgets):
        row = budgets[unit]
        spent = planned.get(unit, (Decimal("0"),) * 4)
        if row.per_quarter:
            for part in sorted(row.quarters, key=lambda q: q.quarter):
                lines.append(
                    BudgetLine(unit, year, part.quarter, part.amount, spent[part.quarter - 1])
                )
        else:
            lines.append(BudgetLine(unit, year, None, row.budget.amount, sum(spent, Decimal("0"))))
    return lines


#: A unit's budgets of one year by period: None the whole year, 1-4 the quarters.
Periods = dict[int | None, Decimal]
Versions = dict[int | None, int]


def stored_periods(uow: UnitOfWork, unit: str, year: int) -> tuple[Periods, Versions]:
    """The unit's budgets of ``year`` by period, with their row versions."""
    row = plan_edit.load_budgets(uow, year).get(unit)
    if row is None:
        return {}, {}
    if row.per_quarter:
        return (
            {q.quarter: q.amount for q in row.quarters},
            {q.quarter: q.version for q in row.quarters},
        )
    assert row.version is not None
    return {None: row.budget.amount}, {None: row.version}


def replace_periods(
    uow: UnitOfWork, unit: str, year: int, amounts: Periods, expected: Versions
) -> Versions:
    """Make the unit's budgets of ``year`` exactly ``amounts`` (one year amount, or amounts per
    quarter; empty: no budget), in the caller's unit of work. ``expected`` are the versions
    the screen showed: a budget changed, added or removed meanwhile is refused."""
    if None in amounts and len(amounts) > 1:
        raise UserError(
            f"{unit} krijgt voor {year} één jaarbudget of budgetten per kwartaal, niet allebei."
        )
    _, current = stored_periods(uow, unit, year)
    if current != expected:
        raise ConflictError(
            f"Het budget {year} van {unit} is intussen door iemand anders gewijzigd; {RELOADED}."
        )
    for period, version in current.items():
        plan_edit.remove_budget(uow, unit, year, expected_version=version, quarter=period)
    return {
        period: plan_edit.set_budget(uow, unit, year, amount, expected_version=None, quarter=period)
        for period, amount in sorted(amounts.items(), key=lambda item: item[0] or 0)
    }
