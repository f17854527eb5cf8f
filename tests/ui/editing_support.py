"""Helpers for the tests of the editing screens: a context with private settings, wired the way
the main window wires it (data_changed reloads the screen, Ctrl+Z/Ctrl+Y on the undo stack)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from competentieplanner.persistence.database import Database
from competentieplanner.ui.context import AppContext


def make_context(db: Database, tmp_path: Path) -> AppContext:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    return AppContext(db=db, settings=settings)


def wire_like_main_window(context: AppContext, view: QWidget) -> tuple[QAction, QAction]:
    """Reload on data_changed and give the screen the Ctrl+Z / Ctrl+Y actions of the shared
    undo stack, as the main window does."""
    context.signals.data_changed.connect(lambda _area: view.reload())  # type: ignore[attr-defined]
    undo = context.undo_stack.createUndoAction(view, "Ongedaan maken")
    undo.setShortcut(QKeySequence("Ctrl+Z"))
    redo = context.undo_stack.createRedoAction(view, "Opnieuw")
    redo.setShortcut(QKeySequence("Ctrl+Y"))
    for action in (undo, redo):
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        view.addAction(action)
    return undo, redo


def message_boxes() -> list[QMessageBox]:
    """Visible message boxes (opened with open(), so they do not block the test)."""
    return [
        widget
        for widget in QApplication.topLevelWidgets()
        if isinstance(widget, QMessageBox) and widget.isVisible()
    ]


def close_message_boxes() -> None:
    for box in message_boxes():
        box.close()
