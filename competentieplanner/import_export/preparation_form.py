"""The preparation form one employee fills in before a conversation, written with openpyxl.

Sheet "Beoordeling" is the assessment form for this one person (their self-assessment, read by
the same reader as the team's form), sheet "Voorbereiding" holds the questions of the
conversation's kind with a column for the employee's answers (layout in
:mod:`.preparation_sheet`), and "Gedragsindicatoren" explains every level.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook
from openpyxl.utils import get_column_letter

from competentieplanner.domain.model import Employee, Framework, InterviewQuestion
from competentieplanner.import_export import assessment_sheet
from competentieplanner.import_export import preparation_sheet as layout
from competentieplanner.import_export.assessment_template import (
    BOLD,
    HEADER_FILL,
    HEADER_FONT,
    TITLE_FONT,
    WRAP,
    put_text,
    template_workbook,
)
from competentieplanner.import_export.xlsx_writer import FORMAT_DATE


def write_preparation_form(
    framework: Framework,
    employee: Employee,
    questions: Sequence[InterviewQuestion],
    *,
    conversation: str,
    today: dt.date,
    path: Path,
) -> None:
    """Write the form for ``employee`` and the ``conversation`` (e.g. "ontwikkelgesprek") to
    ``path`` (a temporary file: see ``atomic_write``)."""
    workbook = template_workbook(framework, [employee], unit=employee.unit or "")
    _personalise_assessment(workbook, framework, employee, today)
    _questions_sheet(workbook, employee, questions, conversation)
    workbook.save(path)


def _personalise_assessment(
    workbook: Workbook, framework: Framework, employee: Employee, today: dt.date
) -> None:
    """The team's form turned into this person's self-assessment: own title, own words."""
    ws = workbook[assessment_sheet.SHEET]
    title = f"Zelfbeoordeling {employee.name} – {framework.name}"
    put_text(ws, assessment_sheet.TITLE_ROW, 1, title).font = TITLE_FONT
    put_text(
        ws,
        assessment_sheet.INSTRUCTION_ROW,
        1,
        f"Geef per competentie aan op welk niveau u nu werkt (1-{framework.scale.maximum}, "
        "keuzelijst; leeg = weet ik niet), en rechts daarvan kort een voorbeeld uit uw werk. "
        f"Het werkblad '{assessment_sheet.INDICATOR_SHEET}' beschrijft elk niveau. De vragen "
        f"voor het gesprek staan op het werkblad '{layout.SHEET}'. Wijzig de kolomkoppen niet.",
    )
    row = assessment_sheet.HEADER_ROW + 1
    date_cell = ws.cell(row=row, column=3)
    date_cell.value = today
    date_cell.number_format = FORMAT_DATE
    put_text(ws, row, 4, employee.name)


def _questions_sheet(
    workbook: Workbook,
    employee: Employee,
    questions: Sequence[InterviewQuestion],
    conversation: str,
) -> None:
    ws = workbook.create_sheet(layout.SHEET, 1)  # right after the self-assessment
    workbook.active = 1
    title = f"Voorbereiding {conversation} – {employee.name}"
    put_text(ws, layout.TITLE_ROW, 1, title).font = TITLE_FONT
    put_text(ws, layout.NUMBER_ROW, 1, layout.NUMBER_LABEL).font = BOLD
    put_text(ws, layout.NUMBER_ROW, 2, employee.personnel_number)
    put_text(
        ws,
        layout.INSTRUCTION_ROW,
        1,
        "Schrijf in de kolom 'Uw voorbereiding' bij elke vraag kort uw antwoord, in uw eigen "
        "woorden; een vraag overslaan mag. Uw teamleider ziet uw antwoorden naast de eigen "
        "aantekeningen in het gesprek. Wijzig de codes en kolomkoppen niet.",
    ).alignment = WRAP
    ws.merge_cells(
        start_row=layout.INSTRUCTION_ROW, start_column=1,
        end_row=layout.INSTRUCTION_ROW, end_column=len(layout.HEADERS),
    )  # fmt: skip
    ws.row_dimensions[layout.INSTRUCTION_ROW].height = 45
    for column, header in enumerate(layout.HEADERS, start=1):
        cell = put_text(ws, layout.HEADER_ROW, column, header)
        cell.font = HEADER_FONT
        cell.fill = HEADER_FILL
    for row, question in enumerate(questions, start=layout.HEADER_ROW + 1):
        put_text(ws, row, 1, question.code)
        put_text(ws, row, 2, question.theme).alignment = WRAP
        put_text(ws, row, 3, question.text).alignment = WRAP
        ws.cell(row=row, column=4).alignment = WRAP
        ws.row_dimensions[row].height = 90
    for column, width in enumerate([8, 24, 48, 70], start=1):
        ws.column_dimensions[get_column_letter(column)].width = width
    ws.freeze_panes = ws.cell(row=layout.HEADER_ROW + 1, column=4)
