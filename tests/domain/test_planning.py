"""Training paths: exactness against brute force, and the rules of the schedule."""

from __future__ import annotations

import itertools
from collections import defaultdict
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from competentieplanner.domain.model import Effect, Profile, Quarter, Requirement, TrainingOffer
from competentieplanner.domain.planning import (
    objective,
    optimal_path,
    pareto_paths,
    plan_path,
    schedule,
    simulate,
)

COMPS = ("C1", "C2", "C3", "C4")


@st.composite
def offers(draw: st.DrawFn, max_offers: int = 6) -> list[TrainingOffer]:
    n = draw(st.integers(0, max_offers))
    result = []
    for i in range(n):
        comps = draw(st.lists(st.sampled_from(COMPS), min_size=1, max_size=3, unique=True))
        effects = []
        for comp in sorted(comps):
            low = draw(st.integers(0, 3))
            effects.append(Effect(comp, low, draw(st.integers(low + 1, 4))))
        result.append(
            TrainingOffer(
                code=f"O{i}",
                name=f"Aanbod {i}",
                hours=float(draw(st.sampled_from((0, 4, 8, 16, 24, 40, 60)))),
                cost=Decimal(draw(st.sampled_from((0, 100, 250, 400, 650, 1000)))),
                effects=tuple(effects),
            )
        )
    return result


@st.composite
def profiles(draw: st.DrawFn) -> Profile:
    comps = draw(st.lists(st.sampled_from(COMPS), min_size=1, max_size=4, unique=True))
    return Profile(
        code="P",
        name="Profiel",
        framework="F",
        requirements=tuple(
            Requirement(
                c,
                draw(st.integers(1, 4)),
                draw(st.sampled_from((0.5, 1.0, 1.5, 2.0))),
                draw(st.booleans()),
            )
            for c in sorted(comps)
        ),
    )


levels_st = st.dictionaries(st.sampled_from(COMPS), st.integers(1, 4), max_size=4)
budgets = st.one_of(st.none(), st.sampled_from([Decimal(v) for v in (0, 300, 700, 1200, 2500)]))


def brute_force(
    levels: dict[str, int], profile: Profile, catalogue: list[TrainingOffer], budget: Decimal | None
) -> tuple[float, Decimal, float]:
    """Best (objective, cost, hours) over every sequence of distinct offers."""
    best: tuple[float, Decimal, float] | None = None
    for size in range(len(catalogue) + 1):
        for subset in itertools.combinations(catalogue, size):
            cost = sum((o.cost for o in subset), Decimal("0"))
            if budget is not None and cost > budget:
                continue
            hours = sum(o.hours for o in subset)
            value = max(
                objective(simulate(levels, order), profile)
                for order in itertools.permutations(subset)
            )
            key = (round(-value, 6), cost, hours)
            if best is None or key < (round(-best[0], 6), best[1], best[2]):
                best = (value, cost, hours)
    assert best is not None
    return best


@settings(max_examples=150, deadline=None)
@given(levels=levels_st, profile=profiles(), catalogue=offers(), budget=budgets)
def test_path_equals_exhaustive_search(
    levels: dict[str, int], profile: Profile, catalogue: list[TrainingOffer], budget: Decimal | None
) -> None:
    found = optimal_path(levels, profile, catalogue, budget=budget)
    value, cost, hours = brute_force(levels, profile, catalogue, budget)
    assert found.objective == pytest.approx(value)
    assert found.cost == cost
    assert found.hours == pytest.approx(hours)
    # the reported order really reaches the reported objective
    assert objective(simulate(levels, found.offers), profile) == pytest.approx(found.objective)
    if budget is not None:
        assert found.cost <= budget


