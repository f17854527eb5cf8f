"""Budget allocation across people: exact on small cases (with HiGHS as the solver), bounded by
the LP relaxation; without a solver the greedy allocation still keeps every budget."""

from __future__ import annotations

import itertools
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from competentieplanner.domain.budget import Person, allocate, lp_bound
from competentieplanner.domain.model import Effect, Profile, Requirement, TrainingOffer
from competentieplanner.domain.planning import Candidate, pareto_paths
from competentieplanner.domain.scoring import CompiledProfile
from competentieplanner.solvers import highs

PROFILE = CompiledProfile.of(
    Profile("P", "P", "F", requirements=(Requirement("C1", 4, 2.0), Requirement("C2", 3, 1.0)))
)
UNITS = ("Team A", "Team B")


@st.composite
def people(draw: st.DrawFn) -> list[Person]:
    result = []
    for i in range(draw(st.integers(1, 6))):
        steps = draw(st.lists(st.tuples(st.integers(1, 8), st.integers(1, 6)), max_size=4))
        cost, gain = 0, 0.0
        candidates = [Candidate((), Decimal(0), 0.0, 0.0, 0.0)]
        for extra_cost, extra_gain in steps:
            cost += extra_cost * 100
            gain += extra_gain * 0.5
            candidates.append(Candidate((), Decimal(cost), 0.0, gain, gain))
        unit = draw(st.sampled_from(UNITS))
        result.append(
            Person(
                personnel_number=f"{i:06d}",
                unit=unit,
                profile=PROFILE,
                levels={},
                candidates=tuple(candidates),
                within=(unit, "Afdeling"),
            )
        )
    return result


def optimum(group: list[Person], budget: Decimal, caps: dict[str, Decimal]) -> float:
    best = 0.0
    for choice in itertools.product(*(range(len(p.candidates)) for p in group)):
        spent = sum(p.candidates[k].cost for p, k in zip(group, choice, strict=True))
        if spent > budget:
            continue
        if any(
            sum(p.candidates[k].cost for p, k in zip(group, choice, strict=True) if u in p.within)
            > cap
            for u, cap in caps.items()
        ):
            continue
        best = max(best, sum(p.candidates[k].gain for p, k in zip(group, choice, strict=True)))
    return best


@settings(max_examples=120, deadline=None)
@given(
    group=people(),
    budget=st.integers(0, 30).map(lambda v: Decimal(v * 100)),
    capped=st.booleans(),
    cap=st.integers(0, 15).map(lambda v: Decimal(v * 100)),
)
def test_allocation_is_optimal_on_small_cases(
    group: list[Person], budget: Decimal, capped: bool, cap: Decimal
) -> None:
    caps = {"Team A": cap} if capped else {}
    plan = allocate(group, budget, unit_budgets=caps, solver=highs.solve)
    assert plan.solver == "highs"
    assert plan.spent <= budget
    spent_a = sum(a.candidate.cost for a in plan.assignments if "Team A" in a.person.within)
    assert not capped or spent_a <= cap
    best = optimum(group, budget, caps)
    assert plan.closed == pytest.approx(best, abs=1e-6)
    assert best <= lp_bound(group, budget) + 1e-9
    assert best <= plan.bound + 1e-6  # the reported bound really bounds the optimum


@settings(max_examples=60, deadline=None)
@given(
    group=people(),
    budget=st.integers(0, 30).map(lambda v: Decimal(v * 100)),
    cap=st.integers(0, 15).map(lambda v: Decimal(v * 100)),
)
def test_without_a_solver_the_greedy_allocation_keeps_every_budget(
    group: list[Person], budget: Decimal, cap: Decimal
) -> None:
    plan = allocate(group, budget, unit_budgets={"Team A": cap})
    assert plan.solver == "greedy"
    assert plan.spent <= budget
    assert sum(a.candidate.cost for a in plan.assignments if "Team A" in a.person.within) <= cap
    assert plan.closed <= optimum(group, budget, {"Team A": cap}) + 1e-9 <= plan.bound + 1e-6


def test_nobody_to_train_is_solved_exactly() -> None:
    person = Person("1", "Team A", PROFILE, {}, (Candidate((), Decimal(0), 0.0, 0.0, 0.0),))
    plan = allocate([person], Decimal(500), solver=highs.solve)
    assert (plan.solver, plan.spent, plan.closed, plan.bound) == ("highs", Decimal(0), 0.0, 0.0)


def test_lp_bound_takes_part_of_the_last_step() -> None:
    steps = (
        Candidate((), Decimal(0), 0.0, 0.0, 0.0),
        Candidate((), Decimal(100), 0.0, 4.0, 4.0),
        Candidate((), Decimal(300), 0.0, 6.0, 6.0),
    )
    person = Person("1", "Team A", PROFILE, {}, steps)
    assert lp_bound([person], Decimal(200)) == pytest.approx(5.0)
    assert allocate([person], Decimal(200), solver=highs.solve).closed == pytest.approx(4.0)


def test_allocation_uses_real_frontiers_and_reports_what_is_left_open() -> None:
    catalogue = [
        TrainingOffer("A", "Basis", hours=8, cost=Decimal(400), effects=(Effect("C1", 0, 2),)),
        TrainingOffer("B", "Verdieping", hours=8, cost=Decimal(600), effects=(Effect("C1", 2, 3),)),
        TrainingOffer("C", "Ander", hours=4, cost=Decimal(200), effects=(Effect("C2", 0, 3),)),
    ]
    group = [
        Person(
            n, "Team A", PROFILE, levels, tuple(pareto_paths(levels, PROFILE, catalogue)),
            within=("Team A",),
        )
        for n, levels in (("1", {"C1": 1, "C2": 1}), ("2", {"C1": 2, "C2": 3}))
    ]
    # person 1 gains 2.0 for C2 (200) and 2.0 for C1 1->2 (400); person 2 gains 2.0 for C1 2->3
    # (600). With 1000 two of the three fit; with 1200 all three.
    assert allocate(group, Decimal(1000), solver=highs.solve).closed == pytest.approx(4.0)
    plan = allocate(group, Decimal(1200), solver=highs.solve)
    assert plan.closed == pytest.approx(6.0)
    assert plan.spent == Decimal(1200)
    assert plan.open_before == pytest.approx(2 * 3 + 2 + 2 * 2)
    assert plan.remaining_open == pytest.approx(6.0)
    open_by_code = {o.competency: o for o in plan.open_competencies()}
    assert open_by_code["C1"].people == 2
    assert [u.unit for u in plan.by_unit()] == ["Team A"]
    assert plan.gap_to_bound_pct <= 1.0
