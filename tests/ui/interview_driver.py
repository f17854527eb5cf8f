"""Drives the Gesprekken screen the way a team lead does: choosing from lists, typing, clicking.

Shared by the workflow test, the crash script (a separate process that is killed halfway) and the
screenshot script, so all three walk the same path through the six steps.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QDate, QPoint, QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QWidget

from competentieplanner.domain.interview import InterviewDraft
from competentieplanner.persistence.database import Database
from competentieplanner.services import interview as service
from competentieplanner.ui.context import AppContext
from competentieplanner.ui.interview.actions import ActionsStep
from competentieplanner.ui.interview.close import CloseStep
from competentieplanner.ui.interview.direction import DirectionStep
from competentieplanner.ui.interview.score import ScoreStep
from competentieplanner.ui.interview.talk import TalkStep
from competentieplanner.ui.views.interview import InterviewPage

HELD_ON = dt.date(2026, 11, 16)
#: What the offscreen platform says when a drop-down list opens (see the tests' qt_log_ignore).
OFFSCREEN_POPUP_MESSAGES = "This plugin does not support (raise|grabbing the keyboard)"
TEAM_LEAD_UNIT = "Beleid Sociaal Domein"


@dataclass
class Plan:
    """What the team lead enters in the walk: per step, the values typed or chosen."""

    personnel_number: str
    answers: dict[str, tuple[str, int | None]] = field(default_factory=dict)
    scores: dict[str, tuple[int, int | None, str]] = field(default_factory=dict)  # lead, agreed
    profile: str = "faciliterend"
    own_action: str = "meelopen"
    own_action_quarter: str = "2027-K2"
    own_action_hours: int = 16
    agreements: str = "We bespreken de voortgang in het voortgangsgesprek van juni 2027."


def make_context(db: Database, settings_file: Path) -> AppContext:
    settings = QSettings(str(settings_file), QSettings.Format.IniFormat)
    return AppContext(db=db, settings=settings)


def settle(page: InterviewPage, timeout_ms: int = 30_000) -> None:
    """Wait, as a user does, until the screen's work off the GUI thread has come back."""
    waited = 0
    QApplication.processEvents()
    while page.context.tasks.running() and waited < timeout_ms:
        QTest.qWait(5)
        waited += 5
    assert not page.context.tasks.running(), "the screen's work did not finish"


def team_lead(db: Database) -> service.TeamLead:
    with db.unit_of_work() as uow:
        leads = service.team_leads(uow)
    return next(lead for lead in leads if lead.unit == TEAM_LEAD_UNIT)


def candidates(db: Database) -> list[service.Candidate]:
    """Everyone the chooser lists, the standard team lead's own team first."""
    with db.unit_of_work() as uow:
        return service.interview_candidates(uow, team_lead(db).personnel_number)


def preparation(db: Database, personnel_number: str) -> service.InterviewPreparation:
    with db.unit_of_work() as uow:
        return service.prepare_interview(uow, personnel_number)


def drafts(db: Database) -> list[InterviewDraft]:
    with db.unit_of_work() as uow:
        return service.load_drafts(uow)


def standard_plan(db: Database) -> Plan:
    """The demo walk: an advisor of the policy team who has a plan with open items."""
    lead = team_lead(db)
    with db.unit_of_work() as uow:
        candidates = service.interview_candidates(uow, lead.personnel_number)
    chosen = None
    for candidate in (c for c in candidates if c.own_team):
        prep = preparation(db, candidate.employee.personnel_number)
        if prep.open_items and prep.self_assessment is not None:
            chosen = prep
            break
    assert chosen is not None, "the demo policy team has an advisor with open plan items"
    codes = [c.code for c in chosen.framework.competencies]
    scores: dict[str, tuple[int, int | None, str]] = {}
    for index, code in enumerate(codes):
        current = chosen.current_levels.get(code) or 2
        lead_level = min(4, current + 1) if index % 3 == 0 else current
        agreed = max(1, lead_level - 1) if index == 4 else None  # one agreed level differs
        evidence = ""
        if index == 0:
            evidence = "Adviseerde de wethouder over de herijking van de Wmo-verordening."
        elif index == 10:
            evidence = "Coacht sinds mei twee sociale teams bij de casusregie."
        scores[code] = (lead_level, agreed, evidence)
    questions = [q.code for q in chosen.questions]
    answers = {
        questions[0]: ("Wijkgericht werken en de regionale inkoop van jeugdhulp.", 4),
        questions[1]: ("Minder nota's, meer overleg met de sociale teams in de wijk.", None),
        questions[3]: ("Energie van het werken met de teams; zorgen over de tekorten.", 3),
    }
    return Plan(chosen.employee.personnel_number, answers, scores)


# -- small user gestures ---------------------------------------------------------------------------


def click(widget: QWidget) -> None:
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton, pos=widget.rect().center())
    page = _page_of(widget)
    if page is not None:
        settle(page)


