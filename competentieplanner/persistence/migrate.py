"""Schema upgrades through Alembic, with a backup copy of a SQLite file before any upgrade."""

from __future__ import annotations

import datetime as dt
import sqlite3
from contextlib import closing
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from competentieplanner.domain.errors import DatabaseError

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def alembic_config(script_location: Path = MIGRATIONS_DIR) -> Config:
    config = Config()
    config.set_main_option("script_location", str(script_location))
    return config


def head_revision(script_location: Path = MIGRATIONS_DIR) -> str:
    head = ScriptDirectory.from_config(alembic_config(script_location)).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def backup_sqlite(source: Path, target: Path) -> Path:
    """Copy a live SQLite database consistently (the sqlite3 backup API, safe during writes)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    if target.exists():
        target.unlink()
    # closing(): sqlite3's own context manager commits but leaves the files open.
    with closing(sqlite3.connect(source)) as src, closing(sqlite3.connect(target)) as dst:
        src.backup(dst)
    return target


def upgrade(
    engine: Engine,
    *,
    revision: str = "head",
    sqlite_file: Path | None = None,
    script_location: Path = MIGRATIONS_DIR,
) -> Path | None:
    """Bring the schema to ``revision`` in one transaction. Returns the backup made, if any.

    A SQLite file that already holds a schema older than the target is first copied beside itself
    as ``<name>.backup-<revision>-<timestamp>.db``.
    """
    before = current_revision(engine)
    backup: Path | None = None
    if sqlite_file is not None and before is not None and before != head_revision(script_location):
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        backup = backup_sqlite(
            sqlite_file, sqlite_file.with_name(f"{sqlite_file.stem}.backup-{before}-{stamp}.db")
        )
    config = alembic_config(script_location)
    try:
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, revision)
    except Exception as exc:
        raise DatabaseError(
            f"Bijwerken van het databaseschema is mislukt; er is niets veranderd. ({exc})"
        ) from exc
    return backup
