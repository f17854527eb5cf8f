"""Supply and the assignment problem of strategic personnel planning (pure Python).

Supply: every employee still employed in the target year, with their FTE, stated direction and,
per profile of the formation, whether they are ready now (readiness *inzetbaar*: fills the line
without training) or would be ready by the target year after the exact training path the
planner computes (:func:`competentieplanner.domain.planning.plan_path`, within the hours per
quarter). Each such possibility is an :class:`Option`; why a profile is out of reach is kept as a
:class:`Rejection`.

The problem: choose for each person at most one option so that the total cost (training of the
chosen paths + recruitment per unfilled FTE + a penalty per assignment against the stated
direction, when direction is respected) is minimal, within an optional training budget per
year; among equal costs the higher expected fit wins. :func:`evaluate` computes the cost of any
choice exactly (cents and thousandths of an FTE are integers); the solver adapter in
:mod:`competentieplanner.solvers.workforce_milp` finds the optimal choice.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from competentieplanner.domain.formation import FTE_SCALE, Demand, demand_for
from competentieplanner.domain.model import Employee, Profile, Quarter, Readiness, TrainingOffer
from competentieplanner.domain.path_search import OfferTable, best_offers
from competentieplanner.domain.planning import (
    PathItem,
    TrainingPath,
    apply_offer,
    objective,
    remaining_gaps,
    schedule,
    simulate,
)
from competentieplanner.domain.scoring import CompiledProfile, Levels, Match, Scorer
from competentieplanner.domain.settings import ScoringSettings

#: Rejection kinds (why a profile is not an option for a person).
LEAVER = "vertrekt"
NO_LINE = "geen formatie"
NOT_READY = "niet inzetbaar"
TOO_LATE = "te laat"

#: FTE assumed for a person whose FTE is unknown: full time.
UNKNOWN_FTE = 1.0


#: Offers placed in quarters, as :func:`schedule` returns them.
Placement = tuple[tuple[TrainingOffer, Quarter, tuple[int, ...]], ...]


@dataclass(frozen=True, slots=True)
class Option:
    """A profile a person can fill by the target year, and at what cost."""

    profile: str
    demand: int  # index into the problem's demands
    fit_now: float
    fit_expected: float
    placed: Placement | None  # the path's offers in quarters; None: ready now, no training
    against_direction: bool
    cost_cents: int
    cost_by_year: tuple[tuple[int, int], ...]  # (year, cents) of the path's offers
    hours: float = 0.0
    ready_quarter: Quarter | None = None  # of the path's last offer; None: ready now
    levels: Levels | None = field(default=None, compare=False, repr=False)
    compiled: CompiledProfile | None = field(default=None, compare=False, repr=False)

    @property
    def ready_now(self) -> bool:
        return self.placed is None

    @property
    def path(self) -> TrainingPath | None:
        """The path in full (what each offer raises), made when asked: only the chosen few
        are ever shown or saved."""
        if self.placed is None or self.levels is None or self.compiled is None:
            return None
        return scheduled_path(self.levels, self.compiled, self.placed)

    @property
    def training_cost(self) -> Decimal:
        return Decimal(self.cost_cents) / 100

    @property
    def shortfall(self) -> int:
        """The tie-break among equal costs, lower is better: 1001 minus the expected fit in
        tenths of a percent. So a better expected fit wins, and nobody is assigned who is not
        needed (every assignment adds at least 1)."""
        return 1001 - round(self.fit_expected * 10)


@dataclass(frozen=True, slots=True)
class Rejection:
    profile: str
    kind: str
    reason: str  # Dutch, for HR


@dataclass(frozen=True, slots=True)
class SupplyPerson:
    personnel_number: str
    name: str
    unit: str | None
    job_title: str
    fte_milli: int
    direction: str | None  # the profile they chose to grow toward
    end_date: dt.date | None
    options: tuple[Option, ...]
    rejections: tuple[Rejection, ...]

    @property
    def fte(self) -> float:
        return self.fte_milli / FTE_SCALE


@dataclass(frozen=True, slots=True)
class WorkforceProblem:
    scenario: str
    year: int
    start: Quarter  # training starts in this quarter
    demands: tuple[Demand, ...]
    people: tuple[SupplyPerson, ...]
    budget: Decimal | None = None  # training budget per calendar year
    direction_penalty: Decimal = Decimal("0")  # 0 unless direction is respected
    respect_direction: bool = False

    @property
    def years(self) -> tuple[int, ...]:
        return tuple(range(self.start.year, self.year + 1))

    def penalty_cents(self, option: Option) -> int:
        if not (self.respect_direction and option.against_direction):
            return 0
        return int((self.direction_penalty * 100).to_integral_value())

    @property
    def budget_cents(self) -> int | None:
        if self.budget is None:
            return None
        return int((self.budget * 100).to_integral_value(rounding="ROUND_FLOOR"))


Choice = Mapping[int, int]  # person index -> option index


@dataclass(frozen=True, slots=True)
class DemandOutcome:
    demand: Demand
    ready_now_milli: int
    grown_milli: int
    recruit_milli: int
    training_cents: int

    @property
    def recruit_cost(self) -> Decimal:
        return self.demand.recruit_cost * self.recruit_milli / FTE_SCALE

    @property
    def training_cost(self) -> Decimal:
        return Decimal(self.training_cents) / 100


@dataclass(frozen=True, slots=True)
class Evaluation:
    """The exact cost of a choice and what it leaves to recruit."""

    outcomes: tuple[DemandOutcome, ...]
    penalty_cents: int
    spent_by_year: tuple[tuple[int, int], ...]  # (year, cents)
    shortfall: int  # tie-break, lower is better: sum of (1001 - expected fit in tenths of %)
    within_budget: bool

    @property
    def training_cost(self) -> Decimal:
        return sum((o.training_cost for o in self.outcomes), Decimal("0"))

    @property
    def recruit_cost(self) -> Decimal:
        return sum((o.recruit_cost for o in self.outcomes), Decimal("0"))

    @property
    def penalty(self) -> Decimal:
        return Decimal(self.penalty_cents) / 100

    @property
    def total(self) -> Decimal:
        return self.training_cost + self.recruit_cost + self.penalty


def evaluate(problem: WorkforceProblem, choice: Choice) -> Evaluation:
    """Cost, coverage and budget use of ``choice`` (person index -> option index)."""
    ready = [0] * len(problem.demands)
    grown = [0] * len(problem.demands)
    training = [0] * len(problem.demands)
    spent: dict[int, int] = defaultdict(int)
    penalty = shortfall = 0
    for i, k in choice.items():
        person = problem.people[i]
        option = person.options[k]
        if option.ready_now:
            ready[option.demand] += person.fte_milli
        else:
            grown[option.demand] += person.fte_milli
        training[option.demand] += option.cost_cents
        for year, cents in option.cost_by_year:
            spent[year] += cents
        penalty += problem.penalty_cents(option)
        shortfall += option.shortfall
    outcomes = tuple(
        DemandOutcome(
            d,
            ready[j],
            grown[j],
            max(0, d.wanted_milli - ready[j] - grown[j]),
            training[j],
        )
        for j, d in enumerate(problem.demands)
    )
    cap = problem.budget_cents
    return Evaluation(
        outcomes=outcomes,
        penalty_cents=penalty,
        spent_by_year=tuple(sorted(spent.items())),
        shortfall=shortfall,
        within_budget=cap is None or all(cents <= cap for cents in spent.values()),
    )


# -- supply ---------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SupplyInput:
    """Everything the supply analysis reads, already loaded."""

    people: Sequence[Employee]
    levels: Mapping[str, Levels]
    profiles: Sequence[Profile]  # at least those of the formation
    catalogue: Sequence[TrainingOffer]
    parents: Mapping[str, str | None]  # unit -> the unit above it
    scoring: ScoringSettings
    hours_per_quarter: float


def within(unit: str | None, parents: Mapping[str, str | None]) -> tuple[str, ...]:
    """The unit and every unit above it, nearest first."""
    chain: list[str] = []
    current = unit
    while current is not None and current not in chain:
        chain.append(current)
        current = parents.get(current)
    return tuple(chain)


class _PathCache:
    """Paths per profile, shared by people alike on what each step reads (many are: levels
    are small integers), so 20,000 people need a few thousand searches, not 60,000.

    * The exact search (:func:`optimal_path`) reads only the profile's levels below target, an
      unknown level counting as 0.
    * The levels after the path, on the profile's competencies, depend only on the levels of
      those competencies (an offer's effect is judged on its own competency).
    * Placing offers in quarters (:func:`schedule`) reads a level only where an offer needs a
      minimum level of it (unknown as 0).
    """

    def __init__(self, source: SupplyInput, start: Quarter) -> None:
        self.source = source
        self.start = start
        self.scorers = {p.code: Scorer(p, source.scoring) for p in source.profiles}
        # the offers acting on each profile, prepared once for thousands of searches
        self.tables = {
            code: OfferTable.of(scorer.profile, source.catalogue)
            for code, scorer in self.scorers.items()
        }
        self._best: dict[tuple[object, ...], tuple[TrainingOffer, ...]] = {}
        self._after: dict[tuple[object, ...], tuple[Match, tuple[str, ...]]] = {}
        # keyed by the id of a path found above: those tuples live as long as this cache, and
        # hashing a path of dozens of offers for every person would cost more than the search
        self._needed: dict[int, tuple[str, ...]] = {}
        self._placed: dict[tuple[object, ...], Placement] = {}

    def best_offers(self, profile: str, levels: Levels) -> tuple[TrainingOffer, ...]:
        compiled = self.scorers[profile].profile
        key = (profile, *(min(levels.get(c) or 0, t) for c, t, _w, _k in compiled.items))
        offers = self._best.get(key)
        if offers is None:
            offers = best_offers(levels, self.tables[profile])
            self._best[key] = offers
        return offers

    def after(
        self, profile: str, levels: Levels, offers: tuple[TrainingOffer, ...]
    ) -> tuple[Match, tuple[str, ...]]:
        """The match after the path, and the competencies still below target."""
        scorer = self.scorers[profile]
        key = (profile, *(levels.get(c) for c in scorer.profile.competencies))
        found = self._after.get(key)
        if found is None:
            final = simulate(levels, offers)
            left = tuple(g.competency for g in remaining_gaps(final, scorer.profile))
            found = (scorer(final), left)
            self._after[key] = found
        return found

    def placement(self, offers: tuple[TrainingOffer, ...], levels: Levels) -> Placement:
        needed = self._needed.get(id(offers))
        if needed is None:
            needed = tuple(
                sorted({e.competency for o in offers for e in o.effects if e.min_level > 0})
            )
            self._needed[id(offers)] = needed
        key = (id(offers), *(levels.get(c) or 0 for c in needed))
        placed = self._placed.get(key)
        if placed is None:
            placed = tuple(
                schedule(
                    levels,
                    offers,
                    start=self.start,
                    hours_per_quarter=self.source.hours_per_quarter,
                )
            )
            self._placed[key] = placed
        return placed


def scheduled_path(levels: Levels, profile: CompiledProfile, placed: Placement) -> TrainingPath:
    """The second half of :func:`plan_path`: the path from offers placed in quarters (a test
    checks that both give the same path)."""
    ordered = sorted(range(len(placed)), key=lambda i: (placed[i][1], i))
    profile_codes = set(profile.competencies)
    state = dict(levels)
    items: list[PathItem] = []
    for i in ordered:
        offer, quarter, needs = placed[i]
        raised = [e for e in apply_offer(state, offer) if e.competency in profile_codes]
        relies_on = tuple(placed[d][0].code for d in needs)
        items.append(PathItem(offer, quarter, tuple(raised), relies_on))
    return TrainingPath(
        profile=profile.code,
        budget=None,
        items=tuple(items),
        remaining=remaining_gaps(state, profile),
        objective_before=objective(levels, profile),
        objective_after=objective(state, profile),
    )


def build_supply(
    source: SupplyInput,
    demand_list: Sequence[Demand],
    *,
    year: int,
    start: Quarter,
) -> tuple[SupplyPerson, ...]:
    """Every employee with their options toward the formation's profiles (see module doc)."""
    cache = _PathCache(source, start)
    wanted = sorted({d.profile for d in demand_list})
    first_day = dt.date(year, 1, 1)
    empty: Levels = {}
    result: list[SupplyPerson] = []
    for person in sorted(source.people, key=lambda e: e.personnel_number):
        levels = source.levels.get(person.personnel_number, empty)
        fte = person.fte if person.fte is not None else UNKNOWN_FTE
        options: list[Option] = []
        rejections: list[Rejection] = []
        chain = within(person.unit, source.parents)
        leaving = person.end_date is not None and person.end_date < first_day
        for code in wanted:
            if leaving:
                assert person.end_date is not None
                rejections.append(
                    Rejection(code, LEAVER, f"vertrekt vóór {year} (einddatum {person.end_date})")
                )
                continue
            demand = demand_for(demand_list, code, chain)
            if demand is None:
                rejections.append(
                    Rejection(code, NO_LINE, f"geen formatie voor {code} in de eigen eenheid")
                )
                continue
            option, rejection = _option(cache, code, demand, levels, person, year)
            if option is not None:
                options.append(option)
            if rejection is not None:
                rejections.append(rejection)
        result.append(
            SupplyPerson(
                personnel_number=person.personnel_number,
                name=person.name,
                unit=person.unit,
                job_title=person.job_title,
                fte_milli=round(fte * FTE_SCALE),
                direction=person.target_profile,
                end_date=person.end_date,
                options=tuple(options),
                rejections=tuple(rejections),
            )
        )
    return tuple(result)


def _option(
    cache: _PathCache, code: str, demand: int, levels: Levels, person: Employee, year: int
) -> tuple[Option | None, Rejection | None]:
    scorer = cache.scorers[code]
    now = scorer(levels)
    against = person.target_profile is not None and person.target_profile != code
    if now.readiness is Readiness.READY:
        return Option(code, demand, now.fit_pct, now.fit_pct, None, against, 0, ()), None
    offers = cache.best_offers(code, levels)
    after, left = cache.after(code, levels, offers)
    if after.readiness is not Readiness.READY:
        why = "ook na het best mogelijke opleidingspad niet inzetbaar"
        if left:
            why += " (blijft: " + ", ".join(left[:3]) + ")"
        return None, Rejection(code, NOT_READY, why)
    placed = cache.placement(offers, levels)
    last = max(quarter for _offer, quarter, _needs in placed)
    if last.year > year:
        return None, Rejection(code, TOO_LATE, f"pas inzetbaar in {last}, na {year}")
    by_year: dict[int, int] = defaultdict(int)
    for offer, quarter, _needs in placed:
        by_year[quarter.year] += int((offer.cost * 100).to_integral_value())
    option = Option(
        code,
        demand,
        now.fit_pct,
        after.fit_pct,
        placed,
        against,
        sum(by_year.values()),
        tuple(sorted(by_year.items())),
        hours=sum(offer.hours for offer, _q, _n in placed),
        ready_quarter=last,
        levels=levels,
        compiled=scorer.profile,
    )
    return option, None
