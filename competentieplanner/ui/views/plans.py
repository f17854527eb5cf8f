"""Plannen: a development plan per person, and the organisation's training budget (layout).

The first tab proposes a path for one person with the planning engine, lets the user adjust it
(remove items, add catalogue offers or own actions, move items between quarters) and saves it as
a new plan version. The second tab (:mod:`.budget_planner`) shows what a budget buys per unit.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QUndoStack
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
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from competentieplanner.domain.model import (
    Employee,
    FundingSource,
    PlanItemStatus,
    PlanStatus,
    Quarter,
)
from competentieplanner.services.plan_edit import OWN_ACTIONS
from competentieplanner.ui import formatting, forms, theme
from competentieplanner.ui.context import AppContext
from competentieplanner.ui.delegates import ChoiceDelegate, DoubleSpinBoxDelegate
from competentieplanner.ui.models.plan import (
    COST_COLUMN,
    FUNDING_COLUMN,
    HOURS_COLUMN,
    QUARTER_COLUMN,
    STATUS_COLUMN,
    TITLE_COLUMN,
    PlanItemsModel,
)
from competentieplanner.ui.models.rows import Column, RowTableModel, SearchProxy
from competentieplanner.ui.operations.plans import PLANS_AREA
from competentieplanner.ui.views.budget_planner import OrganisationBudgetTab
from competentieplanner.ui.views.plan_controller import PersonPlanController
from competentieplanner.ui.widgets.common import Card, EmptyState, Hint, PageTitle

AREA = PLANS_AREA


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


class PlansView(QWidget):
    title = "Plannen"
    #: The unsaved-edit history changed, or the tab on show did (see local_history).
    local_history_changed = Signal()

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
        self.tabs.addTab(self.organisation, self.tr("Bu&dget organisatie"))
        layout.addWidget(self.tabs, 1)
        self.person.controller.history.indexChanged.connect(self.local_history_changed)
        self.tabs.currentChanged.connect(self.local_history_changed)

    def reload(self) -> None:
        self.person.reload()
        self.organisation.reload()

    def local_history(self) -> QUndoStack | None:
        """Ctrl+Z / Ctrl+Y undo the unsaved edits of the plan on show."""
        return self.person.controller.history if self.tabs.currentWidget() is self.person else None

    # -- unsaved work (ui.unsaved.UnsavedWork) --------------------------------------------------
    def unsaved_changes(self) -> list[str]:
        return self.person.controller.unsaved_changes()

    def save_changes(self, then: Callable[[], None]) -> None:
        self.person.controller.save(then=then)

    def discard_changes(self) -> None:
        self.person.controller.discard()

    def open_item(self, kind: str, payload: object) -> None:
        """Show the plan of a person ("plan" or "employee", personnel number)."""
        if kind in ("plan", "employee", "plans"):
            self.tabs.setCurrentWidget(self.person)
            self.person.choose_person(str(payload))


class PersonPlanTab(QWidget):
    """The layout of the "Persoonlijk plan" tab; its state and behaviour are in
    :class:`~competentieplanner.ui.views.plan_controller.PersonPlanController`."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.controller = PersonPlanController(context, self)
        control = self.controller

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, theme.SPACING, 0, 0)
        layout.setSpacing(theme.SPACING)
        layout.addWidget(self._build_controls())

        self.summary = Hint("", self)
        layout.addWidget(self.summary)
        self.items_model = PlanItemsModel(self)
        self.items_model.changed.connect(control.items_changed)
        self.table = QTableView(self)
        self.table.setModel(self.items_model)
        forms.prepare_table(self.table, self.tr("Activiteiten van het plan"))
        self.table.setEditTriggers(
            QTableView.EditTrigger.DoubleClicked | QTableView.EditTrigger.EditKeyPressed
        )
        self.table.setItemDelegateForColumn(
            QUARTER_COLUMN,
            ChoiceDelegate(
                lambda _index: [(formatting.quarter(q), q) for q in control.quarters()],
                self.table,
            ),
        )
        self.table.setItemDelegateForColumn(
            HOURS_COLUMN, DoubleSpinBoxDelegate(0, 2000, 1, self.table, step=1)
        )
        self.table.setItemDelegateForColumn(
            COST_COLUMN, DoubleSpinBoxDelegate(0, 1_000_000, 2, self.table, step=50, prefix="€ ")
        )
        self.table.setItemDelegateForColumn(
            FUNDING_COLUMN,
            ChoiceDelegate(
                [(formatting.word(f.label), f.value) for f in FundingSource], self.table
            ),
        )
        self.table.setItemDelegateForColumn(
            STATUS_COLUMN,
            ChoiceDelegate(
                [(formatting.word(s.value), s.value) for s in PlanItemStatus], self.table
            ),
        )
        header = self.table.horizontalHeader()
        for column, width in enumerate((80, 330, 80, 60, 90, 100, 90, 130)):
            header.resizeSection(column, width)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(TITLE_COLUMN, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(control.update_buttons)
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

    def reload(self) -> None:
        self.controller.reload()

    def choose_person(self, personnel_number: str) -> bool:
        return self.controller.choose_person(personnel_number)

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
        self.person_combo.setMinimumContentsLength(22)
        line = self.person_combo.lineEdit()
        assert line is not None  # an editable combo box has one
        line.setPlaceholderText(self.tr("Typ een naam of personeelsnummer"))
        # Search as you type: our proxy filters on a precomputed lowercase text per person (every
        # word typed must occur); the completer only shows what the proxy lets through.
        self.person_proxy = SearchProxy(self)
        self.person_proxy.setSourceModel(self.person_model)
        # No completer of the combo's own (it would scan every name on each key): ours is
        # attached to the line edit without taking over its text, and opened by person_typed.
        # (None removes a completer; the stubs do not say so.)
        self.person_combo.setCompleter(None)  # type: ignore[arg-type]
        completer = QCompleter(self.person_proxy, self.person_combo)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setMaxVisibleItems(12)
        completer.setWidget(line)
        popup = completer.popup()
        if isinstance(popup, QListView):
            popup.setUniformItemSizes(True)
        self.person_completer = completer
        line.textEdited.connect(self.controller.person_typed)
        self.person_combo.activated.connect(self.controller.person_activated)
        # The index overload of the signal (the stubs do not model overloaded signals).
        completer.activated[QModelIndex].connect(  # type: ignore[index]
            self.controller.person_completed
        )
        self.profile_combo = QComboBox(card)
        self.profile_combo.setMinimumContentsLength(16)
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
        now = Quarter.of(self.controller.today)
        for steps in range(1, 9):
            text = str(now.next(steps))
            self.start_combo.addItem(formatting.quarter(text), text)
        self.propose_button = forms.button(card, self.tr("&Voorstel maken"))
        self.propose_button.setDefault(True)
        self.propose_button.clicked.connect(self.controller.propose)
        fields = (
            (self.tr("&Medewerker:"), self.person_combo, self.tr("Medewerker")),
            (self.tr("Pro&fiel:"), self.profile_combo, self.tr("Doelprofiel")),
            (self.tr("B&udget:"), self.budget_spin, self.tr("Budget voor deze persoon")),
            (self.tr("Uren per &kwartaal:"), self.hours_spin, self.tr("Uren per kwartaal")),
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
        self.earlier_button.clicked.connect(lambda: self.controller.move_selected(-1))
        self.later_button = forms.button(box, self.tr("Late&r ▶"), self.tr("Een kwartaal later"))
        self.later_button.setShortcut("Ctrl+Right")
        self.later_button.clicked.connect(lambda: self.controller.move_selected(1))
        self.remove_button = forms.button(
            box, self.tr("Verwi&jderen"), self.tr("Geselecteerde activiteit verwijderen")
        )
        self.remove_button.setShortcut("Del")
        self.remove_button.clicked.connect(self.controller.remove_selected)
        for widget in (self.earlier_button, self.later_button, self.remove_button):
            moves.addWidget(widget)
        moves.addStretch(1)
        form.addRow(self.tr("Geselecteerde activiteit:"), moves)

        offers = QHBoxLayout()
        self.offer_combo = QComboBox(box)
        self.offer_combo.setMinimumContentsLength(24)
        self.offer_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.offer_combo.setAccessibleName(self.tr("Opleiding uit de catalogus"))
        self.add_offer_button = forms.button(box, self.tr("Opleiding &toevoegen"))
        self.add_offer_button.clicked.connect(self.controller.add_offer)
        offers.addWidget(self.offer_combo, 1)
        offers.addWidget(self.add_offer_button)
        label = QLabel(self.tr("&Catalogus:"), box)
        label.setBuddy(self.offer_combo)
        form.addRow(label, offers)

        own = QHBoxLayout()
        self.own_combo = QComboBox(box)
        self.own_combo.setEditable(True)
        self.own_combo.addItems(OWN_ACTIONS)
        self.own_combo.setMinimumContentsLength(18)
        self.own_combo.setAccessibleName(self.tr("Eigen actie"))
        self.own_hours = QSpinBox(box)
        self.own_hours.setRange(0, 500)
        self.own_hours.setValue(8)
        self.own_hours.setSuffix(self.tr(" uur"))
        self.own_hours.setAccessibleName(self.tr("Uren voor de eigen actie"))
        self.add_own_button = forms.button(box, self.tr("Eigen &actie toevoegen"))
        self.add_own_button.clicked.connect(self.controller.add_own_action)
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
            self.status_combo.addItem(formatting.word(status.value), status.value)
        status_label = QLabel(self.tr("Status van het pla&n:"), self)
        status_label.setBuddy(self.status_combo)
        self.status_combo.setAccessibleName(self.tr("Status van het plan"))
        self.status_combo.currentIndexChanged.connect(self.controller.status_changed)
        self.discard_button = forms.button(self, self.tr("Wijzi&gingen verwerpen"))
        self.discard_button.clicked.connect(self.controller.discard)
        self.save_button = forms.button(self, self.tr("&Opslaan"), self.tr("Plan opslaan"))
        self.save_button.clicked.connect(lambda: self.controller.save())
        row = QHBoxLayout()
        row.addWidget(status_label)
        row.addWidget(self.status_combo)
        row.addStretch(1)
        row.addWidget(self.discard_button)
        row.addWidget(self.save_button)
        return row
