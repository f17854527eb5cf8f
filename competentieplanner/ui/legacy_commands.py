"""TRANSITIONAL (issue 10): the synchronous undo commands, until every editor runs its edits
through ui.operations.editing with ui.commands.

Undoable edits: QUndoCommand subclasses that call the editing services.

An edit is carried out once by :func:`execute` *before* it goes on the shared undo stack, so a
value the service refuses shows its message and never becomes an undo step. Undo and redo call
the services again with the row version our own previous step left behind; when a colleague
changed the row in between, the service refuses (ConflictError): the step shows the conflict
message, drops out of the history and the screens reload, instead of overwriting the colleague's
change.

Which version "our own previous step left behind" is kept in a :class:`VersionBook` per undo
stack, keyed by row (e.g. ``("requirement", "strategisch", "BA05")``): removing a row and
putting it back by undo creates a new row with a new version, and the older steps for that row
must use that one, not the version they remembered.

After every step ``data_changed(area)`` is emitted, so the screens re-read their data.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Mapping
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QMessageBox, QWidget

from competentieplanner.domain.errors import ConflictError, UserError
from competentieplanner.ui import tasks
from competentieplanner.ui.context import AppContext

T = TypeVar("T")
V = TypeVar("V")
RowKey = tuple[Hashable, ...]


def _title() -> str:
    return QCoreApplication.translate("commands", "Wijziging niet opgeslagen")


class VersionBook:
    """The row versions produced by this application's own edits (None: the row is absent)."""

    def __init__(self) -> None:
        self._versions: dict[RowKey, int | None] = {}

    def get(self, key: RowKey, fallback: Any) -> Any:
        return self._versions.get(key, fallback)

    def record(self, key: RowKey, version: int | None) -> None:
        self._versions[key] = version

    def record_all(self, versions: Mapping[RowKey, int | None]) -> None:
        self._versions.update(versions)


_BOOKS: dict[int, VersionBook] = {}  # TRANSITIONAL: removed with this module


def version_book(stack: QUndoStack) -> VersionBook:
    return _BOOKS.setdefault(id(stack), VersionBook())


