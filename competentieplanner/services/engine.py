"""Use cases of the planning engine: match people to profiles, team coverage, training paths for
one person and a training budget across the organisation.

Each function works in the caller's unit of work (one per user action): it reads what it needs
through :mod:`competentieplanner.persistence` in a few bulk queries and hands plain values to the
pure domain code in :mod:`competentieplanner.domain.scoring`,
:mod:`~competentieplanner.domain.planning` and :mod:`~competentieplanner.domain.budget`. Input as
users type it is parsed in :mod:`.engine_input`; the CLI's JSON shapes live in
:mod:`competentieplanner.cli.engine_json`.
"""

from __future__ import annotations

import datetime as dt
import gc
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from competentieplanner.domain import budget as budget_domain
from competentieplanner.domain.errors import NotFoundError, UserError
from competentieplanner.domain.interview import suggests_repayment_clause
from competentieplanner.domain.model import (
    Employee,
    FundingSource,
    PlanItem,
    PlanStatus,
    Profile,
    Quarter,
    TrainingOffer,
)
from competentieplanner.domain.planning import TrainingPath, pareto_paths, plan_path
from competentieplanner.domain.scoring import (
    CompiledProfile,
    Match,
    Scorer,
    TeamCoverage,
    best_match,
)
from competentieplanner.domain.scoring import (
    team_coverage as coverage_of,
)
from competentieplanner.domain.settings import Settings
from competentieplanner.persistence import analysis_queries as analysis
from competentieplanner.persistence import plans as stored
from competentieplanner.persistence import repositories as repo
from competentieplanner.persistence.unit_of_work import UnitOfWork
from competentieplanner.services import plan_edit
from competentieplanner.services.engine_input import (
    parse_budget,
    parse_hours_per_quarter,
    parse_start,
)
from competentieplanner.solvers import highs

Levels = dict[str, int]



@contextmanager
def paused_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector while building many small acyclic objects.

    Matching 20,000 people creates a few hundred thousand dicts and tuples; each batch of new
    objects triggers a collection that walks everything alive, which costs more than the work
    itself. Nothing built under this pause holds reference cycles, so plain reference counting
    frees it all; the collector runs again as usual afterwards.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


# -- shared lookups -------------------------------------------------------------------------------


def _settings(uow: UnitOfWork) -> Settings:
    return Settings.from_flat(repo.load_settings(uow.session))


def _profiles(uow: UnitOfWork, code: str | None) -> list[Profile]:
    if code is not None:
        return [repo.get_profile(uow.session, code)]
    profiles = repo.load_profiles(uow.session)
    if not profiles:
        raise UserError("De database bevat geen profielen; laad eerst de referentiegegevens.")
    return profiles


def _employees(uow: UnitOfWork, *, employee: str | None, unit: str | None) -> list[Employee]:
    session = uow.session
    if employee is not None:
        found = repo.get_employee(session, employee)
        if unit is not None and found.personnel_number not in {
            e.personnel_number for e in repo.load_employees(session, unit=unit)
        }:
            raise NotFoundError(f"Medewerker {employee} hoort niet bij '{unit}'.")
        return [found]
    return repo.load_employees(session, unit=unit)


def relevant_profiles(
    employee: Employee, levels: Mapping[str, int], profiles: Sequence[CompiledProfile],
    frameworks: Mapping[str, str],
) -> list[CompiledProfile]:
    """Profiles of a framework the person has a (counting) score in, plus the chosen profile."""
    scored = {frameworks.get(code) for code in levels}
    return [p for p in profiles if p.framework in scored or p.code == employee.target_profile]


def _target_profile(
    employee: Employee,
    levels: Mapping[str, int],
    scorers: Sequence[Scorer],
    frameworks: Mapping[str, str],
) -> Scorer:
    """The chosen profile, else the best-fitting relevant one (else the best of all)."""
    by_code = {s.profile.code: s for s in scorers}
    if employee.target_profile in by_code:
        return by_code[employee.target_profile]
    relevant = relevant_profiles(employee, levels, [s.profile for s in scorers], frameworks)
    pool = [by_code[p.code] for p in relevant] or list(scorers)
    best = best_match(s(levels) for s in pool)
    assert best is not None
    return by_code[best.profile]


# -- match ----------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class EmployeeMatch:
    employee: Employee
    match: Match


