"""The state behind the Teams screen: the units and their risks, the chosen team and the
profile it is measured against, and the heatmap last read.

The screen (``ui/views/teams.py``) lays out the list and the heatmap and shows what arrives
here. Everything is read off the GUI thread; an answer to a request the user has moved on from
(another team, another profile, a newer reload) is dropped.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QWidget

from competentieplanner.domain.errors import UserError
from competentieplanner.services.team_overview import TeamHeatmap
from competentieplanner.ui import tasks
from competentieplanner.ui.context import AppContext
from competentieplanner.ui.operations import overview as operations
from competentieplanner.ui.operations.overview import TeamsData


def _tr(text: str) -> str:
    return QCoreApplication.translate("TeamsPage", text)


class TeamsController(QObject):
    """Which team is shown against which profile, and what was read for it."""

    loading = Signal()  # the list is being read
    teams_loaded = Signal(object, object)  # TeamsData, the unit to select (str | None)
    heatmap_loaded = Signal(object)  # TeamHeatmap
    heatmap_refused = Signal(str)  # why there is no heatmap (no profile to measure against)
    team_wanted = Signal(str)  # another screen asked for this unit

    def __init__(self, context: AppContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.context = context
        self.parent_widget = parent
        self.data: TeamsData | None = None
        self.loaded = False
        self.load_task: tasks.TaskHandle[TeamsData] | None = None
        self.unit: str | None = None  # the team shown (or asked for)
        self.heatmap: TeamHeatmap | None = None
        self.heatmap_ready = False  # the heatmap (or the reason there is none) is shown
        self.heatmap_task: tasks.TaskHandle[TeamHeatmap] | None = None
        self._requested: tuple[str, str | None] | None = None
        self._pending_unit: str | None = None  # asked for before the list arrived
        self._chosen_profile: tuple[str, str] | None = None  # (unit, profile) the user picked
        self._generation = 0

    # -- the list --------------------------------------------------------------------------------
    def reload(self) -> None:
        self.loaded = False
        self.loading.emit()
        self._generation += 1
        generation = self._generation
        self.load_task = operations.load_teams(
            self.context,
            self.parent_widget,
            title=_tr("Teams laden"),
            on_done=lambda data: self._arrived(generation, data),
        )

    def _arrived(self, generation: int, data: TeamsData) -> None:
        if generation != self._generation:
            return
        keep = self._pending_unit or self.unit
        self._pending_unit = None
        self.data = data
        self.loaded = True
        self.teams_loaded.emit(data, keep)

    def open_team(self, unit: str) -> None:
        """Another screen asks for ``unit``: shown now, or once the list has arrived."""
        if self.loaded:
            self.team_wanted.emit(unit)
        else:
            self._pending_unit = unit

    # -- the heatmap -----------------------------------------------------------------------------
    def choose_team(self, unit: str) -> None:
        # A profile the user picked for this team stays picked when the data reloads.
        chosen = self._chosen_profile
        self.load_heatmap(unit, chosen[1] if chosen and chosen[0] == unit else None)

    def choose_profile(self, profile: str) -> None:
        if self.unit is not None:
            self._chosen_profile = (self.unit, profile)
            self.load_heatmap(self.unit, profile)

    def load_heatmap(self, unit: str, profile: str | None) -> None:
        self.unit = unit
        self.heatmap_ready = False
        self._requested = (unit, profile)
        request = self._requested
        self.heatmap_task = operations.load_team_heatmap(
            self.context,
            self.parent_widget,
            title=_tr("Heatmap laden"),
            unit=unit,
            profile=profile,
            on_done=lambda heatmap: self._heatmap_arrived(request, heatmap),
        )
        self.heatmap_task.completed.connect(lambda: self._heatmap_task_done(request))

    def _heatmap_arrived(self, request: tuple[str, str | None], heatmap: TeamHeatmap) -> None:
        if request != self._requested:
            return  # the user moved on; a newer request is on its way
        self.heatmap = heatmap
        self.heatmap_loaded.emit(heatmap)
        self.heatmap_ready = True

    def _heatmap_task_done(self, request: tuple[str, str | None]) -> None:
        task = self.heatmap_task
        if request != self._requested or task is None or task.error is None:
            return
        # No profile to measure against: an explanation instead of an empty grid.
        if isinstance(task.error, UserError):
            self.heatmap = None
            self.heatmap_refused.emit(str(task.error))
            self.heatmap_ready = True

    def is_team_profile(self, heatmap: TeamHeatmap) -> bool:
        """Whether ``heatmap`` measures its team against the team's own profile."""
        teams = self.data.teams if self.data is not None else []
        team = next((t for t in teams if t.name == heatmap.unit), None)
        return team is not None and team.profile == heatmap.profile.code
