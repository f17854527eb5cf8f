"""Stored conversations in progress (interview drafts). Each row carries a ``version``:
SQLAlchemy's version check makes an UPDATE or DELETE of a row someone changed meanwhile fail
(StaleDataError), which the unit of work turns into a Dutch ConflictError."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from competentieplanner.persistence import records as r


def get(session: Session, draft_id: int) -> r.InterviewDraftRecord | None:
    return session.get(r.InterviewDraftRecord, draft_id)


def add(
    session: Session,
    *,
    employee_id: int,
    step: int,
    data: dict[str, Any],
    updated_at: dt.datetime,
    author: str,
) -> r.InterviewDraftRecord:
    record = r.InterviewDraftRecord(
        employee_id=employee_id, step=step, data=data, updated_at=updated_at, author=author
    )
    session.add(record)
    session.flush()
    return record


def update(
    session: Session,
    record: r.InterviewDraftRecord,
    *,
    employee_id: int,
    step: int,
    data: dict[str, Any],
    updated_at: dt.datetime,
    author: str,
) -> None:
    """Write the draft; the UPDATE names the version read, so a concurrent save loses. The
    caller flushes (``uow.flush``), so a refusal can name who saved meanwhile."""
    record.author = author  # a draft from before authors were recorded becomes the saver's
    record.employee_id = employee_id
    record.step = step
    record.data = data
    record.updated_at = updated_at


def delete(session: Session, record: r.InterviewDraftRecord) -> None:
    """The caller flushes (``uow.flush``)."""
    session.delete(record)


def with_employees(
    session: Session, author: str, draft_id: int | None = None
) -> list[tuple[r.InterviewDraftRecord, r.EmployeeRecord]]:
    """Every draft of ``author`` (or the one with ``draft_id``) with its person, most recently
    changed first. Drafts without an author (saved before authors were recorded) come along.
    On PostgreSQL the server's row policy applies the same rule."""
    query = (
        select(r.InterviewDraftRecord, r.EmployeeRecord)
        .join(r.EmployeeRecord, r.InterviewDraftRecord.employee_id == r.EmployeeRecord.id)
        .where(
            or_(r.InterviewDraftRecord.author == author, r.InterviewDraftRecord.author.is_(None))
        )
        .order_by(r.InterviewDraftRecord.updated_at.desc(), r.InterviewDraftRecord.id.desc())
    )
    if draft_id is not None:
        query = query.where(r.InterviewDraftRecord.id == draft_id)
    return [(draft, person) for draft, person in session.execute(query)]
