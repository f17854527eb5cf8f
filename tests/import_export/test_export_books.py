"""The import report and the catalogue export on XlsxWriter: text stays text, print setup."""

from __future__ import annotations

import zipfile
from decimal import Decimal
from pathlib import Path

import openpyxl

from competentieplanner import formats
from competentieplanner.domain.errors import Problem
from competentieplanner.domain.model import Effect, TrainingOffer
from competentieplanner.import_export.catalogue_sheets import write_catalogue_workbook
from competentieplanner.import_export.report import write_problem_report

HOSTILE = ["=1+1", "+31 6 12345678", "-2+3", "@SUM(A1)", "#N/A", "\tTab", "bel\x07letje"]


def _assert_printable(ws: openpyxl.worksheet.worksheet.Worksheet, title_rows: str) -> None:
    setup = ws.page_setup
    assert (setup.orientation, setup.paperSize, setup.fitToHeight) == ("landscape", 9, 0)
    assert ws.sheet_properties.pageSetUpPr.fitToPage
    assert ws.print_title_rows == title_rows
    assert ws.oddFooter.left.text == "Vertrouwelijk"
    assert ws.oddFooter.right.text == "Pagina &P van &N"


def _no_formulas(path: Path) -> None:
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/"):
                xml = archive.read(name)
                assert b"<f>" not in xml and b"<f " not in xml, name


def test_problem_report_keeps_hostile_values_as_text(tmp_path: Path) -> None:
    problems = [
        Problem("onbekende waarde", file="p.xlsx", row=row, column="C", header="Kop", value=v)
        for row, v in enumerate(HOSTILE, start=2)
    ]
    path = write_problem_report(tmp_path / "verslag.xlsx", problems, title="=Controle")
    _no_formulas(path)
    ws = openpyxl.load_workbook(path)["Controleverslag"]
    rows = list(ws.iter_rows())
    assert rows[0][0].value == "=Controle" and rows[0][0].data_type == "s"
    assert [c.value for c in rows[1]] == ["Bestand", "Rij", "Kolom", "Kolomkop", "Waarde", "Reden"]
    values = [row[4] for row in rows[2:]]
    assert [c.value for c in values] == [*HOSTILE[:-1], "belletje"]  # control character gone
    assert {c.data_type for c in values} == {"s"}
    assert rows[2][1].value == 2 and rows[2][1].data_type == "n"
    assert ws.freeze_panes == "A3" and ws.auto_filter.ref == f"A2:F{len(HOSTILE) + 2}"
    _assert_printable(ws, "$2:$2")


def test_catalogue_export_layout_and_print_setup(tmp_path: Path) -> None:
    offers = [
        TrainingOffer(
            code="OPL1", name="=Gespreksvoering", provider="+Aanbieder", format="training",
            hours=2.5, cost=Decimal("1450.50"), effects=(Effect("ST01", 1, 3),),
        )
    ]
    path = tmp_path / "catalogus.xlsx"
    write_catalogue_workbook(offers, path)
    _no_formulas(path)
    workbook = openpyxl.load_workbook(path)
    assert workbook.sheetnames == ["Opleidingen", "Ontwikkelt"]
    offers_ws, effects_ws = workbook.worksheets
    assert [c.value for c in offers_ws[2]] == [
        "OPL1", "=Gespreksvoering", "+Aanbieder", "training", 2.5, 1450.5
    ]
    assert offers_ws["F2"].number_format == formats.EXCEL_MONEY
    assert offers_ws["E2"].number_format == formats.EXCEL_HOURS
    assert [c.value for c in effects_ws[2]] == ["OPL1", "ST01", 1, 3]
    for ws in workbook.worksheets:
        assert ws.freeze_panes == "A2"
        _assert_printable(ws, "$1:$1")
