"""The development interview walked as a team lead: six steps through the real widgets on the
demo municipality, then the database, the PDF and the signature checked."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QApplication, QComboBox, QFileDialog, QLineEdit
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from competentieplanner.domain.model import InterviewKind, PlanItemStatus
from competentieplanner.persistence import records as r
from competentieplanner.persistence import repositories as repo
from competentieplanner.persistence.database import Database
from competentieplanner.services import interview as service
from competentieplanner.ui.interview.actions import ActionsStep
from competentieplanner.ui.interview.close import CloseStep
from competentieplanner.ui.interview.score import ScoreStep
from competentieplanner.ui.models.interview_levels import SELF
from competentieplanner.ui.views.interview import InterviewPage
from tests.ui import interview_driver as drive
from tests.ui.editing_support import close_message_boxes, wire_like_main_window

# Drop-down lists really open (the team lead clicks them); the offscreen platform then says it
# cannot raise the popup or grab the keyboard. That is about the platform, not our code.
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


def _pdf_text(path: Path) -> str:
    text = " ".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)
    return re.sub(r"\s+", " ", text)


def _shown_actions(
    step: ActionsStep,
) -> list[tuple[str, str, str | None, float, Decimal, str, bool]]:
    """The rows of the Afspraken table as the team lead saw them before saving."""
    model = step.model
    rows = []
    for row in range(model.rowCount()):
        a = model.action(row)
        rows.append(
            (a.quarter, a.title, a.offer, a.hours, a.cost, a.funding.value, a.repayment_clause)
        )
    return sorted(rows)


def test_the_whole_conversation_is_saved_printed_and_signed(
    qtbot: QtBot, page: InterviewPage, demo_db: Database, tmp_path: Path
) -> None:
    plan = drive.standard_plan(demo_db)
    before = drive.preparation(demo_db, plan.personnel_number)
    assert before.current_plan is not None

    drive.prepare(page, demo_db, plan)
    assert page.prepare_step.levels_model.rowCount() == len(before.framework.competencies)
    drive.next_step(page)
    assert page.current_step() == 1
    drive.talk(page, plan)
    drive.next_step(page)
    drive.score(page, plan)
    assert page.steps[2].progress.text().startswith(f"{len(plan.scores)} van {len(plan.scores)}")  # type: ignore[attr-defined]
    drive.next_step(page)
    drive.direction(page, plan)
    drive.next_step(page)
    actions_step = page.steps[4]
    assert isinstance(actions_step, ActionsStep)
    carried = {item.title for item in before.open_items}
    assert carried <= {
        actions_step.model.action(i).title for i in range(actions_step.model.rowCount())
    }
    assert any(
        actions_step.model.action(i).origin == "planner"
        for i in range(actions_step.model.rowCount())
    ), "the planner proposes training toward the chosen profile"
    drive.actions(page, plan)
    agreed_actions = _shown_actions(actions_step)
    drive.next_step(page)
    close_step = drive.close_text(page, plan)
    assert close_step.save_button.isEnabled(), close_step.problems.text()

    drive.click(close_step.save_button)  # waits until the screen has the answer

    result = page.session.result
    assert result is not None
    assert drive.drafts(demo_db) == []
    with demo_db.read_session() as session:
        agreed = session.scalars(
            select(r.AssessmentRecord).where(
                r.AssessmentRecord.interview_id == result.interview_id,
                r.AssessmentRecord.kind == "agreed",
            )
        ).all()
        interview = session.get(r.InterviewRecord, result.interview_id)
        assert interview is not None
        answers = {a.question.code: (a.answer, a.rating) for a in interview.answers}
        assert interview.agreements == plan.agreements
        assert interview.held_on == drive.HELD_ON
        assert interview.team_lead == drive.team_lead(demo_db).name
        assessments = {a.id: a for a in repo.load_assessments(session, plan.personnel_number)}
        plans = repo.load_plans(session, plan.personnel_number)
    assert len(agreed) == 1
    expected_levels = {
        code: (agreed_level if agreed_level is not None else lead)
        for code, (lead, agreed_level, _) in plan.scores.items()
    }
    stored = assessments[agreed[0].id]
    assert {code: s.level for code, s in stored.scores.items()} == expected_levels
    lead_levels = {
        code: s.level for code, s in assessments[result.lead_assessment_id].scores.items()
    }
    assert lead_levels == {code: lead for code, (lead, _, _) in plan.scores.items()}
    evidence = {code: e for code, (_, _, e) in plan.scores.items() if e}
    assert {c: stored.scores[c].evidence for c in evidence} == evidence
    assert answers == plan.answers

    new_plan = plans[-1]
    assert new_plan.id == result.plan_id and new_plan.profile == plan.profile
    saved_items = sorted(
        (str(i.quarter), i.title, i.offer, i.hours, i.cost, i.funding.value, i.repayment_clause)
        for i in new_plan.items
    )
    assert saved_items == agreed_actions
    assert ("2027-K2", "Meeloopstage in een sociaal team") in {(q, t) for q, t, *_ in saved_items}
    assert plans[-2] == before.current_plan.plan  # the earlier version is still there, unchanged

    # Print the Ontwikkelplan through the save dialog.
    out = tmp_path / "ontwikkelplan.pdf"
    assert close_step.pdf_button.isEnabled()
    drive.click(close_step.pdf_button)
    dialog = close_step.file_dialog
    assert isinstance(dialog, QFileDialog) and dialog.isVisible()
    name_edit = dialog.findChild(QLineEdit, "fileNameEdit")
    assert name_edit is not None
    name_edit.clear()  # the team lead types where the file goes
    drive.type_into(name_edit, str(out))
    dialog.accept()
    qtbot.waitUntil(
        lambda: close_step.pdf_task is not None and close_step.pdf_task.done, timeout=20000
    )
    assert close_step.pdf_task is not None and close_step.pdf_task.error is None
    text = _pdf_text(out)
    employee = before.employee
    assert employee.last_name in text
    for _quarter, title, *_ in saved_items:
        words = " ".join(title.split()[:4])
        assert words in text, f"{title!r} is not in the Ontwikkelplan"

    # Sign it with a date.
    close_step.signed_date.setDate(QDate(2026, 11, 20))
    assert close_step.sign_button.isEnabled()
    drive.click(close_step.sign_button)
    with demo_db.read_session() as session:
        signed = session.get(r.DevelopmentPlanRecord, result.plan_id)
        assert signed is not None
        assert (signed.status, signed.signed_on) == ("getekend", dt.date(2026, 11, 20))
    assert not close_step.sign_button.isEnabled()
    history = [
        close_step.history_list.item(i).text() for i in range(close_step.history_list.count())
    ]
    assert any("versie 2 (getekend 20-11-2026)" in line for line in history)
    assert any("versie 1" in line for line in history)


def test_save_waits_until_something_is_scored(page: InterviewPage, demo_db: Database) -> None:
    plan = drive.standard_plan(demo_db)
    drive.prepare(page, demo_db, plan)
    page.go_to(5)
    close_step = page.steps[5]
    assert isinstance(close_step, CloseStep)
    assert not close_step.save_button.isEnabled()
    assert (
        "Stap 3 Scoren: geef bij minstens één competentie een niveau" in close_step.problems.text()
    )


def test_self_assessment_typed_in_during_preparation_is_stored(
    qtbot: QtBot, page: InterviewPage, demo_db: Database
) -> None:
    plan = drive.standard_plan(demo_db)
    drive.prepare(page, demo_db, plan)
    step = page.prepare_step
    view = step.levels_view
    index = step.levels_model.index(0, SELF)
    view.setFocus()
    view.setCurrentIndex(index)
    view.edit(index)
    editor = view.findChild(QComboBox)
    assert editor is not None and editor.isVisible()
    drive.choose_by_data(editor, 4)
    drive.settle(page)
    draft = page.session.draft
    assert draft is not None
    first = step.levels_model.code_at(0)
    qtbot.waitUntil(lambda: draft.self_levels.get(first) == 4)
    assert step.levels_model.index(0, SELF).data().startswith("4 ·")
    # Every other level of the stored self-assessment is kept: the conversation updates it.
    prep = page.session.prep
    assert prep is not None
    assert {c: v for c, v in draft.self_levels.items() if c != first} == {
        c: v for c, v in prep.self_levels.items() if c != first
    }
    page.go_to(2)
    drive.score(page, plan)
    page.go_to(5)
    close_step = page.steps[5]
    assert isinstance(close_step, CloseStep)
    drive.click(close_step.save_button)
    result = page.session.result
    assert result is not None and result.self_assessment_id is not None
    with demo_db.read_session() as session:
        stored = {a.id: a for a in repo.load_assessments(session, plan.personnel_number)}
    assert stored[result.self_assessment_id].scores[first].level == 4


def test_progress_conversation_ticks_an_item_done(page: InterviewPage, demo_db: Database) -> None:
    plan = drive.standard_plan(demo_db)
    drive.prepare(page, demo_db, plan)
    step = page.prepare_step
    drive.choose_by_data(step.kind_combo, InterviewKind.PROGRESS.value)
    draft = page.session.draft
    assert draft is not None and draft.kind is InterviewKind.PROGRESS
    prep = page.session.prep
    assert prep is not None and prep.current_plan is not None
    old = prep.current_plan
    drive.next_step(page)
    drive.next_step(page)
    first = next(iter(plan.scores))
    drive.score(page, drive.Plan(plan.personnel_number, scores={first: plan.scores[first]}))
    page.go_to(4)
    actions_step = page.steps[4]
    assert isinstance(actions_step, ActionsStep)
    titles = [actions_step.model.action(i).title for i in range(actions_step.model.rowCount())]
    assert sorted(titles) == sorted(item.title for item in old.plan.items)
    assert all(actions_step.model.action(i).origin == "plan" for i in range(len(titles)))
    # Tick done a course that the catalogue says raises a level.
    row = next(
        i
        for i in range(actions_step.model.rowCount())
        if (offer := prep.offer(actions_step.model.action(i).offer or "")) is not None
        and actions_step.model.action(i).status is not PlanItemStatus.DONE
        and any(
            e.to_level > (prep.current_levels.get(e.competency) or 0)
            and (prep.current_levels.get(e.competency) or 0) >= e.min_level
            and e.competency in plan.scores
            for e in offer.effects
        )
    )
    actions_step.view.selectRow(row)
    done_title = actions_step.model.action(row).title
    drive.choose_by_data(actions_step.status_combo, PlanItemStatus.DONE.value)
    assert actions_step.model.action(row).status is PlanItemStatus.DONE
    # Back in Scoren the level the course should bring is marked as a suggestion.
    page.go_to(2)
    offer = prep.offer(actions_step.model.action(row).offer or "")
    assert offer is not None
    expected = service.levels_after_training(prep, prep.current_levels, [offer.code])
    raised = [c for c, lv in expected.items() if lv > (prep.current_levels.get(c) or 0)]
    score_step = page.steps[2]
    assert isinstance(score_step, ScoreStep)
    card = next(c for c in score_step.rows[raised[0]].cards if c.level == expected[raised[0]])
    assert "verwacht na afgeronde opleiding" in card.accessibleName()
    page.go_to(5)
    close_step = page.steps[5]
    assert isinstance(close_step, CloseStep)
    # One competency scored: closing waits for the team lead to confirm the rest stays unscored.
    unscored = len(prep.framework.competencies) - 1
    confirm = close_step.outcome.confirm_unscored
    assert confirm.isVisible() and f"{unscored} competentie(s)" in confirm.text()
    assert not close_step.save_button.isEnabled()
    drive.click(confirm)
    assert close_step.save_button.isEnabled(), close_step.problems.text()
    drive.click(close_step.save_button)
    assert page.session.result is not None
    assert not confirm.isVisible()
    with demo_db.read_session() as session:
        plans = repo.load_plans(session, plan.personnel_number)
        interview = session.get(r.InterviewRecord, page.session.result.interview_id)
        assert interview is not None and interview.kind == "voortgangsgesprek"
        assert len(interview.unscored.split(",")) == unscored
        # The next conversation the cycle proposes after a voortgangsgesprek, half a year on.
        assert interview.next_kind == "beoordelingsgesprek"
        assert interview.team_lead_number == drive.team_lead(demo_db).personnel_number
    assert plans[-2] == old.plan
    statuses = {i.title: i.status for i in plans[-1].items}
    assert statuses[done_title] is PlanItemStatus.DONE
    assert len(plans[-1].items) == len(old.plan.items)


def test_new_interview_keeps_the_draft_and_offers_it(
    qtbot: QtBot, page: InterviewPage, demo_db: Database
) -> None:
    plan = drive.standard_plan(demo_db)
    drive.walk_to_scores(page, demo_db, plan)
    drive.click(page.new_button)
    assert page.session.draft is None and page.current_step() == 0
    [kept] = drive.drafts(demo_db)
    assert kept.personnel_number == plan.personnel_number
    page.offer_drafts()
    drive.settle(page)
    box = page.message_box
    assert box is not None and box.isVisible()
    assert kept.employee_name in box.text() and "16-11-2026" in box.text()
    later = next(b for b in box.buttons() if b.text() == "Later")
    drive.click(later)
    assert page.session.draft is None
    assert len(drive.drafts(demo_db)) == 1
    QApplication.processEvents()


def test_the_main_window_offers_a_draft_at_start_up(
    qtbot: QtBot, demo_db: Database, tmp_path: Path
) -> None:
    from competentieplanner.ui.main_window import MainWindow

    plan = drive.standard_plan(demo_db)
    prep = drive.preparation(demo_db, plan.personnel_number)
    draft = service.new_draft(prep, held_on=drive.HELD_ON, team_lead="Noë Haile")
    draft.step = 3
    draft.profile = "strategisch"
    with demo_db.unit_of_work() as uow:
        service.save_draft(uow, draft)

    window = MainWindow(drive.make_context(demo_db, tmp_path / "settings.ini"))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    assert "interview" in window.page_keys()
    window.offer_interview_drafts()
    page = window.page("interview")
    assert isinstance(page, InterviewPage)
    drive.settle(page)
    box = page.message_box
    assert box is not None and box.isVisible()
    drive.click(next(b for b in box.buttons() if b.text() == "Verdergaan"))
    assert window.current_page_key() == "interview"
    assert page.current_step() == 3
    assert page.session.draft is not None and page.session.draft.id == draft.id
    close_message_boxes()


def test_a_draft_saved_elsewhere_is_not_overwritten_and_can_be_reloaded(
    page: InterviewPage, demo_db: Database
) -> None:
    plan = drive.standard_plan(demo_db)
    drive.prepare(page, demo_db, plan)
    drive.next_step(page)  # moving on stores the draft
    mine = page.session.draft
    assert mine is not None and mine.id is not None and mine.version is not None
    # A colleague opens the same draft on another workstation and saves it.
    with demo_db.unit_of_work() as uow:
        theirs = service.load_draft(uow, mine.id)
        assert theirs is not None
        theirs.agreements = "Afspraken van de collega"
        service.save_draft(uow, theirs)

    page.go_to(2)  # this screen's next save carries the version it read: refused
    drive.settle(page)
    box = page.message_box
    assert box is not None and box.isVisible()
    assert "Het concept-gesprek is intussen elders opgeslagen" in box.text()
    assert "Concept niet bewaard" in page.saved_label.text()
    [stored] = drive.drafts(demo_db)
    assert stored.agreements == "Afspraken van de collega" and stored.step == 1

    drive.click(next(b for b in box.buttons() if b.text() == "Opnieuw laden"))
    reloaded = page.session.draft
    assert reloaded is not None and reloaded.agreements == "Afspraken van de collega"
    assert reloaded.version == stored.version
    page.go_to(3)  # working on from the colleague's version is stored again
    drive.settle(page)
    [after] = drive.drafts(demo_db)
    assert after.step == 3 and after.agreements == "Afspraken van de collega"
