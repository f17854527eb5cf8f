"""The management sheet "Strategisch personeelsplan": per formation line wanted, ready now,
grown, recruit and cost, group figures only; a hidden figure is written as "*"."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from competentieplanner.atomic_write import atomic_output
from competentieplanner.domain.workforce_report import TITLE, ReportRow, StrategicPlanReport
from competentieplanner.import_export.xlsx_writer import FORMAT_MONEY, ExportBook, Text

SHEET = "Strategisch personeelsplan"
HIDDEN = "*"
HEADERS = [
    "Profiel",
    "Eenheid",
    "Gewenst (FTE)",
    "Nu inzetbaar (FTE)",
    "Groeien (personen)",
    "Gegroeid (FTE)",
    "Werven (FTE)",
    "Opleidingskosten",
    "Wervingskosten",
]
#: The table's header row (zero-based): below the title, the status line and a blank row.
HEADER_ROW = 3


def write_strategic_plan(target: Path, report: StrategicPlanReport) -> None:
    with atomic_output(target) as temporary, ExportBook(temporary) as book:
        sheet = book.sheet(
            SHEET, widths=(26, 26, 14, 16, 16, 14, 14, 16, 16), headers=HEADERS,
            header_row=HEADER_ROW, name_columns=2,
        )
        money = book.number(FORMAT_MONEY)
        sheet.append([Text(f"{TITLE} · {report.scenario} ({report.year})", book.title)])
        status = (
            "optimaal" if report.status == "optimal" else f"{report.status}, niet bewezen optimaal"
        )
        sheet.append(
            [
                f"{report.organisation} · peildatum {report.reference_date:%d-%m-%Y} · plan "
                f"{status}"
            ]
        )
        sheet.skip()
        sheet.headers(HEADERS)
        for row in report.rows:
            sheet.append(_row(book, row))
        total = _row(book, report.total)
        total[0] = Text(report.total.profile, book.bold)
        sheet.append(total)
        sheet.skip()
        sheet.append(["Totale kosten", (float(report.objective), money)])
        if report.penalty:
            sheet.append(["waarvan richtingboete", (float(report.penalty), money)])
        sheet.append(
            [
                f"{HIDDEN} = onderdrukt: minder dan {report.threshold} personen, of een getal dat "
                "samen met het totaal een onderdrukt getal zou verraden (privacy). Geen namen."
            ]
        )


def _row(book: ExportBook, row: ReportRow) -> list[Any]:
    decimal, whole, money = book.number("0.00"), book.number("0"), book.number(FORMAT_MONEY)

    def fte(value: float, hide: bool) -> Any:
        return HIDDEN if hide else (value, decimal)

    def euro(value: object, hide: bool) -> Any:
        return HIDDEN if hide else (float(value), money)  # type: ignore[arg-type]

    return [
        row.profile,
        row.unit,
        (row.wanted_fte, decimal),
        fte(row.ready_now_fte, row.hide_ready),
        HIDDEN if row.hide_grown else (row.grown_people, whole),
        fte(row.grown_fte, row.hide_grown),
        fte(row.recruit_fte, row.hide_recruit),
        euro(row.training_cost, row.hide_grown),
        euro(row.recruit_cost, row.hide_recruit),
    ]
