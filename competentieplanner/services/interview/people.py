"""Choosing the person to talk with: the team leads, and everyone who can be chosen."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from competentieplanner.domain.model import Employee
from competentieplanner.persistence import accounts
from competentieplanner.persistence import interviews as queries
from competentieplanner.persistence import repositories as repo
from competentieplanner.persistence.unit_of_work import UnitOfWork


@dataclass(frozen=True, slots=True)
class TeamLead:
    personnel_number: str
    name: str
    unit: str | None
    reports: int  # number of direct reports


@dataclass(frozen=True, slots=True)
class Candidate:
    """An employee in the chooser of step 1; ``own_team`` puts them at the top."""

    employee: Employee
    own_team: bool


def team_leads(uow: UnitOfWork) -> list[TeamLead]:
    """Everyone with at least one direct report, by name (the "Ik ben teamleider van" list)."""
    reports = queries.direct_report_counts(uow.session)
    if not reports:
        return []
    people = repo.load_employees(uow.session, personnel_numbers=reports)
    leads = [
        TeamLead(p.personnel_number, p.name, p.unit, reports[p.personnel_number]) for p in people
    ]
    return sorted(leads, key=lambda lead: (lead.name.casefold(), lead.personnel_number))


def signed_in_team_lead(uow: UnitOfWork) -> TeamLead | None:
    """The signed-in user as a team lead, when their account names their employee record."""
    found = accounts.load_accounts(uow.session, accounts.current_login(uow.session))
    number = found[0].employee if found and found[0].active else None
    if not number:
        return None
    people = repo.load_employees(uow.session, personnel_numbers=[number])
    if not people:
        return None
    reports = queries.direct_report_counts(uow.session).get(number, 0)
    return TeamLead(number, people[0].name, people[0].unit, reports)


def interview_candidates(uow: UnitOfWork, team_lead: str | None = None) -> list[Candidate]:
    """Every current employee, the direct reports of ``team_lead`` (a personnel number) first."""
    employees = repo.load_employees(uow.session)
    today = dt.date.today()
    current = [e for e in employees if e.end_date is None or e.end_date >= today]
    own = [e for e in current if team_lead is not None and e.manager == team_lead]
    others = [e for e in current if not (team_lead is not None and e.manager == team_lead)]
    return [Candidate(e, True) for e in own] + [Candidate(e, False) for e in others]
