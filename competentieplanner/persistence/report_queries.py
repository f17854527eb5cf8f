"""Bulk reads for the PDF reports: plans and interviews of many people in a few queries (a
500-person unit does not cost 500 round trips)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from competentieplanner.domain.interview_history import ScoredLevel
from competentieplanner.domain.model import DevelopmentPlan
from competentieplanner.persistence import records as r
from competentieplanner.persistence import repositories as repo

CHUNK = 900  # ids per IN (...) list: stays under every database's parameter limit


def _chunks(values: Sequence[int]) -> Iterator[Sequence[int]]:
    for start in range(0, len(values), CHUNK):
        yield values[start : start + CHUNK]


def employee_ids(session: Session, numbers: Iterable[str]) -> dict[str, int]:
    """personnel number -> employee id, for the numbers that exist."""
    wanted = list(numbers)
    found: dict[str, int] = {}
    for start in range(0, len(wanted), CHUNK):
        part = wanted[start : start + CHUNK]
        rows = session.execute(
            select(r.EmployeeRecord.personnel_number, r.EmployeeRecord.id).where(
                r.EmployeeRecord.personnel_number.in_(part)
            )
        ).all()
        found.update((number, employee_id) for number, employee_id in rows)
    return found


def employees_with_plan(session: Session) -> int:
    """How many people have at least one development plan."""
    count = select(func.count(func.distinct(r.DevelopmentPlanRecord.employee_id)))
    return session.scalar(count) or 0


def plans_of(session: Session, number_of: dict[int, str]) -> list[DevelopmentPlan]:
    """Every plan of the people ``number_of`` (employee id -> personnel number) names, with
    its items, oldest first per person."""
    profile_codes = dict(session.execute(select(r.ProfileRecord.id, r.ProfileRecord.code)).all())
    plans: list[DevelopmentPlan] = []
    for chunk in _chunks(sorted(number_of)):
        records = session.scalars(
            select(r.DevelopmentPlanRecord)
            .where(r.DevelopmentPlanRecord.employee_id.in_(chunk))
            .options(
                selectinload(r.DevelopmentPlanRecord.items).selectinload(r.PlanItemRecord.offer)
            )
            .order_by(r.DevelopmentPlanRecord.created_on, r.DevelopmentPlanRecord.id)
        ).all()
        for record in records:
            profile = None if record.profile_id is None else profile_codes.get(record.profile_id)
            plans.append(repo.plan_from_record(record, number_of[record.employee_id], profile))
    return plans


def latest_interviews(session: Session, ids: Sequence[int]) -> dict[int, r.InterviewRecord]:
    """employee id -> their most recent interview, with its answers and questions loaded."""
    latest: dict[int, r.InterviewRecord] = {}
    for chunk in _chunks(sorted(ids)):
        for record in session.scalars(
            select(r.InterviewRecord)
            .where(r.InterviewRecord.employee_id.in_(chunk))
            .options(
                selectinload(r.InterviewRecord.answers).selectinload(
                    r.InterviewAnswerRecord.question
                )
            )
            .order_by(r.InterviewRecord.held_on, r.InterviewRecord.id)
        ):
            latest[record.employee_id] = record
    return latest


def interview_of(session: Session, employee_id: int, interview_id: int) -> r.InterviewRecord | None:
    """One interview of this employee, with its answers and questions loaded (None: not theirs,
    not there, or not visible to the login)."""
    return session.scalar(
        select(r.InterviewRecord)
        .where(r.InterviewRecord.id == interview_id, r.InterviewRecord.employee_id == employee_id)
        .options(
            selectinload(r.InterviewRecord.answers).selectinload(r.InterviewAnswerRecord.question)
        )
    )


def scored_levels(session: Session, ids: Sequence[int]) -> dict[int, list[ScoredLevel]]:
    """employee id -> every score they were given (any kind), for the levels around interviews."""
    found: dict[int, list[ScoredLevel]] = {}
    for chunk in _chunks(sorted(ids)):
        rows = session.execute(
            select(
                r.AssessmentRecord.employee_id,
                r.AssessmentRecord.id,
                r.AssessmentRecord.kind,
                r.AssessmentRecord.assessed_on,
                r.AssessmentRecord.interview_id,
                r.CompetencyRecord.code,
                r.AssessmentScoreRecord.level,
            )
            .join(
                r.AssessmentScoreRecord,
                r.AssessmentScoreRecord.assessment_id == r.AssessmentRecord.id,
            )
            .join(
                r.CompetencyRecord, r.AssessmentScoreRecord.competency_id == r.CompetencyRecord.id
            )
            .where(r.AssessmentRecord.employee_id.in_(chunk))
        )
        for employee_id, assessment_id, kind, day, interview_id, code, level in rows:
            found.setdefault(employee_id, []).append(
                ScoredLevel(assessment_id, kind, day, interview_id, code, level)
            )
    return found
