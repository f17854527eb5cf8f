"""Migration 0004 on a database that already holds reference data: the registration kinds
arrive and the meldcode authorities are linked to them."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from alembic import command

from competentieplanner.persistence import migrate
from competentieplanner.persistence.database import make_engine, resolve_target
from competentieplanner.services.database import open_database


def test_upgrading_an_existing_database_seeds_the_kinds_and_links(tmp_path: Path) -> None:
    path = tmp_path / "cp.db"
    open_database(path).dispose()
    engine = make_engine(resolve_target(path))
    config = migrate.alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "formation")
    with sqlite3.connect(path) as conn:
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
    assert "registration_kind" not in tables
    migrate.upgrade(engine, sqlite_file=path)
    engine.dispose()
    with sqlite3.connect(path) as conn:
        kinds = dict(conn.execute("SELECT code, validity_months FROM registration_kind"))
        linked = [
            code
            for (code,) in conn.execute(
                "SELECT a.code FROM authority a JOIN registration_kind k "
                "ON k.id = a.required_registration_id WHERE k.code = 'meldcode' ORDER BY a.code"
            )
        ]
        triggers = {
            row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='trigger'")
        }
    assert kinds == {"skj": 60, "meldcode": 36}
    assert linked == ["VB-ST-05", "VB-ST-06", "VB-ST-11"]
    assert {"audit_registration_update", "audit_authority_update"} <= triggers
