"""Training paths: which offers, in which order and in which quarters, close a person's gaps.

Rules (docs/scoring.md explains them for HR):

* An offer has effects *(competency, min_level, to_level)*. Completing it when the current level
  of that competency is at least ``min_level`` raises the level to ``max(current, to_level)``;
  below ``min_level`` it does nothing for that competency. For planning an unknown level is 0.
* A path is a sequence of distinct offers. The best path, in this order of priority,
  (1) maximises ``sum(w * min(final, t))`` over the profile's requirements within the budget,
  (2) costs the least, (3) takes the fewest hours; remaining ties go to the fewest offers and then
  to the alphabetically first offer codes, so the answer is reproducible.
* The search is exact (branch and bound over the offers that act on a gap), not a greedy guess.

Why exact search is cheap: only offers with an effect on a gap competency matter (a few dozen at
most), levels above the target are worth nothing (so they are capped at the target), and deciding
the offers in dependency order (an offer before the ones that build on it) makes the levels
reached by a chosen set a simple running state that bounds what the undecided offers can still
add. Offers that build on each other in a circle (each needs a level the other gives) are decided
together, trying their possible orders.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal

from competentieplanner.domain.model import Profile, Quarter, TrainingOffer
from competentieplanner.domain.path_search import Found, OfferTable, SearchProblem, search
from competentieplanner.domain.scoring import CompiledProfile, Gap, gap_sort_key

#: Default for the hour cap per quarter when no setting is given.
DEFAULT_HOURS_PER_QUARTER = 40.0

Levels = Mapping[str, int]


@dataclass(frozen=True, slots=True)
class Candidate:
    """A set of offers in a valid order and what it achieves for one person and profile."""

    offers: tuple[TrainingOffer, ...]  # in an order that realises every effect counted
    cost: Decimal
    hours: float
    objective: float  # sum(w * min(level, t)) over the profile after the path
    gain: float  # weighted gap closed: objective after minus objective before

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(o.code for o in self.offers)


@dataclass(frozen=True, slots=True)
class PathEffect:
    competency: str
    from_level: int | None  # None: unknown before
    to_level: int


@dataclass(frozen=True, slots=True)
class PathItem:
    offer: TrainingOffer
    quarter: Quarter
    effects: tuple[PathEffect, ...]
    depends_on: tuple[str, ...] = ()  # codes of earlier offers whose result this one needs

    @property
    def hours(self) -> float:
        return self.offer.hours

    @property
    def cost(self) -> Decimal:
        return self.offer.cost


@dataclass(frozen=True, slots=True)
class TrainingPath:
    """A scheduled path toward a profile and what it leaves open."""

    profile: str
    budget: Decimal | None
    items: tuple[PathItem, ...]
    remaining: tuple[Gap, ...]
    objective_before: float
    objective_after: float

    @property
    def total_cost(self) -> Decimal:
        return sum((item.cost for item in self.items), Decimal("0"))

    @property
    def total_hours(self) -> float:
        return sum(item.hours for item in self.items)

    @property
    def gain(self) -> float:
        return self.objective_after - self.objective_before


def objective(levels: Levels, profile: Profile | CompiledProfile) -> float:
    """``sum(w * min(level, t))`` over the requirements; an unknown level counts as 0."""
    compiled = profile if isinstance(profile, CompiledProfile) else CompiledProfile.of(profile)
    return sum(w * min(levels.get(c) or 0, t) for c, t, w, _ in compiled.items)


def apply_offer(levels: dict[str, int], offer: TrainingOffer) -> list[PathEffect]:
    """Complete ``offer``: update ``levels`` in place and return the raises it caused.

    All effects of one offer are judged against the levels before the offer.
    """
    before = dict(levels)
    raised: list[PathEffect] = []
    for effect in offer.effects:
        current = before.get(effect.competency)
        level = current or 0
        if level >= effect.min_level and effect.to_level > level:
            levels[effect.competency] = max(levels.get(effect.competency) or 0, effect.to_level)
            raised.append(PathEffect(effect.competency, current, effect.to_level))
    return raised


def simulate(levels: Levels, offers: Iterable[TrainingOffer]) -> dict[str, int]:
    """Levels after completing ``offers`` in this order."""
    state = dict(levels)
    for offer in offers:
        apply_offer(state, offer)
    return state


# -- the exact search (competentieplanner.domain.path_search) ------------------------------


def _candidate(
    problem: SearchProblem, item: Found, base: float, levels: Levels, profile: CompiledProfile
) -> Candidate:
    offers = tuple(problem.offers[x] for x in item[5])
    after = objective(simulate(levels, offers), profile)
    return Candidate(
        offers=offers,
        cost=sum((o.cost for o in offers), Decimal("0")),
        hours=sum(o.hours for o in offers),
        objective=after,
        gain=after - base,
    )


def _cents(budget: Decimal | None) -> int | None:
    if budget is None:
        return None
    return int((budget * 100).to_integral_value(rounding="ROUND_FLOOR"))


def optimal_path(
    levels: Levels,
    profile: Profile | CompiledProfile,
    catalogue: Sequence[TrainingOffer],
    *,
    budget: Decimal | None = None,
) -> Candidate:
    """The best sequence of offers: most weighted gap closed, then cheapest, then fewest hours."""
    compiled = profile if isinstance(profile, CompiledProfile) else CompiledProfile.of(profile)
    problem = SearchProblem(levels, OfferTable.of(compiled, catalogue))
    best = search(problem, _cents(budget), frontier=False)[0]
    return _candidate(problem, best, objective(levels, compiled), levels, compiled)


def pareto_paths(
    levels: Levels,
    profile: Profile | CompiledProfile,
    catalogue: Sequence[TrainingOffer],
    *,
    budget: Decimal | None = None,
) -> list[Candidate]:
    """For every budget the best path: the cost/benefit frontier, cheapest first.

    The first candidate is the empty path; each next one costs more and closes strictly more
    weighted gap. ``optimal_path(..., budget=B)`` equals the last candidate costing at most B.
    """
    compiled = profile if isinstance(profile, CompiledProfile) else CompiledProfile.of(profile)
    problem = SearchProblem(levels, OfferTable.of(compiled, catalogue))
    base = objective(levels, compiled)
    result: list[Candidate] = []
    for item in search(problem, _cents(budget), frontier=True):
        candidate = _candidate(problem, item, base, levels, compiled)
        if not result or candidate.gain > result[-1].gain + 1e-9:
            result.append(candidate)
    return result


# -- quarters -------------------------------------------------------------------------------------


def dependencies(levels: Levels, offers: Sequence[TrainingOffer]) -> list[set[int]]:
    """For each position, the earlier positions whose raise its effects need (min_level > 0)."""
    state = {code: level for code, level in levels.items()}
    reached: dict[str, list[tuple[int, int]]] = {}  # competency -> [(level, position)] rising
    needs: list[set[int]] = []
    for pos, offer in enumerate(offers):
        mine: set[int] = set()
        for effect in offer.effects:
            level = state.get(effect.competency) or 0
            if effect.to_level <= level or level < effect.min_level:
                continue  # does not act: relies on nothing
            if (levels.get(effect.competency) or 0) < effect.min_level:
                for reached_level, at in reached.get(effect.competency, ()):
                    if reached_level >= effect.min_level:
                        mine.add(at)
                        break
        needs.append(mine)
        for raised in apply_offer(state, offer):
            reached.setdefault(raised.competency, []).append((raised.to_level, pos))
    return needs


def schedule(
    levels: Levels,
    offers: Sequence[TrainingOffer],
    *,
    start: Quarter,
    hours_per_quarter: float = DEFAULT_HOURS_PER_QUARTER,
) -> list[tuple[TrainingOffer, Quarter, tuple[int, ...]]]:
    """Place offers (in a valid order) into quarters, first fit from ``start``.

    At most ``hours_per_quarter`` hours start in one quarter; an offer longer than that gets a
    quarter of its own; an offer that needs an earlier one's result starts in a later quarter.
    Returns (offer, quarter, positions it depends on) in the given order.
    """
    needs = dependencies(levels, offers)
    base = start.year * 4 + start.number - 1
    used: dict[int, float] = {}
    alone: set[int] = set()
    placed: list[int] = []
    for pos, offer in enumerate(offers):
        q = max([base, *(placed[d] + 1 for d in needs[pos])])
        while True:
            if q in alone:
                q += 1
            elif offer.hours > hours_per_quarter:
                if used.get(q, 0.0) == 0.0 and not any(placed[i] == q for i in range(pos)):
                    alone.add(q)
                    break
                q += 1
            elif used.get(q, 0.0) + offer.hours <= hours_per_quarter + 1e-9:
                break
            else:
                q += 1
        used[q] = used.get(q, 0.0) + offer.hours
        placed.append(q)
    return [
        (offer, Quarter(placed[pos] // 4, placed[pos] % 4 + 1), tuple(sorted(needs[pos])))
        for pos, offer in enumerate(offers)
    ]


def remaining_gaps(levels: Levels, profile: Profile | CompiledProfile) -> tuple[Gap, ...]:
    """Requirements still below target (unknown counts as 0), in the usual gap order."""
    compiled = profile if isinstance(profile, CompiledProfile) else CompiledProfile.of(profile)
    gaps = [
        Gap(code, levels.get(code), target, weight, critical)
        for code, target, weight, critical in compiled.items
        if (levels.get(code) or 0) < target
    ]
    return tuple(sorted(gaps, key=gap_sort_key))


def plan_path(
    levels: Levels,
    profile: Profile | CompiledProfile,
    catalogue: Sequence[TrainingOffer],
    *,
    start: Quarter,
    budget: Decimal | None = None,
    hours_per_quarter: float = DEFAULT_HOURS_PER_QUARTER,
) -> TrainingPath:
    """The optimal path for one person toward ``profile``, placed in quarters from ``start``."""
    compiled = profile if isinstance(profile, CompiledProfile) else CompiledProfile.of(profile)
    best = optimal_path(levels, compiled, catalogue, budget=budget)
    placed = schedule(levels, best.offers, start=start, hours_per_quarter=hours_per_quarter)
    ordered = sorted(range(len(placed)), key=lambda i: (placed[i][1], i))
    profile_codes = set(compiled.competencies)
    state = dict(levels)
    items: list[PathItem] = []
    for i in ordered:
        offer, quarter, needs = placed[i]
        raised = [e for e in apply_offer(state, offer) if e.competency in profile_codes]
        relies_on = tuple(placed[d][0].code for d in needs)
        items.append(PathItem(offer, quarter, tuple(raised), relies_on))
    return TrainingPath(
        profile=compiled.code,
        budget=budget,
        items=tuple(items),
        remaining=remaining_gaps(state, compiled),
        objective_before=objective(levels, compiled),
        objective_after=objective(state, compiled),
    )
