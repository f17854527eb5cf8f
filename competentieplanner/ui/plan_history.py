"""Undo and redo of the edits to a plan before it is saved (Ctrl+Z / Ctrl+Y in Plannen).

A plan is edited in memory until Opslaan; every edit (an item moved, removed, added or changed
in the table, a proposal, the plan's status) is one step on the plan's own undo stack, which
holds the whole state before and after it. Saving or loading a plan starts a fresh stack: saved
versions are never changed (each Opslaan adds a version). The main window's undo actions use
this stack while Plannen shows a plan with steps to undo; otherwise the shared history.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtGui import QUndoCommand, QUndoStack

from competentieplanner.domain.model import PlanItem


@dataclass(frozen=True, slots=True)
class PlanState:
    items: tuple[PlanItem, ...]
    profile: str | None
    status: str


class PlanEdit(QUndoCommand):
    """One edit, already made when it is pushed: redo() shows ``after`` from then on."""

    def __init__(
        self, text: str, before: PlanState, after: PlanState, show: Callable[[PlanState], None]
    ) -> None:
        super().__init__(text)
        self.before, self.after, self.show = before, after, show
        self._done = True  # the first redo() (by QUndoStack.push) has nothing left to do

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self.show(self.after)

    def undo(self) -> None:
        self.show(self.before)


class PlanHistory(QUndoStack):
    """The edits to the plan on show; ``shown`` is the state the last step left."""

    def __init__(self, show: Callable[[PlanState], None], parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._show = show
        self.shown: PlanState | None = None

    def start(self, state: PlanState) -> None:
        """A plan was loaded or saved: nothing to undo, this state is the clean one."""
        self.clear()
        self.shown = state
        self.setClean()

    def record(self, text: str, state: PlanState) -> None:
        if self.shown is None or state == self.shown:
            self.shown = state
            return
        self.push(PlanEdit(text, self.shown, state, self._restore))
        self.shown = state

    def _restore(self, state: PlanState) -> None:
        self.shown = state
        self._show(state)
