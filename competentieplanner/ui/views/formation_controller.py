"""The state behind the Formatie screen: the formation, the chosen scenario and settings, and the
plan. Every change starts a recomputation off the GUI thread; a change of a wanted FTE or a
setting is re-solved on the supply already analysed (a fraction of a second), a new line reads
everything again. Changes that arrive while a plan is being computed are folded into one run."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from competentieplanner.domain.workforce_plan import WorkforcePlan
from competentieplanner.services import workforce
from competentieplanner.services.formation import FormationOverview
from competentieplanner.ui.context import AppContext
from competentieplanner.ui.operations import formation as ops


class FormationController(QObject):
    overview_changed = Signal(object)  # FormationOverview
    plan_changed = Signal(object)  # WorkforcePlan | None
    busy_changed = Signal(bool)
    explained = Signal(object)  # Explanation
    accepted = Signal(object)  # dict personnel number -> plan id
    exported = Signal(object)  # Path of the management report written

    def __init__(self, context: AppContext, view: QWidget) -> None:
        super().__init__(view)
        self.context = context
        self.view = view
        self.overview: FormationOverview | None = None
        self.scenario: str | None = None
        self.budget: Decimal | None = None
        self.respect_direction = False
        self.plan: WorkforcePlan | None = None
        self._running = False
        self._again = False  # a change arrived while computing
        self._full = False  # the next run must read everything anew

    # -- reading ---------------------------------------------------------------------------------
    def reload(self) -> None:
        self._full = True
        ops.load(self.context, self.view, self._loaded)

    def _loaded(self, overview: FormationOverview) -> None:
        self.overview = overview
        names = [name for name, _ in overview.scenarios]
        if self.scenario not in names:
            self.scenario = names[0] if names else None
        self.overview_changed.emit(overview)
        self.recompute()

    # -- changes ---------------------------------------------------------------------------------
    def choose_scenario(self, name: str | None) -> None:
        if name != self.scenario:
            self.scenario = name
            self._full = True
            self.recompute()

    def set_budget(self, amount: Decimal | None) -> None:
        self.budget = amount
        self.recompute()

    def set_respect_direction(self, on: bool) -> None:
        self.respect_direction = on
        self.recompute()

    def set_wanted(
        self, scenario: str, year: int, profile: str, unit: str | None, fte: float
    ) -> None:
        ops.set_line(
            self.context,
            self.view,
            scenario=scenario,
            year=year,
            profile=profile,
            unit=unit,
            fte=fte,
            on_done=lambda _line: self._read_again(),
        )

    def set_recruit_cost(self, profile: str, amount: Decimal | None) -> None:
        ops.set_recruit_cost(
            self.context,
            self.view,
            profile=profile,
            amount=amount,
            on_done=lambda _none: self._read_again(),
        )

    def _read_again(self) -> None:
        ops.load(self.context, self.view, self._loaded)

    # -- the plan --------------------------------------------------------------------------------
    def recompute(self) -> None:
        if self._running:
            self._again = True
            return
        overview = self.overview
        if (
            overview is None
            or self.scenario is None
            or not any(line.scenario == self.scenario for line in overview.lines)
        ):
            self._show(None)
            return
        self._running = True
        self.busy_changed.emit(True)
        plan = self.plan
        if self._full or plan is None or plan.problem.scenario != self.scenario:
            self._read_and_solve()
            return
        ops.replan(
            self.context,
            self.view,
            problem=plan.problem,
            lines=overview.lines,
            settings=overview.settings,
            budget=self.budget,
            respect_direction=self.respect_direction,
            on_done=self._replanned,
        )

    def _read_and_solve(self) -> None:
        assert self.scenario is not None
        self._full = False
        request = workforce.PlanRequest(self.scenario, self.budget, self.respect_direction)
        ops.plan(
            self.context,
            self.view,
            request=request,
            on_done=self._finished,
            on_error=self._failed,
        )

    def _replanned(self, plan: WorkforcePlan | None) -> None:
        if plan is None:  # the lines changed shape: read the supply again
            self._read_and_solve()
            return
        self._finished(plan)

    def _finished(self, plan: WorkforcePlan) -> None:
        self._running = False
        self.busy_changed.emit(False)
        self._show(plan)
        if self._again:
            self._again = False
            self.recompute()

    def _failed(self, _exc: BaseException) -> None:
        self._running = False
        self._again = False
        self.busy_changed.emit(False)
        self._show(None)

    def _show(self, plan: WorkforcePlan | None) -> None:
        self.plan = plan
        self.plan_changed.emit(plan)

    # -- explain and accept ----------------------------------------------------------------------
    def explain(self, personnel_number: str) -> None:
        if self.plan is not None:
            ops.explain(
                self.context,
                self.view,
                plan=self.plan,
                personnel_number=personnel_number,
                on_done=self.explained.emit,
            )

    def export(self, path: Path) -> None:
        """Write the management report of the scenario on show, with its budget and setting."""
        if self.scenario is None:
            return
        request = workforce.PlanRequest(self.scenario, self.budget, self.respect_direction)
        ops.export_plan(
            self.context, self.view, request=request, path=path, on_done=self.exported.emit
        )

    def accept(self, personnel_numbers: Sequence[str]) -> None:
        if self.plan is not None and personnel_numbers:
            ops.accept(
                self.context,
                self.view,
                plan=self.plan,
                personnel_numbers=list(personnel_numbers),
                on_done=self.accepted.emit,
            )
