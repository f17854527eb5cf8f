"""Reading the latest closed conversation of each person, for the gesprekscyclus overview."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from competentieplanner.domain.conversation_cycle import LastConversation
from competentieplanner.domain.model import InterviewKind
from competentieplanner.persistence import records as r


def last_conversations(session: Session) -> dict[str, LastConversation]:
    """Personnel number -> their most recent interview (the highest id on the latest day)."""
    inner = aliased(r.InterviewRecord)
    latest_day = (
        select(func.max(inner.held_on))
        .where(inner.employee_id == r.InterviewRecord.employee_id)
        .scalar_subquery()
    )
    latest = (
        select(func.max(r.InterviewRecord.id))
        .where(r.InterviewRecord.held_on == latest_day)
        .group_by(r.InterviewRecord.employee_id)
    )
    rows = session.execute(
        select(
            r.EmployeeRecord.personnel_number,
            r.InterviewRecord.held_on,
            r.InterviewRecord.kind,
            r.InterviewRecord.next_kind,
            r.InterviewRecord.next_on,
        )
        .join(r.EmployeeRecord, r.InterviewRecord.employee_id == r.EmployeeRecord.id)
        .where(r.InterviewRecord.id.in_(latest))
    )
    return {
        number: LastConversation(
            personnel_number=number,
            held_on=held_on,
            kind=InterviewKind(kind),
            next_kind=InterviewKind(next_kind) if next_kind else None,
            next_on=next_on,
        )
        for number, held_on, kind, next_kind, next_on in rows
    }
