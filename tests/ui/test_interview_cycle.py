"""Step 6 and the gesprekscyclus on the real screen: the beoordelingsgesprek's judgement, the next
conversation, plan versions by number, "PDF openen" only for the conversation on screen, and the
status text kept clear of the input above it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QPoint
from pytestqt.qtbot import QtBot

from competentieplanner.domain.model import InterviewKind
from competentieplanner.persistence import records as r
from competentieplanner.persistence.database import Database
from competentieplanner.ui.interview.actions import ActionsStep
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


def _close_step(page: InterviewPage) -> CloseStep:
    page.go_to(5)
    drive.settle(page)
    step = page.steps[5]
    assert isinstance(step, CloseStep)
    return step


def _below(upper: object, lower: object) -> bool:
    """``lower`` starts under ``upper`` on screen (window coordinates): nothing drawn over it."""
    top = lower.mapTo(lower.window(), QPoint(0, 0)).y()  # type: ignore[attr-defined]
    bottom = upper.mapTo(upper.window(), QPoint(0, upper.height())).y()  # type: ignore[attr-defined]
    return bool(top >= bottom)


def test_a_review_is_closed_with_judgement_and_next_conversation(
    qtbot: QtBot, page: InterviewPage, demo_db: Database, tmp_path: Path
) -> None:
    plan = drive.standard_plan(demo_db)
    before = drive.preparation(demo_db, plan.personnel_number)
    drive.prepare(page, demo_db, plan)
    drive.choose_by_data(page.prepare_step.kind_combo, InterviewKind.REVIEW.value)
    drive.next_step(page)
    talk = page.steps[1]
    assert isinstance(talk, TalkStep)
    assert set(talk.boxes) == {"R1", "R2", "R3"}  # the beoordelingsgesprek's own questions
    drive.next_step(page)
    drive.score(page, plan)
    step = _close_step(page)
    outcome = step.outcome
    assert outcome.judgement.isVisible() and outcome.response.isVisible()
    # The cycle proposes a planningsgesprek a month after a beoordelingsgesprek.
    assert outcome.next_kind.currentData() == InterviewKind.PLANNING.value
    assert outcome.next_date.date() == QDate(2026, 12, 16)
    assert not step.save_button.isEnabled()
    assert "Stap 6 Afronden: kies het eindoordeel" in step.problems.text()
    drive.choose_by_data(outcome.judgement, "goed")
    drive.choose_by_data(outcome.response, "voor gezien")
    drive.choose_by_data(outcome.next_kind, InterviewKind.DEVELOPMENT.value)
    outcome.next_date.setDate(QDate(2027, 1, 11))
    drive.settle(page)
    drive.close_text(page, plan)  # agreements, and the confirmation for the unscored ones
    assert step.save_button.isEnabled(), step.problems.text()
    assert (page.width(), page.height()) == (1366, 768), "step 6 fits the smallest screen"
    assert _below(step.agreements, step.problems)
    assert step.problems.height() >= step.problems.heightForWidth(step.problems.width())
    drive.click(step.save_button)

    result = page.session.result
    assert result is not None
    version = len(before.plans) + 1
    assert result.plan_version == version
    assert f"ontwikkelplan versie {version}." in step.saved_label.text()
    assert str(result.plan_id) not in step.saved_label.text().replace(str(version), "", 1)
    assert _below(step.outcome, step.saved_label)
    assert step.saved_label.height() >= step.saved_label.heightForWidth(step.saved_label.width())
    with demo_db.read_session() as session:
        interview = session.get(r.InterviewRecord, result.interview_id)
        assert interview is not None
        assert (interview.judgement, interview.employee_response) == ("goed", "voor gezien")
        assert (interview.next_kind, interview.next_on) == (
            "ontwikkelgesprek",
            dt.date(2027, 1, 11),
        )
    history = [step.history_list.item(i).text() for i in range(step.history_list.count())]
    assert any(
        f"versie {version - 1} (" in line and f", vervangen door versie {version})" in line
        for line in history
    ), history
    assert any(line.endswith(f"versie {version} (vastgesteld)") for line in history), history

    # Printed: "PDF openen" belongs to this conversation only.
    assert not step.open_pdf_button.isVisible()
    task = step.export_pdf(tmp_path / "plan.pdf")
    qtbot.waitUntil(lambda: task is not None and task.done, timeout=20000)
    assert step.open_pdf_button.isVisible()
    # The next person's conversation has no PDF yet.
    drive.click(page.new_button)
    other = next(
        c.employee.personnel_number
        for c in drive.candidates(demo_db)
        if c.own_team and c.employee.personnel_number != plan.personnel_number
    )
    drive.prepare(page, demo_db, drive.Plan(other))
    drive.settle(page)
    step = _close_step(page)
    assert page.session.result is None
    assert not step.open_pdf_button.isVisible()


def test_an_agreement_is_made_smart_with_a_prompt(page: InterviewPage, demo_db: Database) -> None:
    plan = drive.standard_plan(demo_db)
    drive.walk_to_scores(page, demo_db, plan)
    drive.next_step(page)
    drive.direction(page, plan)
    drive.next_step(page)
    drive.actions(page, plan)  # adds an own action and selects it
    step = page.steps[4]
    assert isinstance(step, ActionsStep)
    smart = step.smart
    assert smart.prompt.text() == (
        "Nog niet SMART: vul het resultaat, wie het trekt, een einddatum in."
    )
    drive.type_into(smart.result_edit, "Kent de werkwijze van het wijkteam")
    drive.type_into(smart.owner_edit, "Medewerker")
    assert smart.prompt.text() == "Nog niet SMART: vul een einddatum in."
    smart.deadline_edit.setDate(QDate(2027, 6, 30))
    assert smart.prompt.text().startswith("SMART:")
    action = step.model.action(step.selected_row())
    assert (action.result, action.owner, action.deadline) == (
        "Kent de werkwijze van het wijkteam",
        "Medewerker",
        dt.date(2027, 6, 30),
    )
