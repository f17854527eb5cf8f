"""The inzage export as a workbook: one sheet per kind of data, one row per stored record.

Sheet names are the Dutch section titles (cut to Excel's 31 characters); the first sheet says
whose data it is and what the tool never stores. Text is always literal (no formulas).
"""

from __future__ import annotations

from pathlib import Path

from competentieplanner.atomic_write import atomic_output, check_target
from competentieplanner.domain.inzage import NOT_STORED, InzageDocument
from competentieplanner.import_export.xlsx_writer import ExportBook, Text

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
    target = check_target(out)
    with atomic_output(target) as temporary, ExportBook(temporary) as book:
        summary = book.sheet(SUMMARY_SHEET, widths=[28, 90])
        for label, value in (
            ("Naam", doc.name),
            ("Personeelsnummer", doc.personnel_number),
            ("Organisatie", doc.organisation),
            ("Opgemaakt op", doc.generated_on.strftime("%d-%m-%Y")),
            ("Niet opgeslagen", NOT_STORED),
        ):
            summary.append([Text(label, book.bold), value])
        used = {SUMMARY_SHEET}
        for section in doc.sections:
            labels: list[str] = []
            for record in section.records:
                for label, _ in record:
                    if label not in labels:
                        labels.append(label)
            sheet = book.sheet(
                _sheet_name(section.title, used), widths=[24] * max(1, len(labels)),
                headers=labels,
            )
            if not section.records:
                sheet.append(["Hierover is niets over u opgeslagen."])
                continue
            sheet.headers(labels)
            for record in section.records:
                values = dict(record)
                sheet.append([str(values.get(label, "")) for label in labels])
    return target
