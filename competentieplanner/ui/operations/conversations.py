"""Operations of the gesprekscyclus overview: who is due, read and exported off the GUI thread."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from competentieplanner.domain.conversation_cycle import ConversationDue
from competentieplanner.services import conversation_cycle, team_overview
from competentieplanner.services import interview as interviews
from competentieplanner.ui.context import AppContext
from competentieplanner.ui.operations.base import run
from competentieplanner.ui.tasks import TaskHandle

if TYPE_CHECKING:
    from competentieplanner.persistence.unit_of_work import UnitOfWork


@dataclass(frozen=True, slots=True)
class CycleOverview:
    """Everyone the user may see with their next conversation, and the units above them."""

    rows: list[ConversationDue]
    parents: dict[str, str | None]  # unit name -> the unit it is part of
    day: dt.date  # the reference date the states were judged on


def _overview(uow: UnitOfWork, day: dt.date) -> CycleOverview:
    rows = conversation_cycle.conversations_overview(uow, today=day)
    parents = {team.name: team.parent for team in team_overview.list_teams(uow)}
    return CycleOverview(rows, parents, day)


def load_cycle(
    context: AppContext,
    parent: QWidget | None,
    *,
    title: str,
    day: dt.date,
    on_done: Callable[[CycleOverview], None],
) -> TaskHandle[CycleOverview]:
    return run(
        context,
        parent,
        title=title,
        work=lambda uow: _overview(uow, day),
        on_done=on_done,
        quiet=True,
    )


def export_cycle(
    context: AppContext,
    parent: QWidget | None,
    *,
    title: str,
    path: Path,
    unit: str | None,
    day: dt.date,
    on_done: Callable[[Path], None],
) -> TaskHandle[Path]:
    """The overview of ``unit`` (and the units below it; None: everyone) as a workbook."""
    return run(
        context,
        parent,
        title=title,
        work=lambda uow: conversation_cycle.export_conversations(uow, path, unit=unit, today=day),
        on_done=on_done,
    )


def load_interview_record(
    context: AppContext,
    parent: QWidget | None,
    *,
    title: str,
    personnel_number: str,
    interview_id: int,
    on_done: Callable[[interviews.InterviewRecordView], None],
) -> TaskHandle[interviews.InterviewRecordView]:
    """One earlier interview, read whole for the record dialog."""
    return run(
        context,
        parent,
        title=title,
        work=lambda uow: interviews.read_interview_record(uow, personnel_number, interview_id),
        on_done=on_done,
        quiet=True,
    )
