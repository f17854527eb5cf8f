"""Who is signed in to the open database: read off the GUI thread when a database opens, so the
screens can disable what the role may not do (ui/permissions.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from competentieplanner.services.department import signed_in
from competentieplanner.ui.context import AppContext
from competentieplanner.ui.operations.base import run
from competentieplanner.ui.tasks import TaskHandle

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from competentieplanner.domain.access import UserAccount


def load_permissions(
    context: AppContext, parent: QWidget | None
) -> TaskHandle[tuple[UserAccount, bool]]:
    """Set ``context.permissions`` to the role of the open database's login."""

    def done(result: tuple[UserAccount, bool]) -> None:
        account, embedded = result
        context.permissions.set(account.role, embedded=embedded)

    return run(
        context,
        parent,
        title=QCoreApplication.translate("operations", "Rol ophalen"),
        work=signed_in,
        on_done=done,
        quiet=True,
    )
