"""Issue 15, "Bad input and faults": lookalike identities, hidden sheets, merged headers,
special files, over-long CSV fields and NaN cells, each through the real command line."""

from __future__ import annotations

import os
import sqlite3
import unicodedata
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from competentieplanner.cli import main
from competentieplanner.domain.errors import UserError, ValidationError
from competentieplanner.domain.model import TrainingOffer
from competentieplanner.domain.text import UnusableTextError, normalise, normalised
from competentieplanner.import_export.values import ValueProblem, parse_decimal, parse_identifier
from competentieplanner.persistence import repositories as repo
from competentieplanner.persistence.database import Database
from competentieplanner.services import catalogue_io
from competentieplanner.services import reference_edit as edit
from tests.import_export import hostile

HEADER = hostile.STAFF_HEADER


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def people(db_file: Path) -> list[tuple[str, str]]:
    with sqlite3.connect(db_file) as con:
        return sorted(con.execute("SELECT personnel_number, last_name FROM employee"))


def unit_names(db_file: Path) -> list[str]:
    with sqlite3.connect(db_file) as con:
        return sorted(name for (name,) in con.execute("SELECT name FROM org_unit"))


# -- lookalike identities ---------------------------------------------------------------------
@pytest.mark.parametrize(
    "lookalike",
    [
        "9001\u200b",  # zero-width space
        "\u202e9001",  # right-to-left override
        "\uff19\uff10\uff10\uff11",  # full-width digits
        "\ufeff9001",  # byte order mark inside a cell
    ],
)
def test_lookalike_numbers_are_the_same_number(lookalike: str) -> None:
    assert normalise(lookalike) == "9001"
    assert parse_identifier(lookalike) == "9001"


def test_nfd_and_nfc_names_are_one_name() -> None:
    nfd = unicodedata.normalize("NFD", "Cliëntondersteuning\u200b")
    assert normalised(nfd) == "Cliëntondersteuning"


def test_control_characters_are_refused() -> None:
    with pytest.raises(UnusableTextError, match="U\\+0007"):
        normalised("Vis\x07ser")
    with pytest.raises(ValueProblem, match="onzichtbaar of ongeldig"):
        parse_identifier("90\x0101")


