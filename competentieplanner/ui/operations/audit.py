"""Reading the audit log for the Auditlog screen, off the GUI thread. Reading it is itself
recorded (services/audit_trail.read_log), so this runs as a writing task."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from competentieplanner.services.audit_trail import read_log
from competentieplanner.ui.context import AppContext
from competentieplanner.ui.operations.base import run
from competentieplanner.ui.tasks import TaskHandle

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from competentieplanner.domain.access import AuditEntry


def load_audit(
    context: AppContext,
    parent: QWidget | None,
    *,
    title: str,
    since: dt.date | None,
    employee: str | None,
    login: str | None,
    on_done: Callable[[list[AuditEntry]], None],
) -> TaskHandle[list[AuditEntry]]:
    return run(
        context,
        parent,
        title=title,
        work=lambda uow: read_log(uow, since=since, employee=employee, login=login),
        on_done=on_done,
        writes=True,
        quiet=True,
    )
