"""The state behind the Overzicht screen: the chosen budget year and the overview last read.

The screen (``ui/views/overview.py``) only lays out widgets and shows what arrives here; the
overview is computed off the GUI thread, and a load overtaken by a newer one (another year was
chosen meanwhile) is dropped, so the screen never goes back to older data.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QWidget

from competentieplanner.services.organisation_overview import OrganisationOverview
from competentieplanner.ui import tasks
from competentieplanner.ui.context import AppContext
from competentieplanner.ui.operations import overview as operations


def _tr(text: str) -> str:
    return QCoreApplication.translate("OverviewPage", text)


class OverviewController(QObject):
    """Which year the budget is shown for, and the overview of the organisation."""

    loading = Signal()  # a load started
    overview_loaded = Signal(object)  # OrganisationOverview

    def __init__(self, context: AppContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.context = context
        self.parent_widget = parent
        self.year: int | None = None  # None: the service's default (this year)
        self.overview: OrganisationOverview | None = None
        self.loaded = False
        self.load_task: tasks.TaskHandle[OrganisationOverview] | None = None
        self._generation = 0

    def reload(self) -> None:
        self.loaded = False
        self.loading.emit()
        self._generation += 1
        generation = self._generation  # a newer reload (another year) makes this one stale
        self.load_task = operations.load_organisation_overview(
            self.context,
            self.parent_widget,
            title=_tr("Overzicht berekenen"),
            year=self.year,
            on_done=lambda result: self._arrived(generation, result),
        )

    def choose_year(self, year: int) -> None:
        self.year = year
        self.reload()

    def years(self) -> list[int]:
        """The years the chooser offers: every year with a budget, and the one shown."""
        overview = self.overview
        if overview is None:
            return []
        return sorted(set(overview.budget_years) | {overview.year})

    def open_team(self, unit: str) -> None:
        """Show the team's heatmap (a double click on a risk)."""
        if unit:
            self.context.signals.navigate.emit("team", unit)

    def _arrived(self, generation: int, overview: OrganisationOverview) -> None:
        if generation != self._generation:
            return
        self.overview = overview
        self.loaded = True
        self.overview_loaded.emit(overview)
