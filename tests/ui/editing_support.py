"""Helpers for the tests of the editing screens: a context with private settings, wired the way
the main window wires it (data_changed reloads the screen, Ctrl+Z/Ctrl+Y run the undo history
through the editing operations), and undo/redo that wait until the step is done."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from competentieplanner.persistence.database import Database
from competentieplanner.ui.context import AppContext
from competentieplanner.ui.operations import editing
from competentieplanner.ui.undo_actions import undo_redo_actions
from tests.ui.shell_support import wait_for_tasks


def make_context(db: Database, tmp_path: Path) -> AppContext:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    return AppContext(db=db, settings=settings)


def wire_like_main_window(context: AppContext, view: QWidget) -> tuple[QAction, QAction]:
    """Reload on data_changed and give the screen the Ctrl+Z / Ctrl+Y actions of the shared
    undo history, as the main window does."""
    context.signals.data_changed.connect(lambda _area: view.reload())  # type: ignore[attr-defined]
    undo, redo = undo_redo_actions(context, view)
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


def undo(qtbot: object, context: AppContext, parent: QWidget | None = None) -> None:
    """Undo the latest step as Ctrl+Z does, and wait until it is done and the screens reloaded."""
    editing.undo(context, parent)
    wait_for_tasks(qtbot, context)


def redo(qtbot: object, context: AppContext, parent: QWidget | None = None) -> None:
    editing.redo(context, parent)
    wait_for_tasks(qtbot, context)
