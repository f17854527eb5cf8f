"""PDF "Strategisch personeelsplan" for the management team: the formation of a scenario, the
gap per line, the cost and the measures (grow, recruit). Group figures only; a figure about
fewer people than the privacy threshold (or giving one away with a total) shows as "*"."""

from __future__ import annotations

from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Spacer, Table

from competentieplanner.atomic_write import write_atomically
from competentieplanner.domain.workforce_report import TITLE, ReportRow, StrategicPlanReport
from competentieplanner.reports import fonts, labels
from competentieplanner.reports.styles import (
    STYLES,
    format_money,
    format_number,
    para,
    table_style,
)
from competentieplanner.reports.templates import DocumentMeta, ReportDocument

HIDDEN = "*"
MEASURES = (
    "Groeien: medewerkers die met het opleidingspad van de planner uiterlijk in het doeljaar "
    "inzetbaar zijn, vullen de formatie; HR maakt er ontwikkelplannen van. Werven: wat daarna "
    "ontbreekt. Wie uit een functie gaat die minder nodig is, is een gevolg om te bespreken, "
    "geen besluit van dit plan."
)
SUPPRESSED = (
    "{mark}: onderdrukt: minder dan {threshold} personen, of een getal dat samen met het totaal "
    "een onderdrukt getal zou verraden (privacy). Dit overzicht bevat geen namen."
)


def write_strategic_plan(
    target: Path, report: StrategicPlanReport, language: str = labels.DEFAULT_LANGUAGE
) -> Path:
    def write(handle: BinaryIO) -> None:
        render(handle, report, language)

    return write_atomically(target, write)


def render(
    target: Any, report: StrategicPlanReport, language: str = labels.DEFAULT_LANGUAGE
) -> None:
    t = labels.translator(language)
    meta = DocumentMeta(
        title=t(TITLE),
        subject=t("{title} {scenario} ({year}), peildatum {date}").format(
            title=t(TITLE),
            scenario=report.scenario,
            year=report.year,
            date=labels.format_date(report.reference_date, language),
        ),
        organisation=report.organisation,
        reference_date=report.reference_date,
        footer_note=t("Groepscijfers; kleine groepen zijn onderdrukt (privacy)"),
        keywords=(t("strategische personeelsplanning"), t("formatie"), report.scenario),
        language=language,
    )
    ReportDocument(target, meta).build_pdf(story(report, language))


#: The header of the wide table, a little smaller so no header word has to be split.
_HEAD = ParagraphStyle("spp_head", parent=STYLES.cell_head, fontSize=7.0, leading=8.4)
_WIDTH = 170 * mm  # the page frame
_PADDING = 8  # points: the table's left and right cell padding together


def _widths(header: list[str], figures: list[list[str]]) -> list[float]:
    """Each figure column as wide as its longest header word or figure (in this language), the
    profile and unit columns sharing what is left."""

    def needed(column: int) -> float:
        words = [w for w in header[column].split() if w]
        head = max(float(stringWidth(w, fonts.BOLD, _HEAD.fontSize)) for w in words)
        # bold: the total row is printed bold
        cells = [
            float(stringWidth(f[column - 2], fonts.BOLD, STYLES.cell.fontSize)) for f in figures
        ]
        return max(head, *cells) + _PADDING

    numbers = [needed(column) for column in range(2, len(header))]
    rest = max(_WIDTH - sum(numbers), 50 * mm)
    return [rest * 0.6, rest * 0.4, *numbers]


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


def story(report: StrategicPlanReport, language: str = labels.DEFAULT_LANGUAGE) -> list[Flowable]:
    t = labels.translator(language)
    status = (
        t("Het plan is bewezen optimaal: geen goedkopere combinatie van groeien en werven.")
        if report.status == "optimal"
        else t(
            "Het plan is het beste dat binnen de rekentijd is gevonden; het kan hoogstens "
            "{amount} goedkoper."
        ).format(amount=format_money(report.bound_gap))
    )
    settings = []
    if report.budget is not None:
        settings.append(
            t("opleidingsbudget {amount} per jaar").format(
                amount=format_money(report.budget, cents=False)
            )
        )
    if report.respect_direction:
        settings.append(t("gekozen richting meegewogen"))
    out: list[Flowable] = [
        para(t(TITLE), STYLES.title),
        para(
            t("{scenario} · doeljaar {year} · peildatum {date}").format(
                scenario=report.scenario,
                year=report.year,
                date=labels.format_date(report.reference_date, language),
            )
            + (" · " + ", ".join(settings) if settings else ""),
            STYLES.subtitle,
        ),
        para(t("Formatie, tekort en maatregelen"), STYLES.h1),
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
    header = [t(h) for h in header]
    rows: list[list[Any]] = [[para(h, _HEAD) for h in header]]
    figures = [_cells(row) for row in (*report.rows, report.total)]
    for row in report.rows:
        # the profile is the organisation's own name; the whole organisation is our word
        rows.append([para(row.profile, STYLES.cell), para(t(row.unit), STYLES.cell), *_cells(row)])
    rows.append([t("Totaal"), "", *_cells(report.total)])
    table = Table(rows, colWidths=_widths(header, figures), repeatRows=1)
    table.setStyle(table_style(right_columns=range(2, 9), total_row=True))
    total = report.total
    out += [
        table,
        Spacer(1, 3 * mm),
        para(
            t("Totale kosten {total}: opleiding {training}, werving {recruitment}").format(
                total=format_money(report.objective),
                training=_money(total.training_cost, total.hide_grown),
                recruitment=_money(total.recruit_cost, total.hide_recruit),
            )
            + (
                t(", richtingboete {amount}").format(amount=format_money(report.penalty))
                if report.penalty
                else ""
            )
            + ". "
            + status,
            STYLES.body,
        ),
        para(t("Maatregelen"), STYLES.h1),
        para(t(MEASURES), STYLES.body),
        Spacer(1, 3 * mm),
        para(
            t(SUPPRESSED).format(mark=HIDDEN, threshold=report.threshold),
            STYLES.small,
        ),
    ]
    return out
