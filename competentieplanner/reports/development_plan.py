"""Ontwikkelplan: one person's fit, gaps, agreed plan, interview, authorities and signatures.

:func:`development_plan_story` returns the flowables for one person so the team report can put
many plans in one document; :func:`render_development_plan` writes a document with just one.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer, Table

from competentieplanner.reports import styles
from competentieplanner.reports.charts import LevelBars, RadarChart
from competentieplanner.reports.data import (
    AuthorityLine,
    DevelopmentPlanData,
    GapLine,
    InterviewSummary,
    PlanSummary,
    ProfileFit,
)
from competentieplanner.reports.styles import (
    STYLES,
    esc,
    format_date,
    format_hours,
    format_money,
    format_percent,
    layout_style,
    markup,
    para,
    para_markup,
    table_style,
)
from competentieplanner.reports.templates import DocumentMeta, ReportDocument

CONTENT_WIDTH = 170 * mm
TITLE = "Ontwikkelplan"


def document_meta(
    data: DevelopmentPlanData, *, organisation: str, reference_date: dt.date
) -> DocumentMeta:
    return DocumentMeta(
        title=f"{TITLE} {data.name}",
        subject=(
            f"Persoonlijk ontwikkelplan van {data.name} ({data.personnel_number}), "
            f"peildatum {format_date(reference_date)}"
        ),
        organisation=organisation,
        reference_date=reference_date,
        footer_note="Vertrouwelijk – personeelsdossier",
        keywords=("ontwikkelplan", "POP", "competenties"),
    )


def render_development_plan(
    target: Any, data: DevelopmentPlanData, *, organisation: str, reference_date: dt.date
) -> None:
    """Write a PDF with the Ontwikkelplan of one person to ``target`` (path or binary file)."""
    doc = ReportDocument(
        target, document_meta(data, organisation=organisation, reference_date=reference_date)
    )
    doc.build_pdf(development_plan_story(data, reference_date=reference_date))


def development_plan_story(data: DevelopmentPlanData, *, reference_date: dt.date) -> list[Flowable]:
    story: list[Flowable] = [
        para(TITLE, STYLES.title),
        para(
            data.name + (f" · gericht op {data.focus_profile}" if data.focus_profile else ""),
            STYLES.subtitle,
        ),
        _details(data, reference_date),
        Spacer(1, 4 * mm),
    ]
    story += _fit_section(data)
    story += _gaps_section(data.gaps, has_profiles=bool(data.fits))
    story += _plan_section(data.plan)
    story += _interview_section(data.interview)
    story += _authorities_section(data.authorities_held, data.authorities_next)
    story += _registrations_section(data.registrations)
    story.append(_signatures(data))
    return story


# -- sections -------------------------------------------------------------------------------------
def _details(data: DevelopmentPlanData, reference_date: dt.date) -> Table:
    plan = data.plan
    plan_status = (
        f"{plan.status} ({styles.format_short_date(plan.created_on)})" if plan else "nog geen plan"
    )
    label, value = STYLES.label, STYLES.cell_bold
    rows = [
        [
            para("Naam", label),
            para(data.name, value),
            para("Personeelsnummer", label),
            para(data.personnel_number, value),
        ],
        [
            para("Eenheid", label),
            para(data.unit or "—", value),
            para("Functie", label),
            para(data.job_title or "—", value),
        ],
        [
            para("Teamleider", label),
            para(data.team_lead or "—", value),
            para("Peildatum", label),
            para(format_date(reference_date), value),
        ],
        [
            para("Gekozen toekomstprofiel", label),
            para(data.chosen_profile or "nog niet gekozen", value),
            para("Ontwikkelplan", label),
            para(plan_status, value),
        ],
    ]
    table = Table(rows, colWidths=[36 * mm, 52 * mm, 32 * mm, 50 * mm])
    table.setStyle(table_style(header_rows=0, zebra=False))
    return table


def _fit_section(data: DevelopmentPlanData) -> list[Flowable]:
    out: list[Flowable] = [para("Geschiktheid voor de profielen", STYLES.h1)]
    if not data.fits:
        out.append(
            para(
                "Er is nog geen profiel te beoordelen: er zijn geen vastgestelde niveaus en er is "
                "geen toekomstprofiel gekozen.",
                STYLES.note,
            )
        )
        return out
    rows: list[list[Any]] = [["Profiel", "Geschiktheid", "Dekking", "Gereedheid"]]
    for fit in data.fits:
        name = fit.name + ("  (gekozen)" if fit.chosen else "")
        rows.append(
            [
                para(name, STYLES.cell),
                format_percent(fit.fit_pct),
                format_percent(fit.coverage_pct),
                fit.readiness.value,
            ]
        )
    summary = Table(rows, colWidths=[82 * mm, 28 * mm, 24 * mm, 36 * mm], repeatRows=1)
    summary.setStyle(table_style(right_columns=(1, 2)))
    out += [
        summary,
        para(
            "Geschiktheid: hoe ver de huidige niveaus de doelniveaus halen, gewogen; boven het "
            "doel telt niet extra. Dekking: het deel van de competenties waarvan een vastgesteld "
            "niveau bekend is. Zelfbeoordelingen tellen niet mee.",
            STYLES.small,
        ),
    ]
    for fit in data.fits:
        out.append(_fit_chart(fit, data))
    return out


def _fit_chart(fit: ProfileFit, data: DevelopmentPlanData) -> Flowable:
    heading = para_markup(
        markup("{name}", name=fit.name)
        + markup(
            ' <font size="8.5" color="#5B6773">{chosen}geschiktheid {fit} · {readiness}</font>',
            chosen="gekozen · " if fit.chosen else "",
            fit=format_percent(fit.fit_pct),
            readiness=fit.readiness.value,
        ),
        STYLES.h2,
    )
    bars = LevelBars(
        fit.rows,
        maximum=data.scale.maximum,
        scale_labels=data.scale.labels,
        width=110 * mm,
        label_width=52 * mm,
    )
    radar = RadarChart(
        [row.code for row in fit.rows],
        [row.target for row in fit.rows],
        [row.level for row in fit.rows],
        maximum=data.scale.maximum,
        size=57 * mm,
    )
    side_by_side = Table([[bars, radar]], colWidths=[112 * mm, 58 * mm])
    side_by_side.setStyle(layout_style())
    scale = " · ".join(f"{level} {label}" for level, label in sorted(data.scale.labels.items()))
    return KeepTogether([heading, side_by_side, para(f"Niveaus: {scale}", STYLES.small)])


def _gaps_section(gaps: tuple[GapLine, ...], *, has_profiles: bool) -> list[Flowable]:
    out: list[Flowable] = [CondPageBreak(40 * mm), para("Ontwikkelpunten", STYLES.h1)]
    if not has_profiles:
        out.append(para("Zonder profiel zijn er geen ontwikkelpunten te bepalen.", STYLES.note))
        return out
    if not gaps:
        out.append(para("Geen ontwikkelpunten: alle doelniveaus van de profielen zijn gehaald."))
        return out
    header = (
        "Competentie",
        "Nu",
        "Volgende stap",
        "Wat je dan laat zien (gedragsindicator)",
        "Doel per profiel",
    )
    rows: list[list[Any]] = [[para(h, STYLES.cell_head) for h in header]]
    for gap in gaps:
        name = markup("<b>{code}</b> {name}", code=gap.code, name=gap.name)
        if gap.critical:
            name += ' <font color="#C8741E">(kritisch)</font>'
        if gap.level is None:
            step = f"eerst beoordelen; doel {gap.next_level}"
        else:
            step = f"niveau {gap.next_level}"
        targets = "<br/>".join(markup("{p}: {t}", p=p, t=t) for p, t in gap.targets)
        rows.append(
            [
                para_markup(name, STYLES.cell),
                styles.format_level(gap.level),
                para(step, STYLES.cell),
                para(gap.indicator or "(geen indicator vastgelegd)", STYLES.cell),
                para_markup(targets, STYLES.cell_small),
            ]
        )
    table = Table(rows, colWidths=[40 * mm, 14 * mm, 23 * mm, 60 * mm, 33 * mm], repeatRows=1)
    table.setStyle(table_style())
    out += [
        table,
        para(
            "Per competentie staat wat het volgende niveau in de praktijk vraagt. Een onbekend "
            "niveau is nog niet door de teamleider vastgesteld.",
            STYLES.small,
        ),
    ]
    return out


def _plan_section(plan: PlanSummary | None) -> list[Flowable]:
    out: list[Flowable] = [CondPageBreak(35 * mm), para("Afspraken: leeractiviteiten", STYLES.h1)]
    if plan is None or not plan.lines:
        out.append(para("Er zijn nog geen leeractiviteiten afgesproken.", STYLES.note))
        return out
    intro = markup(
        "Ontwikkelplan van {date}, status <b>{status}</b>",
        date=format_date(plan.created_on),
        status=plan.status,
    )
    if plan.profile_name:
        intro += markup(", gericht op <b>{p}</b>", p=plan.profile_name)
    if plan.signed_on:
        intro += markup(", getekend op {d}", d=format_date(plan.signed_on))
    out.append(para_markup(intro + ".", STYLES.body))
    rows: list[list[Any]] = [["Kwartaal", "Activiteit", "Uren", "Kosten", "Financiering", "Status"]]
    has_clause = False
    for line in plan.lines:
        title = esc(line.title)
        if line.repayment_clause:
            title += " <super>†</super>"
            has_clause = True
        rows.append(
            [
                line.quarter,
                para_markup(title, STYLES.cell),
                format_hours(line.hours),
                format_money(line.cost),
                line.funding,
                line.status,
            ]
        )
    rows.append(
        ["Totaal", "", format_hours(plan.total_hours), format_money(plan.total_cost), "", ""]
    )
    table = Table(
        rows, colWidths=[18 * mm, 70 * mm, 14 * mm, 24 * mm, 23 * mm, 21 * mm], repeatRows=1
    )
    table.setStyle(table_style(right_columns=(2, 3), total_row=True))
    out.append(table)
    if has_clause:
        out.append(
            para(
                "† met studiekostenbeding (terugbetaling bij vertrek binnen de termijn)",
                STYLES.small,
            )
        )
    return out


def _interview_section(interview: InterviewSummary | None) -> list[Flowable]:
    out: list[Flowable] = [CondPageBreak(35 * mm), para("Gesprek", STYLES.h1)]
    if interview is None:
        out.append(para("Er is nog geen gespreksverslag vastgelegd.", STYLES.note))
        return out
    head = markup(
        "{kind} op {date}", kind=interview.kind.capitalize(), date=format_date(interview.held_on)
    )
    if interview.team_lead:
        head += markup(" met {lead}", lead=interview.team_lead)
    out.append(para_markup(head + ".", STYLES.body))
    if interview.answers:
        rows: list[list[Any]] = [["Vraag", "Antwoord", "Score"]]
        for answer in interview.answers:
            question = markup("<b>{theme}</b><br/>", theme=answer.theme) + esc(answer.question)
            rows.append(
                [
                    para_markup(question, STYLES.cell),
                    para(answer.answer or "—", STYLES.cell),
                    "" if answer.rating is None else str(answer.rating),
                ]
            )
        table = Table(rows, colWidths=[66 * mm, 90 * mm, 14 * mm], repeatRows=1)
        table.setStyle(table_style(center_columns=(2,)))
        out.append(table)
    out.append(para("Gemaakte afspraken", STYLES.h2))
    out.append(para(interview.agreements or "Geen afspraken vastgelegd."))
    return out


def _authorities_section(
    held: tuple[AuthorityLine, ...], within_reach: tuple[AuthorityLine, ...]
) -> list[Flowable]:
    out: list[Flowable] = [
        CondPageBreak(35 * mm),
        para("Verantwoordelijkheden en bevoegdheden", STYLES.h1),
    ]
    if not held and not within_reach:
        out.append(
            para("Voor dit competentiekader zijn geen bevoegdheden vastgelegd.", STYLES.note)
        )
        return out
    rows: list[list[Any]] = [["Bevoegdheid", "Voorwaarde", "Stand"]]
    for line in held:
        rows.append([para(line.name, STYLES.cell), para(line.condition, STYLES.cell), "behaald"])
    for line in within_reach:
        rows.append(
            [
                para(line.name, STYLES.cell),
                para(line.condition, STYLES.cell),
                para(f"binnen bereik: {line.missing}", STYLES.cell),
            ]
        )
    table = Table(rows, colWidths=[62 * mm, 62 * mm, 46 * mm], repeatRows=1)
    table.setStyle(table_style())
    out.append(table)
    if not held:
        out.append(para("Nog geen bevoegdheden behaald.", STYLES.small))
    return out


def _registrations_section(lines: tuple[tuple[str, str, str], ...]) -> list[Flowable]:
    if not lines:
        return []
    rows: list[list[Any]] = [["Registratie of certificaat", "Nummer", "Geldigheid"]]
    rows += [
        [para(name, STYLES.cell), para(number, STYLES.cell), state] for name, number, state in lines
    ]
    table = Table(rows, colWidths=[90 * mm, 40 * mm, 40 * mm], repeatRows=1)
    table.setStyle(table_style())
    return [para("Registraties en certificaten", STYLES.h2), table]


def _signatures(data: DevelopmentPlanData) -> Flowable:
    line = "_" * 34
    label = STYLES.label

    def column(role: str, name: str) -> list[Flowable]:
        return [
            para(role, STYLES.cell_bold),
            Spacer(1, 2 * mm),
            para_markup(markup("Naam: {n}", n=name or "…"), STYLES.cell),
            Spacer(1, 5 * mm),
            para_markup(f"Datum: {line}", label),
            Spacer(1, 11 * mm),
            para_markup(f"Handtekening: {line}", label),
        ]

    table = Table(
        [[column("Medewerker", data.name), column("Teamleider", data.team_lead)]],
        colWidths=[85 * mm, 85 * mm],
    )
    table.setStyle(
        layout_style(
            padding=6,
            extra=[
                ("BOX", (0, 0), (0, 0), 0.5, styles.RULE),
                ("BOX", (1, 0), (1, 0), 0.5, styles.RULE),
            ],
        )
    )
    return KeepTogether(
        [
            para("Ondertekening", STYLES.h1),
            para(
                "Medewerker en teamleider hebben dit ontwikkelplan besproken. Met hun handtekening "
                "bevestigen zij de afspraken; de medewerker ontvangt een kopie.",
            ),
            Spacer(1, 2 * mm),
            table,
        ]
    )
