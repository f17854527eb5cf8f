"""The shared undo history and the row versions the application's own edits left behind.

QUndoStack is used as the history only: the edits themselves run as operations on the writer
thread (:mod:`competentieplanner.ui.operations.editing`), and the stack is moved once they
committed. That is why :class:`UndoHistory` knows whether an undo or redo is still under way.

Which version "our own previous step left behind" is kept in the :class:`VersionBook`, keyed by
row (e.g. ``("requirement", "strategisch", "BA05")``): removing a row and putting it back by undo
creates a new row with a new version, and the older steps for that row must use that one, not
the version they remembered. The book is only touched on the writer thread, inside a
:class:`VersionLedger` whose entries count once the transaction committed.
"""

from __future__ import annotations

from collections.abc import Hashable, Mapping
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QUndoStack

RowKey = tuple[Hashable, ...]


class VersionBook:
    """The row versions produced by this application's own edits (None: the row is absent)."""

    def __init__(self) -> None:
        self._versions: dict[RowKey, int | None] = {}

    def get(self, key: RowKey, fallback: Any) -> Any:
        return self._versions.get(key, fallback)

    def ledger(self) -> VersionLedger:
        """A scratch page for one transaction; :meth:`VersionLedger.commit` copies it in."""
        return VersionLedger(self)

    def _merge(self, versions: Mapping[RowKey, int | None]) -> None:
        self._versions.update(versions)


class VersionLedger:
    """The versions one transaction produced, visible to its own later steps at once and to
    everyone once :meth:`commit` is called after the transaction committed."""

    def __init__(self, book: VersionBook) -> None:
        self._book = book
        self._pending: dict[RowKey, int | None] = {}

    def get(self, key: RowKey, fallback: Any) -> Any:
        if key in self._pending:
            return self._pending[key]
        return self._book.get(key, fallback)

    def record(self, key: RowKey, version: int | None) -> None:
        self._pending[key] = version

    def commit(self) -> None:
        self._book._merge(self._pending)
        self._pending = {}


class UndoHistory(QUndoStack):
    """The undo stack of one application context, with its version book and busy state."""

    #: An undo or redo started (True) or finished (False); the actions are disabled meanwhile.
    busy_changed = Signal(bool)

    def __init__(self) -> None:
        super().__init__()
        self.versions = VersionBook()
        self._busy = False

    @property
    def busy(self) -> bool:
        return self._busy

    def set_busy(self, busy: bool) -> None:
        if busy != self._busy:
            self._busy = busy
            self.busy_changed.emit(busy)

    def clear(self) -> None:
        """Forget the history and the versions it produced (another database was opened)."""
        super().clear()
        self.versions = VersionBook()
