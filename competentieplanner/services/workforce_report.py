"""The management report of a scenario ("Strategisch personeelsplan") as an Excel sheet or a
PDF: the formation, the gap per line, the cost and the measures (grow, recruit), with group
figures only and small groups suppressed (reports.privacy_min_group)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from competentieplanner.domain.errors import UserError
from competentieplanner.domain.formation import FTE_SCALE
from competentieplanner.domain.settings import Settings
from competentieplanner.domain.workforce_plan import WorkforcePlan
from competentieplanner.domain.workforce_report import ReportRow, StrategicPlanReport
from competentieplanner.import_export import workforce_sheet
from competentieplanner.persistence import repositories as repo
from competentieplanner.persistence.unit_of_work import UnitOfWork
from competentieplanner.reports import privacy, workforce_plan_pdf
from competentieplanner.services import workforce

WHOLE = "hele organisatie"


def strategic_plan(
    uow: UnitOfWork, request: workforce.PlanRequest, *, today: dt.date | None = None
) -> StrategicPlanReport:
    plan = workforce.plan_workforce(uow, request)
    flat = repo.load_settings(uow.session)
    threshold = Settings.from_flat(flat).privacy_min_group
    names = {p.code: p.name for p in repo.load_profiles(uow.session)}
    return build_report(
        plan,
        names,
        organisation=str(flat.get("reports.organisation_name") or ""),
        threshold=threshold,
        reference_date=today or dt.date.today(),
    )


def build_report(
    plan: WorkforcePlan,
    profile_names: dict[str, str],
    *,
    organisation: str,
    threshold: int,
    reference_date: dt.date,
) -> StrategicPlanReport:
    """Group figures per line; a figure about fewer than ``threshold`` people is hidden, and so
    is any figure that together with a total would give a hidden one away."""
    ready_people = [0] * len(plan.problem.demands)
    grown_people = [0] * len(plan.problem.demands)
    for a in plan.assignments:
        people = ready_people if a.option.ready_now else grown_people
        people[a.option.demand] += 1
    outcomes = plan.evaluation.outcomes
    # columns: ready now, grown, filled (recruitment = wanted - filled gives filled away)
    grid = [[r, g, r + g] for r, g in zip(ready_people, grown_people, strict=True)]
    grid.append([sum(col) for col in zip(*grid, strict=True)] if grid else [0, 0, 0])
    hidden = privacy.suppress_with_totals(grid, threshold)

    def row(
        label: str, unit: str, values: list[int], hide: list[bool], picks: list[int]
    ) -> ReportRow:
        chosen = [outcomes[j] for j in picks]
        return ReportRow(
            profile=label,
            unit=unit,
            wanted_fte=sum(o.demand.wanted_milli for o in chosen) / FTE_SCALE,
            ready_now_fte=sum(o.ready_now_milli for o in chosen) / FTE_SCALE,
            ready_now_people=values[0],
            grown_fte=sum(o.grown_milli for o in chosen) / FTE_SCALE,
            grown_people=values[1],
            recruit_fte=sum(o.recruit_milli for o in chosen) / FTE_SCALE,
            training_cost=sum((o.training_cost for o in chosen), Decimal("0")),
            recruit_cost=sum((o.recruit_cost for o in chosen), Decimal("0")),
            hide_ready=hide[0],
            hide_grown=hide[1],
            hide_recruit=hide[2],
        )

    rows = tuple(
        row(
            profile_names.get(o.demand.profile, o.demand.profile),
            o.demand.unit or WHOLE,
            grid[j],
            hidden[j],
            [j],
        )
        for j, o in enumerate(outcomes)
    )
    total = row("Totaal", "", grid[-1], hidden[-1], list(range(len(outcomes))))
    return StrategicPlanReport(
        organisation=organisation,
        scenario=plan.problem.scenario,
        year=plan.problem.year,
        reference_date=reference_date,
        status=plan.status,
        objective=plan.objective,
        bound_gap=plan.bound_gap,
        penalty=plan.evaluation.penalty,
        rows=rows,
        total=total,
        threshold=threshold,
        budget=plan.problem.budget,
        respect_direction=plan.problem.respect_direction,
    )


def export_strategic_plan(
    uow: UnitOfWork,
    request: workforce.PlanRequest,
    target: Path,
    *,
    today: dt.date | None = None,
    language: str = "nl",
) -> StrategicPlanReport:
    """Write the report to ``target``: .xlsx or .pdf (atomically; the PDF's texts in
    ``language``: nl or en)."""
    suffix = target.suffix.lower()
    if suffix not in (".xlsx", ".pdf"):
        raise UserError(f"Kies een bestand dat eindigt op .xlsx of .pdf, niet '{target.name}'.")
    report = strategic_plan(uow, request, today=today)
    if suffix == ".xlsx":
        workforce_sheet.write_strategic_plan(target, report)
    else:
        workforce_plan_pdf.write_strategic_plan(target, report, language)
    return report
