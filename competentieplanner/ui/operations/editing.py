"""Carry out undoable edits, and undo and redo them, on the writer thread.

``execute`` applies a command in one unit of work and, once that committed, puts it on the
undo history; ``undo``/``redo`` revert or re-apply the step next to the history's index the same
way and then move the index. A step that can no longer be repeated faithfully (a colleague
changed the row) shows why and leaves the history. After every step ``data_changed(area)`` is
emitted, so the screens re-read their data.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from competentieplanner.domain.errors import ConflictError, UserError
from competentieplanner.ui.commands import EditCommand
from competentieplanner.ui.context import AppContext
from competentieplanner.ui.operations.base import database, run_job
from competentieplanner.ui.tasks import Progress, TaskHandle

if TYPE_CHECKING:
    from competentieplanner.persistence.unit_of_work import UnitOfWork
    from competentieplanner.ui.undo_history import VersionLedger

Step = Callable[["UnitOfWork", "VersionLedger"], None]


def _title() -> str:
    return QCoreApplication.translate("commands", "Wijziging niet opgeslagen")


def _run_step(
    context: AppContext,
    parent: QWidget | None,
    step: Step,
    on_done: Callable[[None], None],
    on_error: Callable[[BaseException], None],
) -> TaskHandle[None]:
    db = database(context)
    book = context.undo_stack.versions

    def job(_progress: Progress) -> None:
        ledger = book.ledger()
        with db.unit_of_work() as uow:
            step(uow, ledger)
        ledger.commit()  # only now: the transaction committed

    return run_job(
        context, parent, title=_title(), job=job, on_done=on_done, writes=True, on_error=on_error
    )


def execute(
    context: AppContext,
    parent: QWidget | None,
    command: EditCommand,
    on_done: Callable[[bool], None] | None = None,
) -> TaskHandle[None]:
    """Apply ``command`` and, when the service accepted it, put it on the undo history.

    ``on_done(True)`` after it was saved, ``on_done(False)`` after a refusal (the Dutch message
    is shown; on a conflict the screens reload so the user sees the colleague's version).
    """

    def saved(_result: None) -> None:
        context.undo_stack.push(command)  # its redo() does nothing: the work is done
        context.signals.data_changed.emit(command.area)
        if on_done is not None:
            on_done(True)

    def refused(exc: BaseException) -> None:
        if isinstance(exc, ConflictError):
            context.signals.data_changed.emit(command.area)
        if on_done is not None:
            on_done(False)

    return _run_step(context, parent, command.apply, saved, refused)


def _neighbour(context: AppContext, *, undo: bool) -> EditCommand | None:
    history = context.undo_stack
    if history.busy or not (history.canUndo() if undo else history.canRedo()):
        return None
    command = history.command(history.index() - 1 if undo else history.index())
    return command if isinstance(command, EditCommand) else None


def _move(context: AppContext, parent: QWidget | None, *, undo: bool) -> TaskHandle[None] | None:
    history = context.undo_stack
    command = _neighbour(context, undo=undo)
    if command is None:
        return None
    history.set_busy(True)

    def moved(_result: None) -> None:
        history.set_busy(False)
        if undo:
            history.undo()
        else:
            history.redo()
        context.signals.data_changed.emit(command.area)

    def refused(exc: BaseException) -> None:
        # This step can no longer be repeated faithfully: it leaves the history (Qt deletes an
        # obsolete command when the index passes it).
        history.set_busy(False)
        if isinstance(exc, UserError):
            command.setObsolete(True)
            if undo:
                history.undo()
            else:
                history.redo()
        context.signals.data_changed.emit(command.area)

    handle = _run_step(context, parent, command.revert if undo else command.apply, moved, refused)
    # An unexpected error (crash dialog) must not leave the actions disabled forever.
    handle.completed.connect(lambda: history.set_busy(False))
    return handle


def undo(context: AppContext, parent: QWidget | None) -> TaskHandle[None] | None:
    """Undo the latest step (None when there is nothing to undo or a step is under way)."""
    return _move(context, parent, undo=True)


def redo(context: AppContext, parent: QWidget | None) -> TaskHandle[None] | None:
    """Redo the step undone last (None when there is nothing to redo or a step is under way)."""
    return _move(context, parent, undo=False)
