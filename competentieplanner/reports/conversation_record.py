"""The parts of the Ontwikkelplan that record the conversation for signing: the levels before and
after it with the self-assessment, the outcome of a beoordelingsgesprek, what was not scored, the
next conversation, and a box for the employee's comments."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table

from competentieplanner.reports import styles
from competentieplanner.reports.data import DevelopmentPlanData, InterviewSummary
from competentieplanner.reports.styles import (
    STYLES,
    format_date,
    format_level,
    layout_style,
    markup,
    para,
    para_markup,
    table_style,
)

Translate = Callable[[str], str]


def _dutch(text: str) -> str:
    return text


def levels_section(data: DevelopmentPlanData, t: Translate = _dutch) -> list[Flowable]:
    """Per competency: the level before the conversation, the self-assessment and the level
    agreed in it (an arrow where it changed)."""
    if not data.interview_levels:
        return []
    rows: list[list[Any]] = [
        [para(t(h), STYLES.cell_head) for h in ("Competentie", "Vóór", "Zelf", "Afgesproken")]
    ]
    for line in data.interview_levels:
        after = format_level(line.after)
        if line.after is not None and line.before is not None and line.after != line.before:
            after = f"{line.before} → {line.after}"
        rows.append(
            [
                para_markup(markup("<b>{c}</b> {n}", c=line.code, n=line.name), STYLES.cell),
                format_level(line.before),
                format_level(line.self_level),
                after if line.after is not None else t("niet gescoord"),
            ]
        )
    table = Table(rows, colWidths=[92 * mm, 22 * mm, 22 * mm, 34 * mm], repeatRows=1)
    table.setStyle(table_style(center_columns=(1, 2, 3)))
    return [para(t("Niveaus vóór en na dit gesprek"), STYLES.h2), table]


def outcome_lines(
    interview: InterviewSummary, unscored_names: tuple[str, ...], t: Translate = _dutch
) -> list[Flowable]:
    """The judgement of a beoordelingsgesprek, the unscored competencies, the next conversation."""
    out: list[Flowable] = []
    if interview.judgement:
        text = markup(t("Eindoordeel: <b>{j}</b>"), j=t(interview.judgement))
        if interview.employee_response:
            text += markup(t("; de medewerker tekent <b>{r}</b>"), r=t(interview.employee_response))
        out.append(para_markup(text + ".", STYLES.body))
    if unscored_names:
        out.append(
            para(
                t("Niet gescoord in dit gesprek ({n}): ").format(n=len(unscored_names))
                + ", ".join(unscored_names)
                + ".",
                STYLES.small,
            )
        )
    out.append(para_markup(next_conversation_markup(interview, t) + ".", STYLES.body))
    return out


def next_conversation_markup(interview: InterviewSummary | None, t: Translate = _dutch) -> str:
    if interview is None or interview.next_on is None:
        return t("Volgend gesprek: nog niet gepland")
    return markup(
        t("Volgend gesprek: <b>{kind}</b> op <b>{date}</b>"),
        kind=t(interview.next_kind or "gesprek"),
        date=format_date(interview.next_on),
    )


def comments_box(t: Translate = _dutch) -> Flowable:
    """An empty framed box the employee writes their comments in before signing."""
    box = Table(
        [[para(t("Opmerkingen van de medewerker"), STYLES.cell_bold)], [Spacer(1, 30 * mm)]],
        colWidths=[170 * mm],
    )
    box.setStyle(layout_style(padding=6, extra=[("BOX", (0, 0), (-1, -1), 0.5, styles.RULE)]))
    return KeepTogether([Spacer(1, 3 * mm), box])
