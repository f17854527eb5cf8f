"""Writing the outcome of a conversation: the pieces closing and progress have in common."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from competentieplanner.domain.interview import ActionEntry, DraftRules
from competentieplanner.domain.model import AssessmentKind, Framework, Quarter, Score
from competentieplanner.persistence import records as r


@dataclass(frozen=True, slots=True)
class ReferenceIds:
    """Database ids by code, to link what a conversation wrote to the reference data."""

    competencies: dict[str, int]
    questions: dict[str, int]
    offers: dict[str, int]
    profiles: dict[str, int]

    @classmethod
    def load(cls, session: Session) -> ReferenceIds:
        def pairs(code: Any, key: Any) -> dict[str, int]:
            return dict(session.execute(select(code, key)).all())

        return cls(
            competencies=pairs(r.CompetencyRecord.code, r.CompetencyRecord.id),
            questions=pairs(r.InterviewQuestionRecord.code, r.InterviewQuestionRecord.id),
            offers=pairs(r.TrainingOfferRecord.code, r.TrainingOfferRecord.id),
            profiles=pairs(r.ProfileRecord.code, r.ProfileRecord.id),
        )


def draft_rules(framework: Framework, ids: ReferenceIds) -> DraftRules:
    """What a draft for a person scored on ``framework`` is checked against."""
    return DraftRules(
        competencies={c.code: c.name for c in framework.competencies},
        scale_max=framework.scale.maximum,
        questions=ids.questions.keys(),
        offers=ids.offers.keys(),
        profiles=ids.profiles.keys(),
    )


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


def latest_plan(session: Session, employee_id: int) -> r.DevelopmentPlanRecord | None:
    """The person's current plan version, if they have one."""
    return session.scalars(
        select(r.DevelopmentPlanRecord)
        .where(r.DevelopmentPlanRecord.employee_id == employee_id)
        .order_by(r.DevelopmentPlanRecord.created_on.desc(), r.DevelopmentPlanRecord.id.desc())
        .limit(1)
    ).first()


def item_record(action: ActionEntry, offer_ids: Mapping[str, int]) -> r.PlanItemRecord:
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
    )