@st.composite
def circular_offers(draw: st.DrawFn) -> list[TrainingOffer]:
    """A ring of offers that build on each other (each needs a level the previous one gives),
    plus a few random ones: the case where the order of the offers matters most."""
    result = draw(offers(max_offers=2))
    size = draw(st.integers(2, 3))
    for i in range(size):
        gives, needs = COMPS[i], COMPS[(i + 1) % size]
        low = draw(st.integers(1, 2))
        first = Effect(gives, 0, draw(st.integers(low, 3)))
        second = Effect(needs, low, draw(st.integers(low + 1, 4)))
        effects = sorted((first, second), key=lambda e: e.competency)
        result.append(
            TrainingOffer(
                f"R{i}",
                f"Ring {i}",
                hours=float(draw(st.sampled_from((0, 8, 24, 50)))),
                cost=Decimal(draw(st.sampled_from((0, 100, 300)))),
                effects=tuple(effects),
            )
        )
    return result


FULL_PROFILE = Profile(
    "P",
    "P",
    "F",
    requirements=tuple(
        Requirement(c, 4, w) for c, w in zip(COMPS, (1.0, 2.0, 1.5, 1.0), strict=True)
    ),
)


@settings(max_examples=100, deadline=None)
@given(
    levels=st.dictionaries(st.sampled_from(COMPS), st.integers(1, 2), max_size=2),
    catalogue=circular_offers(),
    budget=budgets,
)
def test_path_with_circular_dependencies_equals_exhaustive_search(
    levels: dict[str, int], catalogue: list[TrainingOffer], budget: Decimal | None
) -> None:
    test_path_equals_exhaustive_search.hypothesis.inner_test(  # type: ignore[attr-defined]
        levels, FULL_PROFILE, catalogue, budget
    )


@settings(max_examples=80, deadline=None)
@given(levels=levels_st, profile=profiles(), catalogue=offers())
def test_frontier_gives_the_best_path_for_every_budget(
    levels: dict[str, int], profile: Profile, catalogue: list[TrainingOffer]
) -> None:
    frontier = pareto_paths(levels, profile, catalogue)
    assert frontier[0].cost == 0 or frontier[0].offers
    assert [c.cost for c in frontier] == sorted(c.cost for c in frontier)
    assert all(b.gain > a.gain for a, b in itertools.pairwise(frontier))
    for budget in sorted({Decimal(0), *(c.cost for c in frontier), Decimal(900), Decimal(5000)}):
        best = optimal_path(levels, profile, catalogue, budget=budget)
        affordable = [c for c in frontier if c.cost <= budget]
        assert affordable, "the empty path always fits"
        assert affordable[-1].gain == pytest.approx(best.gain)
        assert affordable[-1].cost == best.cost


@settings(max_examples=150, deadline=None)
@given(
    levels=levels_st,
    profile=profiles(),
    catalogue=offers(max_offers=8),
    budget=budgets,
    cap=st.sampled_from((8.0, 16.0, 40.0)),
)
def test_scheduled_path_respects_min_levels_quarters_and_hour_cap(
    levels: dict[str, int],
    profile: Profile,
    catalogue: list[TrainingOffer],
    budget: Decimal | None,
    cap: float,
) -> None:
    start = Quarter(2027, 3)
    path = plan_path(levels, profile, catalogue, start=start, budget=budget, hours_per_quarter=cap)
    best = optimal_path(levels, profile, catalogue, budget=budget)
    assert path.gain == pytest.approx(best.gain)
    assert path.total_cost == best.cost
    # replaying the items in the listed order gives every effect claimed, from at least min_level
    state = dict(levels)
    by_code = {o.code: o for o in catalogue}
    for item in path.items:
        offer = by_code[item.offer.code]
        for claimed in item.effects:
            effect = next(e for e in offer.effects if e.competency == claimed.competency)
            assert (claimed.from_level or 0) >= effect.min_level
            assert claimed.from_level == state.get(claimed.competency)
            assert claimed.to_level == max(claimed.from_level or 0, effect.to_level)
        state = simulate(state, [offer])
    assert objective(state, profile) == pytest.approx(path.objective_after)
    # quarters: from the start, in order, hour cap per quarter, long offers alone
    quarters = [item.quarter for item in path.items]
    assert quarters == sorted(quarters)
    assert all(q >= start for q in quarters)
    starting: dict[Quarter, list[float]] = defaultdict(list)
    for item in path.items:
        starting[item.quarter].append(item.hours)
    for hours in starting.values():
        assert sum(hours) <= cap + 1e-9 or len(hours) == 1
    # an offer relying on another starts strictly later
    when = {item.offer.code: item.quarter for item in path.items}
    for item in path.items:
        for code in item.depends_on:
            assert when[code] < item.quarter
    # what stays open is exactly what is below target at the end
    assert {g.competency for g in path.remaining} == {
        q.competency for q in profile.requirements if (state.get(q.competency) or 0) < q.target
    }


