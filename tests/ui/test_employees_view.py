"""Medewerkers: search as you type, filters, sorting, and the detail pane of a person."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, QPoint, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtTest import QTest

from competentieplanner.domain.model import Readiness
from competentieplanner.persistence import repositories as repo
from competentieplanner.persistence.database import Database
from competentieplanner.persistence.registrations import load_registrations
from competentieplanner.ui.models.employees import COL_FIT, COL_NAME, COL_READINESS, ROW_ROLE
from competentieplanner.ui.views.employees import EmployeesPage
from tests import engine_support
from tests.ui.shell_support import make_context, wait_for_tasks


@pytest.fixture
def page(qtbot, demo_db: Database, tmp_path: Path) -> Iterator[EmployeesPage]:
    view = EmployeesPage(make_context(demo_db, tmp_path))
    qtbot.addWidget(view)
    view.resize(1280, 760)
    view.show()
    qtbot.waitUntil(lambda: view.loaded, timeout=20000)
    yield view
    wait_for_tasks(qtbot, view)  # nothing may still be running when the next test starts


def _plain(rich_text: str) -> str:
    """What the user reads in a rich-text label."""
    document = QTextDocument()
    document.setHtml(rich_text)
    return document.toPlainText()


def _shown_rows(page: EmployeesPage) -> list:
    return [page.proxy.index(r, 0).data(ROW_ROLE) for r in range(page.proxy.rowCount())]


def test_list_shows_every_employee_with_the_engines_fit(
    page: EmployeesPage, demo_db: Database
) -> None:
    assert page.model.rowCount() == 120
    assert page.count_label.text() == "120 van 120 medewerkers"
    # Cross-check one person against the engine's own match for the shown profile.
    row = next(r for r in page.model.rows() if r.target_profile)
    matches = engine_support.match(demo_db, employee=row.personnel_number, profile=row.profile)
    assert matches[0].match.fit_pct == row.fit_pct
    assert matches[0].match.readiness is row.readiness


def test_search_as_you_type_filters_rows(page: EmployeesPage, qtbot) -> None:
    target = page.model.row_at(17)
    term = target.name.split()[-1][:4].lower()
    QTest.keyClicks(page.filter_bar.search, term)
    rows = _shown_rows(page)
    assert target in rows and len(rows) < 120

    def searchable(r) -> str:
        return " ".join(
            (
                r.personnel_number,
                r.name,
                r.sort_name,
                r.unit,
                r.job_title,
                page.model.profile_name(r.profile),
            )
        ).lower()

    assert all(term in searchable(r) for r in rows)
    assert len(rows) == sum(term in searchable(r) for r in page.model.rows())
    assert page.count_label.text() == f"{len(rows)} van 120 medewerkers"
    page.filter_bar.search.clear()
    QTest.keyClicks(page.filter_bar.search, target.personnel_number)
    assert _shown_rows(page) == [target]
    QTest.keyClicks(page.filter_bar.search, "zzz")
    assert page.proxy.rowCount() == 0
    assert page.count_label.text() == "0 van 120 medewerkers"


def test_filters_by_unit_job_profile_and_readiness(page: EmployeesPage) -> None:
    bar = page.filter_bar
    unit_combo = bar.combos["unit"]
    unit_combo.setCurrentIndex(unit_combo.findText("Sociaal team Noord"))
    assert {r.unit for r in _shown_rows(page)} == {"Sociaal team Noord"}
    job = bar.combos["job_title"]
    job.setCurrentIndex(job.findText("Wmo-consulent"))
    rows = _shown_rows(page)
    assert rows and {(r.unit, r.job_title) for r in rows} == {
        ("Sociaal team Noord", "Wmo-consulent")
    }
    bar.clear()
    assert page.proxy.rowCount() == 120
    profile = bar.combos["profile"]
    profile.setCurrentIndex(profile.findData("strategisch"))
    rows = _shown_rows(page)
    assert rows and {r.profile for r in rows} == {"strategisch"}
    readiness = bar.combos["readiness"]
    readiness.setCurrentIndex(readiness.findData(Readiness.DEVELOPABLE.value))
    assert {r.readiness for r in _shown_rows(page)} <= {Readiness.DEVELOPABLE}
    expected = [
        r
        for r in page.model.rows()
        if r.profile == "strategisch" and r.readiness is Readiness.DEVELOPABLE
    ]
    assert page.proxy.rowCount() == len(expected)
    bar.reset_button.click()
    assert page.proxy.rowCount() == 120


def test_clicking_headers_sorts_in_the_model(page: EmployeesPage, qtbot) -> None:
    header = page.table.horizontalHeader()
    x = header.sectionViewportPosition(COL_FIT) + 5
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    assert header.sortIndicatorSection() == COL_FIT
    fits = [r.fit_pct for r in _shown_rows(page)]
    known = [f for f in fits if f is not None]
    assert known == sorted(known) or known == sorted(known, reverse=True)
    page.table.sortByColumn(COL_NAME, Qt.SortOrder.DescendingOrder)
    names = [r.sort_name.lower() for r in _shown_rows(page)]
    assert names == sorted(names, reverse=True)
    page.table.sortByColumn(COL_READINESS, Qt.SortOrder.AscendingOrder)
    order = [r.readiness for r in _shown_rows(page)]
    ranks = [list(Readiness).index(r) for r in order]
    assert ranks == sorted(ranks)


def test_selection_survives_sorting_and_filtering(page: EmployeesPage, qtbot) -> None:
    target = page.model.row_at(40)
    assert page.select_employee(target.personnel_number)
    page.table.sortByColumn(COL_FIT, Qt.SortOrder.DescendingOrder)
    assert page.selected_number() == target.personnel_number
    QTest.keyClicks(page.filter_bar.search, target.personnel_number[:3])
    assert page.selected_number() == target.personnel_number


def _open_person(page: EmployeesPage, qtbot, number: str) -> None:
    assert page.select_employee(number)
    qtbot.waitUntil(
        lambda: (
            page.detail.detail is not None
            and page.detail.detail.employee.personnel_number == number
        ),
        timeout=5000,
    )


def test_detail_of_an_advisor_shows_fit_bars_radar_gaps_history_and_plan(
    page: EmployeesPage, qtbot, demo_db: Database
) -> None:
    with demo_db.read_session() as session:
        plans_by = {
            e.personnel_number: repo.load_plans(session, e.personnel_number)
            for e in repo.load_employees(session)
            if e.target_profile in ("strategisch", "aanbieders", "faciliterend")
        }
    number = next(n for n, plans in plans_by.items() if plans and plans[-1].items)
    _open_person(page, qtbot, number)
    detail = page.detail
    data = detail.detail
    assert detail.name_label.text() == data.employee.name
    # One line per relevant profile, the chosen one first.
    fits = [detail.fit_model.fit_at(r) for r in range(detail.fit_model.rowCount())]
    assert fits[0].chosen and fits[0].profile.code == data.employee.target_profile
    assert {f.profile.code for f in fits} >= {"strategisch", "aanbieders", "faciliterend"}
    # Bars and radar follow the selected profile: one row per requirement, axis 0..4.
    chosen = fits[0]
    bars = detail.bars.rows()
    assert len(bars) == len(chosen.profile.requirements)
    assert {b.code for b in bars} == {q.competency for q in chosen.profile.requirements}
    for bar in bars:
        assert bar.current == data.levels.get(bar.code)
        assert bar.target == next(
            q.target for q in chosen.profile.requirements if q.competency == bar.code
        )
    assert [a.code for a in detail.radar.axes()] == [b.code for b in bars]
    # Picking another profile redraws them.
    detail.fit_table.selectRow(1)
    assert {b.code for b in detail.bars.rows()} == {
        q.competency for q in fits[1].profile.requirements
    }
    # Gaps name the next level's behavioural indicator.
    gap = fits[1].match.gaps[0]
    competency = data.competencies[gap.competency]
    indicator = competency.indicator((gap.level or 0) + 1)
    assert indicator and indicator in _plain(detail.gaps_label.text())
    # History: one column per assessment that scored these competencies, oldest first.
    history = detail.history_model
    assert history.columnCount() >= 1
    first = history.headerData(0, Qt.Orientation.Horizontal)
    assert first.split("\n")[1] in ("zelfbeoordeling", "teamleider", "vastgesteld")
    # The plan and its items.
    plan = plans_by[number][-1]
    assert detail.plan_model.rowCount() == len(plan.items)
    assert plan.items[0].title in detail.plan_model.index(0, 1).data()


def test_detail_lists_authorities_with_the_reason(page: EmployeesPage, qtbot) -> None:
    row = next(r for r in page.model.rows() if r.unit.startswith("Sociaal team"))
    _open_person(page, qtbot, row.personnel_number)
    data = page.detail.detail
    assert data.authorities
    text = _plain(page.detail.authorities_label.text())
    held = sum(1 for a in data.authorities if a.held)
    assert f"{held} van {len(data.authorities)} bevoegdheden" in text
    for status in data.authorities:
        assert status.authority.name in text


def test_plan_button_asks_to_open_the_plans_screen(page: EmployeesPage, qtbot) -> None:
    number = page.model.row_at(3).personnel_number
    _open_person(page, qtbot, number)
    with qtbot.waitSignal(page.context.signals.navigate, timeout=2000) as signal:
        qtbot.mouseClick(page.detail.plan_button, Qt.MouseButton.LeftButton)
    assert signal.args == ["plan", number]


def test_keyboard_moves_through_the_list_and_updates_the_detail(page: EmployeesPage, qtbot) -> None:
    page.table.setFocus()
    first = page.proxy.index(0, 0)
    page.table.selectionModel().setCurrentIndex(
        first,
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    qtbot.keyClick(page.table, Qt.Key.Key_Down)
    expected = page.proxy.index(1, 0).data(ROW_ROLE).personnel_number
    qtbot.waitUntil(
        lambda: (
            page.detail.detail is not None
            and page.detail.detail.employee.personnel_number == expected
        ),
        timeout=5000,
    )


def test_reload_after_a_change_keeps_the_person_open(page: EmployeesPage, qtbot) -> None:
    number = page.model.row_at(8).personnel_number
    _open_person(page, qtbot, number)
    page.reload()
    qtbot.waitUntil(lambda: page.loaded, timeout=20000)
    wait_for_tasks(qtbot, page)
    assert page.selected_number() == number
    assert page.detail.detail.employee.personnel_number == number


def test_empty_database_explains_how_to_start(qtbot, empty_db: Database, tmp_path: Path) -> None:
    view = EmployeesPage(make_context(empty_db, tmp_path))
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.loaded, timeout=10000)
    assert view.states.currentWidget() is view.empty
    assert "Importeren" in view.empty.text()


def test_only_the_newest_reload_is_shown(page: EmployeesPage, qtbot) -> None:
    first = page.load_task
    page.reload()
    page.reload()
    wait_for_tasks(qtbot, page)
    assert first is None or first.done
    assert page.loaded and page.model.rowCount() == 120


def test_prepare_interview_button_asks_for_the_conversation_screen(
    page: EmployeesPage, qtbot
) -> None:
    number = page.model.row_at(4).personnel_number
    _open_person(page, qtbot, number)
    with qtbot.waitSignal(page.context.signals.navigate, timeout=2000) as signal:
        qtbot.mouseClick(page.detail.interview_button, Qt.MouseButton.LeftButton)
    assert signal.args == ["interview", number]


def test_detail_lists_registrations_with_their_validity(
    page: EmployeesPage, qtbot, demo_db: Database
) -> None:
    with demo_db.read_session() as session:
        registrations = load_registrations(session)
    expired = next(
        r
        for r in registrations
        if r.kind == "meldcode" and r.valid_until and r.valid_until < dt.date.today()
    )
    _open_person(page, qtbot, expired.personnel_number)
    text = _plain(page.detail.registrations_label.text())
    assert f"verlopen op {expired.valid_until:%d-%m-%Y}" in text
    assert expired.number in text
    # the authorities that need it are not held, and say why
    assert "ontbreekt of is verlopen" in _plain(page.detail.authorities_label.text())
