"""Operations of the Plannen screen: read the choices and a person's plan, propose a path, save
a plan, read and change unit budgets, and spend the organisation's budget.

Every call runs its service in one unit of work off the GUI thread (:mod:`.base`); titles and
messages are translated here, on the GUI thread, before the work starts.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from competentieplanner.domain.budget import OrganisationPlan
from competentieplanner.domain.model import PlanItem, PlanStatus
from competentieplanner.services import engine, plan_edit, unit_budgets
from competentieplanner.services.engine import PlanResult
from competentieplanner.services.plan_edit import (
    BudgetChoices,
    BudgetRow,
    CurrentPlan,
    PlanningChoices,
    PlanRef,
)
from competentieplanner.ui.commands import UpdateCommand
from competentieplanner.ui.context import AppContext
from competentieplanner.ui.operations.base import database, run, run_job
from competentieplanner.ui.tasks import Progress, TaskHandle

if TYPE_CHECKING:
    from competentieplanner.persistence.unit_of_work import UnitOfWork

PLANS_AREA = "plans"
BUDGETS_AREA = "budgets"


def _tr(text: str) -> str:
    return QCoreApplication.translate("PlanOperations", text)


def load_choices(
    context: AppContext, parent: QWidget, *, on_done: Callable[[PlanningChoices], None]
) -> TaskHandle[PlanningChoices]:
    """The people, profiles and catalogue the person plan tab offers."""
    return run(
        context,
        parent,
        title=_tr("Plannen laden"),
        work=plan_edit.load_planning_choices,
        on_done=on_done,
        quiet=True,
    )


def load_current_plan(
    context: AppContext,
    parent: QWidget,
    *,
    personnel_number: str,
    on_done: Callable[[CurrentPlan | None], None],
) -> TaskHandle[CurrentPlan | None]:
    return run(
        context,
        parent,
        title=_tr("Plan laden"),
        work=lambda uow: plan_edit.current_plan(uow, personnel_number),
        on_done=on_done,
        quiet=True,
    )


def propose(
    context: AppContext,
    parent: QWidget,
    *,
    personnel_number: str,
    profile: str | None,
    budget: Decimal | None,
    hours_per_quarter: float,
    start: str,
    on_done: Callable[[PlanResult], None],
) -> TaskHandle[PlanResult]:
    """The engine's best path for one person (not saved: the user adjusts it first)."""
    return run(
        context,
        parent,
        title=_tr("Voorstel maken"),
        work=lambda uow: engine.plan_for_employee(
            uow,
            personnel_number,
            profile=profile,
            budget=budget,
            hours_per_quarter=hours_per_quarter,
            start=start,
        ),
        on_done=on_done,
    )


def save_plan(
    context: AppContext,
    parent: QWidget,
    *,
    personnel_number: str,
    profile: str | None,
    items: list[PlanItem],
    expected: PlanRef | None,
    status: PlanStatus,
    on_done: Callable[[CurrentPlan], None],
    on_error: Callable[[BaseException], None],
) -> TaskHandle[CurrentPlan]:
    """Save the plan as a new version; a refusal is shown, then ``on_error`` is called."""
    return run(
        context,
        parent,
        title=_tr("Plan niet opgeslagen"),
        work=lambda uow: plan_edit.save_plan(
            uow,
            personnel_number,
            profile=profile,
            items=items,
            expected=expected,
            status=status,
        ),
        on_done=on_done,
        writes=True,
        quiet=True,
        on_error=on_error,
    )


# -- the organisation's budget --------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class BudgetScreen:
    choices: BudgetChoices
    year: int
    budgets: dict[str, BudgetRow]


def load_budget_screen(
    context: AppContext, parent: QWidget, *, year: int, on_done: Callable[[BudgetScreen], None]
) -> TaskHandle[BudgetScreen]:
    """The units, competency names and the unit budgets of ``year``, read together."""

    def work(uow: UnitOfWork) -> BudgetScreen:
        return BudgetScreen(
            plan_edit.load_budget_choices(uow), year, plan_edit.load_budgets(uow, year)
        )

    return run(
        context, parent, title=_tr("Budgetten laden"), work=work, on_done=on_done, quiet=True
    )


def calculate_budget(
    context: AppContext,
    parent: QWidget,
    *,
    total: Decimal,
    unit_budgets: dict[str, Decimal],
    scope: str | None,
    on_done: Callable[[OrganisationPlan], None],
) -> TaskHandle[OrganisationPlan]:
    """Spend ``total`` across the organisation (or ``scope``). The data is read in one unit of
    work; the solver then runs outside it, so no transaction stays open while it works."""
    db = database(context)
    working = _tr("Het budget wordt over alle medewerkers verdeeld…")

    def job(progress: Progress) -> OrganisationPlan:
        progress.report(0, 0, working)
        with db.unit_of_work() as uow:
            given = engine.organisation_input(uow, total, unit_budgets, scope)
        progress.check()
        plan = engine.plan_organisation(given)
        progress.check()  # Annuleren: the result is not shown
        return plan

    return run_job(
        context,
        parent,
        title=_tr("Budget doorrekenen"),
        job=job,
        on_done=on_done,
        cancellable=True,
    )


def _set_or_remove(
    uow: UnitOfWork, unit: str, year: int, amount: Decimal | None, version: int | None
) -> int | None:
    """Set a unit's budget, or remove it when ``amount`` is None; returns the new version."""
    if amount is None:
        if version is not None:
            plan_edit.remove_budget(uow, unit, year, expected_version=version)
        return None
    return plan_edit.set_budget(uow, unit, year, amount, expected_version=version)


def budget_periods_change(
    *,
    unit: str,
    year: int,
    old: unit_budgets.Periods,
    new: unit_budgets.Periods,
    versions: unit_budgets.Versions,
) -> UpdateCommand[unit_budgets.Periods, unit_budgets.Versions]:
    """The undoable switch of a unit's year between one year budget and budgets per quarter
    (or new quarter amounts): every row of that unit and year replaced in one transaction."""
    text = _tr("Budget %1 %2 per kwartaal wijzigen").replace("%1", unit).replace("%2", str(year))
    return UpdateCommand(
        text,
        BUDGETS_AREA,
        ("budget-periods", unit, year),
        update=lambda uow, value, expected: unit_budgets.replace_periods(
            uow, unit, year, value, expected
        ),
        old=old,
        new=new,
        version=versions,
    )


def budget_change(
    *, unit: str, year: int, old: Decimal | None, new: Decimal | None, version: int | None
) -> UpdateCommand[Decimal | None, int | None]:
    """The undoable change of a unit's budget (None: no budget of its own); run it with
    :func:`competentieplanner.ui.operations.editing.execute`."""
    text = _tr("Budget %1 %2 wijzigen").replace("%1", unit).replace("%2", str(year))
    return UpdateCommand(
        text,
        BUDGETS_AREA,
        ("budget", unit, year),
        update=lambda uow, value, expected: _set_or_remove(uow, unit, year, value, expected),
        old=old,
        new=new,
        version=version,
    )
