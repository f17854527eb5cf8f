"""The controllers of Overzicht, Teams, Medewerkers and Rapportages, driven directly on the demo
database without their screens: what they read, which answers they drop, what they emit."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QWidget
from sqlalchemy import text

from competentieplanner.persistence import repositories as repo
from competentieplanner.persistence.database import Database
from competentieplanner.ui.context import AppContext
from competentieplanner.ui.controllers.employees import (
    EmployeesController,
    StaffFilter,
    filter_options,
)
from competentieplanner.ui.controllers.overview import OverviewController
from competentieplanner.ui.controllers.reports import ReportsController
from competentieplanner.ui.controllers.teams import TeamsController
from tests import pdf_reading
from tests.ui.shell_support import make_context, wait_for_tasks

TEAM = "Sociaal team Noord"


@pytest.fixture
def context(qtbot, demo_db: Database, tmp_path: Path) -> Iterator[AppContext]:
    context = make_context(demo_db, tmp_path)
    yield context
    wait_for_tasks(qtbot, context)  # nothing may still be running when the next test starts


@pytest.fixture
def owner(qtbot) -> QWidget:
    """The controllers' parent: a widget that is never shown (no screen is built)."""
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def _record(signal: Any) -> list[tuple[Any, ...]]:
    emitted: list[tuple[Any, ...]] = []
    signal.connect(lambda *args: emitted.append(args))
    return emitted


def _staff(demo_db: Database) -> dict[str, str]:
    with demo_db.unit_of_work() as uow:
        return {e.personnel_number: e.name for e in repo.load_employees(uow.session)}


# -- Overzicht ---------------------------------------------------------------------------------
def test_overview_reads_the_organisation_and_drops_an_overtaken_year(
    qtbot, context: AppContext, owner: QWidget
) -> None:
    controller = OverviewController(context, owner)
    started, arrived = _record(controller.loading), _record(controller.overview_loaded)
    controller.reload()
    qtbot.waitUntil(lambda: controller.loaded, timeout=20_000)
    assert len(started) == 1 and len(arrived) == 1
    overview = controller.overview
    assert overview is not None and overview.employees == 120
    assert overview.year in controller.years()
    assert controller.years() == sorted(set(overview.budget_years) | {overview.year})

    other = overview.year - 1
    controller.choose_year(other)
    controller.choose_year(overview.year)  # overtakes the load for `other`
    wait_for_tasks(qtbot, context)
    assert [args[0].year for args in arrived[1:]] == [overview.year]
    assert controller.year == overview.year and controller.overview.year == overview.year


def test_overview_opens_a_team_on_the_teams_screen(context: AppContext, owner: QWidget) -> None:
    controller = OverviewController(context, owner)
    asked = _record(context.signals.navigate)
    controller.open_team(TEAM)
    controller.open_team("")
    assert asked == [("team", TEAM)]


# -- Teams -------------------------------------------------------------------------------------
def test_teams_heatmap_follows_the_chosen_team_and_profile(
    qtbot, context: AppContext, owner: QWidget
) -> None:
    controller = TeamsController(context, owner)
    lists, maps = _record(controller.teams_loaded), _record(controller.heatmap_loaded)
    controller.reload()
    qtbot.waitUntil(lambda: controller.loaded, timeout=20_000)
    data, keep = lists[0]
    assert keep is None and TEAM in {team.name for team in data.teams}
    assert {code for code, _ in data.profiles} >= {"sociaal-team", "strategisch"}

    controller.choose_team(TEAM)
    qtbot.waitUntil(lambda: controller.heatmap_ready, timeout=20_000)
    heatmap = controller.heatmap
    assert heatmap is not None and heatmap.unit == TEAM
    assert heatmap.profile.code == "sociaal-team" and controller.is_team_profile(heatmap)

    controller.choose_profile("strategisch")
    qtbot.waitUntil(
        lambda: controller.heatmap_ready and controller.heatmap.profile.code == "strategisch",
        timeout=20_000,
    )
    assert not controller.is_team_profile(controller.heatmap)
    # Another team and back: the profile picked for this team is still the one measured.
    controller.choose_team("Sociaal team Zuid")
    controller.choose_team(TEAM)
    wait_for_tasks(qtbot, context)
    assert (controller.heatmap.unit, controller.heatmap.profile.code) == (TEAM, "strategisch")
    assert maps[-1][0] is controller.heatmap  # Zuid's answer, overtaken, was not shown last


def test_a_team_asked_for_before_the_list_arrived_is_selected_with_it(
    qtbot, context: AppContext, owner: QWidget
) -> None:
    controller = TeamsController(context, owner)
    lists, wanted = _record(controller.teams_loaded), _record(controller.team_wanted)
    controller.reload()
    controller.open_team("Sociaal team Zuid")
    qtbot.waitUntil(lambda: controller.loaded, timeout=20_000)
    assert lists[0][1] == "Sociaal team Zuid" and wanted == []
    controller.open_team(TEAM)  # now the list is there: straight to the screen
    assert wanted == [(TEAM,)]


