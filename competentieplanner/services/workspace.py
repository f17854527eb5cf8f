"""What is in the open database, in a few numbers: for the status bar and the first start."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select

from competentieplanner.persistence import records as r
from competentieplanner.persistence import repositories as repo
from competentieplanner.persistence.database import Database


@dataclass(frozen=True, slots=True)
class DatabaseSummary:
    display_name: str
    employees: int
    units: int
    assessments: int
    latest_assessment: dt.date | None

    @property
    def is_empty(self) -> bool:
        """No staff yet: a new database with reference data only."""
        return self.employees == 0


def database_summary(db: Database) -> DatabaseSummary:
    with db.read_session() as session:
        employees = session.scalar(select(func.count()).select_from(r.EmployeeRecord)) or 0
        units = session.scalar(select(func.count()).select_from(r.OrgUnitRecord)) or 0
        assessments = session.scalar(select(func.count()).select_from(r.AssessmentRecord)) or 0
        latest = session.scalar(select(func.max(r.AssessmentRecord.assessed_on)))
    return DatabaseSummary(db.display_name, employees, units, assessments, latest)


@dataclass(frozen=True, slots=True)
class Choices:
    """What the export choosers offer: people, units and frameworks of the open database."""

    employees: tuple[tuple[str, str], ...]  # (personnel number, "Naam (nummer), eenheid")
    units: tuple[str, ...]  # units with members (directly or below), by name
    frameworks: tuple[tuple[str, str], ...]  # (code, name)


def export_choices(db: Database) -> Choices:
    with db.read_session() as session:
        employees = repo.load_employees(session)
        units = repo.load_units(session)
        frameworks = repo.load_frameworks(session)
    staffed = {e.unit for e in employees if e.unit}
    parents = {u.name: u.parent for u in units}
    with_members: set[str] = set()
    for name in staffed:
        current: str | None = name
        while current is not None and current not in with_members:
            with_members.add(current)
            current = parents.get(current)
    return Choices(
        employees=tuple(
            (
                e.personnel_number,
                f"{e.sort_name} ({e.personnel_number})" + (f", {e.unit}" if e.unit else ""),
            )
            for e in employees
        ),
        units=tuple(sorted(with_members)),
        frameworks=tuple((f.code, f.name) for f in frameworks),
    )
