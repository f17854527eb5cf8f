"""Development plan versions and training budgets: the reads and writes of services.plan_edit.

A plan is never overwritten: a new ``development_plan`` row supersedes the latest one. The
superseded row is touched in the same transaction so its ``version`` moves; a colleague who saves
from the same starting point at the same moment is then refused by the row version check.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from competentieplanner.domain.errors import NotFoundError
from competentieplanner.domain.model import PlanItem, PlanStatus
from competentieplanner.persistence import records as r


@dataclass(frozen=True, slots=True)
class PlanHead:
    """The latest plan version of a person as stored: id, row version and date."""

    id: int
    version: int
    created_on: dt.date


def latest_plan(session: Session, employee_id: int) -> PlanHead | None:
    record = _latest_record(session, employee_id)
    if record is None:
        return None
    return PlanHead(record.id, record.version, record.created_on)


def _latest_record(session: Session, employee_id: int) -> r.DevelopmentPlanRecord | None:
    return session.scalars(
        select(r.DevelopmentPlanRecord)
        .where(r.DevelopmentPlanRecord.employee_id == employee_id)
        .order_by(r.DevelopmentPlanRecord.created_on.desc(), r.DevelopmentPlanRecord.id.desc())
        .limit(1)
    ).first()


def plan_version(session: Session, plan_id: int) -> int | None:
    return session.scalar(
        select(r.DevelopmentPlanRecord.version).where(r.DevelopmentPlanRecord.id == plan_id)
    )


def profile_id(session: Session, code: str) -> int:
    found = session.scalar(select(r.ProfileRecord.id).where(r.ProfileRecord.code == code))
    if found is None:
        raise NotFoundError(f"Profiel '{code}' bestaat niet.")
    return found


def offer_ids(session: Session, codes: Iterable[str]) -> dict[str, int]:
    """Catalogue offer code -> id; NotFoundError naming the first code that is not there."""
    wanted = set(codes)
    if not wanted:
        return {}
    found = dict(
        session.execute(
            select(r.TrainingOfferRecord.code, r.TrainingOfferRecord.id).where(
                r.TrainingOfferRecord.code.in_(wanted)
            )
        ).all()
    )
    missing = sorted(wanted - found.keys())
    if missing:
        raise NotFoundError(f"Opleiding '{missing[0]}' staat niet (meer) in de catalogus.")
    return found


def funding_hints(session: Session) -> dict[str, str | None]:
    """Offer code -> the funding source its catalogue entry suggests (None: no suggestion)."""
    return dict(
        session.execute(
            select(r.TrainingOfferRecord.code, r.TrainingOfferRecord.funding_hint)
        ).all()
    )


def add_plan_version(
    session: Session,
    *,
    employee_id: int,
    profile_id: int | None,
    created_on: dt.date,
    status: PlanStatus,
    items: Sequence[PlanItem],
    offers: dict[str, int],
    supersedes: PlanHead | None,
) -> r.DevelopmentPlanRecord:
    """Add a plan version superseding ``supersedes``; the caller flushes (``uow.flush``), after
    which the returned record carries its id and version."""
    if supersedes is not None:
        previous = session.get(r.DevelopmentPlanRecord, supersedes.id)
        assert previous is not None  # read in this transaction
        flag_modified(previous, "status")  # moves its version: see the module docstring
    record = r.DevelopmentPlanRecord(
        employee_id=employee_id,
        profile_id=profile_id,
        created_on=created_on,
        status=status.value,
        supersedes_id=supersedes.id if supersedes is not None else None,
    )
    record.items = [
        r.PlanItemRecord(
            offer_id=offers[item.offer] if item.offer else None,
            title=item.title,
            quarter=str(item.quarter),
            status=item.status.value,
            hours=item.hours,
            cost=item.cost,
            funding=item.funding.value,
            repayment_clause=item.repayment_clause,
            notes=item.notes,
            result=item.result,
            owner=item.owner,
            deadline=item.deadline,
        )
        for item in items
    ]
    session.add(record)
    return record


# -- budgets --------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class StoredBudget:
    unit: str
    year: int
    amount: Decimal
    version: int
    quarter: int | None = None  # None: the whole year


def budgets_of_year(session: Session, year: int) -> list[StoredBudget]:
    """Every budget row of ``year``: year budgets and quarter budgets."""
    rows = session.execute(
        select(
            r.OrgUnitRecord.name, r.BudgetRecord.amount, r.BudgetRecord.version,
            r.BudgetRecord.quarter,
        )
        .join(r.OrgUnitRecord, r.BudgetRecord.unit_id == r.OrgUnitRecord.id)
        .where(r.BudgetRecord.year == year)
        .order_by(r.OrgUnitRecord.name, r.BudgetRecord.quarter)
    ).all()
    return [
        StoredBudget(unit, year, Decimal(amount), version, quarter)
        for unit, amount, version, quarter in rows
    ]


def stored_budget(
    session: Session, unit_id: int, year: int, quarter: int | None = None
) -> r.BudgetRecord | None:
    """The unit's year budget (``quarter`` None) or the budget of one quarter of the year."""
    return session.scalar(
        select(r.BudgetRecord).where(
            r.BudgetRecord.unit_id == unit_id,
            r.BudgetRecord.year == year,
            r.BudgetRecord.quarter.is_(None)
            if quarter is None
            else r.BudgetRecord.quarter == quarter,
        )
    )


def budget_kinds(session: Session, unit_id: int, year: int) -> set[bool]:
    """Which kinds of budget the unit has for the year: True for quarter budgets, False for a
    year budget (empty: none)."""
    quarters = session.scalars(
        select(r.BudgetRecord.quarter).where(
            r.BudgetRecord.unit_id == unit_id, r.BudgetRecord.year == year
        )
    )
    return {quarter is not None for quarter in quarters}


def add_budget(
    session: Session, unit_id: int, year: int, amount: Decimal, quarter: int | None = None
) -> r.BudgetRecord:
    record = r.BudgetRecord(unit_id=unit_id, year=year, amount=amount, quarter=quarter)
    session.add(record)
    return record


def change_budget(record: r.BudgetRecord, amount: Decimal) -> None:
    record.amount = amount


def remove_budget(session: Session, record: r.BudgetRecord) -> None:
    session.delete(record)
