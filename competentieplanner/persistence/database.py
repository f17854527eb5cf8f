"""Engines and sessions: SQLite by default, any SQLAlchemy URL (PostgreSQL, SQL Server) for a shared
database.

SQLite gets three things on every connection: foreign keys on; real transactions that also cover
DDL (Python's sqlite3 driver commits implicitly before DDL in its legacy mode, so a failed
migration would stay half applied); and WAL journaling, but only on a local disk, because WAL
needs shared memory that network file systems do not provide.
"""

from __future__ import annotations

import getpass
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from competentieplanner import paths
from competentieplanner.domain.errors import DatabaseError
from competentieplanner.persistence.unit_of_work import UnitOfWork, translated_refusals

_NETWORK_FILE_SYSTEMS = {"nfs", "nfs4", "cifs", "smbfs", "smb3", "9p", "fuse.sshfs", "afs"}


def resolve_target(target: str | os.PathLike[str] | None) -> URL:
    """Turn ``--database`` / COMPETENTIEPLANNER_DATABASE / the default into a SQLAlchemy URL."""
    if target is None or str(target) == "":
        target = os.environ.get(paths.DATABASE_ENV) or paths.default_database_path()
    text = str(target)
    if "://" in text:
        try:
            return make_url(text)
        except Exception as exc:
            raise DatabaseError(f"'{text}' is geen geldige database-URL.") from exc
    path = Path(text).expanduser().resolve()
    return URL.create("sqlite+pysqlite", database=str(path))


def sqlite_path(url: URL) -> Path | None:
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        return None
    return Path(url.database)


def is_local_disk(path: Path, mounts: str | None = None) -> bool:
    """False for a file on a network share (UNC path, mapped network drive, NFS/SMB mount).

    ``mounts`` is the text of /proc/mounts; read from the system when not given.
    """
    text = str(path)
    if sys.platform == "win32":
        if text.startswith("\\\\"):
            return False
        import ctypes

        drive = os.path.splitdrive(text)[0] + "\\"
        drive_remote = 4
        return bool(ctypes.windll.kernel32.GetDriveTypeW(drive) != drive_remote)  # type: ignore[attr-defined]
    if mounts is None:
        try:
            mounts = Path("/proc/mounts").read_text()
        except OSError:
            return True
    best, fs_type = "", ""
    resolved = str(path.resolve())
    for line in mounts.splitlines():
        parts = line.split()
        mount_point = parts[1] if len(parts) >= 3 else ""
        inside = resolved == mount_point or resolved.startswith(mount_point.rstrip("/") + "/")
        if mount_point and inside and len(mount_point) > len(best):
            best, fs_type = mount_point, parts[2]
    return fs_type not in _NETWORK_FILE_SYSTEMS


def _local_login() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no user name in a bare container
        return "lokaal"


def _install_sqlite_hooks(engine: Engine, *, wal: bool) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Take transaction control away from the driver; SQLAlchemy's "begin" hook below emits
        # BEGIN itself, so DDL is transactional too (SQLAlchemy's documented pysqlite recipe).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA busy_timeout = 5000")
        if wal:
            cursor.execute("PRAGMA journal_mode = WAL")
            cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.close()
        # The audit triggers name the login; on SQLite that is the local user (see audit_sql).
        dbapi_connection.create_function("cp_login", 0, _local_login)

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN")


def make_engine(url: URL, *, echo: bool = False) -> Engine:
    """Create an engine for ``url``; for SQLite the folder is created and the hooks installed."""
    path = sqlite_path(url)
    if path is not None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise DatabaseError(
                f"Kan de map '{path.parent}' niet aanmaken: {exc.strerror}."
            ) from exc
        if path.is_dir():
            raise DatabaseError(f"'{path}' is een map, geen databasebestand.")
        if path.exists() and not os.access(path, os.R_OK):
            raise DatabaseError(f"De database '{path}' is niet leesbaar.")
        if opens_read_only(path):
            return _read_only_engine(url, path, echo=echo)
    # A server connection can drop (network, restart): test it before use, so the next user
    # action after a lost connection simply reconnects.
    server = url.get_backend_name() != "sqlite"
    engine = create_engine(url, echo=echo, future=True, pool_pre_ping=server)
    if url.get_backend_name() == "sqlite":
        _install_sqlite_hooks(engine, wal=path is not None and is_local_disk(path))
    return engine


def opens_read_only(path: Path) -> bool:
    """An existing SQLite file we may read but not change (a read-only file, folder, share or
    medium): it is opened read-only instead of refused."""
    if not path.exists():
        return False
    return not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK)


def _read_only_engine(url: URL, path: Path, *, echo: bool) -> Engine:
    """SQLite's ``mode=ro``; when even that cannot work (a WAL database in a folder where the
    shared-memory file cannot be made), ``immutable=1``: nobody can be writing there anyway."""
    for extra in ({}, {"immutable": "1"}):
        ro_url = url.set(
            database=path.as_uri(), query={"mode": "ro", **extra, "uri": "true"}
        )
        engine = create_engine(ro_url, echo=echo, future=True)
        _install_sqlite_hooks(engine, wal=False)
        try:
            with engine.connect() as connection:
                connection.exec_driver_sql("SELECT count(*) FROM sqlite_master")
        except OperationalError:
            engine.dispose()
            continue
        return engine
    raise DatabaseError(f"De database '{path}' kan niet (alleen-lezen) worden geopend.")


class Database:
    """One database: its URL, engine and session factory. Open one unit of work per user
    action (:meth:`unit_of_work`) and hand it to the services."""

    def __init__(self, url: URL, engine: Engine) -> None:
        self.url = url
        self.engine = engine
        #: opened read-only (SQLite mode=ro): reading works, every change is refused
        self.read_only = engine.url.query.get("mode") == "ro"
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @property
    def file(self) -> Path | None:
        return sqlite_path(self.url)

    @property
    def display_name(self) -> str:
        return str(self.file) if self.file else self.url.render_as_string(hide_password=True)

    @contextmanager
    def unit_of_work(self) -> Iterator[UnitOfWork]:
        """The one transaction of a user action: committed at the end, rolled back on any
        error; refusals by the database arrive as Dutch messages."""
        with self._sessions() as session, translated_refusals(), session.begin():
            yield UnitOfWork(session)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session whose work is committed at the end, or rolled back on any error."""
        with self._sessions() as session, session.begin():
            yield session

    @contextmanager
    def read_session(self) -> Iterator[Session]:
        with self._sessions() as session:
            yield session

    def dispose(self) -> None:
        self.engine.dispose()
