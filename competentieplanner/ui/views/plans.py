"""Plannen: a development plan per person, and the organisation's training budget.

The first tab proposes a path for one person with the planning engine, lets the user adjust it
(remove items, add catalogue offers or own actions, move items between quarters) and saves it as
a new plan version. The second tab (:mod:`.budget_planner`) shows what a budget buys per unit.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import replace
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QMessageBox,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from competentieplanner.domain.errors import ConflictError, UserError
from competentieplanner.domain.model import (
    DevelopmentPlan,
    Employee,
    FundingSource,
    PlanItem,
    PlanItemStatus,
    PlanStatus,
    Quarter,
)
from competentieplanner.services import engine, plan_edit
from competentieplanner.services.plan_edit import CurrentPlan, PlanningChoices
from competentieplanner.ui import forms, tasks, theme
from competentieplanner.ui.context import AppContext
from competentieplanner.ui.delegates import ChoiceDelegate, DoubleSpinBoxDelegate
from competentieplanner.ui.models.catalogue import euro, hours_text
from competentieplanner.ui.models.plan import (
    COST_COLUMN,
    FUNDING_COLUMN,
    HOURS_COLUMN,
    QUARTER_COLUMN,
    STATUS_COLUMN,
    TITLE_COLUMN,
    PlanItemsModel,
)
from competentieplanner.ui.models.rows import KEY_ROLE, Column, RowTableModel, SearchProxy
from competentieplanner.ui.views.budget_planner import OrganisationBudgetTab
from competentieplanner.ui.widgets.common import Card, EmptyState, Hint, PageTitle

AREA = "plans"
QUARTERS_AHEAD = 12


def _tr(text: str) -> str:
    return QCoreApplication.translate("PlansView", text)


class EmployeeChoiceModel(RowTableModel[Employee]):
    """People for the searchable person chooser: 'Berg, Jan van der · 001234 · Team Noord'."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                Column(
                    _tr("Medewerker"),
                    lambda e: " · ".join(
                        part for part in (e.sort_name, e.personnel_number, e.unit or "") if part
                    ),
                )
            ],
            parent,
        )

    def key(self, row: Employee) -> str:
        return row.personnel_number

    def extra_data(self, row: Employee, column: int, role: int) -> Any:
        # An editable combo box shows (and completes on) the edit role.
        if role == Qt.ItemDataRole.EditRole:
            return self.columns[column].display(row)
        return None


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


class PlansView(QWidget):
    title = "Plannen"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        layout = QVBoxLayout(self)
        layout.setContentsMargins(theme.MARGIN, theme.MARGIN, theme.MARGIN, theme.MARGIN)
        layout.setSpacing(theme.SPACING)
        layout.addWidget(PageTitle(self.tr("Plannen"), self))
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Onderdelen"))
        self.person = PersonPlanTab(context, self.tabs)
        self.organisation = OrganisationBudgetTab(context, self.tabs)
        self.tabs.addTab(self.person, self.tr("&Persoonlijk plan"))
        self.tabs.addTab(self.organisation, self.tr("&Budget organisatie"))
        layout.addWidget(self.tabs, 1)

    def reload(self) -> None:
        self.person.reload()
        self.organisation.reload()

    def open_item(self, kind: str, payload: object) -> None:
        """Show the plan of a person ("plan" or "employee", personnel number)."""
        if kind in ("plan", "employee", "plans"):
            self.tabs.setCurrentWidget(self.person)
            self.person.choose_person(str(payload))


