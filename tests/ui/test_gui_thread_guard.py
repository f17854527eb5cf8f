"""The guard itself: it catches UI code that reads the database on the GUI thread, and lets the
same work through on a worker thread of the task runner."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from competentieplanner.persistence.database import Database
from competentieplanner.ui.commands import UpdateCommand
from competentieplanner.ui.tasks import TaskRunner
from competentieplanner.ui.undo_history import VersionBook
from tests.ui.gui_thread_guard import database_off_the_gui_thread
from tests.ui.shell_support import wait_for_tasks


def _command() -> UpdateCommand[int, int]:
    def update(uow, value: int, version: int) -> int:  # type: ignore[no-untyped-def]
        return int(uow.session.execute(text("SELECT :v + 1"), {"v": value}).scalar_one())

    return UpdateCommand("test", "reference", ("row",), update=update, old=1, new=2, version=1)


@pytest.mark.gui_thread_database_on_purpose
def test_ui_code_reading_on_the_gui_thread_is_caught(empty_db: Database) -> None:
    command = _command()
    with database_off_the_gui_thread(waived=frozenset()) as found, empty_db.unit_of_work() as uow:
        command.apply(uow, VersionBook().ledger())  # ui/commands.py, on the main thread
    assert found and found[0].startswith("ui/commands.py")


def test_the_same_work_on_the_task_runner_passes(qtbot, empty_db: Database) -> None:
    command = _command()
    runner = TaskRunner()
    results: list[int | None] = []

    def work(_progress: object) -> int | None:
        with empty_db.unit_of_work() as uow:
            command.apply(uow, VersionBook().ledger())
        return command.version

    with database_off_the_gui_thread(waived=frozenset()) as found:
        runner.run(None, "test", work, results.append, show_dialog=False)
        wait_for_tasks(qtbot, runner)
    assert results == [3] and found == []


def test_test_code_itself_is_not_counted(empty_db: Database) -> None:
    with database_off_the_gui_thread(waived=frozenset()) as found, empty_db.unit_of_work() as uow:
        uow.session.execute(text("SELECT 1"))
    assert found == []
