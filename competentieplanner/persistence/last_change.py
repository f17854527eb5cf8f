"""Who last changed a row, and when: read from the audit log, so a refused stale save can name
the colleague instead of a vague "someone". On PostgreSQL through ``cp_last_change()`` (staff
logins may not read the audit log itself); on SQLite straight from the table."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import inspect, text
from sqlalchemy.engine import Connection
from sqlalchemy.orm import object_session


@dataclass(frozen=True, slots=True)
class LastChange:
    login: str
    at: dt.datetime  # aware

    def describe(self) -> str:
        """"door jan op 04-12-2026 om 14:05" in the local time of this workstation."""
        return f"door {self.login} op {self.at.astimezone().strftime('%d-%m-%Y om %H:%M')}"


def row_key(row: object) -> tuple[str, str] | None:
    """(table, record) as the audit triggers write them: primary key values joined by '/'."""
    state = inspect(row)
    if state.identity is None:
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


def lookup(connection: Connection, table: str, record: str) -> LastChange | None:
    if connection.dialect.name == "postgresql":
        query = "SELECT login, at FROM cp_last_change(:t, :r)"
    else:
        query = (
            "SELECT login, at FROM audit_log WHERE table_name = :t AND record = :r "
            "AND action IN ('insert', 'update', 'delete') ORDER BY id DESC LIMIT 1"
        )
    found = connection.execute(text(query), {"t": table, "r": record}).first()
    if found is None:
        return None
    login, at = found
    if isinstance(at, str):  # SQLite keeps UTC text
        at = dt.datetime.fromisoformat(at)
    if at.tzinfo is None:
        at = at.replace(tzinfo=dt.UTC)
    return LastChange(login, at)
