"""Teamoverzicht: a unit against its profile(s) (heatmap, coverage, readiness) and its plan and
budget, optionally followed by every member's Ontwikkelplan (the batch document)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator
from decimal import Decimal
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, PageBreak, Spacer, Table

from competentieplanner.reports import development_plan, labels, styles
from competentieplanner.reports.charts import Heatmap, HeatRow
from competentieplanner.reports.data import (
    READINESS_ORDER,
    BudgetLine,
    DevelopmentPlanData,
    TeamOverviewData,
    TeamPlanLine,
    TeamProfileView,
    TeamRegistrationLine,
)
from competentieplanner.reports.styles import (
    STYLES,
    format_hours,
    format_money,
    markup,
    para,
    para_markup,
    table_style,
)
from competentieplanner.reports.templates import (
    Bookmark,
    Callback,
    DocumentMeta,
    ReportDocument,
    SetRunningTitle,
)

TITLE = "Teamoverzicht"
_NAMES_SHOWN = 6

Translate = Callable[[str], str]


def document_meta(
    data: TeamOverviewData,
    *,
    organisation: str,
    reference_date: dt.date,
    with_plans: bool,
    language: str = labels.DEFAULT_LANGUAGE,
) -> DocumentMeta:
    t = labels.translator(language)
    subject = f"{t(TITLE)} {data.unit}" + (
        t(" met de ontwikkelplannen van de medewerkers") if with_plans else ""
    )
    date = labels.format_date(reference_date, language)
    return DocumentMeta(
        title=f"{t(TITLE)} {data.unit}",
        subject=subject + t(", peildatum {date}").format(date=date),
        organisation=organisation,
        reference_date=reference_date,
        footer_note=t("Vertrouwelijk – alleen voor teamleider en HR"),
        keywords=(t("teamoverzicht"), t("competenties"), t("ontwikkelplan")),
        language=language,
    )


def render_team_report(
    target: Any,
    data: TeamOverviewData,
    plans: Iterable[DevelopmentPlanData],
    *,
    organisation: str,
    reference_date: dt.date,
    plan_count: int,
    on_progress: Callable[[int], None] | None = None,
    language: str = labels.DEFAULT_LANGUAGE,
) -> None:
    """Write the team overview followed by the ``plan_count`` plans in ``plans``.

    ``on_progress(done)`` is called when the overview (done=1) and each plan (done=2, 3, ...)
    has been laid out; it may raise to stop the build.
    """
    meta = document_meta(
        data,
        organisation=organisation,
        reference_date=reference_date,
        with_plans=plan_count > 0,
        language=language,
    )
    doc = ReportDocument(target, meta)
    story: list[Flowable] = [Bookmark(meta.title)]
    story += team_overview_story(data, reference_date=reference_date, language=language)
    if on_progress is not None:
        story.append(Callback(lambda: on_progress(1)))
    story += list(_plans_story(plans, reference_date, on_progress, language))
    doc.build_pdf(story)


def _plans_story(
    plans: Iterable[DevelopmentPlanData],
    reference_date: dt.date,
    on_progress: Callable[[int], None] | None,
    language: str,
) -> Iterator[Flowable]:
    title = labels.translator(language)(development_plan.TITLE)
    for done, plan in enumerate(plans, start=2):
        yield PageBreak()
        yield SetRunningTitle(f"{title} {plan.name}")
        yield Bookmark(f"{plan.sort_name} ({plan.personnel_number})")
        yield from development_plan.development_plan_story(
            plan, reference_date=reference_date, language=language
        )
        if on_progress is not None:
            yield Callback(lambda done=done: on_progress(done))  # type: ignore[misc]


def team_overview_story(
    data: TeamOverviewData, *, reference_date: dt.date, language: str = labels.DEFAULT_LANGUAGE
) -> list[Flowable]:
    t = labels.translator(language)
    story: list[Flowable] = [
        para(t(TITLE), STYLES.title),
        para(data.unit, STYLES.subtitle),
        _details(data, reference_date, language),
        Spacer(1, 3 * mm),
    ]
    story += _readiness_section(data, t)
    for view in data.profiles:
        story += _profile_section(view, language)
    story += _registrations_section(data, reference_date, language)
    story += _plan_section(data.plan_lines, language)
    story += _budget_section(data.budget, t)
    return story


def _details(data: TeamOverviewData, reference_date: dt.date, language: str) -> Table:
    t = labels.translator(language)
    label, value = STYLES.label, STYLES.cell_bold
    rows = [
        [
            para(t("Eenheid"), label),
            para(data.unit, value),
            para(t("Soort"), label),
            para(t(data.kind), value),
        ],
        [
            para(t("Onderdeel van"), label),
            para(data.parent or "—", value),
            para(t("Teamleider"), label),
            para(data.team_lead or "—", value),
        ],
        [
            para(t("Medewerkers"), label),
            para(str(data.member_count), value),
            para(t("Peildatum"), label),
            para(labels.format_date(reference_date, language), value),
        ],
    ]
    table = Table(rows, colWidths=[32 * mm, 53 * mm, 32 * mm, 53 * mm])
    table.setStyle(table_style(header_rows=0, zebra=False))
    return table


def _reason(view: TeamProfileView, t: Translate) -> str:
    """Why the profile is shown: the unit's own, or relevant for some members."""
    if view.chosen_by is None:
        return t("profiel van de eenheid")
    return t("relevant voor {count} medewerkers, {chosen} daarvan gekozen").format(
        count=len(view.members), chosen=view.chosen_by
    )


