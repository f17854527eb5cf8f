"""The development interview service on the demo municipality: prepare, drafts, close, sign,
progress. Every test reads the real SQLite file back."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any, TypeVar

import pytest
from sqlalchemy import func, select

from competentieplanner.domain.errors import NotFoundError, UserError, ValidationError
from competentieplanner.domain.interview import (
    DRAFT_FORMAT,
    ActionEntry,
    AnswerEntry,
    InterviewDraft,
    ScoreEntry,
)
from competentieplanner.domain.model import (
    AssessmentKind,
    FundingSource,
    InterviewKind,
    PlanItemStatus,
    PlanStatus,
    Quarter,
    Score,
)
from competentieplanner.domain.scoring import score
from competentieplanner.persistence import records as r
from competentieplanner.persistence import repositories as repo
from competentieplanner.persistence.database import Database
from competentieplanner.services import interview as iv

HELD_ON = dt.date(2026, 11, 16)
T = TypeVar("T")


def call(db: Database, service: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    """Run one service call in its own unit of work, as the CLI and the UI operations do."""
    with db.unit_of_work() as uow:
        return service(uow, *args, **kwargs)


COUNTED_TABLES = (
    r.InterviewRecord,
    r.InterviewAnswerRecord,
    r.AssessmentRecord,
    r.AssessmentScoreRecord,
    r.DevelopmentPlanRecord,
    r.PlanItemRecord,
)


def _advisor_with_plan(db: Database) -> iv.InterviewPreparation:
    """The first policy advisor (by name) who has a plan with open items and a self-assessment."""
    for candidate in call(db, iv.interview_candidates):
        if "beleidsadviseur" not in candidate.employee.job_title.lower():
            continue
        prep = call(db, iv.prepare_interview, candidate.employee.personnel_number)
        if prep.open_items and prep.self_assessment is not None:
            return prep
    raise AssertionError("the demo municipality has no advisor with an open plan")


def _advisor_with_unsigned_plan(db: Database) -> iv.InterviewPreparation:
    """Like :func:`_advisor_with_plan`, with a current plan that is not signed yet (which
    advisor that is depends on the demo's catalogue)."""
    for candidate in call(db, iv.interview_candidates):
        if "beleidsadviseur" not in candidate.employee.job_title.lower():
            continue
        prep = call(db, iv.prepare_interview, candidate.employee.personnel_number)
        current = prep.current_plan
        if (
            prep.open_items
            and prep.self_assessment is not None
            and current is not None
            and current.plan.status is not PlanStatus.SIGNED
        ):
            return prep
    raise AssertionError("the demo municipality has no advisor with an open, unsigned plan")


def _social_worker(db: Database) -> iv.InterviewPreparation:
    for candidate in call(db, iv.interview_candidates):
        if candidate.employee.unit and candidate.employee.unit.startswith("Sociaal team"):
            return call(db, iv.prepare_interview, candidate.employee.personnel_number)
    raise AssertionError("no social team member")


def _counts(db: Database) -> dict[str, int]:
    with db.read_session() as session:
        return {
            t.__tablename__: session.scalar(select(func.count()).select_from(t)) or 0
            for t in (*COUNTED_TABLES, r.InterviewDraftRecord)
        }


def _filled_draft(prep: iv.InterviewPreparation) -> InterviewDraft:
    """A conversation with every step filled in: three scores (one agreed level differs from
    the team lead's), two answers, a chosen profile and a plan of one course and one own
    action."""
    assert prep.employee.manager is not None, "the demo gives everyone a team lead"
    draft = iv.new_draft(
        prep,
        kind=InterviewKind.PLANNING,
        held_on=HELD_ON,
        team_lead="Noë Haile",
        team_lead_number=prep.employee.manager,
    )
    comps = [c.code for c in prep.framework.competencies]
    draft.scores = {
        comps[0]: ScoreEntry(lead=3, evidence="Adviseerde de wethouder over de Wmo-verordening"),
        comps[1]: ScoreEntry(lead=2, agreed=3),
        comps[2]: ScoreEntry(lead=4),
    }
    questions = [q.code for q in prep.questions]
    draft.answers = {
        questions[0]: AnswerEntry("Wijkgericht werken en de regionale inkoop.", 4),
        questions[1]: AnswerEntry("Meer contact met de sociale teams."),
    }
    draft.profile = "faciliterend"
    own_codes = {c.code for c in prep.framework.competencies}
    offer = next(o for o in prep.catalogue if any(e.competency in own_codes for e in o.effects))
    draft.actions = [
        ActionEntry(
            title=offer.name,
            quarter="2027-K1",
            offer=offer.code,
            hours=offer.hours,
            cost=offer.cost,
            funding=FundingSource.IKB,
            repayment_clause=True,
        ),
        ActionEntry(
            title="Meeloopstage in een sociaal team",
            quarter="2027-K2",
            hours=16,
            action_kind="meelopen",
        ),
    ]
    draft.agreements = "Evaluatie in het voortgangsgesprek van juni."
    return draft


# -- preparation ---------------------------------------------------------------------------------


def test_prepare_advisor(demo_db: Database) -> None:
    prep = _advisor_with_plan(demo_db)
    number = prep.employee.personnel_number
    assert prep.framework.code == "beleidsadviseur"
    assert [p.code for p in prep.profiles] == ["strategisch", "aanbieders", "faciliterend"]
    with demo_db.read_session() as session:
        emp_id = repo.employee_id(session, number)
        current = repo.load_current_levels(session, employee_ids=[emp_id])[number]
        agreed = repo.load_current_levels(
            session, employee_ids=[emp_id], kinds=[AssessmentKind.AGREED]
        ).get(number, {})
        assessments = repo.load_assessments(session, number)
        plans = repo.load_plans(session, number)
    assert dict(prep.current_levels) == current
    assert dict(prep.agreed_levels) == agreed
    latest_self = [a for a in assessments if a.kind is AssessmentKind.SELF][-1]
    assert prep.self_assessment == latest_self
    assert [m.fit_pct for m in prep.fits] == [score(current, p).fit_pct for p in prep.profiles]
    assert prep.current_plan is not None and prep.current_plan.plan == plans[-1]
    assert all(
        i.status in (PlanItemStatus.PLANNED, PlanItemStatus.IN_PROGRESS) for i in prep.open_items
    )
    audiences = {q.audience for q in prep.questions}
    assert audiences == {"alle", "beleidsadviseur"}
    assert "A3" in {q.code for q in prep.questions}


def test_prepare_social_team_member_gets_social_team_questions(demo_db: Database) -> None:
    prep = _social_worker(demo_db)
    assert prep.framework.code == "sociaal-team"
    assert [p.code for p in prep.profiles] == ["sociaal-team"]
    codes = {q.code for q in prep.questions}
    assert "E1" in codes and "A3" not in codes
    assert {q.audience for q in prep.questions} == {"alle", "sociaal-team"}


def test_prepare_unknown_employee(demo_db: Database) -> None:
    with pytest.raises(NotFoundError, match="999999x"):
        call(demo_db, iv.prepare_interview, "999999x")


def test_own_team_first(demo_db: Database) -> None:
    leads = call(demo_db, iv.team_leads)
    lead = next(lead for lead in leads if lead.unit and lead.unit.startswith("Beleid"))
    candidates = call(demo_db, iv.interview_candidates, lead.personnel_number)
    own = [c for c in candidates if c.own_team]
    assert len(own) == lead.reports > 0
    assert candidates[: len(own)] == own
    assert all(c.employee.manager == lead.personnel_number for c in own)
    assert not any(c.employee.manager == lead.personnel_number for c in candidates[len(own) :])


# -- drafts --------------------------------------------------------------------------------------


def test_draft_round_trip_keeps_every_field(demo_db: Database) -> None:
    prep = _advisor_with_plan(demo_db)
    draft = _filled_draft(prep)
    draft.self_levels = {prep.framework.competencies[0].code: 2}
    draft.step = 3
    draft_id = call(demo_db, iv.save_draft, draft)
    assert draft.id == draft_id
    [loaded] = call(demo_db, iv.load_drafts)
    assert loaded.id == draft_id
    assert loaded.employee_name == prep.employee.name
    assert loaded.to_data() == draft.to_data()
    assert loaded.actions[0].cost == draft.actions[0].cost
    assert isinstance(loaded.actions[0].cost, Decimal)
    assert loaded.scores == draft.scores and loaded.answers == draft.answers
    # Saving again updates the same row.
    draft.scores[prep.framework.competencies[3].code] = ScoreEntry(lead=1)
    draft.step = 4
    assert call(demo_db, iv.save_draft, draft) == draft_id
    [again] = call(demo_db, iv.load_drafts)
    assert again.step == 4 and again.scores == draft.scores
    call(demo_db, iv.delete_draft, draft_id)
    assert call(demo_db, iv.load_drafts) == []
    call(demo_db, iv.delete_draft, draft_id)  # already gone: no error


def test_drafts_newest_first_and_unreadable_left_alone(demo_db: Database) -> None:
    prep = _advisor_with_plan(demo_db)
    first = iv.new_draft(prep, held_on=HELD_ON)
    call(demo_db, iv.save_draft, first)
    other = _social_worker(demo_db)
    second = iv.new_draft(other, held_on=HELD_ON)
    call(demo_db, iv.save_draft, second)
    with demo_db.session() as session:  # make the order independent of the clock's resolution
        session.get(r.InterviewDraftRecord, first.id).updated_at = dt.datetime(2026, 1, 1)  # type: ignore[union-attr]
        session.add(
            r.InterviewDraftRecord(
                employee_id=repo.employee_id(session, other.employee.personnel_number),
                step=0,
                data={"format": DRAFT_FORMAT + 1, "personnel_number": "x"},
                updated_at=dt.datetime(2026, 1, 2),
            )
        )
    assert [d.id for d in call(demo_db, iv.load_drafts)] == [second.id, first.id]
    assert _counts(demo_db)["interview_draft"] == 3


def test_draft_from_newer_app_or_damaged_is_refused() -> None:
    with pytest.raises(UserError, match="nieuwere versie"):
        InterviewDraft.from_data({"format": DRAFT_FORMAT + 1})
    with pytest.raises(UserError, match="beschadigd"):
        InterviewDraft.from_data({"format": DRAFT_FORMAT, "held_on": "gisteren"}, draft_id=7)


# -- closing -------------------------------------------------------------------------------------


def test_close_interview_saves_everything_once(demo_db: Database) -> None:
    prep = _advisor_with_plan(demo_db)
    number = prep.employee.personnel_number
    draft = _filled_draft(prep)
    draft.self_levels = {c: 3 for c in list(draft.scores)[:2]}
    call(demo_db, iv.save_draft, draft)
    before = _counts(demo_db)
    previous_plan = prep.current_plan
    assert previous_plan is not None

    closed = call(demo_db, iv.close_interview, draft, accept_unscored=True)

    after = _counts(demo_db)
    assert after["interview"] == before["interview"] + 1
    assert after["interview_answer"] == before["interview_answer"] + 2
    assert after["assessment"] == before["assessment"] + 3  # self, lead, agreed
    assert after["development_plan"] == before["development_plan"] + 1
    assert after["plan_item"] == before["plan_item"] + 2
    assert after["interview_draft"] == before["interview_draft"] - 1
    assert closed.superseded_plan_id == previous_plan.id
    assert closed.plan_version == len(prep.plans) + 1  # numbered per person, not the id

    comps = list(draft.scores)
    assert closed.unscored == tuple(
        c.code for c in prep.framework.competencies if c.code not in comps
    )
    with demo_db.read_session() as session:
        interview = session.get(r.InterviewRecord, closed.interview_id)
        assert interview is not None
        lead_name = repo.get_employee(session, prep.employee.manager).name
        # The record names the chosen person, not whatever name the draft carried.
        assert (interview.kind, interview.held_on, interview.team_lead) == (
            "planningsgesprek",
            HELD_ON,
            lead_name,
        )
        assert interview.team_lead_number == prep.employee.manager
        framework_codes = [c.code for c in prep.framework.competencies]
        assert interview.unscored.split(",") == [c for c in framework_codes if c not in comps]
        # No next conversation chosen: the yearly cycle's next one is recorded.
        assert (interview.next_kind, interview.next_on) == (
            "voortgangsgesprek",
            dt.date(2027, 5, 16),
        )
        assert interview.agreements == "Evaluatie in het voortgangsgesprek van juni."
        answers = {a.question.code: (a.answer, a.rating) for a in interview.answers}
        assert answers == {code: (a.answer, a.rating) for code, a in draft.answers.items()}
        kinds = dict(
            session.execute(
                select(r.AssessmentRecord.id, r.AssessmentRecord.kind).where(
                    r.AssessmentRecord.interview_id == closed.interview_id
                )
            ).all()
        )
        assert sorted(kinds.values()) == ["agreed", "lead", "self"]
        plan = session.get(r.DevelopmentPlanRecord, closed.plan_id)
        assert plan is not None
        assert (plan.status, plan.interview_id, plan.supersedes_id) == (
            "vastgesteld",
            closed.interview_id,
            previous_plan.id,
        )
        employee = session.get(r.EmployeeRecord, plan.employee_id)
        assert employee is not None and employee.target_profile is not None
        assert employee.target_profile.code == "faciliterend"
        assessments = {a.id: a for a in repo.load_assessments(session, number)}
        plans = repo.load_plans(session, number)
        current = repo.load_current_levels(session, employee_ids=[employee.id])[number]
    agreed = assessments[closed.agreed_assessment_id]
    lead = assessments[closed.lead_assessment_id]
    assert {c: s.level for c, s in agreed.scores.items()} == {comps[0]: 3, comps[1]: 3, comps[2]: 4}
    assert {c: s.level for c, s in lead.scores.items()} == {comps[0]: 3, comps[1]: 2, comps[2]: 4}
    assert agreed.scores[comps[0]].evidence == "Adviseerde de wethouder over de Wmo-verordening"
    assert agreed.date == HELD_ON and agreed.assessor == lead_name
    assert {c: current[c] for c in comps} == {comps[0]: 3, comps[1]: 3, comps[2]: 4}
    new_plan = plans[-1]
    assert new_plan.id == closed.plan_id and new_plan.profile == "faciliterend"
    assert [
        (i.title, str(i.quarter), i.offer, i.funding, i.repayment_clause) for i in new_plan.items
    ] == [(a.title, a.quarter, a.offer, a.funding, a.repayment_clause) for a in draft.actions]
    # The earlier version is untouched and still readable.
    assert plans[-2] == previous_plan.plan
    assert call(demo_db, iv.load_drafts) == []


def test_close_accepts_the_stored_json(demo_db: Database) -> None:
    prep = _social_worker(demo_db)
    draft = _filled_draft(prep)
    draft.profile = "sociaal-team"
    closed = call(demo_db, iv.close_interview, draft.to_data(), accept_unscored=True)
    with demo_db.read_session() as session:
        assert session.get(r.InterviewRecord, closed.interview_id) is not None


def test_close_refuses_incomplete_input_and_writes_nothing(demo_db: Database) -> None:
    prep = _advisor_with_plan(demo_db)
    draft = _filled_draft(prep)
    draft.scores = {}
    draft.actions[1].quarter = "volgend jaar"
    draft.actions[0].title = " "
    call(demo_db, iv.save_draft, draft)
    before = _counts(demo_db)
    with pytest.raises(ValidationError) as caught:
        call(demo_db, iv.close_interview, draft, accept_unscored=True)
    text = str(caught.value)
    assert "er is niets opgeslagen" in text
    assert "Stap 3 Scoren: geef bij minstens één competentie een niveau" in text
    assert "Stap 5 Afspraken, rij 2, kolom 'Kwartaal': waarde 'volgend jaar'" in text
    assert "Stap 5 Afspraken, rij 1, kolom 'Activiteit'" in text
    assert _counts(demo_db) == before


def test_close_without_a_team_lead_is_refused(demo_db: Database) -> None:
    prep = _advisor_with_plan(demo_db)
    draft = _filled_draft(prep)
    draft.team_lead_number = ""
    before = _counts(demo_db)
    with pytest.raises(ValidationError, match="Stap 1 Voorbereiden: kies de teamleider"):
        call(demo_db, iv.close_interview, draft, accept_unscored=True)
    draft.team_lead_number = "GEEN-MEDEWERKER"
    with pytest.raises(ValidationError, match="staat niet \\(meer\\) in het personeelsbestand"):
        call(demo_db, iv.close_interview, draft, accept_unscored=True)
    assert _counts(demo_db) == before


def test_close_without_a_chosen_lead_takes_the_signed_in_user(demo_db: Database) -> None:
    """On a department database the signed-in user's account names their employee record."""
    prep = _advisor_with_plan(demo_db)
    lead = prep.employee.manager
    draft = _filled_draft(prep)
    draft.team_lead_number, draft.team_lead = "", ""
    with demo_db.unit_of_work() as uow:
        from competentieplanner.persistence import accounts

        login = accounts.current_login(uow.session)
    with demo_db.engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO app_user (login, role, employee_number, active, version) "
            "VALUES (?, 'teamleider', ?, 1, 1)",
            (login, lead),
        )
    closed = call(demo_db, iv.close_interview, draft, accept_unscored=True)
    with demo_db.read_session() as session:
        interview = session.get(r.InterviewRecord, closed.interview_id)
        assert interview is not None and interview.team_lead_number == lead


