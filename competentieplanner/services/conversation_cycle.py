"""The gesprekscyclus overview for a team or for HR: who is due, overdue or never had one."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from competentieplanner.domain.conversation_cycle import (
    DUE_WITHIN_DAYS,
    ConversationDue,
    DueState,
    cycle_overview,
)
from competentieplanner.import_export.conversation_sheet import write_conversations
from competentieplanner.persistence import conversation_cycle as queries
from competentieplanner.persistence import repositories as repo
from competentieplanner.persistence.unit_of_work import UnitOfWork
from competentieplanner.services.audit_trail import record_export


def conversations_overview(
    uow: UnitOfWork,
    *,
    unit: str | None = None,
    today: dt.date | None = None,
    within_days: int = DUE_WITHIN_DAYS,
) -> list[ConversationDue]:
    """Everyone in service (in ``unit`` and the units below it) with their next conversation.

    Raises:
        NotFoundError: the unit does not exist.
    """
    employees = repo.load_employees(uow.session, unit=unit)
    return cycle_overview(
        employees,
        queries.last_conversations(uow.session),
        today=today or dt.date.today(),
        within_days=within_days,
    )


def conversations_due(
    uow: UnitOfWork,
    *,
    unit: str | None = None,
    today: dt.date | None = None,
    within_days: int = DUE_WITHIN_DAYS,
) -> list[ConversationDue]:
    """Only those due within ``within_days``, overdue, or who never had a conversation."""
    return [
        row
        for row in conversations_overview(uow, unit=unit, today=today, within_days=within_days)
        if row.state is not DueState.PLANNED
    ]


def export_conversations(
    uow: UnitOfWork,
    out: Path,
    *,
    unit: str | None = None,
    today: dt.date | None = None,
    within_days: int = DUE_WITHIN_DAYS,
) -> Path:
    """The whole overview (also those planned later) as a workbook at ``out``."""
    day = today or dt.date.today()
    rows = conversations_overview(uow, unit=unit, today=day, within_days=within_days)
    where = unit or "de hele organisatie"
    title = f"Gesprekscyclus {where}, peildatum {day.strftime('%d-%m-%Y')}"
    written = write_conversations(out, rows, title=title)
    # names and conversation dates leave the database: the audit trail says so (issue 11)
    record_export(uow, "conversations", [row.employee.personnel_number for row in rows])
    return written
