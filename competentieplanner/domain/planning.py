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

import bisect
import heapq
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal

from competentieplanner.domain.model import Profile, Quarter, TrainingOffer
from competentieplanner.domain.scoring import CompiledProfile, Gap, gap_sort_key

#: Weights are scaled to integers so that equal objectives compare equal (no float noise).
WEIGHT_SCALE = 1_000_000
#: Default for the hour cap per quarter when no setting is given.
DEFAULT_HOURS_PER_QUARTER = 40.0

Levels = Mapping[str, int]
_Effect = tuple[int, int, int]  # (competency index, min_level, to_level capped at the target)


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


# -- the exact search ---------------------------------------------------------------------------


class _Problem:
    """One person and profile, reduced to integers: gap competencies, capped levels, offers."""

    def __init__(
        self, levels: Levels, profile: CompiledProfile, catalogue: Sequence[TrainingOffer]
    ) -> None:
        comps: list[str] = []
        targets: list[int] = []
        weights: list[int] = []
        start: list[int] = []
        for code, target, weight, _critical in profile.items:
            level = levels.get(code) or 0
            if level < target:
                comps.append(code)
                targets.append(target)
                weights.append(round(weight * WEIGHT_SCALE))
                start.append(level)
        index = {code: i for i, code in enumerate(comps)}
        self.comps = comps
        self.weights = weights
        self.start = tuple(start)
        self.offers: list[TrainingOffer] = []
        self.effects: list[tuple[_Effect, ...]] = []
        self.cost: list[int] = []
        self.hours: list[int] = []
        for offer in sorted(catalogue, key=lambda o: o.code):
            if not offer.active:
                continue
            useful: list[_Effect] = []
            for effect in offer.effects:
                i = index.get(effect.competency)
                if i is None or effect.min_level >= targets[i]:
                    continue
                to = min(effect.to_level, targets[i])
                if to > start[i]:
                    useful.append((i, effect.min_level, to))
            if not useful:
                continue
            self.offers.append(offer)
            self.effects.append(tuple(useful))
            self.cost.append(int((offer.cost * 100).to_integral_value()))
            self.hours.append(round(offer.hours * 100))
        self.units = self._decision_units()

    def value(self, state: Sequence[int]) -> int:
        return sum(w * s for w, s in zip(self.weights, state, strict=True))

    def _decision_units(self) -> list[tuple[int, ...]]:
        """Groups of offers in the order the search decides them.

        Offer x *enables* offer y when y has an effect that needs a level above the start which
        x can be the first to reach (x acts on that competency below the needed level and lifts
        it to at least that level). Offers that enable each other in a circle form one group
        (a strongly connected component); groups come in dependency order, so no group can
        enable an earlier one. Then some best order keeps each group together, and deciding the
        groups in this order makes the levels reached a simple running state.
        """
        n = len(self.offers)
        raisers: list[list[tuple[int, int, int]]] = [[] for _ in self.comps]
        for x in range(n):
            for c, mx, tx in self.effects[x]:
                raisers[c].append((x, mx, tx))
        enables: list[set[int]] = [set() for _ in range(n)]
        for y in range(n):
            for c, m, _to in self.effects[y]:
                if m <= self.start[c]:
                    continue
                for x, mx, tx in raisers[c]:
                    if x != y and tx >= m and mx < m:
                        enables[x].add(y)
        reach = [set(e) for e in enables]
        for k in range(n):  # transitive closure (n is a few dozen at most)
            for x in range(n):
                if k in reach[x]:
                    reach[x] |= reach[k]
        unit_of: dict[int, int] = {}
        members: list[list[int]] = []
        for x in range(n):
            if x in unit_of:
                continue
            group = [x] + [y for y in range(n) if y != x and y in reach[x] and x in reach[y]]
            for y in group:
                unit_of[y] = len(members)
            members.append(sorted(group))

        def priority(x: int) -> tuple[float, str]:
            potential = sum(self.weights[c] * (to - self.start[c]) for c, _m, to in self.effects[x])
            return (-potential / (self.cost[x] + 100), self.offers[x].code)

        after: list[set[int]] = [set() for _ in members]
        indegree = [0] * len(members)
        for x in range(n):
            for y in enables[x]:
                u, v = unit_of[x], unit_of[y]
                if u != v and v not in after[u]:
                    after[u].add(v)
                    indegree[v] += 1
        rank = [min(priority(x) for x in group) for group in members]
        heap = [(rank[u], u) for u in range(len(members)) if indegree[u] == 0]
        heapq.heapify(heap)
        order: list[tuple[int, ...]] = []
        while heap:
            _, u = heapq.heappop(heap)
            order.append(tuple(members[u]))
            for v in sorted(after[u]):
                indegree[v] -= 1
                if indegree[v] == 0:
                    heapq.heappush(heap, (rank[v], v))
        return order