class PersonPlanTab(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.choices: PlanningChoices | None = None
        self.person: Employee | None = None
        self.current: CurrentPlan | None = None
        self.profile_code: str | None = None  # the profile the items in the table aim at
        self.dirty = False
        self.last_task: tasks.TaskHandle[Any] | None = None
        self.question: QMessageBox | None = None
        self.today = dt.date.today()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, theme.SPACING, 0, 0)
        layout.setSpacing(theme.SPACING)
        layout.addWidget(self._build_controls())

        self.summary = Hint("", self)
        layout.addWidget(self.summary)
        self.items_model = PlanItemsModel(self)
        self.items_model.changed.connect(self._items_changed)
        self.table = QTableView(self)
        self.table.setModel(self.items_model)
        forms.prepare_table(self.table, self.tr("Activiteiten van het plan"))
        self.table.setEditTriggers(
            QTableView.EditTrigger.DoubleClicked | QTableView.EditTrigger.EditKeyPressed
        )
        self.table.setItemDelegateForColumn(
            QUARTER_COLUMN,
            ChoiceDelegate(lambda _index: [(q, q) for q in self._quarters()], self.table),
        )
        self.table.setItemDelegateForColumn(
            HOURS_COLUMN, DoubleSpinBoxDelegate(0, 2000, 1, self.table, step=1)
        )
        self.table.setItemDelegateForColumn(
            COST_COLUMN, DoubleSpinBoxDelegate(0, 1_000_000, 2, self.table, step=50, prefix="€ ")
        )
        self.table.setItemDelegateForColumn(
            FUNDING_COLUMN,
            ChoiceDelegate([(f.label, f.value) for f in FundingSource], self.table),
        )
        self.table.setItemDelegateForColumn(
            STATUS_COLUMN, ChoiceDelegate([(s.value, s.value) for s in PlanItemStatus], self.table)
        )
        header = self.table.horizontalHeader()
        for column, width in enumerate((80, 330, 80, 60, 90, 100, 90, 130)):
            header.resizeSection(column, width)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(TITLE_COLUMN, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        layout.addWidget(self.table, 1)
        self.empty = EmptyState(
            self.tr(
                "Kies een medewerker. Met 'Voorstel maken' stelt de planner een opleidingspad "
                "samen naar het gekozen of best passende profiel."
            ),
            self,
        )
        layout.addWidget(self.empty, 1)
        layout.addWidget(self._build_item_actions())
        self.totals = QLabel("", self)
        self.totals.setWordWrap(True)
        self.remaining = Hint("", self)
        layout.addWidget(self.totals)
        layout.addWidget(self.remaining)
        layout.addLayout(self._build_save_row())
        self.reload()

    # -- layout --------------------------------------------------------------------------------
    def _build_controls(self) -> QWidget:
        card = Card(self)
        grid = QGridLayout()
        grid.setHorizontalSpacing(theme.MARGIN)
        self.person_model = EmployeeChoiceModel(self)
        self.person_combo = QComboBox(card)
        self.person_combo.setModel(self.person_model)
        self.person_combo.setEditable(True)
        self.person_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        # Never measure 20,000 names to size the box.
        self.person_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.person_combo.setMinimumContentsLength(34)
        self.person_combo.lineEdit().setPlaceholderText(self.tr("Typ een naam of personeelsnummer"))
        # Search as you type: our proxy filters on a precomputed lowercase text per person (every
        # word typed must occur); the completer only shows what the proxy lets through.
        self.person_proxy = SearchProxy(self)
        self.person_proxy.setSourceModel(self.person_model)
        # No completer of the combo's own (it would scan every name on each key): ours is
        # attached to the line edit without taking over its text, and opened by _person_typed.
        self.person_combo.setCompleter(None)
        completer = QCompleter(self.person_proxy, self.person_combo)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setMaxVisibleItems(12)
        completer.setWidget(self.person_combo.lineEdit())
        popup = completer.popup()
        if isinstance(popup, QListView):
            popup.setUniformItemSizes(True)
        self.person_completer = completer
        self.person_combo.lineEdit().textEdited.connect(self._person_typed)
        self.person_combo.activated.connect(self._person_activated)
        completer.activated[QModelIndex].connect(self._person_completed)
        self.profile_combo = QComboBox(card)
        self.profile_combo.setMinimumContentsLength(26)
        self.budget_spin = QDoubleSpinBox(card)
        self.budget_spin.setRange(0, 1_000_000)
        self.budget_spin.setDecimals(0)
        self.budget_spin.setSingleStep(250)
        self.budget_spin.setPrefix("€ ")
        self.budget_spin.setSpecialValueText(self.tr("geen grens"))
        self.hours_spin = QSpinBox(card)
        self.hours_spin.setRange(1, 2000)
        self.hours_spin.setSuffix(self.tr(" uur"))
        self.start_combo = QComboBox(card)
        now = Quarter.of(self.today)
        for steps in range(1, 9):
            text = str(now.next(steps))
            self.start_combo.addItem(text, text)
        self.propose_button = forms.button(card, self.tr("&Voorstel maken"))
        self.propose_button.setDefault(True)
        self.propose_button.clicked.connect(self.propose)
        fields = (
            (self.tr("&Medewerker:"), self.person_combo, self.tr("Medewerker")),
            (self.tr("P&rofiel:"), self.profile_combo, self.tr("Doelprofiel")),
            (self.tr("&Budget:"), self.budget_spin, self.tr("Budget voor deze persoon")),
            (self.tr("&Uren per kwartaal:"), self.hours_spin, self.tr("Uren per kwartaal")),
            (self.tr("&Start:"), self.start_combo, self.tr("Startkwartaal")),
        )
        positions = ((0, 0), (0, 2), (1, 0), (1, 2), (1, 4))
        for (text, field, accessible), (row, column) in zip(fields, positions, strict=True):
            label = QLabel(text, card)
            label.setBuddy(field)
            field.setAccessibleName(accessible)
            grid.addWidget(label, row, column)
            grid.addWidget(field, row, column + 1)
        grid.addWidget(self.propose_button, 0, 5)
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(3, 2)
        card.body.addLayout(grid)
        return card

    def _build_item_actions(self) -> QWidget:
        box = QWidget(self)
        form = QFormLayout(box)
        form.setContentsMargins(0, 0, 0, 0)
        moves = QHBoxLayout()
        self.earlier_button = forms.button(
            box, self.tr("◀ &Eerder"), self.tr("Een kwartaal eerder")
        )
        self.earlier_button.setShortcut("Ctrl+Left")
        self.earlier_button.clicked.connect(lambda: self.move_selected(-1))
        self.later_button = forms.button(box, self.tr("&Later ▶"), self.tr("Een kwartaal later"))
        self.later_button.setShortcut("Ctrl+Right")
        self.later_button.clicked.connect(lambda: self.move_selected(1))
        self.remove_button = forms.button(
            box, self.tr("Ve&rwijderen"), self.tr("Geselecteerde activiteit verwijderen")
        )
        self.remove_button.setShortcut("Del")
        self.remove_button.clicked.connect(self.remove_selected)
        for widget in (self.earlier_button, self.later_button, self.remove_button):
            moves.addWidget(widget)
        moves.addStretch(1)
        form.addRow(self.tr("Geselecteerde activiteit:"), moves)

        offers = QHBoxLayout()
        self.offer_combo = QComboBox(box)
        self.offer_combo.setMinimumContentsLength(40)
        self.offer_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.offer_combo.setAccessibleName(self.tr("Opleiding uit de catalogus"))
        self.add_offer_button = forms.button(box, self.tr("Opleiding &toevoegen"))
        self.add_offer_button.clicked.connect(self.add_offer)
        offers.addWidget(self.offer_combo, 1)
        offers.addWidget(self.add_offer_button)
        label = QLabel(self.tr("&Catalogus:"), box)
        label.setBuddy(self.offer_combo)
        form.addRow(label, offers)

        own = QHBoxLayout()
        self.own_combo = QComboBox(box)
        self.own_combo.setEditable(True)
        self.own_combo.addItems(plan_edit.OWN_ACTIONS)
        self.own_combo.setMinimumContentsLength(30)
        self.own_combo.setAccessibleName(self.tr("Eigen actie"))
        self.own_hours = QSpinBox(box)
        self.own_hours.setRange(0, 500)
        self.own_hours.setValue(8)
        self.own_hours.setSuffix(self.tr(" uur"))
        self.own_hours.setAccessibleName(self.tr("Uren voor de eigen actie"))
        self.add_own_button = forms.button(box, self.tr("Eigen &actie toevoegen"))
        self.add_own_button.clicked.connect(self.add_own_action)
        own.addWidget(self.own_combo, 1)
        own.addWidget(self.own_hours)
        own.addWidget(self.add_own_button)
        label = QLabel(self.tr("E&igen actie:"), box)
        label.setBuddy(self.own_combo)
        form.addRow(label, own)
        self.item_actions = box
        return box

    def _build_save_row(self) -> QHBoxLayout:
        self.status_combo = QComboBox(self)
        for status in PlanStatus:
            self.status_combo.addItem(status.value, status.value)
        status_label = QLabel(self.tr("S&tatus van het plan:"), self)
        status_label.setBuddy(self.status_combo)
        self.status_combo.setAccessibleName(self.tr("Status van het plan"))
        self.status_combo.currentIndexChanged.connect(self._status_changed)
        self.discard_button = forms.button(self, self.tr("Wijzigingen ver&werpen"))
        self.discard_button.clicked.connect(self.discard)
        self.save_button = forms.button(self, self.tr("&Opslaan"), self.tr("Plan opslaan"))
        self.save_button.clicked.connect(self.save)
        row = QHBoxLayout()
        row.addWidget(status_label)
        row.addWidget(self.status_combo)
        row.addStretch(1)
        row.addWidget(self.discard_button)
        row.addWidget(self.save_button)
        return row

    # -- data ----------------------------------------------------------------------------------
    def reload(self) -> None:
        """Re-read the people, profiles and catalogue; the plan too, unless it has unsaved
        changes (those stay; saving them checks for a colleague's newer version)."""
        self.choices = plan_edit.load_planning_choices(self.context.db)
        keep = self.person.personnel_number if self.person else None
        self.person_model.set_rows(self.choices.employees)
        self.profile_combo.clear()
        self.profile_combo.addItem(self.tr("Gekozen of best passend"), None)
        for profile in self.choices.profiles:
            self.profile_combo.addItem(profile.name, profile.code)
        if not self.dirty or self.hours_spin.value() <= 1:
            self.hours_spin.setValue(round(self.choices.hours_per_quarter))
        choice = self.offer_combo.currentData()
        self.offer_combo.clear()
        for offer in self.choices.offers:
            self.offer_combo.addItem(
                f"{offer.code} {offer.name} ({hours_text(offer.hours)} u, {euro(offer.cost)})",
                offer.code,
            )
        self.offer_combo.setCurrentIndex(max(self.offer_combo.findData(choice), 0))
        position = self.person_model.row_of(keep) if keep else -1
        if position < 0:
            self.person = None
            self.person_combo.setCurrentIndex(-1)
            self._show_plan(None)
            return
        self.person = self.person_model.rows[position]
        self.person_combo.setCurrentIndex(position)
        if not self.dirty:
            self._load_current_plan()
        self._refresh()

    def choose_person(self, personnel_number: str) -> bool:
        position = self.person_model.row_of(personnel_number)
        if position < 0:
            return False
        self.person_combo.setCurrentIndex(position)
        self._person_activated(position)
        return True

    def _person_typed(self, text: str) -> None:
        self.person_proxy.set_search(text)
        completer = self.person_completer
        if text.strip() and self.person_proxy.rowCount():
            completer.complete()
        else:
            completer.popup().hide()

    def _person_completed(self, index: QModelIndex) -> None:
        number = index.data(KEY_ROLE)
        if number:
            self.choose_person(str(number))

    def _person_activated(self, position: int) -> None:
        if not 0 <= position < len(self.person_model.rows):
            return
        chosen = self.person_model.rows[position]
        if self.person is not None and chosen.personnel_number == self.person.personnel_number:
            return
        if self.dirty and self.person is not None:
            self._ask_before_switching(chosen)
            return
        self._switch_to(chosen)

    def _switch_to(self, person: Employee) -> None:
        self.person = person
        self.person_combo.setCurrentIndex(self.person_model.row_of(person.personnel_number))
        self._load_current_plan()
        self._refresh()

    def _ask_before_switching(self, chosen: Employee) -> None:
        """Unsaved changes: ask (without blocking) whether to save them first."""
        assert self.person is not None
        self.person_combo.setCurrentIndex(self.person_model.row_of(self.person.personnel_number))
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Plan niet opgeslagen"))
        box.setText(
            self.tr("Het plan van %1 heeft wijzigingen die nog niet zijn opgeslagen.").replace(
                "%1", self.person.name
            )
        )
        box.setInformativeText(self.tr("Wilt u ze eerst opslaan?"))
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
            if choice == QMessageBox.StandardButton.Save and self.save():
                self._switch_to(chosen)
            elif choice == QMessageBox.StandardButton.Discard:
                self.dirty = False
                self._switch_to(chosen)

        box.finished.connect(answered)
        self.question = box
        box.open()

    def _load_current_plan(self) -> None:
        assert self.person is not None
        self.current = plan_edit.current_plan(self.context.db, self.person.personnel_number)
        self._show_plan(self.current.plan if self.current else None)

    def _show_plan(self, plan: DevelopmentPlan | None) -> None:
        self.dirty = False
        self.profile_code = (
            plan.profile if plan else (self.person.target_profile if self.person else None)
        )
        self.items_model.set_items(list(plan.items) if plan else [])
        self.remaining.setText("")
        status = plan.status if plan else PlanStatus.DRAFT
        self.status_combo.blockSignals(True)
        self.status_combo.setCurrentIndex(self.status_combo.findData(status.value))
        self.status_combo.blockSignals(False)
        self._refresh()

    def _quarters(self) -> list[str]:
        return quarter_range(self.today, self.items_model.items())

    # -- display -------------------------------------------------------------------------------
    def _items_changed(self) -> None:
        self._mark_changed()
        self._refresh()

    def _mark_changed(self) -> None:
        """A changed plan is a concept again until it is agreed (the user may choose)."""
        if not self.dirty:
            self.dirty = True
            self.status_combo.blockSignals(True)
            self.status_combo.setCurrentIndex(self.status_combo.findData(PlanStatus.DRAFT.value))
            self.status_combo.blockSignals(False)

    def _status_changed(self) -> None:
        if self.person is not None:
            self.dirty = True
            self._refresh()

    def _refresh(self) -> None:
        has_person = self.person is not None
        items = self.items_model.items()
        self.table.setVisible(has_person)
        self.item_actions.setVisible(has_person)
        self.empty.setVisible(not has_person)
        self.summary.setText(self._summary_text())
        if items:
            per_quarter: dict[Quarter, float] = defaultdict(float)
            for item in items:
                if item.status != PlanItemStatus.CANCELLED:
                    per_quarter[item.quarter] += item.hours
            total_cost = sum((i.cost for i in items), Decimal("0"))
            text = self.tr("Totaal: %1 activiteiten, %2 uur, %3.")
            text = (
                text.replace("%1", str(len(items)))
                .replace("%2", hours_text(sum(i.hours for i in items)))
                .replace("%3", euro(total_cost))
            )
            cap = self.hours_spin.value()
            busy = [f"{q} ({hours_text(h)} u)" for q, h in sorted(per_quarter.items()) if h > cap]
            if busy:
                text += " " + self.tr("Meer dan %1 uur in: %2.").replace("%1", str(cap)).replace(
                    "%2", ", ".join(busy)
                )
            self.totals.setText(text)
        else:
            self.totals.setText(self.tr("Nog geen activiteiten.") if has_person else "")
        self._update_buttons()

    def _summary_text(self) -> str:
        if self.person is None:
            return ""
        profile = self._profile_name(self.profile_code)
        if self.current is None:
            text = self.tr("%1 heeft nog geen ontwikkelplan.").replace("%1", self.person.name)
        else:
            plan = self.current.plan
            text = (
                self.tr("Huidig plan van %1: versie van %2 (%3), gericht op %4.")
                .replace("%1", self.person.name)
                .replace("%2", plan.created_on.strftime("%d-%m-%Y"))
                .replace("%3", plan.status.value)
                .replace("%4", self._profile_name(plan.profile))
            )
        if self.dirty:
            text += " " + self.tr("Aangepast, nog niet opgeslagen (doel: %1).").replace(
                "%1", profile
            )
        return text

    def _profile_name(self, code: str | None) -> str:
        if code is None or self.choices is None:
            return self.tr("geen profiel")
        return next((p.name for p in self.choices.profiles if p.code == code), code)

    def _selected_row(self) -> int:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def _update_buttons(self) -> None:
        selected = self._selected_row() >= 0
        for button in (self.earlier_button, self.later_button, self.remove_button):
            button.setEnabled(selected)
        has_person = self.person is not None
        self.propose_button.setEnabled(has_person)
        self.add_offer_button.setEnabled(has_person and self.offer_combo.count() > 0)
        self.add_own_button.setEnabled(has_person)
        self.save_button.setEnabled(has_person and self.dirty)
        self.discard_button.setEnabled(has_person and self.dirty)

    def _select(self, row: int) -> None:
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.items_model.index(row, 0))

    # -- item edits (in memory until Opslaan) --------------------------------------------------
    def move_selected(self, steps: int) -> None:
        row = self._selected_row()
        if row < 0:
            return
        item = self.items_model.rows[row]
        self._select(self.items_model.replace_item(row, _moved(item, steps)))

    def remove_selected(self) -> None:
        row = self._selected_row()
        if row >= 0:
            self.items_model.remove_item(row)
            self._select(min(row, self.items_model.rowCount() - 1))

    def _first_free_quarter(self) -> Quarter:
        return Quarter.parse(self.start_combo.currentData())

    def add_offer(self) -> None:
        code = self.offer_combo.currentData()
        if self.choices is None or not code:
            return
        offer = next(o for o in self.choices.offers if o.code == code)
        item = plan_edit.offer_item(
            offer, self._first_free_quarter(), self.choices.funding_hints.get(code)
        )
        self._select(self.items_model.add_item(item))

    def add_own_action(self) -> None:
        title = self.own_combo.currentText().strip()
        if not title:
            tasks.show_user_error(
                self, self.tr("Eigen actie"), UserError(self.tr("Beschrijf eerst de eigen actie."))
            )
            return
        item = PlanItem(
            quarter=self._first_free_quarter(), title=title, hours=float(self.own_hours.value())
        )
        self._select(self.items_model.add_item(item))

    # -- proposal and saving -------------------------------------------------------------------
    def propose(self) -> tasks.TaskHandle[Any] | None:
        """Ask the planning engine for a path (off the GUI thread); planned catalogue items are
        replaced by the proposal, done or running activities and own actions stay."""
        if self.person is None:
            return None
        db, number = self.context.db, self.person.personnel_number
        profile = self.profile_combo.currentData()
        budget = Decimal(str(int(self.budget_spin.value()))) if self.budget_spin.value() else None
        hours = float(self.hours_spin.value())
        start = self.start_combo.currentData()

        def work(progress: tasks.Progress) -> engine.PlanResult:
            progress.report(0, 0, self.tr("Het beste opleidingspad wordt berekend…"))
            result = engine.plan_for_employee(
                db, number, profile=profile, budget=budget, hours_per_quarter=hours, start=start
            )
            progress.check()
            return result

        self.last_task = self.context.tasks.run(
            self, self.tr("Voorstel maken"), work, self._proposal_ready
        )
        return self.last_task

    def _proposal_ready(self, result: engine.PlanResult) -> None:
        if self.choices is None or self.person is None:
            return
        if result.employee.personnel_number != self.person.personnel_number:
            return  # the user moved on to someone else meanwhile
        path = result.path
        kept = [
            item
            for item in self.items_model.items()
            if item.offer is None or item.status != PlanItemStatus.PLANNED
        ]
        proposed = [
            plan_edit.offer_item(
                step.offer, step.quarter, self.choices.funding_hints.get(step.offer.code)
            )
            for step in path.items
        ]
        self.profile_code = path.profile
        self.items_model.set_items(kept + proposed)
        self._mark_changed()
        if path.remaining:
            gaps = ", ".join(
                f"{g.competency} ({g.level if g.level is not None else '?'}→{g.target})"
                for g in path.remaining[:8]
            )
            more = "…" if len(path.remaining) > 8 else ""
            self.remaining.setText(self.tr("Blijft open na dit pad: %1").replace("%1", gaps + more))
        else:
            self.remaining.setText(
                self.tr("Met dit pad haalt %1 alle doelniveaus.").replace("%1", self.person.name)
            )
        if not path.items:
            self.context.signals.status_message.emit(
                self.tr("De catalogus biedt geen opleiding die de kloof verder verkleint.")
            )
        self._refresh()

    def save(self) -> bool:
        """Save the table as a new plan version; the previous version stays readable."""
        if self.person is None:
            return False
        status = PlanStatus(self.status_combo.currentData())
        try:
            saved = plan_edit.save_plan(
                self.context.db,
                self.person.personnel_number,
                profile=self.profile_code,
                items=self.items_model.items(),
                expected=self.current.ref if self.current else None,
                status=status,
            )
        except ConflictError as exc:
            tasks.show_user_error(self, self.tr("Plan niet opgeslagen"), exc)
            self.dirty = False
            self._load_current_plan()
            return False
        except UserError as exc:
            tasks.show_user_error(self, self.tr("Plan niet opgeslagen"), exc)
            return False
        self.current = saved
        self._show_plan(saved.plan)
        self.context.signals.status_message.emit(
            self.tr("Plan van %1 opgeslagen.").replace("%1", self.person.name)
        )
        # Other screens (the person's detail, the overview) show plans too.
        self.context.signals.data_changed.emit(AREA)
        return True

    def discard(self) -> None:
        if self.person is not None:
            self._load_current_plan()


def _moved(item: PlanItem, steps: int) -> PlanItem:
    return replace(item, quarter=item.quarter.next(steps))
