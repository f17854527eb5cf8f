"""Year budgets and quarter budgets against the cost planned per quarter."""

from __future__ import annotations

from decimal import Decimal

import pytest

from competentieplanner.domain.budget_periods import (
    by_unit_year,
    over_quarters,
    quarter_lines,
    spending_per_quarter,
    split_evenly,
    year_totals,
)
from competentieplanner.domain.model import Budget

D = Decimal


def test_quarter_budgets_make_the_year_total_and_a_missing_quarter_has_none() -> None:
    grouped = by_unit_year(
        [
            Budget("Zuid", 2027, D("1000"), 1),
            Budget("Zuid", 2027, D("500"), 3),
            Budget("Noord", 2027, D("8000")),
        ]
    )
    south = grouped[("Zuid", 2027)]
    assert south.per_quarter and south.quarters == (D("1000"), D("0"), D("500"), D("0"))
    assert south.amount == D("1500")
    north = grouped[("Noord", 2027)]
    assert not north.per_quarter and north.amount == D("8000")
    totals = year_totals([Budget("Zuid", 2027, D("1"), 2), Budget("Zuid", 2027, D("2"), 4)])
    assert totals == [Budget("Zuid", 2027, D("3"))]


def test_a_unit_with_a_year_budget_and_quarter_budgets_is_refused() -> None:
    with pytest.raises(ValueError, match="jaarbudget én kwartaalbudgetten"):
        by_unit_year([Budget("Zuid", 2027, D("1")), Budget("Zuid", 2027, D("1"), 4)])


def test_each_quarter_is_flagged_when_its_plans_cost_more_than_its_budget() -> None:
    budget = by_unit_year([Budget("Zuid", 2027, D(a), q) for q, a in enumerate("1234", 1)])
    lines = quarter_lines(budget[("Zuid", 2027)], (D("1"), D("2.01"), D("0"), D("9")))
    assert [line.budget for line in lines] == [D("1"), D("2"), D("3"), D("4")]
    assert [line.remaining for line in lines] == [D("0"), D("-0.01"), D("3"), D("-5")]
    assert over_quarters(lines) == (2, 4)
    per_year = quarter_lines(None, (D("5"), D("0"), D("0"), D("0")))
    assert [line.budget for line in per_year] == [None] * 4 and over_quarters(per_year) == ()


def test_switching_to_quarters_keeps_the_year_total_to_the_cent() -> None:
    for amount in (D("0"), D("10000"), D("10000.01"), D("0.03"), D("12345.67")):
        parts = split_evenly(amount)
        assert sum(parts, D("0")) == amount and min(parts) >= 0
        assert max(parts) - min(parts) <= D("0.03")


def test_spending_counts_in_the_quarter_it_is_planned() -> None:
    spent = spending_per_quarter(
        [("Zuid", 2, D("150")), ("Zuid", 2, D("50")), ("Noord", 4, D("7"))]
    )
    assert spent == {"Zuid": (D("0"), D("200"), D("0"), D("0")), "Noord": (D("0"),) * 3 + (D("7"),)}