def test_close_with_unscored_competencies_asks_for_confirmation(demo_db: Database) -> None:
    prep = _advisor_with_plan(demo_db)
    draft = _filled_draft(prep)
    before = _counts(demo_db)
    with pytest.raises(iv.UnscoredCompetenciesError) as caught:
        call(demo_db, iv.close_interview, draft)
    unscored = [c.name for c in prep.framework.competencies if c.code not in draft.scores]
    assert caught.value.names == unscored
    assert f"{len(unscored)} competentie(s) zijn niet gescoord" in str(caught.value)
    assert _counts(demo_db) == before
    for competency in prep.framework.competencies:
        draft.scores[competency.code] = ScoreEntry(lead=2)
    closed = call(demo_db, iv.close_interview, draft)  # everything scored: no question
    assert closed.unscored == ()


def test_a_review_needs_a_judgement_and_the_employees_response(demo_db: Database) -> None:
    prep = _advisor_with_plan(demo_db)
    draft = _filled_draft(prep)
    draft.kind = InterviewKind.REVIEW
    draft.next_on = dt.date(2026, 1, 1)  # before the talk, and without a kind
    with pytest.raises(ValidationError) as caught:
        call(demo_db, iv.close_interview, draft, accept_unscored=True)
    messages = [p.message for p in caught.value.problems]
    assert any(m.startswith("kies het eindoordeel") for m in messages)
    assert any("'voor gezien' of 'akkoord'" in m for m in messages)
    assert "plan het volgende gesprek met zowel een soort als een datum" in messages
    draft.judgement, draft.employee_response = "goed", "voor gezien"
    draft.next_kind, draft.next_on = InterviewKind.PLANNING, dt.date(2026, 12, 14)
    closed = call(demo_db, iv.close_interview, draft, accept_unscored=True)
    with demo_db.read_session() as session:
        interview = session.get(r.InterviewRecord, closed.interview_id)
        assert interview is not None
        assert (interview.judgement, interview.employee_response) == ("goed", "voor gezien")
        assert (interview.next_kind, interview.next_on) == (
            "planningsgesprek",
            dt.date(2026, 12, 14),
        )


