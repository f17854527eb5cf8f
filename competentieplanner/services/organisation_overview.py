"""What HRM asks first: who is ready for which profile, which teams have continuity risks, and
how much of each unit's training budget the current plans already use."""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal

from competentieplanner.domain.budget_periods import (
    NO_SPENDING,
    Amounts,
    QuarterLine,
    by_unit_year,
    over_quarters,
    quarter_lines,
    spending_per_quarter,
)
from competentieplanner.domain.model import FundingSource, PlanItemStatus, Profile, Readiness
from competentieplanner.domain.scoring import CompiledProfile, Scorer
from competentieplanner.domain.settings import Settings
from competentieplanner.persistence import analysis_queries, budget_queries, report_queries
from competentieplanner.persistence import repositories as repo
from competentieplanner.persistence.unit_of_work import UnitOfWork
from competentieplanner.services import engine
from competentieplanner.services.staff_overview import ProgressCallback
from competentieplanner.services.team_overview import TeamRisk, continuity_risks

READINESS_ORDER = (
    Readiness.READY,
    Readiness.DEVELOPABLE,
    Readiness.FAR,
    Readiness.INSUFFICIENT_DATA,
)


@dataclass(frozen=True, slots=True)
class ProfileReadiness:
    """How the people for whom a profile is relevant (``engine.relevant_profiles``) stand
    against it."""

    profile: Profile
    counts: Mapping[Readiness, int]
    chosen: int  # people who chose this profile as their target

    @property
    def total(self) -> int:
        return sum(self.counts.values())


@dataclass(frozen=True, slots=True)
class UnitBudget:
    unit: str
    available: Decimal | None  # None: no budget set for the year
    planned: Decimal  # employer-paid plan items of the year, not cancelled
    other_funding: Decimal  # IKB and A&O fonds items of the year (not from the unit budget)
    #: K1-K4: the quarter budgets (None when the unit has a year budget) against the
    #: employer-paid cost planned in each quarter.
    quarters: tuple[QuarterLine, ...] = ()

    @property
    def remaining(self) -> Decimal | None:
        return None if self.available is None else self.available - self.planned

    @property
    def per_quarter(self) -> bool:
        return any(line.budget is not None for line in self.quarters)

    @property
    def over_quarters(self) -> tuple[int, ...]:
        """The quarters whose plans cost more than their own budget."""
        return over_quarters(self.quarters)


@dataclass(frozen=True, slots=True)
class OrganisationOverview:
    year: int
    budget_years: tuple[int, ...]
    employees: int
    with_plan: int  # employees with a development plan
    ready_for_chosen: int  # employees ready (inzetbaar) for the profile they chose
    readiness: tuple[ProfileReadiness, ...]
    risks: tuple[TeamRisk, ...]  # teams with at least one risk, most risks first
    teams_measured: int  # teams with a profile and members
    budgets: tuple[UnitBudget, ...]
    competency_names: Mapping[str, str]

    @property
    def total_available(self) -> Decimal:
        return sum((b.available or Decimal("0") for b in self.budgets), Decimal("0"))

    @property
    def total_planned(self) -> Decimal:
        return sum((b.planned for b in self.budgets), Decimal("0"))


def default_year(budget_years: tuple[int, ...], today: dt.date | None = None) -> int:
    """This year when it has budgets, else the nearest year that has them, else this year."""
    year = (today or dt.date.today()).year
    if not budget_years or year in budget_years:
        return year
    return min(budget_years, key=lambda y: (abs(y - year), -y))


