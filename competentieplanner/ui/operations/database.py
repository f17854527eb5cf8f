"""Opening, switching and filling databases, and the numbers for the status bar: all on worker
threads, so opening a database on a slow share or a server never freezes the window.

Opening runs on the writer thread: changes still being saved to the previous database are
written before the window switches.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from competentieplanner.ui.context import AppContext
from competentieplanner.ui.operations.base import database, run_job
from competentieplanner.ui.tasks import Progress, TaskHandle

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from competentieplanner.persistence.database import Database
    from competentieplanner.services.demo import DemoSummary
    from competentieplanner.services.workspace import DatabaseSummary


def open_database(
    context: AppContext,
    parent: QWidget | None,
    *,
    path: Path | str,
    title: str,
    on_done: Callable[[Database], None],
    on_error: Callable[[BaseException], None] | None = None,
) -> TaskHandle[Database]:
    """Open (create, upgrade) the database at ``path`` (a file, or a server URL); a refusal is
    shown in Dutch."""

    def job(_progress: Progress) -> Database:
        from competentieplanner.services.database import open_database as open_service

        return open_service(path)

    return run_job(
        context, parent, title=title, job=job, on_done=on_done, writes=True, on_error=on_error
    )


def open_startup_database(
    context: AppContext,
    parent: QWidget | None,
    *,
    requested: str | None,
    last: str | None,
    title: str,
    on_done: Callable[[Database], None],
    on_error: Callable[[BaseException], None] | None = None,
) -> TaskHandle[Database]:
    """The database named on the command line, else ``last`` (None: do not reopen), else the
    default one."""

    def job(_progress: Progress) -> Database:
        from competentieplanner.services.database import open_first_available

        return open_first_available(requested, last)

    return run_job(
        context, parent, title=title, job=job, on_done=on_done, writes=True, on_error=on_error
    )


def close_database(context: AppContext, db: Database) -> TaskHandle[None]:
    """Let go of a database the window no longer shows, after the writes queued for it."""

    def job(_progress: Progress) -> None:
        db.dispose()

    return run_job(
        context, None, title="", job=job, on_done=lambda _none: None, writes=True, quiet=True
    )


def read_summary(
    context: AppContext,
    parent: QWidget | None,
    *,
    on_done: Callable[[DatabaseSummary | None], None],
) -> TaskHandle[DatabaseSummary | None]:
    """The few numbers of the status bar; None when they cannot be read (the status line
    must never take the window down, so it then shows only the database's name)."""
    db = database(context)

    def job(_progress: Progress) -> DatabaseSummary | None:
        from competentieplanner.services import workspace

        try:
            with db.unit_of_work() as uow:
                return workspace.database_summary(uow)
        except Exception:  # see the docstring: the status line never fails the window
            return None

    return run_job(context, parent, title="", job=job, on_done=on_done, quiet=True)


def load_demo(
    context: AppContext,
    parent: QWidget | None,
    *,
    title: str,
    on_done: Callable[[DemoSummary], None],
) -> TaskHandle[DemoSummary]:
    """Fill the open, empty database with the demo municipality (one transaction)."""
    db = database(context)

    def job(_progress: Progress) -> DemoSummary:
        from competentieplanner.services.demo import generate_demo

        return generate_demo(db)

    return run_job(context, parent, title=title, job=job, on_done=on_done, writes=True)
