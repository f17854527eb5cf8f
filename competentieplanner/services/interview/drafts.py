"""Conversations in progress: stored after every change, listed to resume, removed.

A draft carries the version of the row it was read or last saved as. Saving (or discarding)
with an older version is refused with a Dutch :class:`ConflictError` instead of overwriting
what someone else saved meanwhile; the screen then offers to reload the stored draft.
"""

from __future__ import annotations

import datetime as dt

from competentieplanner.domain.errors import ConflictError, UserError
from competentieplanner.domain.interview import InterviewDraft
from competentieplanner.persistence import accounts, last_change
from competentieplanner.persistence import drafts as store
from competentieplanner.persistence import records as r
from competentieplanner.persistence import repositories as repo
from competentieplanner.persistence.unit_of_work import UnitOfWork

SUBJECT = "Het concept-gesprek"


class DraftChangedError(ConflictError):
    """The stored draft was saved (or removed) elsewhere since this copy was read."""


def save_draft(uow: UnitOfWork, draft: InterviewDraft) -> int:
    """Store everything entered so far; sets ``draft.id``, ``draft.version`` and
    ``draft.updated_at`` and returns the id.

    A draft whose row has disappeared (removed elsewhere) is stored as a new row rather than lost.

    Raises:
        DraftChangedError: the stored draft was saved by someone else since this one was read.
    """
    now = dt.datetime.now().replace(microsecond=0)
    session = uow.session
    me = accounts.current_login(session)
    emp_id = repo.employee_id(session, draft.personnel_number)
    record = store.get(session, draft.id) if draft.id is not None else None
    if record is not None and record.author not in (None, me):
        record = None  # someone else's (only reachable without row policies): never overwrite
    if record is None:
        record = store.add(
            session,
            employee_id=emp_id,
            step=draft.step,
            data=draft.to_data(),
            updated_at=now,
            author=me,
        )
    else:
        _check_version(record, draft)
        store.update(
            session,
            record,
            employee_id=emp_id,
            step=draft.step,
            data=draft.to_data(),
            updated_at=now,
            author=me,
        )
    try:
        uow.flush(SUBJECT)
    except ConflictError as exc:  # saved elsewhere between our read and our write
        # exc names who saved and when, read from the audit log (UnitOfWork.flush)
        raise DraftChangedError(
            f"{exc} Uw laatste wijziging is niet bewaard. Laad het concept opnieuw en vul uw "
            "wijziging daarna opnieuw in."
        ) from exc
    draft.id, draft.version, draft.updated_at = record.id, record.version, now
    return record.id


def load_drafts(uow: UnitOfWork) -> list[InterviewDraft]:
    """Every conversation in progress, the most recently changed first.

    A draft that cannot be read (stored by a newer app version, or damaged) is left out here and
    stays in the database untouched; :func:`delete_draft` removes it.
    """
    return [
        draft
        for record, person in store.with_employees(
            uow.session, accounts.current_login(uow.session)
        )
        if (draft := _readable(record, person)) is not None
    ]


def load_draft(uow: UnitOfWork, draft_id: int) -> InterviewDraft | None:
    """The stored draft as it is now (to reload after a refused save); None when it is gone."""
    found = store.with_employees(uow.session, accounts.current_login(uow.session), draft_id)
    if not found:
        return None
    record, person = found[0]
    draft = _readable(record, person)
    if draft is None:
        raise UserError(f"{SUBJECT} kan niet meer worden gelezen.")
    return draft


def delete_draft(uow: UnitOfWork, draft_id: int, version: int | None = None) -> None:
    """Remove a draft; removing one that is already gone is not an error.

    With ``version`` (what the screen showed), a draft someone saved since is refused.
    """
    record = store.get(uow.session, draft_id)
    if record is None:
        return
    if version is not None and record.version != version:
        raise _changed(record)
    store.delete(uow.session, record)
    uow.flush(SUBJECT)


def check_draft_version(uow: UnitOfWork, draft: InterviewDraft) -> r.InterviewDraftRecord | None:
    """The stored row of ``draft`` when it is still the version the draft was read as (closing
    removes it); None when it is gone.

    Raises:
        DraftChangedError: someone saved the draft since.
    """
    record = store.get(uow.session, draft.id) if draft.id is not None else None
    if record is not None:
        _check_version(record, draft)
    return record


def _check_version(record: r.InterviewDraftRecord, draft: InterviewDraft) -> None:
    if draft.version is not None and record.version != draft.version:
        raise _changed(record)


def _changed(record: r.InterviewDraftRecord) -> DraftChangedError:
    change = last_change.of_row(record)
    if change is not None:
        by = change.describe()
    else:
        by = "op " + record.updated_at.strftime("%d-%m-%Y om %H:%M")
    return DraftChangedError(
        f"{SUBJECT} is intussen elders opgeslagen {by}; uw laatste wijziging is niet "
        "bewaard, zodat het werk van de ander niet verloren gaat. Laad het concept opnieuw en "
        "vul uw wijziging daarna opnieuw in."
    )


def _readable(record: r.InterviewDraftRecord, person: r.EmployeeRecord) -> InterviewDraft | None:
    try:
        draft = InterviewDraft.from_data(
            record.data, draft_id=record.id, updated_at=record.updated_at, version=record.version
        )
    except UserError:
        return None
    draft.step = record.step
    draft.personnel_number = person.personnel_number
    draft.employee_name = _name(person)
    return draft


def _name(person: r.EmployeeRecord) -> str:
    return " ".join(part for part in (person.first_name, person.infix, person.last_name) if part)
