"""Migration 0009 (quarter_budgets): year budgets stay year budgets, quarter rows fit beside
other units' rows, a second year row is still refused, and a downgrade sums the quarters."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from alembic import command

from competentieplanner.persistence import migrate
from competentieplanner.persistence.database import make_engine, resolve_target
from competentieplanner.services.database import open_database


def _to(path: Path, revision: str, *, down: bool) -> None:
    engine = make_engine(resolve_target(path))
    config = migrate.alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        (command.downgrade if down else command.upgrade)(config, revision)
    engine.dispose()


def _connect(path: Path) -> closing[sqlite3.Connection]:
    conn = sqlite3.connect(path)
    conn.create_function("cp_login", 0, lambda: "test")  # the audit triggers call it
    return closing(conn)


def test_upgrading_keeps_year_budgets_and_allows_quarters(
    demo_db_path: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    _to(demo_db_path, "question_sets", down=True)
    with _connect(demo_db_path) as conn:
        columns = {row[1] for row in conn.execute("PRAGMA table_info(budget)")}
        before = conn.execute("SELECT unit_id, year, amount FROM budget ORDER BY id").fetchall()
    assert "quarter" not in columns and before
    open_database(demo_db_path).dispose()  # upgrades to the head
    with _connect(demo_db_path) as conn:
        after = conn.execute(
            "SELECT unit_id, year, amount, quarter FROM budget ORDER BY id"
        ).fetchall()
        assert after == [(*row, None) for row in before]
        unit_id, year = before[0][0], before[0][1]
        with pytest.raises(sqlite3.IntegrityError):
            conn.execute(
                "INSERT INTO budget (unit_id, year, amount, version) VALUES (?, ?, 1, 1)",
                (unit_id, year),
            )
        with pytest.raises(sqlite3.IntegrityError):
            conn.execute(
                "INSERT INTO budget (unit_id, year, amount, quarter, version) "
                "VALUES (?, 2040, 1, 5, 1)",
                (unit_id,),
            )
        for quarter in (1, 2, 3, 4):
            conn.execute(
                "INSERT INTO budget (unit_id, year, amount, quarter, version) "
                "VALUES (?, 2040, ?, ?, 1)",
                (unit_id, 100 * quarter, quarter),
            )
        conn.commit()
        logged = conn.execute(
            "SELECT COUNT(*) FROM audit_log WHERE table_name = 'budget' AND action = 'insert'"
        ).fetchone()[0]
    assert logged >= 4  # the audit triggers cover the rebuilt table
    _to(demo_db_path, "question_sets", down=True)
    with _connect(demo_db_path) as conn:
        merged = conn.execute(
            "SELECT amount FROM budget WHERE unit_id = ? AND year = 2040", (unit_id,)
        ).fetchall()
    assert [float(amount) for (amount,) in merged] == [1000.0]
