"""Fit, coverage, gaps and readiness of a person against a profile, and team coverage.

The formulas are written down for HR in docs/scoring.md; the page and this module must agree (a
test recomputes the worked example of the page with these functions). All thresholds come from
:class:`~competentieplanner.domain.settings.ScoringSettings`, never from constants here.

Levels are passed as a mapping *competency code -> current level*; a competency that is missing
from the mapping has an unknown level. Which assessments count as the current level (the most
recent team-lead or agreed assessment that scores the competency) is decided where the levels
are read; self-assessments never count.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from competentieplanner.domain.model import Profile, Readiness
from competentieplanner.domain.settings import ScoringSettings

Levels = Mapping[str, int]
"""Current levels of one person: competency code -> level. Missing means unknown."""

DEFAULT_SCORING = ScoringSettings()


def round1(value: float) -> float:
    """Round to one decimal, halves up (87.25 -> 87.3), as HR expects from a percentage.

    The tiny offset absorbs binary floating point noise (87.25 is stored as 87.2499999...).
    """
    return math.floor(value * 10.0 + 0.5 + 1e-9) / 10.0


@dataclass(frozen=True, slots=True)
class Gap:
    """A requirement the person does not (demonstrably) meet."""

    competency: str
    level: int | None  # None: unknown
    target: int
    weight: float
    critical: bool

    @property
    def shortfall(self) -> int:
        """Levels still missing; an unknown level counts as 0."""
        return self.target - (self.level or 0)

    @property
    def weighted(self) -> float:
        """weight x shortfall: the size of the gap used for sorting and for 'best fit'."""
        return self.weight * self.shortfall


def gap_sort_key(gap: Gap) -> tuple[bool, float, str]:
    """Critical first, then the largest weighted gap, then by competency code."""
    return (not gap.critical, -gap.weighted, gap.competency)


@dataclass(frozen=True, slots=True)
class Match:
    """How one person's current levels meet one profile."""

    profile: str
    fit_pct: float
    coverage_pct: float
    readiness: Readiness
    gaps: tuple[Gap, ...]

    @property
    def weighted_gap(self) -> float:
        return sum(g.weighted for g in self.gaps)


@dataclass(frozen=True, slots=True)
class CompiledProfile:
    """A profile reduced to what scoring needs, prepared once and reused for every person."""

    code: str
    framework: str
    items: tuple[tuple[str, int, float, bool], ...]  # (competency, target, weight, critical)
    total_weight: float

    @classmethod
    def of(cls, profile: Profile) -> CompiledProfile:
        items = tuple(
            (q.competency, q.target, float(q.weight), q.critical)
            for q in sorted(profile.requirements, key=lambda q: q.competency)
        )
        return cls(profile.code, profile.framework, items, sum(item[2] for item in items))

    @property
    def competencies(self) -> tuple[str, ...]:
        return tuple(item[0] for item in self.items)


class Scorer:
    """Scores many people against one profile quickly.

    Everything that depends only on the profile is prepared once: per requirement and level the
    fit contribution and the (shared, immutable) :class:`Gap` with its sort key. Scoring one
    person is then one pass over the requirements without creating objects, which matters when
    20,000 people are matched against every profile.
    """

    __slots__ = ("profile", "settings", "_rows", "_codes", "_unknown_match")

    def __init__(
        self, profile: Profile | CompiledProfile, settings: ScoringSettings = DEFAULT_SCORING
    ) -> None:
        compiled = profile if isinstance(profile, CompiledProfile) else CompiledProfile.of(profile)
        self.profile = compiled
        self.settings = settings
        rows = []
        for code, target, weight, critical in compiled.items:
            unknown = Gap(code, None, target, weight, critical)
            # known levels 0..target-1 (below target) by index
            gaps = tuple(
                (gap_sort_key(g), g)
                for g in (Gap(code, level, target, weight, critical) for level in range(target))
            )
            contribution = tuple(weight * level / target for level in range(target))
            unknown_pair = (gap_sort_key(unknown), unknown)
            rows.append((code, target, weight, critical, unknown_pair, gaps, contribution))
        self._rows = tuple(rows)
        self._codes = frozenset(compiled.competencies)
        self._unknown_match: Match | None = None

    def gaps(self) -> list[Gap]:
        """Every Gap object this scorer can hand out (for callers that cache per gap)."""
        return [gap for row in self._rows for _, gap in (row[4], *row[5])]

    def __call__(self, levels: Levels) -> Match:
        if self._codes.isdisjoint(levels):
            # Nothing known about this profile: the same answer for everyone, computed once.
            if self._unknown_match is None:
                self._unknown_match = self._score(levels)
            return self._unknown_match
        return self._score(levels)

    def _score(self, levels: Levels) -> Match:
        known_weight = 0.0
        achieved = 0.0
        found: list[tuple[tuple[bool, float, str], Gap]] = []
        critical_below = False
        any_unknown = False
        largest_known_gap = 0
        get = levels.get
        for code, target, weight, critical, unknown, gaps, contribution in self._rows:
            level = get(code)
            if level is None:
                found.append(unknown)
                any_unknown = True
                continue
            known_weight += weight
            if level >= target:
                achieved += weight
                continue
            if level < 0:
                level = 0  # guard against bad data: no negative levels
            achieved += contribution[level]
            found.append(gaps[level])
            if target - level > largest_known_gap:
                largest_known_gap = target - level
            if critical:
                critical_below = True
        total = self.profile.total_weight
        if total <= 0:
            return Match(self.profile.code, 0.0, 0.0, Readiness.INSUFFICIENT_DATA, ())
        fit = round1(100.0 * achieved / total)
        coverage = round1(100.0 * known_weight / total)
        found.sort()
        verdict = readiness(
            fit_pct=fit,
            coverage_pct=coverage,
            all_known=not any_unknown,
            critical_below_target=critical_below,
            largest_known_gap=largest_known_gap,
            settings=self.settings,
        )
        return Match(self.profile.code, fit, coverage, verdict, tuple(g for _, g in found))