def test_close_refuses_levels_off_the_scale_and_foreign_competencies(demo_db: Database) -> None:
    prep = _advisor_with_plan(demo_db)
    draft = _filled_draft(prep)
    first = prep.framework.competencies[0]
    draft.scores[first.code] = ScoreEntry(lead=5)
    draft.scores["ST01"] = ScoreEntry(lead=2)  # a social-team competency
    with pytest.raises(ValidationError) as caught:
        call(demo_db, iv.close_interview, draft, accept_unscored=True)
    messages = [p.message for p in caught.value.problems]
    assert f"{first.name}: het niveau teamleider moet tussen 1 en 4 liggen" in messages
    assert any("ST01 hoort niet bij het kader" in m for m in messages)


def test_close_is_all_or_nothing(demo_db: Database) -> None:
    """A failure while writing the plan items (here a real SQLite trigger) undoes the interview,
    the answers and the assessments written before it in the same transaction."""
    prep = _advisor_with_plan(demo_db)
    draft = _filled_draft(prep)
    call(demo_db, iv.save_draft, draft)
    with demo_db.engine.begin() as conn:
        conn.exec_driver_sql(
            "CREATE TRIGGER no_items BEFORE INSERT ON plan_item "
            "BEGIN SELECT RAISE(ABORT, 'geen activiteiten'); END"
        )
    before = _counts(demo_db)
    with pytest.raises(UserError, match="Het gesprek kon niet worden opgeslagen"):
        call(demo_db, iv.close_interview, draft, accept_unscored=True)
    assert _counts(demo_db) == before
    assert [d.id for d in call(demo_db, iv.load_drafts)] == [draft.id]