def match_employees(
    uow: UnitOfWork,
    *,
    employee: str | None = None,
    unit: str | None = None,
    profile: str | None = None,
) -> list[EmployeeMatch]:
    """Fit, coverage, readiness and gaps of every selected person against every profile (or
    only ``profile``): one entry per person and profile, people by name, profiles in their
    usual order.

    Raises:
        NotFoundError: unknown employee, unit or profile.
    """
    settings = _settings(uow)
    profiles = _profiles(uow, profile)
    people = _employees(uow, employee=employee, unit=unit)
    with paused_gc():
        levels = analysis.levels_in_scope(uow.session, employee=employee, unit=unit)
    scorers = [Scorer(p, settings.scoring) for p in profiles]
    empty: Levels = {}
    result: list[EmployeeMatch] = []
    append = result.append
    with paused_gc():
        for person in people:
            person_levels = levels.get(person.personnel_number, empty)
            for scorer in scorers:
                append(EmployeeMatch(person, scorer(person_levels)))
    return result


# -- team coverage --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CoverageReport:
    unit: str
    members: tuple[Employee, ...]
    coverages: tuple[TeamCoverage, ...]


def team_coverage(uow: UnitOfWork, unit: str, profile: str | None = None) -> CoverageReport:
    """Per competency of the profile: which members of ``unit`` (and the units below it) reach
    the target, and which competencies nobody or only one person covers.

    Without ``profile``: the unit's own profile; if it has none, every profile that is relevant
    for at least one member (see :func:`relevant_profiles`).
    """
    session = uow.session
    members = repo.load_employees(session, unit=unit)
    levels = analysis.levels_in_scope(session, unit=unit)
    all_profiles = repo.load_profiles(session)
    if profile is not None:
        chosen = [repo.get_profile(session, profile)]
    else:
        own = analysis.unit_profile(session, unit)
        if own is not None:
            chosen = [p for p in all_profiles if p.code == own]
        else:
            frameworks = analysis.competency_frameworks(session)
            compiled = [CompiledProfile.of(p) for p in all_profiles]
            wanted = {
                p.code
                for e in members
                for p in relevant_profiles(
                    e, levels.get(e.personnel_number, {}), compiled, frameworks
                )
            }
            chosen = [p for p in all_profiles if p.code in wanted]
    member_levels = [(e.personnel_number, levels.get(e.personnel_number, {})) for e in members]
    return CoverageReport(
        unit, tuple(members), tuple(coverage_of(p, member_levels) for p in chosen)
    )


# -- a path for one person ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PlanResult:
    employee: Employee
    path: TrainingPath
    saved_plan_id: int | None = None
    #: the saved plan's number among the person's plans (1, 2, 3), as screens and PDFs say it
    saved_version: int | None = None


def plan_for_employee(
    uow: UnitOfWork,
    personnel_number: str,
    *,
    profile: str | None = None,
    budget: Decimal | float | int | str | None = None,
    hours_per_quarter: float | None = None,
    start: Quarter | str | None = None,
    save: bool = False,
    today: dt.date | None = None,
) -> PlanResult:
    """The optimal training path for one person toward ``profile`` (default: their chosen
    profile, else the best-fitting one), placed in quarters from ``start`` (default: the quarter
    after ``today``). With ``save`` the path becomes a new development plan version with status
    *concept* in the same unit of work: the plan it supersedes is the one the path was computed
    next to, and a refused save leaves nothing behind. The previous version stays and is
    referred to, nothing is overwritten.

    Raises:
        NotFoundError: unknown employee or profile.
        UserError: negative budget, bad quarter, hours per quarter not positive.
    """
    amount = parse_budget(budget)
    first = parse_start(start, today)
    hours = parse_hours_per_quarter(hours_per_quarter)
    session = uow.session
    settings = _settings(uow)
    person = repo.get_employee(session, personnel_number)
    levels = analysis.current_levels(session, personnel_number=personnel_number).get(
        personnel_number, {}
    )
    catalogue = repo.load_catalogue(session)
    if profile is not None:
        target = CompiledProfile.of(repo.get_profile(session, profile))
    else:
        scorers = [Scorer(p, settings.scoring) for p in _profiles(uow, None)]
        frameworks = analysis.competency_frameworks(session)
        target = _target_profile(person, levels, scorers, frameworks).profile
    cap = settings.planning.hours_per_quarter if hours is None else hours
    path = plan_path(levels, target, catalogue, start=first, budget=amount, hours_per_quarter=cap)
    if not save:
        return PlanResult(person, path)
    saved = _save_path(uow, person, path, today)
    version = len(repo.load_plans(session, personnel_number))  # the new one is the last
    return PlanResult(person, path, saved, version)


