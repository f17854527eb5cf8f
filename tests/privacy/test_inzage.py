"""Inzage: every stored value of one fully filled person is in the export, nothing of others."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from competentieplanner.cli import main
from competentieplanner.persistence import records as r
from competentieplanner.persistence.database import Database
from competentieplanner.persistence.privacy_queries import PERSON_ROWS, personal_tables
from tests import pdf_reading
from tests.privacy.people import add_person, marked_texts

A, B = "ALFA", "BRAVO"
NR_A, NR_B = "700101", "700202"


@pytest.fixture
def two_people(empty_db: Database, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Database:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    add_person(empty_db, A, NR_A)
    add_person(empty_db, B, NR_B)
    return empty_db


def _export(db: Database, out: Path) -> None:
    assert (
        main(["--database", str(db.file), "privacy", "inzage", "--employee", NR_A, str(out)]) == 0
    )


def test_every_personal_table_is_reached_and_filled(two_people: Database) -> None:
    tables = {t.name for t in personal_tables()}
    assert set(PERSON_ROWS) == tables
    with two_people.unit_of_work() as uow:
        person = uow.session.scalar(
            select(r.EmployeeRecord).where(r.EmployeeRecord.personnel_number == NR_A)
        )
        assert person is not None
        for table in personal_tables():  # the fixture really fills every table
            condition = PERSON_ROWS[table.name](person.id, NR_A)
            assert uow.session.execute(select(table).where(condition)).first(), table.name


def test_json_holds_every_stored_row_of_the_person_and_nothing_of_others(
    two_people: Database, tmp_path: Path
) -> None:
    out = tmp_path / "inzage.json"
    _export(two_people, out)
    text = out.read_text(encoding="utf-8")
    document = json.loads(text)
    assert document["employee"] == NR_A
    assert B not in text and NR_B not in text
    with two_people.unit_of_work() as uow:
        person = uow.session.scalar(
            select(r.EmployeeRecord).where(r.EmployeeRecord.personnel_number == NR_A)
        )
        assert person is not None
        for table in personal_tables():
            condition = PERSON_ROWS[table.name](person.id, NR_A)
            stored = uow.session.execute(select(table).where(condition)).mappings().all()
            exported = document["tables"][table.name]
            assert len(exported) == len(stored) > 0, table.name
            for row, got in zip(stored, exported, strict=True):
                for column, value in row.items():
                    assert column in got, (table.name, column)
                    if isinstance(value, str | int | bool | dict | list) or value is None:
                        assert got[column] == value, (table.name, column)
                    elif hasattr(value, "isoformat"):  # dates and times as ISO text
                        assert got[column] == value.isoformat(), (table.name, column)
                    else:  # money as a number
                        assert got[column] == float(value), (table.name, column)
    for value in marked_texts(two_people, A):
        assert json.dumps(value, ensure_ascii=False) in text or value in text


def test_pdf_reads_every_stored_value_and_metadata_names_no_one(
    two_people: Database, tmp_path: Path
) -> None:
    out = tmp_path / "inzage.pdf"
    _export(two_people, out)
    squeezed = "".join(pdf_reading.text(out).split())
    texts = marked_texts(two_people, A)
    assert len(texts) >= 15
    for value in texts:
        assert "".join(value.split()) in squeezed, value
    # numbers, dates and money in Dutch form, ids replaced by what they name
    for shown in ("700101", "14-03-2011", "0,83", "12,5", "€612,40", "€1.450,00", "2027-K2"):
        assert shown in squeezed, shown
    assert B not in squeezed and NR_B not in squeezed
    meta = dict(pdf_reading.reader(out).metadata or {})
    assert meta.get("/Title") == "Inzageoverzicht"
    assert A not in str(meta) and NR_A not in str(meta)


def test_workbook_holds_every_marked_value(two_people: Database, tmp_path: Path) -> None:
    out = tmp_path / "inzage.xlsx"
    _export(two_people, out)
    book = load_workbook(out, read_only=True)
    cells = [
        str(c)
        for sheet in book.worksheets
        for row in sheet.iter_rows(values_only=True)
        for c in row
    ]
    joined = "\n".join(cells)
    for value in marked_texts(two_people, A):
        assert value in joined, value
    assert B not in joined
    # temporary files of the exports went to the user's data folder and are gone
    assert not any((tmp_path / "data").rglob("*.tmp"))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "inzage.xlsx", "test.db"] or (
        {p.name for p in tmp_path.iterdir()} - {"test.db-wal", "test.db-shm"}
        == {"data", "inzage.xlsx", "test.db"}
    )


def test_unknown_person_and_format_are_refused(
    two_people: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(two_people.file)
    assert (
        main(["--database", db, "privacy", "inzage", "--employee", "999", str(tmp_path / "x.pdf")])
        == 1
    )
    assert "geen medewerker met personeelsnummer '999'" in capsys.readouterr().err
    assert (
        main(["--database", db, "privacy", "inzage", "--employee", NR_A, str(tmp_path / "x.docx")])
        == 1
    )
    assert ".pdf, .xlsx of .json" in capsys.readouterr().err
