"""Fit, coverage, gaps, readiness and team coverage: examples and properties."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from competentieplanner.domain.errors import UserError
from competentieplanner.domain.model import Profile, Readiness, Requirement
from competentieplanner.domain.scoring import (
    Match,
    Scorer,
    best_match,
    round1,
    score,
    team_coverage,
)
from competentieplanner.domain.settings import DEFAULTS, ScoringSettings, Settings

COMPS = tuple(f"C{i:02d}" for i in range(1, 9))


@st.composite
def profiles(draw: st.DrawFn) -> Profile:
    comps = draw(st.lists(st.sampled_from(COMPS), min_size=1, max_size=len(COMPS), unique=True))
    return Profile(
        code=draw(st.sampled_from(("P1", "P2", "P3"))),
        name="Profiel",
        framework="F",
        requirements=tuple(
            Requirement(
                c,
                draw(st.integers(1, 4)),
                draw(st.sampled_from((0.5, 1.0, 1.5, 2.0, 3.0))),
                draw(st.booleans()),
            )
            for c in comps
        ),
    )


levels_st = st.dictionaries(st.sampled_from(COMPS), st.integers(1, 4))
scoring_settings = st.builds(
    ScoringSettings,
    ready_min_fit_pct=st.sampled_from((80.0, 90.0, 100.0)),
    insufficient_coverage_below_pct=st.sampled_from((50.0, 75.0, 100.0)),
    developable_max_gap=st.integers(0, 3),
)


def reference(levels: dict[str, int], profile: Profile, s: ScoringSettings) -> Match:
    """The formulas of docs/scoring.md written out the plainest way."""
    total = sum(q.weight for q in profile.requirements)
    known = [q for q in profile.requirements if q.competency in levels]
    achieved = sum(q.weight * min(levels[q.competency], q.target) / q.target for q in known)
    fit = 100 * achieved / total
    coverage = 100 * sum(q.weight for q in known) / total
    fit, coverage = round1(fit), round1(coverage)
    gaps = [
        q for q in profile.requirements if levels.get(q.competency, 0) < q.target
    ]
    gaps.sort(
        key=lambda q: (
            not q.critical,
            -q.weight * (q.target - levels.get(q.competency, 0)),
            q.competency,
        )
    )
    critical_below = any(q.critical for q in gaps)
    known_gaps = [q.target - levels[q.competency] for q in gaps if q.competency in levels]
    complete = len(known) == len(profile.requirements)
    if complete and not critical_below and fit >= s.ready_min_fit_pct:
        verdict = Readiness.READY
    elif coverage < s.insufficient_coverage_below_pct:
        verdict = Readiness.INSUFFICIENT_DATA
    elif max(known_gaps, default=0) <= s.developable_max_gap:
        verdict = Readiness.DEVELOPABLE
    else:
        verdict = Readiness.FAR
    found = score(levels, profile, s)
    assert [g.competency for g in found.gaps] == [q.competency for q in gaps]
    return Match(profile.code, fit, coverage, verdict, found.gaps)


PROFILE = Profile(
    "voorbeeld",
    "Voorbeeld",
    "F",
    requirements=(
        Requirement("A", 4, 2.0, True),
        Requirement("B", 3, 1.0),
        Requirement("C", 2, 1.0),
        Requirement("D", 3, 1.5),
    ),
)


def test_worked_example_by_hand() -> None:
    match = score({"A": 3, "B": 3, "C": 4}, PROFILE)
    # (2*3/4 + 1*3/3 + 1*2/2 + 0) / 5.5 = 3.5 / 5.5 = 63.636..%
    assert match.fit_pct == 63.6
    assert match.coverage_pct == 72.7  # 4 / 5.5
    assert match.readiness is Readiness.INSUFFICIENT_DATA
    assert [(g.competency, g.level) for g in match.gaps] == [("A", 3), ("D", None)]
    complete = score({"A": 4, "B": 3, "C": 2, "D": 1}, PROFILE)
    assert complete.fit_pct == 81.8  # (2 + 1 + 1 + 1.5/3) / 5.5
    assert complete.readiness is Readiness.DEVELOPABLE  # largest gap 2 levels (D)
    assert score({"A": 4, "B": 3, "C": 2, "D": 3}, PROFILE).readiness is Readiness.READY
    assert score({"A": 3, "B": 3, "C": 2, "D": 3}, PROFILE).readiness is Readiness.DEVELOPABLE
    assert score({"A": 1, "B": 3, "C": 2, "D": 3}, PROFILE).readiness is Readiness.FAR


def test_over_qualification_earns_nothing_extra() -> None:
    assert score({"A": 4, "B": 4, "C": 4, "D": 4}, PROFILE).fit_pct == 100.0
    assert score({"A": 4, "B": 4, "C": 4, "D": 4}, PROFILE).gaps == ()


def test_round1_rounds_halves_up() -> None:
    assert round1(87.25) == 87.3
    assert round1(87.24999) == 87.2
    assert round1(100.0) == 100.0
    assert round1(0.05) == 0.1


@settings(max_examples=400, deadline=None)
@given(levels=levels_st, profile=profiles(), s=scoring_settings)
def test_scorer_follows_the_written_formulas(
    levels: dict[str, int], profile: Profile, s: ScoringSettings
) -> None:
    expected = reference(levels, profile, s)
    found = Scorer(profile, s)(levels)
    assert (found.fit_pct, found.coverage_pct, found.readiness) == (
        expected.fit_pct,
        expected.coverage_pct,
        expected.readiness,
    )


@settings(max_examples=300, deadline=None)
@given(levels=levels_st, profile=profiles())
def test_fit_and_coverage_stay_within_0_and_100(levels: dict[str, int], profile: Profile) -> None:
    match = score(levels, profile)
    assert 0.0 <= match.fit_pct <= 100.0
    assert 0.0 <= match.coverage_pct <= 100.0
    assert match.fit_pct <= match.coverage_pct


@settings(max_examples=300, deadline=None)
@given(
    levels=levels_st, profile=profiles(), comp=st.sampled_from(COMPS), raise_by=st.integers(1, 3)
)
def test_fit_is_monotone_in_levels(
    levels: dict[str, int], profile: Profile, comp: str, raise_by: int
) -> None:
    before = score(levels, profile)
    higher = dict(levels)
    higher[comp] = min(4, levels.get(comp, 0) + raise_by)
    after = score(higher, profile)
    assert after.fit_pct >= before.fit_pct
    assert after.coverage_pct >= before.coverage_pct
    assert after.weighted_gap <= before.weighted_gap


@settings(max_examples=300, deadline=None)
@given(levels=levels_st, profile=profiles())
def test_gap_list_is_consistent_with_fit(levels: dict[str, int], profile: Profile) -> None:
    match = score(levels, profile)
    total = sum(q.weight for q in profile.requirements)
    missing = sum(g.weight * g.shortfall / g.target for g in match.gaps)
    assert match.fit_pct == pytest.approx(100 * (1 - missing / total), abs=0.05 + 1e-9)
    assert (match.fit_pct == 100.0) == (not match.gaps)
    by_code = {q.competency: q for q in profile.requirements}
    for gap in match.gaps:
        q = by_code[gap.competency]
        assert gap.level == levels.get(gap.competency)
        assert (gap.level or 0) < q.target == gap.target
    keys = [(not g.critical, -g.weighted, g.competency) for g in match.gaps]
    assert keys == sorted(keys)
    below = {q.competency for q in profile.requirements if levels.get(q.competency, 0) < q.target}
    assert {g.competency for g in match.gaps} == below


def test_unknown_levels_count_as_zero_and_lower_coverage() -> None:
    match = score({}, PROFILE)
    assert (match.fit_pct, match.coverage_pct) == (0.0, 0.0)
    assert match.readiness is Readiness.INSUFFICIENT_DATA
    assert [g.competency for g in match.gaps] == ["A", "D", "B", "C"]
    assert all(g.level is None for g in match.gaps)
    # the scorer hands out the same answer for everyone without data
    scorer = Scorer(PROFILE)
    assert scorer({"X": 1}) is scorer({})


def test_thresholds_are_settings() -> None:
    levels = {"A": 4, "B": 3, "C": 2, "D": 2}  # fit 90.9
    assert score(levels, PROFILE).readiness is Readiness.READY
    strict = ScoringSettings(ready_min_fit_pct=95.0)
    assert score(levels, PROFILE, strict).readiness is Readiness.DEVELOPABLE
    far = {"A": 4, "B": 3, "C": 2, "D": 1}
    assert score(far, PROFILE, ScoringSettings(developable_max_gap=1)).readiness is Readiness.FAR
    partial = {"A": 4, "B": 3, "C": 2}  # coverage 72.7
    lenient = ScoringSettings(insufficient_coverage_below_pct=70.0)
    assert score(partial, PROFILE, lenient).readiness is Readiness.DEVELOPABLE


def test_best_match_prefers_fit_then_smaller_gap_then_code() -> None:
    a = Match("b", 80.0, 100.0, Readiness.DEVELOPABLE, ())
    b = Match("a", 80.0, 100.0, Readiness.DEVELOPABLE, ())
    c = Match("c", 85.0, 100.0, Readiness.DEVELOPABLE, ())
    assert best_match([a, b]) is b
    assert best_match([a, b, c]) is c
    assert best_match([]) is None
    gap_heavy = score({"A": 2, "B": 3, "C": 2, "D": 3}, PROFILE)
    assert best_match([gap_heavy]) is gap_heavy


def test_team_coverage_names_gaps_and_continuity_risks() -> None:
    members = [
        ("001", {"A": 4, "B": 3, "C": 1}),
        ("002", {"A": 2, "B": 3, "C": 1}),
        ("003", {"B": 2}),
    ]
    coverage = team_coverage(PROFILE, members)
    rows = {c.competency: c for c in coverage.competencies}
    assert rows["A"].reached_by == ("001",)
    assert rows["B"].reached_by == ("001", "002")
    assert coverage.uncovered == ("C", "D")
    assert coverage.single_cover == ("A",)
    assert rows["A"].risk == "één persoon"
    assert rows["C"].risk == "niet gedekt"
    assert rows["B"].risk == ""


def test_settings_from_the_flat_table() -> None:
    assert Settings.from_flat({}) == Settings()
    parsed = Settings.from_flat(dict(DEFAULTS, **{"scoring.ready_min_fit_pct": 85}))
    assert parsed.scoring.ready_min_fit_pct == 85.0
    assert parsed.planning.hours_per_quarter == 40.0
    with pytest.raises(UserError, match="scoring.developable_max_gap"):
        Settings.from_flat({"scoring.developable_max_gap": 1.5})
    with pytest.raises(UserError, match="getal"):
        Settings.from_flat({"planning.hours_per_quarter": "veel"})
    with pytest.raises(UserError, match="tussen"):
        Settings.from_flat({"scoring.ready_min_fit_pct": 120})
