"""The validation report as a workbook: one row per problem, for HR to work through in Excel."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from competentieplanner.atomic_write import atomic_output, check_target
from competentieplanner.domain.errors import Problem
from competentieplanner.import_export.xlsx_writer import ExportBook, Text

REPORT_SHEET = "Controleverslag"
REPORT_HEADERS = ["Bestand", "Rij", "Kolom", "Kolomkop", "Waarde", "Reden"]


def write_problem_report(
    target: Path, problems: Sequence[Problem], *, title: str, notes: Sequence[str] = ()
) -> Path:
    """Write ``problems`` (possibly none) to ``target`` as a workbook; returns the path."""
    check_target(target)
    with atomic_output(target) as temporary, ExportBook(temporary) as book:
        sheet = book.sheet(
            REPORT_SHEET, widths=[28, 8, 8, 26, 30, 80], headers=REPORT_HEADERS, header_row=1
        )
        sheet.ws.freeze_panes(2, 0)
        sheet.ws.autofilter(1, 0, max(1, len(problems) + 1), len(REPORT_HEADERS) - 1)
        sheet.append([Text(title, book.title)])
        sheet.headers(REPORT_HEADERS)
        for problem in problems:
            sheet.append(
                [
                    problem.file, problem.row, problem.column, problem.header, problem.value,
                    problem.message,
                ]
            )
        if not problems:
            sheet.append([None, None, None, None, None, "Geen fouten gevonden."])
        for note in notes:
            sheet.append([None, None, None, None, None, note])
    return Path(target)
