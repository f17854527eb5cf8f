"""What a database check reads: the raw facts behind ``db check`` and ``selfcheck``.

The service decides what counts as healthy; this module only asks the database.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import inspect, text

from competentieplanner.persistence import migrate
from competentieplanner.persistence.database import Database

#: Tables whose row counts show whether the reference data is there.
COUNTED_TABLES = ("framework", "competency", "profile", "training_offer", "employee")


@dataclass(frozen=True, slots=True)
class HealthFacts:
    revision: str | None
    head: str
    #: SQLite only (None on a server): PRAGMA integrity_check, foreign_key_check, journal_mode.
    integrity: str | None
    foreign_key_violations: int | None
    journal_mode: str | None
    counts: dict[str, int]
    orphan_scores: int


def read_health(db: Database) -> HealthFacts:
    integrity: str | None = None
    violations: int | None = None
    journal: str | None = None
    with db.engine.connect() as conn:
        if db.engine.dialect.name == "sqlite":
            integrity = str(conn.exec_driver_sql("PRAGMA integrity_check").scalar())
            violations = len(conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall())
            journal = str(conn.exec_driver_sql("PRAGMA journal_mode").scalar())
        tables = set(inspect(conn).get_table_names())
        counts = {
            t: int(conn.execute(text(f"SELECT COUNT(*) FROM {t}")).scalar_one())  # noqa: S608
            for t in COUNTED_TABLES
            if t in tables
        }
        orphans = conn.execute(
            text(
                "SELECT COUNT(*) FROM assessment_score s LEFT JOIN assessment a "
                "ON a.id = s.assessment_id WHERE a.id IS NULL"
            )
        ).scalar_one()
    return HealthFacts(
        revision=migrate.current_revision(db.engine),
        head=migrate.head_revision(),
        integrity=integrity,
        foreign_key_violations=violations,
        journal_mode=journal,
        counts=counts,
        orphan_scores=int(orphans),
    )
