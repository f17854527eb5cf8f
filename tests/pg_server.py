"""A throw-away PostgreSQL server for tests of the shared-database set-up.

Started from the Debian ``postgresql`` package's binaries in a temporary folder, listening only on
a Unix socket in that folder (no network). Runs as the ``postgres`` user when the tests run as root,
because the server refuses to run as root.
"""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import psycopg


def postgres_bin() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def _as_server_user(cmd: list[str]) -> list[str]:
    if os.geteuid() == 0:
        return ["runuser", "-u", "postgres", "--", *cmd]
    return cmd


@contextmanager
def temporary_server(database: str = "competentieplanner") -> Iterator[str]:
    """Yield a SQLAlchemy URL of a fresh database on a private server; stop it afterwards."""
    bin_dir = postgres_bin()
    if bin_dir is None:
        raise RuntimeError("PostgreSQL is not installed (apt-get install postgresql)")
    root = Path(tempfile.mkdtemp(prefix="cp-pg-"))
    data, socket_dir = root / "data", root / "run"
    socket_dir.mkdir()
    if os.geteuid() == 0:
        shutil.chown(root, "postgres")
        shutil.chown(socket_dir, "postgres")
    run = {"check": True, "capture_output": True, "text": True}
    subprocess.run(
        _as_server_user([str(bin_dir / "initdb"), "-D", str(data), "-U", "cp", "-A", "trust",
                         "-E", "UTF8", "--no-locale"]),
        **run,  # type: ignore[call-overload]
    )
    subprocess.run(
        _as_server_user([str(bin_dir / "pg_ctl"), "-D", str(data), "-w", "-l", str(root / "log"),
                         "-o", f"-k {socket_dir} -c listen_addresses='' -p 54329", "start"]),
        **run,  # type: ignore[call-overload]
    )
    try:
        subprocess.run(
            [str(bin_dir / "createdb"), "-h", str(socket_dir), "-p", "54329", "-U", "cp", database],
            **run,  # type: ignore[call-overload]
        )
        yield f"postgresql+psycopg://cp@/{database}?host={socket_dir}&port=54329"
    finally:
        subprocess.run(
            _as_server_user([str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"]),
            capture_output=True,
        )
        shutil.rmtree(root, ignore_errors=True)


def login_url(admin_url: str, login: str) -> str:
    """The URL of ``admin_url``'s database for another login (trust authentication)."""
    from sqlalchemy.engine import make_url

    return make_url(admin_url).set(username=login).render_as_string(hide_password=False)


def connect_as(admin_url: str, login: str) -> psycopg.Connection[Any]:
    """A raw psycopg connection as ``login``: what that login could do from psql."""
    import psycopg
    from sqlalchemy.engine import make_url

    url = make_url(admin_url)
    return psycopg.connect(
        dbname=url.database, user=login, host=url.query["host"], port=url.query["port"]
    )
