"""Writing the outcome of a conversation: the interview with its answers, assessments and a new
plan version. History is never overwritten; every function adds rows to the unit of work."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from competentieplanner.domain.interview import ActionEntry, AnswerEntry
from competentieplanner.domain.model import AssessmentKind, PlanItemStatus, Quarter, Score
from competentieplanner.persistence import records as r


@dataclass(frozen=True, slots=True)
class CycleFields:
    """What a closed conversation records for the gesprekscyclus."""

    team_lead_number: str
    unscored: tuple[str, ...] = ()
    judgement: str | None = None
    employee_response: str | None = None
    next_kind: str | None = None
    next_on: dt.date | None = None


def add_interview(
    session: Session,
    *,
    employee_id: int,
    kind: str,
    held_on: dt.date,
    team_lead: str,
    profile_id: int | None,
    agreements: str,
    answers: Iterable[tuple[int, AnswerEntry]],
    cycle: CycleFields | None = None,
) -> int:
    """Store the interview record with its answers (question id, answer); returns its id."""
    interview = r.InterviewRecord(
        employee_id=employee_id,
        kind=kind,
        held_on=held_on,
        team_lead=team_lead,
        profile_id=profile_id,
        agreements=agreements,
    )
    if cycle is not None:
        interview.team_lead_number = cycle.team_lead_number
        interview.unscored = ",".join(cycle.unscored)
        interview.judgement = cycle.judgement
        interview.employee_response = cycle.employee_response
        interview.next_kind = cycle.next_kind
        interview.next_on = cycle.next_on
    interview.answers = [
        r.InterviewAnswerRecord(
            question_id=question_id,
            answer=answer.answer.strip(),
            rating=answer.rating,
            prepared=answer.prepared.strip(),
        )
        for question_id, answer in answers
    ]
    session.add(interview)
    session.flush()
    return interview.id


def add_assessment(
    session: Session,
    employee_id: int,
    day: dt.date,
    kind: AssessmentKind,
    scores: Mapping[str, Score],
    competency_ids: Mapping[str, int],
    *,
    interview_id: int | None,
    created_at: dt.datetime,
    assessor: str = "",
    notes: str = "",
) -> int:
    """Store an assessment with its scores; returns its id."""
    record = r.AssessmentRecord(
        employee_id=employee_id,
        assessed_on=day,
        kind=kind.value,
        assessor=assessor,
        notes=notes,
        interview_id=interview_id,
        created_at=created_at,
    )
    record.scores = [
        r.AssessmentScoreRecord(
            competency_id=competency_ids[code], level=s.level, evidence=s.evidence
        )
        for code, s in sorted(scores.items())
    ]
    session.add(record)
    session.flush()
    return record.id


def new_item(action: ActionEntry, offer_ids: Mapping[str, int]) -> r.PlanItemRecord:
    """An agreed action as an item of a new plan version."""
    return r.PlanItemRecord(
        offer_id=offer_ids[action.offer] if action.offer else None,
        title=action.title.strip(),
        quarter=str(Quarter.parse(action.quarter)),
        status=action.status.value,
        hours=float(action.hours),
        cost=action.cost.quantize(Decimal("0.01")),
        funding=action.funding.value,
        repayment_clause=action.repayment_clause,
        notes=action.notes.strip(),
        result=action.result.strip(),
        owner=action.owner.strip(),
        deadline=action.deadline,
    )


def carried_item(
    item: r.PlanItemRecord,
    *,
    status: PlanItemStatus | None = None,
    quarter: str | None = None,
    notes: str | None = None,
) -> r.PlanItemRecord:
    """A copy of an item of the superseded version for the new one, with what changed."""
    return r.PlanItemRecord(
        offer_id=item.offer_id,
        title=item.title,
        quarter=str(Quarter.parse(quarter)) if quarter else item.quarter,
        status=status.value if status is not None else item.status,
        hours=item.hours,
        cost=item.cost,
        funding=item.funding,
        repayment_clause=item.repayment_clause,
        notes=notes.strip() if notes is not None else item.notes,
        result=item.result,
        owner=item.owner,
        deadline=item.deadline,
    )


def supersede(plan: r.DevelopmentPlanRecord) -> None:
    """Touch the version a new one replaces, so a colleague saving from the same starting point
    at the same moment is refused by its version check (as services.plan_edit does)."""
    flag_modified(plan, "status")


def add_plan_version(
    session: Session,
    *,
    employee_id: int,
    profile_id: int | None,
    created_on: dt.date,
    status: str,
    items: Sequence[r.PlanItemRecord],
    interview_id: int | None = None,
    supersedes: r.DevelopmentPlanRecord | None = None,
) -> int:
    """Store a new plan version (superseding ``supersedes``); returns its id."""
    if supersedes is not None:
        supersede(supersedes)
    plan = r.DevelopmentPlanRecord(
        employee_id=employee_id,
        profile_id=profile_id,
        created_on=created_on,
        status=status,
        interview_id=interview_id,
        supersedes_id=supersedes.id if supersedes is not None else None,
    )
    plan.items = list(items)
    session.add(plan)
    session.flush()
    return plan.id
