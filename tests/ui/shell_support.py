"""Helpers for the tests of the shell and the read-mostly screens (UI helper A's part)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

from competentieplanner.persistence.database import Database
from competentieplanner.ui import crash, tasks
from competentieplanner.ui.context import AppContext


def make_context(db: Database, tmp_path: Path) -> AppContext:
    """A context with settings in the test's folder: never the user's own settings."""
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    return AppContext(db=db, settings=settings)


def wait_for_tasks(qtbot: object, owner: object, timeout: int = 30_000) -> None:
    """Until every background task of ``owner`` (a screen, window, context or task runner)
    delivered its result (or error) to the GUI thread."""
    runner = owner if isinstance(owner, tasks.TaskRunner) else None
    if runner is None:
        context = owner if isinstance(owner, AppContext) else owner.context  # type: ignore[attr-defined]
        runner = context.tasks
    qtbot.waitUntil(lambda: runner.running() == 0, timeout=timeout)  # type: ignore[attr-defined]


def message_boxes() -> list[QMessageBox]:
    """Visible message boxes (they are opened with open(), so they never block a test)."""
    return [
        widget
        for widget in QApplication.topLevelWidgets()
        if isinstance(widget, QMessageBox) and widget.isVisible()
    ]


def close_message_boxes() -> None:
    for box in message_boxes():
        box.close()


@pytest.fixture
def crash_logs(tmp_path: Path) -> Iterator[Path]:
    """Crash logs go to the test's folder instead of the user's data folder."""
    folder = tmp_path / "logs"
    crash.set_log_dir(folder)
    yield folder
    crash.set_log_dir(None)
