"""The Excel commands: import staff/assessments/catalogue, export template/catalogue/excel."""

from __future__ import annotations

import argparse
from pathlib import Path

import openpyxl
import pytest

from competentieplanner.cli import build_parser, main
from competentieplanner.cli.groups import action_group
from competentieplanner.persistence.database import Database
from tests.import_export import hostile


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_action_group_is_shared_between_modules() -> None:
    common = argparse.ArgumentParser(add_help=False)
    parser = argparse.ArgumentParser()
    subparsers = parser.add_subparsers(dest="command")
    first = action_group(subparsers, "export", "uitvoer", common)
    second = action_group(subparsers, "export", "uitvoer", common)
    assert first is second
    assert action_group(subparsers, "import", "invoer", common) is not first
    first.add_parser("a")
    second.add_parser("b")
    assert parser.parse_args(["export", "b"]).export_action == "b"


def test_export_group_has_every_action() -> None:
    parser = build_parser()
    for action in ("template", "catalogue", "excel"):
        args = parser.parse_args(
            ["export", action, "out.xlsx", "--unit", "x", "--framework", "y"]
            if action == "template"
            else ["export", action, "out.xlsx"]
        )
        assert args.handler.__name__ == f"cmd_export_{action}"
    for action in ("staff", "assessments", "catalogue"):
        assert parser.parse_args(["import", action, "f.xlsx"]).handler.__name__ == (
            f"cmd_import_{action}"
        )


def test_import_staff_ok_and_rejected_with_report(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = hostile.staff_workbook(tmp_path / "goed.xlsx")
    report = tmp_path / "verslag.xlsx"
    code, out, err = run(
        capsys, "--database", str(db_path), "import", "staff", str(good), "--report", str(report)
    )
    assert code == 0, err
    assert "3 nieuw" in out
    assert report.exists()

    rows = [list(r) for r in hostile.STAFF_ROWS]
    rows[1][4] = ""  # Functie missing in sheet row 3
    bad = hostile.staff_workbook(tmp_path / "fout.xlsx", rows)
    before = hostile.fingerprint(db_path)
    code, out, err = run(
        capsys, "--database", str(db_path), "import", "staff", str(bad), "--report", str(report)
    )
    assert code == 1
    assert "fout.xlsx; rij 3; kolom E (Functie); reden: Functie is leeg" in err
    assert "Traceback" not in err
    assert hostile.fingerprint(db_path) == before
    sheet = openpyxl.load_workbook(report)["Controleverslag"]
    rows_out = list(sheet.iter_rows(min_row=3, values_only=True))
    assert rows_out == [("fout.xlsx", 3, "E", "Functie", None, "Functie is leeg")]


def test_hostile_file_exit_code_and_report(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    report = tmp_path / "verslag.xlsx"
    code, _, err = run(
        capsys,
        "--database",
        str(db_path),
        "import",
        "staff",
        str(hostile.password_protected(tmp_path)),
        "--report",
        str(report),
    )
    assert code == 1
    assert "beveiligd met een wachtwoord" in err and "Traceback" not in err
    rows = list(openpyxl.load_workbook(report).active.iter_rows(min_row=3, values_only=True))
    assert rows[0][0] == "beveiligd.xlsx" and "beveiligd met een wachtwoord" in rows[0][5]


def test_dry_run(
    empty_db: Database, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = hostile.staff_workbook(tmp_path / "goed.xlsx")
    before = hostile.fingerprint(db_path)
    code, out, _ = run(
        capsys, "--database", str(db_path), "import", "staff", str(good), "--dry-run"
    )
    assert code == 0 and "Proefdraai" in out
    assert hostile.fingerprint(db_path) == before


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["import"])
    assert caught.value.code == 2
    with pytest.raises(SystemExit) as caught:
        main(["export", "template", "x.xlsx"])  # --unit and --framework are required
    assert caught.value.code == 2
    capsys.readouterr()


def test_template_assessments_catalogue_and_excel(
    demo_db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = ["--database", str(demo_db_path)]
    form = tmp_path / "form.xlsx"
    code, out, err = run(
        capsys,
        *db,
        "export",
        "template",
        str(form),
        "--unit",
        "Sociaal team Oost",
        "--framework",
        "sociaal-team",
    )
    assert code == 0, err
    workbook = openpyxl.load_workbook(form)
    workbook["Beoordeling"]["C4"] = "12-11-2026"
    workbook["Beoordeling"]["E4"] = 2
    workbook.save(form)
    code, out, err = run(capsys, *db, "import", "assessments", str(form))
    assert code == 0, err
    assert "1 beoordelingen (teamleider) met 1 niveaus toegevoegd" in out

    workbook["Beoordeling"]["E5"] = 7
    workbook.save(form)
    code, _, err = run(capsys, *db, "import", "assessments", str(form))
    assert code == 1 and "rij 5; kolom E (ST01 Contact en vertrouwensrelatie); waarde '7'" in err

    catalogue = tmp_path / "cat.xlsx"
    assert run(capsys, *db, "export", "catalogue", str(catalogue))[0] == 0
    code, out, _ = run(capsys, *db, "import", "catalogue", str(catalogue), "--replace")
    assert code == 0 and "32 ongewijzigd, 0 verwijderd, 0 inactief" in out

    excel = tmp_path / "hrm.xlsx"
    code, out, _ = run(capsys, *db, "export", "excel", str(excel), "--unit", "Sociaal team Oost")
    assert code == 0 and excel.exists()
    code, _, err = run(capsys, *db, "export", "excel", str(excel), "--unit", "Nergens")
    assert code == 1 and "Nergens" in err
