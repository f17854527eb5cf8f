"""Teams: the heatmap of members x competencies against the team's profile.

Each cell is a member's current level, coloured by how far it is from the target; the last row
is the coverage (how many members reach the target). A column reached by one member or nobody
is a continuity risk and carries a warning sign. Hovering or selecting a cell shows what that
level looks like in practice (the behavioural indicator).
"""

from __future__ import annotations

import html

from PySide6.QtCore import QItemSelection, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from competentieplanner.services.team_overview import TeamHeatmap
from competentieplanner.ui import tasks, theme
from competentieplanner.ui.context import AppContext
from competentieplanner.ui.controllers.teams import TeamsController
from competentieplanner.ui.models.heatmap import LEVEL_ROLE, UNIT_ROLE, HeatmapModel, TeamListModel
from competentieplanner.ui.operations.overview import TeamsData
from competentieplanner.ui.widgets.common import Card, EmptyState, Hint, PageTitle, SectionHeader
from competentieplanner.ui.widgets.heatmap import HeatmapView


class _Swatch(QLabel):
    """A coloured sample with a caption, for the legend."""

    def __init__(self, text: str, background: str, foreground: str, parent: QWidget) -> None:
        super().__init__(text, parent)
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.setStyleSheet(
            f"QLabel {{ background: {background}; color: {foreground}; border-radius: 3px;"
            " padding: 2px 8px; }"
        )