def test_staff_import_folds_lookalike_people_and_units(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    team = "Cliëntondersteuning"
    rows = [
        ["9001", "Anouk", "Visser", unicodedata.normalize("NFC", team), "Beleidsadviseur"],
        ["9002", "Bram", "Smit", unicodedata.normalize("NFD", team) + "\u200b", "Consulent"],
    ]
    code, _, err = run(
        capsys, "--database", str(db_path), "import", "staff",
        str(hostile.staff_workbook(tmp_path / "a.xlsx", rows)),
    )
    assert code == 0, err
    assert unit_names(db_path).count(team) == 1
    assert len([n for n in unit_names(db_path) if "nt" in n and "ondersteuning" in n]) == 1
    twin = [["\uff19\uff10\uff10\uff11\u200b", "Anouk", "Visser", team, "Beleidsadviseur"]]
    code, out, err = run(
        capsys, "--database", str(db_path), "import", "staff",
        str(hostile.staff_workbook(tmp_path / "b.xlsx", twin)),
    )
    assert code == 0, err
    assert "0 nieuw" in out
    assert [number for number, _ in people(db_path)] == ["9001", "9002"]


def test_staff_import_refuses_a_control_character_naming_row_and_column(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "stuur.csv"
    source.write_text(
        ";".join(HEADER) + "\n9001;Anouk;Vis\x07ser;Sociaal Domein;Adviseur\n", encoding="utf-8"
    )
    code, _, err = run(capsys, "--database", str(db_path), "import", "staff", str(source))
    assert code == 1
    assert "rij 2" in err and "kolom C (Achternaam)" in err and "U+0007" in err
    assert "Traceback" not in err


def test_cli_arguments_are_normalised(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run(capsys, "--database", str(db_path), "import", "staff",
        str(hostile.staff_workbook(tmp_path / "a.xlsx")))
    out = tmp_path / "plan.pdf"
    code, _, err = run(
        capsys, "--database", str(db_path), "export", "pdf", str(out),
        "--employee", "\uff19\uff10\uff10\uff11\u200b",
    )
    assert code == 0, err
    assert out.exists()
    code, _, err = run(
        capsys, "--database", str(db_path), "export", "pdf", str(out), "--employee", "90\x0701"
    )
    assert code == 1 and "U+0007" in err


# -- hidden sheets, merged headers ------------------------------------------------------------
@pytest.mark.parametrize("state", ["hidden", "veryHidden"])
def test_hidden_first_sheet_is_skipped_and_the_sheet_read_is_named(
    state: str, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    workbook = openpyxl.Workbook()
    old = workbook.active
    old.title = "Oud"
    old.append(HEADER)
    old.append(["8001", "Oud", "Gegeven", "Vroeger", "Weg"])
    old.sheet_state = state
    current = workbook.create_sheet("Personeel")
    current.append(HEADER)
    for row in hostile.STAFF_ROWS:
        current.append(row)
    workbook.active = 1
    path = tmp_path / "verborgen.xlsx"
    workbook.save(path)
    code, out, err = run(capsys, "--database", str(db_path), "import", "staff", str(path))
    assert code == 0, err
    assert "(Personeel)" in out
    assert [n for n, _ in people(db_path)] == ["9001", "9002", "9003"]
    code, out, err = run(
        capsys, "--database", str(db_path), "import", "staff", str(path), "--sheet", "Oud"
    )
    assert code == 0, err
    assert "(Oud)" in out and "8001" in [n for n, _ in people(db_path)]


def test_assessment_import_has_a_sheet_option(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = hostile.staff_workbook(tmp_path / "geen-formulier.xlsx")
    code, _, err = run(
        capsys, "--database", str(db_path), "import", "assessments", str(path),
        "--sheet", "Bestaat niet",
    )
    assert code == 1
    assert "geen werkblad 'Bestaat niet'" in err and "'Personeel'" in err


def test_merged_header_cells_are_refused_naming_the_cells(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    workbook = openpyxl.Workbook()
    ws = workbook.active
    ws.append(["Personeelsnummer", "Naam", None, "Afdeling", "Functie"])
    ws.append(["9001", "Anouk", "Visser", "Sociaal Domein", "Adviseur"])
    ws.merge_cells("B1:C1")
    path = tmp_path / "samengevoegd.xlsx"
    workbook.save(path)
    code, _, err = run(capsys, "--database", str(db_path), "import", "staff", str(path))
    assert code == 1
    assert "B1:C1" in err and "samengevoegd" in err
    assert people(db_path) == []


def test_merged_title_above_the_header_is_fine(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    workbook = openpyxl.Workbook()
    ws = workbook.active
    ws.append(["Personeelslijst 2026"])
    ws.merge_cells("A1:E1")
    ws.append(HEADER)
    ws.append(hostile.STAFF_ROWS[0])
    path = tmp_path / "titel.xlsx"
    workbook.save(path)
    code, _, err = run(capsys, "--database", str(db_path), "import", "staff", str(path))
    assert code == 0, err


# -- special files, long fields, NaN ----------------------------------------------------------
@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_fifo_is_refused_without_hanging(
    suffix: str, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fifo = tmp_path / f"pijp{suffix}"
    os.mkfifo(fifo)
    with hostile.time_limit(20):
        code, _, err = run(capsys, "--database", str(db_path), "import", "staff", str(fifo))
    assert code == 1
    assert "geen gewoon bestand" in err


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom"])
@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_device_symlink_is_refused(
    device: str, suffix: str, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    link = tmp_path / f"lijst{suffix}"
    link.symlink_to(device)
    with hostile.time_limit(20):
        code, _, err = run(capsys, "--database", str(db_path), "import", "staff", str(link))
    assert code == 1
    assert "geen gewoon bestand" in err


def test_csv_field_over_128_kb_names_row_and_column(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "lang.csv"
    source.write_text(
        ";".join(HEADER) + "\n9001;Anouk;Visser;Sociaal Domein;Adviseur\n"
        + "9002;" + "x" * 200_000 + ";Smit;Sociaal Domein;Adviseur\n",
        encoding="utf-8",
    )
    code, _, err = run(capsys, "--database", str(db_path), "import", "staff", str(source))
    assert code == 1
    assert "rij 3, kolom B" in err
    assert "Traceback" not in err and "x" * 100 not in err


@pytest.mark.parametrize("value", [float("nan"), float("inf"), float("-inf")])
def test_nan_and_infinity_are_not_numbers(value: float) -> None:
    with pytest.raises(ValueProblem, match="NaN of oneindig"):
        parse_decimal(value)


@pytest.mark.parametrize("stored", [b"NaN", b"INF", b"1E400"])
def test_nan_in_a_numeric_cell_names_row_and_column(
    stored: bytes, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    workbook = openpyxl.Workbook()
    ws = workbook.active
    ws.append([*HEADER, "FTE"])
    for row in hostile.STAFF_ROWS:
        ws.append([*row, 0.5])
    path = tmp_path / "fte.xlsx"
    workbook.save(path)
    patched = hostile.rewrite_member(
        path, tmp_path / "nan.xlsx", "xl/worksheets/sheet1.xml",
        lambda xml: xml.replace(b"<v>0.5</v>", b"<v>" + stored + b"</v>", 1),
    )
    code, _, err = run(capsys, "--database", str(db_path), "import", "staff", str(patched))
    assert code == 1
    assert "rij 2" in err and "kolom F" in err and ("NaN" in err or "oneindig" in err)
    assert "Traceback" not in err


# -- catalogue and editors --------------------------------------------------------------------
def test_catalogue_code_with_an_invisible_character_is_the_same_offer(
    empty_db: Database, tmp_path: Path
) -> None:
    path = tmp_path / "catalogus.xlsx"
    with empty_db.unit_of_work() as uow:
        catalogue_io.export_catalogue(uow, path)
    workbook = openpyxl.load_workbook(path)
    offers = workbook["Opleidingen"]
    assert offers["A2"].value == "OPL01"
    offers["A2"] = "OPL01\u200b"
    workbook.save(path)
    with empty_db.unit_of_work() as uow:
        result = catalogue_io.import_catalogue(uow, path)
    assert (result.new, result.updated) == (0, 0)


def test_catalogue_code_that_cannot_be_normalised_is_reported_at_its_cell(
    empty_db: Database, tmp_path: Path
) -> None:
    path = tmp_path / "catalogus.xlsx"
    with empty_db.unit_of_work() as uow:
        catalogue_io.export_catalogue(uow, path)
    workbook = openpyxl.load_workbook(path)
    workbook["Opleidingen"]["A3"] = "OPL\ue00002"
    workbook.save(path)
    with pytest.raises(ValidationError) as caught, empty_db.unit_of_work() as uow:
        catalogue_io.import_catalogue(uow, path)
    where = {(p.file, p.row, p.column) for p in caught.value.problems if "U+E000" in p.message}
    assert where == {("catalogus.xlsx [Opleidingen]", 3, "A")}


def test_editors_store_the_normal_form_and_refuse_the_rest(empty_db: Database) -> None:
    offer = TrainingOffer(
        code="OPL9\uff10\u200b",
        name=unicodedata.normalize("NFD", "Cliëntgericht schrijven"),
        provider="Fictief Opleidingshuis",
        format="klassikaal",
        hours=4,
        cost=Decimal("100"),
        effects=(),
    )
    with empty_db.unit_of_work() as uow:
        edit.add_offer(uow, offer)
    with empty_db.read_session() as session:
        stored = {o.code: o for o in repo.load_catalogue(session)}["OPL90"]
    assert stored.name == unicodedata.normalize("NFC", "Cliëntgericht schrijven")
    with pytest.raises(UserError, match="U\\+0007"), empty_db.unit_of_work() as uow:
        edit.add_offer(uow, replace(offer, code="OPL91", name="Schrij\x07ven"))
