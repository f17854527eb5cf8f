"""Reading the audit log, and the events the application itself records (exports, reading the
log). Changes to data are recorded by the triggers of ``audit_sql``, not here."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from competentieplanner.domain.access import AuditEntry, FieldChange
from competentieplanner.persistence.access_records import AuditEntryRecord
from competentieplanner.persistence.audit_sql import SQLITE_NOW


def load_entries(
    session: Session,
    *,
    since: dt.date | None = None,
    employee: str | None = None,
    login: str | None = None,
) -> list[AuditEntry]:
    query = select(AuditEntryRecord).order_by(AuditEntryRecord.at, AuditEntryRecord.id)
    if since is not None:
        # SQLite keeps UTC; the server compares in its own time zone
        query = query.where(AuditEntryRecord.at >= dt.datetime.combine(since, dt.time()))
    if employee is not None:
        query = query.where(AuditEntryRecord.personnel_number == employee)
    if login is not None:
        query = query.where(AuditEntryRecord.login == login)
    return [
        AuditEntry(
            at=e.at if e.at.tzinfo else e.at.replace(tzinfo=dt.UTC),  # SQLite stores UTC
            login=e.login,
            action=e.action,
            table=e.table_name,
            record=e.record,
            employee=e.personnel_number,
            changes=tuple(
                FieldChange(c["field"], c.get("old"), c.get("new")) for c in e.changes or ()
            ),
        )
        for e in session.scalars(query)
    ]


def record_event(
    session: Session,
    action: str,
    table: str,
    record: str | None,
    personnel_numbers: Sequence[str] = (),
) -> None:
    """Record an export or a read of personal data, one row per person it concerns."""
    numbers: list[str | None] = list(dict.fromkeys(personnel_numbers))
    if session.get_bind().dialect.name == "postgresql":
        # audit_log is not writable by application logins; this function writes as its owner
        session.execute(
            text("SELECT cp_audit_event(:action, :table, :record, CAST(:numbers AS text[]))"),
            {"action": action, "table": table, "record": record, "numbers": numbers},
        )
        return
    statement = text(
        "INSERT INTO audit_log (at, login, action, table_name, record, personnel_number, changes)"
        f" VALUES ({SQLITE_NOW}, cp_login(), :action, :table, :record, :number, '[]')"
    )
    session.execute(
        statement,
        [
            {"action": action, "table": table, "record": record, "number": number}
            for number in (numbers or [None])
        ],
    )
