"""Who and what the screenshots show: a person and a team that make each screen worth seeing."""

from __future__ import annotations

from dataclasses import dataclass

from competentieplanner.persistence.unit_of_work import UnitOfWork
from competentieplanner.services import staff_overview, team_overview

#: Future profiles a showcased person has chosen (policy advisors in the demo municipality).
FUTURES = ("strategisch", "aanbieders", "faciliterend")


@dataclass(frozen=True, slots=True)
class Showcase:
    employee: str | None  # personnel number
    team: str | None  # unit name


def showcase_employee(uow: UnitOfWork) -> str | None:
    """A policy advisor who chose a future profile and has a development plan with items."""
    rows = staff_overview.staff_list(uow).rows
    candidates = [r for r in rows if r.target_profile in FUTURES] or list(rows)
    for row in candidates:
        detail = staff_overview.employee_detail(uow, row.personnel_number)
        if detail.plan is not None and detail.plan.items and len(detail.assessments) >= 2:
            return row.personnel_number
    return candidates[0].personnel_number if candidates else None


def showcase_team(uow: UnitOfWork) -> str | None:
    """The team with the most continuity risks, else the largest team."""
    risks = team_overview.team_risks(uow)
    if any(r.risk_count for r in risks.values()):
        return max(risks.values(), key=lambda r: (r.risk_count, r.members)).unit
    teams = [t for t in team_overview.list_teams(uow) if t.kind == "team" and t.members]
    return max(teams, key=lambda t: t.members).name if teams else None


def find_showcase(uow: UnitOfWork) -> Showcase:
    return Showcase(showcase_employee(uow), showcase_team(uow))
