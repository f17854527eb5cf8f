"""The Ongedaan maken / Opnieuw actions: they run the step through the editing operations (off
the GUI thread) and are disabled while a step is under way; on a screen with unsaved edits of
its own (a plan) they undo those first."""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, SignalInstance
from PySide6.QtGui import QAction, QKeySequence, QUndoStack

from competentieplanner.ui.context import AppContext
from competentieplanner.ui.operations import editing


def _label(prefix: str, text: str) -> str:
    return f"{prefix} {text}" if text else prefix


def undo_redo_actions(
    context: AppContext,
    parent: QObject,
    local: Callable[[], QUndoStack | None] | None = None,
    local_changed: SignalInstance | None = None,
) -> tuple[QAction, QAction]:
    """Undo (Ctrl+Z) and redo (Ctrl+Y, Ctrl+Shift+Z) actions over the context's history.

    ``local()`` may name the in-memory history of the screen on show (a plan being edited,
    see :mod:`.plan_history`): while it has a step to undo (or redo), the actions use that one;
    ``local_changed`` fires when that history or the screen on show changes. Messages of a
    refused step belong to the window of ``parent`` when it is a widget.
    """
    history = context.undo_stack
    undo_prefix = QCoreApplication.translate("MainWindow", "Ongedaan maken")
    redo_prefix = QCoreApplication.translate("MainWindow", "Opnieuw")
    undo = QAction(undo_prefix, parent)
    undo.setShortcut(QKeySequence("Ctrl+Z"))
    redo = QAction(redo_prefix, parent)
    redo.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
    window = parent if hasattr(parent, "window") else None

    def on_show() -> QUndoStack | None:
        stack = local() if local is not None else None
        return stack if stack is not None and shiboken6.isValid(stack) else None

    def refresh() -> None:
        # QUndoStack's destructor clears the stack and signals once more: nothing to show then.
        if not shiboken6.isValid(history) or not shiboken6.isValid(undo):
            return
        mine = on_show()
        if mine is not None and mine.canUndo():
            undo.setEnabled(True)
            undo.setText(_label(undo_prefix, mine.undoText()))
        else:
            undo.setEnabled(history.canUndo() and not history.busy)
            undo.setText(_label(undo_prefix, history.undoText()))
        if mine is not None and mine.canRedo():
            redo.setEnabled(True)
            redo.setText(_label(redo_prefix, mine.redoText()))
        else:
            redo.setEnabled(history.canRedo() and not history.busy)
            redo.setText(_label(redo_prefix, history.redoText()))

    def do_undo() -> None:
        mine = on_show()
        if mine is not None and mine.canUndo():
            mine.undo()
        else:
            editing.undo(context, window)  # type: ignore[arg-type]

    def do_redo() -> None:
        mine = on_show()
        if mine is not None and mine.canRedo():
            mine.redo()
        else:
            editing.redo(context, window)  # type: ignore[arg-type]

    for signal in (history.indexChanged, history.busy_changed):
        signal.connect(refresh)
    if local_changed is not None:
        local_changed.connect(refresh)
    undo.triggered.connect(do_undo)
    redo.triggered.connect(do_redo)
    refresh()
    return undo, redo