def test_close_for_a_person_without_a_plan_starts_the_history(demo_db: Database) -> None:
    prep = next(
        p
        for c in call(demo_db, iv.interview_candidates)
        if (p := call(demo_db, iv.prepare_interview, c.employee.personnel_number)).current_plan
        is None
    )
    draft = _filled_draft(prep)
    draft.profile = prep.profiles[0].code
    closed = call(demo_db, iv.close_interview, draft, accept_unscored=True)
    assert closed.superseded_plan_id is None and closed.self_assessment_id is None
    again = call(demo_db, iv.prepare_interview, prep.employee.personnel_number)
    assert again.current_plan is not None and again.current_plan.id == closed.plan_id
    assert [s.id for s in again.interviews] == [closed.interview_id]
    assert again.interviews[0].plan_id == closed.plan_id
    assert len(again.interviews[0].answers) == 2


# -- live figures --------------------------------------------------------------------------------


def test_fits_follow_the_new_levels(demo_db: Database) -> None:
    prep = _advisor_with_plan(demo_db)
    everything_expert = {c.code: 4 for c in prep.framework.competencies}
    assert [m.fit_pct for m in iv.fits_for(prep, everything_expert)] == [100.0, 100.0, 100.0]
    assert [m.fit_pct for m in iv.fits_for(prep, prep.current_levels)] == [
        m.fit_pct for m in prep.fits
    ]


