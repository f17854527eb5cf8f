"""The audit trail on the embedded SQLite database: written by triggers, like on the server."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import select

from competentieplanner.cli import main
from competentieplanner.persistence import records as r
from competentieplanner.persistence.audit_sql import FREE_TEXT_MARK, audited_tables
from competentieplanner.persistence.base import Base
from competentieplanner.persistence.database import Database


def _audit(path: Path, capsys: pytest.CaptureFixture[str], *argv: str) -> list[dict[str, object]]:
    capsys.readouterr()
    assert main(["--database", str(path), "audit", "--format", "json", *argv]) == 0
    return json.loads(capsys.readouterr().out)  # type: ignore[no-any-return]


def test_every_table_and_column_is_covered_by_triggers(demo_db_path: Path) -> None:
    with sqlite3.connect(demo_db_path) as conn:
        triggers = dict(conn.execute("SELECT name, sql FROM sqlite_master WHERE type='trigger'"))
    for table in audited_tables(Base.metadata.tables.values()):
        for action in ("insert", "update", "delete"):
            assert f"audit_{table.name}_{action}" in triggers, (table.name, action)
        update = triggers[f"audit_{table.name}_update"]
        for column in table.columns:
            if column.name != "version":
                assert f"OLD.{column.name} IS NOT NEW.{column.name}" in update, column


def test_changes_are_logged_with_old_and_new_free_text_without_content(
    demo_db: Database, demo_db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with demo_db.unit_of_work() as uow:
        person = uow.session.scalars(select(r.EmployeeRecord).limit(1)).one()
        number, old_title = person.personnel_number, person.job_title
        person.job_title = "Coördinator"
        assessment = uow.session.scalars(
            select(r.AssessmentRecord).where(r.AssessmentRecord.employee_id == person.id)
        ).first()
        assert assessment is not None
        assessment.notes = "vertrouwelijk"
    entries = _audit(demo_db_path, capsys, "--employee", number)
    updates = [e for e in entries if e["action"] == "update"]
    employee = next(e for e in updates if e["table"] == "employee")
    assert employee["changes"] == [{"field": "job_title", "old": old_title, "new": "Coördinator"}]
    assert employee["record"] and employee["login"] and employee["employee"] == number
    at = dt.datetime.fromisoformat(str(employee["at"]))
    assert abs(at - dt.datetime.now(dt.UTC)) < dt.timedelta(minutes=5)
    notes = next(e for e in updates if e["table"] == "assessment")
    assert notes["changes"] == [{"field": "notes", "old": FREE_TEXT_MARK, "new": FREE_TEXT_MARK}]
    assert "vertrouwelijk" not in json.dumps(entries)
    assert any(e["action"] == "insert" and e["table"] == "employee" for e in entries)


def test_reading_the_log_is_logged_and_the_log_cannot_be_changed(
    demo_db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    tomorrow = (dt.date.today() + dt.timedelta(days=2)).isoformat()
    assert _audit(demo_db_path, capsys, "--since", tomorrow) == []
    reads = [e for e in _audit(demo_db_path, capsys) if e["action"] == "read"]
    assert reads and reads[0]["record"] == f"since={tomorrow}"
    with sqlite3.connect(demo_db_path) as conn, pytest.raises(sqlite3.DatabaseError, match="audit"):
        conn.execute("DELETE FROM audit_log")


def test_local_user_acts_as_hr_and_has_no_user_accounts(
    empty_db: Database, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--database", str(db_path), "whoami", "--format", "json"]) == 0
    me = json.loads(capsys.readouterr().out)
    assert me["role"] == "hr" and me["login"] and me["units"] == []
    assert main(["--database", str(db_path), "users", "add", "x", "--role", "hr"]) == 1
    assert "PostgreSQL" in capsys.readouterr().err
    assert main(["--database", str(db_path), "server", "init"]) == 1
    assert "PostgreSQL" in capsys.readouterr().err
