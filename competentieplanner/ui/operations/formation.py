"""Operations of the Formatie screen: read the formation, change a wanted FTE or a setting,
compute the workforce plan, explain a choice, and accept assignments as draft plans.

Everything runs off the GUI thread. Titles are translated here, on the GUI thread, before the
work is handed to a worker.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from competentieplanner.domain.formation import FormationLine, WorkforceSettings
from competentieplanner.domain.workforce import WorkforceProblem
from competentieplanner.domain.workforce_plan import Explanation, WorkforcePlan
from competentieplanner.services import formation, workforce, workforce_report
from competentieplanner.ui import i18n
from competentieplanner.ui.context import AppContext
from competentieplanner.ui.operations.base import run, run_job
from competentieplanner.ui.tasks import Progress, TaskHandle

if TYPE_CHECKING:
    from competentieplanner.persistence.unit_of_work import UnitOfWork

AREA = "formation"
#: Seconds the solver may take for a plan on screen; a plan not proven optimal by then is shown
#: with its distance to the proven bound.
SCREEN_TIME_LIMIT = 10.0


def _tr(text: str) -> str:
    return QCoreApplication.translate("FormationOperations", text)


def load(
    context: AppContext,
    parent: QWidget | None,
    on_done: Callable[[formation.FormationOverview], None],
) -> TaskHandle[formation.FormationOverview]:
    return run(
        context,
        parent,
        title=_tr("Formatie laden"),
        work=formation.overview,
        on_done=on_done,
        quiet=True,
    )


def set_line(
    context: AppContext,
    parent: QWidget | None,
    *,
    scenario: str,
    year: int,
    profile: str,
    unit: str | None,
    fte: float,
    on_done: Callable[[FormationLine | None], None],
) -> TaskHandle[FormationLine | None]:
    return run(
        context,
        parent,
        title=_tr("Formatie opslaan"),
        work=lambda uow: formation.set_formation(
            uow, scenario=scenario, year=year, profile=profile, fte=fte, unit=unit
        ),
        on_done=on_done,
        writes=True,
        reload_area=AREA,
    )


def set_recruit_cost(
    context: AppContext,
    parent: QWidget | None,
    *,
    profile: str,
    amount: Decimal | None,
    on_done: Callable[[None], None],
) -> TaskHandle[None]:
    return run(
        context,
        parent,
        title=_tr("Wervingskosten opslaan"),
        work=lambda uow: formation.set_recruit_cost(uow, profile, amount),
        on_done=on_done,
        writes=True,
    )


def plan(
    context: AppContext,
    parent: QWidget | None,
    *,
    request: workforce.PlanRequest,
    on_done: Callable[[WorkforcePlan], None],
    on_error: Callable[[BaseException], None] | None = None,
) -> TaskHandle[WorkforcePlan]:
    """Read supply and formation and solve (the first time, or after the lines changed)."""
    return run(
        context,
        parent,
        title=_tr("Personeelsplan doorrekenen"),
        work=lambda uow: workforce.plan_workforce(uow, request, time_limit=SCREEN_TIME_LIMIT),
        on_done=on_done,
        quiet=True,
        on_error=on_error,
    )


def replan(
    context: AppContext,
    parent: QWidget | None,
    *,
    problem: WorkforceProblem,
    lines: Sequence[FormationLine],
    settings: WorkforceSettings,
    budget: Decimal | None,
    respect_direction: bool,
    on_done: Callable[[WorkforcePlan | None], None],
) -> TaskHandle[WorkforcePlan | None]:
    """Solve again on the supply already analysed; None when the lines changed shape (then
    :func:`plan` must read everything anew)."""

    def job(_progress: Progress) -> WorkforcePlan | None:
        changed = workforce.adjusted(
            problem, lines, settings, budget=budget, respect_direction=respect_direction
        )
        return None if changed is None else workforce.solve(changed, time_limit=SCREEN_TIME_LIMIT)

    return run_job(
        context,
        parent,
        title=_tr("Personeelsplan doorrekenen"),
        job=job,
        on_done=on_done,
        quiet=True,
    )


def explain(
    context: AppContext,
    parent: QWidget | None,
    *,
    plan: WorkforcePlan,
    personnel_number: str,
    on_done: Callable[[Explanation], None],
) -> TaskHandle[Explanation]:
    return run_job(
        context,
        parent,
        title=_tr("Keuze uitleggen"),
        job=lambda _progress: workforce.explain(plan, personnel_number),
        on_done=on_done,
        quiet=True,
    )


def accept(
    context: AppContext,
    parent: QWidget | None,
    *,
    plan: WorkforcePlan,
    personnel_numbers: Sequence[str],
    on_done: Callable[[dict[str, int]], None],
    today: dt.date | None = None,
) -> TaskHandle[dict[str, int]]:
    """Draft development plans for these people's assignments (HR refines them in Plannen)."""

    def done(saved: dict[str, int]) -> None:
        context.signals.data_changed.emit("plans")
        on_done(saved)

    return run(
        context,
        parent,
        title=_tr("Voorstellen maken"),
        work=lambda uow: workforce.accept(uow, plan, personnel_numbers, today=today),
        on_done=done,
        writes=True,
        reload_area="plans",
    )


def export_plan(
    context: AppContext,
    parent: QWidget | None,
    *,
    request: workforce.PlanRequest,
    path: Path,
    on_done: Callable[[Path], None],
) -> TaskHandle[Path]:
    """The "Strategisch personeelsplan" of the scenario for the management team, as .xlsx or
    .pdf (group figures only; the PDF in the language of the screens)."""
    language = i18n.configured_language(context.settings)

    def work(uow: UnitOfWork) -> Path:
        workforce_report.export_strategic_plan(uow, request, path, language=language)
        return path

    return run(
        context,
        parent,
        title=_tr("Strategisch personeelsplan maken"),
        work=work,
        on_done=on_done,
    )
