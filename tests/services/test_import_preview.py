"""The import preview for the dialog: same report as the import, nothing written, all kinds."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlalchemy import text

from competentieplanner.domain.errors import ValidationError
from competentieplanner.persistence.database import Database
from competentieplanner.services import catalogue_io
from competentieplanner.services.import_preview import preview_import, run_import
from competentieplanner.services.template_export import export_assessment_template
from tests.unit_of_work_support import call


def _counts(db: Database) -> tuple[Any, ...]:
    with db.engine.connect() as conn:
        return tuple(
            conn.execute(text(f"SELECT COUNT(*), SUM(version) FROM {table}")).one()  # noqa: S608
            for table in ("employee", "training_offer", "offer_effect")
        ) + (conn.execute(text("SELECT COUNT(*) FROM assessment")).scalar_one(),)


def test_staff_preview_maps_columns_and_reports_outcome(demo_db: Database, tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Pers.nr.", "Achternaam", "Functie", "Salaris"])
    sheet.append(["8001", "Kok", "Consulent", 3000])
    path = tmp_path / "lijst.xlsx"
    book.save(path)
    before = _counts(demo_db)

    preview = call(demo_db, preview_import, "staff", path)

    assert preview.importable and preview.row_count == 1 and preview.header_row == 1
    assert [(c.field, c.letter, c.header) for c in preview.columns] == [
        ("Personeelsnummer", "A", "Pers.nr."),
        ("Achternaam", "B", "Achternaam"),
        ("Functie", "C", "Functie"),
    ]
    assert preview.ignored == ["Salaris"]
    assert "1 nieuw" in preview.outcome and "Proefdraai" in preview.outcome
    assert _counts(demo_db) == before

    assert "1 nieuw" in call(demo_db, run_import, "staff", path)
    assert _counts(demo_db)[0][0] == before[0][0] + 1


def test_assessment_preview_lists_competencies_and_problems(
    demo_db: Database, tmp_path: Path
) -> None:
    template = tmp_path / "formulier.xlsx"
    with demo_db.unit_of_work() as uow:
        export_assessment_template(
            uow, template, unit="Sociaal team Noord", framework="sociaal-team"
        )
    book = openpyxl.load_workbook(template)
    sheet = book["Beoordeling"]
    sheet["C4"] = dt.datetime(2026, 11, 2)
    sheet["D4"] = "T. Leider"
    sheet["E4"] = 3
    good = tmp_path / "goed.xlsx"
    book.save(good)
    sheet["F4"] = 9  # outside the scale
    bad = tmp_path / "fout.xlsx"
    book.save(bad)
    before = _counts(demo_db)

    preview = call(demo_db, preview_import, "assessments", good)
    assert preview.importable
    assert "ST01" in [c.field for c in preview.columns]
    assert "1 beoordelingen" in preview.outcome

    refused = call(demo_db, preview_import, "assessments", bad)
    assert not refused.importable
    assert any(p.row == 4 and p.column == "F" for p in refused.problems)
    assert _counts(demo_db) == before
    with pytest.raises(ValidationError):
        call(demo_db, run_import, "assessments", bad)
    assert _counts(demo_db) == before


def test_catalogue_preview_of_an_exported_catalogue_changes_nothing(
    demo_db: Database, tmp_path: Path
) -> None:
    path = tmp_path / "catalogus.xlsx"
    with demo_db.unit_of_work() as uow:
        catalogue_io.export_catalogue(uow, path)
    before = _counts(demo_db)
    preview = call(demo_db, preview_import, "catalogue", path)
    assert preview.importable and preview.row_count and preview.row_count > 20
    assert "0 nieuw" in preview.outcome and "Proefdraai" in preview.outcome
    assert _counts(demo_db) == before


def test_unreadable_file_becomes_a_problem(demo_db: Database, tmp_path: Path) -> None:
    path = tmp_path / "kapot.xlsx"
    path.write_bytes(b"dit is geen werkmap")
    for kind in ("staff", "assessments", "catalogue"):
        preview = call(demo_db, preview_import, kind, path)
        assert not preview.importable
        assert preview.problems and preview.problems[0].message
