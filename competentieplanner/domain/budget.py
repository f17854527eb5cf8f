"""Spending one training budget across the organisation.

Every person brings a list of candidate paths: the cost/benefit frontier from
:func:`competentieplanner.domain.planning.pareto_paths` (for each budget the best path for that
person). Choosing at most one candidate per person so that the total weighted gap closed is
maximal under the total budget (and, optionally, under a budget per unit) is a multiple-choice
knapsack problem. It is stated as a mixed-integer program (:mod:`.optimisation`) and solved by the
solver the caller passes (HiGHS, from :mod:`competentieplanner.solvers`); because every person's
frontier holds all their non-dominated paths, the optimum of that program is the optimum over all
combinations of paths. :func:`lp_bound` gives an independent upper bound (the linear relaxation,
computed greedily over each person's convex hull) to show how close the answer is.
"""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from competentieplanner.domain.optimisation import (
    INFINITY,
    MipResult,
    MipSolver,
    MixedIntegerProgram,
)
from competentieplanner.domain.planning import Candidate, remaining_gaps, simulate
from competentieplanner.domain.scoring import CompiledProfile, Levels


@dataclass(frozen=True, slots=True)
class Person:
    """One employee as the allocation sees them."""

    personnel_number: str
    unit: str | None
    profile: CompiledProfile
    levels: Levels
    candidates: tuple[Candidate, ...]  # frontier, cheapest first; the first is the empty path
    within: tuple[str, ...] = ()  # the unit and every unit above it (for unit budgets)

    @property
    def open_before(self) -> float:
        """Weighted gap before any training: sum(w * (t - min(l, t)))."""
        return sum(
            w * (t - min(self.levels.get(c) or 0, t)) for c, t, w, _ in self.profile.items
        )


@dataclass(frozen=True, slots=True)
class Assignment:
    person: Person
    candidate: Candidate

    @property
    def open_after(self) -> float:
        return max(0.0, self.person.open_before - self.candidate.gain)


@dataclass(frozen=True, slots=True)
class UnitSummary:
    unit: str
    people: int
    spent: Decimal
    closed: float
    open_before: float

    @property
    def remaining_open(self) -> float:
        return max(0.0, self.open_before - self.closed)


@dataclass(frozen=True, slots=True)
class OpenCompetency:
    competency: str
    people: int  # people still below target after the plan
    weighted_gap: float  # sum of w * (t - level) still open


@dataclass(frozen=True, slots=True)
class OrganisationPlan:
    budget: Decimal
    unit_budgets: Mapping[str, Decimal]
    assignments: tuple[Assignment, ...]
    bound: float  # no allocation can close more weighted gap than this
    solver: str  # the MIP solver's name ("highs") or "greedy"
    seconds: float = 0.0
    notes: tuple[str, ...] = field(default=())

    @property
    def spent(self) -> Decimal:
        return sum((a.candidate.cost for a in self.assignments), Decimal("0"))

    @property
    def closed(self) -> float:
        return sum(a.candidate.gain for a in self.assignments)

    @property
    def open_before(self) -> float:
        return sum(a.person.open_before for a in self.assignments)

    @property
    def remaining_open(self) -> float:
        return max(0.0, self.open_before - self.closed)

    @property
    def gap_to_bound_pct(self) -> float:
        """How far the answer may be from the optimum, in % of the bound (0 = proven optimal)."""
        if self.bound <= 0:
            return 0.0
        return max(0.0, 100.0 * (self.bound - self.closed) / self.bound)

    def by_unit(self) -> list[UnitSummary]:
        groups: dict[str, list[Assignment]] = defaultdict(list)
        for a in self.assignments:
            groups[a.person.unit or ""].append(a)
        return [
            UnitSummary(
                unit=unit,
                people=len(items),
                spent=sum((a.candidate.cost for a in items), Decimal("0")),
                closed=sum(a.candidate.gain for a in items),
                open_before=sum(a.person.open_before for a in items),
            )
            for unit, items in sorted(groups.items())
        ]

    def open_competencies(self) -> list[OpenCompetency]:
        """What the budget leaves open, per competency, largest weighted gap first."""
        people: dict[str, int] = defaultdict(int)
        weighted: dict[str, float] = defaultdict(float)
        for a in self.assignments:
            final = simulate(a.person.levels, a.candidate.offers)
            for gap in remaining_gaps(final, a.person.profile):
                people[gap.competency] += 1
                weighted[gap.competency] += gap.weighted
        return sorted(
            (OpenCompetency(c, people[c], weighted[c]) for c in people),
            key=lambda o: (-o.weighted_gap, o.competency),
        )