def _readiness_section(data: TeamOverviewData, t: Translate) -> list[Flowable]:
    out: list[Flowable] = [para(t("Gereedheid per profiel"), STYLES.h1)]
    if not data.profiles:
        out.append(
            para(
                t(
                    "Er is geen profiel om het team aan te meten: de eenheid heeft geen "
                    "teamprofiel en geen medewerker heeft een toekomstprofiel gekozen of "
                    "vastgestelde niveaus."
                ),
                STYLES.note,
            )
        )
        return out
    header = [t("Profiel"), *(t(r.value) for r in READINESS_ORDER), t("Totaal")]
    rows: list[list[Any]] = [[para(h, STYLES.cell_head) for h in header]]
    for view in data.profiles:
        counts = view.readiness_counts
        rows.append(
            [
                para_markup(
                    markup(
                        "{n}<br/><font size=7 color='#5B6773'>{r}</font>",
                        n=view.name,
                        r=_reason(view, t),
                    ),
                    STYLES.cell,
                ),
                *(str(counts[r]) for r in READINESS_ORDER),
                str(len(view.members)),
            ]
        )
    table = Table(
        rows, colWidths=[58 * mm, 19 * mm, 27 * mm, 17 * mm, 31 * mm, 18 * mm], repeatRows=1
    )
    table.setStyle(table_style(right_columns=(1, 2, 3, 4, 5)))
    out.append(table)
    if data.unscored:
        out.append(
            para(
                t("Zonder vastgestelde niveaus (niet in de tabellen): {names}.").format(
                    names=_names(data.unscored, t)
                ),
                STYLES.small,
            )
        )
    return out


def _profile_section(view: TeamProfileView, language: str) -> list[Flowable]:
    t = labels.translator(language)
    heading = para_markup(
        markup(t("Competenties tegen het profiel {name}"), name=view.name)
        + markup(' <font size="9" color="#5B6773">({reason})</font>', reason=_reason(view, t)),
        STYLES.h1,
    )
    heatmap = Heatmap(
        [code for code, _, _, _ in view.competencies],
        [target for _, _, target, _ in view.competencies],
        [critical for _, _, _, critical in view.competencies],
        [
            HeatRow(member.sort_name, member.levels, t(member.readiness.value))
            for member in view.members
        ],
        width=170 * mm,
        note_title=t("Gereedheid"),
        language=language,
    )
    out: list[Flowable] = [CondPageBreak(60 * mm), heading, heatmap, Spacer(1, 3 * mm)]
    rows: list[list[Any]] = [
        [t("Competentie"), t("Doel"), t("Aantal"), t("Gehaald door"), t("Let op")]
    ]
    for line in view.coverage:
        name = markup("<b>{code}</b> {name}", code=line.code, name=line.name)
        if line.critical:
            name += markup(' <font color="#C8741E">{word}</font>', word=t("(kritisch)"))
        rows.append(
            [
                para_markup(name, STYLES.cell),
                str(line.target),
                str(len(line.covered_by)),
                para(_names(line.covered_by, t) or t("niemand"), STYLES.cell_small),
                para(t(line.risk), STYLES.cell_bold) if line.risk else "",
            ]
        )
    table = Table(rows, colWidths=[55 * mm, 11 * mm, 14 * mm, 69 * mm, 21 * mm], repeatRows=1)
    commands = table_style(right_columns=(1, 2))
    for index, line in enumerate(view.coverage, start=1):
        if line.risk:
            commands.add("TEXTCOLOR", (4, index), (4, index), styles.BELOW)
    table.setStyle(commands)
    out += [
        CondPageBreak(35 * mm),
        para(t("Dekking per competentie"), STYLES.h2),
        table,
        para(
            t(
                "Dekking: wie het doelniveau haalt. Eén persoon is een continuïteitsrisico (wie "
                "vertrekt, neemt de kennis mee); niet gedekt betekent dat niemand in het team het "
                "doel haalt."
            ),
            STYLES.small,
        ),
    ]
    return out


