"""Gesprekscyclus: wie is aan de beurt. Everyone the user may see with their next conversation
(te laat, binnenkort, nog nooit, gepland), filtered by unit and state, sorted by due date.

Opened from the Gesprekken screen. The rows come from ``conversations_overview`` (a team lead
sees only the people of their units: the service and the server's row security see to that), so
the unit filter offers only units with someone visible in them, and the units above those.
"Exporteren…" writes the overview of the chosen unit as a workbook (``export conversations``);
a double click prepares a conversation with that person in the Gesprekken screen.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from competentieplanner.domain.access import Action
from competentieplanner.domain.conversation_cycle import DUE_WITHIN_DAYS, ConversationDue, DueState
from competentieplanner.ui import formatting, theme
from competentieplanner.ui.context import AppContext
from competentieplanner.ui.interview.labels import kind_label
from competentieplanner.ui.models.rows import ROW_ROLE, Column, RowTableModel, SearchProxy
from competentieplanner.ui.operations import conversations as operations
from competentieplanner.ui.operations.conversations import CycleOverview
from competentieplanner.ui.permissions import guard
from competentieplanner.ui.translate_noop import QT_TRANSLATE_NOOP
from competentieplanner.ui.views.reports import LAST_FOLDER_KEY, safe_file_name
from competentieplanner.ui.widgets.common import Hint
from competentieplanner.ui.widgets.tables import configure_table, set_column_widths

#: The states as ``domain.conversation_cycle.DueState`` holds them, here so lupdate offers them.
STATE_TEXTS = {
    DueState.NEVER: QT_TRANSLATE_NOOP("ConversationsDue", "nog nooit"),
    DueState.OVERDUE: QT_TRANSLATE_NOOP("ConversationsDue", "te laat"),
    DueState.DUE: QT_TRANSLATE_NOOP("ConversationsDue", "binnenkort"),
    DueState.PLANNED: QT_TRANSLATE_NOOP("ConversationsDue", "gepland"),
}
#: The choices of the state filter: label and the states it shows.
STATE_FILTERS: tuple[tuple[str, frozenset[DueState]], ...] = (
    (
        QT_TRANSLATE_NOOP("ConversationsDue", "Aan de beurt (te laat, binnenkort, nog nooit)"),
        frozenset({DueState.OVERDUE, DueState.DUE, DueState.NEVER}),
    ),
    (QT_TRANSLATE_NOOP("ConversationsDue", "Te laat"), frozenset({DueState.OVERDUE})),
    (QT_TRANSLATE_NOOP("ConversationsDue", "Binnenkort"), frozenset({DueState.DUE})),
    (QT_TRANSLATE_NOOP("ConversationsDue", "Nog nooit een gesprek"), frozenset({DueState.NEVER})),
    (QT_TRANSLATE_NOOP("ConversationsDue", "Iedereen (ook gepland)"), frozenset(DueState)),
)
DUE_COLUMN = 4


def _tr(text: str) -> str:
    return QCoreApplication.translate("ConversationsDue", text)


def state_label(state: DueState) -> str:
    return _tr(STATE_TEXTS[state])


def _last(row: ConversationDue) -> str:
    if row.last is None:
        return "—"
    return f"{formatting.date(row.last.held_on)} · {kind_label(row.last.kind)}"


class ConversationsDueModel(RowTableModel[ConversationDue]):
    """One row per person: name, unit, last conversation, next kind, due date, state."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            [
                Column(
                    _tr("Naam"), lambda r: r.employee.name, sort_key=lambda r: r.employee.sort_name
                ),
                Column(_tr("Eenheid"), lambda r: r.employee.unit or ""),
                Column(
                    _tr("Laatste gesprek"),
                    _last,
                    sort_key=lambda r: r.last.held_on if r.last else dt.date.min,
                ),
                Column(_tr("Volgend gesprek"), lambda r: kind_label(r.kind)),
                Column(
                    _tr("Wanneer"),
                    lambda r: formatting.date(r.due),
                    sort_key=lambda r: (r.due, r.employee.sort_name),
                ),
                Column(_tr("Stand"), lambda r: state_label(r.state)),
            ],
            parent,
        )

    def key(self, row: ConversationDue) -> str:
        return row.employee.personnel_number


