"""The workforce MILP against an exhaustive search on small random municipalities."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from competentieplanner.domain.formation import FormationLine, WorkforceSettings, demands
from competentieplanner.domain.model import (
    Effect,
    Employee,
    Profile,
    Quarter,
    Readiness,
    Requirement,
    TrainingOffer,
)
from competentieplanner.domain.planning import plan_path, simulate
from competentieplanner.domain.scoring import Scorer
from competentieplanner.domain.settings import ScoringSettings
from competentieplanner.domain.workforce import (
    NOT_READY,
    TOO_LATE,
    SupplyInput,
    WorkforceProblem,
    build_supply,
    evaluate,
)
from competentieplanner.domain.workforce_plan import OPTIMAL
from competentieplanner.solvers.workforce_milp import solve

COMPETENCIES = ("C1", "C2", "C3", "C4")
PROFILES = ("P1", "P2", "P3")
UNITS = ("Team A", "Team B")
PARENTS: dict[str, str | None] = {"Team A": "Afdeling", "Team B": "Afdeling", "Afdeling": None}
START = Quarter(2027, 3)  # two quarters left in 2027: some paths end too late


@st.composite
def municipalities(draw: st.DrawFn) -> tuple[WorkforceProblem, SupplyInput]:
    profiles = []
    for code in PROFILES:
        comps = draw(st.lists(st.sampled_from(COMPETENCIES), min_size=1, max_size=3, unique=True))
        requirements = tuple(
            Requirement(
                c, draw(st.integers(2, 4)), draw(st.sampled_from((1.0, 2.0))), draw(st.booleans())
            )
            for c in comps
        )
        profiles.append(Profile(code, code, "F", requirements=requirements))
    catalogue = []
    for n in range(draw(st.integers(1, 5))):
        effects = tuple(
            Effect(c, draw(st.integers(0, 2)), draw(st.integers(2, 4)))
            for c in draw(
                st.lists(st.sampled_from(COMPETENCIES), min_size=1, max_size=2, unique=True)
            )
        )
        catalogue.append(
            TrainingOffer(
                f"O{n}",
                f"O{n}",
                hours=float(draw(st.sampled_from((8, 24, 40, 60)))),
                cost=Decimal(draw(st.integers(1, 15)) * 100),
                effects=effects,
            )
        )
    people = []
    levels = {}
    for i in range(draw(st.integers(1, 8))):
        number = f"{i:04d}"
        end = draw(st.sampled_from((None, None, dt.date(2027, 6, 30), dt.date(2029, 1, 1))))
        people.append(
            Employee(
                number,
                "Voor",
                f"Naam{i}",
                unit=draw(st.sampled_from(UNITS)),
                job_title=draw(st.sampled_from(("Beleidsadviseur", "Consulent"))),
                fte=draw(st.sampled_from((None, 0.5, 0.8, 1.0))),
                end_date=end,
                target_profile=draw(st.sampled_from((None, *PROFILES))),
            )
        )
        levels[number] = {
            c: draw(st.integers(1, 4))
            for c in COMPETENCIES
            if draw(st.integers(0, 9)) > 0  # now and then unknown
        }
    year = draw(st.sampled_from((2027, 2028)))
    lines = []
    for code in draw(st.lists(st.sampled_from(PROFILES), min_size=1, max_size=3, unique=True)):
        for unit in draw(
            st.lists(st.sampled_from((None, *UNITS)), min_size=1, max_size=2, unique=True)
        ):
            fte = draw(st.sampled_from((0.5, 1.0, 1.8, 2.0)))
            lines.append(FormationLine("S", year, code, unit, fte))
    costs = {code: Decimal(draw(st.integers(0, 100)) * 100) for code in PROFILES}
    demand_list = demands(lines, WorkforceSettings(costs))
    source = SupplyInput(
        people,
        levels,
        profiles,
        catalogue,
        PARENTS,
        ScoringSettings(ready_min_fit_pct=80.0),
        hours_per_quarter=24.0,
    )
    supply = build_supply(source, demand_list, year=year, start=START)
    budget = draw(st.sampled_from((None, Decimal(0), Decimal(800), Decimal(2500))))
    problem = WorkforceProblem(
        "S",
        year,
        START,
        demand_list,
        supply,
        budget=budget,
        direction_penalty=Decimal(draw(st.sampled_from((0, 500, 5000)))),
        respect_direction=draw(st.booleans()),
    )
    return problem, source


def exhaustive(problem: WorkforceProblem) -> tuple[Decimal, int]:
    """(cost, tie-break) of the best choice, trying every combination."""
    best: tuple[Decimal, int] | None = None
    people = problem.people

    def walk(i: int, choice: dict[int, int]) -> None:
        nonlocal best
        if i == len(people):
            result = evaluate(problem, choice)
            if result.within_budget:
                key = (result.total, result.shortfall)
                if best is None or key < best:
                    best = key
            return
        walk(i + 1, choice)
        for k in range(len(people[i].options)):
            choice[i] = k
            walk(i + 1, choice)
            del choice[i]

    walk(0, {})
    assert best is not None  # nobody assigned is always within budget
    return best


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(municipalities())
def test_same_optimum_as_exhaustive_search(case: tuple[WorkforceProblem, SupplyInput]) -> None:
    problem, _source = case
    plan = solve(problem)
    assert plan is not None
    assert plan.status == OPTIMAL
    assert plan.bound_gap == 0
    assert plan.evaluation.within_budget
    assert (plan.objective, plan.evaluation.shortfall) == exhaustive(problem)
    # the cost is the sum of the listed paths, recruitment and penalties
    training = sum((a.option.training_cost for a in plan.assignments), Decimal(0))
    assert plan.evaluation.training_cost == training
    assert plan.objective == training + plan.evaluation.recruit_cost + plan.evaluation.penalty


@settings(max_examples=60, deadline=None)
@given(municipalities())
def test_options_follow_the_path_planner(case: tuple[WorkforceProblem, SupplyInput]) -> None:
    """Every option's path is the planner's own path; leavers and late paths are no option."""
    problem, source = case
    profiles = {p.code: p for p in source.profiles}
    employees = {e.personnel_number: e for e in source.people}
    for person in problem.people:
        employee = employees[person.personnel_number]
        if employee.end_date is not None and employee.end_date.year < problem.year:
            assert person.options == ()
        for option in person.options:
            if option.ready_now:
                continue
            expected = plan_path(
                source.levels[person.personnel_number],
                profiles[option.profile],
                source.catalogue,
                start=START,
                hours_per_quarter=source.hours_per_quarter,
            )
            assert option.path == expected
            assert option.ready_quarter is not None
            assert option.ready_quarter.year <= problem.year
            assert option.cost_cents == int(expected.total_cost * 100)
        for rejection in person.rejections:
            if rejection.kind not in (TOO_LATE, NOT_READY):
                continue
            levels = source.levels[person.personnel_number]
            expected = plan_path(
                levels,
                profiles[rejection.profile],
                source.catalogue,
                start=START,
                hours_per_quarter=source.hours_per_quarter,
            )
            scorer = Scorer(profiles[rejection.profile], source.scoring)
            after = scorer(simulate(levels, [item.offer for item in expected.items]))
            if rejection.kind == NOT_READY:
                assert after.readiness is not Readiness.READY
            else:
                assert after.readiness is Readiness.READY
                assert max(item.quarter for item in expected.items).year > problem.year
