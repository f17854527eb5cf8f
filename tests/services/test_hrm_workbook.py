"""The HRM workbook: sheets, formats, formula injection, atomic replacement, LibreOffice."""

from __future__ import annotations

import datetime as dt
import os
import re
import zipfile
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from competentieplanner import formats
from competentieplanner.domain.errors import NotFoundError, UserError
from competentieplanner.persistence import analysis_queries
from competentieplanner.persistence import records as r
from competentieplanner.persistence import registrations as registration_queries
from competentieplanner.persistence import repositories as repo
from competentieplanner.persistence.database import Database
from competentieplanner.services.hrm_workbook import export_hrm_workbook
from tests import engine_support
from tests.import_export import office

SHEETS = [
    "Overzicht",
    "Medewerkers",
    "Competentiematrix",
    "Profielmatch",
    "Opleidingsplan",
    "Budget",
    "Verlopende registraties",
]
REFERENCE = dt.date(2026, 11, 27)
HOSTILE_TEXT = {
    "first_name": '=HYPERLINK("http://example.invalid","klik")',
    "last_name": "+31 6 1234",
    "job_title": "-2+3",
    "infix": "@SUM(A1)",
}


@pytest.fixture
def workbook_path(demo_db: Database, tmp_path: Path) -> Path:
    path = tmp_path / "hrm.xlsx"
    with demo_db.unit_of_work() as uow:
        export_hrm_workbook(uow, path, reference_date=REFERENCE)
    return path


def test_sheets_and_table_settings(workbook_path: Path) -> None:
    workbook = openpyxl.load_workbook(workbook_path)
    assert workbook.sheetnames == SHEETS
    for name in SHEETS[1:]:
        ws = workbook[name]
        assert ws.freeze_panes is not None and ws.freeze_panes.endswith("2"), name
        assert ws.auto_filter.ref and ws.auto_filter.ref.startswith("A1:"), name
        assert ws.column_dimensions["A"].width > 10, name
        assert ws["A1"].font.b, name
    assert workbook["Competentiematrix"].freeze_panes == "D2"


def test_employees_sheet_stores_numbers_and_dates(demo_db: Database, workbook_path: Path) -> None:
    ws = openpyxl.load_workbook(workbook_path)["Medewerkers"]
    with demo_db.read_session() as session:
        people = {e.personnel_number: e for e in repo.load_employees(session)}
    rows = list(ws.iter_rows(min_row=2))
    assert len(rows) == len(people) == 120
    for row in rows:
        person = people[row[0].value]
        assert row[6].value == pytest.approx(person.fte)
        assert row[6].data_type == "n" and row[6].number_format == formats.EXCEL_FTE
        assert row[8].value.date() == person.start_date
        assert row[8].is_date and row[8].number_format == "DD-MM-YYYY"
        assert row[0].data_type == "s"  # personnel numbers stay text (leading zeros)
    assert ws.auto_filter.ref == "A1:K121"


def test_matrix_holds_current_levels_with_colour_scale(
    demo_db: Database, workbook_path: Path
) -> None:
    ws = openpyxl.load_workbook(workbook_path)["Competentiematrix"]
    header = [c.value for c in ws[1]]
    with demo_db.read_session() as session:
        codes = [c.code for f in repo.load_frameworks(session) for c in f.competencies]
        levels = analysis_queries.current_levels(session)
    assert header[3:] == codes and len(codes) == 35
    for row in ws.iter_rows(min_row=2, values_only=True):
        person = levels.get(row[0], {})
        assert {c: v for c, v in zip(codes, row[3:], strict=True) if v is not None} == person
    [rule_range] = [str(cf.sqref) for cf in ws.conditional_formatting]
    assert rule_range == "D2:AL121"
    [rule] = ws.conditional_formatting[rule_range]
    assert rule.type == "colorScale"