# -- Medewerkers -------------------------------------------------------------------------------
def test_staff_list_filter_options_and_filter(
    qtbot, context: AppContext, owner: QWidget, demo_db: Database
) -> None:
    controller = EmployeesController(context, owner)
    lists, filters = _record(controller.staff_loaded), _record(controller.filter_changed)
    controller.reload()
    qtbot.waitUntil(lambda: controller.loaded, timeout=20_000)
    staff = lists[0][0]
    assert {row.personnel_number for row in staff.rows} == set(_staff(demo_db))
    options = filter_options(staff)
    assert [value for _, value in options["unit"]] == sorted({r.unit for r in staff.rows if r.unit})
    used = {r.profile for r in staff.rows if r.profile}
    assert {value for _, value in options["profile"]} == used
    criteria = StaffFilter(search="jan", unit=TEAM)
    controller.set_filter(criteria)
    assert controller.filter == criteria and filters == [(criteria,)]


def test_the_detail_follows_the_selection_once_it_rests(
    qtbot, context: AppContext, owner: QWidget, demo_db: Database
) -> None:
    controller = EmployeesController(context, owner)
    details = _record(controller.detail_loaded)
    first, second = sorted(_staff(demo_db))[:2]
    assert not controller.open_employee(first)  # the list has not arrived: remembered
    assert controller.shown_number == first
    controller.reload()
    qtbot.waitUntil(lambda: controller.loaded, timeout=20_000)
    assert controller.open_employee(first)

    controller.select(first)
    controller.select(second)  # moved on before the delay ended: only the second is read
    qtbot.waitUntil(lambda: bool(details), timeout=20_000)
    wait_for_tasks(qtbot, context)
    assert [args[0].employee.personnel_number for args in details] == [second]
    assert controller.shown_number == second and controller.detail is details[0][0]

    controller.show_now(second)  # already shown: nothing is read again
    controller.refresh_detail()  # after a reload: read again
    wait_for_tasks(qtbot, context)
    assert len(details) == 2 and details[1][0].employee.personnel_number == second
    controller.clear_detail()
    assert controller.detail is None and details[-1] == (None,)


# -- Rapportages -------------------------------------------------------------------------------
def test_reports_choices_and_the_person_asked_for_before_they_arrived(
    qtbot, context: AppContext, owner: QWidget, demo_db: Database
) -> None:
    controller = ReportsController(context, owner)
    wanted = _record(controller.person_wanted)
    number = sorted(_staff(demo_db))[0]
    controller.select_person(number)  # before the choices: remembered
    assert controller.person_number(number) is None
    controller.reload()
    qtbot.waitUntil(lambda: controller.loaded, timeout=20_000)
    label = dict(controller.choices.employees)[number]
    assert wanted == [(label,)]
    assert controller.person_number(label) == number
    assert controller.person_number(f"  {number} ") == number
    assert controller.person_number("niemand") is None


def test_reports_export_announces_the_file_it_wrote(
    qtbot, context: AppContext, owner: QWidget, tmp_path: Path
) -> None:
    controller = ReportsController(context, owner)
    saved = _record(controller.saved)
    out = tmp_path / "HRM-overzicht.xlsx"
    handle = controller.export_hrm_workbook(out, TEAM)
    assert controller.last_task is handle
    qtbot.waitUntil(lambda: handle.done, timeout=120_000)
    assert controller.last_output == out and saved[0][0] == out
    with context.db.unit_of_work() as uow:  # type: ignore[union-attr]
        members = {e.personnel_number for e in repo.load_employees(uow.session, unit=TEAM)}
    assert saved[0][1].startswith(f"HRM-werkmap ({len(members)} medewerkers")
    sheet = load_workbook(out, read_only=True)["Medewerkers"]
    assert {row[0] for row in sheet.iter_rows(min_row=2, values_only=True)} == members


def test_a_report_made_for_printing_is_announced_ready_not_saved(
    qtbot, context: AppContext, owner: QWidget, demo_db: Database, tmp_path: Path
) -> None:
    controller = ReportsController(context, owner)
    saved, ready = _record(controller.saved), _record(controller.print_ready)
    number, name = sorted(_staff(demo_db).items())[0]
    path = tmp_path / "rapport.pdf"
    handle = controller.make_for_printing(path, number)
    qtbot.waitUntil(lambda: handle.done, timeout=120_000)
    assert ready == [(path,)] and saved == [] and controller.last_output is None
    assert name in pdf_reading.flat(pdf_reading.text(path))


def test_audit_controller_keeps_only_the_newest_search(qtbot, demo_db, tmp_path) -> None:
    from competentieplanner.domain.access import Role
    from competentieplanner.ui.controllers.audit import AuditController, AuditFilter
    from competentieplanner.ui.permissions import Permissions

    context = make_context(demo_db, tmp_path)
    context.permissions = Permissions(Role.BEHEERDER, embedded=True)
    owner = QWidget()
    qtbot.addWidget(owner)
    controller = AuditController(context, owner)
    shown: list[list[object]] = []
    controller.entries_loaded.connect(shown.append)
    with demo_db.unit_of_work() as uow:
        someone = uow.session.execute(text("SELECT personnel_number FROM employee")).scalar()
    controller.search(AuditFilter(login="niemand-bekend"))
    controller.search(AuditFilter(employee=someone))  # replaces the first before it arrives
    wait_for_tasks(qtbot, context)
    assert len(shown) == 1 and shown[0] and all(e.employee == someone for e in shown[0])
    assert [e.at for e in shown[0]] == sorted((e.at for e in shown[0]), reverse=True)
    refusals: list[str] = []
    controller.refused.connect(refusals.append)
    context.permissions.set(Role.HR, embedded=False)
    controller.reload()
    assert refusals and "beheerder" in refusals[0] and controller.entries == []
