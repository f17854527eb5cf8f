"""SQLite behaviour on every connection: foreign keys, WAL on local disks, optimistic locking."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm.exc import StaleDataError

from competentieplanner.persistence import records as r
from competentieplanner.persistence.database import Database, is_local_disk, resolve_target


def test_foreign_keys_are_enforced(empty_db: Database) -> None:
    with pytest.raises(IntegrityError), empty_db.session() as session:
        session.add(r.EmployeeRecord(personnel_number="1", last_name="Test", unit_id=999))


def test_wal_on_local_disk(empty_db: Database) -> None:
    assert empty_db.file is not None and is_local_disk(empty_db.file)
    with empty_db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_concurrent_edit_is_refused(empty_db: Database) -> None:
    with empty_db.session() as session:
        session.add(r.OrgUnitRecord(name="Team A", kind="team"))
    with empty_db.read_session() as first, empty_db.read_session() as second:
        unit_a = first.scalars(select(r.OrgUnitRecord)).one()
        unit_b = second.scalars(select(r.OrgUnitRecord)).one()
        second.commit()  # the screen shows what it loaded; its read transaction has ended
        unit_a.name = "Team A1"
        first.commit()
        unit_b.name = "Team A2"
        with pytest.raises(StaleDataError):
            second.commit()
    with empty_db.read_session() as session:
        assert session.scalars(select(r.OrgUnitRecord.name)).one() == "Team A1"


def test_database_argument_accepts_paths_and_urls(tmp_path: Path) -> None:
    assert resolve_target(tmp_path / "x.db").database == str(tmp_path / "x.db")
    url = resolve_target("postgresql+psycopg://hr@db.example/competenties")
    assert url.get_backend_name() == "postgresql"


def test_environment_variable_selects_the_database(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COMPETENTIEPLANNER_DATABASE", str(tmp_path / "env.db"))
    assert resolve_target(None).database == str(tmp_path / "env.db")


def test_default_database_lives_in_the_user_data_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("COMPETENTIEPLANNER_DATABASE", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert resolve_target(None).database == str(
        tmp_path / "xdg" / "competentieplanner" / "competentieplanner.db"
    )


def test_transaction_rolls_back_on_error(empty_db: Database) -> None:
    with pytest.raises(RuntimeError), empty_db.session() as session:
        session.add(r.OrgUnitRecord(name="Tijdelijk", kind="team"))
        session.flush()
        raise RuntimeError("boom")
    with empty_db.engine.connect() as conn:
        assert conn.execute(text("SELECT COUNT(*) FROM org_unit")).scalar() == 0


def test_network_shares_get_no_wal() -> None:
    mounts = (
        "/dev/sda1 / ext4 rw 0 0\n"
        "fileserver:/hr /mnt/hr nfs4 rw 0 0\n"
        "//srv/afdeling /mnt/afdeling cifs rw 0 0\n"
    )
    assert is_local_disk(Path("/home/hr/cp.db"), mounts)
    assert not is_local_disk(Path("/mnt/hr/cp.db"), mounts)
    assert not is_local_disk(Path("/mnt/afdeling/sub/cp.db"), mounts)
    assert is_local_disk(Path("/mnt/hrx/cp.db"), mounts)  # a sibling, not inside the share
