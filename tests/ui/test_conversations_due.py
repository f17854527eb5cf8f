"""Gesprekscyclus: wie is aan de beurt (issue 14), opened from the Gesprekken screen of the real
main window on a demo database after real closed conversations: the rows against the service,
the unit and state filters, the order by due date, the export read back, and a double click that
prepares the conversation."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from competentieplanner.domain.conversation_cycle import ConversationDue, DueState
from competentieplanner.domain.interview import ScoreEntry
from competentieplanner.domain.model import InterviewKind
from competentieplanner.persistence.database import Database
from competentieplanner.services import conversation_cycle
from competentieplanner.services import interview as iv
from competentieplanner.ui.dialogs.conversations_due import ConversationsDueDialog, units_under
from competentieplanner.ui.main_window import MainWindow
from competentieplanner.ui.views.interview import InterviewPage
from tests.ui import interview_driver as drive
from tests.ui.shell_support import close_message_boxes, make_context, wait_for_tasks

pytestmark = pytest.mark.qt_log_ignore(drive.OFFSCREEN_POPUP_MESSAGES)

TODAY = dt.date.today()


def _close(db: Database, number: str, held_on: dt.date, **planned: object) -> None:
    """A real closed planningsgesprek of ``number`` (every competency scored)."""
    with db.unit_of_work() as uow:
        prep = iv.prepare_interview(uow, number)
        assert prep.employee.manager is not None
        draft = iv.new_draft(
            prep,
            kind=InterviewKind.PLANNING,
            held_on=held_on,
            team_lead_number=prep.employee.manager,
        )
        draft.scores = {c.code: ScoreEntry(lead=2) for c in prep.framework.competencies}
        for name, value in planned.items():
            setattr(draft, name, value)
        iv.close_interview(uow, draft)


def _overview(db: Database, unit: str | None = None) -> list[ConversationDue]:
    with db.unit_of_work() as uow:
        return conversation_cycle.conversations_overview(uow, unit=unit, today=TODAY)


@pytest.fixture
def arranged(demo_db: Database) -> dict[str, str]:
    """Three members of the first team: one due soon, one planned later, one overdue."""
    rows = _overview(demo_db)
    team = sorted({r.employee.unit for r in rows if r.employee.unit})[0]
    members = [r.employee for r in rows if r.employee.unit == team and r.employee.manager]
    soon, later, overdue = (m.personnel_number for m in members[:3])
    held = TODAY - dt.timedelta(days=120)
    _close(demo_db, soon, held, next_kind=InterviewKind.PROGRESS,
           next_on=TODAY + dt.timedelta(days=10))  # fmt: skip
    _close(demo_db, later, held, next_kind=InterviewKind.PROGRESS,
           next_on=TODAY + dt.timedelta(days=200))  # fmt: skip
    _close(demo_db, overdue, TODAY - dt.timedelta(days=400))  # the cycle's next one is past
    return {"team": team, "soon": soon, "later": later, "overdue": overdue}


@pytest.fixture
def window(qtbot: QtBot, demo_db: Database, tmp_path: Path) -> Iterator[MainWindow]:
    shown = MainWindow(make_context(demo_db, tmp_path))
    qtbot.addWidget(shown)
    shown.resize(1366, 768)
    shown.show()
    qtbot.waitExposed(shown)
    wait_for_tasks(qtbot, shown)
    yield shown
    close_message_boxes()
    wait_for_tasks(qtbot, shown)


def _open(qtbot: QtBot, window: MainWindow) -> tuple[InterviewPage, ConversationsDueDialog]:
    window.show_page("interview")
    wait_for_tasks(qtbot, window)
    page = window.page("interview")
    assert isinstance(page, InterviewPage)
    qtbot.mouseClick(page.cycle_button, Qt.MouseButton.LeftButton)
    [dialog] = page.findChildren(ConversationsDueDialog)
    wait_for_tasks(qtbot, window)
    assert dialog.isVisible()
    return page, dialog


def _numbers(rows: list[ConversationDue]) -> list[str]:
    return [r.employee.personnel_number for r in rows]


def test_who_is_due_sorted_by_due_date_with_states(
    qtbot: QtBot, window: MainWindow, demo_db: Database, arranged: dict[str, str]
) -> None:
    _, dialog = _open(qtbot, window)
    expected = [r for r in _overview(demo_db) if r.state is not DueState.PLANNED]
    shown = dialog.shown_rows()
    assert sorted(_numbers(shown)) == sorted(_numbers(expected))
    assert arranged["later"] not in _numbers(shown)  # planned beyond 30 days: not due
    assert [r.due for r in shown] == sorted(r.due for r in expected)
    model = dialog.proxy
    cells = {
        model.index(row, 0).data(): [model.index(row, c).data() for c in range(6)]
        for row in range(model.rowCount())
    }
    by_number = {r.employee.personnel_number: r for r in shown}
    soon, overdue = by_number[arranged["soon"]], by_number[arranged["overdue"]]
    held = TODAY - dt.timedelta(days=120)
    assert cells[soon.employee.name] == [
        soon.employee.name,
        arranged["team"],
        f"{held:%d-%m-%Y} · Planningsgesprek",
        "Voortgangsgesprek",
        f"{TODAY + dt.timedelta(days=10):%d-%m-%Y}",
        "binnenkort",
    ]
    assert cells[overdue.employee.name][5] == "te laat"
    never = next(r for r in shown if r.last is None)
    assert cells[never.employee.name][2:] == [
        "—", "Planningsgesprek", f"{TODAY:%d-%m-%Y}", "nog nooit"
    ]  # fmt: skip
    assert "1 te laat, 1 binnenkort" in dialog.summary.text()

    # Everyone, also the one planned later; then only the overdue one.
    dialog.state_combo.setCurrentIndex(dialog.state_combo.count() - 1)
    assert sorted(_numbers(dialog.shown_rows())) == sorted(_numbers(_overview(demo_db)))
    dialog.state_combo.setCurrentIndex(dialog.state_combo.findText("Te laat"))
    assert _numbers(dialog.shown_rows()) == [arranged["overdue"]]
    assert dialog.count_label.text() == f"1 van {len(_overview(demo_db))} medewerkers getoond."


def test_the_unit_filter_includes_the_units_below(
    qtbot: QtBot, window: MainWindow, demo_db: Database, arranged: dict[str, str]
) -> None:
    _, dialog = _open(qtbot, window)
    units = [dialog.unit_combo.itemData(i) for i in range(dialog.unit_combo.count())]
    assert units[0] is None and arranged["team"] in units
    everyone = _overview(demo_db)
    assert set(units[1:]) >= {r.employee.unit for r in everyone}
    dialog.state_combo.setCurrentIndex(dialog.state_combo.count() - 1)  # every state
    for unit in units[1:]:
        dialog.unit_combo.setCurrentIndex(dialog.unit_combo.findData(unit))
        assert sorted(_numbers(dialog.shown_rows())) == sorted(
            _numbers(_overview(demo_db, unit))
        ), unit
    assert dialog.overview is not None
    afdeling = next(u for u in units[1:] if len(units_under(dialog.overview.parents, u)) > 1)
    dialog.unit_combo.setCurrentIndex(dialog.unit_combo.findData(afdeling))
    assert len(dialog.shown_rows()) == len(everyone)  # the afdeling holds every team


def test_export_writes_the_chosen_unit_and_double_click_prepares_the_talk(
    qtbot: QtBot, window: MainWindow, demo_db: Database, arranged: dict[str, str], tmp_path: Path
) -> None:
    page, dialog = _open(qtbot, window)
    dialog.unit_combo.setCurrentIndex(dialog.unit_combo.findData(arranged["team"]))
    out = tmp_path / "cyclus.xlsx"
    dialog.export(out)
    wait_for_tasks(qtbot, window)
    sheet = openpyxl.load_workbook(out)["Gesprekscyclus"]
    rows = list(sheet.iter_rows(min_row=3, values_only=True))
    team = _overview(demo_db, arranged["team"])
    assert [row[0] for row in rows] == _numbers(team)  # the planned one too
    assert {row[2] for row in rows} == {arranged["team"]}
    assert next(row for row in rows if row[0] == arranged["overdue"])[7] == "te laat"

    index = next(
        dialog.proxy.index(row, 0)
        for row in range(dialog.proxy.rowCount())
        if dialog.shown_rows()[row].employee.personnel_number == arranged["soon"]
    )
    rect = dialog.table.visualRect(index)
    # Qt sees a double click only after a press: click, then double-click, as a user does.
    qtbot.mouseClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(dialog.accepted):  # the dialog closes (and is deleted)
        qtbot.mouseDClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    wait_for_tasks(qtbot, window)
    assert window.current_page_key() == "interview"
    assert page.session.draft is not None
    assert page.session.draft.personnel_number == arranged["soon"]