def test_proposal_uses_the_given_levels_and_skips_kept_training(demo_db: Database) -> None:
    prep = _advisor_with_plan(demo_db)
    start = Quarter(2027, 1)
    low = {c.code: 1 for c in prep.framework.competencies}
    proposal = iv.propose_actions(prep, profile="strategisch", levels=low, start=start)
    assert proposal, "someone at level 1 everywhere needs training"
    codes = [a.offer for a in proposal]
    assert len(codes) == len(set(codes))
    assert all(Quarter.parse(a.quarter) >= start for a in proposal)
    assert all(a.origin == "planner" and a.status is PlanItemStatus.PLANNED for a in proposal)
    for action in proposal:
        offer = prep.offer(action.offer or "")
        assert offer is not None
        assert (action.title, action.hours, action.cost) == (offer.name, offer.hours, offer.cost)
        assert action.repayment_clause == (offer.cost >= Decimal("1500"))
    kept = proposal[:1]
    again = iv.propose_actions(prep, profile="strategisch", levels=low, start=start, keep=kept)
    assert kept[0].offer not in {a.offer for a in again}
    top = {c.code: 4 for c in prep.framework.competencies}
    assert iv.propose_actions(prep, profile="strategisch", levels=top, start=start) == []
    with pytest.raises(NotFoundError):
        iv.propose_actions(prep, profile="sociaal-team", levels=low, start=start)


