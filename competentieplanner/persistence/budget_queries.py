"""Reads about training budgets and the plan items that spend them."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from competentieplanner.domain.model import Quarter
from competentieplanner.persistence import records as r


def budget_years(session: Session) -> tuple[int, ...]:
    """Every year that has a budget, ascending."""
    return tuple(sorted(set(session.scalars(select(r.BudgetRecord.year).distinct()))))


def current_plan_ids(session: Session) -> set[int]:
    """The id of each person's current (latest) development plan."""
    latest: dict[int, int] = {}
    for employee_id, plan_id in session.execute(
        select(r.DevelopmentPlanRecord.employee_id, r.DevelopmentPlanRecord.id).order_by(
            r.DevelopmentPlanRecord.created_on, r.DevelopmentPlanRecord.id
        )
    ):
        latest[employee_id] = plan_id
    return set(latest.values())


def plan_items_of_year(
    session: Session, year: int
) -> list[tuple[str, int, str, Decimal, str, int]]:
    """(unit name, plan id, funding, cost, status, quarter number) of every plan item in a
    quarter of ``year`` whose person belongs to a unit."""
    rows = session.execute(
        select(
            r.OrgUnitRecord.name,
            r.PlanItemRecord.plan_id,
            r.PlanItemRecord.funding,
            r.PlanItemRecord.cost,
            r.PlanItemRecord.status,
            r.PlanItemRecord.quarter,
        )
        .join(r.DevelopmentPlanRecord, r.PlanItemRecord.plan_id == r.DevelopmentPlanRecord.id)
        .join(r.EmployeeRecord, r.DevelopmentPlanRecord.employee_id == r.EmployeeRecord.id)
        .join(r.OrgUnitRecord, r.EmployeeRecord.unit_id == r.OrgUnitRecord.id)
        .where(r.PlanItemRecord.quarter.like(f"{year}-%"))
    )
    return [
        (unit, plan_id, funding, Decimal(cost), status, Quarter.parse(quarter).number)
        for unit, plan_id, funding, cost, status, quarter in rows
    ]
