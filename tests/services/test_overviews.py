"""The read services behind Overzicht, Medewerkers, Teams and the start-up checks, checked
against the engine and against independent queries on the demo municipality."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import func, insert, select

from competentieplanner.domain.errors import NotFoundError
from competentieplanner.domain.model import Readiness
from competentieplanner.persistence import records as r
from competentieplanner.persistence import repositories as repo
from competentieplanner.persistence.database import Database
from competentieplanner.services import import_kind, workspace
from competentieplanner.services.organisation_overview import default_year, organisation_overview
from competentieplanner.services.staff_overview import employee_detail, staff_list
from competentieplanner.services.team_overview import (
    default_profile,
    list_teams,
    team_heatmap,
    team_risks,
)
from tests import engine_support
from tests.unit_of_work_support import call

FUTURES = ("strategisch", "aanbieders", "faciliterend")


def test_staff_list_agrees_with_the_engine(demo_db: Database) -> None:
    staff = call(demo_db, staff_list)
    assert len(staff.rows) == 120
    by_person: dict[str, dict[str, object]] = {}
    for m in engine_support.match(demo_db):
        by_person.setdefault(m.employee.personnel_number, {})[m.match.profile] = m.match
    for row in staff.rows:
        if row.profile is None:
            assert row.fit_pct is None and row.readiness is Readiness.INSUFFICIENT_DATA
            continue
        match = by_person[row.personnel_number][row.profile]
        assert (row.fit_pct, row.coverage_pct, row.readiness) == (
            match.fit_pct,
            match.coverage_pct,
            match.readiness,
        )
        if row.target_profile:
            assert row.profile == row.target_profile


def test_staff_list_shows_the_best_relevant_profile_when_none_is_chosen(demo_db: Database) -> None:
    staff = call(demo_db, staff_list)
    row = next(r for r in staff.rows if not r.target_profile and r.profile in FUTURES)
    detail = call(demo_db, employee_detail, row.personnel_number)
    fits = sorted(detail.fits, key=lambda f: (-f.match.fit_pct, f.profile.code))
    assert row.profile == fits[0].profile.code


def test_detail_of_a_person(demo_db: Database) -> None:
    with demo_db.read_session() as session:
        person = next(e for e in repo.load_employees(session) if e.target_profile in FUTURES)
        assessments = repo.load_assessments(session, person.personnel_number)
        plans = repo.load_plans(session, person.personnel_number)
    detail = call(demo_db, employee_detail, person.personnel_number)
    assert detail.employee == person
    assert detail.fits[0].chosen and detail.fits[0].profile.code == person.target_profile
    assert {f.profile.code for f in detail.fits} >= set(FUTURES)
    assert [a.id for a in detail.assessments] == [a.id for a in assessments]
    assert detail.plan == (plans[-1] if plans else None)
    assert detail.scale.maximum == 4
    assert {c.code for c in detail.framework_competencies} >= {
        q.competency for q in detail.fits[0].profile.requirements
    }


def test_authorities_follow_levels_and_completed_training(demo_db: Database) -> None:
    staff = call(demo_db, staff_list)
    row = next(r for r in staff.rows if r.unit.startswith("Sociaal team"))
    detail = call(demo_db, employee_detail, row.personnel_number)
    with demo_db.read_session() as session:
        plans = repo.load_plans(session, row.personnel_number)
    completed = {
        i.offer for plan in plans for i in plan.items if i.offer and i.status.value == "afgerond"
    }
    assert detail.authorities
    for status in detail.authorities:
        authority = status.authority
        level_ok = True
        if authority.competency and authority.min_level:
            level = detail.levels.get(authority.competency)
            level_ok = level is not None and level >= authority.min_level
        offer_ok = authority.required_offer is None or authority.required_offer in completed
        assert status.held == (level_ok and offer_ok), status
        assert status.reason


def test_unknown_person_is_a_dutch_not_found(demo_db: Database) -> None:
    with pytest.raises(NotFoundError, match="personeelsnummer 'X-1'"):
        call(demo_db, employee_detail, "X-1")


def test_heatmap_coverage_equals_the_engine(demo_db: Database) -> None:
    for team in ("Sociaal team Noord", "Contractmanagement en Inkoop"):
        heatmap = call(demo_db, team_heatmap, team)
        report = engine_support.coverage(demo_db, team)
        assert heatmap.profile.code == report.coverages[0].profile
        assert [(c.competency, c.reached_by) for c in heatmap.coverage.competencies] == [
            (c.competency, c.reached_by) for c in report.coverages[0].competencies
        ]
        assert {m.personnel_number for m in heatmap.members} == {
            m.personnel_number for m in report.members
        }


def test_team_without_profile_uses_the_most_chosen_profile(demo_db: Database) -> None:
    with demo_db.read_session() as session:
        members = repo.load_employees(session, unit="Beleid Sociaal Domein")
    chosen = Counter(m.target_profile for m in members if m.target_profile)
    top = max(chosen.values())
    assert call(demo_db, default_profile, "Beleid Sociaal Domein") == min(
        code for code, n in chosen.items() if n == top
    )
    with pytest.raises(NotFoundError, match="bestaat niet"):
        call(demo_db, team_heatmap, "Geen Team")


def test_teams_and_risks(demo_db: Database) -> None:
    teams = {t.name: t for t in call(demo_db, list_teams)}
    assert sum(t.members for t in teams.values()) == 120
    risks = call(demo_db, team_risks)
    assert set(risks) == {name for name, t in teams.items() if t.profile and t.members}
    for risk in risks.values():
        report = engine_support.coverage(demo_db, risk.unit)
        coverage = report.coverages[0]
        assert risk.uncovered == coverage.uncovered and risk.single == coverage.single_cover


def test_overview_counts_and_budget(demo_db: Database) -> None:
    overview = call(demo_db, organisation_overview, 2026)
    assert overview.employees == 120
    with demo_db.read_session() as session:
        with_plan = session.scalar(
            select(func.count(func.distinct(r.DevelopmentPlanRecord.employee_id)))
        )
        budgets = {b.unit: b.amount for b in repo.load_budgets(session, year=2026)}
    assert overview.with_plan == with_plan
    assert overview.budget_years == (2026, 2027)
    for row in overview.budgets:
        assert row.available == budgets.get(row.unit)
    assert overview.total_available == sum(budgets.values(), Decimal("0"))
    chosen = Counter(r.target_profile for r in call(demo_db, staff_list).rows if r.target_profile)
    for item in overview.readiness:
        assert item.chosen == chosen.get(item.profile.code, 0)
    ready = sum(
        1
        for row in call(demo_db, staff_list).rows
        if row.target_profile and row.readiness is Readiness.READY
    )
    assert overview.ready_for_chosen == ready


def test_a_new_plan_item_shows_in_the_planned_budget(demo_db: Database) -> None:
    before = {b.unit: b.planned for b in call(demo_db, organisation_overview, 2027).budgets}
    with demo_db.read_session() as session:
        person = repo.load_employees(session, unit="Sociaal team Zuid")[0]
        emp_id = repo.employee_id(session, person.personnel_number)
    with demo_db.engine.begin() as conn:
        plan_id = (conn.scalar(select(func.max(r.DevelopmentPlanRecord.id))) or 0) + 1
        conn.execute(
            insert(r.DevelopmentPlanRecord.__table__).values(
                id=plan_id,
                employee_id=emp_id,
                profile_id=None,
                created_on=dt.date(2026, 12, 1),
                status="concept",
                version=1,
            )
        )
        conn.execute(
            insert(r.PlanItemRecord.__table__).values(
                plan_id=plan_id,
                title="Meldcode",
                quarter="2027-K2",
                status="gepland",
                hours=6,
                cost=Decimal("150"),
                funding="werkgever",
                repayment_clause=False,
                notes="",
                version=1,
            )
        )
        conn.execute(
            insert(r.PlanItemRecord.__table__).values(
                plan_id=plan_id,
                title="Loopbaancoaching",
                quarter="2027-K3",
                status="gepland",
                hours=9,
                cost=Decimal("1200"),
                funding="ikb",
                repayment_clause=False,
                notes="",
                version=1,
            )
        )
    after = {b.unit: b for b in call(demo_db, organisation_overview, 2027).budgets}
    # The person's new plan replaces their old one (if any) for the year's sums.
    old_items = 0
    with demo_db.read_session() as session:
        plans = repo.load_plans(session, person.personnel_number)
    if len(plans) > 1:
        old_items = sum(
            i.cost
            for i in plans[-2].items
            if str(i.quarter).startswith("2027")
            and i.funding.value == "werkgever"
            and i.status.value != "vervallen"
        )
    assert (
        after["Sociaal team Zuid"].planned == before.get("Sociaal team Zuid", 0) - old_items + 150
    )
    assert after["Sociaal team Zuid"].other_funding >= Decimal("1200")


def test_default_budget_year() -> None:
    today = dt.date(2026, 11, 27)
    assert default_year((2026, 2027), today) == 2026
    assert default_year((2027, 2028), today) == 2027
    assert default_year((2020, 2021), today) == 2021
    assert default_year((), today) == 2026


def test_database_summary_and_choices(demo_db: Database, empty_db: Database) -> None:
    summary = call(demo_db, workspace.database_summary)
    assert (summary.employees, summary.is_empty) == (120, False)
    assert summary.latest_assessment is not None
    assert call(empty_db, workspace.database_summary).is_empty
    choices = call(demo_db, workspace.export_choices)
    assert len(choices.employees) == 120
    assert "Sociaal Domein" in choices.units  # the department above the teams
    assert {code for code, _ in choices.frameworks} == {"beleidsadviseur", "sociaal-team"}


def _book(path: Path, sheets: list[str]) -> Path:
    book = Workbook()
    book.active.title = sheets[0]
    for name in sheets[1:]:
        book.create_sheet(name)
    book.save(path)
    return path


def test_import_kind_of_a_dropped_file(tmp_path: Path) -> None:
    assert import_kind.detect_import_kind(_book(tmp_path / "a.xlsx", ["Personeel"])) == "staff"
    assert (
        import_kind.detect_import_kind(_book(tmp_path / "b.xlsx", ["Beoordeling", "Indicatoren"]))
        == "assessments"
    )
    assert (
        import_kind.detect_import_kind(_book(tmp_path / "c.xlsx", ["Toelichting", "Opleidingen"]))
        == "catalogue"
    )
    # "Beoordeling" only counts as the first sheet.
    assert (
        import_kind.detect_import_kind(_book(tmp_path / "d.xlsx", ["X", "Beoordeling"])) == "staff"
    )
    csv = tmp_path / "e.csv"
    csv.write_text("personeelsnummer;achternaam\n1;Jansen\n", encoding="utf-8")
    assert import_kind.detect_import_kind(csv) == "staff"
    broken = tmp_path / "f.xlsx"
    broken.write_bytes(b"geen zip")
    assert import_kind.sheet_names(broken) == []
    assert import_kind.detect_import_kind(broken) == "staff"
    assert import_kind.is_importable(tmp_path / "g.XLSX")
    assert not import_kind.is_importable(tmp_path / "h.pdf")