def _cents(amount: Decimal) -> int:
    return int((amount * 100).to_integral_value())


def lp_bound(people: Sequence[Person], budget: Decimal) -> float:
    """Upper bound on the weighted gap any allocation within ``budget`` can close.

    The linear relaxation of the multiple-choice knapsack: per person the upper convex hull of
    (cost, gain), all hull segments sorted by gain per euro, filled greedily with the last one
    taken in part (Sinha and Zoltners, 1979). Unit budgets only lower the optimum, so this bound
    holds with them too.
    """
    segments: list[tuple[float, int, float]] = []  # (gain per cent, cost, gain)
    free_gain = 0.0
    for person in people:
        hull = _upper_hull([(_cents(c.cost), c.gain) for c in person.candidates])
        for (c0, g0), (c1, g1) in zip(hull, hull[1:], strict=False):
            if c1 == c0:
                free_gain += g1 - g0
                continue
            segments.append(((g1 - g0) / (c1 - c0), c1 - c0, g1 - g0))
    segments.sort(key=lambda s: -s[0])
    left = _cents(budget)
    total = free_gain
    for ratio, cost, gain in segments:
        if cost <= left:
            left -= cost
            total += gain
        else:
            total += ratio * left
            break
    return total


def _upper_hull(points: Sequence[tuple[int, float]]) -> list[tuple[int, float]]:
    """Upper-left convex hull of (cost, gain) points that starts at the cheapest one."""
    pts = sorted(points, key=lambda p: (p[0], -p[1]))
    hull: list[tuple[int, float]] = []
    for point in pts:
        if hull and point[1] <= hull[-1][1]:
            continue  # dearer and not better
        while len(hull) >= 2:
            (x1, y1), (x2, y2) = hull[-2], hull[-1]
            # drop hull[-1] when it lies on or under the line from hull[-2] to point
            if (y2 - y1) * (point[0] - x1) <= (point[1] - y1) * (x2 - x1):
                hull.pop()
            else:
                break
        hull.append(point)
    return hull


def allocate(
    people: Sequence[Person],
    budget: Decimal,
    *,
    unit_budgets: Mapping[str, Decimal] | None = None,
    solver: MipSolver | None = None,
    time_limit: float = 60.0,
    mip_rel_gap: float = 1e-4,
) -> OrganisationPlan:
    """Choose one candidate path per person: maximal weighted gap closed within the budgets.

    A greedy allocation over each person's convex hull (best gain per euro first) is handed to
    ``solver`` as its starting point; the solver then improves it until it is provably within
    ``mip_rel_gap`` of the optimum (or ``time_limit`` runs out, keeping the best found).

    Args:
        people: everyone to plan for, each with their frontier of candidate paths.
        budget: total budget in euros.
        unit_budgets: optional cap per unit name; it covers the people of that unit and of every
            unit below it (``Person.within``).
        solver: the mixed-integer solver (:func:`competentieplanner.solvers.highs.solve`);
            without one the greedy allocation is the answer.
        time_limit: seconds the solver may use.
        mip_rel_gap: relative optimality gap at which the solver stops (1e-4 = 0.01 %).
    """
    started = time.perf_counter()
    unit_budgets = dict(unit_budgets or {})
    bound = lp_bound(people, budget)
    start = _greedy(people, budget, unit_budgets)
    choice: list[int] | None = None
    proven: float | None = None
    solver_name = "greedy"
    if solver is not None:
        columns = _columns(people)
        answer = solver(
            knapsack_program(people, columns, budget, unit_budgets, start, time_limit, mip_rel_gap)
        )
        choice, proven, solver_name = _choice(columns, answer, len(people)), answer.bound, (
            answer.solver
        )
        if choice is not None and not _feasible(people, choice, budget, unit_budgets):
            choice = None
    if choice is None or _gain(people, choice) < _gain(people, start):
        choice = start
        solver_name = "greedy"
    if proven is not None:
        bound = min(bound, max(proven, _gain(people, choice)))
    assignments = tuple(
        Assignment(person, person.candidates[k]) for person, k in zip(people, choice, strict=True)
    )
    return OrganisationPlan(
        budget=budget,
        unit_budgets=unit_budgets,
        assignments=assignments,
        bound=bound,
        solver=solver_name,
        seconds=time.perf_counter() - started,
    )