def units_under(parents: Mapping[str, str | None], unit: str) -> frozenset[str]:
    """``unit`` and every unit below it (an afdeling includes its teams)."""
    found = {unit}
    grew = True
    while grew:
        below = {name for name, parent in parents.items() if parent in found}
        grew = not below <= found
        found |= below
    return frozenset(found)


def visible_units(parents: Mapping[str, str | None], rows: list[ConversationDue]) -> list[str]:
    """The units someone visible works in, with the units above them, by name."""
    shown: set[str] = set()
    for unit in {r.employee.unit for r in rows if r.employee.unit}:
        current: str | None = unit
        while current is not None and current not in shown:
            shown.add(current)
            current = parents.get(current)
    return sorted(shown, key=str.casefold)


class ConversationsDueDialog(QDialog):
    def __init__(
        self, context: AppContext, parent: QWidget | None = None, *, day: dt.date | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.day = day or dt.date.today()
        self.overview: CycleOverview | None = None
        self.setWindowTitle(self.tr("Gesprekscyclus: wie is aan de beurt"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(
            theme.MARGIN * 2, theme.MARGIN * 2, theme.MARGIN * 2, theme.MARGIN
        )
        self.summary = Hint(self.tr("Wordt geladen…"), self)
        layout.addWidget(self.summary)

        filters = QHBoxLayout()
        unit_label = QLabel(self.tr("&Eenheid"), self)
        self.unit_combo = QComboBox(self)
        self.unit_combo.setAccessibleName(self.tr("Eenheid"))
        self.unit_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        unit_label.setBuddy(self.unit_combo)
        state_label_widget = QLabel(self.tr("&Stand"), self)
        self.state_combo = QComboBox(self)
        self.state_combo.setAccessibleName(self.tr("Stand"))
        for text, states in STATE_FILTERS:
            self.state_combo.addItem(_tr(text), states)
        state_label_widget.setBuddy(self.state_combo)
        for widget in (unit_label, self.unit_combo, state_label_widget, self.state_combo):
            filters.addWidget(widget)
        filters.addStretch(1)
        layout.addLayout(filters)

        self.model = ConversationsDueModel(self)
        self.proxy = SearchProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(self)
        configure_table(self.table, name=self.tr("Wie is aan de beurt voor een gesprek"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(DUE_COLUMN, Qt.SortOrder.AscendingOrder)
        set_column_widths(self.table, [28, 24, 30, 20, 12, 12])
        self.table.doubleClicked.connect(self.open_person)
        layout.addWidget(self.table, 1)
        self.count_label = Hint("", self)
        layout.addWidget(self.count_label)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.export_button = QPushButton(self.tr("E&xporteren…"), self)
        self.export_button.setAccessibleName(self.tr("Het overzicht als Excel-werkmap opslaan"))
        self.export_button.clicked.connect(self.ask_export)
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        guard(context, Action.VIEW_INDIVIDUALS, self.export_button)

        self.unit_combo.currentIndexChanged.connect(self._apply_filter)
        self.state_combo.currentIndexChanged.connect(self._apply_filter)
        room = self.screen().availableGeometry()
        self.resize(min(960, room.width() - 40), min(620, room.height() - 40))
        self.reload()

    # -- loading -----------------------------------------------------------------------------
    def reload(self) -> None:
        operations.load_cycle(
            self.context,
            self,
            title=self.tr("Gesprekscyclus"),
            day=self.day,
            on_done=self._show,
        )

    def _show(self, overview: CycleOverview) -> None:
        self.overview = overview
        chosen = self.unit_combo.currentData()
        self.unit_combo.blockSignals(True)
        self.unit_combo.clear()
        self.unit_combo.addItem(self.tr("Alle eenheden"), None)
        for unit in visible_units(overview.parents, overview.rows):
            self.unit_combo.addItem(unit, unit)
        found = self.unit_combo.findData(chosen) if chosen is not None else 0
        self.unit_combo.setCurrentIndex(max(found, 0))
        self.unit_combo.blockSignals(False)
        self.model.set_rows(overview.rows)
        counts = {state: sum(1 for r in overview.rows if r.state is state) for state in DueState}
        self.summary.setText(
            self.tr(
                "Peildatum {date}: {overdue} te laat, {due} binnenkort (binnen {days} dagen), "
                "{never} nog nooit een gesprek gehad. Dubbelklik op een naam om het gesprek "
                "voor te bereiden."
            ).format(
                date=formatting.date(overview.day),
                overdue=counts[DueState.OVERDUE],
                due=counts[DueState.DUE],
                days=DUE_WITHIN_DAYS,
                never=counts[DueState.NEVER],
            )
        )
        self._apply_filter()

    # -- filtering ---------------------------------------------------------------------------
    def chosen_unit(self) -> str | None:
        data = self.unit_combo.currentData()
        return str(data) if data is not None else None

    def _apply_filter(self) -> None:
        states: frozenset[DueState] = self.state_combo.currentData() or frozenset(DueState)
        unit = self.chosen_unit()
        units = (
            units_under(self.overview.parents, unit)
            if unit is not None and self.overview is not None
            else None
        )

        def shown(row: ConversationDue) -> bool:
            in_unit = units is None or row.employee.unit in units
            return in_unit and row.state in states

        self.proxy.set_predicate(shown)
        self.count_label.setText(
            self.tr("{shown} van {total} medewerkers getoond.").format(
                shown=self.proxy.rowCount(), total=self.model.rowCount()
            )
        )

    def shown_rows(self) -> list[ConversationDue]:
        """The rows as the table shows them, in order."""
        return [self.proxy.index(row, 0).data(ROW_ROLE) for row in range(self.proxy.rowCount())]

    # -- actions -----------------------------------------------------------------------------
    def open_person(self, index: QModelIndex) -> None:
        """Prepare a conversation with the person in the Gesprekken screen."""
        row = index.data(ROW_ROLE)
        if not isinstance(row, ConversationDue):
            return
        self.context.signals.navigate.emit("interview", row.employee.personnel_number)
        self.accept()

    def ask_export(self) -> None:
        unit = self.chosen_unit()
        suggested = self.tr("Gesprekscyclus {unit}.xlsx").format(
            unit=unit or self.tr("hele organisatie")
        )
        stored = self.context.settings.value(LAST_FOLDER_KEY)
        folder = Path(str(stored)) if stored and Path(str(stored)).is_dir() else Path.home()
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Gesprekscyclus exporteren"),
            str(folder / safe_file_name(suggested)),
            self.tr("Excel-werkmap (*.xlsx)"),
        )
        if not path:
            return
        chosen = Path(path)
        if chosen.suffix.lower() != ".xlsx":
            chosen = chosen.with_name(chosen.name + ".xlsx")
        self.context.settings.setValue(LAST_FOLDER_KEY, str(chosen.parent))
        self.export(chosen)

    def export(self, path: Path) -> None:
        """Write the overview of the chosen unit (every state: the workbook has a filter)."""
        operations.export_cycle(
            self.context,
            self,
            title=self.tr("Gesprekscyclus exporteren"),
            path=path,
            unit=self.chosen_unit(),
            day=self.day,
            on_done=self._exported,
        )

    def _exported(self, path: Path) -> None:
        self.context.signals.status_message.emit(
            self.tr("Opgeslagen: {name}").format(name=path.name)
        )