def _save_path(uow: UnitOfWork, person: Employee, path: TrainingPath, today: dt.date | None) -> int:
    hints = stored.funding_hints(uow.session)
    current = plan_edit.current_plan(uow, person.personnel_number)
    items = [
        PlanItem(
            quarter=item.quarter,
            title=item.offer.name,
            offer=item.offer.code,
            hours=item.offer.hours,
            cost=item.offer.cost,
            funding=_funding(hints.get(item.offer.code)),
            repayment_clause=suggests_repayment_clause(item.offer.cost),
        )
        for item in path.items
    ]
    saved = plan_edit.save_plan(
        uow,
        person.personnel_number,
        profile=path.profile,
        items=items,
        expected=current.ref if current else None,
        status=PlanStatus.DRAFT,
        created_on=today,
    )
    return saved.ref.plan_id


def _funding(hint: str | None) -> FundingSource:
    try:
        return FundingSource(hint or FundingSource.EMPLOYER.value)
    except ValueError:
        return FundingSource.EMPLOYER


# -- the organisation's budget --------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class OrganisationInput:
    """Everything the budget allocation needs, read in one unit of work; the (long) solving
    then runs without holding a transaction open, so colleagues' saves never wait for it."""

    budget: Decimal
    unit_budgets: Mapping[str, Decimal]
    people: Sequence[Employee]
    levels: Mapping[str, Levels]
    scorers: Sequence[Scorer]
    frameworks: Mapping[str, str]
    catalogue: Sequence[TrainingOffer]
    parents: Mapping[str, str | None]


def organisation_input(
    uow: UnitOfWork,
    budget: Decimal | float | int | str,
    unit_budgets: Mapping[str, Decimal | float | int | str] | None = None,
    unit: str | None = None,
) -> OrganisationInput:
    """Read what :func:`plan_organisation` needs for everyone (in ``unit``, default: everyone).

    Raises:
        NotFoundError: unknown unit (also in ``unit_budgets``).
        UserError: a negative budget.
    """
    total = parse_budget(budget)
    assert total is not None
    session = uow.session
    caps: dict[str, Decimal] = {}
    for name, amount in (unit_budgets or {}).items():
        repo.get_unit_id(session, name)
        cap = parse_budget(amount)
        assert cap is not None
        caps[name] = cap
    settings = _settings(uow)
    return OrganisationInput(
        budget=total,
        unit_budgets=caps,
        people=repo.load_employees(session, unit=unit),
        levels=analysis.levels_in_scope(session, unit=unit),
        scorers=[Scorer(p, settings.scoring) for p in _profiles(uow, None)],
        frameworks=analysis.competency_frameworks(session),
        catalogue=repo.load_catalogue(session),
        parents={u.name: u.parent for u in repo.load_units(session)},
    )


def plan_organisation(
    given: OrganisationInput, *, time_limit: float = 60.0
) -> budget_domain.OrganisationPlan:
    """Spend the budget (and at most ``unit_budgets[u]`` within unit ``u`` and the units below
    it) so that the weighted gap closed over everyone toward their chosen or best-fitting
    profile is maximal. Touches no database: read ``given`` with :func:`organisation_input`."""
    persons = _organisation_people(
        given.people,
        given.levels,
        given.scorers,
        given.frameworks,
        given.catalogue,
        given.parents,
        given.budget,
    )
    return budget_domain.allocate(
        persons,
        given.budget,
        unit_budgets=given.unit_budgets,
        solver=highs.solve,
        time_limit=time_limit,
    )


def _organisation_people(
    people: Sequence[Employee],
    levels: Mapping[str, Levels],
    scorers: Sequence[Scorer],
    frameworks: Mapping[str, str],
    catalogue: Sequence[TrainingOffer],
    parents: Mapping[str, str | None],
    total: Decimal,
) -> list[budget_domain.Person]:
    frontiers: dict[tuple[str, tuple[int, ...]], tuple[Any, ...]] = {}
    result = []
    for person in people:
        person_levels = levels.get(person.personnel_number, {})
        target = _target_profile(person, person_levels, scorers, frameworks).profile
        # Only the profile's levels matter for the frontier: people alike share one search.
        key = (target.code, tuple(person_levels.get(c, 0) for c in target.competencies))
        frontier = frontiers.get(key)
        if frontier is None:
            frontier = tuple(pareto_paths(person_levels, target, catalogue, budget=total))
            frontiers[key] = frontier
        within: list[str] = []
        current = person.unit
        while current is not None and current not in within:
            within.append(current)
            current = parents.get(current)
        result.append(
            budget_domain.Person(
                personnel_number=person.personnel_number,
                unit=person.unit,
                profile=target,
                levels=person_levels,
                candidates=frontier,
                within=tuple(within),
            )
        )
    return result