# A found set: (-value, cost, hours, count, sorted codes) is its rank (smaller is better).
_Found = tuple[int, int, int, int, tuple[str, ...], tuple[int, ...], tuple[int, ...]]


def _search(problem: _Problem, budget: int | None, frontier: bool) -> list[_Found]:
    """Branch and bound over the offers. Returns the best set (``frontier=False``) or every set
    that is the best for some budget, by increasing cost (``frontier=True``).

    Each node holds the levels reached so far and their value; the bound for everything below a
    node assumes every offer still to be decided lifts each competency to its highest
    ``to_level``. (The search runs thousands of times for a large organisation, hence the
    running value and the bound over only the competencies a later offer can still raise.)
    """
    units = problem.units
    n = len(units)
    m = len(problem.comps)
    weights = problem.weights
    cost = problem.cost
    hours = problem.hours
    effects = problem.effects
    codes = [o.code for o in problem.offers]
    start_value = problem.value(problem.start)
    found: list[_Found] = [(-start_value, 0, 0, 0, (), (), problem.start)]
    costs: list[int] = [0]  # costs of ``found`` when it is a frontier

    # suffix[k][c]: the highest level any offer from group k on could give competency c
    suffix = [[0] * m for _ in range(n + 1)]
    for k in range(n - 1, -1, -1):
        row = list(suffix[k + 1])
        for x in units[k]:
            for c, _m, to in effects[x]:
                if to > row[c]:
                    row[c] = to
        suffix[k] = row
    # reach[k]: (competency, weight, highest level) where an offer from group k on acts
    reach = [tuple((c, weights[c], row[c]) for c in range(m) if row[c] > 0) for row in suffix]

    def upper(state: tuple[int, ...], value: int, k: int) -> int:
        total = value
        for c, w, r in reach[k]:
            s = state[c]
            if r > s:
                total += w * (r - s)
        return total

    def step(state: tuple[int, ...], x: int) -> tuple[tuple[int, ...], int] | None:
        """Levels after offer ``x`` (judged on the levels before it) and the value gained, or
        None if nothing rises."""
        new = list(state)
        gained = 0
        changed = False
        for c, lo, to in effects[x]:
            if state[c] >= lo and to > new[c]:
                gained += weights[c] * (to - new[c])
                new[c] = to
                changed = True
        return (tuple(new), gained) if changed else None

    def beaten(bound: int, spent: int, used_hours: int) -> bool:
        """True when every extension of the current set is beaten by a known one."""
        if frontier:
            best = found[bisect.bisect_right(costs, spent) - 1]
        else:
            best = found[0]
        return (best[0], best[1], best[2]) < (-bound, spent, used_hours)

    def record(
        seq: tuple[int, ...], state: tuple[int, ...], value: int, spent: int, used_hours: int
    ) -> None:
        if not frontier:
            # the sorted codes only settle a tie on everything else: made only then
            best = found[0]
            rank = (-value, spent, used_hours, len(seq))
            if rank > best[:4]:
                return
            names = tuple(sorted(codes[x] for x in seq))
            if rank == best[:4] and names >= best[4]:
                return
            found[0] = (-value, spent, used_hours, len(seq), names, seq, state)
            return
        item: _Found = (
            -value, spent, used_hours, len(seq), tuple(sorted(codes[x] for x in seq)), seq, state
        )
        pos = bisect.bisect_right(costs, spent)
        if pos and found[pos - 1][:5] <= item[:5]:
            return
        lo = pos
        while lo > 0 and costs[lo - 1] == spent:
            lo -= 1  # same cost but worse: replaced
        hi = pos
        while hi < len(found) and found[hi][:5] > item[:5]:
            hi += 1  # dearer and not better: dominated
        found[lo:hi] = [item]
        costs[lo:hi] = [spent]

    def dfs(
        k: int, state: tuple[int, ...], value: int, seq: tuple[int, ...], spent: int, used: int
    ) -> None:
        if k == n or beaten(upper(state, value, k), spent, used):
            return
        unit = units[k]
        if len(unit) == 1:
            x = unit[0]
            if budget is None or spent + cost[x] <= budget:
                moved = step(state, x)
                # an offer that does nothing now never will: no later group can enable it
                if moved is not None:
                    new, gained = moved
                    seq_x = (*seq, x)
                    record(seq_x, new, value + gained, spent + cost[x], used + hours[x])
                    dfs(k + 1, new, value + gained, seq_x, spent + cost[x], used + hours[x])
        else:
            # offers that enable each other: try every order of every subset of the group
            # (skipping orders in which an offer does nothing, and repeated outcomes)
            seen: set[tuple[tuple[int, ...], tuple[int, ...]]] = set()

            def orders(
                state: tuple[int, ...],
                value: int,
                seq: tuple[int, ...],
                spent: int,
                used: int,
                remaining: tuple[int, ...],
            ) -> None:
                for x in remaining:
                    if budget is not None and spent + cost[x] > budget:
                        continue
                    moved = step(state, x)
                    if moved is None:
                        continue
                    new, gained = moved
                    rest = tuple(y for y in remaining if y != x)
                    if (rest, new) in seen:
                        continue
                    seen.add((rest, new))
                    seq_x, spent_x, used_x = (*seq, x), spent + cost[x], used + hours[x]
                    value_x = value + gained
                    record(seq_x, new, value_x, spent_x, used_x)
                    if beaten(upper(new, value_x, k), spent_x, used_x):
                        continue
                    dfs(k + 1, new, value_x, seq_x, spent_x, used_x)
                    orders(new, value_x, seq_x, spent_x, used_x, rest)

            orders(state, value, seq, spent, used, unit)
        dfs(k + 1, state, value, seq, spent, used)

    dfs(0, problem.start, start_value, (), 0, 0)
    return found


def _candidate(problem: _Problem, item: _Found, base: float, levels: Levels,
               profile: CompiledProfile) -> Candidate:
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
    problem = _Problem(levels, compiled, catalogue)
    best = _search(problem, _cents(budget), frontier=False)[0]
    return _candidate(problem, best, objective(levels, compiled), levels, compiled)


def optimal_offers(
    levels: Levels, profile: CompiledProfile, catalogue: Sequence[TrainingOffer]
) -> tuple[TrainingOffer, ...]:
    """The offers of :func:`optimal_path` (no budget) in its order, without the totals: for
    the supply analysis, which searches thousands of times and reads only the offers."""
    problem = _Problem(levels, profile, catalogue)
    best = _search(problem, None, frontier=False)[0]
    return tuple(problem.offers[x] for x in best[5])


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
    problem = _Problem(levels, compiled, catalogue)
    base = objective(levels, compiled)
    result: list[Candidate] = []
    for item in _search(problem, _cents(budget), frontier=True):
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