def _registrations_section(
    data: TeamOverviewData, reference_date: dt.date, language: str
) -> list[Flowable]:
    """What expired or expires within 90 days; nothing for a team without registrations."""
    if not data.registrations_held:
        return []
    t = labels.translator(language)
    out: list[Flowable] = [
        CondPageBreak(35 * mm),
        para(t("Registraties en certificaten die verlopen"), STYLES.h1),
    ]
    lines: tuple[TeamRegistrationLine, ...] = data.registrations
    if not lines:
        out.append(
            para(t("Geen registratie of certificaat verloopt in de komende 90 dagen."), STYLES.note)
        )
        return out
    header = ("Medewerker", "Registratie of certificaat", "Nummer", "Geldig tot en met", "Stand")
    rows: list[list[Any]] = [[para(t(h), STYLES.cell_head) for h in header]]
    for line in lines:
        days = (line.valid_until - reference_date).days
        state = t("verlopen") if line.expired else t("nog {days} dagen").format(days=days)
        rows.append(
            [
                para(line.member, STYLES.cell),
                para(line.kind, STYLES.cell),
                para(line.number, STYLES.cell_small),
                f"{line.valid_until:%d-%m-%Y}",
                para(state, STYLES.cell),
            ]
        )
    table = Table(rows, colWidths=[42 * mm, 50 * mm, 34 * mm, 20 * mm, 24 * mm], repeatRows=1)
    commands = table_style()
    for index, line in enumerate(lines, start=1):
        if line.expired:
            commands.add("TEXTCOLOR", (4, index), (4, index), styles.BELOW)
    table.setStyle(commands)
    out += [
        table,
        para(
            t(
                "Verlopen en binnen 90 dagen na de peildatum verlopend. Een bevoegdheid die een "
                "geldige registratie vraagt, geldt niet meer zodra die verloopt."
            ),
            STYLES.small,
        ),
    ]
    return out


def _plan_section(lines: tuple[TeamPlanLine, ...], language: str) -> list[Flowable]:
    t = labels.translator(language)
    out: list[Flowable] = [
        CondPageBreak(40 * mm),
        para(t("Opleidingsplan van het team"), STYLES.h1),
    ]
    if not lines:
        out.append(para(t("Er zijn geen leeractiviteiten gepland."), STYLES.note))
        return out
    header = ("Kwartaal", "Medewerker", "Activiteit", "Uren", "Kosten", "Financiering", "Status")
    rows: list[list[Any]] = [[t(h) for h in header]]
    for line in lines:
        rows.append(
            [
                labels.quarter(line.quarter, language),
                para(line.member, STYLES.cell),
                para(line.title, STYLES.cell),
                format_hours(line.hours),
                format_money(line.cost, cents=False),
                t(line.funding),
                t(line.status),
            ]
        )
    hours = sum(line.hours for line in lines)
    cost = sum((line.cost for line in lines), Decimal("0"))
    rows.append([t("Totaal"), "", "", format_hours(hours), format_money(cost, cents=False), "", ""])
    table = Table(
        rows,
        colWidths=[16 * mm, 34 * mm, 50 * mm, 11 * mm, 18 * mm, 22 * mm, 19 * mm],
        repeatRows=1,
    )
    table.setStyle(table_style(right_columns=(3, 4), total_row=True, font_size=7.8))
    out.append(table)
    out.append(
        para(
            t("Uit de huidige (laatste) ontwikkelplannen; vervallen activiteiten tellen niet mee."),
            STYLES.small,
        )
    )
    return out


def _budget_section(budget: tuple[BudgetLine, ...], t: Translate) -> list[Flowable]:
    out: list[Flowable] = [CondPageBreak(30 * mm), para(t("Budget"), STYLES.h1)]
    if not budget:
        out.append(para(t("Er is geen opleidingsbudget vastgelegd en niets gepland."), STYLES.note))
        return out
    header = (
        t("Jaar"),
        t("Beschikbaar"),
        t("Gepland (werkgever)"),
        t("Resterend"),
        t("Overige financiering (IKB, A&O fonds)"),
    )
    rows: list[list[Any]] = [[para(h, STYLES.cell_head) for h in header]]
    for line in budget:
        available = (
            t("niet vastgelegd")
            if line.available is None
            else format_money(line.available, cents=False)
        )
        rest = (
            ""
            if line.available is None
            else format_money(line.available - line.planned_employer, cents=False)
        )
        rows.append(
            [
                str(line.year),
                available,
                format_money(line.planned_employer, cents=False),
                rest,
                format_money(line.planned_other, cents=False),
            ]
        )
    table = Table(rows, colWidths=[18 * mm, 34 * mm, 38 * mm, 32 * mm, 48 * mm], repeatRows=1)
    commands = table_style(right_columns=(1, 2, 3, 4))
    for index, line in enumerate(budget, start=1):
        if line.available is not None and line.planned_employer > line.available:
            commands.add("TEXTCOLOR", (3, index), (3, index), styles.BELOW)
    table.setStyle(commands)
    out += [
        table,
        para(
            t(
                "Het opleidingsbudget draagt de kosten die de werkgever betaalt; activiteiten "
                "uit het IKB of met een bijdrage van het A&O fonds staan apart."
            ),
            STYLES.small,
        ),
    ]
    return out


def _names(names: tuple[str, ...], t: Translate) -> str:
    if len(names) <= _NAMES_SHOWN:
        return "; ".join(names)
    rest = t(" en {count} anderen").format(count=len(names) - _NAMES_SHOWN)
    return "; ".join(names[:_NAMES_SHOWN]) + rest
