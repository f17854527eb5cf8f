"""Who last changed a row, and when: read from the audit log, so a refused stale save can name
the colleague instead of a vague "someone". On PostgreSQL through ``cp_last_change()`` (staff
logins may not read the audit log itself); on SQLite straight from the table."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import Connection, inspect, text
from sqlalchemy.orm import Session, object_session

_SQLITE = (
    "SELECT login, at FROM audit_log WHERE table_name = :t "
    "AND action IN ('insert', 'update', 'delete') "
    "AND (:r IS NULL OR record = :r) AND (:e IS NULL OR personnel_number = :e) "
    "ORDER BY id DESC LIMIT 1"
)
_POSTGRES = "SELECT login, at FROM cp_last_change(:t, :r, :e)"


@dataclass(frozen=True, slots=True)
class LastChange:
    login: str
    at: dt.datetime  # aware

    def describe(self) -> str:
        """"door jan op 04-12-2026 om 14:05" in the local time of this workstation."""
        return f"door {self.login} op {self.at.astimezone().strftime('%d-%m-%Y om %H:%M')}"


def row_key(row: object) -> tuple[str, str] | None:
    """(table, record) as the audit triggers write them: primary key values joined by '/'."""
    state = inspect(row, raiseerr=False)
    if state is None or state.identity is None:
        return None
    table = state.mapper.persist_selectable.name
    return table, "/".join(str(value) for value in state.identity)


def of_row(row: object) -> LastChange | None:
    """The last recorded change of ``row`` (an ORM object in a session)."""
    session = object_session(row)
    key = row_key(row)
    if session is None or key is None:
        return None
    return lookup(session.connection(), *key)


def of_record(session: Session, table: str, record: str) -> LastChange | None:
    return lookup(session.connection(), table, record)


def outside(
    session: Session, keys: Iterable[tuple[str, str | None, str | None]]
) -> LastChange | None:
    """The first known change of (table, record, personnel number) ``keys``, read on a
    connection of its own: after a refused flush ``session`` itself can no longer be used."""
    bind = session.get_bind()
    engine = bind.engine if isinstance(bind, Connection) else bind
    with engine.connect() as connection:
        for table, record, employee in keys:
            if (change := lookup(connection, table, record, employee)) is not None:
                return change
    return None


def lookup(
    connection: Connection, table: str, record: str | None, employee: str | None = None
) -> LastChange | None:
    """The newest change of ``record`` in ``table`` (or of any row of ``employee`` there)."""
    query = _POSTGRES if connection.dialect.name == "postgresql" else _SQLITE
    found = connection.execute(text(query), {"t": table, "r": record, "e": employee}).first()
    if found is None:
        return None
    login, at = found
    if isinstance(at, str):  # SQLite keeps UTC text
        at = dt.datetime.fromisoformat(at)
    if at.tzinfo is None:
        at = at.replace(tzinfo=dt.UTC)
    return LastChange(login, at)
