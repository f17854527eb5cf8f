"""The competence record on a person's page: evidence, the agreeing interview and the trend,
after a real conversation closed through the services."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor

from competentieplanner.persistence.database import Database
from competentieplanner.ui import theme
from competentieplanner.ui.dialogs.interview_record import InterviewRecordDialog
from competentieplanner.ui.models import competence_record as columns
from competentieplanner.ui.views.employees import EmployeesPage
from competentieplanner.ui.widgets.trend_delegate import trend_points
from tests.services.test_competence_record import EVIDENCE, HELD_ON, close_conversation
from tests.ui.shell_support import make_context, wait_for_tasks


@pytest.fixture
def closed(demo_db: Database) -> tuple[str, list[str], int]:
    return close_conversation(demo_db)


@pytest.fixture
def page(qtbot, demo_db: Database, tmp_path: Path, closed) -> Iterator[EmployeesPage]:
    view = EmployeesPage(make_context(demo_db, tmp_path))
    qtbot.addWidget(view)
    view.resize(1400, 900)
    view.show()
    qtbot.waitUntil(lambda: view.loaded, timeout=20000)
    yield view
    wait_for_tasks(qtbot, view)


def _open(page: EmployeesPage, qtbot, number: str) -> None:
    assert page.select_employee(number)
    qtbot.waitUntil(
        lambda: (
            page.detail.detail is not None
            and page.detail.detail.employee.personnel_number == number
        ),
        timeout=10000,
    )
    wait_for_tasks(qtbot, page)


def test_the_record_shows_evidence_and_the_interview_that_agreed_the_level(
    page: EmployeesPage, qtbot, closed
) -> None:
    number, codes, _interview = closed
    _open(page, qtbot, number)
    section = page.detail.record
    assert section.isVisible() and section.table.isVisible()
    model = section.model
    rows = {model.line_at(r).competency: r for r in range(model.rowCount())}
    row = rows[codes[0]]
    assert model.index(row, columns.LEVEL).data() == "3"
    assert model.index(row, columns.EVIDENCE).data() == EVIDENCE  # a visible column
    assert model.index(row, columns.AGREED_IN).data() == f"{HELD_ON:%d-%m-%Y} · Noë Haile"
    # the chosen row's full text below the table, and the way to its interview
    section.select_competency(codes[0])
    assert EVIDENCE in section.detail.text()
    assert "vastgesteld in het gesprek van 16-11-2026 met Noë Haile" in section.detail.text()
    assert section.interview_button.isEnabled()
    # "Gesprek openen" shows the record of that very interview, not a new conversation
    qtbot.mouseClick(section.interview_button, Qt.MouseButton.LeftButton)
    dialog = page.findChild(InterviewRecordDialog)
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.view is not None, timeout=10000)
    assert dialog.view is not None and dialog.view.summary.held_on == HELD_ON
    text = dialog.text.toPlainText()
    assert "Planningsgesprek van 16-11-2026 met Noë Haile" in text
    name = next(name for code, name in dialog.view.competencies if code == codes[0])
    lines = text.splitlines()
    cells = lines[lines.index(name) + 1 : lines.index(name) + 4]  # before, self, agreed
    assert cells[-1] == "3"  # the level it agreed
    assert dialog.view.levels.after[codes[0]] == 3
    dialog.close()
    # a competency never agreed in an interview cannot open one
    unagreed = next(r for r in range(model.rowCount()) if model.line_at(r).agreed_in is None)
    section.table.selectRow(unagreed)
    assert not section.interview_button.isEnabled()


def test_the_trend_is_drawn_in_its_cell(page: EmployeesPage, qtbot, closed) -> None:
    number, codes, _ = closed
    _open(page, qtbot, number)
    section = page.detail.record
    model = section.model
    row = next(r for r in range(model.rowCount()) if model.line_at(r).competency == codes[0])
    trend = model.line_at(row).trend
    assert trend[-1] == (HELD_ON, 3)
    assert str(3) in model.index(row, columns.TREND).data(Qt.ItemDataRole.ToolTipRole)
    section.table.clearSelection()  # the selection colour would hide the line's colour
    cell = section.table.visualRect(model.index(row, columns.TREND))
    image = section.table.viewport().grab(cell).toImage()
    accent = theme.accent(section.table.palette())
    painted = sum(
        1
        for x in range(image.width())
        for y in range(image.height())
        if _near(image.pixelColor(x, y), accent)
    )
    assert painted > 5  # the current level's dot at least


def _near(colour: QColor, other: QColor) -> bool:
    return (
        abs(colour.red() - other.red())
        + abs(colour.green() - other.green())
        + abs(colour.blue() - other.blue())
        < 40
    )


def test_trend_points_follow_time_and_level() -> None:
    import datetime as dt

    area = QRectF(0, 0, 100, 30)
    trend = ((dt.date(2024, 1, 1), 1), (dt.date(2025, 1, 1), 4), (dt.date(2025, 7, 2), 2))
    points = trend_points(trend, area, 4)
    assert [round(p.x()) for p in points] == [0, 67, 100]  # time, not index
    assert [round(p.y()) for p in points] == [30, 0, 20]  # level 1 bottom, 4 top
    [single] = trend_points(trend[:1], area, 4)
    assert (single.x(), single.y()) == (50, 30)
    assert trend_points((), area, 4) == []
