"""Bulk writing for the demo municipality: thousands of related rows without round trips.

:class:`BulkRows` hands out primary keys itself, so employees, assessments and plans can refer
to each other before anything is sent, and then inserts each table in one statement on the
connection of the caller's unit of work (so the whole demo is one transaction).
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Any, NamedTuple

from sqlalchemy import Connection, func, insert, select, text, update

from competentieplanner.persistence import records as r
from competentieplanner.persistence.base import Base
from competentieplanner.persistence.unit_of_work import UnitOfWork

#: Rows per INSERT for very large tables (assessment scores of 20,000 people).
CHUNK = 50_000


class BulkRows:
    def __init__(self, uow: UnitOfWork) -> None:
        self._conn: Connection = uow.session.connection()
        self._next: dict[str, int] = {}
        self._inserted: set[str] = set()

    def take_id(self, record: type[Base]) -> int:
        name = record.__tablename__
        if name not in self._next:
            current = self._conn.scalar(select(func.max(record.id)))  # type: ignore[attr-defined]
            self._next[name] = (current or 0) + 1
        value = self._next[name]
        self._next[name] = value + 1
        return value

    def insert(self, record: type[Base], rows: Sequence[dict[str, Any]]) -> None:
        self._inserted.add(record.__tablename__)
        for start in range(0, len(rows), CHUNK):
            self._conn.execute(insert(record), list(rows[start : start + CHUNK]))

    def finish(self) -> None:
        """Servers with id sequences (PostgreSQL) must continue after the ids handed out here."""
        if self._conn.dialect.name != "postgresql":
            return
        # from the ids really inserted: a caller may count ids on from one take_id (scores)
        for table in sorted(self._inserted | set(self._next)):
            self._conn.execute(
                text(
                    f"SELECT setval(pg_get_serial_sequence(:t, 'id'), "
                    f"coalesce((SELECT max(id) FROM {table}), 0) + 1, false)"
                ),
                {"t": table},
            )


def has_employees(uow: UnitOfWork) -> bool:
    return bool(uow.session.scalar(select(func.count()).select_from(r.EmployeeRecord)))


def profile_ids(uow: UnitOfWork) -> dict[str, int]:
    rows = uow.session.execute(select(r.ProfileRecord.code, r.ProfileRecord.id)).all()
    return {code: profile_id for code, profile_id in rows}


def competencies_by_framework(uow: UnitOfWork) -> dict[str, list[tuple[int, str]]]:
    """Framework code -> [(competency id, competency code)], by competency code."""
    rows = uow.session.execute(
        select(r.CompetencyRecord.id, r.CompetencyRecord.code, r.FrameworkRecord.code)
        .join(r.FrameworkRecord)
        .order_by(r.CompetencyRecord.code)
    ).all()
    found: dict[str, list[tuple[int, str]]] = {}
    for comp_id, code, framework in rows:
        found.setdefault(framework, []).append((comp_id, code))
    return found


class OfferEffect(NamedTuple):
    """One effect of a training offer, with what a plan item copies from the offer."""

    id: int
    name: str
    hours: float
    cost: Decimal
    funding_hint: str | None
    code: str  # the competency it develops


def offer_effects(uow: UnitOfWork) -> list[OfferEffect]:
    rows = uow.session.execute(
        select(
            r.TrainingOfferRecord.id,
            r.TrainingOfferRecord.name,
            r.TrainingOfferRecord.hours,
            r.TrainingOfferRecord.cost,
            r.TrainingOfferRecord.funding_hint,
            r.CompetencyRecord.code,
        )
        .join(r.OfferEffectRecord, r.OfferEffectRecord.offer_id == r.TrainingOfferRecord.id)
        .join(r.CompetencyRecord, r.OfferEffectRecord.competency_id == r.CompetencyRecord.id)
    ).all()
    return [OfferEffect(*row) for row in rows]


def set_setting(uow: UnitOfWork, key: str, value: Any) -> None:
    uow.session.execute(
        update(r.SettingRecord)
        .where(r.SettingRecord.key == key)
        .values(value=value, version=r.SettingRecord.version + 1)
    )
