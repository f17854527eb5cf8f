"""Column reads for the HRM workbook: each person's current plan items and the unit names.

Plain tuples, no ORM objects: the workbook covers 20,000 people, and selecting a few columns is
many times faster than loading records.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from competentieplanner.persistence import records as r

#: SQLite allows 999 bound parameters per statement; stay below.
_CHUNK = 900


@dataclass(frozen=True, slots=True)
class CurrentPlanItem:
    personnel_number: str
    plan_status: str
    quarter: str
    title: str
    offer: str  # offer code, "" without an offer
    hours: float
    cost: Decimal
    funding: str  # stored value
    status: str
    repayment_clause: bool


def current_plan_items(
    session: Session, personnel_numbers: Collection[str]
) -> tuple[list[CurrentPlanItem], int]:
    """The items of each listed person's current plan (their latest version), unsorted; also
    the number of current plans."""
    by_id = {
        row_id: number
        for row_id, number in session.execute(
            select(r.EmployeeRecord.id, r.EmployeeRecord.personnel_number)
        )
    }
    newest: dict[int, tuple[int, str]] = {}  # employee id -> (plan id, status)
    for employee_id, plan_id, status in session.execute(
        select(
            r.DevelopmentPlanRecord.employee_id,
            r.DevelopmentPlanRecord.id,
            r.DevelopmentPlanRecord.status,
        ).order_by(r.DevelopmentPlanRecord.created_on, r.DevelopmentPlanRecord.id)
    ):
        if by_id.get(employee_id) in personnel_numbers:
            newest[employee_id] = (plan_id, status)  # ordered oldest first: the last one stays
    latest = {plan_id: (employee_id, status) for employee_id, (plan_id, status) in newest.items()}
    if not latest:
        return [], 0
    offers: dict[int, str] = {
        offer_id: code
        for offer_id, code in session.execute(
            select(r.TrainingOfferRecord.id, r.TrainingOfferRecord.code)
        )
    }
    plan_ids = list(latest)
    items: list[CurrentPlanItem] = []
    for start in range(0, len(plan_ids), _CHUNK):
        for plan_id, quarter, title, offer_id, hours, cost, funding, status, clause in (
            session.execute(
                select(
                    r.PlanItemRecord.plan_id, r.PlanItemRecord.quarter, r.PlanItemRecord.title,
                    r.PlanItemRecord.offer_id, r.PlanItemRecord.hours, r.PlanItemRecord.cost,
                    r.PlanItemRecord.funding, r.PlanItemRecord.status,
                    r.PlanItemRecord.repayment_clause,
                ).where(r.PlanItemRecord.plan_id.in_(plan_ids[start : start + _CHUNK]))
            )
        ):
            employee_id, plan_status = latest[plan_id]
            items.append(
                CurrentPlanItem(
                    personnel_number=by_id[employee_id],
                    plan_status=plan_status,
                    quarter=quarter,
                    title=title,
                    offer=offers.get(offer_id, "") if offer_id is not None else "",
                    hours=float(hours),
                    cost=Decimal(cost),
                    funding=funding,
                    status=status,
                    repayment_clause=bool(clause),
                )
            )
    return items, len(latest)


def unit_names(session: Session) -> dict[int, str]:
    """Unit id -> name, for every unit."""
    return {
        unit_id: name
        for unit_id, name in session.execute(select(r.OrgUnitRecord.id, r.OrgUnitRecord.name))
    }
