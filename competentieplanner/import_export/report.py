"""The validation report as a workbook: one row per problem, for HR to work through in Excel."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook

from competentieplanner.domain.errors import Problem
from competentieplanner.import_export.xlsx_writer import (
    TITLE_FONT,
    atomic_output,
    check_target,
    header_cells,
    set_widths,
    text,
    text_cell,
)

REPORT_SHEET = "Controleverslag"
REPORT_HEADERS = ["Bestand", "Rij", "Kolom", "Kolomkop", "Waarde", "Reden"]


def write_problem_report(
    target: Path, problems: Sequence[Problem], *, title: str, notes: Sequence[str] = ()
) -> Path:
    """Write ``problems`` (possibly none) to ``target`` as a workbook; returns the path."""
    check_target(target)
    workbook = Workbook(write_only=True)
    ws = workbook.create_sheet(REPORT_SHEET)
    set_widths(ws, [28, 8, 8, 26, 30, 80])
    ws.freeze_panes = "A3"
    ws.append([text_cell(ws, title, font=TITLE_FONT)])
    ws.append(header_cells(ws, REPORT_HEADERS))
    for problem in problems:
        ws.append(
            [
                text(ws, problem.file),
                problem.row,
                text(ws, problem.column),
                text(ws, problem.header),
                text(ws, problem.value),
                text(ws, problem.message),
            ]
        )
    if not problems:
        ws.append([None, None, None, None, None, text(ws, "Geen fouten gevonden.")])
    for note in notes:
        ws.append([None, None, None, None, None, text(ws, note)])
    ws.auto_filter.ref = f"A2:F{max(2, len(problems) + 2)}"
    with atomic_output(target) as temporary:
        workbook.save(temporary)
    return Path(target)
