"""The bulk statements of a staff import, inside the caller's unit of work.

The service plans what changes (who is new, who changed, which units are missing); these
functions write it with Core statements, so 20,000 people cost a handful of round trips.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any, cast

from sqlalchemy import Connection, Row, Table, bindparam, insert, select
from sqlalchemy.orm import Session

from competentieplanner.domain.errors import UserError
from competentieplanner.persistence import records as r

EMPLOYEE = cast(Table, r.EmployeeRecord.__table__)
ORG_UNIT = cast(Table, r.OrgUnitRecord.__table__)
#: Employee columns an import may set, besides unit and manager.
PLAIN_COLUMNS = ("first_name", "infix", "last_name", "job_title", "fte", "start_date", "email")


def personnel_numbers(session: Session) -> set[str]:
    return set(session.scalars(select(EMPLOYEE.c.personnel_number)))


@contextmanager
def rolled_back(session: Session) -> Iterator[None]:
    """Run the block in a savepoint that is always rolled back: a dry run executes every
    statement of the import and keeps none of them."""
    savepoint = session.begin_nested()
    try:
        yield
    finally:
        savepoint.rollback()


def existing_employees(session: Session) -> dict[str, Row[Any]]:
    """personnel number -> (id, version, unit_id, manager_id, end_date, the plain columns)."""
    query = select(
        EMPLOYEE.c.id,
        EMPLOYEE.c.personnel_number,
        EMPLOYEE.c.version,
        EMPLOYEE.c.unit_id,
        EMPLOYEE.c.manager_id,
        EMPLOYEE.c.end_date,
        *(EMPLOYEE.c[name] for name in PLAIN_COLUMNS),
    )
    return {row.personnel_number: row for row in _conn(session).execute(query)}


def unit_ids(session: Session, names: Sequence[str] | None = None) -> dict[str, int]:
    """Unit name -> id, of every unit or of ``names``."""
    query = select(ORG_UNIT.c.name, ORG_UNIT.c.id)
    if names is not None:
        query = query.where(ORG_UNIT.c.name.in_(names))
    return {name: id_ for name, id_ in _conn(session).execute(query)}


def insert_units(session: Session, rows: list[dict[str, Any]]) -> None:
    """Insert units given as {"name", "kind", "parent_id"}."""
    _conn(session).execute(insert(ORG_UNIT), rows)


def update_employees(session: Session, changed: list[dict[str, Any]]) -> None:
    """Apply ``changed`` entries ({"b_id", "b_version", column: value ...}): one executemany
    per set of changed columns. A row changed meanwhile by a colleague (other version) is not
    overwritten: the import is refused, so its unit of work rolls back."""
    conn = _conn(session)
    groups: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for entry in changed:
        columns = tuple(sorted(k for k in entry if not k.startswith("b_")))
        groups.setdefault(columns, []).append(entry)
    for columns, entries in groups.items():
        statement = (
            EMPLOYEE.update()
            .where(EMPLOYEE.c.id == bindparam("b_id"))
            .where(EMPLOYEE.c.version == bindparam("b_version"))
            .values(version=EMPLOYEE.c.version + 1, **{name: bindparam(name) for name in columns})
        )
        for entry in entries:
            for name in columns:
                entry.setdefault(name, None)
        outcome = conn.execute(statement, entries)
        if conn.dialect.supports_sane_multi_rowcount and outcome.rowcount != len(entries):
            raise UserError(
                "Een collega heeft intussen medewerkers gewijzigd; er is niets opgeslagen. "
                "Lees het bestand opnieuw in."
            )


def insert_employees(session: Session, rows: list[dict[str, Any]], ids: dict[str, int]) -> None:
    """Insert people (every row has the same keys) and add their ids to ``ids``."""
    conn = _conn(session)
    if conn.dialect.name == "sqlite":
        _insert_sqlite(conn, rows, ids)
        return
    # RETURNING the key with the id lets SQLAlchemy batch many rows per INSERT statement
    # (asking for parameter order instead makes it insert row by row on SQLite).
    statement = insert(EMPLOYEE).returning(EMPLOYEE.c.personnel_number, EMPLOYEE.c.id)
    ids.update((number, id_) for number, id_ in conn.execute(statement, rows))


def _insert_sqlite(conn: Connection, rows: list[dict[str, Any]], ids: dict[str, int]) -> None:
    """The driver's own executemany: a third of Core's cost for 20,000 rows. Values are
    what SQLAlchemy would bind on SQLite (dates as ISO text, as its Date type stores them)."""
    columns = list(rows[0])
    sql = (
        f"INSERT INTO employee ({', '.join(columns)}) "  # noqa: S608 - fixed column names
        f"VALUES ({', '.join('?' * len(columns))})"
    )
    dates = [i for i, c in enumerate(columns) if c in ("start_date", "end_date")]
    values = [list(map(row.__getitem__, columns)) for row in rows]
    for record in values:
        for i in dates:
            if record[i] is not None:
                record[i] = record[i].isoformat()
    conn.exec_driver_sql(sql, [tuple(record) for record in values])
    wanted = {row["personnel_number"] for row in rows}
    ids.update(
        (number, id_)
        for number, id_ in conn.exec_driver_sql("SELECT personnel_number, id FROM employee")
        if number in wanted
    )


def set_managers(session: Session, managers: Mapping[int, int]) -> None:
    """employee id -> manager id, for people inserted before their manager (a cycle)."""
    if managers:
        _conn(session).execute(
            EMPLOYEE.update()
            .where(EMPLOYEE.c.id == bindparam("b_id"))
            .values(manager_id=bindparam("b_manager")),
            [{"b_id": person, "b_manager": manager} for person, manager in managers.items()],
        )


def _conn(session: Session) -> Connection:
    """The connection of the unit of work's transaction, for Core statements."""
    return session.connection()
