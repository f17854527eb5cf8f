"""The engine's and plan editing's use cases called the way a CLI command calls them: each in
one unit of work of its own (for tests that only need the answer)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from competentieplanner.domain.budget import OrganisationPlan
from competentieplanner.persistence.database import Database
from competentieplanner.services import engine, plan_edit


def match(db: Database, **options: Any) -> list[engine.EmployeeMatch]:
    with db.unit_of_work() as uow:
        return engine.match_employees(uow, **options)


def coverage(db: Database, unit: str, profile: str | None = None) -> engine.CoverageReport:
    with db.unit_of_work() as uow:
        return engine.team_coverage(uow, unit, profile)


def plan(db: Database, personnel_number: str, **options: Any) -> engine.PlanResult:
    with db.unit_of_work() as uow:
        return engine.plan_for_employee(uow, personnel_number, **options)


def organisation(
    db: Database,
    budget: Decimal | int | str,
    unit_budgets: dict[str, Decimal] | None = None,
    unit: str | None = None,
) -> OrganisationPlan:
    with db.unit_of_work() as uow:
        given = engine.organisation_input(uow, budget, unit_budgets, unit)
    return engine.plan_organisation(given)


def current_plan(db: Database, personnel_number: str) -> plan_edit.CurrentPlan | None:
    with db.unit_of_work() as uow:
        return plan_edit.current_plan(uow, personnel_number)


def save_plan(db: Database, personnel_number: str, **options: Any) -> plan_edit.CurrentPlan:
    with db.unit_of_work() as uow:
        return plan_edit.save_plan(uow, personnel_number, **options)


def load_budgets(db: Database, year: int) -> dict[str, plan_edit.BudgetRow]:
    with db.unit_of_work() as uow:
        return plan_edit.load_budgets(uow, year)


def set_budget(db: Database, unit: str, year: int, amount: Any, **options: Any) -> int:
    with db.unit_of_work() as uow:
        return plan_edit.set_budget(uow, unit, year, amount, **options)


def remove_budget(db: Database, unit: str, year: int, **options: Any) -> plan_edit.Budget:
    with db.unit_of_work() as uow:
        return plan_edit.remove_budget(uow, unit, year, **options)
