"""Retention (AVG art. 5.1.e): list what is past its term and, asked to, remove it.

Records of a person under a legal hold are never removed; they are counted so the caller can
say so. Removal goes kind by kind; a leaver past the term is anonymised like an erasure, and the
audit trail keeps nothing of what was removed, only one entry that a retention run took place.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from competentieplanner.domain.retention import TERMS, DueRecord, RetentionPolicy, due
from competentieplanner.persistence import privacy_audit, repositories
from competentieplanner.persistence import privacy_queries as pq
from competentieplanner.persistence.unit_of_work import UnitOfWork
from competentieplanner.services.privacy.erase import require_removal_right


@dataclass(frozen=True, slots=True)
class RetentionRun:
    due: list[DueRecord]
    held: int
    """Records past their term that stay because their person is under a legal hold."""
    removed: bool


def policy(uow: UnitOfWork) -> RetentionPolicy:
    return RetentionPolicy.from_flat(repositories.load_settings(uow.session))


def policy_rows(uow: UnitOfWork) -> list[tuple[str, str, int, int, str, str]]:
    """(kind, label, months, default months, counts from, source) for every kind."""
    current = policy(uow)
    return [
        (t.kind, t.label, current.months[t.kind], t.default_months, t.counts_from, t.source)
        for t in TERMS
    ]


def run_retention(uow: UnitOfWork, *, dry_run: bool, today: dt.date | None = None) -> RetentionRun:
    """What is past its term; removed too unless ``dry_run``."""
    past, held = due(pq.retention_candidates(uow.session), policy(uow), today or dt.date.today())
    if not dry_run and past:
        require_removal_right(uow)
        pq.secure_delete_on(uow.session)
        trace = privacy_audit.Trace()
        with privacy_audit.unaudited(uow.session):
            for item in past:
                _remove(uow, item, trace)
            privacy_audit.scrub(uow.session, "bewaartermijn", trace)
    return RetentionRun(past, len(held), removed=not dry_run)


def _remove(uow: UnitOfWork, item: DueRecord, trace: privacy_audit.Trace) -> None:
    """Remove one past-term record; what the audit trail holds of it is noted in ``trace``."""
    table, _, key = item.record.partition(":")
    record_id = int(key)
    session = uow.session
    if table != "employee":
        trace.add_record(session, table, record_id)
    if table == "interview_draft":
        pq.remove_draft(session, record_id)
    elif table == "interview":
        pq.remove_interview(session, record_id)
    elif table == "assessment":
        pq.remove_assessment(session, record_id)
    elif table == "development_plan":
        pq.remove_plan_version(session, record_id)
    elif table == "employee":
        employee = pq.find_employee(session, item.employee)
        if employee is not None:
            trace.add_person(employee)
            pq.anonymise_employee(session, employee)
    else:  # pragma: no cover - retention_candidates makes only the kinds above
        raise AssertionError(f"unknown retention record {item.record}")
    session.flush()
    session.expire_all()
