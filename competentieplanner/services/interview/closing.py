"""Closing a conversation for real, in one transaction, and signing the plan it agreed."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm.attributes import flag_modified

from competentieplanner.domain.errors import NotFoundError, UserError, ValidationError
from competentieplanner.domain.interview import InterviewDraft, check_draft
from competentieplanner.domain.model import AssessmentKind, DevelopmentPlan, PlanStatus, Score
from competentieplanner.persistence import records as r
from competentieplanner.persistence.database import Database
from competentieplanner.services.editing import edit_session
from competentieplanner.services.interview.framework import person_framework
from competentieplanner.services.interview.history import load_plan_versions
from competentieplanner.services.interview.storing import (
    ReferenceIds,
    add_assessment,
    draft_rules,
    item_record,
    latest_plan,
)


@dataclass(frozen=True, slots=True)
class ClosedInterview:
    interview_id: int
    lead_assessment_id: int
    agreed_assessment_id: int
    self_assessment_id: int | None
    plan_id: int
    superseded_plan_id: int | None


def close_interview(
    db: Database, draft_or_data: InterviewDraft | Mapping[str, Any]
) -> ClosedInterview:
    """Save the conversation for real, in one transaction, and remove its draft.

    Writes the interview record with its answers, a team lead's and an agreed assessment (and the
    self-assessment when it was entered during the conversation), and a new plan version
    (status *vastgesteld*) that supersedes the current one. The employee's chosen target profile
    becomes the profile of the conversation.

    Raises:
        ValidationError: something entered is incomplete or no longer valid; nothing is saved.
        NotFoundError: the employee no longer exists.
        ConflictError: someone saved a plan for this person at the same moment.
    """
    draft = (
        draft_or_data
        if isinstance(draft_or_data, InterviewDraft)
        else InterviewDraft.from_data(draft_or_data)
    )
    subject = "Het gesprek"
    with edit_session(db, subject) as session:
        employee = session.scalar(
            select(r.EmployeeRecord).where(
                r.EmployeeRecord.personnel_number == draft.personnel_number
            )
        )
        if employee is None:
            raise NotFoundError(
                f"Medewerker met personeelsnummer '{draft.personnel_number}' bestaat niet (meer); "
                "het gesprek is niet opgeslagen."
            )
        ids = ReferenceIds.load(session)
        framework = person_framework(session, draft.personnel_number)
        problems = check_draft(draft, draft_rules(framework, ids))
        if problems:
            raise ValidationError(
                problems, "Het gesprek kan nog niet worden afgerond; er is niets opgeslagen."
            )
        profile_id = ids.profiles[draft.profile] if draft.profile else None
        interview = r.InterviewRecord(
            employee_id=employee.id,
            kind=draft.kind.value,
            held_on=draft.held_on,
            team_lead=draft.team_lead.strip(),
            profile_id=profile_id,
            agreements=draft.agreements.strip(),
        )
        interview.answers = [
            r.InterviewAnswerRecord(
                question_id=ids.questions[code], answer=answer.answer.strip(), rating=answer.rating
            )
            for code, answer in sorted(draft.answers.items())
            if not answer.is_empty
        ]
        session.add(interview)
        session.flush()
        now = dt.datetime.now().replace(microsecond=0)
        self_id = None
        if draft.self_levels:
            self_id = add_assessment(
                session,
                employee.id,
                draft.held_on,
                AssessmentKind.SELF,
                {code: Score(level) for code, level in draft.self_levels.items()},
                ids.competencies,
                interview_id=interview.id,
                created_at=now,
                notes="Ingevuld tijdens het gesprek",
            )
        scored = {code: entry for code, entry in draft.scores.items() if entry.lead is not None}
        lead_id = add_assessment(
            session,
            employee.id,
            draft.held_on,
            AssessmentKind.LEAD,
            {code: Score(e.lead, e.evidence.strip()) for code, e in scored.items() if e.lead},
            ids.competencies,
            interview_id=interview.id,
            created_at=now,
            assessor=draft.team_lead.strip(),
        )
        agreed_id = add_assessment(
            session,
            employee.id,
            draft.held_on,
            AssessmentKind.AGREED,
            {
                code: Score(level, e.evidence.strip())
                for code, e in scored.items()
                if (level := e.agreed_level) is not None
            },
            ids.competencies,
            interview_id=interview.id,
            created_at=now,
            assessor=draft.team_lead.strip(),
        )
        latest = latest_plan(session, employee.id)
        if latest is not None:
            # Touch the superseded version so a colleague saving from the same starting point at
            # the same moment is refused by the version check (as services.plan_edit does).
            flag_modified(latest, "status")
        plan = r.DevelopmentPlanRecord(
            employee_id=employee.id,
            profile_id=profile_id,
            created_on=max(draft.held_on, latest.created_on) if latest else draft.held_on,
            status=PlanStatus.AGREED.value,
            interview_id=interview.id,
            supersedes_id=latest.id if latest else None,
        )
        plan.items = [item_record(action, ids.offers) for action in draft.actions]
        session.add(plan)
        if profile_id is not None:
            employee.target_profile_id = profile_id
        if draft.id is not None:
            stored = session.get(r.InterviewDraftRecord, draft.id)
            if stored is not None:
                session.delete(stored)
        session.flush()
        return ClosedInterview(
            interview_id=interview.id,
            lead_assessment_id=lead_id,
            agreed_assessment_id=agreed_id,
            self_assessment_id=self_id,
            plan_id=plan.id,
            superseded_plan_id=latest.id if latest else None,
        )


def mark_signed(
    db: Database, plan_id: int, signed_on: dt.date, *, today: dt.date | None = None
) -> DevelopmentPlan:
    """Record that the plan version was signed on ``signed_on``.

    Raises:
        NotFoundError: no plan with this id.
        UserError: the plan is already signed, a newer version exists, or the date is before the
            plan was agreed or in the future.
    """
    today = today or dt.date.today()
    with edit_session(db, "Het ontwikkelplan") as session:
        plan = session.get(r.DevelopmentPlanRecord, plan_id)
        if plan is None:
            raise NotFoundError(f"Ontwikkelplan {plan_id} bestaat niet (meer).")
        if plan.status == PlanStatus.SIGNED.value:
            raise UserError(
                f"Dit ontwikkelplan is al getekend op {_dutch_date(plan.signed_on)}."
                if plan.signed_on
                else "Dit ontwikkelplan is al getekend."
            )
        newer = session.scalar(
            select(r.DevelopmentPlanRecord.id).where(
                r.DevelopmentPlanRecord.supersedes_id == plan_id
            )
        )
        if newer is not None:
            raise UserError("Er is al een nieuwere versie van dit ontwikkelplan; teken die versie.")
        if signed_on < plan.created_on:
            raise UserError(
                f"De datum van ondertekening ({_dutch_date(signed_on)}) ligt vóór de datum van "
                f"het plan ({_dutch_date(plan.created_on)})."
            )
        if signed_on > today:
            raise UserError(
                f"De datum van ondertekening ({_dutch_date(signed_on)}) ligt in de toekomst."
            )
        plan.status = PlanStatus.SIGNED.value
        plan.signed_on = signed_on
        session.flush()
        employee = session.get(r.EmployeeRecord, plan.employee_id)
        assert employee is not None
        versions = load_plan_versions(session, employee.id, employee.personnel_number)
    return next(v.plan for v in versions if v.id == plan_id)


def _dutch_date(day: dt.date | None) -> str:
    return day.strftime("%d-%m-%Y") if day else "?"