def test_carried_actions(demo_db: Database) -> None:
    prep = _advisor_with_plan(demo_db)
    assert prep.current_plan is not None
    open_items = iv.carried_actions(prep, InterviewKind.PLANNING)
    assert [a.title for a in open_items] == [i.title for i in prep.open_items]
    everything = iv.carried_actions(prep, InterviewKind.PROGRESS)
    assert [a.status for a in everything] == [i.status for i in prep.current_plan.plan.items]
    assert all(a.origin == "plan" for a in everything)


# -- signing and progress ------------------------------------------------------------------------


def test_mark_signed(demo_db: Database) -> None:
    prep = _advisor_with_unsigned_plan(demo_db)
    closed = call(demo_db, iv.close_interview, _filled_draft(prep), accept_unscored=True)
    today = dt.date(2026, 11, 30)
    with pytest.raises(UserError, match="vóór de datum van het plan"):
        call(demo_db, iv.mark_signed, closed.plan_id, HELD_ON - dt.timedelta(days=1), today=today)
    with pytest.raises(UserError, match="in de toekomst"):
        call(demo_db, iv.mark_signed, closed.plan_id, today + dt.timedelta(days=1), today=today)
    plan = call(demo_db, iv.mark_signed, closed.plan_id, dt.date(2026, 11, 20), today=today)
    assert (plan.status, plan.signed_on) == (PlanStatus.SIGNED, dt.date(2026, 11, 20))
    with pytest.raises(UserError, match="al getekend op 20-11-2026"):
        call(demo_db, iv.mark_signed, closed.plan_id, dt.date(2026, 11, 21), today=today)
    assert closed.superseded_plan_id is not None
    with pytest.raises(UserError, match="nieuwere versie"):
        call(demo_db, iv.mark_signed, closed.superseded_plan_id, dt.date(2026, 11, 21), today=today)
    with pytest.raises(NotFoundError):
        call(demo_db, iv.mark_signed, 10**9, dt.date(2026, 11, 21), today=today)


