"""What happened before: a person's earlier conversations and every version of their plan."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from competentieplanner.domain.model import (
    DevelopmentPlan,
    InterviewKind,
    InterviewQuestion,
    PlanItem,
    PlanItemStatus,
    PlanStatus,
)
from competentieplanner.persistence import records as r
from competentieplanner.persistence import repositories as repo


@dataclass(frozen=True, slots=True)
class PlanVersion:
    """One saved version of a development plan, with the ids needed to update its items."""

    plan: DevelopmentPlan
    item_ids: tuple[int, ...]  # same order as plan.items
    interview_id: int | None

    @property
    def id(self) -> int:
        assert self.plan.id is not None
        return self.plan.id

    @property
    def open_items(self) -> tuple[PlanItem, ...]:
        open_states = (PlanItemStatus.PLANNED, PlanItemStatus.IN_PROGRESS)
        return tuple(item for item in self.plan.items if item.status in open_states)


@dataclass(frozen=True, slots=True)
class AnswerRecord:
    question: InterviewQuestion
    answer: str
    rating: int | None


@dataclass(frozen=True, slots=True)
class InterviewSummary:
    """An interview held earlier, as the history list shows it."""

    id: int
    kind: InterviewKind
    held_on: dt.date
    team_lead: str
    profile: str | None
    agreements: str
    answers: tuple[AnswerRecord, ...]
    plan_id: int | None  # the plan version agreed in it


def load_plan_versions(session: Session, emp_id: int, personnel_number: str) -> list[PlanVersion]:
    """Every version of the person's plan, oldest first."""
    rows = session.scalars(
        select(r.DevelopmentPlanRecord)
        .where(r.DevelopmentPlanRecord.employee_id == emp_id)
        .options(selectinload(r.DevelopmentPlanRecord.items).selectinload(r.PlanItemRecord.offer))
        .order_by(r.DevelopmentPlanRecord.created_on, r.DevelopmentPlanRecord.id)
    ).all()
    profiles = dict(session.execute(select(r.ProfileRecord.id, r.ProfileRecord.code)).all())
    versions = []
    for record in rows:
        items = sorted(record.items, key=lambda i: (i.quarter, i.id))
        plan = DevelopmentPlan(
            personnel_number=personnel_number,
            profile=profiles.get(record.profile_id) if record.profile_id else None,
            created_on=record.created_on,
            status=PlanStatus(record.status),
            signed_on=record.signed_on,
            id=record.id,
            items=tuple(repo.plan_item_from_record(item) for item in items),
        )
        versions.append(PlanVersion(plan, tuple(i.id for i in items), record.interview_id))
    return versions


def load_interviews(
    session: Session, emp_id: int, plans: Sequence[PlanVersion]
) -> list[InterviewSummary]:
    """The person's earlier interviews, oldest first, each with the plan version it agreed."""
    rows = session.scalars(
        select(r.InterviewRecord)
        .where(r.InterviewRecord.employee_id == emp_id)
        .options(
            selectinload(r.InterviewRecord.answers).selectinload(r.InterviewAnswerRecord.question)
        )
        .order_by(r.InterviewRecord.held_on, r.InterviewRecord.id)
    ).all()
    profiles = dict(session.execute(select(r.ProfileRecord.id, r.ProfileRecord.code)).all())
    plan_of = {p.interview_id: p.id for p in plans if p.interview_id is not None}
    result = []
    for record in rows:
        answers = sorted(record.answers, key=lambda a: (a.question.sort_order, a.question.code))
        result.append(
            InterviewSummary(
                id=record.id,
                kind=InterviewKind(record.kind),
                held_on=record.held_on,
                team_lead=record.team_lead,
                profile=profiles.get(record.profile_id) if record.profile_id else None,
                agreements=record.agreements,
                answers=tuple(
                    AnswerRecord(
                        InterviewQuestion(
                            a.question.code, a.question.theme, a.question.text, a.question.audience
                        ),
                        a.answer,
                        a.rating,
                    )
                    for a in answers
                ),
                plan_id=plan_of.get(record.id),
            )
        )
    return result
