"""Issue 14: the employee's preparation in the Gesprekken screen. The team lead makes the
preparation form in step 1, the employee fills it in, step 1 reads it back, and step 2 shows
each prepared answer beside the team lead's notes; a preparation can also be typed in there.
Real widgets, real dialogs, a real .xlsx and the real SQLite file."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QFileDialog, QLineEdit
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from competentieplanner.import_export import preparation_sheet as layout
from competentieplanner.persistence import records as r
from competentieplanner.persistence.database import Database
from competentieplanner.ui.interview.close import CloseStep
from competentieplanner.ui.interview.talk import TalkStep
from competentieplanner.ui.views.interview import InterviewPage
from tests.ui import interview_driver as drive
from tests.ui.editing_support import close_message_boxes, wire_like_main_window

pytestmark = pytest.mark.qt_log_ignore(drive.OFFSCREEN_POPUP_MESSAGES)


@pytest.fixture
def page(qtbot: QtBot, demo_db: Database, tmp_path: Path) -> Iterator[InterviewPage]:
    context = drive.make_context(demo_db, tmp_path / "settings.ini")
    widget = InterviewPage(context)
    qtbot.addWidget(widget)
    wire_like_main_window(context, widget)
    widget.resize(1366, 768)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    close_message_boxes()


def _accept(dialog: QFileDialog | None, path: Path) -> None:
    assert isinstance(dialog, QFileDialog) and dialog.isVisible()
    name_edit = dialog.findChild(QLineEdit, "fileNameEdit")
    assert name_edit is not None
    name_edit.clear()
    drive.type_into(name_edit, str(path))
    dialog.accept()


def test_the_form_is_made_filled_in_read_back_and_shown_beside_the_notes(
    qtbot: QtBot, page: InterviewPage, demo_db: Database, tmp_path: Path
) -> None:
    plan = drive.standard_plan(demo_db)
    drive.prepare(page, demo_db, plan)
    step = page.prepare_step
    assert step.form_button.isEnabled() and step.import_button.isEnabled()

    form = tmp_path / "voorbereiding.xlsx"
    drive.click(step.form_button)
    _accept(step.file_dialog, form)
    qtbot.waitUntil(form.exists, timeout=20000)
    drive.settle(page)

    # The employee fills in two answers at home.
    book = load_workbook(form)
    sheet = book[layout.SHEET]
    rows = {
        str(sheet.cell(row, 1).value): row
        for row in range(layout.HEADER_ROW + 1, sheet.max_row + 1)
        if sheet.cell(row, 1).value
    }
    first, second = list(rows)[:2]
    sheet.cell(rows[first], 4).value = "Ik zie vooral de tekorten in de jeugdzorg."
    sheet.cell(rows[second], 4).value = "Ik krijg energie van het werk in de wijk."
    book.save(form)

    drive.click(step.import_button)
    _accept(step.file_dialog, form)
    draft = page.session.draft
    assert draft is not None
    qtbot.waitUntil(lambda: first in draft.answers, timeout=20000)
    drive.settle(page)
    assert draft.answers[first].prepared == "Ik zie vooral de tekorten in de jeugdzorg."
    assert "De medewerker heeft 2 van de" in step.self_source.text()

    page.go_to(1)
    talk = page.steps[1]
    assert isinstance(talk, TalkStep)
    box = talk.boxes[first]
    assert box.prepared.toPlainText() == "Ik zie vooral de tekorten in de jeugdzorg."
    assert box.answer.toPlainText() == ""
    # beside each other: the preparation left of the team lead's notes, on the same line
    talk.scroll_area.ensureWidgetVisible(box)
    left, right = box.prepared.geometry(), box.answer.geometry()
    assert left.right() < right.left() and left.top() == right.top()

    # The team lead adds what the employee only says now, and types in a paper preparation.
    drive.type_into(box.answer, "Tekorten, en de regionale inkoop.")
    third = list(talk.boxes)[2]
    talk.scroll_area.ensureWidgetVisible(talk.boxes[third])
    drive.type_into(talk.boxes[third].prepared, "Op papier meegenomen.")
    qtbot.waitUntil(lambda: draft.answers.get(third) is not None, timeout=5000)
    assert draft.answers[third].prepared == "Op papier meegenomen."

    page.go_to(2)
    drive.score(page, plan)
    page.go_to(5)
    close_step = page.steps[5]
    assert isinstance(close_step, CloseStep)
    assert "De medewerker heeft 3 vragen vooraf voorbereid." in close_step.summary.text()
    drive.click(close_step.save_button)
    result = page.session.result
    assert result is not None
    with demo_db.read_session() as session:
        stored = {
            a.question.code: (a.prepared, a.answer)
            for a in session.scalars(
                select(r.InterviewAnswerRecord).where(
                    r.InterviewAnswerRecord.interview_id == result.interview_id
                )
            )
        }
    assert stored[first] == (
        "Ik zie vooral de tekorten in de jeugdzorg.",
        "Tekorten, en de regionale inkoop.",
    )
    assert stored[third] == ("Op papier meegenomen.", "")
    assert box.prepared.isReadOnly()  # a closed conversation is read-only
