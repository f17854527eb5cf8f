"""The AVG work of the screens: inzage export, legal hold, retention terms and removal.

Everything runs off the GUI thread. Removal past the term rebuilds the SQLite file afterwards
(``erase.scrub_file``), in the same writer job, so nothing removed stays in free pages or WAL.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from competentieplanner.services.privacy import backups, erase, inzage, retention
from competentieplanner.ui.context import AppContext
from competentieplanner.ui.operations.base import database, run, run_job
from competentieplanner.ui.tasks import Progress, TaskHandle

if TYPE_CHECKING:
    from competentieplanner.persistence.unit_of_work import UnitOfWork


@dataclass(frozen=True, slots=True)
class RetentionOverview:
    """What the due-for-removal dialog shows."""

    run: retention.RetentionRun
    backups: list[backups.Backup]


def export_inzage(
    context: AppContext,
    parent: QWidget | None,
    *,
    title: str,
    personnel_number: str,
    path: Path,
    on_done: Callable[[Path], None],
) -> TaskHandle[Path]:
    """Write everything held about the person to ``path`` (PDF, workbook or JSON by suffix);
    the export logs itself in the audit trail, so it writes."""
    return run(
        context,
        parent,
        title=title,
        work=lambda uow: inzage.export_inzage(uow, personnel_number, path),
        on_done=on_done,
        writes=True,
    )


def load_legal_hold(
    context: AppContext,
    parent: QWidget | None,
    *,
    title: str,
    personnel_number: str,
    on_done: Callable[[erase.LegalHold], None],
) -> TaskHandle[erase.LegalHold]:
    return run(
        context,
        parent,
        title=title,
        work=lambda uow: erase.legal_hold(uow, personnel_number),
        on_done=on_done,
        quiet=True,
    )


def set_legal_hold(
    context: AppContext,
    parent: QWidget | None,
    *,
    title: str,
    personnel_number: str,
    hold: bool,
    reason: str,
    on_done: Callable[[erase.LegalHold], None],
    on_error: Callable[[BaseException], None] | None = None,
) -> TaskHandle[erase.LegalHold]:
    """Set or lift the hold and return it as stored."""

    def work(uow: UnitOfWork) -> erase.LegalHold:
        erase.set_legal_hold(uow, personnel_number, hold, reason)
        return erase.legal_hold(uow, personnel_number)

    return run(
        context,
        parent,
        title=title,
        work=work,
        on_done=on_done,
        writes=True,
        quiet=True,
        on_error=on_error,
    )


def load_terms(
    context: AppContext,
    parent: QWidget | None,
    *,
    title: str,
    on_done: Callable[[list[retention.TermSetting]], None],
) -> TaskHandle[list[retention.TermSetting]]:
    return run(context, parent, title=title, work=retention.load_terms, on_done=on_done, quiet=True)


def save_terms(
    context: AppContext,
    parent: QWidget | None,
    *,
    title: str,
    changes: Mapping[str, tuple[object, int]],
    on_done: Callable[[dict[str, int]], None],
    on_error: Callable[[BaseException], None],
) -> TaskHandle[dict[str, int]]:
    """Save the changed terms in one unit of work (all or nothing)."""
    frozen = dict(changes)
    return run(
        context,
        parent,
        title=title,
        work=lambda uow: retention.update_terms(uow, frozen),
        on_done=on_done,
        writes=True,
        quiet=True,
        on_error=on_error,
    )


def check_term(kind: str, months: object) -> None:
    """Refuse a wrong term with its Dutch message before anything is saved."""
    retention.check_term(kind, months)


def load_due(
    context: AppContext,
    parent: QWidget | None,
    *,
    title: str,
    on_done: Callable[[RetentionOverview], None],
) -> TaskHandle[RetentionOverview]:
    """What is past its term (a dry run) and the tool's backups with their age."""

    def work(uow: UnitOfWork) -> RetentionOverview:
        return RetentionOverview(retention.run_retention(uow, dry_run=True), backups.list_backups())

    return run(context, parent, title=title, work=work, on_done=on_done, quiet=True)


def remove_due(
    context: AppContext,
    parent: QWidget | None,
    *,
    title: str,
    on_done: Callable[[retention.RetentionRun], None],
) -> TaskHandle[retention.RetentionRun]:
    """Remove what is past its term (legal holds stay), then rebuild the SQLite file."""
    db = database(context)

    def job(_progress: Progress) -> retention.RetentionRun:
        with db.unit_of_work() as uow:
            done = retention.run_retention(uow, dry_run=False)
        if done.due:
            erase.scrub_file(db)
        return done

    return run_job(context, parent, title=title, job=job, on_done=on_done, writes=True)
