"""Step 5, Afspraken: the development actions, starting from the planner's proposed path.

The first visit fills the list with what is still open in the current plan (a voortgangsgesprek
shows the whole plan, to tick items done) and the planner's path toward the chosen profile,
computed from the levels just agreed. The team lead then removes, moves and adds actions: own
actions such as job shadowing in a social team, a project role, intervision or coaching, each with
quarter, hours, cost, funding source and, where it applies, a repayment clause.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QStackedWidget,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from competentieplanner.domain.errors import UserError
from competentieplanner.domain.interview import (
    OWN_ACTIONS,
    REPAYMENT_CLAUSE_FROM,
    ActionEntry,
    suggests_repayment_clause,
)
from competentieplanner.domain.model import FundingSource, InterviewKind, PlanItemStatus, Quarter
from competentieplanner.services import interview as service
from competentieplanner.ui import tasks, theme
from competentieplanner.ui.interview.labels import status_label
from competentieplanner.ui.interview.session import InterviewSession
from competentieplanner.ui.interview.smart_fields import SmartFields
from competentieplanner.ui.interview.widgets import StepPage, euro
from competentieplanner.ui.models.interview_actions import COLUMNS, ActionsModel, kind_label
from competentieplanner.ui.translate_noop import QT_TRANSLATE_NOOP
from competentieplanner.ui.widgets.common import Card, EmptyState, Hint, SectionHeader

#: How far ahead the quarter list reaches.
QUARTERS_AHEAD = 8


class ActionsStep(StepPage):
    heading = QT_TRANSLATE_NOOP("ActionsStep", "Afspraken")

    def __init__(self, session: InterviewSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self._loading = False
        self.message_box: QWidget | None = None
        self.stack = QStackedWidget(self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)
        self.empty = EmptyState(self.tr("Kies eerst bij Voorbereiden een medewerker."), self.stack)
        self.stack.addWidget(self.empty)

        page = QWidget(self.stack)
        root = QVBoxLayout(page)
        root.setContentsMargins(0, 0, 0, 0)
        root.setSpacing(theme.MARGIN)
        table_card = Card(page)
        header = QHBoxLayout()
        header.addWidget(SectionHeader(self.tr("Afgesproken activiteiten"), table_card), 1)
        self.propose_button = QPushButton(self.tr("&Voorstel van de planner toevoegen"), table_card)
        self.propose_button.clicked.connect(self.add_proposal)
        header.addWidget(self.propose_button)
        self.offer_combo = QComboBox(table_card)
        self.offer_combo.setAccessibleName(self.tr("Opleiding uit de catalogus"))
        self.offer_combo.setMinimumContentsLength(28)
        self.offer_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        header.addWidget(self.offer_combo)
        self.add_offer_button = QPushButton(self.tr("Opleiding &toevoegen"), table_card)
        self.add_offer_button.clicked.connect(self.add_selected_offer)
        header.addWidget(self.add_offer_button)
        self.own_button = QToolButton(table_card)
        self.own_button.setText(self.tr("&Eigen actie toevoegen"))
        self.own_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.own_menu = QMenu(self.own_button)
        for key, title in OWN_ACTIONS.items():
            action = self.own_menu.addAction(
                kind_label(key) if key != "anders" else self.tr("Andere eigen actie")
            )
            action.setData(key)
            action.triggered.connect(
                lambda _checked=False, k=key, t=title: self.add_own_action(k, t)
            )
        self.own_button.setMenu(self.own_menu)
        header.addWidget(self.own_button)
        self.remove_button = QPushButton(self.tr("Ve&rwijderen"), table_card)
        self.remove_button.clicked.connect(self.remove_selected)
        header.addWidget(self.remove_button)
        table_card.body.addLayout(header)
        self.source_hint = Hint("", table_card)
        table_card.body.addWidget(self.source_hint)

        self.model = ActionsModel(self)
        self.view = QTableView(table_card)
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Afgesproken activiteiten"))
        self.view.verticalHeader().hide()
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # in quarter order, oldest first
        self.view.setAlternatingRowColors(True)
        head = self.view.horizontalHeader()
        widths = (80, 0, 110, 60, 95, 105, 140, 85)
        for column, width in enumerate(widths):
            if width:
                head.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
                head.resizeSection(column, width)
            else:
                head.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        assert len(widths) == len(COLUMNS)
        table_card.body.addWidget(self.view, 1)
        self.totals = QLabel("", table_card)
        self.totals.setFont(theme.scaled_font(self.font(), 1.0, bold=True))
        self.totals.setWordWrap(True)
        table_card.body.addWidget(self.totals)
        root.addWidget(table_card, 1)

        self.editor = Card(page)
        self.editor.body.addWidget(SectionHeader(self.tr("Geselecteerde activiteit"), self.editor))
        columns = QHBoxLayout()
        columns.setSpacing(theme.MARGIN * 2)
        what, when, money = QFormLayout(), QFormLayout(), QFormLayout()
        columns.addLayout(what, 3)
        columns.addLayout(when, 2)
        columns.addLayout(money, 2)
        self.editor.body.addLayout(columns)
        self.smart = SmartFields(self.editor)
        self.editor.body.addWidget(self.smart)
        self.title_edit = QLineEdit(self.editor)
        self.title_edit.setMaxLength(300)
        self._row(what, self.tr("&Activiteit"), self.title_edit)
        self.notes_edit = QLineEdit(self.editor)
        self.notes_edit.setPlaceholderText(self.tr("bijv. leerdoel of met wie"))
        self._row(what, self.tr("T&oelichting"), self.notes_edit)
        self.status_combo = QComboBox(self.editor)
        for status in PlanItemStatus:
            self.status_combo.addItem(status_label(status), status.value)
        self._row(what, self.tr("&Status"), self.status_combo)
        self.quarter_combo = QComboBox(self.editor)
        self._row(when, self.tr("&Kwartaal"), self.quarter_combo)
        self.hours_spin = QDoubleSpinBox(self.editor)
        self.hours_spin.setRange(0, 2000)
        self.hours_spin.setDecimals(1)
        self.hours_spin.setSuffix(self.tr(" uur"))
        self._row(when, self.tr("&Uren"), self.hours_spin)
        self.cost_spin = QDoubleSpinBox(self.editor)
        self.cost_spin.setRange(0, 1_000_000)
        self.cost_spin.setDecimals(2)
        self.cost_spin.setPrefix("€ ")
        self.cost_spin.setGroupSeparatorShown(True)
        self._row(when, self.tr("K&osten"), self.cost_spin)
        self.funding_combo = QComboBox(self.editor)
        for source in FundingSource:
            self.funding_combo.addItem(source.label, source.value)
        self._row(money, self.tr("&Financiering"), self.funding_combo)
        self.clause_check = QCheckBox(
            self.tr("Studiekostenbeding (terugbetalen bij vertrek)"), self.editor
        )
        self.clause_check.setAccessibleName(self.tr("Studiekostenbeding"))
        money.addRow(self.clause_check)
        self.clause_hint = Hint(
            self.tr(
                "Voorgesteld bij opleidingen vanaf {amount}; het is altijd een eigen keuze."
            ).format(amount=euro(REPAYMENT_CLAUSE_FROM)),
            self.editor,
        )
        money.addRow(self.clause_hint)
        root.addWidget(self.editor, 0)
        self.stack.addWidget(page)
        self.page = page

        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._show_selected())
        self.title_edit.textEdited.connect(lambda text: self._edit("title", text, False))
        self.notes_edit.textEdited.connect(lambda text: self._edit("notes", text, False))
        self.smart.edited.connect(lambda field, value: self._edit(field, value, False))
        self.quarter_combo.activated.connect(
            lambda _i: self._edit("quarter", self.quarter_combo.currentData(), True)
        )
        self.hours_spin.valueChanged.connect(lambda value: self._edit("hours", float(value), False))
        self.cost_spin.valueChanged.connect(
            lambda value: self._edit("cost", Decimal(str(round(value, 2))), False)
        )
        self.funding_combo.activated.connect(
            lambda _i: self._edit("funding", FundingSource(self.funding_combo.currentData()), True)
        )
        self.clause_check.toggled.connect(
            lambda checked: self._edit("repayment_clause", checked, True)
        )
        self.status_combo.activated.connect(
            lambda _i: self._edit("status", PlanItemStatus(self.status_combo.currentData()), True)
        )

    def _row(self, form: QFormLayout, text: str, widget: QWidget) -> None:
        label = QLabel(text, self.editor)
        label.setBuddy(widget)
        widget.setAccessibleName(text.replace("&", ""))
        form.addRow(label, widget)

    # -- filling -----------------------------------------------------------------------------------
    def refresh(self) -> None:
        prep, draft = self.session.prep, self.session.draft
        if prep is None or draft is None:
            self.stack.setCurrentWidget(self.empty)
            self.model.set_actions([])
            return
        self.stack.setCurrentWidget(self.page)
        self._loading = True
        try:
            self.offer_combo.clear()
            self.offer_combo.addItem(self.tr("Kies een opleiding uit de catalogus…"), "")
            own = {c.code for c in prep.framework.competencies}
            relevant = [
                o
                for o in prep.catalogue
                if not o.effects or any(e.competency in own for e in o.effects)
            ]
            for offer in sorted(relevant, key=lambda o: o.name.casefold()):
                hours = f"{offer.hours:g}".replace(".", ",")
                self.offer_combo.addItem(
                    f"{offer.name} ({euro(offer.cost)}, {hours} uur)", offer.code
                )
            self._fill_quarters()
        finally:
            self._loading = False
        self.model.set_actions(draft.actions)
        self._sort()
        editable = not self.session.is_closed
        for widget in (
            self.propose_button,
            self.offer_combo,
            self.add_offer_button,
            self.own_button,
            self.remove_button,
        ):
            widget.setEnabled(editable)
        self.editor.setEnabled(editable)
        self._show_hint()
        self._show_totals()
        if self.model.rowCount():
            self.view.selectRow(0)
        self._show_selected()

    def _sort(self) -> None:
        """Keep the list in quarter order (the header shows it); the selection stays put."""
        row = self.selected_row()
        chosen = self.model.action(row) if 0 <= row < self.model.rowCount() else None
        header = self.view.horizontalHeader()
        # The model sorts itself: the view only re-sorts when the indicator changes.
        self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        if chosen is not None:
            for index in range(self.model.rowCount()):
                if self.model.action(index) is chosen:
                    self.view.selectRow(index)
                    self.view.scrollTo(self.model.index(index, 0))
                    break

    def enter(self) -> None:
        draft = self.session.draft
        if draft is not None and self.session.active and not draft.actions_started:
            self.start_actions()
        else:
            self.refresh()

    def start_actions(self) -> None:
        """The first visit: carry the current plan over and add the planner's proposal."""
        prep, draft = self.session.prep, self.session.draft
        assert prep is not None and draft is not None
        actions = service.carried_actions(prep, draft.kind)
        if draft.profile and draft.kind is not InterviewKind.PROGRESS:
            actions += self._proposal(actions)
        draft.actions = actions
        draft.actions_started = True
        self.refresh()
        self.session.edited(immediate=True)

    def _proposal(self, keep: list[ActionEntry]) -> list[ActionEntry]:
        prep, draft = self.session.prep, self.session.draft
        assert prep is not None and draft is not None and draft.profile
        return service.propose_actions(
            prep,
            profile=draft.profile,
            levels=self.session.levels_now(),
            start=Quarter.of(draft.held_on).next(),
            keep=keep,
        )

    def _fill_quarters(self) -> None:
        draft = self.session.draft
        assert draft is not None
        first = Quarter.of(draft.held_on)
        quarters = [str(first.next(step)) for step in range(QUARTERS_AHEAD + 1)]
        for action in draft.actions:
            if action.quarter not in quarters:
                quarters.append(action.quarter)
        self.quarter_combo.clear()
        for quarter in sorted(quarters):
            self.quarter_combo.addItem(quarter, quarter)

    def _show_hint(self) -> None:
        draft = self.session.draft
        assert draft is not None
        if draft.kind is InterviewKind.PROGRESS:
            text = self.tr(
                "Voortgangsgesprek: hieronder staat het hele huidige plan. Zet afgeronde "
                "activiteiten op ‘afgerond’, verschuif of laat vervallen wat niet doorgaat."
            )
        elif draft.profile:
            text = self.tr(
                "Open afspraken uit het huidige plan blijven staan; de planner vult aan met de "
                "opleidingen die de kloven naar het gekozen profiel het best dichten."
            )
        else:
            text = self.tr(
                "Kies bij Richting een profiel om een voorstel van de planner te krijgen."
            )
        self.source_hint.setText(text)
        self.propose_button.setEnabled(bool(draft.profile) and not self.session.is_closed)

    def _show_totals(self) -> None:
        draft = self.session.draft
        if draft is None:
            return
        live = [a for a in draft.actions if a.status is not PlanItemStatus.CANCELLED]
        hours = sum(a.hours for a in live)
        by_source = {
            source: sum((a.cost for a in live if a.funding is source), Decimal("0"))
            for source in FundingSource
        }
        total = sum(by_source.values(), Decimal("0"))
        parts = ", ".join(
            f"{source.label} {euro(amount)}" for source, amount in by_source.items() if amount
        )
        self.totals.setText(
            self.tr("Totaal: {count} activiteiten, {hours} uur, {total}").format(
                count=len(live), hours=f"{hours:g}".replace(".", ","), total=euro(total)
            )
            + (f" ({parts})" if parts else "")
        )

    # -- the selected action -----------------------------------------------------------------------
    def selected_row(self) -> int:
        index = self.view.selectionModel().currentIndex()
        return index.row() if index.isValid() else -1

    def _show_selected(self) -> None:
        row = self.selected_row()
        has = 0 <= row < self.model.rowCount()
        self.editor.setEnabled(has and not self.session.is_closed)
        self.remove_button.setEnabled(has and not self.session.is_closed)
        if not has:
            return
        action = self.model.action(row)
        self._loading = True
        try:
            self.title_edit.setText(action.title)
            self.notes_edit.setText(action.notes)
            index = self.quarter_combo.findData(action.quarter)
            if index < 0:
                self.quarter_combo.addItem(action.quarter, action.quarter)
                index = self.quarter_combo.count() - 1
            self.quarter_combo.setCurrentIndex(index)
            self.hours_spin.setValue(action.hours)
            self.cost_spin.setValue(float(action.cost))
            self.funding_combo.setCurrentIndex(self.funding_combo.findData(action.funding.value))
            self.clause_check.setChecked(action.repayment_clause)
            self.status_combo.setCurrentIndex(self.status_combo.findData(action.status.value))
        finally:
            self._loading = False
        self.smart.show_action(action)

    def _edit(self, field: str, value: object, immediate: bool) -> None:
        row = self.selected_row()
        if self._loading or row < 0 or self.session.draft is None:
            return
        action = self.model.action(row)
        setattr(action, field, value)
        self.smart.show_prompt(action)
        self.model.row_changed(row)
        if field == "quarter":
            self._sort()
        self._show_totals()
        self.session.edited(immediate=immediate)

    # -- adding and removing -----------------------------------------------------------------------
    def _append(self, action: ActionEntry) -> None:
        row = self.model.append(action)
        self.view.selectionModel().setCurrentIndex(
            self.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self._fill_quarters_keep()
        self._sort()
        self._show_totals()
        self._show_selected()
        self.session.edited(immediate=True)

    def _fill_quarters_keep(self) -> None:
        self._loading = True
        try:
            self._fill_quarters()
        finally:
            self._loading = False

    def add_proposal(self) -> int:
        """Add what the planner proposes on top of the current list; returns how many."""
        draft = self.session.draft
        if draft is None or not draft.profile:
            return 0
        try:
            proposal = self._proposal(list(draft.actions))
        except UserError as exc:
            self.message_box = tasks.show_user_error(self, self.tr("Voorstel van de planner"), exc)
            return 0
        for action in proposal:
            self._append(action)
        if not proposal:
            self.session.context.signals.status_message.emit(
                self.tr(
                    "De planner heeft niets toe te voegen: de kloven zijn gedekt of de catalogus "
                    "biedt niets passends."
                )
            )
        return len(proposal)

    def add_selected_offer(self) -> None:
        prep, draft = self.session.prep, self.session.draft
        code = self.offer_combo.currentData()
        if prep is None or draft is None or not code:
            return
        offer = prep.offer(code)
        if offer is None:
            return
        self._append(
            ActionEntry(
                title=offer.name,
                quarter=str(Quarter.of(draft.held_on).next()),
                offer=offer.code,
                hours=offer.hours,
                cost=offer.cost,
                funding=prep.offer_funding.get(offer.code, FundingSource.EMPLOYER),
                repayment_clause=suggests_repayment_clause(offer.cost),
            )
        )

    def add_own_action(self, kind: str, title: str) -> None:
        draft = self.session.draft
        if draft is None:
            return
        self._append(
            ActionEntry(
                title=title,
                quarter=str(Quarter.of(draft.held_on).next()),
                action_kind=kind,
            )
        )
        self.title_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.title_edit.selectAll()

    def remove_selected(self) -> None:
        row = self.selected_row()
        if row < 0:
            return
        self.model.remove(row)
        self._show_totals()
        if self.model.rowCount():
            self.view.selectRow(min(row, self.model.rowCount() - 1))
        self._show_selected()
        self.session.edited(immediate=True)
