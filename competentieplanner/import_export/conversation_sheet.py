"""The gesprekscyclus overview as a workbook: one row per person, for a team lead or HR to plan
the conversations in Excel (filterable; dates are real dates)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from competentieplanner.atomic_write import atomic_output, check_target
from competentieplanner.domain.conversation_cycle import ConversationDue
from competentieplanner.import_export.xlsx_writer import FORMAT_DATE, ExportBook, Text

SHEET = "Gesprekscyclus"
HEADERS = [
    "Personeelsnummer",
    "Naam",
    "Eenheid",
    "Laatste gesprek",
    "Soort laatste gesprek",
    "Volgend gesprek",
    "Wanneer",
    "Stand",
]


def write_conversations(target: Path, rows: Sequence[ConversationDue], *, title: str) -> Path:
    """Write the overview to ``target`` (replaced only when complete); returns the path."""
    check_target(target)
    with atomic_output(target) as temporary, ExportBook(temporary) as book:
        sheet = book.sheet(
            SHEET, widths=[16, 30, 28, 15, 22, 22, 13, 12], headers=HEADERS, header_row=1,
            name_columns=2,
        )
        sheet.ws.freeze_panes(2, 0)
        sheet.ws.autofilter(1, 0, max(1, len(rows) + 1), len(HEADERS) - 1)
        date = book.number(FORMAT_DATE)
        sheet.append([Text(title, book.title)])
        sheet.headers(HEADERS)
        for row in rows:
            last = row.last
            sheet.append(
                [
                    row.employee.personnel_number,  # text: leading zeros stay
                    row.employee.name,
                    row.employee.unit,
                    (last.held_on if last else None, date),
                    last.kind.value if last else "nog nooit",
                    row.kind.value,
                    (row.due, date),
                    row.state.value,
                ]
            )
    return Path(target)
