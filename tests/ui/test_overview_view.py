"""Overzicht: readiness per profile, teams with continuity risks, budget planned vs available."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select, update

from competentieplanner.domain.model import Readiness
from competentieplanner.persistence import analysis_queries
from competentieplanner.persistence import records as r
from competentieplanner.persistence.database import Database
from competentieplanner.ui.views.overview import OverviewPage
from tests import engine_support
from tests.ui.shell_support import make_context, wait_for_tasks


@pytest.fixture
def page(qtbot, demo_db: Database, tmp_path: Path) -> Iterator[OverviewPage]:
    view = OverviewPage(make_context(demo_db, tmp_path))
    qtbot.addWidget(view)
    view.resize(1280, 760)
    view.show()
    qtbot.waitUntil(lambda: view.loaded, timeout=20000)
    yield view
    wait_for_tasks(qtbot, view)  # nothing may still be running when the next test starts


def test_readiness_bars_count_people_for_whom_each_profile_is_relevant(page, demo_db) -> None:
    rows = {row.label: dict(row.counts) for row in page.readiness_bars.rows()}
    matches = engine_support.match(demo_db)
    with demo_db.read_session() as session:
        owner = dict(
            session.execute(
                select(r.CompetencyRecord.code, r.FrameworkRecord.code).join(r.FrameworkRecord)
            ).all()
        )
        profile_framework = dict(
            session.execute(
                select(r.ProfileRecord.code, r.FrameworkRecord.code).join(r.FrameworkRecord)
            ).all()
        )
        names = dict(session.execute(select(r.ProfileRecord.code, r.ProfileRecord.name)).all())
    levels_by = {}
    with demo_db.read_session() as session:
        levels_by = analysis_queries.current_levels(session)
    expected: dict[str, Counter] = {code: Counter() for code in names}
    for m in matches:
        scored = {owner[c] for c in levels_by.get(m.employee.personnel_number, {})}
        relevant = (
            profile_framework[m.match.profile] in scored
            or m.employee.target_profile == m.match.profile
        )
        if relevant:
            expected[m.match.profile][m.match.readiness] += 1
    for code, name in names.items():
        assert rows[name] == {k: expected[code].get(k, 0) for k in Readiness}
    assert page.figure_staff.value.text() == "120"


def test_budget_table_matches_the_plans_of_the_year(page, demo_db) -> None:
    overview = page.overview
    year = overview.year
    assert page.budget_header.text() == f"Opleidingsbudget {year}"
    # Independent sum: employer-paid, not cancelled items of each person's latest plan.
    with demo_db.read_session() as session:
        latest = {}
        for emp, plan in session.execute(
            select(r.DevelopmentPlanRecord.employee_id, r.DevelopmentPlanRecord.id).order_by(
                r.DevelopmentPlanRecord.created_on, r.DevelopmentPlanRecord.id
            )
        ).all():
            latest[emp] = plan
        planned: Counter = Counter()
        for unit, plan, quarter, funding, cost, status in session.execute(
            select(
                r.OrgUnitRecord.name,
                r.PlanItemRecord.plan_id,
                r.PlanItemRecord.quarter,
                r.PlanItemRecord.funding,
                r.PlanItemRecord.cost,
                r.PlanItemRecord.status,
            )
            .join(r.DevelopmentPlanRecord, r.PlanItemRecord.plan_id == r.DevelopmentPlanRecord.id)
            .join(r.EmployeeRecord, r.DevelopmentPlanRecord.employee_id == r.EmployeeRecord.id)
            .join(r.OrgUnitRecord, r.EmployeeRecord.unit_id == r.OrgUnitRecord.id)
        ).all():
            if (
                plan in latest.values()
                and quarter.startswith(str(year))
                and funding == "werkgever"
                and status != "vervallen"
            ):
                planned[unit] += Decimal(cost)
    model = page.budget_model
    shown = {model.index(i, 0).data(): model.index(i, 2).data() for i in range(model.rowCount())}
    for unit, amount in planned.items():
        assert shown[unit] == f"€ {int(amount.quantize(Decimal('1'))):,}".replace(",", ".")


def test_choosing_another_budget_year_recomputes(page, qtbot) -> None:
    combo = page.year_combo
    years = [combo.itemData(i) for i in range(combo.count())]
    assert 2026 in years and 2027 in years
    combo.setCurrentIndex(years.index(2027))
    combo.activated.emit(combo.currentIndex())
    qtbot.waitUntil(lambda: page.loaded and page.overview.year == 2027, timeout=10000)
    assert page.budget_header.text() == "Opleidingsbudget 2027"
    assert "2027" in page.figure_budget.caption.text()


def test_team_with_risks_is_listed_and_opens_the_heatmap(page, qtbot, demo_db) -> None:
    # The demo leans on one person in Noord (ST07) and on nobody in Oost (ST13).
    model = page.risk_model
    before = {model.index(row, 0).data() for row in range(model.rowCount())}
    assert before == {"Sociaal team Noord", "Sociaal team Oost"}
    assert page.figure_risks.value.text().startswith("2 / ")
    # HR decides Sociaal team Zuid is measured against the strategic profile: nobody in the
    # team is scored on those competencies, so each of them is uncovered.
    with demo_db.engine.begin() as conn:
        profile_id = conn.scalar(
            select(r.ProfileRecord.id).where(r.ProfileRecord.code == "strategisch")
        )
        conn.execute(
            update(r.OrgUnitRecord)
            .where(r.OrgUnitRecord.name == "Sociaal team Zuid")
            .values(profile_id=profile_id)
        )
    page.reload()
    qtbot.waitUntil(lambda: page.loaded, timeout=10000)
    wait_for_tasks(qtbot, page)
    model = page.risk_model
    assert model.rowCount() == 3
    row = next(row for row in range(3) if model.index(row, 0).data() == "Sociaal team Zuid")
    assert model.index(row, 1).data().startswith("BA01")
    assert page.figure_risks.value.text().startswith("3 / ")
    with qtbot.waitSignal(page.context.signals.navigate, timeout=2000) as signal:
        page.risk_table.setFocus()
        page.risk_table.setCurrentIndex(model.index(row, 0))
        qtbot.keyClick(page.risk_table, Qt.Key.Key_Return)
    assert signal.args == ["team", "Sociaal team Zuid"]


def test_empty_database_explains_what_to_do(qtbot, empty_db: Database, tmp_path: Path) -> None:
    view = OverviewPage(make_context(empty_db, tmp_path))
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.loaded, timeout=10000)
    assert view.states.currentWidget() is view.empty
    assert "demogemeente" in view.empty.text()


def test_a_quarter_over_its_budget_is_marked_though_the_year_is_not(
    qtbot, demo_db: Database, tmp_path: Path
) -> None:
    from competentieplanner.services import organisation_overview, unit_budgets
    from competentieplanner.ui import theme
    from tests.unit_of_work_support import call

    planned = call(demo_db, organisation_overview.planned_per_quarter, 2027)
    unit, spent = next((u, q) for u, q in sorted(planned.items()) if any(q))
    busy = next(i for i, amount in enumerate(spent) if amount > 0) + 1
    _, versions = call(demo_db, unit_budgets.stored_periods, unit, 2027)
    # the quarter with plans gets € 1, the others enough for the whole year
    amounts = {q: Decimal("1") if q == busy else sum(spent) * 2 for q in (1, 2, 3, 4)}
    call(demo_db, unit_budgets.replace_periods, unit, 2027, amounts, versions)
    view = OverviewPage(make_context(demo_db, tmp_path))
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.loaded, timeout=20000)
    combo = view.year_combo
    combo.setCurrentIndex(combo.findData(2027))
    combo.activated.emit(combo.currentIndex())
    qtbot.waitUntil(lambda: view.loaded and view.overview.year == 2027, timeout=10000)
    model = view.budget_model
    row = next(i for i in range(model.rowCount()) if model.index(i, 0).data() == unit)
    tip = model.index(row, 4).data(Qt.ItemDataRole.ToolTipRole)
    assert f"K{busy}:" in tip and "meer dan het kwartaalbudget" in tip
    assert tip.count("meer dan het kwartaalbudget") == 1
    red = theme.coverage_colors(0).background
    assert model.index(row, 4).data(Qt.ItemDataRole.BackgroundRole) == red
    wait_for_tasks(qtbot, view)