def test_record_progress_makes_a_new_version_and_raises_levels(demo_db: Database) -> None:
    prep = _advisor_with_plan(demo_db)
    number = prep.employee.personnel_number
    closed = call(demo_db, iv.close_interview, _filled_draft(prep), accept_unscored=True)
    after_close = call(demo_db, iv.prepare_interview, number)
    plan = after_close.current_plan
    assert plan is not None and plan.id == closed.plan_id
    course_index = next(i for i, item in enumerate(plan.plan.items) if item.offer)
    course = plan.plan.items[course_index]
    offer = after_close.offer(course.offer or "")
    assert offer is not None and offer.effects
    own_codes = {c.code for c in after_close.framework.competencies}
    competency = min(
        (e.competency for e in offer.effects if e.competency in own_codes),
        key=lambda code: after_close.current_levels.get(code) or 0,
    )
    old_level = after_close.current_levels.get(competency)
    assert (old_level or 0) < 4, "the course must leave room to grow"
    suggested = iv.levels_after_training(after_close, after_close.current_levels, [offer.code])
    assert suggested[competency] >= (old_level or 0)
    new_level = (old_level or 0) + 1
    later = dt.date(2027, 6, 15)

    result = call(
        demo_db,
        iv.record_progress,
        plan.id,
        [
            iv.ItemProgress(
                plan.item_ids[course_index], PlanItemStatus.DONE, notes="Met certificaat"
            )
        ],
        held_on=later,
        team_lead="Noë Haile",
        reassessed={competency: Score(new_level, "Toegepast in de nieuwe inkoopronde")},
        added=[ActionEntry(title="Coaching door een senior collega", quarter="2027-K3", hours=8)],
    )

    with demo_db.read_session() as session:
        plans = repo.load_plans(session, number)
        assessments = repo.load_assessments(session, number)
        emp_id = repo.employee_id(session, number)
        current = repo.load_current_levels(session, employee_ids=[emp_id])[number]
        successor = session.get(r.DevelopmentPlanRecord, result.plan_id)
        assert successor is not None and successor.supersedes_id == plan.id
    assert plans[-2] == plan.plan  # the agreed version stays as it was
    new = plans[-1]
    assert new.id == result.plan_id and new.created_on == later
    done = [i for i in new.items if i.title == course.title]
    assert done[0].status is PlanItemStatus.DONE and done[0].notes == "Met certificaat"
    assert [i.title for i in new.items if i.title.startswith("Coaching")] == [
        "Coaching door een senior collega"
    ]
    assert len(new.items) == len(plan.plan.items) + 1
    reassessment = next(a for a in assessments if a.id == result.assessment_id)
    assert reassessment.kind is AssessmentKind.LEAD and reassessment.date == later
    assert course.title in reassessment.notes
    assert current[competency] == new_level
    assert result.raised == {competency: (old_level, new_level)}

    # The plan that was just superseded cannot be updated any more.
    with pytest.raises(UserError, match="niet meer de actuele versie"):
        call(demo_db, iv.record_progress, plan.id, [], held_on=later)


