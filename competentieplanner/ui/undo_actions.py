"""The Ongedaan maken / Opnieuw actions: they run the step through the editing operations (off
the GUI thread) and are disabled while a step is under way."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence

from competentieplanner.ui.context import AppContext
from competentieplanner.ui.operations import editing


def _label(prefix: str, text: str) -> str:
    return f"{prefix} {text}" if text else prefix


def undo_redo_actions(context: AppContext, parent: QObject) -> tuple[QAction, QAction]:
    """Undo (Ctrl+Z) and redo (Ctrl+Y, Ctrl+Shift+Z) actions over the context's history.

    Messages of a refused step belong to the window of ``parent`` when it is a widget.
    """
    history = context.undo_stack
    undo_prefix = QCoreApplication.translate("MainWindow", "Ongedaan maken")
    redo_prefix = QCoreApplication.translate("MainWindow", "Opnieuw")
    undo = QAction(undo_prefix, parent)
    undo.setShortcut(QKeySequence("Ctrl+Z"))
    redo = QAction(redo_prefix, parent)
    redo.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
    window = parent if hasattr(parent, "window") else None

    def refresh() -> None:
        # QUndoStack's destructor clears the stack and signals once more: nothing to show then.
        if not shiboken6.isValid(history) or not shiboken6.isValid(undo):
            return
        undo.setEnabled(history.canUndo() and not history.busy)
        redo.setEnabled(history.canRedo() and not history.busy)
        undo.setText(_label(undo_prefix, history.undoText()))
        redo.setText(_label(redo_prefix, history.redoText()))

    for signal in (history.indexChanged, history.busy_changed):
        signal.connect(refresh)
    undo.triggered.connect(lambda: editing.undo(context, window))  # type: ignore[arg-type]
    redo.triggered.connect(lambda: editing.redo(context, window))  # type: ignore[arg-type]
    refresh()
    return undo, redo
