"""HRM-overzicht: the organisation for management. Group figures only, and every figure based on
fewer people than the privacy threshold is suppressed (see :mod:`privacy`)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Spacer, Table

from competentieplanner.reports import labels, privacy, styles
from competentieplanner.reports.data import (
    READINESS_ORDER,
    BudgetYear,
    FutureRow,
    HrmOverviewData,
    ShortfallGroup,
)
from competentieplanner.reports.styles import (
    STYLES,
    format_money,
    format_percent,
    para,
    table_style,
)
from competentieplanner.reports.templates import Bookmark, DocumentMeta, ReportDocument

TITLE = "HRM-overzicht"
#: A hidden entry in a table with totals. It is not written "< 5" there: a figure hidden only
#: so that a total does not give another one away may be 5 or more.
SUPPRESSED = "*"
_TOP = 10

Translate = Callable[[str], str]


def document_meta(
    *, organisation: str, reference_date: dt.date, language: str = labels.DEFAULT_LANGUAGE
) -> DocumentMeta:
    t = labels.translator(language)
    return DocumentMeta(
        title=t(TITLE),
        subject=t(
            "Ontwikkeling van beleidsadviseurs, tekorten in competenties en opleidingsbudget, "
            "peildatum {date}"
        ).format(date=labels.format_date(reference_date, language)),
        organisation=organisation,
        reference_date=reference_date,
        footer_note=t("Groepscijfers; kleine groepen zijn onderdrukt (privacy)"),
        keywords=(t("HRM"), t("strategische personeelsplanning"), t("opleidingsbudget")),
        language=language,
    )


def render_hrm_overview(
    target: Any,
    data: HrmOverviewData,
    *,
    organisation: str,
    reference_date: dt.date,
    language: str = labels.DEFAULT_LANGUAGE,
) -> None:
    meta = document_meta(
        organisation=organisation, reference_date=reference_date, language=language
    )
    doc = ReportDocument(target, meta)
    doc.build_pdf(hrm_overview_story(data, reference_date=reference_date, language=language))


def hrm_overview_story(
    data: HrmOverviewData, *, reference_date: dt.date, language: str = labels.DEFAULT_LANGUAGE
) -> list[Flowable]:
    t = labels.translator(language)
    threshold = data.privacy_min_group
    story: list[Flowable] = [
        para(t(TITLE), STYLES.title),
        para(
            t("Organisatiebreed · {count} medewerkers · peildatum {date}").format(
                count=data.organisation_size, date=labels.format_date(reference_date, language)
            ),
            STYLES.subtitle,
        ),
        Bookmark(t("Toekomstrichtingen beleidsadviseurs")),
    ]
    story += _futures_section(data, threshold, t)
    story += [Bookmark(t("Competenties die het vaakst tekortschieten"))]
    story += _shortfall_section(data.shortfalls, threshold, t)
    story += [Bookmark(t("Opleidingsbudget"))]
    story += _budget_section(data.budget_years, threshold, language)
    story += [Spacer(1, 4 * mm), para(_footnote(threshold, t), STYLES.small)]
    if data.unscored:
        note = t(
            "{count} medewerkers hebben nog geen vastgesteld niveau en tellen in de tekorten niet "
            "mee."
        )
        story.append(para(note.format(count=data.unscored), STYLES.small))
    return story


def small(threshold: int) -> str:
    """How a suppressed count is shown: ``< 5``."""
    return f"< {threshold}"


def _footnote(threshold: int, t: Translate) -> str:
    return t(
        "{small} en {suppressed}: onderdrukt: minder dan {threshold} personen (privacy). In "
        "tabellen met totalen staat {suppressed} ook bij een getal dat is weggelaten omdat het "
        "samen met het totaal een onderdrukt getal zou verraden. De drempel is een instelling "
        "(reports.privacy_min_group)."
    ).format(small=small(threshold), suppressed=SUPPRESSED, threshold=threshold)


def _futures_section(data: HrmOverviewData, threshold: int, t: Translate) -> list[Flowable]:
    out: list[Flowable] = [
        para(t("Beleidsadviseurs over de drie toekomstrichtingen"), STYLES.h1),
        # The rule itself is services.pdf_group_data.is_policy_advisor.
        para(
            t(
                "Als beleidsadviseur telt wie 'beleidsadviseur' of 'beleidsmedewerker' in de "
                "functienaam heeft, of wie zelf een van de drie toekomstrichtingen heeft gekozen "
                "(ook bijvoorbeeld een contractmanager die de richting aanbieders kiest)."
            ),
            STYLES.body,
        ),
    ]
    if not data.futures:
        out.append(
            para(t("Er zijn geen toekomstprofielen voor beleidsadviseurs vastgelegd."), STYLES.note)
        )
        return out
    grid = _futures_grid(data.futures)
    hidden = privacy.suppress_with_totals(grid, threshold)
    header = [
        t("Toekomstrichting"),
        *(t(r.value) for r in READINESS_ORDER),
        t("Totaal"),
        t("Gem. geschiktheid"),
    ]
    rows: list[list[Any]] = [[para(h, STYLES.cell_head) for h in header]]
    for r, future in enumerate(data.futures):
        cells = [_count(grid[r][c], hidden[r][c]) for c in range(len(grid[r]))]
        if future.mean_fit is None or grid[r][-1] == 0:
            mean = "–"
        elif hidden[r][-1]:
            mean = SUPPRESSED
        else:
            mean = format_percent(future.mean_fit)
        rows.append([para(future.name, STYLES.cell), *cells, mean])
    last = len(grid) - 1
    rows.append(
        [
            t("Totaal"),
            *(_count(grid[last][c], hidden[last][c]) for c in range(len(grid[last]))),
            "",
        ]
    )
    widths = [42 * mm, 18 * mm, 27 * mm, 16 * mm, 24 * mm, 16 * mm, 27 * mm]
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(table_style(right_columns=(1, 2, 3, 4, 5, 6), total_row=True))
    chosen = sum(f.chosen for f in data.futures)
    out += [
        table,
        para(
            t(
                "Iedereen telt één keer: bij de zelf gekozen toekomstrichting, anders bij de best "
                "passende. Zelf gekozen: {chosen} van {advisors}. Gereedheid per richting zoals "
                "in het ontwikkelplan (geschiktheid, dekking en kritische competenties)."
            ).format(
                chosen=_count_text(chosen, threshold),
                advisors=_count_text(data.advisors, threshold),
            ),
            STYLES.small,
        ),
    ]
    return out


def _futures_grid(futures: tuple[FutureRow, ...]) -> list[list[int]]:
    """Counts per future and readiness, with row and column totals (people are counted once)."""
    grid = [[row.counts.get(r, 0) for r in READINESS_ORDER] for row in futures]
    for row in grid:
        row.append(sum(row))
    grid.append([sum(row[c] for row in grid) for c in range(len(READINESS_ORDER) + 1)])
    return grid


def _count(value: int, hidden: bool) -> str:
    return SUPPRESSED if hidden else str(value)


def _count_text(value: int, threshold: int) -> str:
    return small(threshold) if privacy.is_small(value, threshold) else str(value)


def _shortfall_section(
    groups: tuple[ShortfallGroup, ...], threshold: int, t: Translate
) -> list[Flowable]:
    out: list[Flowable] = [
        CondPageBreak(50 * mm),
        para(t("Competenties die het vaakst tekortschieten"), STYLES.h1),
        para(
            t(
                "Per groep: hoeveel medewerkers onder het doelniveau zitten van hun eigen profiel "
                "(het gekozen toekomstprofiel, anders het best passende). Onbekend: het niveau is "
                "nog niet vastgesteld. De {top} competenties met de meeste tekorten."
            ).format(top=_TOP),
            STYLES.body,
        ),
    ]
    if not groups:
        out.append(para(t("Er zijn nog geen vastgestelde niveaus."), STYLES.note))
    for group in groups:
        size = _count_text(group.group_size, threshold)
        out.append(
            para(t("{group} ({count} medewerkers)").format(group=group.name, count=size), STYLES.h2)
        )
        if privacy.is_small(group.group_size, threshold):
            out.append(para(t("Groep te klein om cijfers te tonen (privacy)."), STYLES.note))
            continue
        header = (
            t("Competentie"),
            t("Onder doel"),
            t("Aandeel"),
            t("Waarvan kritisch"),
            t("Onbekend"),
        )
        rows: list[list[Any]] = [[para(h, STYLES.cell_head) for h in header]]
        lines = [line for line in group.lines if line.short > 0][:_TOP]
        for line in lines:
            share = (
                small(threshold)
                if privacy.is_small(line.short, threshold)
                else format_percent(100.0 * line.short / group.group_size)
            )
            rows.append(
                [
                    para(f"{line.code} {line.name}", STYLES.cell),
                    _count_text(line.short, threshold),
                    share,
                    _count_text(line.critical_short, threshold),
                    _count_text(line.unknown, threshold),
                ]
            )
        if len(rows) == 1:
            out.append(para(t("Niemand zit onder een doelniveau."), STYLES.note))
            continue
        table = Table(rows, colWidths=[78 * mm, 23 * mm, 23 * mm, 26 * mm, 20 * mm], repeatRows=1)
        table.setStyle(table_style(right_columns=(1, 2, 3, 4)))
        out.append(table)
    return out


def _budget_section(years: tuple[BudgetYear, ...], threshold: int, language: str) -> list[Flowable]:
    t = labels.translator(language)
    out: list[Flowable] = [
        CondPageBreak(50 * mm),
        para(t("Opleidingsbudget: gepland tegenover beschikbaar"), STYLES.h1),
        para(
            t(
                "Geplande kosten per eenheid en kwartaal uit de huidige ontwikkelplannen, voor "
                "zover de werkgever ze betaalt (IKB en A&O fonds niet), tegenover het budget van "
                "het jaar. Vervallen activiteiten tellen niet mee."
            ),
            STYLES.body,
        ),
    ]
    if not years:
        out.append(para(t("Er zijn geen budgetten en geen geplande kosten."), STYLES.note))
    for year in years:
        out.append(para(str(year.year), STYLES.h2))
        out.append(_budget_table(year, threshold, language))
    return out


def _budget_table(year: BudgetYear, threshold: int, language: str) -> Table:
    t = labels.translator(language)
    # grid of people (for suppression) and money, with totals in the last row and column
    people = [[*row.people, row.people_year] for row in year.rows]
    money = [[*row.quarters, sum(row.quarters, Decimal("0"))] for row in year.rows]
    people.append([_distinct_total(year, q) for q in range(4)] + [_distinct_total(year, None)])
    money.append([sum((m[c] for m in money), Decimal("0")) for c in range(5)])
    hidden = privacy.suppress_with_totals(people, threshold)
    quarters = [labels.quarter_name(number, language) for number in range(1, 5)]
    header = [t("Eenheid"), *quarters, t("Gepland"), t("Beschikbaar"), t("Resterend")]
    rows: list[list[Any]] = [header]
    total_available = Decimal("0")
    any_available = False
    units = [row.unit or t("(geen eenheid)") for row in year.rows]
    for r, unit in enumerate([*units, t("Totaal")]):
        if r < len(year.rows):
            available = year.rows[r].available
        else:
            available = total_available if any_available else None
        cells = [
            SUPPRESSED if hidden[r][c] else format_money(money[r][c], cents=False) for c in range(5)
        ]
        if available is None:
            available_text, rest = "–", ""
        else:
            available_text = format_money(available, cents=False)
            rest = (
                SUPPRESSED if hidden[r][4] else format_money(available - money[r][4], cents=False)
            )
        if r < len(year.rows) and available is not None:
            total_available += available
            any_available = True
        rows.append(
            [para(unit, STYLES.cell) if r < len(year.rows) else unit, *cells, available_text, rest]
        )
    table = Table(
        rows,
        colWidths=[44 * mm, 15 * mm, 15 * mm, 15 * mm, 15 * mm, 20 * mm, 24 * mm, 22 * mm],
        repeatRows=1,
    )
    commands = table_style(right_columns=tuple(range(1, 8)), total_row=True, font_size=7.8)
    for r in range(len(year.rows) + 1):
        available = year.rows[r].available if r < len(year.rows) else None
        if available is not None and not hidden[r][4] and money[r][4] > available:
            commands.add("TEXTCOLOR", (7, r + 1), (7, r + 1), styles.BELOW)
    table.setStyle(commands)
    return table


def _distinct_total(year: BudgetYear, quarter: int | None) -> int:
    """People behind a column total. Rows hold distinct people per unit and a person is in one
    unit, so the column's people add up over units."""
    if quarter is None:
        return sum(row.people_year for row in year.rows)
    return sum(row.people[quarter] for row in year.rows)
