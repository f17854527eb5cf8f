"""Conversations in progress: stored after every change, listed to resume, removed."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from competentieplanner.domain.errors import UserError
from competentieplanner.domain.interview import InterviewDraft
from competentieplanner.persistence import records as r
from competentieplanner.persistence import repositories as repo
from competentieplanner.persistence.database import Database
from competentieplanner.services.editing import edit_session


def save_draft(db: Database, draft: InterviewDraft) -> int:
    """Store everything entered so far; sets and returns ``draft.id``.

    A draft whose row has disappeared (removed elsewhere) is stored as a new row rather than lost.
    """
    now = dt.datetime.now().replace(microsecond=0)
    with edit_session(db, "Het concept-gesprek") as session:
        emp_id = repo.employee_id(session, draft.personnel_number)
        record = session.get(r.InterviewDraftRecord, draft.id) if draft.id is not None else None
        if record is None:
            record = r.InterviewDraftRecord(employee_id=emp_id, updated_at=now)
            session.add(record)
        record.employee_id = emp_id
        record.step = draft.step
        record.data = draft.to_data()
        record.updated_at = now
        session.flush()
        draft.id = record.id
    draft.updated_at = now
    return record.id


def load_drafts(db: Database) -> list[InterviewDraft]:
    """Every conversation in progress, the most recently changed first.

    A draft that cannot be read (stored by a newer app version, or damaged) is left out here and
    stays in the database untouched; :func:`delete_draft` removes it.
    """
    with db.read_session() as session:
        rows = session.execute(
            select(r.InterviewDraftRecord, r.EmployeeRecord)
            .join(r.EmployeeRecord, r.InterviewDraftRecord.employee_id == r.EmployeeRecord.id)
            .order_by(r.InterviewDraftRecord.updated_at.desc(), r.InterviewDraftRecord.id.desc())
        ).all()
        drafts = []
        for record, person in rows:
            try:
                draft = InterviewDraft.from_data(
                    record.data, draft_id=record.id, updated_at=record.updated_at
                )
            except UserError:
                continue
            draft.step = record.step
            draft.personnel_number = person.personnel_number
            draft.employee_name = _name(person)
            drafts.append(draft)
    return drafts


def delete_draft(db: Database, draft_id: int) -> None:
    """Remove a draft; removing one that is already gone is not an error."""
    with db.session() as session:
        record = session.get(r.InterviewDraftRecord, draft_id)
        if record is not None:
            session.delete(record)


def _name(person: r.EmployeeRecord) -> str:
    return " ".join(part for part in (person.first_name, person.infix, person.last_name) if part)
