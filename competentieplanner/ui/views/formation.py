"""The "Formatie" screen: strategic personnel planning.

Left: the formation of every scenario side by side (wanted FTE edited in place, new lines added
below) and the settings (yearly training budget, stated direction, recruitment cost per
profile). Right: for the chosen scenario, per line wanted vs ready now vs grown vs recruit as
bars, and the assignments with each person's path. Every change is recomputed off the GUI
thread; nothing is saved as a development plan until "Voorstellen maken" is clicked.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from competentieplanner.domain.workforce_plan import Explanation, WorkforcePlan
from competentieplanner.services.formation import FormationOverview
from competentieplanner.ui import theme
from competentieplanner.ui.context import AppContext
from competentieplanner.ui.formatting import money
from competentieplanner.ui.models.formation import (
    AssignmentModel,
    AssignmentRow,
    FormationGridModel,
)
from competentieplanner.ui.views.formation_controller import FormationController
from competentieplanner.ui.views.reports import LAST_FOLDER_KEY, safe_file_name
from competentieplanner.ui.widgets.common import Hint, PageTitle, SectionHeader
from competentieplanner.ui.widgets.formation_bars import FormationBar, FormationBarsWidget

MAX_BUDGET = 100_000_000.0


class FormationPage(QWidget):
    title = "Formatie"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.controller = FormationController(context, self)
        self._profile_names: dict[str, str] = {}
        root = QVBoxLayout(self)
        root.setContentsMargins(theme.MARGIN, theme.MARGIN, theme.MARGIN, theme.MARGIN)
        root.setSpacing(theme.SPACING)
        root.addWidget(PageTitle(self.tr("Formatie en strategische personeelsplanning"), self))
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self._build_formation(splitter))
        splitter.addWidget(self._build_plan(splitter))
        splitter.setStretchFactor(1, 1)
        root.addWidget(splitter, 1)

        c = self.controller
        c.overview_changed.connect(self._show_overview)
        c.plan_changed.connect(self._show_plan)
        c.busy_changed.connect(self._show_busy)
        c.explained.connect(self._show_explanation)
        c.accepted.connect(self._show_accepted)
        c.exported.connect(self._show_exported)
        self.grid_model.change_requested.connect(c.set_wanted, Qt.ConnectionType.QueuedConnection)
        self.reload()

    # -- layout ----------------------------------------------------------------------------------
    def _build_formation(self, parent: QWidget) -> QWidget:
        box = QWidget(parent)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(SectionHeader(self.tr("Gewenste formatie (FTE) per scenario"), box))
        layout.addWidget(
            Hint(self.tr("Wijzig een aantal met F2 of een dubbelklik; 0 haalt de regel weg."), box)
        )
        self.grid_model = FormationGridModel(self)
        self.grid = QTableView(box)
        self.grid.setObjectName("formationGrid")
        self.grid.setModel(self.grid_model)
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.grid.verticalHeader().hide()
        layout.addWidget(self.grid, 1)

        add = QGridLayout()
        self.new_scenario = QComboBox(box)
        self.new_scenario.setEditable(True)
        self.new_scenario.setToolTip(self.tr("Scenario (een nieuwe naam maakt een nieuw scenario)"))
        self.new_year = QDoubleSpinBox(box)
        self.new_year.setDecimals(0)
        self.new_year.setRange(2000, 2100)
        self.new_year.setValue(2028)
        self.new_profile = QComboBox(box)
        self.new_unit = QComboBox(box)
        self.new_fte = QDoubleSpinBox(box)
        self.new_fte.setRange(0, 100_000)
        self.new_fte.setDecimals(2)
        self.new_fte.setValue(1)
        self.add_button = QPushButton(self.tr("Regel zetten"), box)
        self.add_button.clicked.connect(self._add_line)
        for column, (label, widget) in enumerate(
            (
                (self.tr("Scenario"), self.new_scenario),
                (self.tr("Doeljaar"), self.new_year),
                (self.tr("Profiel"), self.new_profile),
                (self.tr("Eenheid"), self.new_unit),
                (self.tr("FTE"), self.new_fte),
            )
        ):
            add.addWidget(QLabel(label, box), 0, column)
            add.addWidget(widget, 1, column)
        add.addWidget(self.add_button, 1, 5)
        layout.addLayout(add)

        layout.addWidget(SectionHeader(self.tr("Instellingen"), box))
        settings = QGridLayout()
        self.budget_on = QCheckBox(self.tr("Opleidingsbudget per jaar"), box)
        self.budget = QDoubleSpinBox(box)
        self.budget.setRange(0, MAX_BUDGET)
        self.budget.setDecimals(0)
        self.budget.setSingleStep(5_000)
        self.budget.setValue(50_000)
        self.budget.setPrefix("€ ")
        self.budget.setEnabled(False)
        self.budget_on.toggled.connect(self.budget.setEnabled)
        self.budget_on.toggled.connect(lambda _on: self._budget_changed())
        self.budget.editingFinished.connect(self._budget_changed)
        self.direction = QCheckBox(
            self.tr("Gekozen richting meewegen (boete per toewijzing ertegen)")
        )
        self.direction.toggled.connect(self.controller.set_respect_direction)
        self.cost_profile = QComboBox(box)
        self.cost_profile.currentIndexChanged.connect(lambda _i: self._show_cost())
        self.cost = QDoubleSpinBox(box)
        self.cost.setRange(0, MAX_BUDGET)
        self.cost.setDecimals(0)
        self.cost.setSingleStep(1_000)
        self.cost.setPrefix("€ ")
        self.cost_button = QPushButton(self.tr("Wervingskosten opslaan"), box)
        self.cost_button.clicked.connect(self._save_cost)
        settings.addWidget(self.budget_on, 0, 0)
        settings.addWidget(self.budget, 0, 1)
        settings.addWidget(self.direction, 1, 0, 1, 3)
        settings.addWidget(QLabel(self.tr("Wervingskosten per FTE"), box), 2, 0)
        settings.addWidget(self.cost_profile, 2, 1)
        settings.addWidget(self.cost, 2, 2)
        settings.addWidget(self.cost_button, 2, 3)
        layout.addLayout(settings)
        return box

    def _build_plan(self, parent: QWidget) -> QWidget:
        box = QWidget(parent)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Doorrekenen voor"), box))
        self.scenario = QComboBox(box)
        self.scenario.setObjectName("planScenario")
        self.scenario.currentTextChanged.connect(
            lambda name: self.controller.choose_scenario(name or None)
        )
        top.addWidget(self.scenario, 1)
        self.export_button = QPushButton(self.tr("Personeelsplan exporteren…"), box)
        self.export_button.setToolTip(
            self.tr(
                "Het strategisch personeelsplan van dit scenario voor het MT, als Excel of PDF: "
                "groepscijfers, geen namen."
            )
        )
        self.export_button.clicked.connect(self._ask_export)
        self.export_button.setEnabled(False)  # until a plan is on show
        top.addWidget(self.export_button)
        layout.addLayout(top)
        self.status = QLabel("", box)
        self.status.setWordWrap(True)
        self.status.setObjectName("planStatus")
        layout.addWidget(self.status)
        self.bars = FormationBarsWidget(box)
        layout.addWidget(self.bars)
        layout.addWidget(SectionHeader(self.tr("Wie groeit waarheen"), box))
        self.assignment_model = AssignmentModel(self)
        self.assignments = QTableView(box)
        self.assignments.setObjectName("assignments")
        self.assignments.setModel(self.assignment_model)
        self.assignments.setSortingEnabled(True)
        self.assignments.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.assignments.verticalHeader().hide()
        self.assignments.selectionModel().selectionChanged.connect(lambda *_: self._show_path())
        layout.addWidget(self.assignments, 1)
        self.path = Hint("", box)
        self.path.setWordWrap(True)
        layout.addWidget(self.path)
        self.freed = Hint("", box)
        self.freed.setWordWrap(True)
        layout.addWidget(self.freed)
        actions = QHBoxLayout()
        self.accept_button = QPushButton(self.tr("Voorstellen maken voor selectie"), box)
        self.accept_button.setToolTip(
            self.tr("Maakt conceptontwikkelplannen met deze paden; HR werkt ze uit bij Plannen.")
        )
        self.accept_button.clicked.connect(self._accept)
        actions.addWidget(self.accept_button)
        actions.addStretch(1)
        self.explain_number = QLineEdit(box)
        self.explain_number.setPlaceholderText(self.tr("Personeelsnummer"))
        self.explain_button = QPushButton(self.tr("Waarom (niet) gekozen?"), box)
        self.explain_button.clicked.connect(self._explain)
        actions.addWidget(self.explain_number)
        actions.addWidget(self.explain_button)
        layout.addLayout(actions)
        self.explanation = Hint("", box)
        self.explanation.setWordWrap(True)
        layout.addWidget(self.explanation)
        return box

    # -- behaviour -------------------------------------------------------------------------------
    def reload(self) -> None:
        self.controller.reload()

    def _show_overview(self, overview: FormationOverview) -> None:
        self._overview = overview
        self._profile_names = dict(overview.profiles)
        self.grid_model.set_formation(overview.scenarios, overview.lines, self._profile_names)
        names = [name for name, _ in overview.scenarios]
        for combo, values in ((self.scenario, names), (self.new_scenario, names)):
            current = combo.currentText()
            combo.blockSignals(True)
            combo.clear()
            combo.addItems(values)
            if current:
                combo.setCurrentText(current)
            combo.blockSignals(False)
        if self.controller.scenario:
            self.scenario.blockSignals(True)
            self.scenario.setCurrentText(self.controller.scenario)
            self.scenario.blockSignals(False)
        for combo, items in (
            (self.new_profile, overview.profiles),
            (self.cost_profile, overview.profiles),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            for code, name in items:
                combo.addItem(name, code)
            if current is not None:
                combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)
        unit = self.new_unit.currentData()
        self.new_unit.clear()
        self.new_unit.addItem(self.tr("hele organisatie"), None)
        for name in overview.units:
            self.new_unit.addItem(name, name)
        self.new_unit.setCurrentIndex(max(0, self.new_unit.findData(unit)))
        self._show_cost()

    def _show_cost(self) -> None:
        overview = getattr(self, "_overview", None)
        code = self.cost_profile.currentData()
        if overview is not None and code is not None:
            self.cost.setValue(float(overview.settings.recruit_cost(code)))

    def _add_line(self) -> None:
        name = self.new_scenario.currentText().strip()
        profile = self.new_profile.currentData()
        if not name or profile is None:
            return
        self.controller.set_wanted(
            name,
            int(self.new_year.value()),
            profile,
            self.new_unit.currentData(),
            float(self.new_fte.value()),
        )

    def _budget_changed(self) -> None:
        amount = Decimal(str(int(self.budget.value()))) if self.budget_on.isChecked() else None
        if amount != self.controller.budget:
            self.controller.set_budget(amount)

    def _save_cost(self) -> None:
        code = self.cost_profile.currentData()
        if code is not None:
            self.controller.set_recruit_cost(code, Decimal(str(int(self.cost.value()))))

    def _show_busy(self, busy: bool) -> None:
        if busy:
            self.status.setText(self.tr("Bezig met doorrekenen…"))

    def _show_plan(self, plan: WorkforcePlan | None) -> None:
        self.export_button.setEnabled(plan is not None)
        if plan is None:
            self.status.setText(self.tr("Kies een scenario met een formatie om door te rekenen."))
            self.bars.set_bars([])
            self.assignment_model.set_rows([])
            self.freed.setText("")
            return
        e = plan.evaluation
        status = {
            "optimal": self.tr("optimaal"),
            "time_limit": self.tr("beste plan binnen de rekentijd, niet bewezen optimaal"),
        }.get(plan.status, plan.status)
        self.status.setText(
            self.tr(
                "{scenario} ({year}): {status}. Totale kosten {total}: opleiding {training}, "
                "werving {recruit}, richtingboete {penalty}. Afstand tot de bewezen ondergrens "
                "{gap}."
            ).format(
                scenario=plan.problem.scenario,
                year=plan.problem.year,
                status=status,
                total=money(plan.objective),
                training=money(e.training_cost),
                recruit=money(e.recruit_cost),
                penalty=money(e.penalty),
                gap=money(plan.bound_gap),
            )
        )
        whole = self.tr("hele organisatie")
        self.bars.set_bars(
            [
                FormationBar(
                    f"{self._profile_names.get(o.demand.profile, o.demand.profile)} · "
                    f"{o.demand.unit or whole}",
                    o.demand.wanted_fte,
                    o.ready_now_milli / 1000,
                    o.grown_milli / 1000,
                    o.recruit_milli / 1000,
                )
                for o in e.outcomes
            ]
        )
        self.assignment_model.set_rows([AssignmentRow(a) for a in plan.assignments])
        freed = plan.freed_fte()
        self.freed.setText(
            self.tr("Gevolg, geen besluit: uit hun huidige functie gaan {items}.").format(
                items="; ".join(f"{title} {fte:g} FTE".replace(".", ",") for title, fte in freed)
            )
            if freed
            else ""
        )
        self._show_path()

    def _selected(self) -> list[AssignmentRow]:
        rows = {index.row() for index in self.assignments.selectionModel().selectedRows()}
        return [self.assignment_model.rows[r] for r in sorted(rows)]

    def _show_path(self) -> None:
        selected = self._selected()
        self.path.setText(
            self.tr("Pad van {name}: {path}").format(
                name=selected[0].assignment.person.name, path=selected[0].path_text
            )
            if selected
            else ""
        )

    def _accept(self) -> None:
        numbers = [row.assignment.person.personnel_number for row in self._selected()]
        self.controller.accept(numbers)

    def _show_accepted(self, saved: dict[str, int]) -> None:
        message = self.tr("{count} conceptontwikkelplan(nen) gemaakt; werk ze uit bij Plannen.")
        self.explanation.setText(message.format(count=len(saved)))
        self.context.signals.status_message.emit(message.format(count=len(saved)))

    def _ask_export(self) -> None:
        scenario = self.controller.scenario
        if scenario is None:
            return
        stored = self.context.settings.value(LAST_FOLDER_KEY)
        folder = Path(str(stored)) if stored and Path(str(stored)).is_dir() else Path.home()
        suggested = self.tr("Strategisch personeelsplan {scenario}.xlsx").format(scenario=scenario)
        path, chosen_filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Personeelsplan exporteren"),
            str(folder / safe_file_name(suggested)),
            self.tr("Excel-werkmap (*.xlsx);;PDF-document (*.pdf)"),
        )
        if not path:
            return
        chosen = Path(path)
        if chosen.suffix.lower() not in (".xlsx", ".pdf"):
            chosen = chosen.with_name(chosen.name + (".pdf" if "pdf" in chosen_filter else ".xlsx"))
        self.context.settings.setValue(LAST_FOLDER_KEY, str(chosen.parent))
        self.controller.export(chosen)

    def _show_exported(self, path: Path) -> None:
        self.context.signals.status_message.emit(
            self.tr("Opgeslagen: {name}").format(name=path.name)
        )

    def _explain(self) -> None:
        number = self.explain_number.text().strip()
        if number:
            self.controller.explain(number)

    def _show_explanation(self, explanation: Explanation) -> None:
        lines = explanation.lines() or [self.tr("Geen profiel uit de formatie binnen bereik.")]
        self.explanation.setText(
            f"{explanation.person.name} ({explanation.person.personnel_number}): " + " ".join(lines)
        )
