"""Closing a conversation for real, in one transaction, and signing the plan it agreed."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any

from competentieplanner.domain.errors import NotFoundError, UserError, ValidationError
from competentieplanner.domain.interview import (
    InterviewDraft,
    check_draft,
    next_in_cycle,
    unscored_competencies,
)
from competentieplanner.domain.interview_history import PlanVersion
from competentieplanner.domain.model import AssessmentKind, DevelopmentPlan, PlanStatus, Score
from competentieplanner.persistence import drafts as draft_store
from competentieplanner.persistence import interview_records as store
from competentieplanner.persistence import interviews as queries
from competentieplanner.persistence import repositories as repo
from competentieplanner.persistence.unit_of_work import UnitOfWork, translated_refusals
from competentieplanner.services.interview.drafts import check_draft_version
from competentieplanner.services.interview.framework import person_framework
from competentieplanner.services.interview.people import signed_in_team_lead
from competentieplanner.services.interview.storing import draft_rules

SUBJECT = "Het gesprek"
PLAN_SUBJECT = "Het ontwikkelplan"


@dataclass(frozen=True, slots=True)
class ClosedInterview:
    interview_id: int
    lead_assessment_id: int
    agreed_assessment_id: int
    self_assessment_id: int | None
    plan_id: int
    superseded_plan_id: int | None
    unscored: tuple[str, ...] = ()  # competency codes recorded as not scored
    plan_version: int = 1  # the new plan's number among the person's plans (never the id)


class UnscoredCompetenciesError(UserError):
    """Closing would leave competencies of the framework unscored; the caller asks the team
    lead to confirm and closes again with ``accept_unscored=True``."""

    def __init__(self, names: list[str]) -> None:
        self.names = names
        super().__init__(
            f"{len(names)} competentie(s) zijn niet gescoord: "
            + ", ".join(names)
            + ". Bevestig dat het gesprek zonder deze scores wordt afgerond; ze worden als "
            "'niet gescoord' vastgelegd."
        )


def close_interview(
    uow: UnitOfWork,
    draft_or_data: InterviewDraft | Mapping[str, Any],
    *,
    accept_unscored: bool = False,
) -> ClosedInterview:
    """Save the conversation for real and remove its draft, all in the caller's unit of work:
    a refusal anywhere leaves no interview, no assessment, no plan and the draft intact.

    Writes the interview record with its answers, a team lead's and an agreed assessment (and the
    self-assessment when it was entered during the conversation), and a new plan version
    (status *vastgesteld*) that supersedes the current one. The employee's chosen target profile
    becomes the profile of the conversation.

    The team lead must be a person in the staff list; without one chosen, the signed-in user's
    own employee record is used when there is one. Competencies left unscored are refused unless
    ``accept_unscored``, and are then recorded on the interview. Without a next conversation
    planned, the next one of the yearly cycle is recorded.

    Raises:
        ValidationError: something entered is incomplete or no longer valid; nothing is saved.
        UnscoredCompetenciesError: competencies are unscored and ``accept_unscored`` is False.
        NotFoundError: the employee no longer exists.
        ConflictError: the draft was saved elsewhere since it was read, or someone saved a plan
            for this person at the same moment.
    """
    draft = (
        draft_or_data
        if isinstance(draft_or_data, InterviewDraft)
        else InterviewDraft.from_data(draft_or_data)
    )
    with translated_refusals(SUBJECT):
        return _close(uow, draft, accept_unscored)


def _close(uow: UnitOfWork, draft: InterviewDraft, accept_unscored: bool) -> ClosedInterview:
    session = uow.session
    employee = queries.employee_record(session, draft.personnel_number)
    if employee is None:
        raise NotFoundError(
            f"Medewerker met personeelsnummer '{draft.personnel_number}' bestaat niet (meer); "
            "het gesprek is niet opgeslagen."
        )
    stored_draft = check_draft_version(uow, draft)
    ids = queries.reference_ids(session)
    framework = person_framework(uow, draft.personnel_number)
    if not draft.team_lead_number.strip() and (signed_in := signed_in_team_lead(uow)):
        draft = replace(draft, team_lead_number=signed_in.personnel_number)
    people = queries.known_personnel_numbers(session)
    problems = check_draft(draft, draft_rules(framework, ids, people))
    if problems:
        raise ValidationError(
            problems, "Het gesprek kan nog niet worden afgerond; er is niets opgeslagen."
        )
    names = {c.code: c.name for c in framework.competencies}
    unscored = unscored_competencies(draft, names)
    if unscored and not accept_unscored:
        raise UnscoredCompetenciesError([names[code] for code in unscored])
    if draft.next_kind is None or draft.next_on is None:
        next_kind, next_on = next_in_cycle(draft.kind, draft.held_on)
    else:
        next_kind, next_on = draft.next_kind, draft.next_on
    profile_id = ids.profiles[draft.profile] if draft.profile else None
    # The name as the staff list has it, so the record and the PDF name the same person.
    team_lead = repo.get_employee(session, draft.team_lead_number).name
    interview_id = store.add_interview(
        session,
        employee_id=employee.id,
        kind=draft.kind.value,
        held_on=draft.held_on,
        team_lead=team_lead,
        profile_id=profile_id,
        agreements=draft.agreements.strip(),
        cycle=store.CycleFields(
            team_lead_number=draft.team_lead_number,
            unscored=tuple(unscored),
            judgement=draft.judgement or None,
            employee_response=draft.employee_response or None,
            next_kind=next_kind.value,
            next_on=next_on,
        ),
        answers=[
            (ids.questions[code], answer)
            for code, answer in sorted(draft.answers.items())
            if not answer.is_empty
        ],
    )
    now = dt.datetime.now().replace(microsecond=0)

    def assessment(kind: AssessmentKind, scores: Mapping[str, Score], **extra: str) -> int:
        return store.add_assessment(
            session,
            employee.id,
            draft.held_on,
            kind,
            scores,
            ids.competencies,
            interview_id=interview_id,
            created_at=now,
            **extra,
        )

    self_id = None
    if draft.self_levels:
        self_id = assessment(
            AssessmentKind.SELF,
            {code: Score(level) for code, level in draft.self_levels.items()},
            notes="Ingevuld tijdens het gesprek",
        )
    scored = {code: entry for code, entry in draft.scores.items() if entry.lead is not None}
    lead_id = assessment(
        AssessmentKind.LEAD,
        {code: Score(e.lead, e.evidence.strip()) for code, e in scored.items() if e.lead},
        assessor=team_lead,
    )
    agreed_id = assessment(
        AssessmentKind.AGREED,
        {
            code: Score(level, e.evidence.strip())
            for code, e in scored.items()
            if (level := e.agreed_level) is not None
        },
        assessor=team_lead,
    )
    latest = queries.latest_plan(session, employee.id)
    plan_id = store.add_plan_version(
        session,
        employee_id=employee.id,
        profile_id=profile_id,
        created_on=max(draft.held_on, latest.created_on) if latest else draft.held_on,
        status=PlanStatus.AGREED.value,
        items=[store.new_item(action, ids.offers) for action in draft.actions],
        interview_id=interview_id,
        supersedes=latest,
    )
    if profile_id is not None:
        employee.target_profile_id = profile_id
    if stored_draft is not None:
        draft_store.delete(session, stored_draft)
    uow.flush(SUBJECT)
    return ClosedInterview(
        interview_id=interview_id,
        lead_assessment_id=lead_id,
        agreed_assessment_id=agreed_id,
        self_assessment_id=self_id,
        plan_id=plan_id,
        superseded_plan_id=latest.id if latest else None,
        unscored=tuple(unscored),
        plan_version=queries.plan_count(session, employee.id),
    )


def mark_signed(
    uow: UnitOfWork, plan_id: int, signed_on: dt.date, *, today: dt.date | None = None
) -> DevelopmentPlan:
    """Record that the plan version was signed on ``signed_on``.

    Raises:
        NotFoundError: no plan with this id.
        UserError: the plan is already signed, a newer version exists, or the date is before the
            plan was agreed or in the future.
    """
    today = today or dt.date.today()
    with translated_refusals(PLAN_SUBJECT):
        return _sign(uow, plan_id, signed_on, today)


def _sign(uow: UnitOfWork, plan_id: int, signed_on: dt.date, today: dt.date) -> DevelopmentPlan:
    session = uow.session
    plan = queries.plan_record(session, plan_id)
    if plan is None:
        raise NotFoundError(f"Ontwikkelplan {plan_id} bestaat niet (meer).")
    if plan.status == PlanStatus.SIGNED.value:
        raise UserError(
            f"Dit ontwikkelplan is al getekend op {_dutch_date(plan.signed_on)}."
            if plan.signed_on
            else "Dit ontwikkelplan is al getekend."
        )
    if queries.successor_id(session, plan_id) is not None:
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
    uow.flush(PLAN_SUBJECT)
    versions: list[PlanVersion] = queries.load_plan_versions(
        session, plan.employee_id, queries.personnel_number(session, plan.employee_id)
    )
    return next(v.plan for v in versions if v.id == plan_id)


def _dutch_date(day: dt.date | None) -> str:
    return day.strftime("%d-%m-%Y") if day else "?"
