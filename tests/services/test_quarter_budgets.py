"""Budgets per quarter: set, changed and removed per quarter, never beside a year budget, and
the plans' cost per quarter held against them in the Overzicht data."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import func, insert, select

from competentieplanner.domain.errors import UserError
from competentieplanner.persistence import records as r
from competentieplanner.persistence import repositories as repo
from competentieplanner.persistence.database import Database
from competentieplanner.services.organisation_overview import organisation_overview
from tests import engine_support
from tests.unit_of_work_support import call

UNIT = "Sociaal team Zuid"
D = Decimal


def _quarters(db: Database, unit: str, year: int, amounts: tuple[str, ...]) -> list[int]:
    return [
        engine_support.set_budget(db, unit, year, amount, expected_version=None, quarter=q)
        for q, amount in enumerate(amounts, start=1)
    ]


def test_quarter_budgets_are_stored_and_their_sum_is_the_year(demo_db: Database) -> None:
    versions = _quarters(demo_db, UNIT, 2030, ("1000", "2000", "0", "500.50"))
    assert versions == [1, 1, 1, 1]
    row = engine_support.load_budgets(demo_db, 2030)[UNIT]
    assert row.per_quarter and row.version is None
    assert [(q.quarter, q.amount) for q in row.quarters] == [
        (1, D("1000")),
        (2, D("2000")),
        (3, D("0")),
        (4, D("500.50")),
    ]
    assert row.budget.amount == D("3500.50")
    with demo_db.read_session() as session:
        assert repo.load_budgets(session, year=2030) == [repo.Budget(UNIT, 2030, D("3500.50"))]
        assert len(repo.load_budget_rows(session, year=2030)) == 4
    changed = engine_support.set_budget(demo_db, UNIT, 2030, 1500, expected_version=1, quarter=2)
    assert changed == 2
    assert engine_support.load_budgets(demo_db, 2030)[UNIT].budget.amount == D("3000.50")
    removed = engine_support.remove_budget(demo_db, UNIT, 2030, expected_version=1, quarter=4)
    assert removed == repo.Budget(UNIT, 2030, D("500.50"), 4)


def test_a_year_budget_and_quarter_budgets_are_never_mixed(demo_db: Database) -> None:
    engine_support.set_budget(demo_db, UNIT, 2031, 8000, expected_version=None)
    with pytest.raises(UserError, match="heeft voor 2031 een jaarbudget; een budget voor K2"):
        engine_support.set_budget(demo_db, UNIT, 2031, 10, expected_version=None, quarter=2)
    _quarters(demo_db, "Sociaal team Noord", 2031, ("1", "1", "1", "1"))
    with pytest.raises(UserError, match="heeft voor 2031 budgetten per kwartaal"):
        engine_support.set_budget(demo_db, "Sociaal team Noord", 2031, 10, expected_version=None)
    with pytest.raises(UserError, match="K1, K2, K3 of K4"):
        engine_support.set_budget(demo_db, UNIT, 2032, 10, expected_version=None, quarter=5)
    # another year of the same unit is free to choose
    assert engine_support.set_budget(demo_db, UNIT, 2032, 1, expected_version=None, quarter=1)


def _plan(db: Database, unit: str, *items: tuple[str, str, str]) -> None:
    """A new current plan for the unit's first member: (quarter, cost, funding) per item."""
    with db.read_session() as session:
        person = repo.load_employees(session, unit=unit)[0]
        emp_id = repo.employee_id(session, person.personnel_number)
    with db.engine.begin() as conn:
        plan_id = (conn.scalar(select(func.max(r.DevelopmentPlanRecord.id))) or 0) + 1
        conn.execute(
            insert(r.DevelopmentPlanRecord.__table__).values(
                id=plan_id, employee_id=emp_id, profile_id=None,
                created_on=dt.date(2031, 12, 1), status="concept", version=1,
            )
        )
        for quarter, cost, funding in items:
            conn.execute(
                insert(r.PlanItemRecord.__table__).values(
                    plan_id=plan_id, title="Meldcode", quarter=quarter, status="gepland",
                    hours=6, cost=D(cost), funding=funding, repayment_clause=False, notes="",
                    version=1,
                )
            )


def test_the_overview_flags_each_quarter_whose_plans_exceed_its_budget(
    demo_db: Database,
) -> None:
    _quarters(demo_db, UNIT, 2033, ("100", "100", "100", "5000"))
    # the IKB item is not charged to the unit budget
    _plan(demo_db, UNIT, ("2033-K2", "150", "werkgever"), ("2033-K3", "900", "ikb"))
    overview = call(demo_db, organisation_overview, 2033)
    row = next(b for b in overview.budgets if b.unit == UNIT)
    assert row.available == D("5300") and row.planned == D("150")
    assert row.per_quarter and row.over_quarters == (2,)
    assert [(line.budget, line.planned) for line in row.quarters] == [
        (D("100"), D("0")),
        (D("100"), D("150")),
        (D("100"), D("0")),
        (D("5000"), D("0")),
    ]
    assert row.remaining == D("5150")  # the year itself is within budget


def test_a_year_budget_has_no_quarter_budgets_to_exceed(demo_db: Database) -> None:
    engine_support.set_budget(demo_db, UNIT, 2034, 100, expected_version=None)
    _plan(demo_db, UNIT, ("2034-K1", "150", "werkgever"))
    row = next(b for b in call(demo_db, organisation_overview, 2034).budgets if b.unit == UNIT)
    assert not row.per_quarter and row.over_quarters == ()
    assert row.quarters[0].planned == D("150") and row.remaining == D("-50")


def test_replacing_the_periods_switches_kinds_and_refuses_what_changed_meanwhile(
    demo_db: Database,
) -> None:
    from competentieplanner.domain.errors import ConflictError
    from competentieplanner.services import unit_budgets

    year = 2031  # a year without budgets in the demo
    new = call(demo_db, unit_budgets.replace_periods, UNIT, year, {None: D("800")}, {})
    assert call(demo_db, unit_budgets.stored_periods, UNIT, year) == ({None: D("800")}, new)
    quarters = {1: D("100"), 2: D("200")}
    versions = call(demo_db, unit_budgets.replace_periods, UNIT, year, quarters, new)
    assert call(demo_db, unit_budgets.stored_periods, UNIT, year)[0] == quarters
    with pytest.raises(ConflictError):  # the screen still showed the year budget
        call(demo_db, unit_budgets.replace_periods, UNIT, year, {None: D("1")}, new)
    with pytest.raises(UserError):
        call(demo_db, unit_budgets.replace_periods, UNIT, year, {None: D("1"), 1: D("1")}, versions)
    call(demo_db, unit_budgets.replace_periods, UNIT, year, {}, versions)
    assert call(demo_db, unit_budgets.stored_periods, UNIT, year) == ({}, {})
