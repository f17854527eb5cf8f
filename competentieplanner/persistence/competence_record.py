"""Reads for the competence record: which interview each assessment was made in, and (in bulk,
for the PDF reports) the latest evidence per competency of many people."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from competentieplanner.domain.competence_record import InterviewRef
from competentieplanner.domain.model import CURRENT_LEVEL_KINDS
from competentieplanner.persistence import records as r
from competentieplanner.persistence import repositories as repo
from competentieplanner.persistence.report_queries import CHUNK

#: competency code -> (day, evidence) of the latest counting score that has evidence.
Evidence = dict[str, tuple[dt.date, str]]


def assessment_interviews(session: Session, personnel_number: str) -> dict[int, InterviewRef]:
    """assessment id -> the interview it was made in, for every assessment of one person that
    came out of an interview."""
    employee = repo.employee_id(session, personnel_number)
    rows = session.execute(
        select(
            r.AssessmentRecord.id,
            r.InterviewRecord.id,
            r.InterviewRecord.held_on,
            r.InterviewRecord.team_lead,
            r.InterviewRecord.kind,
        )
        .join(r.InterviewRecord, r.AssessmentRecord.interview_id == r.InterviewRecord.id)
        .where(r.AssessmentRecord.employee_id == employee)
    )
    return {
        assessment: InterviewRef(interview, held_on, team_lead, kind)
        for assessment, interview, held_on, team_lead, kind in rows
    }


def latest_evidence(session: Session, employee_ids: Sequence[int]) -> dict[int, Evidence]:
    """employee id -> per competency the latest evidence given with a team-lead or agreed score
    (self-assessments never count, as for the level itself)."""
    found: dict[int, Evidence] = {}
    kinds = sorted(kind.value for kind in CURRENT_LEVEL_KINDS)
    ids = sorted(employee_ids)
    for start in range(0, len(ids), CHUNK):
        rows = session.execute(
            select(
                r.AssessmentRecord.employee_id,
                r.AssessmentRecord.assessed_on,
                r.CompetencyRecord.code,
                r.AssessmentScoreRecord.evidence,
            )
            .join(
                r.AssessmentScoreRecord,
                r.AssessmentScoreRecord.assessment_id == r.AssessmentRecord.id,
            )
            .join(
                r.CompetencyRecord, r.AssessmentScoreRecord.competency_id == r.CompetencyRecord.id
            )
            .where(
                r.AssessmentRecord.employee_id.in_(ids[start : start + CHUNK]),
                r.AssessmentRecord.kind.in_(kinds),
                r.AssessmentScoreRecord.evidence != "",
            )
            .order_by(r.AssessmentRecord.assessed_on, r.AssessmentRecord.id)
        )
        for employee, day, code, text in rows:
            if text.strip():  # later rows overwrite: the latest stays
                found.setdefault(employee, {})[code] = (day, text.strip())
    return found
