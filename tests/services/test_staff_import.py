"""Staff import: real workbooks and CSV files as HR systems and people make them."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlalchemy import select

from competentieplanner.domain.errors import ValidationError
from competentieplanner.domain.registrations import Registration
from competentieplanner.persistence import records as r
from competentieplanner.persistence import registrations as registration_queries
from competentieplanner.persistence import repositories as repo
from competentieplanner.persistence.database import Database
from competentieplanner.services.staff_import import (
    import_staff,
    preview_staff_import,
)
from tests.import_export import hostile
from tests.unit_of_work_support import call

HR_EXPORT_HEADER = [
    "Pers.nr.",
    "Roepnaam",
    "Tussenvoegsel(s)",
    "Achternaam",
    "Organisatie-eenheid",
    "Team",
    "Functiebenaming",
    "Uren per week",
    "Pers.nr. leidinggevende",
    "E-mailadres",
    "In dienst sinds",
    "BSN",
    "Geboortedatum",
]


def workbook(path: Path, rows: list[list[Any]], *, title_rows: int = 2) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Export"
    if title_rows:
        ws.append(["Personeelsoverzicht Gemeente Dijkwaarden (fictief)"])
        for _ in range(title_rows - 1):
            ws.append([])
    for row in rows:
        ws.append(row)
    inline = path.with_name("inline-" + path.name)
    wb.save(inline)
    return hostile.with_shared_strings(inline, path)


def hr_export(path: Path) -> Path:
    return workbook(
        path,
        [
            HR_EXPORT_HEADER,
            [
                "000123",
                "Jan",
                "van der",
                "Berg",
                "Sociaal Domein",
                "Team Noord",
                "Beleidsadviseur",
                "32",
                "4211",
                "j.vanderberg@gemeente.example",
                dt.datetime(2019, 3, 1),
                "111222333",
                dt.datetime(1980, 1, 2),
            ],
            [],
            [
                4211,
                "Émilie\u00a0",
                None,
                " Dijk ",
                "Sociaal Domein",
                None,
                "Teamleider",
                36,
                None,
                None,
                "1-3-2010",
                "444555666",
                "2-2-1975",
            ],
            [
                "000777",
                "Zoe\u0308",
                "",
                "Bakker",
                "Sociaal Domein",
                "Team Noord",
                "Wmo-consulent",
                "28,8",
                "4211",
                "",
                "2021-09-01",
                "777888999",
                "3-3-1990",
            ],
        ],
    )


def employees(db: Database) -> dict[str, Any]:
    with db.read_session() as session:
        return {e.personnel_number: e for e in repo.load_employees(session)}


def versions(db: Database) -> dict[str, int]:
    with db.engine.connect() as conn:
        return dict(
            (number, version)
            for number, version in conn.execute(
                select(r.EmployeeRecord.personnel_number, r.EmployeeRecord.version)
            )
        )


def test_hr_export_with_title_rows_and_variant_headers(empty_db: Database, tmp_path: Path) -> None:
    result = call(empty_db, import_staff, hr_export(tmp_path / "hr.xlsx"))
    assert (result.new, result.updated, result.unchanged) == (3, 0, 0)
    people = employees(empty_db)
    jan, emilie, zoe = people["000123"], people["4211"], people["000777"]
    assert (jan.first_name, jan.infix, jan.last_name) == ("Jan", "van der", "Berg")
    assert jan.unit == "Team Noord" and jan.manager == "4211"  # manager is a later row
    assert jan.fte == pytest.approx(32 / 36, abs=1e-4)
    assert jan.start_date == dt.date(2019, 3, 1)
    assert jan.email == "j.vanderberg@gemeente.example"
    assert (emilie.first_name, emilie.last_name) == ("Émilie", "Dijk")
    assert emilie.unit == "Sociaal Domein" and emilie.fte == 1.0
    assert emilie.start_date == dt.date(2010, 3, 1)
    assert zoe.first_name == "Zoë" and zoe.fte == pytest.approx(0.8, abs=1e-4)
    assert zoe.start_date == dt.date(2021, 9, 1)
    with empty_db.read_session() as session:
        units = {u.name: u for u in repo.load_units(session)}
    assert units["Sociaal Domein"].kind == "afdeling"
    assert units["Team Noord"].kind == "team" and units["Team Noord"].parent == "Sociaal Domein"
    assert result.ignored == ["BSN", "Geboortedatum"]


def test_preview_shows_mapping_before_writing(empty_db: Database, tmp_path: Path) -> None:
    path = hr_export(tmp_path / "hr.xlsx")
    before = hostile.fingerprint(empty_db.file)  # type: ignore[arg-type]
    with empty_db.unit_of_work() as uow:
        preview = preview_staff_import(path, uow=uow)
    assert preview.header_row == 3
    assert preview.columns["personnel_number"] == ("A", "Pers.nr.")
    assert preview.columns["hours"] == ("H", "Uren per week")
    assert preview.columns["manager"] == ("I", "Pers.nr. leidinggevende")
    assert preview.labels["department"] == "Afdeling"
    assert preview.ignored == ["BSN", "Geboortedatum"]
    assert preview.row_count == 3 and preview.problems == []
    assert hostile.fingerprint(empty_db.file) == before  # type: ignore[arg-type]


def test_ignored_columns_leave_no_trace_in_the_database(empty_db: Database, tmp_path: Path) -> None:
    """A BSN and a birth date column are named in the report, never stored (also not in WAL)."""
    result = call(empty_db, import_staff, hr_export(tmp_path / "hr.xlsx"))
    assert "BSN" in result.summary() and "111222333" not in result.summary()
    db_file = empty_db.file
    assert db_file is not None
    files = [p for p in db_file.parent.iterdir() if p.name.startswith(db_file.name)]
    assert any(p.name.endswith("-wal") for p in files)  # the check covers the WAL too
    data = b"".join(p.read_bytes() for p in files)
    assert b"Berg" in data  # the scan does see imported values
    for secret in (
        "111222333",
        "444555666",
        "777888999",
        "1980-01-02",
        "1975-02-02",
        "1990-03-03",
        "2-2-1975",
        "3-3-1990",
    ):
        assert secret.encode() not in data
        assert secret.encode("utf-16-le") not in data


def test_reimport_is_idempotent_and_keeps_versions(empty_db: Database, tmp_path: Path) -> None:
    path = hr_export(tmp_path / "hr.xlsx")
    call(empty_db, import_staff, path)
    first = versions(empty_db)
    again = call(empty_db, import_staff, path)
    assert (again.new, again.updated, again.unchanged) == (0, 0, 3)
    assert versions(empty_db) == first
    assert again.units_created == []


def test_update_keeps_assessments_and_reports_missing(demo_db: Database, tmp_path: Path) -> None:
    people = employees(demo_db)
    chosen = sorted(people)[:2]
    with demo_db.read_session() as session:
        history = {n: len(repo.load_assessments(session, n)) for n in chosen}
    first, second = (people[n] for n in chosen)
    path = workbook(
        tmp_path / "update.xlsx",
        [
            ["Personeelsnummer", "Voornaam", "Tussenvoegsel", "Achternaam", "Functie"],
            [
                first.personnel_number,
                first.first_name,
                first.infix,
                first.last_name,
                "Senior beleidsadviseur sociaal domein",
            ],
            [
                second.personnel_number,
                second.first_name,
                second.infix,
                second.last_name,
                second.job_title,
            ],
        ],
        title_rows=0,
    )
    before = versions(demo_db)
    result = call(demo_db, import_staff, path)
    assert (result.new, result.updated, result.unchanged) == (0, 1, 1)
    assert len(result.missing) == len(people) - 2
    assert {m.personnel_number for m in result.missing} == set(people) - set(chosen)
    after = employees(demo_db)
    assert len(after) == len(people)  # nobody deleted
    assert after[first.personnel_number].job_title == "Senior beleidsadviseur sociaal domein"
    assert after[first.personnel_number].unit == first.unit  # no unit column: unchanged
    assert after[first.personnel_number].manager == first.manager
    now = versions(demo_db)
    assert now[first.personnel_number] == before[first.personnel_number] + 1
    assert now[second.personnel_number] == before[second.personnel_number]
    with demo_db.read_session() as session:
        assert {n: len(repo.load_assessments(session, n)) for n in chosen} == history


def test_dry_run_writes_nothing(empty_db: Database, tmp_path: Path) -> None:
    before = hostile.fingerprint(empty_db.file)  # type: ignore[arg-type]
    result = call(empty_db, import_staff, hr_export(tmp_path / "hr.xlsx"), dry_run=True)
    assert result.new == 3 and result.units_created == ["Sociaal Domein", "Team Noord"]
    assert hostile.fingerprint(empty_db.file) == before  # type: ignore[arg-type]


def test_combined_name_column(empty_db: Database, tmp_path: Path) -> None:
    path = workbook(
        tmp_path / "naam.xlsx",
        [
            ["Medewerkernummer", "Naam", "Functienaam", "FTE"],
            ["501", "Berg, Jan van der", "Adviseur", "0,89"],
            ["502", "Fatma Yılmaz", "Consulent", 1],
        ],
        title_rows=0,
    )
    call(empty_db, import_staff, path)
    people = employees(empty_db)
    assert (people["501"].first_name, people["501"].infix, people["501"].last_name) == (
        "Jan",
        "van der",
        "Berg",
    )
    assert people["501"].fte == pytest.approx(0.89)
    assert people["502"].last_name == "Yılmaz"


def test_rejection_names_file_row_column_value_and_changes_nothing(
    demo_db: Database, tmp_path: Path
) -> None:
    path = workbook(
        tmp_path / "fout.xlsx",
        [
            [
                "Personeelsnummer",
                "Achternaam",
                "Functie",
                "FTE",
                "Leidinggevende",
                "Datum in dienst",
                "E-mail",
            ],
            ["7001", "Goed", "Adviseur", "1", None, "1-1-2020", "goed@gemeente.example"],
            ["7002", "Fout", "Adviseur", "twee", None, "31-2-2020", "geen-adres"],
            ["7003", "", "", "0,5", "9999999", None, None],
            ["7001", "Dubbel", "Adviseur", "1", None, None, None],
        ],
    )
    before = hostile.fingerprint(demo_db.file)  # type: ignore[arg-type]
    with pytest.raises(ValidationError) as caught:
        call(demo_db, import_staff, path)
    problems = caught.value.problems
    by_where = {(p.row, p.column): p for p in problems}
    fte = by_where[(5, "D")]
    assert fte.file == "fout.xlsx" and fte.header == "FTE" and fte.value == "twee"
    assert "geen getal" in fte.message
    assert "geen bestaande datum" in by_where[(5, "F")].message
    assert "e-mailadres" in by_where[(5, "G")].message
    assert "Achternaam is leeg" in by_where[(6, "B")].message
    assert "Functie is leeg" in by_where[(6, "C")].message
    assert "geen bekend personeelsnummer" in by_where[(6, "E")].message
    assert "dubbel" in by_where[(7, "A")].message
    assert "er is niets opgeslagen" in str(caught.value)
    assert "rij 5, kolom D (FTE): waarde 'twee'" in str(caught.value)
    assert hostile.fingerprint(demo_db.file) == before  # type: ignore[arg-type]


def test_missing_required_column(empty_db: Database, tmp_path: Path) -> None:
    path = workbook(tmp_path / "x.xlsx", [["Personeelsnummer", "Achternaam"], ["1", "Jansen"]])
    with pytest.raises(ValidationError, match="verplichte kolom 'Functie' ontbreekt"):
        call(empty_db, import_staff, path)


def test_no_header_row(empty_db: Database, tmp_path: Path) -> None:
    path = workbook(tmp_path / "x.xlsx", [["Naam", "Leeftijd"], ["Jansen", 40]])
    with pytest.raises(ValidationError, match="geen kopregel gevonden"):
        call(empty_db, import_staff, path)


@pytest.mark.parametrize(
    ("encoding", "delimiter"),
    [("utf-8-sig", ";"), ("utf-8", ","), ("cp1252", ";")],
    ids=["utf8-bom-semicolon", "utf8-comma", "windows1252"],
)
def test_csv_as_dutch_excel_writes_it(
    empty_db: Database, tmp_path: Path, encoding: str, delimiter: str
) -> None:
    lines = [
        [
            "Personeelsnummer",
            "Voornaam",
            "Achternaam",
            "Afdeling",
            "Functie",
            "FTE",
            "Datum in dienst",
        ],
        [
            "00042",
            "Renée",
            "Çelik",
            "Sociaal Domein",
            "Beleidsadviseur, senior",
            "0,89",
            "01-02-2015",
        ],
        ["", "", "", "", "", "", ""],
        [
            "00043",
            "Ömer",
            "Doğan" if encoding != "cp1252" else "Dogan",
            "Sociaal Domein",
            "Consulent",
            "1",
            "2016-05-01",
        ],
    ]
    text = "\r\n".join(
        delimiter.join(f'"{v}"' if delimiter in v else v for v in line) for line in lines
    )
    path = tmp_path / "lijst.csv"
    path.write_bytes(text.encode(encoding))
    result = call(empty_db, import_staff, path)
    assert result.new == 2
    people = employees(empty_db)
    assert people["00042"].first_name == "Renée" and people["00042"].last_name == "Çelik"
    assert people["00042"].job_title == "Beleidsadviseur, senior"
    assert people["00042"].fte == pytest.approx(0.89)
    assert people["00042"].start_date == dt.date(2015, 2, 1)
    assert people["00043"].first_name == "Ömer"


def test_csv_problem_names_row_and_column(empty_db: Database, tmp_path: Path) -> None:
    path = tmp_path / "lijst.csv"
    path.write_text(
        "Titel\n\nPersoneelsnummer;Achternaam;Functie;FTE\n1;Jansen;Adviseur;x\n", encoding="utf-8"
    )
    with pytest.raises(ValidationError) as caught:
        call(empty_db, import_staff, path)
    [problem] = caught.value.problems
    assert (problem.file, problem.row, problem.column, problem.header, problem.value) == (
        "lijst.csv",
        4,
        "D",
        "FTE",
        "x",
    )


def test_numbers_stored_as_text_and_text_as_numbers(empty_db: Database, tmp_path: Path) -> None:
    path = workbook(
        tmp_path / "types.xlsx",
        [
            ["Personeelsnummer", "Achternaam", "Functie", "Contracturen", "Startdatum"],
            [4211, "Jansen", "Adviseur", "24", 45352],  # number id, hours as text, date serial
            ["0042", "Pietersen", 12345, 32.4, "1-3-2024"],
        ],  # text id with zeros, number title
        title_rows=0,
    )
    call(empty_db, import_staff, path)
    people = employees(empty_db)
    assert set(people) == {"4211", "0042"}
    assert people["4211"].fte == pytest.approx(24 / 36, abs=1e-4)
    assert people["4211"].start_date == dt.date(2024, 3, 1)
    assert people["0042"].job_title == "12345"
    assert people["0042"].fte == pytest.approx(0.9)


def test_the_import_is_part_of_the_callers_unit_of_work(empty_db: Database, tmp_path: Path) -> None:
    """A later step of the same user action that fails takes the import back with it."""
    path = hr_export(tmp_path / "hr.xlsx")
    with pytest.raises(RuntimeError, match="later step"), empty_db.unit_of_work() as uow:
        assert import_staff(uow, path).new == 3
        assert len(repo.load_employees(uow.session)) == 3  # written in this unit of work
        raise RuntimeError("a later step of the same action fails")
    assert employees(empty_db) == {}
    with empty_db.read_session() as session:
        assert repo.load_units(session) == []  # the units it created are gone too


def test_a_dry_run_leaves_its_unit_of_work_as_it_was(empty_db: Database, tmp_path: Path) -> None:
    """The dry run's savepoint is rolled back; the same unit of work then imports for real."""
    path = hr_export(tmp_path / "hr.xlsx")
    with empty_db.unit_of_work() as uow:
        planned = import_staff(uow, path, dry_run=True)
        assert repo.load_employees(uow.session) == []
        assert repo.load_units(uow.session) == []
        done = import_staff(uow, path)
    assert (planned.new, planned.units_created) == (done.new, done.units_created)
    assert set(employees(empty_db)) == {"000123", "4211", "000777"}


