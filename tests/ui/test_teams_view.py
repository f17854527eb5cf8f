"""Teams: the heatmap against the team profile, coverage row, indicators and continuity risks."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from sqlalchemy import func, insert, select

from competentieplanner.persistence import records as r
from competentieplanner.persistence.database import Database
from competentieplanner.ui import theme
from competentieplanner.ui.models.heatmap import COVERAGE_ROW_ROLE, LEVEL_ROLE, RISK_MARK
from competentieplanner.ui.views.teams import TeamsPage
from tests import engine_support
from tests.ui.shell_support import make_context, wait_for_tasks

TEAM = "Sociaal team Noord"


@pytest.fixture
def page(qtbot, demo_db: Database, tmp_path: Path) -> Iterator[TeamsPage]:
    view = TeamsPage(make_context(demo_db, tmp_path))
    qtbot.addWidget(view)
    view.resize(1280, 760)
    view.show()
    qtbot.waitUntil(lambda: view.loaded and view.heatmap_loaded, timeout=20000)
    yield view
    wait_for_tasks(qtbot, view)  # nothing may still be running when the next test starts


def _show_team(page: TeamsPage, qtbot, unit: str) -> None:
    assert page.select_team(unit)
    qtbot.waitUntil(
        lambda: (
            page.heatmap_loaded
            and page.heatmap_model.heatmap is not None
            and page.heatmap_model.heatmap.unit == unit
        ),
        timeout=10000,
    )


def test_heatmap_rows_are_members_plus_coverage_and_match_the_engine(page, qtbot, demo_db) -> None:
    _show_team(page, qtbot, TEAM)
    model = page.heatmap_model
    heatmap = model.heatmap
    assert heatmap.profile.code == "sociaal-team"  # the team's own profile
    assert model.rowCount() == len(heatmap.members) + 1
    assert model.competency_count() == len(heatmap.profile.requirements)
    assert model.columnCount() == model.competency_count() + 1  # and the registrations
    report = engine_support.coverage(demo_db, TEAM)
    expected = {c.competency: c.count for c in report.coverages[0].competencies}
    coverage_row = model.rowCount() - 1
    for column in range(model.competency_count()):
        index = model.index(coverage_row, column)
        assert index.data(COVERAGE_ROW_ROLE) is True
        code = (
            model.headerData(column, Qt.Orientation.Horizontal)
            .split("\n")[0]
            .lstrip(f"{RISK_MARK} ")
        )
        assert index.data(LEVEL_ROLE) == expected[code]
    assert (
        "Sociaal team Noord: " in page.profile_hint.text()
        and "(teamprofiel)" in page.profile_hint.text()
    )


def test_cells_are_coloured_by_distance_to_the_target(page, qtbot) -> None:
    _show_team(page, qtbot, TEAM)
    model = page.heatmap_model
    seen = set()
    for row in range(model.member_count()):
        for column in range(model.competency_count()):
            index = model.index(row, column)
            level = index.data(LEVEL_ROLE)
            target = int(model.headerData(column, Qt.Orientation.Horizontal).split("doel ")[1])
            expected = theme.gap_colors(level, target)
            assert index.data(Qt.ItemDataRole.BackgroundRole) == expected.background
            assert index.data() == ("?" if level is None else str(level))
            seen.add("unknown" if level is None else min(2, max(0, target - level)))
    assert len(seen) >= 3  # the demo has met, one-below and far-below cells


def test_selecting_a_cell_shows_the_indicator_of_that_level(page, qtbot) -> None:
    _show_team(page, qtbot, TEAM)
    model = page.heatmap_model
    heatmap = model.heatmap
    row, column = next(
        (r_, c_)
        for r_ in range(model.member_count())
        for c_ in range(model.competency_count())
        if model.index(r_, c_).data(LEVEL_ROLE) is not None
    )
    level = model.index(row, column).data(LEVEL_ROLE)
    competency = heatmap.competencies[column]
    page.table.setFocus()
    page.select_cell(row, column)
    assert heatmap.members[row].name in page.cell_title.text()
    assert competency.indicator(level) in page.cell_text.text()
    # The arrow key moves to the next competency, and the explanation follows.
    qtbot.keyClick(page.table, Qt.Key.Key_Right)
    assert heatmap.competencies[column + 1].code in page.cell_title.text()
    # Hovering gives the same text as a tooltip.
    assert competency.indicator(level) in model.index(row, column).data(Qt.ItemDataRole.ToolTipRole)


def test_measuring_against_another_profile_marks_uncovered_competencies(page, qtbot) -> None:
    _show_team(page, qtbot, TEAM)
    combo = page.profile_combo
    combo.setCurrentIndex(combo.findData("strategisch"))
    combo.activated.emit(combo.currentIndex())
    qtbot.waitUntil(
        lambda: page.heatmap_loaded and page.heatmap_model.heatmap.profile.code == "strategisch",
        timeout=10000,
    )
    model = page.heatmap_model
    # Social-team staff are not scored on the advisor framework: nobody covers anything.
    assert model.risk_columns() == list(range(model.competency_count()))
    assert model.headerData(0, Qt.Orientation.Horizontal).startswith(RISK_MARK)
    last = model.rowCount() - 1
    assert model.index(last, 0).data() == f"{RISK_MARK} 0"
    assert "Niet gedekt:" in page.risk_label.text()


def _lower_all_but_one(db: Database, unit: str, competency: str) -> str:
    """Record a newer lead assessment for every member but one who reaches the target, one level
    below it: afterwards exactly one member covers the competency. Returns the one left."""
    report = engine_support.coverage(db, unit)
    coverage = next(c for c in report.coverages[0].competencies if c.competency == competency)
    assert coverage.count >= 2
    keep, lower = coverage.reached_by[0], coverage.reached_by[1:]
    with db.engine.begin() as conn:
        comp_id = conn.scalar(
            select(r.CompetencyRecord.id).where(r.CompetencyRecord.code == competency)
        )
        next_id = (conn.scalar(select(func.max(r.AssessmentRecord.id))) or 0) + 1
        for offset, number in enumerate(lower):
            emp_id = conn.scalar(
                select(r.EmployeeRecord.id).where(r.EmployeeRecord.personnel_number == number)
            )
            conn.execute(
                insert(r.AssessmentRecord.__table__).values(
                    id=next_id + offset,
                    employee_id=emp_id,
                    assessed_on=dt.date(2026, 11, 20),
                    kind="lead",
                    assessor="teamleider",
                    notes="",
                    created_at=dt.datetime(2026, 11, 20, 9, 0),
                )
            )
            conn.execute(
                insert(r.AssessmentScoreRecord.__table__).values(
                    assessment_id=next_id + offset,
                    competency_id=comp_id,
                    level=coverage.target - 1,
                    evidence="",
                )
            )
    return keep


def test_a_competency_held_by_one_person_is_a_marked_continuity_risk(page, qtbot, demo_db) -> None:
    keep = _lower_all_but_one(demo_db, TEAM, "ST01")
    page.reload()
    qtbot.waitUntil(lambda: page.loaded, timeout=10000)
    wait_for_tasks(qtbot, page)
    _show_team(page, qtbot, TEAM)
    model = page.heatmap_model
    column = [c.code for c in model.heatmap.competencies].index("ST01")
    assert column in model.risk_columns()
    assert model.headerData(column, Qt.Orientation.Horizontal).startswith(f"{RISK_MARK} ST01")
    coverage = model.index(model.rowCount() - 1, column)
    assert coverage.data() == f"{RISK_MARK} 1"
    assert coverage.data(Qt.ItemDataRole.BackgroundRole) == theme.coverage_colors(1).background
    keeper = next(m.name for m in model.heatmap.members if m.personnel_number == keep)
    assert keeper in coverage.data(Qt.ItemDataRole.ToolTipRole)
    assert "Eén persoon:" in page.risk_label.text() and keeper in page.risk_label.text()
    # The team list carries the warning too.
    row = page.team_model.row_of(TEAM)
    assert RISK_MARK in page.team_model.index(row).data()


def test_team_without_profile_is_measured_against_the_most_chosen_one(page, qtbot) -> None:
    _show_team(page, qtbot, "Beleid Sociaal Domein")
    heatmap = page.heatmap_model.heatmap
    chosen = [m.target_profile for m in heatmap.members if m.target_profile]
    assert heatmap.profile.code == max(sorted(set(chosen)), key=chosen.count)
    assert page.profile_combo.currentData() == heatmap.profile.code
    assert "(teamprofiel)" not in page.profile_hint.text()


def test_navigate_opens_a_team(page, qtbot) -> None:
    page.open_item("team", "Sociaal team Zuid")
    qtbot.waitUntil(lambda: page.heatmap_model.heatmap.unit == "Sociaal team Zuid", timeout=10000)
    assert page.current_unit() == "Sociaal team Zuid"
    assert page.team_list.currentIndex() != QModelIndex()


def test_a_chosen_profile_survives_a_reload(page, qtbot) -> None:
    _show_team(page, qtbot, TEAM)
    combo = page.profile_combo
    combo.setCurrentIndex(combo.findData("faciliterend"))
    combo.activated.emit(combo.currentIndex())
    qtbot.waitUntil(
        lambda: page.heatmap_model.heatmap.profile.code == "faciliterend", timeout=10000
    )
    page.reload()  # what a data_changed elsewhere triggers
    qtbot.waitUntil(lambda: page.loaded, timeout=10000)
    wait_for_tasks(qtbot, page)
    assert page.current_unit() == TEAM
    assert page.heatmap_model.heatmap.profile.code == "faciliterend"
    assert combo.currentData() == "faciliterend"


def test_typing_in_the_team_search_narrows_the_list(page, qtbot) -> None:
    qtbot.keyClicks(page.team_search, "zuid")
    shown = [page.team_proxy.index(r, 0).data() for r in range(page.team_proxy.rowCount())]
    assert shown and all("zuid" in text.lower() for text in shown)
    assert page.team_proxy.rowCount() < page.team_model.rowCount()
    # Opening a team hidden by the search clears the search.
    assert page.select_team("Sociaal team Noord")
    assert page.team_search.text() == ""
    assert page.current_unit() == "Sociaal team Noord"
    wait_for_tasks(qtbot, page)


def test_the_last_column_shows_registrations_and_what_has_expired(page, qtbot, demo_db) -> None:
    with demo_db.unit_of_work() as uow:
        session = uow.session
        member_ids = (
            select(r.EmployeeRecord.id)
            .join(r.OrgUnitRecord, r.EmployeeRecord.unit_id == r.OrgUnitRecord.id)
            .where(r.OrgUnitRecord.name == TEAM)
        )
        registration = session.scalars(
            select(r.RegistrationRecord).where(r.RegistrationRecord.employee_id.in_(member_ids))
        ).first()
        assert registration is not None, "the demo gives youth professionals registrations"
        registration.issued_on = dt.date(2017, 2, 1)
        registration.valid_until = dt.date(2020, 1, 31)
        lapsed_number = session.get(r.EmployeeRecord, registration.employee_id).personnel_number
        kind = session.get(r.RegistrationKindRecord, registration.kind_id)
        kind_code, kind_name = kind.code, kind.name
    page.reload()  # the change was made behind the screen's back
    wait_for_tasks(qtbot, page)
    _show_team(page, qtbot, TEAM)
    model = page.heatmap_model
    column = model.columnCount() - 1
    assert model.is_registration_column(column)
    assert model.headerData(column, Qt.Orientation.Horizontal) == "Registraties"
    row = next(
        i for i, m in enumerate(model.heatmap.members) if m.personnel_number == lapsed_number
    )
    lapsed_name = model.heatmap.members[row].name
    cell = model.index(row, column)
    assert f"{kind_code} ✗" in cell.data()
    tip = cell.data(Qt.ItemDataRole.ToolTipRole)
    assert kind_name in tip and "verlopen op 31-01-2020" in tip
    assert cell.data(Qt.ItemDataRole.BackgroundRole) == theme.coverage_colors(0).background
    without = [
        i
        for i, m in enumerate(model.heatmap.members)
        if not model.heatmap.registrations.get(m.personnel_number)
    ]
    assert without and model.index(without[0], column).data() == "—"
    coverage = model.index(model.rowCount() - 1, column)
    expired = sum(1 for m in model.heatmap.members if model.heatmap.expired(m.personnel_number))
    assert expired >= 1 and coverage.data() == f"{expired} verlopen"
    assert lapsed_name in coverage.data(Qt.ItemDataRole.ToolTipRole)
    # the cell explanation beside the heatmap follows the selection here too
    page.select_cell(row, column)
    assert "verlopen op" in page.cell_text.text() or "verlopen op" in page.cell_title.text()