def test_profile_match_agrees_with_the_engine(demo_db: Database, workbook_path: Path) -> None:
    ws = openpyxl.load_workbook(workbook_path)["Profielmatch"]
    with demo_db.read_session() as session:
        names = {p.name: p.code for p in repo.load_profiles(session)}
    engine_rows = {
        (m.employee.personnel_number, m.match.profile): m.match
        for m in engine_support.match(demo_db)
    }
    rows = list(ws.iter_rows(min_row=2))
    assert rows
    for row in rows:
        match = engine_rows[(row[0].value, names[row[3].value])]
        assert row[5].value == pytest.approx(match.fit_pct / 100)
        assert row[5].number_format == "0.0%"
        assert row[6].value == pytest.approx(match.coverage_pct / 100)
        assert row[7].value == match.readiness.value
        gaps = [c.value for c in row[8:11] if c.value]
        assert [g.split(" ")[0] for g in gaps] == [g.competency for g in match.gaps[:3]]


def test_overview_and_plan_totals(demo_db: Database, workbook_path: Path) -> None:
    workbook = openpyxl.load_workbook(workbook_path)
    overview = {
        row[0]: row[1:] for row in workbook["Overzicht"].iter_rows(values_only=True) if row[0]
    }
    assert overview["Peildatum"][0].date() == REFERENCE
    assert overview["Medewerkers"][0] == 120
    futures = [
        overview[name]
        for name in ("Strategisch-politiek adviseur", "Adviseur relatie met aanbieders")
    ]
    assert all(sum(f[:4]) == f[4] for f in futures)
    plan = list(workbook["Opleidingsplan"].iter_rows(values_only=True))
    items = [row for row in plan[1:] if row[0] and re.fullmatch(r"\d{6}", str(row[0]))]
    counted = [row for row in items if row[9] != "vervallen"]
    total = next(row for row in plan if row[0] == "Totaal")
    assert total[1] == len(counted)
    assert Decimal(str(total[3])) == sum(Decimal(str(row[7])) for row in counted)
    budget = list(workbook["Budget"].iter_rows(min_row=2, values_only=True))
    assert budget and all(isinstance(row[1], int) for row in budget)


def test_unit_selection(demo_db: Database, tmp_path: Path) -> None:
    path = tmp_path / "noord.xlsx"
    with demo_db.unit_of_work() as uow:
        export_hrm_workbook(uow, path, unit="Sociaal team Noord")
    with demo_db.read_session() as session:
        members = {
            e.personnel_number for e in repo.load_employees(session, unit="Sociaal team Noord")
        }
    ws = openpyxl.load_workbook(path)["Medewerkers"]
    assert {row[0] for row in ws.iter_rows(min_row=2, values_only=True)} == members
    with pytest.raises(NotFoundError), demo_db.unit_of_work() as uow:
        export_hrm_workbook(uow, tmp_path / "x.xlsx", unit="Nergens")
    assert not (tmp_path / "x.xlsx").exists()


@pytest.fixture
def injected(demo_db: Database) -> str:
    """Give one person text that spreadsheet programs would run as formulas."""
    with demo_db.session() as session:
        person = session.scalars(select(r.EmployeeRecord).order_by(r.EmployeeRecord.id)).first()
        assert person is not None
        for field, value in HOSTILE_TEXT.items():
            setattr(person, field, value)
        person.job_title = "\tTab-functie"
        return person.personnel_number


def test_formula_injection_is_written_as_text(
    demo_db: Database, injected: str, tmp_path: Path
) -> None:
    path = tmp_path / "hrm.xlsx"
    with demo_db.unit_of_work() as uow:
        export_hrm_workbook(uow, path)
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/"):
                xml = archive.read(name)
                assert b"<f>" not in xml and b"<f " not in xml, name
    row = next(
        row
        for row in openpyxl.load_workbook(path)["Medewerkers"].iter_rows(min_row=2)
        if row[0].value == injected
    )
    assert row[3].value == HOSTILE_TEXT["first_name"] and row[3].data_type == "s"
    assert row[1].value == HOSTILE_TEXT["last_name"]
    assert row[2].value == HOSTILE_TEXT["infix"]
    assert row[5].value == "\tTab-functie"
    sheets = office.convert_all_sheets_to_csv(path, tmp_path / "csv")
    text = sheets["Medewerkers"]
    assert 'HYPERLINK(""http://example.invalid"",""klik"")' in text
    assert "+31 6 1234" in text and "@SUM(A1)" in text
    assert "klik" not in text.replace('""klik""', "")  # shown as text, never evaluated


