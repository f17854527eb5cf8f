"""Issue 15, "Losing work": unsaved input asks before quitting, switching database or screen;
a second import in the same dialog works; the demo is offered on the very first start only and
never as the default answer; the proposal's hint goes when the items change."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from competentieplanner.persistence import records as r
from competentieplanner.persistence import repositories as repo
from competentieplanner.persistence.database import Database
from competentieplanner.services.database import open_database
from competentieplanner.ui.context import AppContext
from competentieplanner.ui.dialogs.import_dialog import ImportDialog
from competentieplanner.ui.main_window import MainWindow
from tests import engine_support
from tests.ui.shell_support import close_message_boxes, make_context, wait_for_tasks


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


def _plan_count(db: Database, number: str) -> int:
    with db.read_session() as session:
        return len(repo.load_plans(session, number))


def _unplanned_people(db: Database) -> list[str]:
    with db.read_session() as session:
        planned = set(
            session.scalars(select(r.EmployeeRecord.personnel_number).join(r.DevelopmentPlanRecord))
        )
        people = [e.personnel_number for e in repo.load_employees(session)]
    return [number for number in people if number not in planned]


def _unplanned_person(db: Database) -> str:
    return _unplanned_people(db)[0]


def _edit_a_plan(qtbot: QtBot, window: MainWindow) -> str:
    """Open Plannen, choose someone without a plan and add an own action (not saved)."""
    page = window.show_page("plans")
    wait_for_tasks(qtbot, window)
    number = _unplanned_person(window.context.db)
    tab = page.person  # type: ignore[union-attr]
    assert tab.choose_person(number)
    wait_for_tasks(qtbot, window)
    tab.own_combo.setCurrentText("Coaching")
    QTest.mouseClick(tab.add_own_button, Qt.MouseButton.LeftButton)
    assert tab.controller.dirty
    return number


def _answer(qtbot: QtBot, window: MainWindow, button: QMessageBox.StandardButton) -> None:
    box = window.leave_question
    assert isinstance(box, QMessageBox) and box.isVisible()
    QTest.mouseClick(box.button(button), Qt.MouseButton.LeftButton)
    wait_for_tasks(qtbot, window)


def test_quitting_with_an_unsaved_plan_asks_and_saves(qtbot: QtBot, window: MainWindow) -> None:
    number = _edit_a_plan(qtbot, window)
    assert window.quit_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Quit)

    window.quit_action.trigger()  # Ctrl+Q
    assert window.isVisible()
    box = window.leave_question
    assert box is not None and "Het plan van" in box.informativeText()
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Save)
    _answer(qtbot, window, QMessageBox.StandardButton.Cancel)
    assert window.isVisible() and window.page("plans").person.controller.dirty  # type: ignore[union-attr]
    assert _plan_count(window.context.db, number) == 0

    window.close()  # the window's close button
    _answer(qtbot, window, QMessageBox.StandardButton.Save)
    qtbot.waitUntil(lambda: not window.isVisible())
    assert _plan_count(window.context.db, number) == 1


def test_quitting_and_discarding_closes_without_saving(qtbot: QtBot, window: MainWindow) -> None:
    number = _edit_a_plan(qtbot, window)
    window.close()
    _answer(qtbot, window, QMessageBox.StandardButton.Discard)
    assert not window.isVisible()
    assert _plan_count(window.context.db, number) == 0


def test_switching_screen_with_an_unsaved_plan_asks_first(qtbot: QtBot, window: MainWindow) -> None:
    number = _edit_a_plan(qtbot, window)
    window.page_actions["employees"].trigger()  # Ctrl+2
    assert window.current_page_key() == "plans"  # not yet
    assert window.stack.currentWidget() is window.page("plans")
    assert window.page_actions["plans"].isChecked()
    _answer(qtbot, window, QMessageBox.StandardButton.Cancel)
    assert window.current_page_key() == "plans"

    # A link to a person's detail from elsewhere waits for the answer too, then opens it.
    window.context.signals.navigate.emit("employee", number)
    assert window.current_page_key() == "plans"
    _answer(qtbot, window, QMessageBox.StandardButton.Save)
    assert window.current_page_key() == "employees"
    assert _plan_count(window.context.db, number) == 1
    # Nothing unsaved any more: switching goes ahead without a question.
    window.show_page("overview")
    assert window.current_page_key() == "overview" and window.leave_question is None


def test_switching_database_with_an_unsaved_plan_asks_first(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    number = _edit_a_plan(qtbot, window)
    demo = window.context.db
    other = tmp_path / "ander.db"
    open_database(other).dispose()

    assert window.databases.open_path(other) is None  # waits for the answer
    assert window.context.db is demo
    _answer(qtbot, window, QMessageBox.StandardButton.Save)
    qtbot.waitUntil(lambda: window.context.db is not demo, timeout=20_000)
    wait_for_tasks(qtbot, window)
    assert window.context.db.file == other.resolve()
    assert _plan_count(demo, number) == 1


def test_an_unsaved_catalogue_offer_asks_on_quit(qtbot: QtBot, window: MainWindow) -> None:
    page = window.show_page("catalogue")
    wait_for_tasks(qtbot, window)
    page.table.selectRow(0)  # type: ignore[union-attr]
    wait_for_tasks(qtbot, window)
    old_name = page.name_edit.text()  # type: ignore[union-attr]
    page.name_edit.setText(old_name + " (herzien)")  # type: ignore[union-attr]
    assert page.unsaved_changes()  # type: ignore[union-attr]

    window.close()
    _answer(qtbot, window, QMessageBox.StandardButton.Discard)
    assert not window.isVisible()
    assert page.name_edit.text() == old_name  # type: ignore[union-attr]


def _staff_file(path: Path, number: str, name: str) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Personeelsnummer", "Achternaam", "Voornaam", "Functie", "FTE", "Team"])
    sheet.append([number, name, "Ilse", "Beleidsadviseur", "1", "Sociaal team Noord"])
    book.save(path)
    return path


def test_a_second_file_in_the_import_dialog_imports_too(
    qtbot: QtBot, demo_db: Database, tmp_path: Path
) -> None:
    context = make_context(demo_db, tmp_path)
    first = _staff_file(tmp_path / "een.xlsx", "9201", "Vermeulen")
    second = _staff_file(tmp_path / "twee.xlsx", "9202", "Bakker")
    dialog = ImportDialog(context, "staff", first)
    qtbot.addWidget(dialog)
    dialog.open()
    wait_for_tasks(qtbot, context)
    QTest.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.imported, timeout=20_000)
    wait_for_tasks(qtbot, context)

    dialog.set_path(second)  # what choosing a file in the file chooser does
    wait_for_tasks(qtbot, context)
    assert dialog.column_model.rowCount() > 0
    assert "geen fouten gevonden" in dialog.status.text()
    assert dialog.import_button.isVisible() and dialog.import_button.isEnabled()
    QTest.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.imported, timeout=20_000)
    wait_for_tasks(qtbot, context)
    with demo_db.read_session() as session:
        numbers = {e.personnel_number for e in repo.load_employees(session)}
    assert {"9201", "9202"} <= numbers


def _starting_window(qtbot: QtBot, settings: QSettings) -> MainWindow:
    """The window as the app starts it: no database yet, the start-up one follows."""
    win = MainWindow(AppContext(db=None, settings=settings))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def test_demo_is_offered_on_the_very_first_start_only_and_never_by_default(
    qtbot: QtBot, tmp_path: Path
) -> None:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = _starting_window(qtbot, settings)
    handle = win.databases.open_path(tmp_path / "eerste.db")
    assert handle is not None
    wait_for_tasks(qtbot, win)
    question = win.databases.demo_question
    assert question is not None and question.isVisible()
    assert question.defaultButton().text() == "Leeg beginnen"  # Enter keeps it empty
    QTest.keyClick(question, Qt.Key.Key_Return)
    wait_for_tasks(qtbot, win)
    assert win.databases.demo_question is None
    assert win.context.db is not None

    # A database the user makes afterwards is meant for real people: no offer.
    handle = win.databases.create_path(tmp_path / "gemeente.db")
    assert handle is not None
    wait_for_tasks(qtbot, win)
    assert win.databases.demo_question is None
    win.close()
    wait_for_tasks(qtbot, win)

    # Nor on the next start, even on an empty database.
    again = _starting_window(qtbot, settings)
    again.databases.open_path(tmp_path / "nog-een.db")
    wait_for_tasks(qtbot, again)
    assert again.databases.demo_question is None
    again.close()
    wait_for_tasks(qtbot, again)


def test_the_proposal_hint_goes_when_the_items_change(qtbot: QtBot, window: MainWindow) -> None:
    page = window.show_page("plans")
    wait_for_tasks(qtbot, window)
    tab = page.person  # type: ignore[union-attr]
    number = next(
        n
        for n in _unplanned_people(window.context.db)
        if engine_support.plan(window.context.db, n).path.items
    )
    assert tab.choose_person(number)
    wait_for_tasks(qtbot, window)
    QTest.mouseClick(tab.propose_button, Qt.MouseButton.LeftButton)
    wait_for_tasks(qtbot, window)
    assert tab.remaining.text()  # "Met dit pad haalt … alle doelniveaus" or what stays open
    tab.table.selectRow(0)
    QTest.mouseClick(tab.remove_button, Qt.MouseButton.LeftButton)
    assert tab.remaining.text() == ""
    window.page("plans").discard_changes()  # type: ignore[union-attr]
    wait_for_tasks(qtbot, window)


def test_a_reload_neither_dirties_nor_resets_the_authority_form(
    qtbot: QtBot, window: MainWindow
) -> None:
    page = window.show_page("profiles")
    wait_for_tasks(qtbot, window)
    editor = page.authorities  # type: ignore[union-attr]
    shown = editor.current
    assert shown is not None and not editor.unsaved_changes()
    window.context.signals.data_changed.emit("reference")  # e.g. a colleague's change
    wait_for_tasks(qtbot, window)
    assert not editor.unsaved_changes()
    assert editor.form_value() == shown.authority

    editor.name_edit.setText(shown.authority.name + " (herzien)")  # typing survives a reload
    window.context.signals.data_changed.emit("reference")
    wait_for_tasks(qtbot, window)
    typed = editor.form_value()
    assert typed.name.endswith("(herzien)")
    assert (typed.framework, typed.competency, typed.min_level, typed.required_offer) == (
        shown.authority.framework,
        shown.authority.competency,
        shown.authority.min_level,
        shown.authority.required_offer,
    )
    page.discard_changes()  # type: ignore[union-attr]
    assert not page.unsaved_changes()  # type: ignore[union-attr]
