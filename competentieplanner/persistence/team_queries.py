"""Reads about organisation units and their members, for the team overviews and reports."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from competentieplanner.persistence import records as r


def profiled_unit_members(session: Session) -> list[tuple[str, str]]:
    """(unit name, personnel number) of every direct member of a unit with a team profile,
    by last and first name."""
    rows = session.execute(
        select(r.OrgUnitRecord.name, r.EmployeeRecord.personnel_number)
        .join(r.EmployeeRecord, r.EmployeeRecord.unit_id == r.OrgUnitRecord.id)
        .where(r.OrgUnitRecord.profile_id.is_not(None))
        .order_by(r.EmployeeRecord.last_name, r.EmployeeRecord.first_name)
    ).all()
    return [(unit, number) for unit, number in rows]


def profiled_unit_ids(session: Session) -> list[int]:
    """Ids of the units that have a team profile."""
    return list(
        session.scalars(select(r.OrgUnitRecord.id).where(r.OrgUnitRecord.profile_id.is_not(None)))
    )


def member_counts(session: Session) -> dict[str, int]:
    """unit name -> number of direct members (units without members are absent)."""
    rows = session.execute(
        select(r.OrgUnitRecord.name, func.count(r.EmployeeRecord.id))
        .join(r.EmployeeRecord, r.EmployeeRecord.unit_id == r.OrgUnitRecord.id)
        .group_by(r.OrgUnitRecord.name)
    ).all()
    return {name: count for name, count in rows}


def unit_names(session: Session, unit_ids: Sequence[int]) -> set[str]:
    return set(
        session.scalars(select(r.OrgUnitRecord.name).where(r.OrgUnitRecord.id.in_(unit_ids)))
    )
