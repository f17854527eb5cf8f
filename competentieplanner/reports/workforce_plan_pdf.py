"""PDF "Strategisch personeelsplan" for the management team: the formation of a scenario, the
gap per line, the cost and the measures (grow, recruit). Group figures only; a figure about
fewer people than the privacy threshold (or giving one away with a total) shows as "*"."""

from __future__ import annotations

from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table

from competentieplanner.atomic_write import write_atomically
from competentieplanner.domain.workforce_report import TITLE, ReportRow, StrategicPlanReport
from competentieplanner.reports.styles import (
    STYLES,
    format_date,
    format_money,
    format_number,
    para,
    table_style,
)
from competentieplanner.reports.templates import DocumentMeta, ReportDocument

HIDDEN = "*"


def write_strategic_plan(target: Path, report: StrategicPlanReport) -> Path:
    def write(handle: BinaryIO) -> None:
        render(handle, report)

    return write_atomically(target, write)


def render(target: Any, report: StrategicPlanReport) -> None:
    meta = DocumentMeta(
        title=TITLE,
        subject=f"{TITLE} {report.scenario} ({report.year}), peildatum "
        f"{format_date(report.reference_date)}",
        organisation=report.organisation,
        reference_date=report.reference_date,
        footer_note="Groepscijfers; kleine groepen zijn onderdrukt (privacy)",
        keywords=("strategische personeelsplanning", "formatie", report.scenario),
    )
    ReportDocument(target, meta).build_pdf(story(report))


def _fte(value: float, hide: bool = False) -> str:
    return HIDDEN if hide else format_number(value, 2)


def _money(value: Any, hide: bool = False) -> str:
    return HIDDEN if hide else format_money(value, cents=False)


def _cells(row: ReportRow) -> list[str]:
    return [
        _fte(row.wanted_fte),
        _fte(row.ready_now_fte, row.hide_ready),
        HIDDEN if row.hide_grown else str(row.grown_people),
        _fte(row.grown_fte, row.hide_grown),
        _fte(row.recruit_fte, row.hide_recruit),
        _money(row.training_cost, row.hide_grown),
        _money(row.recruit_cost, row.hide_recruit),
    ]


def story(report: StrategicPlanReport) -> list[Flowable]:
    status = (
        "Het plan is bewezen optimaal: geen goedkopere combinatie van groeien en werven."
        if report.status == "optimal"
        else "Het plan is het beste dat binnen de rekentijd is gevonden; het kan hoogstens "
        f"{format_money(report.bound_gap)} goedkoper."
    )
    settings = []
    if report.budget is not None:
        settings.append(f"opleidingsbudget {format_money(report.budget, cents=False)} per jaar")
    if report.respect_direction:
        settings.append("gekozen richting meegewogen")
    out: list[Flowable] = [
        para(TITLE, STYLES.title),
        para(
            f"{report.scenario} · doeljaar {report.year} · peildatum "
            f"{format_date(report.reference_date)}"
            + (" · " + ", ".join(settings) if settings else ""),
            STYLES.subtitle,
        ),
        para("Formatie, tekort en maatregelen", STYLES.h1),
    ]
    header = [
        "Profiel",
        "Eenheid",
        "Gewenst",
        "Nu inzetbaar",
        "Groeien (pers.)",
        "Gegroeid",
        "Werven",
        "Opleiding",
        "Werving",
    ]
    rows: list[list[Any]] = [[para(h, STYLES.cell_head) for h in header]]
    for row in report.rows:
        rows.append([para(row.profile, STYLES.cell), para(row.unit, STYLES.cell), *_cells(row)])
    rows.append(["Totaal", "", *_cells(report.total)])
    widths = [30 * mm, 30 * mm, 15 * mm, 17 * mm, 16 * mm, 16 * mm, 15 * mm, 20 * mm, 20 * mm]
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(table_style(right_columns=range(2, 9), total_row=True))
    total = report.total
    out += [
        table,
        Spacer(1, 3 * mm),
        para(
            f"Totale kosten {format_money(report.objective)}: opleiding "
            f"{_money(total.training_cost, total.hide_grown)}, werving "
            f"{_money(total.recruit_cost, total.hide_recruit)}"
            + (f", richtingboete {format_money(report.penalty)}" if report.penalty else "")
            + ". "
            + status,
            STYLES.body,
        ),
        para("Maatregelen", STYLES.h1),
        para(
            "Groeien: medewerkers die met het opleidingspad van de planner uiterlijk in het "
            "doeljaar inzetbaar zijn, vullen de formatie; HR maakt er ontwikkelplannen van. "
            "Werven: wat daarna ontbreekt. Wie uit een functie gaat die minder nodig is, is een "
            "gevolg om te bespreken, geen besluit van dit plan.",
            STYLES.body,
        ),
        Spacer(1, 3 * mm),
        para(
            f"{HIDDEN}: onderdrukt: minder dan {report.threshold} personen, of een getal dat samen "
            "met het totaal een onderdrukt getal zou verraden (privacy). Dit overzicht bevat "
            "geen namen.",
            STYLES.small,
        ),
    ]
    return out
