"""Training budgets per year or per quarter, against what the plans spend in each quarter.

A unit has for a given year either one year budget or budgets per quarter (K1-K4), never both:
HR chooses per unit and year. With quarter budgets the year's budget is their sum, and a quarter
without an amount of its own has none (€ 0). Plan items count in the quarter they are planned in.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal

from competentieplanner.domain.model import Budget

QUARTERS = (1, 2, 3, 4)
ZERO = Decimal("0")
Amounts = tuple[Decimal, Decimal, Decimal, Decimal]
NO_SPENDING: Amounts = (ZERO, ZERO, ZERO, ZERO)


@dataclass(frozen=True, slots=True)
class UnitYearBudget:
    """The budget of one unit for one year: a year amount, or four quarter amounts."""

    unit: str
    year: int
    amount: Decimal  # the year's budget (the sum of the quarters when per quarter)
    quarters: Amounts | None = None  # None: one budget for the whole year

    @property
    def per_quarter(self) -> bool:
        return self.quarters is not None


@dataclass(frozen=True, slots=True)
class QuarterLine:
    """One quarter of a unit's year: its budget (None: the unit has a year budget), the
    planned cost and whether the plans exceed that quarter's budget."""

    quarter: int
    budget: Decimal | None
    planned: Decimal

    @property
    def remaining(self) -> Decimal | None:
        return None if self.budget is None else self.budget - self.planned

    @property
    def over(self) -> bool:
        return self.budget is not None and self.planned > self.budget


def by_unit_year(budgets: Iterable[Budget]) -> dict[tuple[str, int], UnitYearBudget]:
    """The stored budget rows grouped per (unit, year).

    Raises:
        ValueError: a unit has both a year budget and quarter budgets for one year (the service
            refuses storing that; this guards data written around it).
    """
    whole: dict[tuple[str, int], Decimal] = {}
    parts: dict[tuple[str, int], dict[int, Decimal]] = defaultdict(dict)
    for budget in budgets:
        key = (budget.unit, budget.year)
        if budget.quarter is None:
            whole[key] = budget.amount
        else:
            parts[key][budget.quarter] = budget.amount
    result: dict[tuple[str, int], UnitYearBudget] = {}
    for key, amount in whole.items():
        if key in parts:
            raise ValueError(f"{key[0]} heeft voor {key[1]} een jaarbudget én kwartaalbudgetten")
        result[key] = UnitYearBudget(key[0], key[1], amount)
    for key, by_quarter in parts.items():
        quarters = amounts_of(by_quarter)
        result[key] = UnitYearBudget(key[0], key[1], sum(quarters, ZERO), quarters)
    return result


def year_totals(budgets: Iterable[Budget]) -> list[Budget]:
    """One year budget per unit and year (quarter budgets summed), for everything that looks at
    the year only."""
    return [
        Budget(b.unit, b.year, b.amount)
        for _, b in sorted(by_unit_year(budgets).items(), key=lambda item: item[0])
    ]


def quarter_lines(
    budget: UnitYearBudget | None, planned: Sequence[Decimal]
) -> tuple[QuarterLine, ...]:
    """K1-K4 of a unit's year: the quarter budgets (None when per year) against ``planned``."""
    amounts: Sequence[Decimal | None] = (
        budget.quarters if budget is not None and budget.quarters is not None else (None,) * 4
    )
    return tuple(QuarterLine(q, amounts[q - 1], planned[q - 1]) for q in QUARTERS)


def over_quarters(lines: Iterable[QuarterLine]) -> tuple[int, ...]:
    """The quarters whose plans cost more than their budget."""
    return tuple(line.quarter for line in lines if line.over)


def split_evenly(amount: Decimal) -> Amounts:
    """A year budget spread over four quarters to the cent, the rounding left in K4, so that
    switching a unit to quarter budgets keeps its year total."""
    part = (amount / 4).quantize(Decimal("0.01"), rounding="ROUND_DOWN")
    return (part, part, part, amount - 3 * part)


def spending_per_quarter(
    items: Iterable[tuple[str, int, Decimal]],
) -> dict[str, Amounts]:
    """unit -> planned cost per quarter, from (unit, quarter number, cost) of one year."""
    totals: dict[str, list[Decimal]] = defaultdict(lambda: [ZERO, ZERO, ZERO, ZERO])
    for unit, quarter, cost in items:
        totals[unit][quarter - 1] += cost
    return {unit: _amounts(values) for unit, values in totals.items()}


def _amounts(values: Iterable[Decimal]) -> Amounts:
    a, b, c, d = values
    return (a, b, c, d)


def amounts_of(mapping: Mapping[int, Decimal]) -> Amounts:
    """Four quarter amounts from quarter number -> amount (a missing quarter: € 0)."""
    return _amounts(mapping.get(q, ZERO) for q in QUARTERS)
