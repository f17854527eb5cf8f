"""What is in the open database, in a few numbers: for the status bar and the first start."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from competentieplanner.persistence import repositories as repo
from competentieplanner.persistence import workspace_queries
from competentieplanner.persistence.unit_of_work import UnitOfWork


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


def database_summary(uow: UnitOfWork) -> DatabaseSummary:
    employees, units, assessments, latest = workspace_queries.counts(uow.session)
    name = workspace_queries.display_name(uow.session)
    return DatabaseSummary(name, employees, units, assessments, latest)


@dataclass(frozen=True, slots=True)
class Choices:
    """What the export choosers offer: people, units and frameworks of the open database."""

    employees: tuple[tuple[str, str], ...]  # (personnel number, "Naam (nummer), eenheid")
    units: tuple[str, ...]  # units with members (directly or below), by name
    frameworks: tuple[tuple[str, str], ...]  # (code, name)


def export_choices(uow: UnitOfWork) -> Choices:
    employees = repo.load_employees(uow.session)
    units = repo.load_units(uow.session)
    frameworks = repo.load_frameworks(uow.session)
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
