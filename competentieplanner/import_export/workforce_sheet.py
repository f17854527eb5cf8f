"""The management sheet "Strategisch personeelsplan": per formation line wanted, ready now,
grown, recruit and cost, group figures only; a hidden figure is written as "*"."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from openpyxl import Workbook

from competentieplanner.domain.workforce_report import TITLE, ReportRow, StrategicPlanReport
from competentieplanner.import_export.xlsx_writer import (
    BOLD,
    FORMAT_DECIMAL,
    FORMAT_INTEGER,
    FORMAT_MONEY,
    TITLE_FONT,
    atomic_output,
    header_cells,
    set_widths,
    styled,
    text,
    text_cell,
)

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


def write_strategic_plan(target: Path, report: StrategicPlanReport) -> None:
    workbook = Workbook(write_only=True)
    ws = workbook.create_sheet(SHEET)
    set_widths(ws, (26, 26, 14, 16, 16, 14, 14, 16, 16))
    ws.append([text_cell(ws, f"{TITLE} · {report.scenario} ({report.year})", font=TITLE_FONT)])
    status = "optimaal" if report.status == "optimal" else f"{report.status}, niet bewezen optimaal"
    ws.append(
        [
            text(
                ws,
                f"{report.organisation} · peildatum {report.reference_date:%d-%m-%Y} · plan "
                f"{status}",
            )
        ]
    )
    ws.append([])
    ws.append(header_cells(ws, HEADERS))
    for row in report.rows:
        ws.append(_row(ws, row))
    total = _row(ws, report.total)
    total[0] = text_cell(ws, report.total.profile, font=BOLD)
    ws.append(total)
    ws.append([])
    ws.append([text(ws, "Totale kosten"), styled(ws, float(report.objective), FORMAT_MONEY)])
    if report.penalty:
        ws.append(
            [text(ws, "waarvan richtingboete"), styled(ws, float(report.penalty), FORMAT_MONEY)]
        )
    ws.append(
        [
            text(
                ws,
                f"{HIDDEN} = onderdrukt: minder dan {report.threshold} personen, of een getal dat "
                "samen met het totaal een onderdrukt getal zou verraden (privacy). Geen namen.",
            )
        ]
    )
    with atomic_output(target) as temporary:
        workbook.save(temporary)


def _row(ws: Any, row: ReportRow) -> list[Any]:
    def fte(value: float, hide: bool) -> Any:
        return text(ws, HIDDEN) if hide else styled(ws, value, FORMAT_DECIMAL)

    def euro(value: object, hide: bool) -> Any:
        return text(ws, HIDDEN) if hide else styled(ws, float(value), FORMAT_MONEY)  # type: ignore[arg-type]

    return [
        text(ws, row.profile),
        text(ws, row.unit),
        styled(ws, row.wanted_fte, FORMAT_DECIMAL),
        fte(row.ready_now_fte, row.hide_ready),
        text(ws, HIDDEN) if row.hide_grown else styled(ws, row.grown_people, FORMAT_INTEGER),
        fte(row.grown_fte, row.hide_grown),
        fte(row.recruit_fte, row.hide_recruit),
        euro(row.training_cost, row.hide_grown),
        euro(row.recruit_cost, row.hide_recruit),
    ]