def test_record_progress_refuses_foreign_items_and_bad_levels(demo_db: Database) -> None:
    prep = _advisor_with_plan(demo_db)
    assert prep.current_plan is not None
    before = _counts(demo_db)
    with pytest.raises(ValidationError) as caught:
        call(
            demo_db,
            iv.record_progress,
            prep.current_plan.id,
            [iv.ItemProgress(10**9, PlanItemStatus.DONE, quarter="K5")],
            held_on=HELD_ON,
            reassessed={prep.framework.competencies[0].code: Score(7)},
            added=[ActionEntry(title="", quarter="2027-K1")],
        )
    messages = str(caught.value)
    assert "hoort niet bij dit plan" in messages
    assert "moet tussen 1 en 4 liggen" in messages
    assert "'K5' is geen kwartaal" in messages
    assert "geef de activiteit een omschrijving" in messages
    assert _counts(demo_db) == before


# -- self-assessment from the assessment form ----------------------------------------------------


def test_self_assessment_read_from_the_form(demo_db: Database, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    from competentieplanner.import_export import assessment_sheet as layout
    from competentieplanner.services.template_export import export_assessment_template

    prep = _advisor_with_plan(demo_db)
    unit = prep.employee.unit
    assert unit is not None
    form = tmp_path / "zelfbeoordeling.xlsx"
    with demo_db.unit_of_work() as uow:
        export_assessment_template(uow, form, unit=unit, framework=prep.framework.code)
    workbook = load_workbook(form)
    sheet = workbook[layout.SHEET]
    codes = [c.code for c in prep.framework.competencies]
    for row in range(layout.HEADER_ROW + 1, sheet.max_row + 1):
        if sheet.cell(row, 1).value == prep.employee.personnel_number:
            sheet.cell(row, 3).value = dt.datetime(2026, 11, 2)
            sheet.cell(row, layout.FIRST_LEVEL_COLUMN).value = 2
            sheet.cell(row, layout.FIRST_LEVEL_COLUMN + 2).value = 4
            break
    else:
        raise AssertionError("the person is not on the form of their own team")
    workbook.save(form)

    result = call(demo_db, iv.read_self_assessment, form, prep.employee.personnel_number)

    assert result.levels == {codes[0]: 2, codes[2]: 4}
    assert result.assessed_on == dt.date(2026, 11, 2)
    assert result.file == form.name
    before = _counts(demo_db)
    with pytest.raises(UserError, match="geen ingevulde niveaus voor personeelsnummer"):
        other = next(
            c.employee.personnel_number
            for c in call(demo_db, iv.interview_candidates)
            if c.employee.unit == unit
            and c.employee.personnel_number != prep.employee.personnel_number
        )
        call(demo_db, iv.read_self_assessment, form, other)
    assert _counts(demo_db) == before  # reading never writes


def test_self_assessment_form_with_a_bad_level_names_the_cell(
    demo_db: Database, tmp_path: Path
) -> None:
    from openpyxl import load_workbook

    from competentieplanner.import_export import assessment_sheet as layout
    from competentieplanner.services.template_export import export_assessment_template

    prep = _advisor_with_plan(demo_db)
    assert prep.employee.unit is not None
    form = tmp_path / "zelfbeoordeling.xlsx"
    with demo_db.unit_of_work() as uow:
        export_assessment_template(
            uow, form, unit=prep.employee.unit, framework="beleidsadviseur"
        )
    workbook = load_workbook(form)
    sheet = workbook[layout.SHEET]
    row = layout.HEADER_ROW + 1
    sheet.cell(row, 3).value = dt.datetime(2026, 11, 2)
    sheet.cell(row, layout.FIRST_LEVEL_COLUMN).value = 9
    workbook.save(form)
    with pytest.raises(ValidationError) as caught:
        call(demo_db, iv.read_self_assessment, form, prep.employee.personnel_number)
    problem = caught.value.problems[0]
    assert (problem.row, problem.column) == (row, "E")


def test_each_kind_of_conversation_has_its_own_questions(demo_db: Database) -> None:
    prep = _advisor_with_plan(demo_db)
    planning = {q.code for q in prep.questions_for(InterviewKind.PLANNING)}
    progress = {q.code for q in prep.questions_for(InterviewKind.PROGRESS)}
    review = {q.code for q in prep.questions_for(InterviewKind.REVIEW)}
    assert {"A1", "D15"} <= planning and not planning & (progress | review)
    assert progress == {"V1", "V2", "V3"}
    assert review == {"R1", "R2", "R3"}
    assert {q.code for q in prep.questions_for(InterviewKind.DEVELOPMENT)} == planning
