"""A lost connection to the server: a clear Dutch message, nothing half saved, and the next
action reconnects by itself (no restart). A real PostgreSQL server; the connection is cut by
the server (pg_terminate_backend), as a network failure or a server restart would."""

from __future__ import annotations

from collections.abc import Iterator

import psycopg
import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url

from competentieplanner.domain.errors import UserError
from competentieplanner.persistence import repositories as repo
from competentieplanner.services import settings_edit
from competentieplanner.services.database import open_database
from tests.pg_server import postgres_bin, temporary_server

pytestmark = pytest.mark.postgres
KEY = "scoring.ready_min_fit_pct"


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    if postgres_bin() is None:
        pytest.fail("PostgreSQL binaries missing: .ci/run installs the 'postgresql' package")
    with temporary_server() as url:
        open_database(url).dispose()  # schema and reference data
        yield url


def _cut(url: str, pid: int) -> None:
    parts = make_url(url)
    with psycopg.connect(dbname=parts.database, user="cp", host=parts.query["host"],
                         port=parts.query["port"], autocommit=True) as conn:
        conn.execute("SELECT pg_terminate_backend(%s)", (pid,))


def _value(db: object) -> float:
    with db.unit_of_work() as uow:  # type: ignore[attr-defined]
        return next(s.value for s in settings_edit.load_editable_settings(uow) if s.key == KEY)


def test_a_lost_connection_says_so_saves_nothing_and_reconnects(server: str) -> None:
    db = open_database(server)
    try:
        before = _value(db)
        lost = "verbinding met de databaseserver is verbroken"
        with pytest.raises(UserError, match=lost), db.unit_of_work() as uow:
            shown = next(s for s in settings_edit.load_editable_settings(uow) if s.key == KEY)
            _cut(server, uow.session.execute(text("SELECT pg_backend_pid()")).scalar_one())
            settings_edit.update_setting(uow, KEY, before + 1, shown.version)
        assert _value(db) == before  # reconnected by itself; nothing was written
        with db.unit_of_work() as uow:
            shown = next(s for s in settings_edit.load_editable_settings(uow) if s.key == KEY)
            settings_edit.update_setting(uow, KEY, before + 1, shown.version)
        assert _value(db) == before + 1
        with db.unit_of_work() as uow:
            assert repo.load_settings(uow.session)
    finally:
        db.dispose()
