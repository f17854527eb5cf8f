"""The import dialog's work: check a file (a dry run that keeps nothing) and import it.

Both run in one unit of work on the writer thread: the dry run executes the import's
statements too (then rolls them back), and the real import is all or nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtWidgets import QWidget

from competentieplanner.services.import_preview import ImportPreview, preview_import, run_import
from competentieplanner.ui.context import AppContext
from competentieplanner.ui.operations.base import database, run_job
from competentieplanner.ui.tasks import Progress, TaskHandle

if TYPE_CHECKING:
    from competentieplanner.persistence.unit_of_work import UnitOfWork

T = TypeVar("T")


def _in_unit_of_work(
    context: AppContext, status: str, work: Callable[[UnitOfWork], T]
) -> Callable[[Progress], T]:
    db = database(context)

    def job(progress: Progress) -> T:
        progress.report(0, 0, status)
        with db.unit_of_work() as uow:
            return work(uow)

    return job


def check_file(
    context: AppContext,
    parent: QWidget | None,
    *,
    title: str,
    status: str,
    kind: str,
    path: Path,
    replace: bool,
    on_done: Callable[[ImportPreview], None],
) -> TaskHandle[ImportPreview]:
    """Validate ``path`` and describe what importing it would do; ``status`` (translated by
    the caller) is the text of the progress dialog."""
    job = _in_unit_of_work(
        context, status, lambda uow: preview_import(uow, kind, path, replace=replace)
    )
    return run_job(
        context, parent, title=title, job=job, on_done=on_done, writes=True, cancellable=True
    )


def import_file(
    context: AppContext,
    parent: QWidget | None,
    *,
    title: str,
    status: str,
    kind: str,
    path: Path,
    replace: bool,
    on_done: Callable[[str], None],
) -> TaskHandle[str]:
    """Import for real, all or nothing; ``on_done`` gets the Dutch summary."""
    job = _in_unit_of_work(
        context, status, lambda uow: run_import(uow, kind, path, replace=replace)
    )
    return run_job(
        context, parent, title=title, job=job, on_done=on_done, writes=True, cancellable=True
    )
