"""Assessment form: export for a team, fill in like a team lead, import all or nothing."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

import openpyxl
import pytest

from competentieplanner.domain.errors import NotFoundError, UserError, ValidationError
from competentieplanner.domain.model import AssessmentKind
from competentieplanner.persistence import repositories as repo
from competentieplanner.persistence.database import Database
from competentieplanner.services.assessment_import import import_assessments
from competentieplanner.services.template_export import (
    export_assessment_template,
)
from tests.import_export import hostile
from tests.unit_of_work_support import call

UNIT, FRAMEWORK = "Sociaal team Noord", "sociaal-team"
TODAY = dt.date(2026, 11, 20)


@pytest.fixture
def template(demo_db: Database, tmp_path: Path) -> Path:
    path = tmp_path / "formulier.xlsx"
    with demo_db.unit_of_work() as uow:
        export_assessment_template(uow, path, unit=UNIT, framework=FRAMEWORK)
    return path


def test_template_layout(demo_db: Database, template: Path) -> None:
    workbook = openpyxl.load_workbook(template)
    assert workbook.sheetnames == ["Beoordeling", "Gedragsindicatoren"]
    ws = workbook["Beoordeling"]
    assert "Sociaal team Noord" in ws["A1"].value  # title row above the header
    header = [c.value for c in ws[3]]
    assert header[:4] == ["Personeelsnummer", "Naam", "Datum gesprek", "Beoordelaar"]
    assert header[4] == "ST01 Contact en vertrouwensrelatie"
    assert len(header) == 4 + 17 + 17  # a level and an evidence column per competency
    assert header[4 + 17] == "Onderbouwing ST01"
    assert header[-1] == "Onderbouwing ST17"
    with demo_db.read_session() as session:
        members = repo.load_employees(session, unit=UNIT)
    numbers = [ws.cell(row=row, column=1).value for row in range(4, 4 + len(members))]
    assert sorted(numbers) == sorted(m.personnel_number for m in members)
    assert ws.cell(row=4 + len(members), column=1).value is None
    [levels] = [v for v in ws.data_validations.dataValidation if v.type == "list"]
    assert levels.formula1 == '"1,2,3,4"'
    assert str(levels.sqref) == f"E4:U{3 + len(members)}"
    indicators = workbook["Gedragsindicatoren"]
    rows = list(indicators.iter_rows(min_row=5, values_only=True))
    st01 = next(r for r in rows if r[0] == "ST01")
    assert st01[3] == "Maakt respectvol contact in eenvoudige situaties"
    assert all(st01[3:7])  # an indicator for each of the four levels
    assert len([r for r in rows if r[0]]) == 17


def test_template_for_unknown_unit_or_framework(demo_db: Database, tmp_path: Path) -> None:
    with (
        pytest.raises(NotFoundError, match="Afdeling of team 'Nergens'"),
        demo_db.unit_of_work() as uow,
    ):
        export_assessment_template(uow, tmp_path / "x.xlsx", unit="Nergens", framework=FRAMEWORK)
    with (
        pytest.raises(NotFoundError, match="Competentiekader 'xyz'"),
        demo_db.unit_of_work() as uow,
    ):
        export_assessment_template(uow, tmp_path / "x.xlsx", unit=UNIT, framework="xyz")


def _fill(template: Path, target: Path, cells: dict[str, object]) -> tuple[Path, list[str]]:
    workbook = openpyxl.load_workbook(template)
    ws = workbook["Beoordeling"]
    for ref, value in cells.items():
        ws[ref] = value
    workbook.save(target)
    numbers = [ws.cell(row=row, column=1).value for row in range(4, 8)]
    return target, numbers


def test_round_trip_adds_team_lead_assessments(
    demo_db: Database, template: Path, tmp_path: Path
) -> None:
    path, numbers = _fill(
        template,
        tmp_path / "ingevuld.xlsx",
        {
            "C4": dt.datetime(2026, 11, 2),
            "D4": "T. Leider",
            "E4": 3,
            "F4": "2",
            "C5": "3-11-2026",
            "G5": 4,
            "U5": 1,
            "V4": "Legt in het keukentafelgesprek rustig uit wat de wet vraagt",  # ST01
            "AL5": "Plant zijn werk zelfstandig",  # ST17
        },
    )
    with demo_db.read_session() as session:
        before = {n: len(repo.load_assessments(session, n)) for n in numbers}
    result = call(demo_db, import_assessments, path, today=TODAY)
    assert (result.assessments, result.scores) == (2, 4)
    assert result.not_assessed == 19
    with demo_db.read_session() as session:
        first = repo.load_assessments(session, numbers[0])
        second = repo.load_assessments(session, numbers[1])
        untouched = repo.load_assessments(session, numbers[2])
    assert len(untouched) == before[numbers[2]]
    added = [a for a in first if a.date == dt.date(2026, 11, 2) and a.assessor == "T. Leider"]
    assert len(added) == 1 and added[0].kind is AssessmentKind.LEAD
    assert {c: s.level for c, s in added[0].scores.items()} == {"ST01": 3, "ST02": 2}
    assert added[0].scores["ST01"].evidence == (
        "Legt in het keukentafelgesprek rustig uit wat de wet vraagt"
    )
    assert added[0].scores["ST02"].evidence == ""
    latest = max(second, key=lambda a: (a.date, a.id or 0))
    assert latest.date == dt.date(2026, 11, 3)
    assert {c: s.level for c, s in latest.scores.items()} == {"ST03": 4, "ST17": 1}
    assert latest.scores["ST17"].evidence == "Plant zijn werk zelfstandig"


def test_evidence_without_a_level_is_refused(
    demo_db: Database, template: Path, tmp_path: Path
) -> None:
    path, _ = _fill(
        template,
        tmp_path / "onderbouwing.xlsx",
        {
            "C4": dt.datetime(2026, 11, 2),
            "E4": 3,
            "W4": "Een voorbeeld, maar ST02 heeft geen niveau",  # evidence of ST02
            "C5": dt.datetime(2026, 11, 2),
            "V5": "Alleen een onderbouwing in deze rij",  # no level at all
            "C6": dt.datetime(2026, 11, 2),
            "E6": 2,
            "V6": "x" * 2001,
        },
    )
    before = hostile.fingerprint(demo_db.file)  # type: ignore[arg-type]
    with pytest.raises(ValidationError) as caught:
        call(demo_db, import_assessments, path, today=TODAY)
    found = {(p.row, p.column): p for p in caught.value.problems}
    assert "onderbouwing zonder niveau voor ST02" in found[(4, "W")].message
    assert found[(4, "W")].header == "Onderbouwing ST02"
    assert "onderbouwing zonder niveau voor ST01" in found[(5, "V")].message
    assert "langer dan 2000 tekens" in found[(6, "V")].message
    assert hostile.fingerprint(demo_db.file) == before  # type: ignore[arg-type]


def test_evidence_column_of_a_competency_without_level_column(
    demo_db: Database, template: Path, tmp_path: Path
) -> None:
    path, _ = _fill(
        template,
        tmp_path / "kop.xlsx",
        {"E3": "Opmerking", "C4": dt.datetime(2026, 11, 2), "F4": 3},
    )
    with pytest.raises(ValidationError) as caught:
        call(demo_db, import_assessments, path, today=TODAY)
    [problem] = caught.value.problems
    assert (problem.row, problem.column) == (3, "V")
    assert "hoort bij competentie ST01" in problem.message


def test_validation_is_all_or_nothing(demo_db: Database, template: Path, tmp_path: Path) -> None:
    path, _ = _fill(
        template,
        tmp_path / "fout.xlsx",
        {
            "C4": dt.datetime(2026, 11, 2),
            "E4": 3,  # a good row
            "E5": 5,  # level outside 1-4, and no date
            "C6": "31-11-2026",
            "F6": 2,  # invalid date
            "A7": "999999999",
            "C7": "1-11-2026",
            "G7": 1,  # unknown personnel number
        },
    )
    before = hostile.fingerprint(demo_db.file)  # type: ignore[arg-type]
    with pytest.raises(ValidationError) as caught:
        call(demo_db, import_assessments, path, today=TODAY)
    found = {(p.row, p.column): p for p in caught.value.problems}
    assert "niveau moet 1 tot en met 4 zijn" in found[(5, "E")].message
    assert found[(5, "E")].header == "ST01 Contact en vertrouwensrelatie"
    assert "Datum gesprek ontbreekt" in found[(5, "C")].message
    assert "geen bestaande datum" in found[(6, "C")].message
    assert "onbekend personeelsnummer" in found[(7, "A")].message
    assert found[(7, "A")].value == "999999999"
    assert hostile.fingerprint(demo_db.file) == before  # type: ignore[arg-type]


def test_unknown_competency_code_in_header(
    demo_db: Database, template: Path, tmp_path: Path
) -> None:
    path, _ = _fill(
        template,
        tmp_path / "kop.xlsx",
        {"F3": "ZZ99 Bestaat niet", "C4": dt.datetime(2026, 11, 2), "E4": 3},
    )
    with pytest.raises(ValidationError) as caught:
        call(demo_db, import_assessments, path, today=TODAY)
    found = {(p.row, p.column): p for p in caught.value.problems}
    assert "onbekende competentiecode 'ZZ99'" in found[(3, "F")].message
    # ST02 lost its level column, so its evidence column has nothing to belong to.
    assert "hoort bij competentie ST02" in found[(3, "W")].message
    assert len(found) == 2


def test_future_date_and_dry_run(demo_db: Database, template: Path, tmp_path: Path) -> None:
    path, _ = _fill(template, tmp_path / "f.xlsx", {"C4": dt.datetime(2027, 1, 5), "E4": 2})
    with pytest.raises(ValidationError, match="ligt in de toekomst"):
        call(demo_db, import_assessments, path, today=TODAY)
    path, _ = _fill(template, tmp_path / "g.xlsx", {"C4": dt.datetime(2026, 1, 5), "E4": 2})
    before = hostile.fingerprint(demo_db.file)  # type: ignore[arg-type]
    result = call(demo_db, import_assessments, path, dry_run=True, today=TODAY)
    assert result.assessments == 1 and "Proefdraai" in result.summary()
    assert hostile.fingerprint(demo_db.file) == before  # type: ignore[arg-type]


def test_empty_form_is_rejected(demo_db: Database, template: Path) -> None:
    with pytest.raises(ValidationError, match="geen ingevulde niveaus"):
        call(demo_db, import_assessments, template, today=TODAY)


def test_hostile_form_is_refused(demo_db: Database, tmp_path: Path) -> None:
    before = hostile.fingerprint(demo_db.file)  # type: ignore[arg-type]
    with pytest.raises(UserError, match="DOCTYPE/ENTITY"):
        call(demo_db, import_assessments, hostile.entity_bomb_sheet(tmp_path), today=TODAY)
    assert hostile.fingerprint(demo_db.file) == before  # type: ignore[arg-type]


def test_template_text_is_never_a_formula(demo_db: Database, template: Path) -> None:
    with zipfile.ZipFile(template) as archive:
        sheet = archive.read("xl/worksheets/sheet1.xml")
    assert b"<f>" not in sheet and b"<f " not in sheet


def test_the_import_is_part_of_the_callers_unit_of_work(
    demo_db: Database, template: Path, tmp_path: Path
) -> None:
    """Assessments imported in a user action that fails later are not kept."""
    cells = {"C4": dt.datetime(2026, 11, 2), "E4": 3, "C5": "3-11-2026", "G5": 4}
    path, numbers = _fill(template, tmp_path / "f.xlsx", cells)
    with demo_db.read_session() as session:
        before = {n: len(repo.load_assessments(session, n)) for n in numbers}
    with pytest.raises(RuntimeError, match="later step"), demo_db.unit_of_work() as uow:
        assert import_assessments(uow, path, today=TODAY).assessments == 2
        raise RuntimeError("a later step of the same action fails")
    with demo_db.read_session() as session:
        assert {n: len(repo.load_assessments(session, n)) for n in numbers} == before
