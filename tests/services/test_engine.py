"""The engine's use cases on a real SQLite file with the demo municipality."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from decimal import Decimal

import pytest
from sqlalchemy import select

from competentieplanner.cli import engine_json
from competentieplanner.domain.budget import lp_bound
from competentieplanner.domain.errors import NotFoundError, UserError
from competentieplanner.domain.model import Quarter, Readiness
from competentieplanner.domain.planning import objective, optimal_path, simulate
from competentieplanner.domain.scoring import score
from competentieplanner.persistence import analysis_queries as analysis
from competentieplanner.persistence import records as r
from competentieplanner.persistence import repositories as repo
from competentieplanner.persistence.database import Database
from tests import engine_support


def _numbers(db: Database) -> list[str]:
    with db.read_session() as session:
        return [e.personnel_number for e in repo.load_employees(session)]


def _add_assessment(
    db: Database, number: str, day: dt.date, kind: str, scores: dict[str, int]
) -> None:
    with db.session() as session:
        emp_id = repo.employee_id(session, number)
        comp_ids = dict(
            session.execute(select(r.CompetencyRecord.code, r.CompetencyRecord.id)).all()
        )
        record = r.AssessmentRecord(
            employee_id=emp_id, assessed_on=day, kind=kind, created_at=dt.datetime(2027, 1, 1)
        )
        record.scores = [
            r.AssessmentScoreRecord(competency_id=comp_ids[code], level=level)
            for code, level in scores.items()
        ]
        session.add(record)


# -- current levels -------------------------------------------------------------------------------


def test_fast_levels_agree_with_the_repository(demo_db: Database) -> None:
    with demo_db.read_session() as session:
        fast = analysis.current_levels(session)
        plain = repo.load_current_levels(session)
        assert fast == plain
        unit = repo.load_units(session)[1].name
        ids = repo.unit_and_descendants(session, unit)
        in_unit = analysis.current_levels(session, unit_ids=ids)
        members = {e.personnel_number for e in repo.load_employees(session, unit=unit)}
        assert set(in_unit) <= members
        assert in_unit == {n: lv for n, lv in plain.items() if n in members}


def test_current_level_is_the_latest_lead_or_agreed_score_per_competency(
    demo_db: Database,
) -> None:
    number = _numbers(demo_db)[0]
    with demo_db.read_session() as session:
        before = analysis.current_levels(session, personnel_number=number)[number]
    some = sorted(before)[:2]
    # newer lead assessment scoring one competency; a newer self-assessment never counts
    _add_assessment(demo_db, number, dt.date(2027, 3, 1), "lead", {some[0]: 1})
    _add_assessment(demo_db, number, dt.date(2027, 4, 1), "self", {some[0]: 4, some[1]: 4})
    # two agreed assessments on one day: the one recorded last wins
    _add_assessment(demo_db, number, dt.date(2027, 2, 1), "agreed", {some[1]: 2})
    _add_assessment(demo_db, number, dt.date(2027, 2, 1), "agreed", {some[1]: 3})
    with demo_db.read_session() as session:
        after = analysis.current_levels(session, personnel_number=number)[number]
        assert after == repo.load_current_levels(session)[number]
    assert after[some[0]] == 1
    assert after[some[1]] == 3
    assert {c: v for c, v in after.items() if c not in some} == {
        c: v for c, v in before.items() if c not in some
    }


# -- match ----------------------------------------------------------------------------------------


def test_match_lists_every_employee_and_profile(demo_db: Database) -> None:
    matches = engine_support.match(demo_db)
    with demo_db.read_session() as session:
        profiles = [p.code for p in repo.load_profiles(session)]
        levels = repo.load_current_levels(session)
    numbers = _numbers(demo_db)
    assert len(matches) == len(numbers) * len(profiles) == 120 * 4
    assert [m.match.profile for m in matches[:4]] == profiles
    # each entry is the scoring function applied to the person's current levels
    with demo_db.read_session() as session:
        profile_by_code = {p.code: p for p in repo.load_profiles(session)}
    for m in matches[::7]:
        person_levels = levels.get(m.employee.personnel_number, {})
        expected = score(person_levels, profile_by_code[m.match.profile])
        assert (m.match.fit_pct, m.match.coverage_pct, m.match.readiness) == (
            expected.fit_pct,
            expected.coverage_pct,
            expected.readiness,
        )
        assert m.match.gaps == expected.gaps


def test_the_demo_shows_every_readiness_category(demo_db: Database) -> None:
    seen = Counter(m.match.readiness for m in engine_support.match(demo_db))
    assert set(seen) == set(Readiness)
    # also within the profiles people are measured against (their own framework)
    own = Counter(
        m.match.readiness
        for m in engine_support.match(demo_db)
        if m.match.coverage_pct > 0
    )
    assert set(own) == set(Readiness)


def test_match_filters_and_errors(demo_db: Database) -> None:
    number = _numbers(demo_db)[5]
    one = engine_support.match(demo_db, employee=number)
    assert {m.employee.personnel_number for m in one} == {number}
    assert len(one) == 4
    only = engine_support.match(demo_db, profile="strategisch")
    assert {m.match.profile for m in only} == {"strategisch"} and len(only) == 120
    with demo_db.read_session() as session:
        unit = repo.load_units(session)[2].name
        members = {e.personnel_number for e in repo.load_employees(session, unit=unit)}
    in_unit = engine_support.match(demo_db, unit=unit, profile="sociaal-team")
    assert {m.employee.personnel_number for m in in_unit} == members
    with pytest.raises(NotFoundError, match="personeelsnummer"):
        engine_support.match(demo_db, employee="999999999")
    with pytest.raises(NotFoundError, match="Profiel"):
        engine_support.match(demo_db, profile="astronaut")
    with pytest.raises(NotFoundError, match="Mars"):
        engine_support.match(demo_db, unit="Mars")


def test_match_json_shape(demo_db: Database) -> None:
    data = engine_json.match_json(engine_support.match(demo_db))
    assert len(data) == 480
    keys = {"personeelsnummer", "profile", "fit_pct", "coverage_pct", "readiness", "gaps"}
    for entry in data:
        assert set(entry) == keys
        assert entry["readiness"] in {r.value for r in Readiness}
        for gap in entry["gaps"]:
            assert set(gap) == {"competency", "level", "target", "critical"}
            assert gap["level"] is None or gap["level"] < gap["target"]


# -- team coverage --------------------------------------------------------------------------------


def test_team_coverage_counts_members_at_target(demo_db: Database) -> None:
    with demo_db.read_session() as session:
        unit = next(u for u in repo.load_units(session) if u.profile == "sociaal-team")
        members = repo.load_employees(session, unit=unit.name)
        levels = repo.load_current_levels(session)
        profile = repo.get_profile(session, "sociaal-team")
    report = engine_support.coverage(demo_db, unit.name)
    assert [c.profile for c in report.coverages] == ["sociaal-team"]
    coverage = report.coverages[0]
    assert len(coverage.members) == len(members)
    requirements = sorted(profile.requirements, key=lambda q: q.competency)
    for row, q in zip(coverage.competencies, requirements, strict=True):
        expected = [
            e.personnel_number
            for e in members
            if levels.get(e.personnel_number, {}).get(q.competency, 0) >= q.target
        ]
        assert list(row.reached_by) == expected
    assert set(coverage.uncovered) == {c.competency for c in coverage.competencies if not c.count}
    data = engine_json.coverage_json(report)
    assert set(data[0]) == {
        "unit", "profile", "members", "competencies", "uncovered", "single_cover"
    }
    other = engine_support.coverage(demo_db, unit.name, "faciliterend")
    assert [c.profile for c in other.coverages] == ["faciliterend"]


def test_team_coverage_without_a_team_profile_uses_the_relevant_ones(demo_db: Database) -> None:
    with demo_db.read_session() as session:
        unit = next(u for u in repo.load_units(session) if u.kind == "team" and u.profile is None)
    report = engine_support.coverage(demo_db, unit.name)
    assert {"strategisch", "aanbieders", "faciliterend"} <= {c.profile for c in report.coverages}


# -- a path for one person ------------------------------------------------------------------------


def _person_with(db: Database, *, chosen: bool) -> str:
    with db.read_session() as session:
        people = repo.load_employees(session)
        levels = repo.load_current_levels(session)
    for e in people:
        if (e.target_profile is not None) == chosen and levels.get(e.personnel_number):
            return e.personnel_number
    raise AssertionError("no such person in the demo")


def test_plan_defaults_to_the_chosen_profile_and_next_quarter(demo_db: Database) -> None:
    number = _person_with(demo_db, chosen=True)
    result = engine_support.plan(demo_db, number, today=dt.date(2026, 11, 27))
    assert result.path.profile == result.employee.target_profile
    assert all(item.quarter >= Quarter(2027, 1) for item in result.path.items)
    with demo_db.read_session() as session:
        levels = repo.load_current_levels(session).get(number, {})
        profile = repo.get_profile(session, result.path.profile)
        catalogue = repo.load_catalogue(session)
    best = optimal_path(levels, profile, catalogue)
    assert result.path.total_cost == best.cost
    assert result.path.gain == pytest.approx(best.gain)
    final = simulate(levels, [item.offer for item in result.path.items])
    assert objective(final, profile) == pytest.approx(result.path.objective_after)


def test_plan_without_a_chosen_profile_takes_the_best_fitting_one(demo_db: Database) -> None:
    number = _person_with(demo_db, chosen=False)
    result = engine_support.plan(demo_db, number, budget="1500", start="2028-K2")
    matches = [m.match for m in engine_support.match(demo_db, employee=number)]
    with demo_db.read_session() as session:
        levels = repo.load_current_levels(session).get(number, {})
        frameworks = {c.code: c.framework for c in repo.load_competencies(session).values()}
        profiles = {p.code: p for p in repo.load_profiles(session)}
    relevant = [
        m for m in matches if profiles[m.profile].framework in {frameworks[c] for c in levels}
    ]
    best = max(relevant, key=lambda m: (m.fit_pct, -m.weighted_gap))
    assert result.path.profile == best.profile
    assert result.path.total_cost <= Decimal(1500)
    assert all(item.quarter >= Quarter(2028, 2) for item in result.path.items)
    data = engine_json.plan_json(result)
    assert data["budget"] == 1500.0
    assert data["remaining_gaps"] == [
        {"competency": g.competency, "level": g.level, "target": g.target}
        for g in result.path.remaining
    ]


def test_plan_hour_cap_and_explicit_profile(demo_db: Database) -> None:
    number = _person_with(demo_db, chosen=True)
    result = engine_support.plan(
        demo_db, number, profile="faciliterend", hours_per_quarter=16, start="2027-K3"
    )
    assert result.path.profile == "faciliterend"
    per_quarter: Counter[Quarter] = Counter()
    counts: Counter[Quarter] = Counter()
    for item in result.path.items:
        per_quarter[item.quarter] += int(item.hours)
        counts[item.quarter] += 1
    assert all(h <= 16 or counts[q] == 1 for q, h in per_quarter.items())


def test_plan_rejects_bad_input(demo_db: Database) -> None:
    number = _numbers(demo_db)[0]
    with pytest.raises(UserError, match="negatief"):
        engine_support.plan(demo_db, number, budget="-5")
    with pytest.raises(UserError, match="bedrag"):
        engine_support.plan(demo_db, number, budget="veel")
    with pytest.raises(UserError, match="kwartaal"):
        engine_support.plan(demo_db, number, start="2027-Q1")
    with pytest.raises(UserError, match="uren per kwartaal"):
        engine_support.plan(demo_db, number, hours_per_quarter=0)
    with pytest.raises(NotFoundError):
        engine_support.plan(demo_db, "nobody")
    with pytest.raises(NotFoundError):
        engine_support.plan(demo_db, number, profile="astronaut")


def test_saving_a_plan_adds_a_concept_version(demo_db: Database) -> None:
    with demo_db.read_session() as session:
        number = session.scalars(
            select(r.EmployeeRecord.personnel_number)
            .join(r.DevelopmentPlanRecord)
            .where(r.EmployeeRecord.target_profile_id.is_not(None))
            .order_by(r.EmployeeRecord.id)
        ).first()
        assert number is not None
        old_plans = repo.load_plans(session, number)
    result = engine_support.plan(demo_db, number, save=True, today=dt.date(2026, 11, 27))
    assert result.saved_plan_id is not None
    with demo_db.read_session() as session:
        plans = repo.load_plans(session, number)
        record = session.get(r.DevelopmentPlanRecord, result.saved_plan_id)
        assert record is not None
        assert record.status == "concept"
        assert record.supersedes_id == old_plans[-1].id
        items = sorted(record.items, key=lambda i: (i.quarter, i.id))
        offer_codes = {o.id: o.code for o in session.scalars(select(r.TrainingOfferRecord))}
        hints = {o.code: o.funding_hint for o in session.scalars(select(r.TrainingOfferRecord))}
        assert [(offer_codes[i.offer_id] if i.offer_id else None) for i in items] == [
            item.offer.code for item in result.path.items
        ]
        assert all(i.funding == hints[offer_codes[i.offer_id]] for i in items if i.offer_id)
        assert all(i.title for i in items)
    # nothing overwritten: the earlier versions read exactly as before
    assert plans[: len(old_plans)] == old_plans
    assert plans[-1].id == result.saved_plan_id
    assert plans[-1].profile == result.path.profile
    assert result.saved_version == len(old_plans) + 1  # numbered per person, never the id


# -- the organisation -----------------------------------------------------------------------------


@pytest.mark.slow
def test_organisation_budget_on_1000_people_is_within_one_percent(demo_db_1000: Database) -> None:
    budget = Decimal(300_000)
    plan = engine_support.organisation(demo_db_1000, budget)
    assert len(plan.assignments) == 1000
    assert plan.solver == "highs"
    assert plan.spent <= budget
    bound = lp_bound([a.person for a in plan.assignments], budget)
    assert bound > 0
    assert plan.closed >= 0.99 * bound
    # each person's path is one of their candidates and really closes what it claims
    for a in plan.assignments[::25]:
        final = simulate(a.person.levels, a.candidate.offers)
        gain = objective(final, a.person.profile) - objective(a.person.levels, a.person.profile)
        assert gain == pytest.approx(a.candidate.gain)
    # chosen profile where set, else a profile of the person's own framework
    chosen = {a.person.personnel_number: a.person.profile.code for a in plan.assignments}
    with demo_db_1000.read_session() as session:
        for e in repo.load_employees(session)[::20]:
            if e.target_profile:
                assert chosen[e.personnel_number] == e.target_profile
    summary = plan.by_unit()
    assert sum(s.people for s in summary) == 1000
    assert sum(s.spent for s in summary) == plan.spent
    data = engine_json.organisation_json(plan)
    assert data["spent"] <= 300_000
    assert data["weighted_gap_closed"] == pytest.approx(plan.closed, abs=1e-3)


def test_organisation_respects_unit_budgets_and_unit_filter(demo_db: Database) -> None:
    with demo_db.read_session() as session:
        teams = [u.name for u in repo.load_units(session) if u.kind == "team"]
        members = {e.personnel_number for e in repo.load_employees(session, unit=teams[0])}
    caps = {teams[0]: Decimal(1000), teams[1]: Decimal(0)}
    plan = engine_support.organisation(demo_db, Decimal(40_000), unit_budgets=caps)
    spent: Counter[str] = Counter()
    for a in plan.assignments:
        spent[a.person.unit or ""] += int(a.candidate.cost)
    assert spent[teams[0]] <= 1000
    assert spent[teams[1]] == 0
    assert plan.spent <= 40_000
    only = engine_support.organisation(demo_db, Decimal(5000), unit=teams[0])
    assert {a.person.personnel_number for a in only.assignments} == members
    with pytest.raises(NotFoundError):
        engine_support.organisation(demo_db, Decimal(5000), unit_budgets={"Mars": Decimal(1)})
    with pytest.raises(UserError, match="negatief"):
        engine_support.organisation(demo_db, Decimal(-1))

