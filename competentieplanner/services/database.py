"""Open, upgrade, back up and check a database: the use cases behind ``db`` and start-up."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from competentieplanner import paths
from competentieplanner.domain.errors import DatabaseError, UserError
from competentieplanner.persistence import health, opening, server_address
from competentieplanner.persistence.database import Database, resolve_target, sqlite_path
from competentieplanner.persistence.database import opens_read_only as opens_read_only_file
from competentieplanner.persistence.server_address import SSL_MODES, ServerAddress
from competentieplanner.persistence.unit_of_work import UnitOfWork
from competentieplanner.services import reference_data

T = TypeVar("T")


def open_database(
    target: str | os.PathLike[str] | None = None, *, upgrade: bool = True
) -> Database:
    """Open (and create) the database: bring its schema up to date and, when it is new, fill it
    with the reference data. ``target`` is a path or a SQLAlchemy URL; None means the
    COMPETENTIEPLANNER_DATABASE variable or the file in the user's data folder."""
    db = opening.connect(target)
    try:
        if db.read_only:
            with opening.refused_as_database_error(db):
                opening.require_current_schema(db)
            return db
        if upgrade and opening.is_new_sqlite_file(db) and db.file is not None:
            opening.create_sqlite_file(db.file, _install_reference_data)
        with opening.refused_as_database_error(db):
            if upgrade:
                opening.upgrade_schema(db)
                with db.unit_of_work() as uow:
                    if not reference_data.is_installed(uow.session):
                        reference_data.install_reference_data(uow.session)
            elif not opening.has_schema(db):
                raise DatabaseError(
                    f"'{db.display_name}' is (nog) geen Competentieplanner-database."
                )
    except UserError:
        db.dispose()
        raise
    return db


#: What the command line and the app say when a database was opened read-only.
READ_ONLY_NOTICE = (
    "Let op: de database is alleen-lezen geopend (het bestand of de map is niet schrijfbaar); "
    "u kunt gegevens bekijken, maar wijzigingen kunnen niet worden opgeslagen."
)


def opens_read_only(target: str | os.PathLike[str] | None) -> bool:
    """Whether ``target`` is an existing SQLite file that will be opened read-only."""
    path = sqlite_path(resolve_target(target))
    return path is not None and opens_read_only_file(path)


def _install_reference_data(db: Database) -> None:
    with db.unit_of_work() as uow:
        reference_data.install_reference_data(uow.session)


def in_database(
    target: str | os.PathLike[str] | None, work: Callable[[UnitOfWork], T]
) -> T:
    """Open the database, run ``work`` in one unit of work and close the database again: the
    shape of one command-line command."""
    db = open_database(target)
    try:
        with db.unit_of_work() as uow:
            return work(uow)
    finally:
        db.dispose()


def open_first_available(requested: str | None, last: str | None) -> Database:
    """The database to start with: the one asked for, else the last one used, else the default.

    A remembered database that has gone (moved, deleted, damaged) falls back to the default one
    instead of refusing to start; one asked for explicitly is never silently replaced.
    """
    if requested:
        return open_database(requested)
    if last and Path(last).exists():
        try:
            return open_database(last)
        except UserError:
            pass
    return open_database(None)


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
    handle, tmp = paths.private_temp_file(out, suffix=".db.tmp")
    os.close(handle)
    try:
        opening.backup_sqlite_file(db.file, tmp)
        paths.move_into_place(tmp, out)
    finally:
        # A full disk or a kill must not leave a half copy (or its journal) behind.
        for leftover in (tmp, tmp.with_name(tmp.name + "-journal")):
            leftover.unlink(missing_ok=True)
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
    facts = health.read_health(db)
    checks = [
        Check(
            "schemaversie",
            facts.revision == facts.head,
            f"{facts.revision} (verwacht {facts.head})",
        )
    ]
    if facts.integrity is not None:
        checks.append(Check("integriteit", facts.integrity == "ok", facts.integrity))
    if facts.foreign_key_violations is not None:
        violations = facts.foreign_key_violations
        checks.append(
            Check(
                "verwijzingen",
                not violations,
                "alle verwijzingen kloppen" if not violations else f"{violations} fout",
            )
        )
    if facts.journal_mode is not None:
        checks.append(Check("journaal", True, facts.journal_mode))
    counts = facts.counts
    checks.append(
        Check(
            "referentiegegevens",
            counts.get("framework", 0) > 0 and counts.get("profile", 0) > 0,
            ", ".join(f"{k}={v}" for k, v in counts.items()),
        )
    )
    checks.append(
        Check("beoordelingen", facts.orphan_scores == 0, f"{facts.orphan_scores} losse scores")
    )
    return checks


__all__ = ["SSL_MODES", "ServerAddress"]  # for the sign-in dialog (ui may not reach persistence)


def parse_server_address(text: str) -> ServerAddress:
    """The server, port, database, login and sslmode in a connection URL (never a password)."""
    return server_address.parse(text)


def server_url(address: ServerAddress, password: str | None = None) -> str:
    return server_address.url_of(address, password)
