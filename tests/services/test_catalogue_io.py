"""Training catalogue: export and import round-trip exactly; --replace keeps offers in use."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from competentieplanner.domain.errors import ValidationError
from competentieplanner.persistence import records as r
from competentieplanner.persistence import repositories as repo
from competentieplanner.persistence.database import Database
from competentieplanner.services import catalogue_io
from competentieplanner.services.catalogue_io import CatalogueImportResult
from competentieplanner.services.database import open_database
from tests.import_export import hostile


def export_catalogue(db: Database, out: Path) -> str:
    """Export in one unit of work, as the CLI does."""
    with db.unit_of_work() as uow:
        return catalogue_io.export_catalogue(uow, out)


def import_catalogue(db: Database, path: Path, **options: bool) -> CatalogueImportResult:
    """Import in one unit of work, as the CLI does."""
    with db.unit_of_work() as uow:
        return catalogue_io.import_catalogue(uow, path, **options)


def cell_values(path: Path) -> dict[str, list[tuple[object, ...]]]:
    workbook = openpyxl.load_workbook(path)
    return {ws.title: list(ws.iter_rows(values_only=True)) for ws in workbook}


def test_layout(empty_db: Database, tmp_path: Path) -> None:
    path = tmp_path / "catalogus.xlsx"
    export_catalogue(empty_db, path)
    values = cell_values(path)
    assert list(values) == ["Opleidingen", "Ontwikkelt"]
    assert values["Opleidingen"][0] == ("Code", "Naam", "Aanbieder", "Vorm", "Uren", "Kosten")
    assert values["Ontwikkelt"][0] == ("Opleiding", "Competentie", "Vanaf niveau", "Tot niveau")
    opl07 = next(row for row in values["Opleidingen"] if row[0] == "OPL07")
    assert opl07[4:] == (28, 999)  # numbers stored as numbers
    assert ("OPL01", "ST01", 0, 2) in values["Ontwikkelt"]


def test_round_trip_into_a_fresh_database_is_exact(demo_db: Database, tmp_path: Path) -> None:
    # make the source differ from the reference data, so the import really has work to do
    with demo_db.session() as session:
        offer = session.scalars(
            select(r.TrainingOfferRecord).where(r.TrainingOfferRecord.code == "OPL05")
        ).one()
        offer.name = "=Mantelzorg; respijtzorg (aangepast)"
        offer.cost = Decimal("175.50")
        offer.hours = 4.5
    first, second = tmp_path / "een.xlsx", tmp_path / "twee.xlsx"
    export_catalogue(demo_db, first)
    fresh = open_database(tmp_path / "fresh.db")
    try:
        result = import_catalogue(fresh, first)
        assert (result.new, result.updated) == (0, 1)
        export_catalogue(fresh, second)
        with fresh.read_session() as session:
            imported = {o.code: o for o in repo.load_catalogue(session)}
    finally:
        fresh.dispose()
    assert cell_values(first) == cell_values(second)
    assert imported["OPL05"].name == "=Mantelzorg; respijtzorg (aangepast)"
    assert imported["OPL05"].cost == Decimal("175.50") and imported["OPL05"].hours == 4.5


def test_upsert_changes_only_what_differs(empty_db: Database, tmp_path: Path) -> None:
    path = tmp_path / "c.xlsx"
    export_catalogue(empty_db, path)
    workbook = openpyxl.load_workbook(path)
    offers, effects = workbook["Opleidingen"], workbook["Ontwikkelt"]
    offers["E2"] = "20"  # OPL01 hours, as text
    offers.append(["OPL99", "Nieuw aanbod", "Trainingsbureau", "training", 8, "€ 1.250,00"])
    effects.append(["OPL99", "ST05", None, 2])
    workbook.save(path)
    result = import_catalogue(empty_db, path)
    assert (result.new, result.updated, result.unchanged) == (1, 1, 31)
    with empty_db.read_session() as session:
        catalogue = {o.code: o for o in repo.load_catalogue(session)}
    assert catalogue["OPL01"].hours == 20
    assert catalogue["OPL99"].cost == Decimal("1250.00")
    assert [(e.competency, e.min_level, e.to_level) for e in catalogue["OPL99"].effects] == [
        ("ST05", 0, 2)
    ]
    again = import_catalogue(empty_db, path)
    assert (again.new, again.updated, again.unchanged) == (0, 0, 33)


def test_replace_deletes_unused_and_deactivates_offers_in_plans(
    demo_db: Database, tmp_path: Path
) -> None:
    with demo_db.engine.connect() as conn:
        used = set(
            conn.scalars(
                select(r.TrainingOfferRecord.code).join(
                    r.PlanItemRecord, r.PlanItemRecord.offer_id == r.TrainingOfferRecord.id
                )
            )
        )
        required = set(
            conn.scalars(
                select(r.TrainingOfferRecord.code).join(
                    r.AuthorityRecord,
                    r.AuthorityRecord.required_offer_id == r.TrainingOfferRecord.id,
                )
            )
        )
    path = tmp_path / "klein.xlsx"
    export_catalogue(demo_db, path)
    workbook = openpyxl.load_workbook(path)
    offers = workbook["Opleidingen"]
    keep = {"OPL01", "OPL02"}
    for row in range(offers.max_row, 1, -1):
        if offers.cell(row=row, column=1).value not in keep:
            offers.delete_rows(row)
    effects = workbook["Ontwikkelt"]
    for row in range(effects.max_row, 1, -1):
        if effects.cell(row=row, column=1).value not in keep:
            effects.delete_rows(row)
    workbook.save(path)
    with demo_db.read_session() as session:
        before = repo.load_catalogue(session, include_inactive=True)
    trial = import_catalogue(demo_db, path, replace=True, dry_run=True)
    with demo_db.read_session() as session:
        assert repo.load_catalogue(session, include_inactive=True) == before  # nothing stored
    result = import_catalogue(demo_db, path, replace=True)
    assert (trial.deleted, trial.deactivated) == (result.deleted, result.deactivated) != (0, 0)
    in_use = (used | required) - keep
    assert in_use, "the demo has plans that use catalogue offers"
    with demo_db.read_session() as session:
        everything = {o.code: o for o in repo.load_catalogue(session, include_inactive=True)}
    assert {c for c, o in everything.items() if o.active} == keep
    assert {c for c, o in everything.items() if not o.active} == in_use
    assert result.deactivated == len(in_use)
    assert result.deleted == 32 - 2 - len(in_use)
    # the plans still point at their offers
    with demo_db.read_session() as session:
        items = session.scalars(
            select(r.PlanItemRecord.offer_id).where(r.PlanItemRecord.offer_id.is_not(None))
        ).all()
    assert items


def test_problems_name_sheet_row_and_column(empty_db: Database, tmp_path: Path) -> None:
    path = tmp_path / "fout.xlsx"
    export_catalogue(empty_db, path)
    workbook = openpyxl.load_workbook(path)
    workbook["Opleidingen"]["F3"] = "duur"
    workbook["Opleidingen"].append(["OPL01", "Dubbel", "", "", 1, 1])
    workbook["Ontwikkelt"].append(["OPL01", "XX01", 0, 2])
    workbook["Ontwikkelt"].append(["OPL02", "ST03", 3, 2])
    workbook.save(path)
    before = hostile.fingerprint(empty_db.file)  # type: ignore[arg-type]
    with pytest.raises(ValidationError) as caught:
        import_catalogue(empty_db, path)
    messages = {(p.file, p.row, p.column): p.message for p in caught.value.problems}
    assert "Kosten is geen getal" in messages[("fout.xlsx [Opleidingen]", 3, "F")]
    assert "dubbel" in messages[("fout.xlsx [Opleidingen]", 34, "A")]
    effects_rows = len(openpyxl.load_workbook(path)["Ontwikkelt"]["A"])
    assert (
        "onbekende competentiecode" in messages[("fout.xlsx [Ontwikkelt]", effects_rows - 1, "B")]
    )
    assert (
        "moet hoger zijn dan Vanaf niveau"
        in messages[("fout.xlsx [Ontwikkelt]", effects_rows, "D")]
    )
    assert hostile.fingerprint(empty_db.file) == before  # type: ignore[arg-type]
