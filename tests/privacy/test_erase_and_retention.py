"""Erasure leaves no byte of the person in the SQLite file, its WAL or the logs; retention lists
exactly what the policy says and removes it with the database still sound."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import sqlite3
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from competentieplanner.cli import main
from competentieplanner.persistence import records as r
from competentieplanner.persistence.access_records import AuditEntryRecord
from competentieplanner.persistence.database import Database
from competentieplanner.services.database import open_database
from tests.privacy.people import add_person, marked_texts

NR = "ALFA-4242"


@pytest.fixture
def data_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    return tmp_path / "data"


def _files(db_file: Path, data_home: Path) -> list[Path]:
    beside = [p for p in db_file.parent.iterdir() if p.name.startswith(db_file.name)]
    return beside + [p for p in data_home.rglob("*") if p.is_file()]


def _cli(db: Path, *args: str) -> int:
    return main(["--database", str(db), *args])


def test_erase_leaves_no_value_in_file_wal_or_logs(
    demo_db: Database, data_home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    add_person(demo_db, "ALFA", NR)
    secrets = sorted(set(marked_texts(demo_db, "ALFA")) | {NR, "alfa@gemeente.example"})
    db_file = demo_db.file
    assert db_file is not None
    with demo_db.unit_of_work() as uow:
        people = uow.session.scalar(select(func.count(r.EmployeeRecord.id)))
        spent = uow.session.scalar(select(func.sum(r.PlanItemRecord.cost)))
    demo_db.dispose()
    assert _cli(db_file, "privacy", "inzage", "--employee", NR, str(tmp_path / "i.json")) == 0
    (tmp_path / "i.json").unlink()  # the export is the requester's; the scan is of the tool's
    before = b"".join(p.read_bytes() for p in _files(db_file, data_home))
    assert NR.encode() in before  # the scan below can see the values

    assert _cli(db_file, "privacy", "erase", "--employee", NR) == 0
    out = capsys.readouterr().out
    assert "gewist" in out and "back-up" in out

    for path in _files(db_file, data_home):
        content = path.read_bytes()
        for secret in secrets:
            for encoded in {secret.encode("utf-8"), secret.encode("utf-16-le")}:
                assert encoded not in content, (path.name, secret)
    db = open_database(db_file)
    try:
        with db.unit_of_work() as uow:
            s = uow.session
            # team counts and budgets spent still add up; the erasure itself is logged
            assert s.scalar(select(func.count(r.EmployeeRecord.id))) == people
            assert s.scalar(select(func.sum(r.PlanItemRecord.cost))) == spent
            # the audit trail keeps the erasure, without content, and nothing about the person
            log = s.scalars(select(AuditEntryRecord)).all()
            erasures = [(e.personnel_number, e.changes) for e in log if e.action == "wissen"]
            assert erasures == [(None, [])]
            assert not [e for e in log if e.personnel_number == NR]
    finally:
        db.dispose()
    assert _cli(db_file, "db", "check") == 0
    # a second erase finds no one
    assert _cli(db_file, "privacy", "erase", "--employee", NR) == 1


def test_legal_hold_stops_erasure_and_retention(
    demo_db: Database, data_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    add_person(demo_db, "ALFA", NR, days_ago=3 * 365)
    with demo_db.unit_of_work() as uow:
        person = uow.session.scalar(
            select(r.EmployeeRecord).where(r.EmployeeRecord.personnel_number == NR)
        )
        assert person is not None
        person.end_date = dt.date.today() - dt.timedelta(days=3 * 365)
    db_file = demo_db.file
    assert db_file is not None
    demo_db.dispose()
    assert _cli(db_file, "privacy", "hold", "--employee", NR, "--reason", "bezwaarprocedure") == 0
    capsys.readouterr()
    assert _cli(db_file, "privacy", "erase", "--employee", NR) == 1
    err = capsys.readouterr().err
    assert "bewaarplicht (bezwaarprocedure)" in err and "niets gewist" in err
    assert _cli(db_file, "privacy", "retention", "--dry-run", "--format", "json") == 0
    captured = capsys.readouterr()
    assert [d for d in json.loads(captured.out) if d["employee"] == NR] == []
    assert "bewaarplicht" in captured.err
    assert _cli(db_file, "privacy", "hold", "--employee", NR, "--off") == 0
    capsys.readouterr()
    assert _cli(db_file, "privacy", "retention", "--dry-run", "--format", "json") == 0
    kinds = {d["kind"] for d in json.loads(capsys.readouterr().out) if d["employee"] == NR}
    assert "medewerker" in kinds and "gespreksconcept" in kinds


def _prepare_retention(db: Database) -> list[dict[str, object]]:
    """Leavers and old drafts in the demo; returns what the default policy must list."""
    today = dt.date.today()
    long_ago, lately = today - dt.timedelta(days=3 * 365), today - dt.timedelta(days=300)
    expected: list[dict[str, object]] = []
    with db.unit_of_work() as uow:
        s = uow.session
        # only the kinds arranged here are due: the others get the longest term
        for kind in ("gespreksverslag", "beoordeling", "ontwikkelplan"):
            s.merge(r.SettingRecord(key=f"retention.{kind}_months", value=360))
        people = s.scalars(select(r.EmployeeRecord).order_by(r.EmployeeRecord.id)).all()
        gone, recent = people[5], people[6]
        gone.end_date, recent.end_date = long_ago, lately
        expected.append(
            {
                "employee": gone.personnel_number,
                "kind": "medewerker",
                "record": f"employee:{gone.id}",
                "since": long_ago.isoformat(),
                "term": 24,
            }
        )
        for person, when in ((people[7], lately), (people[8], today)):
            draft = r.InterviewDraftRecord(
                employee_id=person.id,
                step=1,
                data={"notes": "half af"},
                updated_at=dt.datetime.combine(when, dt.time(9)),
            )
            s.add(draft)
            s.flush()
            if when == lately:
                expected.append(
                    {
                        "employee": person.personnel_number,
                        "kind": "gespreksconcept",
                        "record": f"interview_draft:{draft.id}",
                        "since": lately.isoformat(),
                        "term": 6,
                    }
                )
    return sorted(expected, key=lambda d: (str(d["employee"]), str(d["kind"]) != "gespreksconcept"))


def _totals(db: Database) -> tuple[int, Decimal, dict[int | None, int]]:
    with db.unit_of_work() as uow:
        s = uow.session
        per_unit = dict(
            s.execute(
                select(r.EmployeeRecord.unit_id, func.count()).group_by(r.EmployeeRecord.unit_id)
            ).all()
        )
        return (
            s.scalar(select(func.count(r.EmployeeRecord.id))) or 0,
            s.scalar(select(func.sum(r.PlanItemRecord.cost))) or Decimal(0),
            per_unit,
        )


def test_retention_lists_exactly_the_policy_then_removes_it(
    demo_db: Database, data_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    expected = _prepare_retention(demo_db)
    totals = _totals(demo_db)
    db_file = demo_db.file
    assert db_file is not None
    demo_db.dispose()
    assert _cli(db_file, "privacy", "retention", "--dry-run", "--format", "json") == 0
    listed = json.loads(capsys.readouterr().out)
    assert sorted(listed, key=lambda d: (d["employee"], d["kind"] != "gespreksconcept")) == expected
    shutil.copyfile(db_file, db_file.with_name("voor.db"))
    assert _cli(db_file, "privacy", "retention", "--dry-run", "--format", "json") == 0
    assert json.loads(capsys.readouterr().out) == listed  # a dry run changes nothing

    assert _cli(db_file, "privacy", "retention") == 0
    assert f"{len(expected)} gegevens" in capsys.readouterr().out
    assert _cli(db_file, "privacy", "retention", "--dry-run", "--format", "json") == 0
    assert json.loads(capsys.readouterr().out) == []
    assert _cli(db_file, "db", "check") == 0
    db = open_database(db_file)
    try:
        assert _totals(db) == totals  # team counts and budgets spent still add up
        with db.unit_of_work() as uow:
            kinds = [d for d in expected if d["kind"] == "medewerker"]
            gone = uow.session.get(r.EmployeeRecord, int(str(kinds[0]["record"]).split(":")[1]))
            assert gone is not None and gone.last_name == "(gewist)"
            assert gone.personnel_number.startswith("gewist-")
            assert (
                uow.session.scalar(
                    select(func.count())
                    .select_from(r.AssessmentRecord)
                    .where(r.AssessmentRecord.employee_id == gone.id)
                )
                == 0
            )
            drafts = uow.session.scalars(select(r.InterviewDraftRecord.updated_at)).all()
            assert [d.date() for d in drafts] == [dt.date.today()]
            # the audit trail keeps nothing of what was removed, only that a run took place
            log = uow.session.scalars(select(AuditEntryRecord)).all()
            removed = {str(d["record"]) for d in expected}
            leaver = str(kinds[0]["employee"])
            assert not [e for e in log if f"{e.table_name}:{e.record}" in removed]
            assert not [e for e in log if e.personnel_number == leaver]
            assert not [e for e in log if leaver in json.dumps(e.changes)]
            runs = [(e.personnel_number, e.changes) for e in log if e.action == "bewaartermijn"]
            assert runs == [(None, [])]
        # the triggers are back: a change is logged again and the log still cannot be changed
        with db.unit_of_work() as uow:
            other = uow.session.scalars(select(r.EmployeeRecord).order_by(r.EmployeeRecord.id))
            next(iter(other)).job_title = "Na de bewaartermijn"
        with db.unit_of_work() as uow:
            titles = [
                c["new"]
                for e in uow.session.scalars(select(AuditEntryRecord))
                for c in e.changes
                if c["field"] == "job_title"
            ]
            assert "Na de bewaartermijn" in titles
    finally:
        db.dispose()
    with sqlite3.connect(db_file) as conn, pytest.raises(sqlite3.DatabaseError, match="auditlog"):
        conn.execute("DELETE FROM audit_log")
