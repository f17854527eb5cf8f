"""Retention (AVG art. 5.1.e): list what is past its term and, asked to, remove it.

Records of a person under a legal hold are never removed; they are counted so the caller can
say so. Removal goes kind by kind; a leaver past the term is anonymised like an erasure, and the
audit trail keeps nothing of what was removed, only one entry that a retention run took place.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

from competentieplanner.domain.errors import UserError
from competentieplanner.domain.retention import (
    BY_KIND,
    MAX_MONTHS,
    TERMS,
    DueRecord,
    RetentionPolicy,
    due,
)
from competentieplanner.persistence import privacy_audit, repositories
from competentieplanner.persistence import privacy_queries as pq
from competentieplanner.persistence import settings_queries as sq
from competentieplanner.persistence.unit_of_work import UnitOfWork
from competentieplanner.services.editing import added_meanwhile, check_version, removed_meanwhile
from competentieplanner.services.privacy.erase import require_removal_right

#: The version shown for a term that has no settings row yet (saving it adds the row).
NOT_STORED = 0


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


@dataclass(frozen=True, slots=True)
class TermSetting:
    """One retention term as the settings screen shows it, with the row version a change
    must pass back."""

    kind: str
    label: str
    months: int
    default_months: int
    counts_from: str
    source: str
    version: int


def check_term(kind: str, months: object) -> int:
    """The term in whole months, or a Dutch refusal naming the kind of data."""
    term = BY_KIND.get(kind)
    if term is None:
        raise UserError(f"Er is geen bewaartermijn voor '{kind}'.")
    if isinstance(months, bool) or not isinstance(months, int | float) or months != int(months):
        raise UserError(f"De bewaartermijn van '{term.label}' moet een geheel aantal maanden zijn.")
    if not 1 <= months <= MAX_MONTHS:
        raise UserError(
            f"De bewaartermijn van '{term.label}' moet tussen 1 en {MAX_MONTHS} maanden "
            f"({MAX_MONTHS // 12} jaar) liggen, niet {int(months)}."
        )
    return int(months)


def load_terms(uow: UnitOfWork) -> list[TermSetting]:
    """Every term with its current value (the default when none or an odd one is stored)."""
    stored = sq.stored_settings(uow.session, [t.setting_key for t in TERMS])
    result = []
    for term in TERMS:
        value, version = stored.get(term.setting_key, (term.default_months, NOT_STORED))
        try:
            months = check_term(term.kind, value)
        except UserError:
            months = term.default_months
        result.append(
            TermSetting(
                term.kind,
                term.label,
                months,
                term.default_months,
                term.counts_from,
                term.source,
                version,
            )
        )
    return result


def update_terms(uow: UnitOfWork, changes: Mapping[str, tuple[object, int]]) -> dict[str, int]:
    """Save changed terms ``{kind: (months, version shown)}`` together: every value is checked
    first, so either all are stored or none. Only beheerder and hr set the terms.

    Returns:
        The new row version per kind.

    Raises:
        UserError: a term is wrong, or the role may not change terms.
        ConflictError: someone else changed a term meanwhile.
    """
    cleaned = {kind: (check_term(kind, months), v) for kind, (months, v) in changes.items()}
    if not cleaned:
        return {}
    require_removal_right(uow)
    keys = {kind: BY_KIND[kind].setting_key for kind in cleaned}
    records = sq.setting_records(uow.session, keys.values())
    for kind, (months, expected) in cleaned.items():
        subject = f"De bewaartermijn van '{BY_KIND[kind].label}'"
        record = records.get(keys[kind])
        if record is None:
            if expected != NOT_STORED:
                raise removed_meanwhile(subject)
            records[keys[kind]] = sq.add_setting(uow.session, keys[kind], months)
            continue
        if expected == NOT_STORED:
            raise added_meanwhile(subject)
        check_version(subject, record.version, expected, record)
        record.value = months
    uow.flush("De bewaartermijnen")
    return {kind: records[keys[kind]].version for kind in cleaned}


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
