"""The reads and bulk inserts of an assessment-form import, inside the caller's unit of work."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, cast

from sqlalchemy import Table, insert, select
from sqlalchemy.orm import Session

from competentieplanner.persistence import records as r

ASSESSMENT = cast(Table, r.AssessmentRecord.__table__)
SCORE = cast(Table, r.AssessmentScoreRecord.__table__)
EMPLOYEE = cast(Table, r.EmployeeRecord.__table__)
COMPETENCY = cast(Table, r.CompetencyRecord.__table__)
SCALE_LEVEL = cast(Table, r.ScaleLevelRecord.__table__)


def employee_ids(session: Session) -> dict[str, int]:
    """personnel number -> employee id, everyone."""
    query = select(EMPLOYEE.c.personnel_number, EMPLOYEE.c.id)
    return {number: id_ for number, id_ in session.connection().execute(query)}


def competency_ids(session: Session) -> dict[str, int]:
    query = select(COMPETENCY.c.code, COMPETENCY.c.id)
    return {code: id_ for code, id_ in session.connection().execute(query)}


def scale_levels(session: Session) -> list[int]:
    """Every level any scale has, ascending."""
    return sorted(session.connection().scalars(select(SCALE_LEVEL.c.level).distinct()))


def insert_assessments(
    session: Session,
    assessments: list[dict[str, Any]],
    scores: Sequence[dict[int, int]],
    evidence: Sequence[dict[int, str]] | None = None,
) -> None:
    """Insert assessments and, per assessment in the same order, its scores
    (competency id -> level) with their evidence (competency id -> text, where given)."""
    conn = session.connection()
    ids = (
        conn.execute(
            insert(ASSESSMENT).returning(ASSESSMENT.c.id, sort_by_parameter_order=True),
            assessments,
        )
        .scalars()
        .all()
    )
    notes = evidence if evidence is not None else [{} for _ in scores]
    rows = [
        {
            "assessment_id": assessment_id,
            "competency_id": competency,
            "level": level,
            "evidence": texts.get(competency, ""),
        }
        for assessment_id, levels, texts in zip(ids, scores, notes, strict=True)
        for competency, level in levels.items()
    ]
    if rows:
        conn.execute(insert(SCORE), rows)
