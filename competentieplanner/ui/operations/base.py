"""Run a service call in one unit of work off the GUI thread.

``run(context, parent, title=..., work=..., on_done=...)`` opens a unit of work on a worker
thread, calls ``work(uow)`` in it and delivers the result to ``on_done`` on the GUI thread. A
refusal (UserError) is shown as a Dutch message; when it is a conflict with a colleague's change,
``reload_area`` is announced so the screens show the current data.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from competentieplanner.domain.errors import ConflictError, UserError
from competentieplanner.ui.context import AppContext
from competentieplanner.ui.tasks import Progress, TaskHandle

if TYPE_CHECKING:
    from competentieplanner.persistence.database import Database
    from competentieplanner.persistence.unit_of_work import UnitOfWork

T = TypeVar("T")


def database(context: AppContext) -> Database:
    """The open database; a Dutch refusal while none is open yet."""
    if context.db is None:
        raise UserError(
            QCoreApplication.translate("operations", "Er is (nog) geen database geopend.")
        )
    return context.db


def run(
    context: AppContext,
    parent: QWidget | None,
    *,
    title: str,
    work: Callable[[UnitOfWork], T],
    on_done: Callable[[T], None],
    writes: bool = False,
    quiet: bool = False,
    reload_area: str | None = None,
    on_error: Callable[[BaseException], None] | None = None,
) -> TaskHandle[T]:
    """Call ``work(uow)`` in one unit of work on a worker thread.

    Args:
        title: what the user asked for ("Plan opslaan"); titles the dialog and messages.
        work: the service call; runs on the worker thread, so it touches no widget and no
            translation (translate on the GUI thread, before or after).
        on_done: gets the result on the GUI thread.
        writes: the work changes data (it waits for earlier changes to be saved).
        quiet: no progress dialog (reading a screen's data); the status bar shows that work is
            going on when it takes longer than a moment.
        reload_area: announced through ``data_changed`` when the work was refused because of a
            colleague's change, so every screen shows the current data.
        on_error: called on the GUI thread after a refusal was shown.
    """
    db = database(context)

    def job(_progress: Progress) -> T:
        with db.unit_of_work() as uow:
            return work(uow)

    return run_job(
        context,
        parent,
        title=title,
        job=job,
        on_done=on_done,
        writes=writes,
        quiet=quiet,
        reload_area=reload_area,
        on_error=on_error,
        cancellable=False,
    )


def run_with_progress(
    context: AppContext,
    parent: QWidget | None,
    *,
    title: str,
    work: Callable[[UnitOfWork, Progress], T],
    on_done: Callable[[T], None],
    writes: bool = False,
    cancellable: bool = True,
) -> TaskHandle[T]:
    """Like :func:`run`, for long work that reports progress and can be cancelled."""
    db = database(context)

    def job(progress: Progress) -> T:
        with db.unit_of_work() as uow:
            return work(uow, progress)

    return run_job(
        context,
        parent,
        title=title,
        job=job,
        on_done=on_done,
        writes=writes,
        cancellable=cancellable,
    )


def run_job(
    context: AppContext,
    parent: QWidget | None,
    *,
    title: str,
    job: Callable[[Progress], T],
    on_done: Callable[[T], None],
    writes: bool = False,
    quiet: bool = False,
    cancellable: bool = False,
    reload_area: str | None = None,
    on_error: Callable[[BaseException], None] | None = None,
) -> TaskHandle[T]:
    """Run ``job`` on the context's task runner (for work that opens no unit of work itself,
    or more than one: opening a database, writing a file)."""

    def refused(exc: BaseException) -> None:
        if reload_area is not None and isinstance(exc, ConflictError):
            context.signals.data_changed.emit(reload_area)
        if on_error is not None:
            on_error(exc)

    return context.tasks.run(
        parent,
        title,
        job,
        on_done,
        cancellable=cancellable,
        show_dialog=not quiet,
        writes=writes,
        on_error=refused,
    )