def offer(code: str, hours: float, cost: int, *effects: Effect) -> TrainingOffer:
    return TrainingOffer(code, f"Aanbod {code}", hours=hours, cost=Decimal(cost), effects=effects)


def test_chain_of_offers_is_ordered_over_quarters() -> None:
    basic = offer("A", 16, 500, Effect("C1", 0, 2))
    deep = offer("B", 16, 800, Effect("C1", 2, 3))
    expert = offer("C", 60, 2000, Effect("C1", 3, 4))
    other = offer("D", 8, 100, Effect("C2", 0, 2))
    profile = Profile("P", "P", "F", requirements=(Requirement("C1", 4), Requirement("C2", 2)))
    path = plan_path({}, profile, [expert, deep, other, basic], start=Quarter(2027, 1))
    assert {i.offer.code: str(i.quarter) for i in path.items} == {
        "A": "2027-K1",
        "D": "2027-K1",
        "B": "2027-K2",
        "C": "2027-K3",
    }
    assert [i.offer.code for i in path.items][2:] == ["B", "C"]
    first_a = next(i for i in path.items if i.offer.code == "A")
    assert first_a.effects[0].from_level is None
    assert path.items[2].depends_on == ("A",)
    assert path.remaining == ()
    assert path.total_cost == Decimal(3400)
    # with a smaller budget the expert course goes and C1 stays open at level 3
    cheaper = plan_path({}, profile, [expert, deep, other, basic], start=Quarter(2027, 1),
                        budget=Decimal(1500))
    assert sorted(i.offer.code for i in cheaper.items) == ["A", "B", "D"]
    assert [(g.competency, g.level, g.target) for g in cheaper.remaining] == [("C1", 3, 4)]


def test_offer_below_min_level_does_nothing() -> None:
    deep = offer("B", 8, 100, Effect("C1", 2, 3))
    profile = Profile("P", "P", "F", requirements=(Requirement("C1", 3),))
    assert optimal_path({"C1": 1}, profile, [deep]).offers == ()
    assert optimal_path({"C1": 2}, profile, [deep]).codes == ("B",)


def test_circular_dependencies_are_planned_exactly() -> None:
    # X needs C2 >= 2 for its C1 effect; Y needs C1 >= 2 for its C2 effect: one of them must
    # come first and loses that effect; Z breaks the circle.
    x = TrainingOffer("X", "X", cost=Decimal(100), effects=(Effect("C1", 2, 4), Effect("C2", 0, 2)))
    y = TrainingOffer("Y", "Y", cost=Decimal(100), effects=(Effect("C1", 0, 2), Effect("C2", 2, 4)))
    profile = Profile("P", "P", "F", requirements=(Requirement("C1", 4), Requirement("C2", 4)))
    best = optimal_path({}, profile, [x, y])
    assert best.objective == pytest.approx(6.0)  # 4 + 2 either way
    z = TrainingOffer("Z", "Z", cost=Decimal(50), effects=(Effect("C1", 0, 2),))
    best = optimal_path({}, profile, [x, y, z])
    assert best.objective == pytest.approx(8.0)
    assert best.codes[0] == "Z"


def test_schedule_gives_a_long_offer_its_own_quarter() -> None:
    long = TrainingOffer("L", "Lang", hours=50, effects=(Effect("C1", 0, 2),))
    short = TrainingOffer("S", "Kort", hours=4, effects=(Effect("C2", 0, 2),))
    placed = schedule({}, [long, short], start=Quarter(2027, 4), hours_per_quarter=40)
    assert [(o.code, str(q)) for o, q, _ in placed] == [("L", "2027-K4"), ("S", "2028-K1")]