class TeamsPage(QWidget):
    """Lays out the team list and the heatmap; :class:`TeamsController` holds what is shown."""

    title = "Teams"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.controller = TeamsController(context, self)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(theme.MARGIN, theme.MARGIN, theme.MARGIN, theme.MARGIN)
        layout.setSpacing(theme.SPACING)
        head = QHBoxLayout()
        head.addWidget(PageTitle(self.tr("Teams"), self))
        head.addStretch(1)
        profile_label = QLabel(self.tr("&Meten tegen profiel:"), self)
        self.profile_combo = QComboBox(self)
        self.profile_combo.setAccessibleName(self.tr("Meten tegen profiel"))
        self.profile_combo.setMinimumContentsLength(24)
        profile_label.setBuddy(self.profile_combo)
        self.profile_combo.activated.connect(self._on_profile_chosen)
        head.addWidget(profile_label)
        head.addWidget(self.profile_combo)
        layout.addLayout(head)

        self.team_model = TeamListModel(self)
        # Hundreds of units in a large municipality: a search box narrows the list.
        self.team_proxy = QSortFilterProxyModel(self)
        self.team_proxy.setSourceModel(self.team_model)
        self.team_proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.team_search = QLineEdit(self)
        self.team_search.setPlaceholderText(self.tr("Team zoeken…"))
        self.team_search.setClearButtonEnabled(True)
        self.team_search.setAccessibleName(self.tr("Team zoeken"))
        self.team_search.textChanged.connect(self.team_proxy.setFilterFixedString)
        self.team_list = QListView(self)
        self.team_list.setModel(self.team_proxy)
        self.team_list.setAccessibleName(self.tr("Teams"))
        self.team_list.setUniformItemSizes(True)
        self.team_list.setSpacing(1)
        self.team_list.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.team_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.team_list.selectionModel().selectionChanged.connect(self._on_team_selected)
        team_column = QWidget(self)
        team_layout = QVBoxLayout(team_column)
        team_layout.setContentsMargins(0, 0, 0, 0)
        team_layout.setSpacing(theme.SPACING)
        team_layout.addWidget(self.team_search)
        team_layout.addWidget(self.team_list, 1)
        team_column.setMinimumWidth(self.fontMetrics().averageCharWidth() * 36)

        self.heatmap_model = HeatmapModel(self)
        self.table = HeatmapView(self.tr("Heatmap van het team"), self)
        self.table.setModel(self.heatmap_model)
        self.table.cell_shown.connect(self._show_cell)

        self.profile_hint = Hint("", self)
        self.risk_label = QLabel(self)
        self.risk_label.setWordWrap(True)
        self.risk_label.setTextFormat(Qt.TextFormat.RichText)
        self.risk_label.setAccessibleName(self.tr("Continuïteitsrisico's"))

        self.cell_card = Card(self)
        self.cell_title = SectionHeader(self.tr("Uitleg bij een cel"), self.cell_card)
        self.cell_card.body.addWidget(self.cell_title)
        self.cell_text = QLabel(
            self.tr("Wijs een cel aan of selecteer er een om het gedrag op dat niveau te zien."),
            self.cell_card,
        )
        self.cell_text.setWordWrap(True)
        self.cell_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.cell_text.setAccessibleName(self.tr("Uitleg bij de cel"))
        self.cell_card.body.addWidget(self.cell_text)
        self.cell_card.setMinimumHeight(self.fontMetrics().height() * 6)

        legend = QHBoxLayout()
        legend.setSpacing(theme.SPACING)
        legend.addWidget(Hint(self.tr("Legenda:"), self))
        for text, level, target in (
            (self.tr("op of boven doel"), 3, 3),
            (self.tr("één niveau onder doel"), 2, 3),
            (self.tr("twee of meer onder doel"), 1, 3),
            (self.tr("? onbekend"), None, 3),
        ):
            colors = theme.gap_colors(level, target)
            legend.addWidget(
                _Swatch(text, colors.background.name(), colors.foreground.name(), self)
            )
        risk_note = Hint(self.tr("⚠ = continuïteitsrisico"), self)
        risk_note.setToolTip(self.tr("⚠ = continuïteitsrisico (één persoon of niemand)"))
        risk_note.setWordWrap(False)
        legend.addWidget(risk_note)
        legend.addStretch(1)

        content = QWidget(self)
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(theme.MARGIN, 0, 0, 0)
        content_layout.setSpacing(theme.SPACING)
        content_layout.addWidget(self.profile_hint)
        content_layout.addWidget(self.table, 1)
        content_layout.addLayout(legend)
        content_layout.addWidget(self.risk_label)
        content_layout.addWidget(self.cell_card)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(team_column)
        self.splitter.addWidget(content)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([280, 860])
        self.splitter.setChildrenCollapsible(False)

        self.loading = EmptyState(self.tr("Teams worden geladen…"), self)
        self.empty = EmptyState(
            self.tr(
                "Er zijn nog geen teams met medewerkers. Importeer een personeelslijst met de "
                "kolom Eenheid via Bestand ▸ Importeren ▸ Medewerkers."
            ),
            self,
        )
        self.states = QStackedWidget(self)
        for widget in (self.loading, self.empty, self.splitter):
            self.states.addWidget(widget)
        layout.addWidget(self.states, 1)
        self.setTabOrder(self.profile_combo, self.team_search)
        self.setTabOrder(self.team_search, self.team_list)
        self.setTabOrder(self.team_list, self.table)
        c = self.controller
        c.loading.connect(self._show_loading)
        c.teams_loaded.connect(self._show_teams)
        c.heatmap_loaded.connect(self._show_heatmap)
        c.heatmap_refused.connect(self._show_refusal)
        c.team_wanted.connect(self.select_team)
        self.reload()

    # -- what the controller holds ---------------------------------------------------------------
    @property
    def loaded(self) -> bool:
        return self.controller.loaded

    @property
    def heatmap_loaded(self) -> bool:
        return self.controller.heatmap_ready

    @property
    def load_task(self) -> tasks.TaskHandle[TeamsData] | None:
        return self.controller.load_task

    @property
    def heatmap_task(self) -> tasks.TaskHandle[TeamHeatmap] | None:
        return self.controller.heatmap_task

    def reload(self) -> None:
        self.controller.reload()

    def load_heatmap(self, unit: str, profile: str | None) -> None:
        self.controller.load_heatmap(unit, profile)

    # -- showing ---------------------------------------------------------------------------------
    def _show_loading(self) -> None:
        if self.team_model.rowCount() == 0:
            self.states.setCurrentWidget(self.loading)

    def _show_teams(self, data: TeamsData, keep: str | None) -> None:
        keep = keep or self.current_unit()
        self.profile_combo.blockSignals(True)
        self.profile_combo.clear()
        for code, name in data.profiles:
            self.profile_combo.addItem(name, code)
        self.profile_combo.blockSignals(False)
        self.team_model.set_teams(data.teams, data.risks)
        if self.team_model.rowCount() == 0:
            self.states.setCurrentWidget(self.empty)
            return
        self.states.setCurrentWidget(self.splitter)
        row = self.team_model.row_of(keep) if keep else None
        index = self.team_proxy.mapFromSource(self.team_model.index(row or 0))
        self.team_list.setCurrentIndex(index if index.isValid() else self.team_proxy.index(0, 0))

    def current_unit(self) -> str | None:
        index = self.team_list.currentIndex()
        return str(index.data(UNIT_ROLE)) if index.isValid() else None

    def select_team(self, unit: str) -> bool:
        row = self.team_model.row_of(unit)
        if row is None:
            return False
        index = self.team_proxy.mapFromSource(self.team_model.index(row))
        if not index.isValid():  # hidden by the search box
            self.team_search.clear()
            index = self.team_proxy.mapFromSource(self.team_model.index(row))
        self.team_list.setCurrentIndex(index)
        return True

    def _on_team_selected(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        unit = self.current_unit()
        if unit is not None:
            self.controller.choose_team(unit)

    def _on_profile_chosen(self, _index: int) -> None:
        if self.current_unit() is not None:
            self.controller.choose_profile(str(self.profile_combo.currentData()))

    def _show_refusal(self, reason: str) -> None:
        self.heatmap_model.set_heatmap(None)
        self.profile_hint.setText(reason)
        self.risk_label.setText("")

    def _show_heatmap(self, heatmap: TeamHeatmap) -> None:
        self.heatmap_model.set_heatmap(heatmap)
        index = self.profile_combo.findData(heatmap.profile.code)
        if index >= 0:
            self.profile_combo.setCurrentIndex(index)
        own = " " + self.tr("(teamprofiel)") if self.controller.is_team_profile(heatmap) else ""
        self.profile_hint.setText(
            self.tr("{unit}: {members} medewerkers gemeten tegen {profile}{own}.").format(
                unit=heatmap.unit,
                members=len(heatmap.members),
                profile=heatmap.profile.name,
                own=own,
            )
        )
        self._show_risks(heatmap)
        self.cell_title.setText(self.tr("Uitleg bij een cel"))
        self.cell_text.setText(
            self.tr("Wijs een cel aan of selecteer er een om het gedrag op dat niveau te zien.")
        )

    def _show_risks(self, heatmap: TeamHeatmap) -> None:
        names = {c.code: c.name for c in heatmap.competencies}
        members = {m.personnel_number: m.name for m in heatmap.members}
        none = [c for c in heatmap.coverage.competencies if c.count == 0]
        one = [c for c in heatmap.coverage.competencies if c.count == 1]
        if not none and not one:
            self.risk_label.setText(
                self.tr(
                    "Geen continuïteitsrisico's: elke competentie wordt door minstens twee "
                    "medewerkers op doelniveau beheerst."
                )
            )
            return
        parts = []
        if none:
            items = ", ".join(f"{c.competency} {names.get(c.competency, '')}" for c in none)
            parts.append("<b>" + self.tr("Niet gedekt:") + f"</b> {html.escape(items)}")
        if one:
            items = ", ".join(
                f"{c.competency} {names.get(c.competency, '')} ({members.get(c.reached_by[0], '')})"
                for c in one
            )
            parts.append("<b>" + self.tr("Eén persoon:") + f"</b> {html.escape(items)}")
        self.risk_label.setText("<br>".join(parts))

    def _show_cell(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        title, _, rest = self.heatmap_model.describe(index.row(), index.column()).partition("\n")
        self.cell_title.setText(title)
        self.cell_text.setText(rest)

    def select_cell(self, row: int, column: int) -> None:
        """Select a heatmap cell (keyboard users get there with the arrow keys)."""
        index = self.heatmap_model.index(row, column)
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)

    def first_gap_cell(self) -> tuple[int, int] | None:
        """The first member cell below target (for the screenshots and a quick look)."""
        model = self.heatmap_model
        for row in range(model.member_count()):
            for column in range(model.columnCount()):
                level = model.index(row, column).data(LEVEL_ROLE)
                if level is not None and model.is_below_target(row, column):
                    return row, column
        return None

    # -- navigation from elsewhere -------------------------------------------------------------
    def open_item(self, kind: str, payload: object) -> None:
        if kind == "team" and isinstance(payload, str):
            self.controller.open_team(payload)
