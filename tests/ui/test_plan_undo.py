"""Issue 15: Ctrl+Z / Ctrl+Y work for plans (docs/ui.md promises it). A plan is edited in memory
until Opslaan; each edit before that is a step to undo or redo through the window's actions."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from competentieplanner.persistence.database import Database
from competentieplanner.ui.main_window import MainWindow
from tests.ui.shell_support import close_message_boxes, make_context, wait_for_tasks
from tests.ui.test_losing_work import _plan_count, _unplanned_person


@pytest.fixture
def window(qtbot: QtBot, demo_db: Database, tmp_path: Path) -> Iterator[MainWindow]:
    win = MainWindow(make_context(demo_db, tmp_path))
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    wait_for_tasks(qtbot, win)
    yield win
    close_message_boxes()
    wait_for_tasks(qtbot, win)


def test_plan_edits_are_undone_and_redone_before_saving(
    qtbot: QtBot, window: MainWindow
) -> None:
    page = window.show_page("plans")
    wait_for_tasks(qtbot, window)
    tab = page.person  # type: ignore[union-attr]
    number = _unplanned_person(window.context.db)
    assert tab.choose_person(number)
    wait_for_tasks(qtbot, window)
    assert not window.undo_action.isEnabled()  # nothing edited, nothing shared to undo

    for title in ("Coaching", "Intervisie"):
        tab.own_combo.setCurrentText(title)
        QTest.mouseClick(tab.add_own_button, Qt.MouseButton.LeftButton)
    tab.table.selectRow([i.title for i in tab.items_model.items()].index("Coaching"))
    QTest.mouseClick(tab.later_button, Qt.MouseButton.LeftButton)
    moved = tab.items_model.items()
    assert window.undo_action.isEnabled() and "Plan wijzigen" in window.undo_action.text()

    window.undo_action.trigger()  # Ctrl+Z: the move
    assert tab.items_model.items() != moved
    assert sorted(i.title for i in tab.items_model.items()) == ["Coaching", "Intervisie"]
    assert window.redo_action.isEnabled()
    window.redo_action.trigger()  # Ctrl+Y: moved again
    assert tab.items_model.items() == moved

    for _ in range(3):
        window.undo_action.trigger()
    assert tab.items_model.items() == [] and not tab.controller.dirty
    assert not tab.save_button.isEnabled()
    window.redo_action.trigger()
    assert [i.title for i in tab.items_model.items()] == ["Coaching"] and tab.controller.dirty

    QTest.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    wait_for_tasks(qtbot, window)
    assert _plan_count(window.context.db, number) == 1
    # A saved version stays as it is: the history starts afresh.
    assert not tab.controller.history.canUndo()


def test_other_screens_keep_the_shared_history(qtbot: QtBot, window: MainWindow) -> None:
    page = window.show_page("plans")
    wait_for_tasks(qtbot, window)
    tab = page.person  # type: ignore[union-attr]
    assert tab.choose_person(_unplanned_person(window.context.db))
    wait_for_tasks(qtbot, window)
    tab.own_combo.setCurrentText("Coaching")
    QTest.mouseClick(tab.add_own_button, Qt.MouseButton.LeftButton)
    assert window.undo_action.isEnabled()
    page.tabs.setCurrentWidget(page.organisation)  # type: ignore[union-attr]
    assert not window.undo_action.isEnabled()  # the plan's steps belong to its tab
    page.tabs.setCurrentWidget(tab)  # type: ignore[union-attr]
    assert window.undo_action.isEnabled()
    window.undo_action.trigger()
    assert tab.items_model.items() == []
