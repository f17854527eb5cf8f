"""Queries of the development interview: the person, the reference ids a conversation links to,
earlier interviews and plan versions, and what the team-lead chooser and the self-assessment form
need. Functions take the unit of work's session and return records or plain values."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from competentieplanner.domain.interview_history import AnswerRecord, InterviewSummary, PlanVersion
from competentieplanner.domain.model import (
    DevelopmentPlan,
    InterviewKind,
    InterviewQuestion,
    PlanStatus,
)
from competentieplanner.persistence import records as r
from competentieplanner.persistence import repositories as repo


@dataclass(frozen=True, slots=True)
class ReferenceIds:
    """Database ids by code, to link what a conversation wrote to the reference data."""

    competencies: dict[str, int]
    questions: dict[str, int]
    offers: dict[str, int]
    profiles: dict[str, int]


def reference_ids(session: Session) -> ReferenceIds:
    def pairs(code: Any, key: Any) -> dict[str, int]:
        return dict(session.execute(select(code, key)).all())

    return ReferenceIds(
        competencies=pairs(r.CompetencyRecord.code, r.CompetencyRecord.id),
        questions=pairs(r.InterviewQuestionRecord.code, r.InterviewQuestionRecord.id),
        offers=pairs(r.TrainingOfferRecord.code, r.TrainingOfferRecord.id),
        profiles=pairs(r.ProfileRecord.code, r.ProfileRecord.id),
    )


def employee_record(session: Session, personnel_number: str) -> r.EmployeeRecord | None:
    return session.scalar(
        select(r.EmployeeRecord).where(r.EmployeeRecord.personnel_number == personnel_number)
    )


def plan_record(session: Session, plan_id: int) -> r.DevelopmentPlanRecord | None:
    return session.get(r.DevelopmentPlanRecord, plan_id)


def personnel_number(session: Session, employee_id: int) -> str:
    number = session.scalar(
        select(r.EmployeeRecord.personnel_number).where(r.EmployeeRecord.id == employee_id)
    )
    assert number is not None, "a plan's employee exists (foreign key)"
    return number


def unit_profile_code(session: Session, unit: str) -> str | None:
    """The profile a unit's staff usually work toward (the unit's default), if it has one."""
    return session.scalar(
        select(r.ProfileRecord.code)
        .join(r.OrgUnitRecord, r.OrgUnitRecord.profile_id == r.ProfileRecord.id)
        .where(r.OrgUnitRecord.name == unit)
    )


def offer_funding_hints(session: Session) -> dict[str, str | None]:
    """Offer code -> the stored hint of its usual source of funding."""
    query = select(r.TrainingOfferRecord.code, r.TrainingOfferRecord.funding_hint)
    return dict(session.execute(query).all())


def latest_plan(session: Session, employee_id: int) -> r.DevelopmentPlanRecord | None:
    """The person's current plan version, if they have one."""
    return session.scalars(
        select(r.DevelopmentPlanRecord)
        .where(r.DevelopmentPlanRecord.employee_id == employee_id)
        .order_by(r.DevelopmentPlanRecord.created_on.desc(), r.DevelopmentPlanRecord.id.desc())
        .limit(1)
    ).first()


def plan_count(session: Session, employee_id: int) -> int:
    """How many plan versions the person has: the newest one's number (1, 2, 3)."""
    count = select(func.count()).where(r.DevelopmentPlanRecord.employee_id == employee_id)
    return session.scalar(count) or 0


def successor_id(session: Session, plan_id: int) -> int | None:
    """The id of the plan version that superseded ``plan_id``, if any."""
    return session.scalar(
        select(r.DevelopmentPlanRecord.id).where(r.DevelopmentPlanRecord.supersedes_id == plan_id)
    )


def _profile_codes(session: Session) -> dict[int, str]:
    return dict(session.execute(select(r.ProfileRecord.id, r.ProfileRecord.code)).all())


def load_plan_versions(session: Session, emp_id: int, personnel_number: str) -> list[PlanVersion]:
    """Every version of the person's plan, oldest first."""
    rows = session.scalars(
        select(r.DevelopmentPlanRecord)
        .where(r.DevelopmentPlanRecord.employee_id == emp_id)
        .options(selectinload(r.DevelopmentPlanRecord.items).selectinload(r.PlanItemRecord.offer))
        .order_by(r.DevelopmentPlanRecord.created_on, r.DevelopmentPlanRecord.id)
    ).all()
    profiles = _profile_codes(session)
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
    session: Session, emp_id: int, plans: Iterable[PlanVersion]
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
    profiles = _profile_codes(session)
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
                        a.prepared,
                    )
                    for a in answers
                ),
                plan_id=plan_of.get(record.id),
            )
        )
    return result


def direct_report_counts(session: Session) -> dict[str, int]:
    """Personnel number of everyone with direct reports -> how many they have."""
    counts = Counter(
        manager
        for manager in session.scalars(select(r.EmployeeRecord.manager_id))
        if manager is not None
    )
    if not counts:
        return {}
    numbers = dict(
        session.execute(
            select(r.EmployeeRecord.id, r.EmployeeRecord.personnel_number).where(
                r.EmployeeRecord.id.in_(list(counts))
            )
        ).all()
    )
    return {numbers[key]: count for key, count in counts.items()}


def known_personnel_numbers(session: Session) -> set[str]:
    return set(session.scalars(select(r.EmployeeRecord.personnel_number)))


def known_competency_codes(session: Session) -> set[str]:
    return set(session.scalars(select(r.CompetencyRecord.code)))


def scale_levels(session: Session) -> list[int]:
    """Every level any scale defines, lowest first."""
    return sorted(set(session.scalars(select(r.ScaleLevelRecord.level))))