def organisation_overview(
    uow: UnitOfWork, year: int | None = None, progress: ProgressCallback | None = None
) -> OrganisationOverview:
    session = uow.session
    employees = repo.load_employees(session)
    frameworks = repo.load_frameworks(session)
    profiles = repo.load_profiles(session)
    units = repo.load_units(session)
    settings = Settings.from_flat(repo.load_settings(session))
    if progress:
        progress(0, 3, "Niveaus lezen…")
    with engine.paused_gc():
        levels = analysis_queries.current_levels(session)
    budget_years = budget_queries.budget_years(session)
    chosen_year = year if year is not None else default_year(budget_years)
    budgets = {
        unit: budget for (unit, _), budget in by_unit_year(
            repo.load_budget_rows(session, year=chosen_year)
        ).items()
    }
    spending, per_quarter = _planned_spending(uow, chosen_year)
    with_plan = report_queries.employees_with_plan(session)
    if progress:
        progress(1, 3, "Geschiktheid berekenen…")
    owner = {c.code: f.code for f in frameworks for c in f.competencies}
    compiled = {p.code: CompiledProfile.of(p) for p in profiles}
    compiled_list = list(compiled.values())
    scorers = {code: Scorer(p, settings.scoring) for code, p in compiled.items()}
    counts: dict[str, Counter[Readiness]] = {p.code: Counter() for p in profiles}
    chosen = Counter(e.target_profile for e in employees if e.target_profile)
    members: dict[str, list[tuple[str, Mapping[str, int]]]] = defaultdict(list)
    ready_for_chosen = 0
    empty: dict[str, int] = {}
    for employee in employees:
        person = levels.get(employee.personnel_number, empty)
        for profile in engine.relevant_profiles(employee, person, compiled_list, owner):
            verdict = scorers[profile.code](person).readiness
            counts[profile.code][verdict] += 1
            if profile.code == employee.target_profile and verdict is Readiness.READY:
                ready_for_chosen += 1
        if employee.unit:
            members[employee.unit].append((employee.personnel_number, person))
    if progress:
        progress(2, 3, "Teams en budgetten…")
    readiness = tuple(
        ProfileReadiness(
            p, {k: counts[p.code].get(k, 0) for k in READINESS_ORDER}, chosen.get(p.code, 0)
        )
        for p in profiles
    )
    measured_teams = continuity_risks(units, members, compiled)
    risks = [risk for risk in measured_teams if risk.risk_count]
    risks.sort(key=lambda t: (-len(t.uncovered), -t.risk_count, t.unit))
    unit_names = sorted(set(budgets) | set(spending))
    budget_rows = tuple(
        UnitBudget(
            unit=name,
            available=budgets[name].amount if name in budgets else None,
            planned=spending.get(name, {}).get(FundingSource.EMPLOYER, Decimal("0")),
            other_funding=sum(
                (v for k, v in spending.get(name, {}).items() if k is not FundingSource.EMPLOYER),
                Decimal("0"),
            ),
            quarters=quarter_lines(budgets.get(name), per_quarter.get(name, NO_SPENDING)),
        )
        for name in unit_names
    )
    return OrganisationOverview(
        year=chosen_year,
        budget_years=budget_years,
        employees=len(employees),
        with_plan=with_plan,
        ready_for_chosen=ready_for_chosen,
        readiness=readiness,
        risks=tuple(risks),
        teams_measured=len(measured_teams),
        budgets=budget_rows,
        competency_names={c.code: c.name for f in frameworks for c in f.competencies},
    )


def planned_per_quarter(uow: UnitOfWork, year: int) -> dict[str, Amounts]:
    """unit -> employer-paid cost planned in K1-K4 of ``year`` (what the unit budget carries)."""
    return _planned_spending(uow, year)[1]


def _planned_spending(
    uow: UnitOfWork, year: int
) -> tuple[dict[str, dict[FundingSource, Decimal]], dict[str, Amounts]]:
    """unit -> funding source -> cost of the year's items in each person's current plan, and
    unit -> the employer-paid part of it per quarter."""
    current = budget_queries.current_plan_ids(uow.session)
    if not current:
        return {}, {}
    totals: dict[str, dict[FundingSource, Decimal]] = defaultdict(lambda: defaultdict(Decimal))
    employer: list[tuple[str, int, Decimal]] = []
    for unit, plan_id, funding, cost, status, quarter in budget_queries.plan_items_of_year(
        uow.session, year
    ):
        if plan_id not in current or status == PlanItemStatus.CANCELLED.value:
            continue
        try:
            source = FundingSource(funding)
        except ValueError:
            source = FundingSource.EMPLOYER
        totals[unit][source] += cost
        if source is FundingSource.EMPLOYER:
            employer.append((unit, quarter, cost))
    return (
        {unit: dict(by_source) for unit, by_source in totals.items()},
        spending_per_quarter(employer),
    )