def score(
    levels: Levels,
    profile: Profile | CompiledProfile,
    settings: ScoringSettings = DEFAULT_SCORING,
) -> Match:
    """Fit, coverage, gaps and readiness of one person against one profile.

    * ``fit_pct = 100 * sum(w * min(l, t) / t over known c) / sum(w over all c)``; an unknown
      level counts as 0 and being above target earns nothing extra.
    * ``coverage_pct = 100 * sum(w over known c) / sum(w over all c)``.
    * gaps: every requirement with an unknown level or a level below target, critical first,
      then by ``w * (t - l)`` descending (unknown counting as 0), then by code.
    * readiness: see :func:`readiness`.

    Both percentages are rounded to one decimal; readiness is decided on the rounded values,
    so it agrees with what HR sees. To score many people, make one :class:`Scorer` per profile
    (this function keeps the scorers of the last profiles it saw, by identity).
    """
    key = (id(profile), id(settings))
    entry = _recent_scorers.get(key)
    if entry is None or entry[0] is not profile or entry[1] is not settings:
        if len(_recent_scorers) >= _RECENT_MAX:
            _recent_scorers.clear()
        entry = (profile, settings, Scorer(profile, settings))
        _recent_scorers[key] = entry  # holds the objects, so their ids cannot be reused
    return entry[2](levels)


_RECENT_MAX = 64
_recent_scorers: dict[
    tuple[int, int], tuple[Profile | CompiledProfile, ScoringSettings, Scorer]
] = {}


def readiness(
    *,
    fit_pct: float,
    coverage_pct: float,
    all_known: bool,
    critical_below_target: bool,
    largest_known_gap: int,
    settings: ScoringSettings = DEFAULT_SCORING,
) -> Readiness:
    """The readiness category, tested in this order:

    1. *inzetbaar*: every level known (coverage 100 %), no critical competency below target and
       fit at least ``ready_min_fit_pct``;
    2. *onvoldoende gegevens*: coverage below ``insufficient_coverage_below_pct``;
    3. *ontwikkelbaar*: no known gap larger than ``developable_max_gap`` levels;
    4. *ver weg*: everything else.
    """
    if all_known and not critical_below_target and fit_pct >= settings.ready_min_fit_pct:
        return Readiness.READY
    if coverage_pct < settings.insufficient_coverage_below_pct:
        return Readiness.INSUFFICIENT_DATA
    if largest_known_gap <= settings.developable_max_gap:
        return Readiness.DEVELOPABLE
    return Readiness.FAR


def best_match(matches: Iterable[Match]) -> Match | None:
    """The best-fitting profile: highest fit, then the smallest total weighted gap, then code."""
    return min(
        matches,
        key=lambda m: (-m.fit_pct, round(m.weighted_gap, 9), m.profile),
        default=None,
    )


# -- team coverage ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CompetencyCoverage:
    """Who in a team reaches the target of one required competency."""

    competency: str
    target: int
    weight: float
    critical: bool
    reached_by: tuple[str, ...]  # personnel numbers, in member order

    @property
    def count(self) -> int:
        return len(self.reached_by)

    @property
    def risk(self) -> str:
        """'' (fine), 'niet gedekt' (nobody) or 'één persoon' (continuity risk)."""
        if not self.reached_by:
            return "niet gedekt"
        if len(self.reached_by) == 1:
            return "één persoon"
        return ""


@dataclass(frozen=True, slots=True)
class TeamCoverage:
    profile: str
    members: tuple[str, ...]
    competencies: tuple[CompetencyCoverage, ...]

    @property
    def uncovered(self) -> tuple[str, ...]:
        """Competencies no member reaches."""
        return tuple(c.competency for c in self.competencies if c.count == 0)

    @property
    def single_cover(self) -> tuple[str, ...]:
        """Competencies exactly one member reaches: who leaves, takes the knowledge along."""
        return tuple(c.competency for c in self.competencies if c.count == 1)


def team_coverage(
    profile: Profile | CompiledProfile, members: Sequence[tuple[str, Levels]]
) -> TeamCoverage:
    """For each competency of the profile: which members reach the target (unknown = no)."""
    compiled = profile if isinstance(profile, CompiledProfile) else CompiledProfile.of(profile)
    rows = []
    for code, target, weight, critical in compiled.items:
        reached = tuple(
            number for number, levels in members if (levels.get(code) or 0) >= target
        )
        rows.append(CompetencyCoverage(code, target, weight, critical, reached))
    return TeamCoverage(compiled.code, tuple(number for number, _ in members), tuple(rows))
