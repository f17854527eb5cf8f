"""Overzicht: what HRM asks first.

Advisors (and everyone else) per future profile and readiness, the teams with continuity risks
(a competency covered by one person or nobody), and the training budget planned against what is
available, per unit, for a chosen year.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from competentieplanner.services.organisation_overview import OrganisationOverview
from competentieplanner.ui import formatting, tasks, theme
from competentieplanner.ui.context import AppContext
from competentieplanner.ui.controllers.overview import OverviewController
from competentieplanner.ui.models.overview import UNIT_ROLE, BudgetTableModel, RiskTableModel
from competentieplanner.ui.widgets.common import (
    Card,
    EmptyState,
    Hint,
    KeyFigure,
    PageTitle,
    SectionHeader,
)
from competentieplanner.ui.widgets.stacked_bars import StackedBarsWidget, StackedRow
from competentieplanner.ui.widgets.tables import CompactTable


class OverviewPage(QWidget):
    """Lays out the overview and shows what :class:`OverviewController` reads."""

    title = "Overzicht"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.controller = OverviewController(context, self)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        outer.addWidget(scroll)
        page = QWidget(scroll)
        scroll.setWidget(page)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(theme.MARGIN, theme.MARGIN, theme.MARGIN, theme.MARGIN)
        layout.setSpacing(theme.MARGIN)

        head = QHBoxLayout()
        head.addWidget(PageTitle(self.tr("Overzicht"), page))
        self.date_label = Hint("", page)
        self.date_label.setWordWrap(False)
        head.addWidget(self.date_label, 0, Qt.AlignmentFlag.AlignBottom)
        head.addStretch(1)
        year_label = QLabel(self.tr("Budget&jaar:"), page)
        self.year_combo = QComboBox(page)
        self.year_combo.setAccessibleName(self.tr("Budgetjaar"))
        year_label.setBuddy(self.year_combo)
        self.year_combo.activated.connect(self._on_year_chosen)
        head.addWidget(year_label)
        head.addWidget(self.year_combo)
        layout.addLayout(head)

        self.states = QStackedWidget(page)
        self.loading = EmptyState(self.tr("Het overzicht wordt berekend…"), page)
        self.empty = EmptyState(
            self.tr(
                "Deze database bevat nog geen medewerkers. Importeer een personeelslijst via "
                "Bestand ▸ Importeren ▸ Medewerkers, of maak een nieuwe database en laad de "
                "demogemeente om de mogelijkheden te verkennen."
            ),
            page,
        )
        content = QWidget(page)
        self.states.addWidget(self.loading)
        self.states.addWidget(self.empty)
        self.states.addWidget(content)
        self.content = content
        layout.addWidget(self.states, 1)

        body = QVBoxLayout(content)
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(theme.MARGIN)
        figures = QHBoxLayout()
        figures.setSpacing(theme.SPACING * 2)
        self.figure_staff = KeyFigure(self.tr("medewerkers"), content)
        self.figure_ready = KeyFigure(self.tr("inzetbaar voor hun gekozen profiel"), content)
        self.figure_risks = KeyFigure(self.tr("teams met een continuïteitsrisico"), content)
        self.figure_budget = KeyFigure(self.tr("van het opleidingsbudget gepland"), content)
        for figure in (self.figure_staff, self.figure_ready, self.figure_risks, self.figure_budget):
            figures.addWidget(figure, 1)
        body.addLayout(figures)

        readiness_card = Card(content)
        readiness_card.body.addWidget(
            SectionHeader(self.tr("Gereedheid per toekomstprofiel"), readiness_card)
        )
        readiness_card.body.addWidget(
            Hint(
                self.tr(
                    "Iedereen die op het competentiekader van een profiel wordt beoordeeld, "
                    "gemeten tegen dat profiel. Rechts: hoeveel mensen het als doel kozen."
                ),
                readiness_card,
            )
        )
        self.readiness_bars = StackedBarsWidget(readiness_card)
        readiness_card.body.addWidget(self.readiness_bars)
        body.addWidget(readiness_card)

        grid = QGridLayout()
        grid.setSpacing(theme.SPACING * 2)
        risk_card = Card(content)
        risk_card.body.addWidget(
            SectionHeader(self.tr("Teams met continuïteitsrisico's"), risk_card)
        )
        self.risk_hint = Hint("", risk_card)
        risk_card.body.addWidget(self.risk_hint)
        self.risk_model = RiskTableModel(self)
        self.risk_table = CompactTable(
            self.tr("Teams met continuïteitsrisico's"), risk_card, max_rows=12
        )
        self.risk_table.setModel(self.risk_model)
        risk_header = self.risk_table.horizontalHeader()
        risk_header.setStretchLastSection(False)
        risk_header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        risk_header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        risk_header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.risk_table.activated.connect(self._open_team)
        risk_card.body.addWidget(self.risk_table)
        risk_card.body.addStretch(1)
        grid.addWidget(risk_card, 0, 0)

        budget_card = Card(content)
        self.budget_header = SectionHeader(self.tr("Opleidingsbudget"), budget_card)
        budget_card.body.addWidget(self.budget_header)
        self.budget_hint = Hint("", budget_card)
        budget_card.body.addWidget(self.budget_hint)
        self.budget_model = BudgetTableModel(self)
        self.budget_table = CompactTable(
            self.tr("Opleidingsbudget per eenheid"), budget_card, max_rows=14
        )
        self.budget_table.setModel(self.budget_model)
        header = self.budget_table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        budget_card.body.addWidget(self.budget_table)
        budget_card.body.addStretch(1)
        grid.addWidget(budget_card, 0, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        body.addLayout(grid)
        body.addStretch(1)
        self.controller.loading.connect(self._show_loading)
        self.controller.overview_loaded.connect(self._show_overview)
        self.reload()

    # -- what the controller holds ---------------------------------------------------------------
    @property
    def loaded(self) -> bool:
        return self.controller.loaded

    @property
    def overview(self) -> OrganisationOverview | None:
        return self.controller.overview

    @property
    def load_task(self) -> tasks.TaskHandle[OrganisationOverview] | None:
        return self.controller.load_task

    def reload(self) -> None:
        self.controller.reload()

    # -- showing -------------------------------------------------------------------------------
    def _show_loading(self) -> None:
        if self.controller.overview is None:
            self.states.setCurrentWidget(self.loading)

    def _on_year_chosen(self, _index: int) -> None:
        self.controller.choose_year(int(self.year_combo.currentData()))

    def _show_overview(self, overview: OrganisationOverview) -> None:
        self.date_label.setText(
            self.tr("stand op {date}").format(date=formatting.date(dt.date.today()))
        )
        years = self.controller.years()
        self.year_combo.blockSignals(True)
        self.year_combo.clear()
        for year in years:
            self.year_combo.addItem(str(year), year)
        self.year_combo.setCurrentIndex(years.index(overview.year))
        self.year_combo.blockSignals(False)
        if overview.employees == 0:
            self.states.setCurrentWidget(self.empty)
            return
        self.states.setCurrentWidget(self.content)
        self._show_figures(overview)
        self.readiness_bars.set_rows(
            [
                StackedRow(
                    p.profile.name,
                    tuple(p.counts.items()),
                    self.tr("{count} gekozen").format(count=formatting.count(p.chosen)),
                )
                for p in overview.readiness
            ]
        )
        self.risk_model.set_risks(overview.risks, overview.competency_names)
        self.risk_table.setVisible(bool(overview.risks))
        self.risk_table.fit_height()
        if overview.risks:
            self.risk_hint.setText(
                self.tr(
                    "Competenties die in een team door niemand of door maar één persoon op "
                    "doelniveau worden beheerst. Dubbelklik voor de heatmap."
                )
            )
        else:
            self.risk_hint.setText(
                self.tr(
                    "Geen risico's: in alle {count} teams met een teamprofiel beheersen minstens "
                    "twee mensen elke competentie op doelniveau."
                ).format(count=overview.teams_measured)
            )
        self.budget_header.setText(self.tr("Opleidingsbudget {year}").format(year=overview.year))
        self.budget_model.set_budgets(overview.budgets)
        self.budget_table.setVisible(bool(overview.budgets))
        self.budget_table.fit_height()
        self.budget_hint.setText(
            self.tr(
                "Gepland: kosten van de activiteiten in de huidige ontwikkelplannen die de "
                "werkgever betaalt (zonder vervallen activiteiten)."
            )
            if overview.budgets
            else self.tr("Voor {year} zijn geen budgetten of geplande kosten vastgelegd.").format(
                year=overview.year
            )
        )

    def _show_figures(self, overview: OrganisationOverview) -> None:
        self.figure_staff.set_value(
            formatting.count(overview.employees),
            self.tr("{count} met een ontwikkelplan").format(count=overview.with_plan),
        )
        self.figure_staff.caption.setText(
            self.tr("medewerkers, {count} met een ontwikkelplan").format(
                count=formatting.count(overview.with_plan)
            )
        )
        chosen = sum(p.chosen for p in overview.readiness)
        self.figure_ready.set_value(formatting.count(overview.ready_for_chosen))
        self.figure_ready.caption.setText(
            self.tr("van {count} mensen met een gekozen profiel zijn er inzetbaar").format(
                count=formatting.count(chosen)
            )
        )
        self.figure_risks.set_value(
            f"{formatting.count(len(overview.risks))} / {formatting.count(overview.teams_measured)}"
        )
        available, planned = overview.total_available, overview.total_planned
        share = float(planned / available * 100) if available else None
        self.figure_budget.set_value(formatting.pct(share) if share is not None else "–")
        self.figure_budget.caption.setText(
            self.tr("van het opleidingsbudget {year} gepland ({planned} van {available})").format(
                year=overview.year,
                planned=formatting.money(planned),
                available=formatting.money(available),
            )
        )

    def _open_team(self, index: QModelIndex) -> None:
        unit = index.data(UNIT_ROLE)
        if unit:
            self.controller.open_team(str(unit))
