"""Undoable edits: QUndoCommand subclasses that call the editing services in a unit of work.

An edit is carried out once by :func:`competentieplanner.ui.operations.editing.execute` on the
writer thread *before* it goes on the shared undo history, so a value the service refuses shows
its message and never becomes an undo step. Undo and redo run the command's :meth:`revert` /
:meth:`apply` the same way and only then move the history (the QUndoCommand's own ``undo()`` and
``redo()`` do nothing: the work is already done). Undo and redo pass the row version our own
previous step left behind; when a colleague changed the row in between, the service refuses
(ConflictError): the step shows the conflict message, drops out of the history and the screens
reload, instead of overwriting the colleague's change.

Every ``apply``/``revert`` gets the unit of work of its operation and the
:class:`~competentieplanner.ui.undo_history.VersionLedger` of that transaction.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from PySide6.QtGui import QUndoCommand

from competentieplanner.ui.undo_history import RowKey, VersionLedger

if TYPE_CHECKING:
    from competentieplanner.persistence.unit_of_work import UnitOfWork

T = TypeVar("T")
V = TypeVar("V")


class EditCommand(QUndoCommand):
    """An edit whose service calls run in a unit of work; the undo history only records it."""

    def __init__(self, text: str, area: str, key: RowKey) -> None:
        super().__init__(text)
        self.area = area
        self.key = key
        self._applied = False

    # Subclasses implement these two with service calls (on the writer thread).
    def apply(self, uow: UnitOfWork, ledger: VersionLedger) -> None:
        raise NotImplementedError

    def revert(self, uow: UnitOfWork, ledger: VersionLedger) -> None:
        raise NotImplementedError

    def expected(self, ledger: VersionLedger, remembered: Any) -> Any:
        """The version to pass to the service: the screen's for the first step, afterwards the
        one our own latest step for this row produced."""
        return ledger.get(self.key, remembered) if self._applied else remembered

    def produced(
        self,
        ledger: VersionLedger,
        version: int | None,
        related: dict[RowKey, int | None] | None = None,
    ) -> None:
        self._applied = True
        ledger.record(self.key, version)
        for key, related_version in (related or {}).items():
            ledger.record(key, related_version)

    # The history moves after the operation did the work: nothing to do here.
    def redo(self) -> None:
        pass

    def undo(self) -> None:
        pass


class CompositeCommand(EditCommand):
    """Several edits that form one user action (the fields and indicators of one form): applied
    and reverted in one transaction, so the form is saved entirely or not at all."""

    def __init__(self, text: str, steps: Sequence[EditCommand]) -> None:
        if not steps:
            raise ValueError("a composite edit needs at least one step")
        super().__init__(text, steps[0].area, steps[0].key)
        self.steps = list(steps)

    def apply(self, uow: UnitOfWork, ledger: VersionLedger) -> None:
        for step in self.steps:
            step.apply(uow, ledger)

    def revert(self, uow: UnitOfWork, ledger: VersionLedger) -> None:
        for step in reversed(self.steps):
            step.revert(uow, ledger)


class UpdateCommand(EditCommand, Generic[T, V]):
    """Replace a row's values: ``update(uow, values, expected_version) -> new version``.

    The version may be None for rows that can be absent (an indicator that is not written yet).
    """

    def __init__(
        self,
        text: str,
        area: str,
        key: RowKey,
        *,
        update: Callable[[UnitOfWork, T, V], V],
        old: T,
        new: T,
        version: V,
    ) -> None:
        super().__init__(text, area, key)
        self.update = update
        self.old = old
        self.new = new
        self.version = version

    def apply(self, uow: UnitOfWork, ledger: VersionLedger) -> None:
        self.version = self.update(uow, self.new, self.expected(ledger, self.version))
        self.produced(ledger, self.version)  # type: ignore[arg-type]

    def revert(self, uow: UnitOfWork, ledger: VersionLedger) -> None:
        self.version = self.update(uow, self.old, self.expected(ledger, self.version))
        self.produced(ledger, self.version)  # type: ignore[arg-type]


class AddCommand(EditCommand, Generic[T]):
    """Add a row: ``add(uow, value) -> version``; undone by ``remove(uow, version)``.

    ``related`` names rows created together with this one (a competency's indicators, an offer's
    effects): they start at version 1 when added and are absent after the removal.
    """

    def __init__(
        self,
        text: str,
        area: str,
        key: RowKey,
        *,
        add: Callable[[UnitOfWork, T], int],
        remove: Callable[[UnitOfWork, int], object],
        value: T,
        related: Callable[[T], list[RowKey]] | None = None,
    ) -> None:
        super().__init__(text, area, key)
        self.add = add
        self.remove = remove
        self.value = value
        self.related = related
        self.version: int | None = None

    def _related(self, version: int | None) -> dict[RowKey, int | None]:
        return {key: version for key in self.related(self.value)} if self.related else {}

    def apply(self, uow: UnitOfWork, ledger: VersionLedger) -> None:
        self.version = self.add(uow, self.value)
        self.produced(ledger, self.version, self._related(1))

    def revert(self, uow: UnitOfWork, ledger: VersionLedger) -> None:
        self.remove(uow, self.expected(ledger, self.version))
        self.version = None
        self.produced(ledger, None, self._related(None))


class RemoveCommand(EditCommand, Generic[T]):
    """Remove a row: ``remove(uow, version) -> removed value``; undone by
    ``add(uow, removed value)``."""

    def __init__(
        self,
        text: str,
        area: str,
        key: RowKey,
        *,
        remove: Callable[[UnitOfWork, int], T],
        add: Callable[[UnitOfWork, T], int],
        version: int,
        related: Callable[[T], list[RowKey]] | None = None,
    ) -> None:
        super().__init__(text, area, key)
        self.remove = remove
        self.add = add
        self.version: int | None = version
        self.removed: T | None = None
        self.related = related

    def _related(self, version: int | None) -> dict[RowKey, int | None]:
        if not self.related or self.removed is None:
            return {}
        return {key: version for key in self.related(self.removed)}

    def apply(self, uow: UnitOfWork, ledger: VersionLedger) -> None:
        self.removed = self.remove(uow, self.expected(ledger, self.version))
        self.version = None
        self.produced(ledger, None, self._related(None))

    def revert(self, uow: UnitOfWork, ledger: VersionLedger) -> None:
        assert self.removed is not None
        self.version = self.add(uow, self.removed)
        self.produced(ledger, self.version, self._related(1))
