"""Ontwikkelplan: one person's fit, gaps, agreed plan, interview, authorities and signatures.

:func:`development_plan_story` returns the flowables for one person so the team report can put
many plans in one document; :func:`render_development_plan` writes a document with just one.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer, Table

from competentieplanner import formats
from competentieplanner.reports import conversation_record, labels, styles
from competentieplanner.reports.charts import LevelBars, RadarChart, TrendLineChart
from competentieplanner.reports.data import (
    AnswerLine,
    AuthorityLine,
    DevelopmentPlanData,
    EvidenceLine,
    GapLine,
    PlanSummary,
    ProfileFit,
    TrendLine,
)
from competentieplanner.reports.styles import (
    STYLES,
    esc,
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


Translate = Callable[[str], str]


def document_meta(
    data: DevelopmentPlanData,
    *,
    organisation: str,
    reference_date: dt.date,
    language: str = labels.DEFAULT_LANGUAGE,
) -> DocumentMeta:
    t = labels.translator(language)
    return DocumentMeta(
        # The metadata names the kind of document and the date, never the person: file
        # managers, search indexes and mail previews show it without opening the document.
        title=t(TITLE),
        subject=t("Persoonlijk ontwikkelplan, peildatum {date}").format(
            date=labels.format_date(reference_date, language)
        ),
        organisation=organisation,
        reference_date=reference_date,
        footer_note=t("Vertrouwelijk – personeelsdossier"),
        keywords=(t("ontwikkelplan"), t("POP"), t("competenties")),
        language=language,
    )


def render_development_plan(
    target: Any,
    data: DevelopmentPlanData,
    *,
    organisation: str,
    reference_date: dt.date,
    language: str = labels.DEFAULT_LANGUAGE,
) -> None:
    """Write a PDF with the Ontwikkelplan of one person to ``target`` (path or binary file)."""
    meta = document_meta(
        data, organisation=organisation, reference_date=reference_date, language=language
    )
    doc = ReportDocument(target, meta)
    doc.build_pdf(development_plan_story(data, reference_date=reference_date, language=language))


def development_plan_story(
    data: DevelopmentPlanData, *, reference_date: dt.date, language: str = labels.DEFAULT_LANGUAGE
) -> list[Flowable]:
    t = labels.translator(language)
    focus = t(" · gericht op {profile}").format(profile=data.focus_profile)
    story: list[Flowable] = [
        para(t(TITLE), STYLES.title),
        para(data.name + (focus if data.focus_profile else ""), STYLES.subtitle),
        _details(data, reference_date, language),
        Spacer(1, 4 * mm),
    ]
    story += _fit_section(data, language)
    story += _gaps_section(data.gaps, t, has_profiles=bool(data.fits))
    story += _evidence_section(data.evidence, t)
    story += _trend_section(data.trends, data.scale.maximum, t)
    story += _plan_section(data.plan, language)
    story += _interview_section(data, language)
    story += _authorities_section(data.authorities_held, data.authorities_next, t)
    story += _registrations_section(data.registrations, t)
    story.append(_signatures(data, t))
    return story


# -- sections -------------------------------------------------------------------------------------
def _details(data: DevelopmentPlanData, reference_date: dt.date, language: str) -> Table:
    t = labels.translator(language)
    plan = data.plan
    plan_status = (
        t("versie {version}, {status} ({date})").format(
            version=plan.version, status=t(plan.status),
            date=styles.format_short_date(plan.created_on),
        )
        if plan
        else t("nog geen plan")
    )
    label, value = STYLES.label, STYLES.cell_bold
    rows = [
        [
            para(t("Naam"), label),
            para(data.name, value),
            para(t("Personeelsnummer"), label),
            para(data.personnel_number, value),
        ],
        [
            para(t("Eenheid"), label),
            para(data.unit or "—", value),
            para(t("Functie"), label),
            para(_job(data), value),
        ],
        [
            para(t("Teamleider"), label),
            para(data.team_lead or "—", value),
            para(t("Peildatum"), label),
            para(labels.format_date(reference_date, language), value),
        ],
        [
            para(t("Gekozen toekomstprofiel"), label),
            para(data.chosen_profile or t("nog niet gekozen"), value),
            para(t("Ontwikkelplan"), label),
            para(plan_status, value),
        ],
    ]
    table = Table(rows, colWidths=[36 * mm, 52 * mm, 32 * mm, 50 * mm])
    table.setStyle(table_style(header_rows=0, zebra=False))
    return table


def _job(data: DevelopmentPlanData) -> str:
    """"Beleidsadviseur (0,89 FTE)"; the size of the job when it is known."""
    job = data.job_title or "—"
    return job if data.fte is None else f"{job} ({formats.fte(data.fte)})"


def _fit_section(data: DevelopmentPlanData, language: str) -> list[Flowable]:
    t = labels.translator(language)
    out: list[Flowable] = [para(t("Geschiktheid voor de profielen"), STYLES.h1)]
    if not data.fits:
        out.append(
            para(
                t(
                    "Er is nog geen profiel te beoordelen: er zijn geen vastgestelde niveaus en "
                    "er is geen toekomstprofiel gekozen."
                ),
                STYLES.note,
            )
        )
        return out
    rows: list[list[Any]] = [[t("Profiel"), t("Geschiktheid"), t("Dekking"), t("Gereedheid")]]
    for fit in data.fits:
        name = fit.name + (t("  (gekozen)") if fit.chosen else "")
        rows.append(
            [
                para(name, STYLES.cell),
                format_percent(fit.fit_pct),
                format_percent(fit.coverage_pct),
                t(fit.readiness.value),
            ]
        )
    summary = Table(rows, colWidths=[82 * mm, 28 * mm, 24 * mm, 36 * mm], repeatRows=1)
    summary.setStyle(table_style(right_columns=(1, 2)))
    out += [
        summary,
        para(
            t(
                "Geschiktheid: hoe ver de huidige niveaus de doelniveaus halen, gewogen; boven "
                "het doel telt niet extra. Dekking: het deel van de competenties waarvan een "
                "vastgesteld niveau bekend is. Zelfbeoordelingen tellen niet mee."
            ),
            STYLES.small,
        ),
    ]
    for fit in data.fits:
        out.append(_fit_chart(fit, data, language))
    return out


def _fit_chart(fit: ProfileFit, data: DevelopmentPlanData, language: str) -> Flowable:
    t = labels.translator(language)
    heading = para_markup(
        markup("{name}", name=fit.name)
        + markup(
            ' <font size="8.5" color="#5B6773">{chosen}{word} {fit} · {readiness}</font>',
            chosen=t("gekozen · ") if fit.chosen else "",
            word=t("geschiktheid"),
            fit=format_percent(fit.fit_pct),
            readiness=t(fit.readiness.value),
        ),
        STYLES.h2,
    )
    bars = LevelBars(
        fit.rows,
        maximum=data.scale.maximum,
        scale_labels=data.scale.labels,
        width=110 * mm,
        label_width=52 * mm,
        language=language,
    )
    radar = RadarChart(
        [row.code for row in fit.rows],
        [row.target for row in fit.rows],
        [row.level for row in fit.rows],
        maximum=data.scale.maximum,
        size=57 * mm,
        language=language,
    )
    side_by_side = Table([[bars, radar]], colWidths=[112 * mm, 58 * mm])
    side_by_side.setStyle(layout_style())
    scale = " · ".join(f"{level} {label}" for level, label in sorted(data.scale.labels.items()))
    note = para(t("Niveaus: {scale}").format(scale=scale), STYLES.small)
    return KeepTogether([heading, side_by_side, note])


def _gaps_section(gaps: tuple[GapLine, ...], t: Translate, *, has_profiles: bool) -> list[Flowable]:
    out: list[Flowable] = [CondPageBreak(40 * mm), para(t("Ontwikkelpunten"), STYLES.h1)]
    if not has_profiles:
        out.append(para(t("Zonder profiel zijn er geen ontwikkelpunten te bepalen."), STYLES.note))
        return out
    if not gaps:
        out.append(para(t("Geen ontwikkelpunten: alle doelniveaus van de profielen zijn gehaald.")))
        return out
    header = (
        t("Competentie"),
        t("Nu"),
        t("Volgende stap"),
        t("Wat je dan laat zien (gedragsindicator)"),
        t("Doel per profiel"),
    )
    rows: list[list[Any]] = [[para(h, STYLES.cell_head) for h in header]]
    for gap in gaps:
        name = markup("<b>{code}</b> {name}", code=gap.code, name=gap.name)
        if gap.critical:
            name += ' <font color="#C8741E">' + esc(t("(kritisch)")) + "</font>"
        if gap.level is None:
            step = t("eerst beoordelen; doel {level}").format(level=gap.next_level)
        else:
            step = t("niveau {level}").format(level=gap.next_level)
        targets = "<br/>".join(markup("{p}: {t}", p=p, t=t) for p, t in gap.targets)
        rows.append(
            [
                para_markup(name, STYLES.cell),
                t(styles.format_level(gap.level)),
                para(step, STYLES.cell),
                para(gap.indicator or t("(geen indicator vastgelegd)"), STYLES.cell),
                para_markup(targets, STYLES.cell_small),
            ]
        )
    table = Table(rows, colWidths=[40 * mm, 14 * mm, 23 * mm, 60 * mm, 33 * mm], repeatRows=1)
    table.setStyle(table_style())
    out += [
        table,
        para(
            t(
                "Per competentie staat wat het volgende niveau in de praktijk vraagt. Een "
                "onbekend niveau is nog niet door de teamleider vastgesteld."
            ),
            STYLES.small,
        ),
    ]
    return out


def _evidence_section(lines: tuple[EvidenceLine, ...], t: Translate) -> list[Flowable]:
    """Per competency the latest evidence behind its level, short; nothing when none is kept."""
    if not lines:
        return []
    header = (t("Competentie"), t("Niveau"), t("Datum"), t("Onderbouwing"))
    rows: list[list[Any]] = [[para(h, STYLES.cell_head) for h in header]]
    for line in lines:
        rows.append(
            [
                para_markup(markup("<b>{c}</b> {n}", c=line.code, n=line.name), STYLES.cell),
                t(styles.format_level(line.level)),
                styles.format_short_date(line.given_on),
                para(line.text, STYLES.cell_small),
            ]
        )
    table = Table(rows, colWidths=[48 * mm, 16 * mm, 20 * mm, 86 * mm], repeatRows=1)
    table.setStyle(table_style(center_columns=(1,)))
    return [CondPageBreak(30 * mm), para(t("Onderbouwing van de niveaus"), STYLES.h2), table]


def _trend_section(lines: tuple[TrendLine, ...], maximum: int, t: Translate) -> list[Flowable]:
    """Per competency scored on more than one day: the levels in order, the period, a line."""
    if not lines:
        return []
    header = (t("Competentie"), t("Niveaus"), t("Periode"), t("Verloop"))
    rows: list[list[Any]] = [[para(h, STYLES.cell_head) for h in header]]
    for line in lines:
        first, last = line.points[0][0], line.points[-1][0]
        rows.append(
            [
                para_markup(markup("<b>{c}</b> {n}", c=line.code, n=line.name), STYLES.cell),
                para(" → ".join(str(level) for _, level in line.points), STYLES.cell),
                para(
                    f"{styles.format_short_date(first)} – {styles.format_short_date(last)}",
                    STYLES.cell_small,
                ),
                TrendLineChart(line.points, maximum=maximum),
            ]
        )
    table = Table(rows, colWidths=[60 * mm, 34 * mm, 42 * mm, 34 * mm], repeatRows=1)
    table.setStyle(table_style())
    return [CondPageBreak(30 * mm), para(t("Verloop van de niveaus"), STYLES.h2), table]


def _plan_section(plan: PlanSummary | None, language: str) -> list[Flowable]:
    t = labels.translator(language)
    out: list[Flowable] = [
        CondPageBreak(35 * mm),
        para(t("Afspraken: leeractiviteiten"), STYLES.h1),
    ]
    if plan is None or not plan.lines:
        out.append(para(t("Er zijn nog geen leeractiviteiten afgesproken."), STYLES.note))
        return out
    intro = markup(
        t("Ontwikkelplan versie {version} van {date}, status <b>{status}</b>"),
        version=plan.version,
        date=labels.format_date(plan.created_on, language),
        status=t(plan.status),
    )
    if plan.supersedes_version:
        intro += markup(t(" (vervangt versie {v})"), v=plan.supersedes_version)
    if plan.profile_name:
        intro += markup(t(", gericht op <b>{p}</b>"), p=plan.profile_name)
    if plan.signed_on:
        intro += markup(t(", getekend op {d}"), d=labels.format_date(plan.signed_on, language))
    out.append(para_markup(intro + ".", STYLES.body))
    header = ("Kwartaal", "Activiteit", "Uren", "Kosten", "Financiering", "Status")
    rows: list[list[Any]] = [[t(h) for h in header]]
    has_clause = False
    for line in plan.lines:
        title = esc(line.title)
        if line.smart:
            title += markup('<br/><font size="7.5">{s}</font>', s=line.smart)
        if line.repayment_clause:
            title += " <super>†</super>"
            has_clause = True
        rows.append(
            [
                labels.quarter(line.quarter, language),
                para_markup(title, STYLES.cell),
                t("{hours} uur").format(hours=format_hours(line.hours)),
                format_money(line.cost),
                t(line.funding),
                t(line.status),
            ]
        )
    rows.append(
        [t("Totaal"), "", format_hours(plan.total_hours), format_money(plan.total_cost), "", ""]
    )
    table = Table(
        rows, colWidths=[18 * mm, 66 * mm, 18 * mm, 24 * mm, 23 * mm, 21 * mm], repeatRows=1
    )
    table.setStyle(table_style(right_columns=(2, 3), total_row=True))
    out.append(table)
    if has_clause:
        out.append(
            para(
                t("† met studiekostenbeding (terugbetaling bij vertrek binnen de termijn)"),
                STYLES.small,
            )
        )
    return out


def _interview_section(data: DevelopmentPlanData, language: str) -> list[Flowable]:
    t = labels.translator(language)
    interview = data.interview
    out: list[Flowable] = [CondPageBreak(35 * mm), para(t("Gesprek"), STYLES.h1)]
    if interview is None:
        out.append(para(t("Er is nog geen gespreksverslag vastgelegd."), STYLES.note))
        return out
    head = markup(
        t("{kind} op {date}"),
        kind=t(interview.kind).capitalize(),
        date=labels.format_date(interview.held_on, language),
    )
    if interview.team_lead:
        head += markup(t(" met {lead}"), lead=interview.team_lead)
    out.append(para_markup(head + ".", STYLES.body))
    out += conversation_record.outcome_lines(interview, data.unscored_names, t)
    out += conversation_record.levels_section(data, t)
    if interview.answers:
        out.append(_answers_table(interview.answers, t))
    out.append(para(t("Gemaakte afspraken"), STYLES.h2))
    out.append(para(interview.agreements or t("Geen afspraken vastgelegd.")))
    return out


def _answers_table(answers: tuple[AnswerLine, ...], t: Translate) -> Table:
    """Question, answer and score; with the employee's preparation beside the answer when the
    employee prepared any question, so the signing copy shows both views."""
    prepared = any(answer.prepared for answer in answers)
    head = [t("Vraag"), t("Antwoord"), t("Score")]
    widths = [66 * mm, 90 * mm, 14 * mm]
    if prepared:
        head = [t("Vraag"), t("Voorbereiding medewerker"), t("Antwoord in het gesprek"), t("Score")]
        widths = [50 * mm, 53 * mm, 53 * mm, 14 * mm]
    rows: list[list[Any]] = [head]
    for answer in answers:
        question = markup("<b>{theme}</b><br/>", theme=answer.theme) + esc(answer.question)
        row: list[Any] = [para_markup(question, STYLES.cell)]
        if prepared:
            row.append(para(answer.prepared or "—", STYLES.cell))
        row += [
            para(answer.answer or "—", STYLES.cell),
            "" if answer.rating is None else str(answer.rating),
        ]
        rows.append(row)
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(table_style(center_columns=(len(head) - 1,)))
    return table


def _authorities_section(
    held: tuple[AuthorityLine, ...], within_reach: tuple[AuthorityLine, ...], t: Translate
) -> list[Flowable]:
    out: list[Flowable] = [
        CondPageBreak(35 * mm),
        para(t("Verantwoordelijkheden en bevoegdheden"), STYLES.h1),
    ]
    if not held and not within_reach:
        out.append(
            para(t("Voor dit competentiekader zijn geen bevoegdheden vastgelegd."), STYLES.note)
        )
        return out
    rows: list[list[Any]] = [[t("Bevoegdheid"), t("Voorwaarde"), t("Stand")]]
    for line in held:
        rows.append([para(line.name, STYLES.cell), para(line.condition, STYLES.cell), t("behaald")])
    for line in within_reach:
        rows.append(
            [
                para(line.name, STYLES.cell),
                para(line.condition, STYLES.cell),
                para(t("binnen bereik: {missing}").format(missing=line.missing), STYLES.cell),
            ]
        )
    table = Table(rows, colWidths=[62 * mm, 62 * mm, 46 * mm], repeatRows=1)
    table.setStyle(table_style())
    out.append(table)
    if not held:
        out.append(para(t("Nog geen bevoegdheden behaald."), STYLES.small))
    return out


def _registrations_section(
    lines: tuple[tuple[str, str, str], ...], t: Translate
) -> list[Flowable]:
    if not lines:
        return []
    rows: list[list[Any]] = [[t("Registratie of certificaat"), t("Nummer"), t("Geldigheid")]]
    rows += [
        [para(name, STYLES.cell), para(number, STYLES.cell), state] for name, number, state in lines
    ]
    table = Table(rows, colWidths=[90 * mm, 40 * mm, 40 * mm], repeatRows=1)
    table.setStyle(table_style())
    return [para(t("Registraties en certificaten"), STYLES.h2), table]


def _signatures(data: DevelopmentPlanData, t: Translate) -> Flowable:
    line = "_" * 34
    label = STYLES.label

    def column(role: str, name: str) -> list[Flowable]:
        return [
            para(role, STYLES.cell_bold),
            Spacer(1, 2 * mm),
            para_markup(markup(t("Naam: {n}"), n=name or "…"), STYLES.cell),
            Spacer(1, 5 * mm),
            para_markup(esc(t("Datum: ")) + line, label),
            Spacer(1, 11 * mm),
            para_markup(esc(t("Handtekening: ")) + line, label),
        ]

    table = Table(
        [[column(t("Medewerker"), data.name), column(t("Teamleider"), data.team_lead)]],
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
    version = (
        t("versie {version}").format(version=data.plan.version) if data.plan else t("nog geen plan")
    )
    return KeepTogether(
        [
            para(t("Ondertekening"), STYLES.h1),
            para(
                t(
                    "Medewerker en teamleider hebben dit ontwikkelplan besproken. Met hun "
                    "handtekening bevestigen zij de afspraken; de medewerker ontvangt een kopie."
                ),
            ),
            para_markup(
                markup(t("Ontwikkelplan <b>{v}</b>. "), v=version)
                + conversation_record.next_conversation_markup(data.interview, t)
                + ".",
                STYLES.body,
            ),
            conversation_record.comments_box(t),
            Spacer(1, 2 * mm),
            table,
        ]
    )
