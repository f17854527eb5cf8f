"""The data one screen shows, loaded off the GUI thread; the newest load wins."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from competentieplanner.ui.commands import EditCommand
from competentieplanner.ui.context import AppContext
from competentieplanner.ui.operations import editing
from competentieplanner.ui.tasks import TaskHandle

S = TypeVar("S")
Loader = Callable[
    [AppContext, QWidget | None, str, Callable[[Any], None], Callable[[BaseException], None]],
    TaskHandle[Any],
]


class Snapshot(QObject, Generic[S]):
    """Holds the latest snapshot of a screen's data and loads a new one on request.

    ``loaded(snapshot)`` fires on the GUI thread when a load arrived. A load that a newer one
    overtook is dropped, so the screen never goes back to older data.
    """

    loaded = Signal(object)

    def __init__(self, context: AppContext, owner: QWidget, title: str, load: Loader) -> None:
        super().__init__(owner)
        self.context = context
        self.owner = owner
        self.title = title
        self._load = load
        self.current: S | None = None
        self._generation = 0
        self._waiting: list[Callable[[], None]] = []

    def reload(self) -> None:
        self._generation += 1
        generation = self._generation
        self._load(
            self.context,
            self.owner,
            self.title,
            lambda snapshot: self._arrived(generation, snapshot),
            lambda _exc: self._failed(generation),
        )

    def then(self, callback: Callable[[], None]) -> None:
        """Load again and call ``callback`` once the screen shows the new data (after a save:
        the saved data, whatever loads were under way)."""
        self._waiting.append(callback)
        self.reload()

    def _arrived(self, generation: int, snapshot: S) -> None:
        if generation != self._generation:
            return
        self.current = snapshot
        self.loaded.emit(snapshot)
        waiting, self._waiting = self._waiting, []
        for callback in waiting:
            callback()

    def _failed(self, generation: int) -> None:
        if generation == self._generation:
            self._waiting = []


def save(
    context: AppContext,
    parent: QWidget,
    data: Snapshot[Any],
    command: EditCommand,
    *,
    saved: Callable[[], None] | None = None,
    then: Callable[[], None] | None = None,
    refused: Callable[[], None] | None = None,
) -> None:
    """Save ``command`` as one undoable step (its work runs off the GUI thread).

    Once it is saved, ``saved`` right away, then the data is read again and ``then`` runs when
    the screen shows it. On a refusal (the message is shown) ``refused``.
    """

    def done(ok: bool) -> None:
        if not ok:
            if refused is not None:
                refused()
            return
        if saved is not None:
            saved()
        if then is not None:
            data.then(then)

    editing.execute(context, parent, command, done)
