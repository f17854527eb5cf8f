"""``conversations due``: who is due, overdue or never had a conversation, after real closings."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from competentieplanner.cli import main
from competentieplanner.domain.interview import ScoreEntry
from competentieplanner.domain.model import InterviewKind
from competentieplanner.services import interview as iv
from competentieplanner.services.database import open_database


def _close(db_path: Path, number: str, held_on: dt.date, **planned: object) -> None:
    db = open_database(db_path)
    try:
        with db.unit_of_work() as uow:
            prep = iv.prepare_interview(uow, number)
            assert prep.employee.manager is not None
            draft = iv.new_draft(
                prep,
                kind=InterviewKind.PLANNING,
                held_on=held_on,
                team_lead_number=prep.employee.manager,
            )
            draft.scores = {c.code: ScoreEntry(lead=2) for c in prep.framework.competencies}
            for name, value in planned.items():
                setattr(draft, name, value)
            iv.close_interview(uow, draft)
    finally:
        db.dispose()


def _due(capsys: pytest.CaptureFixture[str], db: Path, *extra: str) -> list[dict[str, object]]:
    code = main(["--database", str(db), "conversations", "due", "--format", "json", *extra])
    out, err = capsys.readouterr()
    assert code == 0, err
    rows: list[dict[str, object]] = json.loads(out)
    return rows


def test_conversations_due_json(demo_db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    main(["--database", str(demo_db_path), "employees", "--format", "json"])
    staff = json.loads(capsys.readouterr()[0])
    team = staff[0]["unit"]
    members = [e for e in staff if e["unit"] == team and e["manager"]]
    assert len(members) >= 3, "the demo's first team has at least three members"
    soon, later, unplanned = (m["personeelsnummer"] for m in members[:3])
    _close(demo_db_path, soon, dt.date(2026, 11, 2),
           next_kind=InterviewKind.PROGRESS, next_on=dt.date(2027, 3, 15))  # fmt: skip
    _close(demo_db_path, later, dt.date(2026, 11, 2),
           next_kind=InterviewKind.PROGRESS, next_on=dt.date(2027, 9, 1))  # fmt: skip
    _close(demo_db_path, unplanned, dt.date(2026, 4, 1))  # cycle: voortgang on 2026-10-01

    rows = _due(capsys, demo_db_path, "--unit", team, "--date", "2027-03-01")
    assert all(set(r) == {"personeelsnummer", "name", "unit", "last", "kind", "due"} for r in rows)
    by_number = {r["personeelsnummer"]: r for r in rows}
    assert later not in by_number  # planned beyond the next 30 days
    assert by_number[soon] == {
        "personeelsnummer": soon,
        "name": next(m["name"] for m in members if m["personeelsnummer"] == soon),
        "unit": team,
        "last": "2026-11-02",
        "kind": "voortgangsgesprek",
        "due": "2027-03-15",
    }
    assert (by_number[unplanned]["last"], by_number[unplanned]["due"]) == (
        "2026-04-01",
        "2026-10-01",
    )
    never = [r for r in rows if r["last"] is None]
    assert never and all(r["kind"] == "planningsgesprek" for r in never)
    assert {r["unit"] for r in rows} == {team}
    # Never first, then overdue, then due soon.
    order = [r["personeelsnummer"] for r in rows]
    assert order.index(unplanned) < order.index(soon)
    assert all(order.index(r["personeelsnummer"]) < order.index(unplanned) for r in never)

    wider = _due(capsys, demo_db_path, "--unit", team, "--date", "2027-03-01", "--within", "200")
    assert later in {r["personeelsnummer"] for r in wider}
    everyone = _due(capsys, demo_db_path, "--date", "2027-03-01")
    assert len(everyone) > len(rows)


def test_conversations_due_table_and_unknown_unit(
    demo_db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["--database", str(demo_db_path), "conversations", "due", "--date", "2027-03-01"])
    out, _ = capsys.readouterr()
    assert code == 0 and "nog nooit" in out and "Volgend gesprek" in out
    code = main(["--database", str(demo_db_path), "conversations", "due", "--unit", "Nergens"])
    _, err = capsys.readouterr()
    assert code == 1 and "Nergens" in err


def test_export_conversations_writes_everyone(
    demo_db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from openpyxl import load_workbook

    main(["--database", str(demo_db_path), "employees", "--format", "json"])
    staff = json.loads(capsys.readouterr()[0])
    person = next(e for e in staff if e["manager"])
    _close(demo_db_path, person["personeelsnummer"], dt.date(2026, 11, 2),
           next_kind=InterviewKind.PROGRESS, next_on=dt.date(2027, 9, 1))  # fmt: skip
    out = tmp_path / "cyclus.xlsx"
    code = main(["--database", str(demo_db_path), "export", "conversations", str(out),
                 "--date", "2027-03-01"])  # fmt: skip
    assert code == 0 and out.exists()
    sheet = load_workbook(out)["Gesprekscyclus"]
    rows = list(sheet.iter_rows(min_row=3, values_only=True))
    assert list(next(sheet.iter_rows(min_row=2, max_row=2, values_only=True))) == [
        "Personeelsnummer", "Naam", "Eenheid", "Laatste gesprek", "Soort laatste gesprek",
        "Volgend gesprek", "Wanneer", "Stand",
    ]  # fmt: skip
    assert len(rows) == len(staff)  # everyone, also those planned later
    mine = next(r for r in rows if r[0] == person["personeelsnummer"])
    assert mine[1:] == (
        person["name"], person["unit"], dt.datetime(2026, 11, 2), "planningsgesprek",
        "voortgangsgesprek", dt.datetime(2027, 9, 1), "gepland",
    )  # fmt: skip
    assert sum(1 for r in rows if r[7] == "nog nooit") == len(staff) - 1
    # the export of names and conversation dates is in the audit trail, one entry per person
    capsys.readouterr()
    main(["--database", str(demo_db_path), "audit", "--employee", person["personeelsnummer"],
          "--format", "json"])  # fmt: skip
    entries = json.loads(capsys.readouterr()[0])
    assert any(e["action"] == "export" and e["table"] == "conversations" for e in entries)
