"""The state and behaviour of the "Persoonlijk plan" tab: which person, which plan version, the
edited items and whether they are saved. The tab (:class:`.plans.PersonPlanTab`) only lays out
widgets; every read and write goes through :mod:`competentieplanner.ui.operations.plans`, off
the GUI thread, and its answer comes back here.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import replace
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, Qt
from PySide6.QtWidgets import QMessageBox

from competentieplanner.domain.errors import ConflictError, UserError
from competentieplanner.domain.model import (
    DevelopmentPlan,
    Employee,
    PlanItem,
    PlanItemStatus,
    PlanStatus,
    Quarter,
)
from competentieplanner.services.engine import PlanResult
from competentieplanner.services.plan_edit import CurrentPlan, PlanningChoices, offer_item
from competentieplanner.ui import formatting, tasks
from competentieplanner.ui.context import AppContext
from competentieplanner.ui.models.catalogue import euro, hours_text
from competentieplanner.ui.models.rows import KEY_ROLE
from competentieplanner.ui.operations import plans as operations
from competentieplanner.ui.plan_history import PlanHistory, PlanState

if TYPE_CHECKING:
    from competentieplanner.ui.views.plans import PersonPlanTab

QUARTERS_AHEAD = 12


def _tr(text: str) -> str:
    return QCoreApplication.translate("PersonPlanTab", text)


def quarter_range(today: dt.date, items: list[PlanItem]) -> list[str]:
    """The quarters an item can be moved to: from the earliest in the plan (or this quarter)
    to three years ahead."""
    now = Quarter.of(today)
    first = min([now, *(item.quarter for item in items)])
    last = max([now.next(QUARTERS_AHEAD), *(item.quarter for item in items)])
    quarters, current = [], first
    while current <= last:
        quarters.append(str(current))
        current = current.next()
    return quarters


class PersonPlanController(QObject):
    """Holds the person, their plan version and the unsaved edits; drives the tab's widgets."""

    def __init__(self, context: AppContext, view: PersonPlanTab) -> None:
        super().__init__(view)
        self.context = context
        self.view = view
        self.choices: PlanningChoices | None = None
        self.person: Employee | None = None
        self.current: CurrentPlan | None = None
        self.profile_code: str | None = None  # the profile the items in the table aim at
        self.dirty = False
        self.last_task: tasks.TaskHandle[Any] | None = None
        self.question: QMessageBox | None = None
        self.loading = False  # the person's plan is being read: nothing to edit yet
        self.today = dt.date.today()
        #: Ctrl+Z / Ctrl+Y over the edits since the plan was loaded or saved.
        self.history = PlanHistory(self._restore, self)
        self.history.indexChanged.connect(self._history_moved)

    # -- data ----------------------------------------------------------------------------------
    def reload(self) -> None:
        """Re-read the people, profiles and catalogue; the plan too, unless it has unsaved
        changes (those stay; saving them checks for a colleague's newer version)."""
        self.last_task = operations.load_choices(
            self.context, self.view, on_done=self._choices_ready
        )

    def _choices_ready(self, choices: PlanningChoices) -> None:
        view = self.view
        self.choices = choices
        keep = self.person.personnel_number if self.person else None
        view.person_model.set_rows(choices.employees)
        view.profile_combo.clear()
        view.profile_combo.addItem(_tr("Gekozen of best passend"), None)
        for profile in choices.profiles:
            view.profile_combo.addItem(profile.name, profile.code)
        if not self.dirty or view.hours_spin.value() <= 1:
            view.hours_spin.setValue(round(choices.hours_per_quarter))
        choice = view.offer_combo.currentData()
        view.offer_combo.clear()
        for offer in choices.offers:
            view.offer_combo.addItem(
                f"{offer.code} {offer.name} ({hours_text(offer.hours)} u, {euro(offer.cost)})",
                offer.code,
            )
        view.offer_combo.setCurrentIndex(max(view.offer_combo.findData(choice), 0))
        position = view.person_model.row_of(keep) if keep else -1
        if position < 0:
            self.person = None
            view.person_combo.setCurrentIndex(-1)
            self._show_plan(None)
            return
        self.person = view.person_model.rows[position]
        view.person_combo.setCurrentIndex(position)
        if not self.dirty:
            self._load_current_plan()
        self.refresh()

    def choose_person(self, personnel_number: str) -> bool:
        position = self.view.person_model.row_of(personnel_number)
        if position < 0:
            return False
        self.view.person_combo.setCurrentIndex(position)
        self.person_activated(position)
        return True

    def person_typed(self, text: str) -> None:
        self.view.person_proxy.set_search(text)
        completer = self.view.person_completer
        if text.strip() and self.view.person_proxy.rowCount():
            completer.complete()
        else:
            popup = completer.popup()
            if popup is not None:
                popup.hide()

    def person_completed(self, index: QModelIndex) -> None:
        number = index.data(KEY_ROLE)
        if number:
            self.choose_person(str(number))

    def person_activated(self, position: int) -> None:
        rows = self.view.person_model.rows
        if not 0 <= position < len(rows):
            return
        chosen = rows[position]
        if self.person is not None and chosen.personnel_number == self.person.personnel_number:
            return
        if self.dirty and self.person is not None:
            self._ask_before_switching(chosen)
            return
        self._switch_to(chosen)

    def _switch_to(self, person: Employee) -> None:
        self.person = person
        self.view.person_combo.setCurrentIndex(
            self.view.person_model.row_of(person.personnel_number)
        )
        self.dirty = False
        self.current = None
        self.view.items_model.set_items([])
        self.history.start(self.state())
        self._load_current_plan()
        self.refresh()

    def _ask_before_switching(self, chosen: Employee) -> None:
        """Unsaved changes: ask (without blocking) whether to save them first."""
        assert self.person is not None
        view = self.view
        view.person_combo.setCurrentIndex(view.person_model.row_of(self.person.personnel_number))
        box = QMessageBox(view)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(_tr("Plan niet opgeslagen"))
        box.setText(
            _tr("Het plan van %1 heeft wijzigingen die nog niet zijn opgeslagen.").replace(
                "%1", self.person.name
            )
        )
        box.setInformativeText(_tr("Wilt u ze eerst opslaan?"))
        box.setStandardButtons(
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel
        )
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def answered(button: int) -> None:
            self.question = None
            choice = QMessageBox.StandardButton(button)
            if choice == QMessageBox.StandardButton.Save:
                self.save(then=lambda: self._switch_to(chosen))
            elif choice == QMessageBox.StandardButton.Discard:
                self.dirty = False
                self._switch_to(chosen)

        box.finished.connect(answered)
        self.question = box
        box.open()

    def _load_current_plan(self) -> None:
        assert self.person is not None
        number = self.person.personnel_number
        self.loading = True

        def loaded(current: CurrentPlan | None) -> None:
            if self.person is None or self.person.personnel_number != number:
                return  # the user moved on meanwhile; that person's plan is on its way
            self.loading = False
            if self.dirty:
                self.refresh()  # edits made meanwhile (a reload) stay
                return
            self.current = current
            self._show_plan(current.plan if current else None)

        self.last_task = operations.load_current_plan(
            self.context, self.view, personnel_number=number, on_done=loaded
        )

    def _show_plan(self, plan: DevelopmentPlan | None) -> None:
        view = self.view
        self.dirty = False
        self.profile_code = (
            plan.profile if plan else (self.person.target_profile if self.person else None)
        )
        view.items_model.set_items(list(plan.items) if plan else [])
        view.remaining.setText("")
        status = plan.status if plan else PlanStatus.DRAFT
        view.status_combo.blockSignals(True)
        view.status_combo.setCurrentIndex(view.status_combo.findData(status.value))
        view.status_combo.blockSignals(False)
        self.history.start(self.state())
        self.refresh()

    # -- undo and redo of the unsaved edits ----------------------------------------------------
    def state(self) -> PlanState:
        return PlanState(
            tuple(self.view.items_model.items()),
            self.profile_code,
            str(self.view.status_combo.currentData()),
        )

    def _record(self, text: str) -> None:
        self.history.record(text, self.state())

    def _restore(self, state: PlanState) -> None:
        """Undo or redo: show ``state`` (whether it is saved follows in _history_moved)."""
        view = self.view
        self.profile_code = state.profile
        view.items_model.set_items(list(state.items))
        view.status_combo.blockSignals(True)
        view.status_combo.setCurrentIndex(view.status_combo.findData(state.status))
        view.status_combo.blockSignals(False)
        view.remaining.setText("")

    def _history_moved(self) -> None:
        # After the stack moved: back at the state loaded or saved, nothing is unsaved.
        self.dirty = not self.history.isClean()
        self.refresh()

    def quarters(self) -> list[str]:
        return quarter_range(self.today, self.view.items_model.items())

    # -- display -------------------------------------------------------------------------------
    def items_changed(self) -> None:
        # The proposal's hint ("haalt alle doelniveaus") spoke of the items as proposed.
        self.view.remaining.setText("")
        self._mark_changed()
        self._record(_tr("Plan wijzigen"))
        self.refresh()

    def _mark_changed(self) -> None:
        """A changed plan is a concept again until it is agreed (the user may choose)."""
        if not self.dirty:
            self.dirty = True
            combo = self.view.status_combo
            combo.blockSignals(True)
            combo.setCurrentIndex(combo.findData(PlanStatus.DRAFT.value))
            combo.blockSignals(False)

    def status_changed(self) -> None:
        if self.person is not None:
            self.dirty = True
            self._record(_tr("Status van het plan wijzigen"))
            self.refresh()

    def refresh(self) -> None:
        view = self.view
        has_person = self.person is not None
        items = view.items_model.items()
        view.table.setVisible(has_person)
        view.item_actions.setVisible(has_person)
        view.empty.setVisible(not has_person)
        view.summary.setText(self._summary_text())
        if items:
            view.totals.setText(self._totals_text(items))
        else:
            view.totals.setText(_tr("Nog geen activiteiten.") if has_person else "")
        self.update_buttons()

    def _totals_text(self, items: list[PlanItem]) -> str:
        per_quarter: dict[Quarter, float] = defaultdict(float)
        for item in items:
            if item.status != PlanItemStatus.CANCELLED:
                per_quarter[item.quarter] += item.hours
        total_cost = sum((i.cost for i in items), Decimal("0"))
        text = (
            _tr("Totaal: %1 activiteiten, %2 uur, %3.")
            .replace("%1", str(len(items)))
            .replace("%2", hours_text(sum(i.hours for i in items)))
            .replace("%3", euro(total_cost))
        )
        cap = self.view.hours_spin.value()
        busy = [
            f"{formatting.quarter(q)} ({hours_text(h)} u)"
            for q, h in sorted(per_quarter.items())
            if h > cap
        ]
        if busy:
            text += " " + _tr("Meer dan %1 uur in: %2.").replace("%1", str(cap)).replace(
                "%2", ", ".join(busy)
            )
        return text

    def _summary_text(self) -> str:
        if self.person is None:
            return ""
        if self.loading and not self.dirty:
            return _tr("Het plan van %1 wordt geladen…").replace("%1", self.person.name)
        profile = self._profile_name(self.profile_code)
        if self.current is None:
            text = _tr("%1 heeft nog geen ontwikkelplan.").replace("%1", self.person.name)
        else:
            plan = self.current.plan
            text = (
                _tr("Huidig plan van %1: versie van %2 (%3), gericht op %4.")
                .replace("%1", self.person.name)
                .replace("%2", plan.created_on.strftime("%d-%m-%Y"))
                .replace("%3", formatting.word(plan.status.value))
                .replace("%4", self._profile_name(plan.profile))
            )
        if self.dirty:
            text += " " + _tr("Aangepast, nog niet opgeslagen (doel: %1).").replace("%1", profile)
        return text

    def _profile_name(self, code: str | None) -> str:
        if code is None or self.choices is None:
            return _tr("geen profiel")
        return next((p.name for p in self.choices.profiles if p.code == code), code)

    def selected_row(self) -> int:
        rows = self.view.table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def update_buttons(self) -> None:
        view = self.view
        selected = self.selected_row() >= 0
        for button in (view.earlier_button, view.later_button, view.remove_button):
            button.setEnabled(selected)
        has_person = self.person is not None and not (self.loading and not self.dirty)
        view.propose_button.setEnabled(has_person)
        view.add_offer_button.setEnabled(has_person and view.offer_combo.count() > 0)
        view.add_own_button.setEnabled(has_person)
        view.save_button.setEnabled(has_person and self.dirty)
        view.discard_button.setEnabled(has_person and self.dirty)

    def _select(self, row: int) -> None:
        if row >= 0:
            self.view.table.selectRow(row)
            self.view.table.scrollTo(self.view.items_model.index(row, 0))

    # -- item edits (in memory until Opslaan) --------------------------------------------------
    def move_selected(self, steps: int) -> None:
        row = self.selected_row()
        if row < 0:
            return
        model = self.view.items_model
        item = model.rows[row]
        self._select(model.replace_item(row, replace(item, quarter=item.quarter.next(steps))))

    def remove_selected(self) -> None:
        row = self.selected_row()
        if row >= 0:
            self.view.items_model.remove_item(row)
            self._select(min(row, self.view.items_model.rowCount() - 1))

    def _first_free_quarter(self) -> Quarter:
        return Quarter.parse(self.view.start_combo.currentData())

    def add_offer(self) -> None:
        code = self.view.offer_combo.currentData()
        if self.choices is None or not code:
            return
        offer = next(o for o in self.choices.offers if o.code == code)
        item = offer_item(offer, self._first_free_quarter(), self.choices.funding_hints.get(code))
        self._select(self.view.items_model.add_item(item))

    def add_own_action(self) -> None:
        view = self.view
        title = view.own_combo.currentText().strip()
        if not title:
            tasks.show_user_error(
                view, _tr("Eigen actie"), UserError(_tr("Beschrijf eerst de eigen actie."))
            )
            return
        item = PlanItem(
            quarter=self._first_free_quarter(), title=title, hours=float(view.own_hours.value())
        )
        self._select(view.items_model.add_item(item))

    # -- proposal and saving -------------------------------------------------------------------
    def propose(self) -> tasks.TaskHandle[Any] | None:
        """Ask the planning engine for a path (off the GUI thread); planned catalogue items are
        replaced by the proposal, done or running activities and own actions stay."""
        if self.person is None:
            return None
        view = self.view
        budget = view.budget_spin.value()
        self.last_task = operations.propose(
            self.context,
            view,
            personnel_number=self.person.personnel_number,
            profile=view.profile_combo.currentData(),
            budget=Decimal(str(int(budget))) if budget else None,
            hours_per_quarter=float(view.hours_spin.value()),
            start=view.start_combo.currentData(),
            on_done=self._proposal_ready,
        )
        return self.last_task

    def _proposal_ready(self, result: PlanResult) -> None:
        if self.choices is None or self.person is None:
            return
        if result.employee.personnel_number != self.person.personnel_number:
            return  # the user moved on to someone else meanwhile
        view = self.view
        path = result.path
        kept = [
            item
            for item in view.items_model.items()
            if item.offer is None or item.status != PlanItemStatus.PLANNED
        ]
        hints = self.choices.funding_hints
        proposed = [offer_item(s.offer, s.quarter, hints.get(s.offer.code)) for s in path.items]
        self.profile_code = path.profile
        view.items_model.set_items(kept + proposed)
        self._mark_changed()
        self._record(_tr("Voorstel maken"))
        if path.remaining:
            gaps = ", ".join(
                f"{g.competency} ({g.level if g.level is not None else '?'}→{g.target})"
                for g in path.remaining[:8]
            )
            more = "…" if len(path.remaining) > 8 else ""
            view.remaining.setText(_tr("Blijft open na dit pad: %1").replace("%1", gaps + more))
        else:
            view.remaining.setText(
                _tr("Met dit pad haalt %1 alle doelniveaus.").replace("%1", self.person.name)
            )
        if not path.items:
            self.context.signals.status_message.emit(
                _tr("De catalogus biedt geen opleiding die de kloof verder verkleint.")
            )
        self.refresh()

    def save(self, then: Any = None) -> tasks.TaskHandle[Any] | None:
        """Save the table as a new plan version (off the GUI thread); the previous version stays
        readable. ``then()`` runs once it is saved."""
        if self.person is None:
            return None
        person = self.person

        def saved(plan: CurrentPlan) -> None:
            self.current = plan
            if self.person is not None and self.person.personnel_number == person.personnel_number:
                self._show_plan(plan.plan)
            self.context.signals.status_message.emit(
                _tr("Plan van %1 opgeslagen.").replace("%1", person.name)
            )
            # Other screens (the person's detail, the overview) show plans too.
            self.context.signals.data_changed.emit(operations.PLANS_AREA)
            if then is not None:
                then()

        shown = self.current.ref if self.current else None

        def refused(exc: BaseException) -> None:
            if not isinstance(exc, ConflictError):
                return  # a value to correct: the edits stay

            def reread(current: CurrentPlan | None) -> None:
                if self.person is None or self.person.personnel_number != person.personnel_number:
                    return
                if (current.ref if current else None) == shown:
                    return  # nobody saved meanwhile (the database was busy): save again later
                self.current = current  # a colleague's newer version: show it instead
                self._show_plan(current.plan if current else None)

            operations.load_current_plan(
                self.context, self.view, personnel_number=person.personnel_number, on_done=reread
            )

        self.last_task = operations.save_plan(
            self.context,
            self.view,
            personnel_number=person.personnel_number,
            profile=self.profile_code,
            items=self.view.items_model.items(),
            expected=self.current.ref if self.current else None,
            status=PlanStatus(self.view.status_combo.currentData()),
            on_done=saved,
            on_error=refused,
        )
        return self.last_task

    def unsaved_changes(self) -> list[str]:
        if not self.dirty or self.person is None:
            return []
        return [_tr("Het plan van %1").replace("%1", self.person.name)]

    def discard(self) -> None:
        if self.person is not None:
            self.dirty = False
            self._load_current_plan()
