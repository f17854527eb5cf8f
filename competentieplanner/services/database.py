"""Open, upgrade, back up and check a database: the use cases behind ``db`` and start-up."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import inspect, text
from sqlalchemy.exc import SQLAlchemyError

from competentieplanner.domain.errors import DatabaseError, UserError
from competentieplanner.persistence import migrate
from competentieplanner.persistence.database import Database, make_engine, resolve_target
from competentieplanner.services import reference_data


def open_database(
    target: str | os.PathLike[str] | None = None, *, upgrade: bool = True
) -> Database:
    """Open (and create) the database: bring its schema up to date and, when it is new, fill it
    with the reference data. ``target`` is a path or a SQLAlchemy URL; None means the
    COMPETENTIEPLANNER_DATABASE variable or the file in the user's data folder."""
    url = resolve_target(target)
    engine = make_engine(url)
    db = Database(url, engine)
    try:
        if upgrade:
            migrate.upgrade(engine, sqlite_file=db.file if db.file and db.file.exists() else None)
            with db.session() as session:
                if not reference_data.is_installed(session):
                    reference_data.install_reference_data(session)
        elif migrate.current_revision(engine) is None:
            raise DatabaseError(f"'{db.display_name}' is (nog) geen Competentieplanner-database.")
    except SQLAlchemyError as exc:
        engine.dispose()
        raise DatabaseError(
            f"Kan de database '{db.display_name}' niet openen: {exc.__class__.__name__}: "
            f"{str(exc.orig) if hasattr(exc, 'orig') else exc}"
        ) from exc
    except UserError:
        engine.dispose()
        raise
    return db


def backup_database(db: Database, out: Path) -> Path:
    """Write a consistent copy of a SQLite database to ``out``."""
    if db.file is None:
        raise UserError(
            "Een back-up maken kan hier alleen van een SQLite-bestand; gebruik voor een "
            "serverdatabase de back-upvoorziening van de server (bijv. pg_dump)."
        )
    out = out.expanduser().resolve()
    if out == db.file:
        raise UserError("Het back-upbestand mag niet de database zelf zijn.")
    tmp = out.with_name(out.name + ".tmp")
    migrate.backup_sqlite(db.file, tmp)
    os.replace(tmp, out)
    return out


@dataclass(frozen=True)
class Check:
    name: str
    ok: bool
    detail: str

    def line(self) -> str:
        return f"{'OK  ' if self.ok else 'FOUT'} {self.name}: {self.detail}"


def check_database(db: Database) -> list[Check]:
    """Integrity checks: schema version, SQLite integrity and foreign keys, reference data."""
    checks: list[Check] = []
    current = migrate.current_revision(db.engine)
    head = migrate.head_revision()
    checks.append(Check("schemaversie", current == head, f"{current} (verwacht {head})"))
    with db.engine.connect() as conn:
        if db.engine.dialect.name == "sqlite":
            result = conn.exec_driver_sql("PRAGMA integrity_check").scalar()
            checks.append(Check("integriteit", result == "ok", str(result)))
            violations = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            checks.append(
                Check(
                    "verwijzingen",
                    not violations,
                    "alle verwijzingen kloppen" if not violations else f"{len(violations)} fout",
                )
            )
            mode = conn.exec_driver_sql("PRAGMA journal_mode").scalar()
            checks.append(Check("journaal", True, str(mode)))
        tables = set(inspect(conn).get_table_names())
        counts = {
            t: conn.execute(text(f"SELECT COUNT(*) FROM {t}")).scalar_one()  # noqa: S608
            for t in ("framework", "competency", "profile", "training_offer", "employee")
            if t in tables
        }
        checks.append(
            Check(
                "referentiegegevens",
                counts.get("framework", 0) > 0 and counts.get("profile", 0) > 0,
                ", ".join(f"{k}={v}" for k, v in counts.items()),
            )
        )
        orphans = conn.execute(
            text(
                "SELECT COUNT(*) FROM assessment_score s LEFT JOIN assessment a "
                "ON a.id = s.assessment_id WHERE a.id IS NULL"
            )
        ).scalar_one()
        checks.append(Check("beoordelingen", orphans == 0, f"{orphans} losse scores"))
    return checks