def test_registration_columns_are_read_and_end_dates_follow_the_term(
    empty_db: Database, tmp_path: Path
) -> None:
    header = ["Personeelsnummer", "Achternaam", "Functie", "SKJ-nummer", "SKJ geregistreerd op",
              "SKJ geldig tot", "Datum meldcodetraining"]  # fmt: skip
    path = workbook(
        tmp_path / "registraties.xlsx",
        [
            header,
            [
                "8001",
                "Jansen",
                "Jeugd- en gezinsprofessional",
                "110012345",
                "1-3-2022",
                None,
                "15-1-2024",
            ],  # fmt: skip
            ["8002", "Bakker", "Wmo-consulent", None, None, None, None],
        ],
    )
    result = call(empty_db, import_staff, path)
    assert result.new == 2 and result.registrations == 2
    assert "Registraties en certificaten zijn vastgelegd: 2" in result.summary()
    with empty_db.read_session() as session:
        found = registration_queries.load_registrations(session)
    assert found == [
        Registration("8001", "meldcode", "", dt.date(2024, 1, 15), dt.date(2027, 1, 14)),
        Registration("8001", "skj", "110012345", dt.date(2022, 3, 1), dt.date(2027, 2, 28)),
    ]
    # the same file again changes nothing
    assert call(empty_db, import_staff, path).registrations == 0


def test_registration_end_before_start_is_refused_with_its_cell(
    empty_db: Database, tmp_path: Path
) -> None:
    path = workbook(
        tmp_path / "fout.xlsx",
        [
            ["Personeelsnummer", "Achternaam", "Functie", "SKJ geregistreerd op", "SKJ geldig tot"],
            ["8001", "Jansen", "Jeugdconsulent", "1-3-2022", "1-3-2021"],
        ],
    )
    with pytest.raises(ValidationError) as caught:
        call(empty_db, import_staff, path)
    problem = caught.value.problems[0]
    assert (problem.file, problem.row, problem.column) == ("fout.xlsx", 4, "E")
    assert "SKJ geldig tot ligt vóór de datum van afgifte" in problem.message
    with empty_db.read_session() as session:
        assert registration_queries.load_registrations(session) == []
