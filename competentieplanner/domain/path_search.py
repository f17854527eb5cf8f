"""The exact search behind :mod:`competentieplanner.domain.planning`: one person and profile
reduced to integers, and branch and bound over the offers (the rules, and why the search is
exact and cheap, are in that module's docstring).

The supply analysis of the workforce plan runs this search thousands of times per profile, so
what depends only on the profile and the catalogue (which offers act on the profile, their
effects capped at the targets, costs in cents) is prepared once in an :class:`OfferTable`, and
a search only keeps what acts on the person's gaps.
"""

from __future__ import annotations

import bisect
import heapq
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from competentieplanner.domain.model import TrainingOffer
from competentieplanner.domain.scoring import CompiledProfile

#: Weights are scaled to integers so that equal objectives compare equal (no float noise).
WEIGHT_SCALE = 1_000_000

Levels = Mapping[str, int]
_Effect = tuple[int, int, int]  # (competency index, min_level, to_level capped at the target)


@dataclass(frozen=True, slots=True)
class OfferTable:
    """The active offers acting on a profile's competencies, by code, reduced to integers.

    An effect is kept when its competency is in the profile and its ``min_level`` is below the
    target (reaching that level would close the gap already); its ``to_level`` is capped at
    the target. Competency indices are positions in ``profile.items``.
    """

    profile: CompiledProfile
    weights: tuple[int, ...]  # per requirement, scaled by WEIGHT_SCALE
    offers: tuple[TrainingOffer, ...]
    effects: tuple[tuple[_Effect, ...], ...]
    cost: tuple[int, ...]  # cents
    hours: tuple[int, ...]  # hundredths of an hour

    @classmethod
    def of(cls, profile: CompiledProfile, catalogue: Sequence[TrainingOffer]) -> OfferTable:
        index = {code: r for r, (code, _t, _w, _k) in enumerate(profile.items)}
        targets = [target for _c, target, _w, _k in profile.items]
        offers: list[TrainingOffer] = []
        effects: list[tuple[_Effect, ...]] = []
        cost: list[int] = []
        hours: list[int] = []
        for offer in sorted(catalogue, key=lambda o: o.code):
            if not offer.active:
                continue
            acting: list[_Effect] = []
            for effect in offer.effects:
                r = index.get(effect.competency)
                if r is None or effect.min_level >= targets[r]:
                    continue
                acting.append((r, effect.min_level, min(effect.to_level, targets[r])))
            if acting:
                offers.append(offer)
                effects.append(tuple(acting))
                cost.append(int((offer.cost * 100).to_integral_value()))
                hours.append(round(offer.hours * 100))
        weights = tuple(round(weight * WEIGHT_SCALE) for _c, _t, weight, _k in profile.items)
        return cls(profile, weights, tuple(offers), tuple(effects), tuple(cost), tuple(hours))


class SearchProblem:
    """One person and profile: gap competencies, capped levels, the offers acting on a gap."""

    def __init__(self, levels: Levels, table: OfferTable) -> None:
        items = table.profile.items
        gap = [-1] * len(items)  # requirement -> index among the gaps
        level_of = [0] * len(items)
        comps: list[str] = []
        weights: list[int] = []
        start: list[int] = []
        for r, (code, target, _weight, _critical) in enumerate(items):
            level = levels.get(code) or 0
            level_of[r] = level
            if level < target:
                gap[r] = len(comps)
                comps.append(code)
                weights.append(table.weights[r])
                start.append(level)
        self.comps = comps
        self.weights = weights
        self.start = tuple(start)
        self.offers: list[TrainingOffer] = []
        self.effects: list[tuple[_Effect, ...]] = []
        self.cost: list[int] = []
        self.hours: list[int] = []
        for x, acting in enumerate(table.effects):
            # to_level is capped at the target, so rising above the level means a gap
            useful = tuple((gap[r], lo, to) for r, lo, to in acting if to > level_of[r])
            if useful:
                self.offers.append(table.offers[x])
                self.effects.append(useful)
                self.cost.append(table.cost[x])
                self.hours.append(table.hours[x])
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
        (Sets of offers are bit masks: this runs for every search.)
        """
        n = len(self.offers)
        raisers: list[list[tuple[int, int, int]]] = [[] for _ in self.comps]
        for x in range(n):
            for c, mx, tx in self.effects[x]:
                raisers[c].append((x, mx, tx))
        enables = [0] * n
        for y in range(n):
            for c, m, _to in self.effects[y]:
                if m <= self.start[c]:
                    continue
                for x, mx, tx in raisers[c]:
                    if x != y and tx >= m and mx < m:
                        enables[x] |= 1 << y
        reach = list(enables)
        for k in range(n):  # transitive closure (n is a few dozen at most)
            bit, via = 1 << k, reach[k]
            for x in range(n):
                if reach[x] & bit:
                    reach[x] |= via
        unit_of: dict[int, int] = {}
        members: list[list[int]] = []
        for x in range(n):
            if x in unit_of:
                continue
            group = [x] + [
                y for y in range(n) if y != x and reach[x] >> y & 1 and reach[y] >> x & 1
            ]
            for y in group:
                unit_of[y] = len(members)
            members.append(sorted(group))

        def priority(x: int) -> tuple[float, str]:
            potential = sum(self.weights[c] * (to - self.start[c]) for c, _m, to in self.effects[x])
            return (-potential / (self.cost[x] + 100), self.offers[x].code)

        after: list[set[int]] = [set() for _ in members]
        indegree = [0] * len(members)
        for x in range(n):
            mask = enables[x]
            for y in range(n):
                if not mask >> y & 1:
                    continue
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


Found = tuple[int, int, int, int, tuple[str, ...], tuple[int, ...], tuple[int, ...]]


def search(problem: SearchProblem, budget: int | None, frontier: bool) -> list[Found]:
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
    found: list[Found] = [(-start_value, 0, 0, 0, (), (), problem.start)]
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
        item: Found = (
            -value,
            spent,
            used_hours,
            len(seq),
            tuple(sorted(codes[x] for x in seq)),
            seq,
            state,
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


def best_offers(levels: Levels, table: OfferTable) -> tuple[TrainingOffer, ...]:
    """The offers of the best path without a budget, in a valid order (what
    :func:`competentieplanner.domain.planning.optimal_path` returns, without the totals)."""
    problem = SearchProblem(levels, table)
    best = search(problem, None, frontier=False)[0]
    return tuple(problem.offers[x] for x in best[5])
