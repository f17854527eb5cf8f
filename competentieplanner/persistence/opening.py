"""Connecting to a database and bringing its schema up to date, with Dutch messages when the
file or server cannot be used."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy.exc import SQLAlchemyError

from competentieplanner.domain.errors import DatabaseError
from competentieplanner.persistence import migrate
from competentieplanner.persistence.database import (
    Database,
    make_engine,
    resolve_target,
    sqlite_path,
)


def connect(target: str | os.PathLike[str] | None) -> Database:
    """The database for a path, a SQLAlchemy URL or None (the default); nothing is read yet."""
    url = resolve_target(target)
    return Database(url, make_engine(url))


@contextmanager
def refused_as_database_error(db: Database) -> Iterator[None]:
    """A driver error while opening says which database could not be opened, in Dutch."""
    try:
        yield
    except SQLAlchemyError as exc:
        detail = str(exc.orig) if hasattr(exc, "orig") else str(exc)
        raise DatabaseError(
            f"Kan de database '{db.display_name}' niet openen: {exc.__class__.__name__}: {detail}"
        ) from exc


def upgrade_schema(db: Database) -> None:
    """Bring the schema to the newest version (a SQLite file is backed up first)."""
    migrate.upgrade(db.engine, sqlite_file=db.file if db.file and db.file.exists() else None)


def require_current_schema(db: Database) -> None:
    """A read-only database cannot be upgraded: refuse one that is not at the newest schema."""
    current = migrate.current_revision(db.engine)
    if current is None:
        raise DatabaseError(f"'{db.display_name}' is (nog) geen Competentieplanner-database.")
    if current != migrate.head_revision():
        raise DatabaseError(
            f"De database '{db.display_name}' is alleen-lezen en heeft een oudere opbouw "
            f"({current}); deze versie kan hem pas openen na bijwerken. Kopieer het bestand naar "
            "een schrijfbare map of vraag om schrijfrechten."
        )


def has_schema(db: Database) -> bool:
    return migrate.current_revision(db.engine) is not None


def backup_sqlite_file(source: Path, target: Path) -> None:
    """A consistent copy of a SQLite file, safe while others write."""
    migrate.backup_sqlite(source, target)


def create_sqlite_file(path: Path, fill: Callable[[Database], None]) -> None:
    """Make a new SQLite database at ``path`` in one step: schema and ``fill`` (the reference
    data) go into a hidden file next to it, which is renamed into place only when complete.
    A kill or a full disk halfway leaves no half-made database (at most the hidden file,
    removed here when we are still alive to do so)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, name = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=".creating.db", dir=path.parent)
    os.close(handle)
    temp = Path(name)
    db = connect(temp)
    try:
        with refused_as_database_error(db):
            upgrade_schema(db)
            fill(db)
        db.dispose()
        os.replace(temp, path)
    except BaseException:
        db.dispose()
        for leftover in (temp, *(temp.with_name(temp.name + end) for end in ("-wal", "-shm"))):
            leftover.unlink(missing_ok=True)
        raise


def is_new_sqlite_file(db: Database) -> bool:
    """A SQLite database whose file does not exist yet (or is empty: SQLite made it, nothing
    more happened)."""
    path = sqlite_path(db.url)
    return path is not None and (not path.exists() or path.stat().st_size == 0)
