"""The assessment form for one unit, written with openpyxl (layout in :mod:`.assessment_sheet`).

The form is small (one team) and is read back by the assessment import (the template round
trip), so it is written in openpyxl's normal mode, which supports data validation drop-downs and
wrapped text; every text cell is forced to type 's' so a name or competency that begins with '='
can never become a formula.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from competentieplanner.domain.model import Employee, Framework
from competentieplanner.import_export import assessment_sheet as layout
from competentieplanner.import_export.xlsx_writer import FORMAT_DATE, HEADER_COLOUR, safe_text

HEADER_FONT = Font(bold=True, color="FFFFFF")
HEADER_FILL = PatternFill(
    "solid", start_color=HEADER_COLOUR.removeprefix("#"), end_color=HEADER_COLOUR.removeprefix("#")
)
TITLE_FONT = Font(bold=True, size=14)
BOLD = Font(bold=True)
WRAP = Alignment(wrap_text=True, vertical="top")


def write_template(
    framework: Framework, members: Sequence[Employee], *, unit: str, path: Path
) -> None:
    """Write the form for ``members`` to ``path`` (a temporary file: see ``atomic_write``)."""
    template_workbook(framework, members, unit=unit).save(path)


def template_workbook(framework: Framework, members: Sequence[Employee], *, unit: str) -> Workbook:
    workbook = Workbook()
    ws = workbook.active
    ws.title = layout.SHEET
    competencies = framework.competencies
    last_column = layout.FIRST_LEVEL_COLUMN + len(competencies) - 1
    last_evidence_column = last_column + len(competencies)
    first_row = layout.HEADER_ROW + 1
    last_row = layout.HEADER_ROW + len(members)

    put_text(ws, layout.TITLE_ROW, 1, f"Beoordeling {unit} – {framework.name}").font = TITLE_FONT
    put_text(
        ws,
        layout.INSTRUCTION_ROW,
        1,
        f"Vul per medewerker de datum van het gesprek, uw naam en per competentie het niveau in "
        f"(1-{framework.scale.maximum}, keuzelijst; leeg = niet beoordeeld), en rechts daarvan "
        f"per niveau kort de onderbouwing: een voorbeeld uit de praktijk. Het werkblad "
        f"'{layout.INDICATOR_SHEET}' beschrijft elk niveau. Wijzig de kolomkoppen niet.",
    )
    headers = (
        layout.FIXED_HEADERS
        + [layout.competency_header(c.code, c.name) for c in competencies]
        + [layout.evidence_header(c.code) for c in competencies]
    )
    for column, header in enumerate(headers, start=1):
        cell = put_text(ws, layout.HEADER_ROW, column, header)
        cell.font = HEADER_FONT
        cell.fill = HEADER_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="top", text_rotation=0)
    for row, member in enumerate(members, start=first_row):
        put_text(ws, row, 1, member.personnel_number)
        put_text(ws, row, 2, member.sort_name)
        ws.cell(row=row, column=3).number_format = FORMAT_DATE

    levels = ",".join(str(level.level) for level in framework.scale.levels)
    validation = DataValidation(
        type="list",
        formula1=f'"{levels}"',
        allow_blank=True,
        showErrorMessage=True,
        errorTitle="Ongeldig niveau",
        error=f"Kies een niveau uit de lijst ({levels}) of laat de cel leeg.",
        promptTitle="Niveau",
        prompt=f"Niveau {levels.replace(',', ', ')}; leeg = niet beoordeeld",
        showInputMessage=True,
    )
    first_level = get_column_letter(layout.FIRST_LEVEL_COLUMN)
    validation.add(f"{first_level}{first_row}:{get_column_letter(last_column)}{last_row}")
    ws.add_data_validation(validation)
    dates = DataValidation(
        type="date",
        operator="between",
        formula1="36526",  # 1-1-2000
        formula2="73050",  # 31-12-2099
        allow_blank=True,
        showErrorMessage=True,
        errorTitle="Ongeldige datum",
        error="Vul een datum in, bijvoorbeeld 14-10-2026.",
    )
    dates.add(f"C{first_row}:C{last_row}")
    ws.add_data_validation(dates)

    ws.freeze_panes = ws.cell(row=first_row, column=3)
    ws.row_dimensions[layout.HEADER_ROW].height = 75
    for column, width in enumerate([16, 30, 14, 22], start=1):
        ws.column_dimensions[get_column_letter(column)].width = width
    for column in range(layout.FIRST_LEVEL_COLUMN, last_column + 1):
        ws.column_dimensions[get_column_letter(column)].width = 14
    for column in range(last_column + 1, last_evidence_column + 1):
        ws.column_dimensions[get_column_letter(column)].width = 40
        for row in range(first_row, last_row + 1):
            ws.cell(row=row, column=column).alignment = WRAP
    _indicator_sheet(workbook, framework)
    return workbook


def _indicator_sheet(workbook: Workbook, framework: Framework) -> None:
    ws = workbook.create_sheet(layout.INDICATOR_SHEET)
    put_text(ws, 1, 1, f"Gedragsindicatoren – {framework.name}").font = TITLE_FONT
    scale = framework.scale
    put_text(ws, 2, 1, "Niveaus:").font = BOLD
    for offset, level in enumerate(scale.levels):
        explanation = f"{level.level} {level.label}: {level.description}"
        put_text(ws, 2, 2 + offset, explanation).alignment = WRAP
    header_row = 4
    headers = ["Code", "Competentie", "Cluster"] + [f"{lv.level} {lv.label}" for lv in scale.levels]
    for column, header in enumerate(headers, start=1):
        cell = put_text(ws, header_row, column, header)
        cell.font = HEADER_FONT
        cell.fill = HEADER_FILL
    for row, competency in enumerate(framework.competencies, start=header_row + 1):
        put_text(ws, row, 1, competency.code)
        put_text(ws, row, 2, competency.name).alignment = WRAP
        put_text(ws, row, 3, competency.cluster).alignment = WRAP
        for offset, level in enumerate(scale.levels):
            put_text(ws, row, 4 + offset, competency.indicator(level.level)).alignment = WRAP
    for column, width in enumerate([8, 32, 18] + [40] * len(scale.levels), start=1):
        ws.column_dimensions[get_column_letter(column)].width = width
    ws.freeze_panes = ws.cell(row=header_row + 1, column=3)


def put_text(ws: Any, row: int, column: int, value: str) -> Any:
    """Write ``value`` as literal text (never a formula) and return the cell."""
    cell = ws.cell(row=row, column=column)
    cell.value = safe_text(value)
    cell.data_type = "s"
    return cell