def _page_of(widget: QWidget | None) -> InterviewPage | None:
    while widget is not None and not isinstance(widget, InterviewPage):
        widget = widget.parentWidget()
    return widget


def choose_in_combo(combo: QComboBox, row: int) -> None:
    """Open the drop-down and click the row, as a user does."""
    combo.showPopup()
    view = combo.view()
    index = combo.model().index(row, 0)
    view.scrollTo(index)
    QApplication.processEvents()
    rect = view.visualRect(index)
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    QApplication.processEvents()
    if view.isVisible():
        # The offscreen screen is smaller than the window, so a long list's popup can reach past
        # it and lose the click; the row under the pointer is current: take it with Enter.
        assert view.currentIndex().row() == row
        QTest.keyClick(view, Qt.Key.Key_Return)
        QApplication.processEvents()
    page = _page_of(combo)
    if page is not None:
        settle(page)


def choose_by_data(combo: QComboBox, data: object) -> None:
    row = combo.findData(data)
    assert row >= 0, f"{data!r} is not in {combo.accessibleName()}"
    choose_in_combo(combo, row)


def type_into(widget: QWidget, text: str) -> None:
    widget.setFocus()
    QTest.keyClicks(widget, text)


# -- the steps -------------------------------------------------------------------------------------


def prepare(page: InterviewPage, db: Database, plan: Plan) -> None:
    """Step 1: 'Ik ben teamleider van', the employee, the kind and the date."""
    step = page.prepare_step
    settle(page)  # the lists are read when the screen opens
    choose_by_data(step.lead_combo, team_lead(db).personnel_number)
    settle(page)
    row = step.people.row_of(plan.personnel_number)
    assert row >= 0
    choose_in_combo(step.person_combo, row)
    settle(page)
    assert page.session.draft is not None
    assert page.session.draft.personnel_number == plan.personnel_number
    step.date_edit.setFocus()
    step.date_edit.setDate(QDate(HELD_ON.year, HELD_ON.month, HELD_ON.day))
    settle(page)


def next_step(page: InterviewPage) -> None:
    click(page.next_button)


def talk(page: InterviewPage, plan: Plan) -> None:
    """Step 2: type the answers and click the ratings."""
    step = page.steps[1]
    assert isinstance(step, TalkStep)
    for code, (answer, rating) in plan.answers.items():
        box = step.boxes[code]
        step.scroll_area.ensureWidgetVisible(box)
        type_into(box.answer, answer)
        if rating is not None:
            click(box.ratings.button(rating))


def score(page: InterviewPage, plan: Plan) -> None:
    """Step 3: click the level card of the team lead, the agreed radio where it differs, and
    type the evidence."""
    step = page.steps[2]
    assert isinstance(step, ScoreStep)
    for code, (lead, agreed, evidence) in plan.scores.items():
        row = step.rows[code]
        step.scroll_area.ensureWidgetVisible(row)
        card = next(c for c in row.cards if c.level == lead)
        QTest.mouseClick(card, Qt.MouseButton.LeftButton, pos=QPoint(20, 20))
        if agreed is not None:
            radio = row.agreed_buttons[agreed]
            click(radio)
        if evidence:
            type_into(row.evidence, evidence)


def direction(page: InterviewPage, plan: Plan) -> None:
    """Step 4: choose the target profile."""
    step = page.steps[3]
    assert isinstance(step, DirectionStep)
    button: QAbstractButton = step.group.button(step.profile_codes.index(plan.profile))
    click(button)


def actions(page: InterviewPage, plan: Plan) -> None:
    """Step 5: keep the proposal, add an own action and set its quarter and hours."""
    step = page.steps[4]
    assert isinstance(step, ActionsStep)
    menu_action = next(a for a in step.own_menu.actions() if a.data() == plan.own_action)
    menu_action.trigger()  # the same as choosing it from the 'Eigen actie toevoegen' menu
    choose_by_data(step.quarter_combo, plan.own_action_quarter)
    step.hours_spin.selectAll()
    type_into(step.hours_spin, str(plan.own_action_hours))
    QTest.keyClick(step.hours_spin, Qt.Key.Key_Tab)


def close_text(page: InterviewPage, plan: Plan) -> CloseStep:
    """Step 6: type the agreements and, where competencies stay unscored, confirm that (saving
    is a separate click)."""
    step = page.steps[5]
    assert isinstance(step, CloseStep)
    type_into(step.agreements, plan.agreements)
    if step.outcome.confirm_unscored.isVisible():
        click(step.outcome.confirm_unscored)
    return step


def walk_to_scores(page: InterviewPage, db: Database, plan: Plan) -> None:
    """Steps 1-3 as a team lead does them, ending on step 3 with every score entered."""
    prepare(page, db, plan)
    next_step(page)
    talk(page, plan)
    next_step(page)
    score(page, plan)
