"""Reading the overview screens' data (Overzicht, Medewerkers, Teams) off the GUI thread.

Each function opens one unit of work on a reader thread, calls the service in it and hands the
result to ``on_done`` on the GUI thread. The work is quiet (no dialog): the screen shows its
own loading state and the status bar shows that work is going on.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtWidgets import QWidget

from competentieplanner.domain.errors import NotFoundError
from competentieplanner.services import organisation_overview, staff_overview, team_overview
from competentieplanner.services.organisation_overview import OrganisationOverview
from competentieplanner.services.staff_overview import EmployeeDetail, StaffList
from competentieplanner.services.team_overview import TeamHeatmap, TeamInfo, TeamRisk
from competentieplanner.ui.context import AppContext
from competentieplanner.ui.operations.base import database, run, run_job
from competentieplanner.ui.tasks import Progress, TaskHandle

if TYPE_CHECKING:
    from competentieplanner.persistence.unit_of_work import UnitOfWork

T = TypeVar("T")


def read_with_progress(
    context: AppContext,
    parent: QWidget | None,
    *,
    title: str,
    work: Callable[[UnitOfWork, Progress], T],
    on_done: Callable[[T], None],
) -> TaskHandle[T]:
    """Quiet reading work that reports progress (shown in the status bar, not a dialog)."""
    db = database(context)

    def job(progress: Progress) -> T:
        with db.unit_of_work() as uow:
            return work(uow, progress)

    return run_job(context, parent, title=title, job=job, on_done=on_done, quiet=True)


def load_organisation_overview(
    context: AppContext,
    parent: QWidget | None,
    *,
    title: str,
    year: int | None,
    on_done: Callable[[OrganisationOverview], None],
) -> TaskHandle[OrganisationOverview]:
    return read_with_progress(
        context,
        parent,
        title=title,
        work=lambda uow, progress: organisation_overview.organisation_overview(
            uow, year, progress.report
        ),
        on_done=on_done,
    )


def load_staff_list(
    context: AppContext,
    parent: QWidget | None,
    *,
    title: str,
    on_done: Callable[[StaffList], None],
) -> TaskHandle[StaffList]:
    return read_with_progress(
        context,
        parent,
        title=title,
        work=lambda uow, progress: staff_overview.staff_list(uow, progress.report),
        on_done=on_done,
    )


def load_employee_detail(
    context: AppContext,
    parent: QWidget | None,
    *,
    title: str,
    personnel_number: str,
    on_done: Callable[[EmployeeDetail | None], None],
) -> TaskHandle[EmployeeDetail | None]:
    """The detail of one person; None when they were removed meanwhile (the next reload drops
    the row), so a stale selection does not raise a message."""

    def work(uow: UnitOfWork) -> EmployeeDetail | None:
        try:
            return staff_overview.employee_detail(uow, personnel_number)
        except NotFoundError:
            return None

    return run(context, parent, title=title, work=work, on_done=on_done, quiet=True)


@dataclass(frozen=True, slots=True)
class TeamsData:
    """What the Teams screen lists: every unit, the continuity risks, the profiles to pick."""

    teams: list[TeamInfo]
    risks: dict[str, TeamRisk]
    profiles: list[tuple[str, str]]  # (code, name)


def _teams_data(uow: UnitOfWork) -> TeamsData:
    return TeamsData(
        team_overview.list_teams(uow),
        team_overview.team_risks(uow),
        team_overview.profile_choices(uow),
    )


def load_teams(
    context: AppContext,
    parent: QWidget | None,
    *,
    title: str,
    on_done: Callable[[TeamsData], None],
) -> TaskHandle[TeamsData]:
    return run(context, parent, title=title, work=_teams_data, on_done=on_done, quiet=True)


def load_team_heatmap(
    context: AppContext,
    parent: QWidget | None,
    *,
    title: str,
    unit: str,
    profile: str | None,
    on_done: Callable[[TeamHeatmap], None],
) -> TaskHandle[TeamHeatmap]:
    """The members of ``unit`` against ``profile`` (default: the team's); a refusal (no
    profile to measure against) is shown and kept in the handle's ``error``."""
    return run(
        context,
        parent,
        title=title,
        work=lambda uow: team_overview.team_heatmap(uow, unit, profile),
        on_done=on_done,
        quiet=True,
    )
