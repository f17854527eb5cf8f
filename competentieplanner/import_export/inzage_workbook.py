"""The inzage export as a workbook: one sheet per kind of data, one row per stored record.

Sheet names are the Dutch section titles (cut to Excel's 31 characters); the first sheet says
whose data it is and what the tool never stores. Text is always literal (no formulas).
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook

from competentieplanner.domain.inzage import NOT_STORED, InzageDocument
from competentieplanner.import_export import xlsx_writer as xw

SUMMARY_SHEET = "Inzage"


def _sheet_name(title: str, used: set[str]) -> str:
    name = "".join(c for c in title if c not in "[]:*?/\\")[:31].strip()
    base, n = name, 2
    while name in used:
        name = f"{base[:28]} {n}"
        n += 1
    used.add(name)
    return name


def write_inzage_workbook(out: Path, doc: InzageDocument) -> Path:
    """Write the workbook atomically to ``out`` and return the path."""
    target = xw.check_target(out)
    workbook = Workbook(write_only=True)
    summary = workbook.create_sheet(SUMMARY_SHEET)
    xw.set_widths(summary, [28, 90])
    for label, value in (
        ("Naam", doc.name),
        ("Personeelsnummer", doc.personnel_number),
        ("Organisatie", doc.organisation),
        ("Opgemaakt op", doc.generated_on.strftime("%d-%m-%Y")),
        ("Niet opgeslagen", NOT_STORED),
    ):
        summary.append([xw.text_cell(summary, label, font=xw.BOLD), xw.text(summary, value)])
    used = {SUMMARY_SHEET}
    for section in doc.sections:
        sheet = workbook.create_sheet(_sheet_name(section.title, used))
        labels: list[str] = []
        for record in section.records:
            for label, _ in record:
                if label not in labels:
                    labels.append(label)
        xw.set_widths(sheet, [24] * max(1, len(labels)))
        if not section.records:
            sheet.append([xw.text(sheet, "Hierover is niets over u opgeslagen.")])
            continue
        sheet.append(xw.header_cells(sheet, labels))
        for record in section.records:
            values = dict(record)
            sheet.append([xw.text(sheet, values.get(label, "")) for label in labels])
    with xw.atomic_output(target) as temporary:
        workbook.save(temporary)
    return target
