"""Use cases of strategic personnel planning: the workforce plan of a scenario, why someone was
not chosen, and turning accepted assignments into draft development plans.

Supply is read in a few bulk queries and handed to the pure domain
(:mod:`competentieplanner.domain.workforce`); the MILP is solved by
:mod:`competentieplanner.solvers.workforce_milp`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation

from competentieplanner import formats
from competentieplanner.domain.errors import NotFoundError, UserError
from competentieplanner.domain.formation import FormationLine, WorkforceSettings, demands
from competentieplanner.domain.interview import suggests_repayment_clause
from competentieplanner.domain.model import FundingSource, PlanItem, Quarter
from competentieplanner.domain.settings import Settings
from competentieplanner.domain.workforce import SupplyInput, WorkforceProblem, build_supply
from competentieplanner.domain.workforce_plan import (
    Alternative,
    Explanation,
    WorkforcePlan,
)
from competentieplanner.persistence import formation as store
from competentieplanner.persistence import repositories as repo
from competentieplanner.persistence.unit_of_work import UnitOfWork
from competentieplanner.solvers import workforce_milp


def parse_amount(value: Decimal | float | int | str | None, what: str = "Budget") -> Decimal | None:
    """An amount in euros (None: none); UserError when it is not a number or negative."""
    if value is None:
        return None
    try:
        amount = formats.parse_amount(value) if isinstance(value, str) else Decimal(str(value))
    except (formats.ParseError, InvalidOperation) as exc:
        raise UserError(f"{what} '{value}' is geen bedrag; schrijf bijvoorbeeld 25000.") from exc
    if not amount.is_finite():
        raise UserError(f"{what} '{value}' is geen bedrag; schrijf bijvoorbeeld 25000.")
    if amount < 0:
        raise UserError(f"{what} mag niet negatief zijn (niet {value}).")
    return amount


@dataclass(frozen=True, slots=True)
class PlanRequest:
    """What the user asks: a scenario, an optional yearly training budget, and whether a
    stated direction counts (the penalty per assignment against it)."""

    scenario: str
    budget: Decimal | None = None
    respect_direction: bool = False
    today: dt.date | None = None


def load_problem(uow: UnitOfWork, request: PlanRequest) -> WorkforceProblem:
    """Formation, supply and settings of one scenario, as the optimisation sees them."""
    session = uow.session
    scenario = store.get_scenario(session, request.scenario)
    lines = store.load_lines(session, scenario.name)
    if not lines:
        raise UserError(
            f"Scenario '{scenario.name}' heeft nog geen formatie; zet eerst een gewenst aantal "
            "FTE per profiel (formation set)."
        )
    workforce = store.load_workforce_settings(session)
    settings = Settings.from_flat(repo.load_settings(session))
    wanted = {line.profile for line in lines}
    source = SupplyInput(
        people=repo.load_employees(session),
        levels=store.current_levels(session),
        profiles=[p for p in repo.load_profiles(session) if p.code in wanted],
        catalogue=repo.load_catalogue(session),
        parents={u.name: u.parent for u in repo.load_units(session)},
        scoring=settings.scoring,
        hours_per_quarter=settings.planning.hours_per_quarter,
    )
    demand_list = demands(lines, workforce)
    start = Quarter.of(request.today or dt.date.today()).next()
    if start.year > scenario.year:
        raise UserError(
            f"Doeljaar {scenario.year} van '{scenario.name}' ligt al voorbij; opleidingen "
            f"starten op zijn vroegst in {start}."
        )
    return WorkforceProblem(
        scenario=scenario.name,
        year=scenario.year,
        start=start,
        demands=demand_list,
        people=build_supply(source, demand_list, year=scenario.year, start=start),
        budget=request.budget,
        direction_penalty=workforce.direction_penalty,
        respect_direction=request.respect_direction,
    )


def plan_workforce(
    uow: UnitOfWork, request: PlanRequest, *, time_limit: float = workforce_milp.DEFAULT_TIME_LIMIT
) -> WorkforcePlan:
    """The cheapest way to meet the scenario's formation (see docs/workforce.md).

    Raises:
        NotFoundError: unknown scenario.
        UserError: a scenario without lines or whose target year has passed.
    """
    return solve(load_problem(uow, request), time_limit=time_limit)


def solve(
    problem: WorkforceProblem, *, time_limit: float = workforce_milp.DEFAULT_TIME_LIMIT
) -> WorkforcePlan:
    plan = workforce_milp.solve(problem, time_limit=time_limit)
    if plan is None:  # pragma: no cover - nobody moving is always feasible
        raise UserError("De solver vond geen plan; probeer het opnieuw met meer tijd.")
    return plan


def explain(
    plan: WorkforcePlan, personnel_number: str, *, time_limit: float = 10.0
) -> Explanation:
    """Why a person was (not) chosen: for every option they have, how much dearer the best plan
    that gives it to them is; for every other profile of the formation, why it is out of reach.
    (A forced plan the solver cannot prove optimal within ``time_limit`` gives an upper bound.)"""
    problem = plan.problem
    index = next(
        (i for i, p in enumerate(problem.people) if p.personnel_number == personnel_number), None
    )
    if index is None:
        raise NotFoundError(f"Medewerker met personeelsnummer '{personnel_number}' bestaat niet.")
    person = problem.people[index]
    chosen = dict(plan.choice).get(index)
    alternatives: list[Alternative] = []
    for k, option in enumerate(person.options):
        if k == chosen:
            continue
        forced = workforce_milp.solve(problem, forced={index: k}, time_limit=time_limit)
        extra = None if forced is None else max(Decimal("0"), forced.objective - plan.objective)
        alternatives.append(Alternative(option, extra))
    return Explanation(
        person,
        person.options[chosen] if chosen is not None else None,
        tuple(alternatives),
        person.rejections,
    )


def accept(
    uow: UnitOfWork,
    plan: WorkforcePlan,
    personnel_numbers: Iterable[str],
    *,
    today: dt.date | None = None,
) -> dict[str, int]:
    """Turn the chosen assignments of these people into *concept* development plans (a new
    version each; earlier versions stay) for HR to refine. Returns personnel number -> plan id.

    Raises:
        UserError: someone without an assignment in ``plan``.
    """
    session = uow.session
    hints = store.funding_hints(session)
    created = today or dt.date.today()
    saved: dict[str, int] = {}
    for number in personnel_numbers:
        assignment = plan.assigned(number)
        if assignment is None:
            raise UserError(f"Medewerker {number} heeft in dit plan geen nieuw profiel.")
        path = assignment.option.path
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
            for item in (path.items if path is not None else ())
        ]
        saved[number] = store.add_draft_plan(
            session, number, assignment.option.profile, items, created
        )
    uow.flush("Het ontwikkelplan")
    return saved


def _funding(hint: str | None) -> FundingSource:
    try:
        return FundingSource(hint or FundingSource.EMPLOYER.value)
    except ValueError:
        return FundingSource.EMPLOYER


def adjusted(
    problem: WorkforceProblem,
    lines: Iterable[FormationLine],
    settings: WorkforceSettings,
    *,
    budget: Decimal | None,
    respect_direction: bool,
) -> WorkforceProblem | None:
    """The same supply with new wanted FTE, costs, budget or direction setting, so a change on
    the screen is re-solved without reading and analysing everyone again. None when the lines
    name other profiles or units (then the supply must be built anew: :func:`load_problem`)."""
    new = demands([x for x in lines if x.scenario == problem.scenario], settings)
    if [(d.profile, d.unit) for d in new] != [(d.profile, d.unit) for d in problem.demands]:
        return None
    return replace(
        problem,
        demands=new,
        budget=budget,
        direction_penalty=settings.direction_penalty,
        respect_direction=respect_direction,
    )
