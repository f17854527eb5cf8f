"""Formation scenarios in a real SQLite file, and the formation sheet written and read back."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from competentieplanner.domain.errors import NotFoundError, UserError, ValidationError
from competentieplanner.domain.formation import FormationLine
from competentieplanner.persistence import formation as store
from competentieplanner.persistence import repositories as repo
from competentieplanner.persistence.database import Database
from competentieplanner.services import formation

UNIT = "Contractmanagement en Inkoop"


def _fill(db: Database) -> None:
    with db.unit_of_work() as uow:
        formation.set_formation(uow, scenario="Koers 2028", year=2028, profile="strategisch", fte=4)
        formation.set_formation(
            uow, scenario="Koers 2028", year=2028, profile="aanbieders", fte=6, unit=UNIT
        )
        formation.set_formation(uow, scenario="Ambitieus", year=2029, profile="strategisch", fte=7)


def _lines(db: Database) -> list[FormationLine]:
    with db.unit_of_work() as uow:
        return formation.list_formation(uow)


def test_scenarios_side_by_side_and_one_line_per_profile_and_unit(demo_db: Database) -> None:
    _fill(demo_db)
    with demo_db.unit_of_work() as uow:  # setting again changes, not duplicates
        formation.set_formation(uow, scenario="Koers 2028", year=2028, profile="strategisch", fte=5)
    assert _lines(demo_db) == [
        FormationLine("Ambitieus", 2029, "strategisch", None, 7.0),
        FormationLine("Koers 2028", 2028, "aanbieders", UNIT, 6.0),
        FormationLine("Koers 2028", 2028, "strategisch", None, 5.0),
    ]
    with demo_db.unit_of_work() as uow:
        assert formation.list_scenarios(uow) == [("Ambitieus", 2029), ("Koers 2028", 2028)]
        with pytest.raises(NotFoundError):
            formation.list_formation(uow, "Onbekend")
        with pytest.raises(UserError, match="tussen 0 en"):
            formation.set_formation(uow, scenario="X", year=2028, profile="strategisch", fte=-1)


def test_sheet_round_trip_replaces_the_scenarios_in_it(demo_db: Database, tmp_path: Path) -> None:
    _fill(demo_db)
    target = tmp_path / "formatie.xlsx"
    with demo_db.unit_of_work() as uow:
        assert formation.export_formation(uow, target, "Koers 2028") == 2
    workbook = openpyxl.load_workbook(target)
    sheet = workbook["Formatie"]
    rows = [tuple(c.value for c in row) for row in sheet.iter_rows()]
    assert rows[0] == ("Scenario", "Doeljaar", "Profiel", "Eenheid", "FTE")
    assert rows[1:] == [
        ("Koers 2028", 2028, "aanbieders", UNIT, 6),
        ("Koers 2028", 2028, "strategisch", None, 4),
    ]
    sheet.cell(row=3, column=5).value = "4,5"  # a Dutch decimal comma typed as text
    sheet.append(["Koers 2028", 2028, "faciliterend", None, 8])
    sheet.delete_rows(2)  # aanbieders goes
    workbook.save(target)
    with demo_db.unit_of_work() as uow:
        assert formation.import_formation(uow, target) == ["Koers 2028"]
    assert _lines(demo_db) == [
        FormationLine("Ambitieus", 2029, "strategisch", None, 7.0),  # not in the sheet: stays
        FormationLine("Koers 2028", 2028, "faciliterend", None, 8.0),
        FormationLine("Koers 2028", 2028, "strategisch", None, 4.5),
    ]


def test_bad_sheet_names_row_and_column_and_changes_nothing(
    demo_db: Database, tmp_path: Path
) -> None:
    _fill(demo_db)
    before = _lines(demo_db)
    source = tmp_path / "fout.xlsx"
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "Formatie"
    sheet.append(["Scenario", "Doeljaar", "Profiel", "Eenheid", "FTE"])
    sheet.append(["Koers 2028", 2028, "strategisch", None, 3])
    sheet.append(["Koers 2028", 2028, "onbekend", None, 1])
    sheet.append(["Koers 2028", 2028, "aanbieders", "Nergens", "veel"])
    sheet.append(["Koers 2028", 2031, "faciliterend", None, 1])
    sheet.append(["Koers 2028", 2028, "strategisch", None, 2])
    workbook.save(source)
    with demo_db.unit_of_work() as uow, pytest.raises(ValidationError) as caught:
        formation.import_formation(uow, source)
    text = str(caught.value)
    assert "fout.xlsx, rij 3, kolom C (Profiel)" not in text  # unknown profile is found later
    assert "fout.xlsx, rij 4, kolom E (FTE): waarde 'veel'" in text
    assert "fout.xlsx, rij 6, kolom C (Profiel)" in text  # the same line twice
    assert _lines(demo_db) == before
    # with only value problems fixed, the database checks come: profile, unit, year
    sheet.delete_rows(4, 3)
    sheet.append(["Koers 2028", 2028, "aanbieders", "Nergens", 1])
    sheet.append(["Koers 2028", 2031, "faciliterend", None, 1])
    workbook.save(source)
    with demo_db.unit_of_work() as uow, pytest.raises(ValidationError) as caught:
        formation.import_formation(uow, source)
    text = str(caught.value)
    assert "rij 3, kolom C: waarde 'onbekend': onbekend profiel" in text
    assert "rij 4, kolom D: waarde 'Nergens': onbekende eenheid" in text
    assert "rij 5, kolom B: waarde '2031': scenario 'Koers 2028' heeft doeljaar 2028" in text
    assert _lines(demo_db) == before


def test_fast_current_levels_agree_with_the_repository(demo_db: Database) -> None:
    with demo_db.read_session() as session:
        assert store.current_levels(session) == repo.load_current_levels(session)
