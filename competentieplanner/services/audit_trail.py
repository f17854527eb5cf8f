"""The audit trail (BIO 8.15.01): read it, and record exports of personal data. Changes are
recorded by the database's own triggers; reading the log is itself recorded."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from competentieplanner.domain.access import Action, AuditEntry, may
from competentieplanner.domain.errors import UserError
from competentieplanner.persistence import accounts, audit_log
from competentieplanner.persistence.unit_of_work import UnitOfWork
from competentieplanner.services.department import whoami


def read_log(
    uow: UnitOfWork,
    *,
    since: dt.date | None = None,
    employee: str | None = None,
    login: str | None = None,
) -> list[AuditEntry]:
    me = whoami(uow)
    embedded = not accounts.is_server(uow.session)
    if not may(me.role, Action.VIEW_AUDIT, embedded=embedded):
        raise UserError("Alleen de rol beheerder mag het auditlog inzien.")
    entries = audit_log.load_entries(uow.session, since=since, employee=employee, login=login)
    filters = [
        f"{name}={value}"
        for name, value in (("since", since), ("employee", employee), ("login", login))
        if value is not None
    ]
    audit_log.record_event(
        uow.session, "read", "audit_log", " ".join(filters) or None,
        [employee] if employee else [],
    )
    return entries


def record_export(uow: UnitOfWork, what: str, personnel_numbers: Sequence[str]) -> None:
    """An export (Excel, PDF) of these people's data: one entry per person."""
    audit_log.record_event(uow.session, "export", what, None, personnel_numbers)