class EditCommand(QUndoCommand):
    """An edit that :func:`execute` has already applied once; undo/redo repeat it through the
    services."""

    def __init__(
        self, context: AppContext, parent: QWidget | None, text: str, area: str, key: RowKey
    ) -> None:
        super().__init__(text)
        self.context = context
        self.parent_widget = parent
        self.area = area
        self.key = key
        self.book = version_book(context.undo_stack)
        self._pushed = False
        self._applied = False
        #: The message box of the last refused undo/redo.
        self.message_box: QMessageBox | None = None

    # Subclasses implement these two with service calls.
    def apply(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError

    def expected(self, remembered: Any) -> Any:
        """The version to pass to the service: the screen's for the first step, afterwards the
        one our own latest step for this row produced."""
        return self.book.get(self.key, remembered) if self._applied else remembered

    def produced(
        self, version: int | None, related: Mapping[RowKey, int | None] | None = None
    ) -> None:
        self._applied = True
        self.book.record(self.key, version)
        self.book.record_all(related or {})

    def redo(self) -> None:
        if not self._pushed:  # execute() already applied it; push() calls redo() right after
            self._pushed = True
            return
        self._run(self.apply)

    def undo(self) -> None:
        self._run(self.revert)

    def _run(self, step: Callable[[], None]) -> None:
        try:
            step()
        except UserError as exc:
            # This step can no longer be repeated faithfully: leave the history.
            self.setObsolete(True)
            self.message_box = tasks.show_user_error(self.parent_widget, _title(), exc)
        finally:
            self.context.signals.data_changed.emit(self.area)


def execute(context: AppContext, parent: QWidget | None, command: EditCommand) -> bool:
    """Apply ``command`` and, when the service accepted it, put it on the undo stack.

    Returns False (after showing the Dutch message) when the change was refused; on a conflict
    the screens reload so the user sees the colleague's version.
    """
    return execute_all(context, parent, command.text(), [command]) == 1


def execute_all(
    context: AppContext, parent: QWidget | None, text: str, commands: list[EditCommand]
) -> int:
    """Apply several edits as one undo step (e.g. the fields and indicators of one form).

    Stops at the first refused edit (the message is shown); the edits applied before it stay and
    form the undo step. Returns how many were applied.
    """
    stack = context.undo_stack
    applied = 0
    macro_open = False
    try:
        for command in commands:
            try:
                command.apply()
            except UserError as exc:
                tasks.show_user_error(parent, _title(), exc)
                if isinstance(exc, ConflictError):
                    context.signals.data_changed.emit(command.area)
                break
            if len(commands) > 1 and not macro_open:
                stack.beginMacro(text)
                macro_open = True
            stack.push(command)
            applied += 1
    finally:
        if macro_open:
            stack.endMacro()
    if applied:
        context.signals.data_changed.emit(commands[0].area)
    return applied


class UpdateCommand(EditCommand, Generic[T, V]):
    """Replace a row's values: ``update(values, expected_version) -> new version``.

    The version may be None for rows that can be absent (an indicator that is not written yet).
    """

    def __init__(
        self,
        context: AppContext,
        parent: QWidget | None,
        text: str,
        area: str,
        key: RowKey,
        *,
        update: Callable[[T, V], V],
        old: T,
        new: T,
        version: V,
    ) -> None:
        super().__init__(context, parent, text, area, key)
        self.update = update
        self.old = old
        self.new = new
        self.version = version

    def apply(self) -> None:
        self.version = self.update(self.new, self.expected(self.version))
        self.produced(self.version)  # type: ignore[arg-type]

    def revert(self) -> None:
        self.version = self.update(self.old, self.expected(self.version))
        self.produced(self.version)  # type: ignore[arg-type]


class AddCommand(EditCommand, Generic[T]):
    """Add a row: ``add(value) -> version``; undone by ``remove(version)``.

    ``related`` names rows created together with this one (a competency's indicators, an offer's
    effects): they start at version 1 when added and are absent after the removal.
    """

    def __init__(
        self,
        context: AppContext,
        parent: QWidget | None,
        text: str,
        area: str,
        key: RowKey,
        *,
        add: Callable[[T], int],
        remove: Callable[[int], object],
        value: T,
        related: Callable[[T], list[RowKey]] | None = None,
    ) -> None:
        super().__init__(context, parent, text, area, key)
        self.add = add
        self.remove = remove
        self.value = value
        self.related = related
        self.version: int | None = None

    def _related(self, version: int | None) -> dict[RowKey, int | None]:
        return {key: version for key in self.related(self.value)} if self.related else {}

    def apply(self) -> None:
        self.version = self.add(self.value)
        self.produced(self.version, self._related(1))

    def revert(self) -> None:
        self.remove(self.expected(self.version))
        self.version = None
        self.produced(None, self._related(None))


class RemoveCommand(EditCommand, Generic[T]):
    """Remove a row: ``remove(version) -> removed value``; undone by ``add(removed value)``."""

    def __init__(
        self,
        context: AppContext,
        parent: QWidget | None,
        text: str,
        area: str,
        key: RowKey,
        *,
        remove: Callable[[int], T],
        add: Callable[[T], int],
        version: int,
        related: Callable[[T], list[RowKey]] | None = None,
    ) -> None:
        super().__init__(context, parent, text, area, key)
        self.remove = remove
        self.add = add
        self.version: int | None = version
        self.removed: T | None = None
        self.related = related

    def _related(self, version: int | None) -> dict[RowKey, int | None]:
        if not self.related or self.removed is None:
            return {}
        return {key: version for key in self.related(self.removed)}

    def apply(self) -> None:
        self.removed = self.remove(self.expected(self.version))
        self.version = None
        self.produced(None, self._related(None))

    def revert(self) -> None:
        assert self.removed is not None
        self.version = self.add(self.removed)
        self.produced(self.version, self._related(1))