def _gain(people: Sequence[Person], choice: Sequence[int]) -> float:
    return sum(p.candidates[k].gain for p, k in zip(people, choice, strict=True))


def _columns(people: Sequence[Person]) -> list[tuple[int, int]]:
    """One 0/1 variable per (person index, candidate index) beyond the empty path."""
    return [(i, k) for i, person in enumerate(people) for k in range(1, len(person.candidates))]


def knapsack_program(
    people: Sequence[Person],
    columns: Sequence[tuple[int, int]],
    budget: Decimal,
    unit_budgets: Mapping[str, Decimal],
    start: Sequence[int],
    time_limit: float,
    mip_rel_gap: float,
) -> MixedIntegerProgram:
    """The multiple-choice knapsack as a MIP: a row per person (at most one path), a row for
    the total budget and one per unit budget; costs in cents, so the sums are exact."""
    units = sorted(unit_budgets)
    unit_row = {u: len(people) + 1 + j for j, u in enumerate(units)}
    starts: list[int] = []
    index: list[int] = []
    value: list[float] = []
    gains: list[float] = []
    for i, k in columns:
        person = people[i]
        cost = float(_cents(person.candidates[k].cost))
        starts.append(len(index))
        index.append(i)
        value.append(1.0)
        index.append(len(people))
        value.append(cost)
        for unit in person.within:
            row = unit_row.get(unit)
            if row is not None:
                index.append(row)
                value.append(cost)
        gains.append(person.candidates[k].gain)
    row_upper = [1.0] * len(people) + [float(_cents(budget))]
    row_upper += [float(_cents(unit_budgets[u])) for u in units]
    return MixedIntegerProgram(
        objective=gains,
        col_lower=[0.0] * len(columns),
        col_upper=[1.0] * len(columns),
        row_lower=[-INFINITY] * len(row_upper),
        row_upper=row_upper,
        column_start=[*starts, len(index)],
        row_index=index,
        value=value,
        integer=[True] * len(columns),
        maximise=True,
        start=[1.0 if start[i] == k else 0.0 for i, k in columns],
        time_limit=time_limit,
        mip_rel_gap=mip_rel_gap,
        # Presolve buys nothing on this simple structure and costs most of the time on large
        # organisations (20,000 people: 38 s with presolve, 7 s without).
        options={"presolve": "off"},
    )


def _choice(columns: Sequence[tuple[int, int]], answer: MipResult, people: int) -> list[int] | None:
    if answer.solution is None:
        return None
    choice = [0] * people
    for (i, k), x in zip(columns, answer.solution, strict=True):
        if x > 0.5:
            choice[i] = k
    return choice


def _feasible(
    people: Sequence[Person],
    choice: Sequence[int],
    budget: Decimal,
    unit_budgets: Mapping[str, Decimal],
) -> bool:
    spent = Decimal("0")
    per_unit: dict[str, Decimal] = defaultdict(Decimal)
    for person, k in zip(people, choice, strict=True):
        cost = person.candidates[k].cost
        spent += cost
        for unit in person.within:
            per_unit[unit] += cost
    return spent <= budget and all(per_unit[u] <= cap for u, cap in unit_budgets.items())


def _greedy(
    people: Sequence[Person], budget: Decimal, unit_budgets: Mapping[str, Decimal]
) -> list[int]:
    """A fallback: hull steps by gain per euro, taken while every budget allows."""
    steps: list[tuple[float, str, int, int]] = []
    for i, person in enumerate(people):
        points = [(_cents(c.cost), c.gain) for c in person.candidates]
        hull = _upper_hull(points)
        for (c0, g0), (c1, g1) in zip(hull, hull[1:], strict=False):
            k = next(j for j, p in enumerate(points) if p == (c1, g1))
            steps.append(((g1 - g0) / max(1, c1 - c0), person.personnel_number, i, k))
    steps.sort(key=lambda s: (-s[0], s[1]))
    choice = [0] * len(people)
    left = _cents(budget)
    unit_left = {u: _cents(cap) for u, cap in unit_budgets.items()}
    blocked: set[int] = set()
    for _, _, i, k in steps:
        if i in blocked or k <= choice[i]:
            continue
        person = people[i]
        extra = _cents(person.candidates[k].cost) - _cents(person.candidates[choice[i]].cost)
        caps = [u for u in person.within if u in unit_left]
        if extra <= left and all(extra <= unit_left[u] for u in caps):
            left -= extra
            for u in caps:
                unit_left[u] -= extra
            choice[i] = k
        else:
            blocked.add(i)
    return choice
