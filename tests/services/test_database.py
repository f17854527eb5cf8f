"""Opening, choosing at start-up, one unit of work per command, back-up and the demo."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from competentieplanner.domain.errors import DatabaseError, UserError
from competentieplanner.persistence.database import Database
from competentieplanner.persistence.unit_of_work import UnitOfWork
from competentieplanner.services import database as dbs
from competentieplanner.services import listings
from competentieplanner.services.demo import generate_demo


@pytest.fixture
def default_target(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Where the default database goes in this test (never the user's own)."""
    target = tmp_path / "standaard.db"
    monkeypatch.setenv("COMPETENTIEPLANNER_DATABASE", str(target))
    return target


def _opened(db: Database) -> Path:
    assert db.file is not None
    db.dispose()
    return db.file


def test_start_up_prefers_the_requested_then_the_last_database(
    tmp_path: Path, default_target: Path, demo_db_path: Path
) -> None:
    asked = tmp_path / "gevraagd.db"
    assert _opened(dbs.open_first_available(str(asked), str(demo_db_path))) == asked.resolve()
    assert _opened(dbs.open_first_available(None, str(demo_db_path))) == demo_db_path.resolve()
    assert _opened(dbs.open_first_available(None, None)) == default_target.resolve()


def test_a_last_database_that_is_gone_or_damaged_falls_back_to_the_default(
    tmp_path: Path, default_target: Path
) -> None:
    assert _opened(dbs.open_first_available(None, str(tmp_path / "weg.db"))) == default_target
    damaged = tmp_path / "kapot.db"
    damaged.write_text("geen SQLite " * 200)
    assert _opened(dbs.open_first_available(None, str(damaged))) == default_target


def test_a_requested_database_that_cannot_be_opened_is_refused_by_name(tmp_path: Path) -> None:
    damaged = tmp_path / "kapot.db"
    damaged.write_text("geen SQLite " * 200)
    with pytest.raises(DatabaseError, match="kapot.db"):
        dbs.open_first_available(str(damaged), None)


def test_opening_without_upgrade_refuses_a_file_without_schema(tmp_path: Path) -> None:
    empty = tmp_path / "leeg.db"
    sqlite3.connect(empty).close()
    with pytest.raises(DatabaseError, match="geen Competentieplanner-database"):
        dbs.open_database(empty, upgrade=False)


def test_in_database_is_one_transaction(demo_db_path: Path) -> None:
    def work(uow: UnitOfWork) -> None:
        assert listings.employees(uow)
        uow.session.connection().exec_driver_sql("DELETE FROM plan_item")
        raise UserError("halverwege geweigerd")

    with pytest.raises(UserError, match="halverwege"):
        dbs.in_database(demo_db_path, work)
    with sqlite3.connect(demo_db_path) as conn:
        assert conn.execute("SELECT COUNT(*) FROM plan_item").fetchone()[0] > 0
    staff = dbs.in_database(demo_db_path, listings.employees)
    assert len(staff) == 120


def test_backup_is_a_consistent_copy_and_never_the_database_itself(
    demo_db: Database, tmp_path: Path
) -> None:
    out = dbs.backup_database(demo_db, tmp_path / "kopie.db")
    with sqlite3.connect(out) as conn:
        assert conn.execute("SELECT COUNT(*) FROM employee").fetchone()[0] == 120
    assert not (tmp_path / "kopie.db.tmp").exists()
    assert demo_db.file is not None
    with pytest.raises(UserError, match="niet de database zelf"):
        dbs.backup_database(demo_db, demo_db.file)


def test_the_demo_is_refused_in_a_database_with_staff(demo_db: Database) -> None:
    with pytest.raises(UserError, match="bevat al medewerkers"):
        generate_demo(demo_db)


def test_the_demo_fills_one_transaction_with_related_rows(empty_db: Database) -> None:
    summary = generate_demo(empty_db, employees=60, seed=3)
    assert summary.employees == 60
    assert empty_db.file is not None
    with sqlite3.connect(empty_db.file) as conn:
        count = conn.execute("SELECT COUNT(*) FROM employee").fetchone()[0]
        loose = conn.execute(
            "SELECT COUNT(*) FROM assessment_score s LEFT JOIN assessment a "
            "ON a.id = s.assessment_id WHERE a.id IS NULL"
        ).fetchone()[0]
        name = conn.execute(
            "SELECT value FROM setting WHERE key = 'reports.organisation_name'"
        ).fetchone()[0]
    assert count == 60 and loose == 0
    assert "Dijkwaarden" in name
    assert all(check.ok for check in dbs.check_database(empty_db))
