"""The sanctioned exception to "the audit log is never changed": erasure (AVG art. 17) and
retention (art. 5.1.e) must not leave the removed values in audit_log, whose triggers record
old values and whose rows nobody may delete.

SQLite: inside the caller's transaction :func:`unaudited` drops the audited tables' triggers and
the audit_log protection, the caller removes or anonymises, :func:`scrub` cleans audit_log and
records ONE entry without content, and the triggers are reinstalled before commit (DDL is
transactional there, so a failure rolls the triggers back too). PostgreSQL: the triggers stay;
``cp_scrub_audit`` (audit_sql.SCRUB_FUNCTION, SECURITY DEFINER, EXECUTE for beheerder and hr
only) does the cleaning as the schema owner in the same transaction.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Text, cast, delete, or_, select, text, tuple_, update
from sqlalchemy.orm import Session

from competentieplanner.persistence import audit_sql
from competentieplanner.persistence import records as r
from competentieplanner.persistence.access_records import (
    AppUserRecord,
    AuditEntryRecord,
    UserUnitRecord,
)
from competentieplanner.persistence.base import Base

ERASED_VALUE = "(gewist)"

#: Child tables whose rows go with a removed parent row (the audit entries of both go).
_CHILDREN: dict[str, tuple[type[Any], str, str]] = {
    "interview": (r.InterviewAnswerRecord, "interview_id", "interview_answer"),
    "assessment": (r.AssessmentScoreRecord, "assessment_id", "assessment_score"),
    "development_plan": (r.PlanItemRecord, "plan_id", "plan_item"),
}


@dataclass
class Trace:
    """What to take out of the audit trail: entries about these personnel numbers or these
    ``table:record`` keys, and these values wherever else they occur."""

    numbers: set[str] = field(default_factory=set)
    records: set[str] = field(default_factory=set)
    values: set[str] = field(default_factory=set)

    def add_person(self, employee: r.EmployeeRecord) -> None:
        """Collected before the person is anonymised (the values are gone afterwards)."""
        e = employee
        self.numbers |= {e.personnel_number, f"gewist-{e.id}"}
        self.records.add(f"employee:{e.id}")
        names = {
            " ".join(p for p in (e.first_name, e.infix, e.last_name) if p),
            f"{e.last_name}, {e.first_name} {e.infix}".strip(),
        }
        # identifying values only: a job title in someone else's entry is not theirs
        self.values |= {v for v in (*names, e.personnel_number, e.email) if len(v.strip()) > 2}

    def add_record(self, session: Session, table: str, record_id: int) -> None:
        """A row about to be removed, with its child rows."""
        self.records.add(f"{table}:{record_id}")
        child = _CHILDREN.get(table)
        if child is not None:
            model, parent_column, child_table = child
            for child_id in session.scalars(
                select(model.id).where(getattr(model, parent_column) == record_id)
            ):
                self.records.add(f"{child_table}:{child_id}")


@contextmanager
def unaudited(session: Session) -> Iterator[None]:
    """SQLite: the block runs without audit triggers and with audit_log unprotected; both come
    back before the transaction commits. PostgreSQL: nothing changes (see :func:`scrub`)."""
    if session.get_bind().dialect.name != "sqlite":
        yield
        return
    connection = session.connection()
    tables = list(Base.metadata.tables.values())
    session.flush()
    audit_sql.drop_sqlite_triggers(connection, tables)
    audit_sql.drop_sqlite_protection(connection)
    yield
    session.flush()
    audit_sql.install_sqlite_triggers(connection, tables)


def scrub(session: Session, action: str, trace: Trace) -> None:
    """Take ``trace`` out of the audit trail and record that ``action`` took place, no more.
    On SQLite only inside :func:`unaudited`."""
    session.flush()
    if session.get_bind().dialect.name == "postgresql":
        session.execute(
            text(
                "SELECT cp_scrub_audit(:action, CAST(:numbers AS text[]), "
                "CAST(:records AS text[]), CAST(:values AS text[]))"
            ),
            {
                "action": action,
                "numbers": sorted(trace.numbers),
                "records": sorted(trace.records),
                "values": sorted(trace.values),
            },
        )
        return
    logins = set(
        session.scalars(
            select(AppUserRecord.login).where(AppUserRecord.employee_number.in_(trace.numbers))
        )
    )
    if logins:
        session.execute(delete(UserUnitRecord).where(UserUnitRecord.login.in_(logins)))
        session.execute(delete(AppUserRecord).where(AppUserRecord.login.in_(logins)))
        session.execute(
            update(AuditEntryRecord)
            .where(AuditEntryRecord.login.in_(logins))
            .values(login=ERASED_VALUE)
        )
    _delete_entries(session, trace, logins)
    _blank_values(session, trace.values | logins)
    session.execute(
        text(
            "INSERT INTO audit_log (at, login, action, table_name, record, personnel_number,"
            f" changes) VALUES ({audit_sql.SQLITE_NOW}, cp_login(), :action, 'employee', NULL,"
            " NULL, '[]')"
        ),
        {"action": action},
    )


def _delete_entries(session: Session, trace: Trace, logins: set[str]) -> None:
    pairs = [tuple(key.split(":", 1)) for key in trace.records]
    login_tables = AuditEntryRecord.table_name.in_(("app_user", "user_unit"))
    conditions = [
        AuditEntryRecord.personnel_number.in_(trace.numbers),
        *(
            login_tables
            & (
                (AuditEntryRecord.record == login)
                | AuditEntryRecord.record.startswith(f"{login}/", autoescape=True)
            )
            for login in logins
        ),
    ]
    for chunk in _chunks(pairs, 400):  # SQLite limits the bound parameters of one statement
        conditions.append(
            tuple_(AuditEntryRecord.table_name, AuditEntryRecord.record).in_(chunk)
        )
    session.execute(delete(AuditEntryRecord).where(or_(*conditions)))


def _blank_values(session: Session, values: Iterable[str]) -> None:
    values = sorted(values)
    if not values:
        return
    changes_text = cast(AuditEntryRecord.changes, Text)
    found = session.scalars(
        select(AuditEntryRecord).where(
            or_(*(changes_text.contains(v, autoescape=True) for v in values))
        )
    ).all()
    for entry in found:
        entry.changes = [
            {
                **change,
                **{
                    side: ERASED_VALUE
                    for side in ("old", "new")
                    if any(v in str(change.get(side) or "") for v in values)
                },
            }
            for change in entry.changes
        ]
    session.flush()


def _chunks(items: Sequence[Any], size: int) -> Iterator[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]
