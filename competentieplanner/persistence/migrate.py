"""Schema upgrades through Alembic, with a backup copy of a SQLite file before any upgrade."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine

from competentieplanner import paths
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


def refuse_newer_schema(
    revision: str | None, script_location: Path = MIGRATIONS_DIR, name: str = ""
) -> None:
    """A schema this version does not know was made by a newer release: refuse it before
    anything (a backup copy included) is written."""
    if revision is None:
        return
    scripts = ScriptDirectory.from_config(alembic_config(script_location))
    try:
        known = scripts.get_revision(revision) is not None
    except Exception:  # alembic raises several kinds for an unknown id
        known = False
    if not known:
        where = f"'{name}': " if name else ""
        head = head_revision(script_location)
        raise DatabaseError(
            f"{where}deze database is gemaakt met een nieuwere versie van Competentieplanner "
            f"(schemaversie {revision}; deze versie kent tot en met {head}); "
            "werk de applicatie bij."
        )


def upgrade_backup_path(sqlite_file: Path, revision: str, folder: Path | None = None) -> Path:
    """Where the backup before an upgrade goes: the user's data folder (see paths.backup_dir)."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    return (folder or paths.backup_dir()) / f"{sqlite_file.stem}.backup-{revision}-{stamp}.db"


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

    A schema newer than this version knows is refused first, without a copy. A SQLite file that
    holds an older schema is first copied to the user's data folder as
    ``backups/<name>.backup-<revision>-<timestamp>.db``; a failed copy leaves no partial file.
    """
    before = current_revision(engine)
    refuse_newer_schema(
        before, script_location, str(sqlite_file) if sqlite_file else engine.url.render_as_string()
    )
    backup: Path | None = None
    if sqlite_file is not None and before is not None and before != head_revision(script_location):
        target = upgrade_backup_path(sqlite_file, before)
        try:
            backup = backup_sqlite(sqlite_file, target)
        except BaseException:
            target.unlink(missing_ok=True)
            raise
    config = alembic_config(script_location)
    try:
        with (
            engine.connect() as connection,
            _table_rebuilds_allowed(connection),
            connection.begin(),
        ):
            config.attributes["connection"] = connection
            command.upgrade(config, revision)
            _require_sound_references(connection)
    except Exception as exc:
        raise DatabaseError(
            f"Bijwerken van het databaseschema is mislukt; er is niets veranderd. ({exc})"
        ) from exc
    return backup


@contextmanager
def _table_rebuilds_allowed(connection: Connection) -> Iterator[None]:
    """SQLite changes a table by copying it, dropping the original and renaming the copy
    (Alembic's batch mode). With foreign keys enforced, dropping a table that other rows refer to
    fails, or worse, cascades and deletes those rows; and the rename is refused while the audit
    triggers name the dropped table. SQLite's own procedure for such changes switches the
    checks off for the duration (outside any transaction: inside one the pragma does nothing),
    keeps references by name (legacy_alter_table) and checks every reference before committing
    (:func:`_require_sound_references`)."""
    if connection.dialect.name != "sqlite":
        yield
        return
    raw = connection.connection.driver_connection
    assert raw is not None
    raw.execute("PRAGMA foreign_keys = OFF")
    raw.execute("PRAGMA legacy_alter_table = ON")
    try:
        yield
    finally:
        raw.execute("PRAGMA legacy_alter_table = OFF")
        raw.execute("PRAGMA foreign_keys = ON")


def _require_sound_references(connection: Connection) -> None:
    if connection.dialect.name != "sqlite":
        return
    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    if broken:
        tables = sorted({row[0] for row in broken})
        raise DatabaseError(
            f"na het bijwerken verwijzen {len(broken)} rijen naar niets (tabellen: "
            f"{', '.join(tables)})"
        )
