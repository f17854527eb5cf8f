"""Queries of registrations and certificates: the kinds (reference data) and each person's."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from competentieplanner.domain.registrations import Registration, RegistrationKind
from competentieplanner.persistence import records as r


def load_kinds(session: Session) -> list[RegistrationKind]:
    return [
        RegistrationKind(k.code, k.name, k.validity_months, k.role, k.source)
        for k in session.scalars(
            select(r.RegistrationKindRecord).order_by(r.RegistrationKindRecord.code)
        )
    ]


def load_registrations(
    session: Session, personnel_numbers: Iterable[str] | None = None
) -> list[Registration]:
    """Everyone's registrations, or those of ``personnel_numbers``; by person and kind."""
    query = (
        select(
            r.EmployeeRecord.personnel_number,
            r.RegistrationKindRecord.code,
            r.RegistrationRecord.number,
            r.RegistrationRecord.issued_on,
            r.RegistrationRecord.valid_until,
        )
        .join(r.EmployeeRecord, r.RegistrationRecord.employee_id == r.EmployeeRecord.id)
        .join(r.RegistrationKindRecord, r.RegistrationRecord.kind_id == r.RegistrationKindRecord.id)
        .order_by(r.EmployeeRecord.personnel_number, r.RegistrationKindRecord.code)
    )
    if personnel_numbers is not None:
        query = query.where(r.EmployeeRecord.personnel_number.in_(list(personnel_numbers)))
    return [Registration(*row) for row in session.execute(query)]


def kind_ids(session: Session) -> dict[str, int]:
    rows = session.execute(select(r.RegistrationKindRecord.code, r.RegistrationKindRecord.id))
    return {code: kind_id for code, kind_id in rows}


def store_registrations(
    session: Session, employee_ids: dict[str, int], registrations: Iterable[Registration]
) -> int:
    """Insert or update one registration per person and kind; returns how many were written."""
    ids = kind_ids(session)
    existing = {
        (rec.employee_id, rec.kind_id): rec
        for rec in session.scalars(
            select(r.RegistrationRecord).where(
                r.RegistrationRecord.employee_id.in_(list(employee_ids.values()))
            )
        )
    }
    written = 0
    for registration in registrations:
        key = (employee_ids[registration.personnel_number], ids[registration.kind])
        record = existing.get(key)
        values = (registration.number, registration.issued_on, registration.valid_until)
        if record is None:
            record = r.RegistrationRecord(employee_id=key[0], kind_id=key[1])
            session.add(record)
            existing[key] = record
        elif (record.number, record.issued_on, record.valid_until) == values:
            continue
        record.number, record.issued_on, record.valid_until = values
        written += 1
    session.flush()
    return written