def test_libreoffice_opens_every_sheet(workbook_path: Path, tmp_path: Path) -> None:
    sheets = office.convert_all_sheets_to_csv(workbook_path, tmp_path / "csv")
    assert sorted(sheets) == sorted(SHEETS)
    assert sheets["Competentiematrix"].startswith("Personeelsnummer,Naam,Afdeling/team,BA01")


def test_target_open_in_another_program_keeps_the_old_file(
    demo_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Windows refuses to replace a workbook Excel holds open with a sharing violation, which
    Python raises as PermissionError. Linux has no such lock (and tests run as root), so the
    refusal is simulated at os.replace, the one call that meets it."""
    target = tmp_path / "hrm.xlsx"
    target.write_bytes(b"previous export")

    def locked(src: str, dst: str) -> None:
        raise PermissionError(13, "The process cannot access the file", str(dst))

    monkeypatch.setattr(os, "replace", locked)
    with (
        pytest.raises(UserError, match="is geopend in een ander programma; sluit het en probeer"),
        demo_db.unit_of_work() as uow,
    ):
        export_hrm_workbook(uow, target)
    assert target.read_bytes() == b"previous export"
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "demo.db",
        "demo.db-shm",
        "demo.db-wal",
        "hrm.xlsx",
    ]


def test_missing_folder(demo_db: Database, tmp_path: Path) -> None:
    with pytest.raises(UserError, match="bestaat niet"), demo_db.unit_of_work() as uow:
        export_hrm_workbook(uow, tmp_path / "nergens" / "hrm.xlsx")


def test_every_sheet_has_the_print_setup(workbook_path: Path) -> None:
    """A4 landscape, one page wide, header row and name columns on every page, footer."""
    workbook = openpyxl.load_workbook(workbook_path)
    name_columns = {"Overzicht": "A", "Budget": "A", "Medewerkers": "B"}
    for ws in workbook.worksheets:
        setup = ws.page_setup
        assert (setup.orientation, setup.paperSize) == ("landscape", 9), ws.title
        assert ws.sheet_properties.pageSetUpPr.fitToPage, ws.title
        # fitToWidth absent means 1, the OOXML default; fitToHeight 0: as many pages as needed
        assert (setup.fitToWidth or 1, setup.fitToHeight) == (1, 0), ws.title
        assert ws.print_title_rows == "$1:$1", ws.title
        assert ws.print_title_cols == f"$A:${name_columns.get(ws.title, 'B')}", ws.title
        assert ws.oddFooter.left.text == "Vertrouwelijk", ws.title
        assert ws.oddFooter.right.text == "Pagina &P van &N", ws.title


def test_column_widths_fit_the_headers(workbook_path: Path) -> None:
    for ws in openpyxl.load_workbook(workbook_path).worksheets[1:]:
        # one <col> element may cover a run of equally wide columns (min..max)
        widths = {
            index: dimension.width
            for dimension in ws.column_dimensions.values()
            for index in range(dimension.min, dimension.max + 1)
        }
        for index, cell in enumerate(next(ws.iter_rows(max_row=1)), start=1):
            width = widths[index]
            assert width >= len(str(cell.value)) + 2, (ws.title, cell.value, width)


def test_overview_has_a_native_readiness_chart(workbook_path: Path) -> None:
    with zipfile.ZipFile(workbook_path) as archive:
        charts = [n for n in archive.namelist() if n.startswith("xl/charts/chart")]
        assert charts == ["xl/charts/chart1.xml"]
        chart = archive.read(charts[0]).decode()
        sheet_rels = archive.read("xl/worksheets/_rels/sheet1.xml.rels").decode()
    assert "<c:barChart>" in chart and '<c:grouping val="stacked"/>' in chart
    assert "drawing" in sheet_rels  # the chart sits on the first sheet, Overzicht
    overview = list(openpyxl.load_workbook(workbook_path)["Overzicht"].iter_rows(values_only=True))
    header = next(i for i, row in enumerate(overview, start=1) if row[0] == "Toekomstprofiel")
    # one series per readiness (columns B..E), categories the three future profiles below it
    for column in "BCDE":
        assert f"<c:f>Overzicht!${column}${header + 1}:${column}${header + 3}</c:f>" in chart
    assert f"<c:f>Overzicht!$A${header + 1}:$A${header + 3}</c:f>" in chart


def test_libreoffice_prints_one_page_wide(workbook_path: Path, tmp_path: Path) -> None:
    """The printed workbook: A4 landscape pages with the footer; the overview (tables and chart)
    is one page; every page of the 38-column matrix carries its whole header row."""
    from pypdf import PdfReader

    pages = PdfReader(office.convert_to_pdf(workbook_path, tmp_path / "pdf")).pages
    texts = [page.extract_text() for page in pages]
    for number, (page, text) in enumerate(zip(pages, texts, strict=True), start=1):
        assert [round(float(v)) for v in page.mediabox] == [0, 0, 842, 595], number
        assert f"Vertrouwelijk Pagina {number} van {len(pages)}" in text, number
    overview = texts[0]
    assert "HRM-overzicht" in overview and "Gekozen als doel" in overview
    assert "Resterend" in overview and "Inzetbaarheid per toekomstprofiel" in overview
    assert "Personeelsnummer Achternaam" in texts[1]  # the next sheet starts on page 2
    matrix = [t for t in texts if "Personeelsnummer Naam Afdeling/team BA01" in t]
    assert len(matrix) >= 2  # spread over pages (tall), never split sideways
    for text in matrix:
        header = next(line for line in text.splitlines() if line.startswith("Personeelsnummer"))
        assert header.endswith("ST17"), header


def test_registrations_per_person_and_what_expires_within_90_days(
    demo_db: Database, workbook_path: Path
) -> None:
    """Issue 14: the Medewerkers sheet lists each person's registrations (expired ones marked)
    in its last column; "Verlopende registraties" what expired or expires within 90 days."""
    workbook = openpyxl.load_workbook(workbook_path)
    with demo_db.read_session() as session:
        held = registration_queries.load_registrations(session)
        kinds = {k.code: k.name for k in registration_queries.load_kinds(session)}
    assert held, "the demo holds registrations"
    staff = workbook["Medewerkers"]
    assert staff.cell(1, 11).value == "Registraties en certificaten"
    texts = {row[0]: row[10] for row in staff.iter_rows(min_row=2, values_only=True)}
    by_person: dict[str, list[str]] = {}
    for reg in held:
        text = reg.kind if reg.valid_until is None else f"{reg.kind} t/m {reg.valid_until:%d-%m-%Y}"
        expired = reg.valid_until is not None and reg.valid_until < REFERENCE
        by_person.setdefault(reg.personnel_number, []).append(
            f"{text} (verlopen)" if expired else text
        )
    assert {n: t for n, t in texts.items() if t} == {n: "; ".join(p) for n, p in by_person.items()}
    assert any("(verlopen)" in str(t) for t in texts.values())  # the demo has expired ones

    sheet = workbook["Verlopende registraties"]
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    limit = REFERENCE + dt.timedelta(days=90)
    expected = sorted(
        (r for r in held if r.valid_until is not None and r.valid_until <= limit),
        key=lambda r: (r.valid_until, r.personnel_number, r.kind),
    )
    assert expected, "some demo registrations expired or expire within 90 days"
    assert [(row[0], row[3], row[6].date()) for row in rows] == [
        (r.personnel_number, r.kind, r.valid_until) for r in expected
    ]
    for row, reg in zip(rows, expected, strict=True):
        assert row[4] == kinds[reg.kind] and row[5] == reg.number
        assert row[7] == ("verlopen" if reg.valid_until < REFERENCE else "verloopt binnen 90 dagen")
    assert sheet.auto_filter.ref == f"A1:H{len(rows) + 1}"
