"""The gesprekscyclus overview as a workbook: one row per person, for a team lead or HR to plan
the conversations in Excel (filterable; dates are real dates)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook

from competentieplanner.domain.conversation_cycle import ConversationDue
from competentieplanner.import_export.xlsx_writer import (
    FORMAT_DATE,
    TITLE_FONT,
    atomic_output,
    check_target,
    header_cells,
    set_widths,
    styled,
    text,
    text_cell,
)

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
    workbook = Workbook(write_only=True)
    ws = workbook.create_sheet(SHEET)
    set_widths(ws, [16, 30, 28, 15, 22, 22, 13, 12])
    ws.freeze_panes = "A3"
    ws.append([text_cell(ws, title, font=TITLE_FONT)])
    ws.append(header_cells(ws, HEADERS))
    for row in rows:
        last = row.last
        ws.append(
            [
                text_cell(ws, row.employee.personnel_number),  # text: leading zeros stay
                text(ws, row.employee.name),
                text(ws, row.employee.unit),
                styled(ws, last.held_on if last else None, FORMAT_DATE),
                text(ws, last.kind.value if last else "nog nooit"),
                text(ws, row.kind.value),
                styled(ws, row.due, FORMAT_DATE),
                text(ws, row.state.value),
            ]
        )
    ws.auto_filter.ref = f"A2:H{max(2, len(rows) + 2)}"
    with atomic_output(target) as temporary:
        workbook.save(temporary)
    return Path(target)
