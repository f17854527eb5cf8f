"""Plannen driven as a user: propose a path, adjust it, save it and find it in the database;
unsaved changes are not lost when switching person; a colleague's newer version is not
overwritten; the organisation budget is calculated off the GUI thread."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDoubleSpinBox, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from competentieplanner.domain.model import PlanItem, PlanStatus, Quarter
from competentieplanner.persistence import records as r
from competentieplanner.persistence import repositories as repo
from competentieplanner.persistence.database import Database
from competentieplanner.services import plan_edit, unit_budgets
from competentieplanner.services.database import open_database
from competentieplanner.ui.operations import editing
from competentieplanner.ui.views.budget_planner import AMOUNT_COLUMN
from competentieplanner.ui.views.plans import PlansView
from tests import engine_support
from tests.ui.editing_support import (
    close_message_boxes,
    make_context,
    message_boxes,
    wire_like_main_window,
)
from tests.ui.shell_support import wait_for_tasks
from tests.unit_of_work_support import call


@pytest.fixture
def view(qtbot: QtBot, demo_db: Database, tmp_path: Path) -> Iterator[PlansView]:
    context = make_context(demo_db, tmp_path)
    widget = PlansView(context)
    qtbot.addWidget(widget)
    wire_like_main_window(context, widget)
    widget.resize(1200, 800)
    widget.show()
    qtbot.waitExposed(widget)
    wait_for_tasks(qtbot, widget)
    yield widget
    close_message_boxes()


def _person_with_gaps(db: Database, *, with_plan: bool) -> str:
    """Someone (with or without a saved plan) for whom the engine proposes at least 2 offers."""
    with db.read_session() as session:
        planned = set(
            session.scalars(select(r.EmployeeRecord.personnel_number).join(r.DevelopmentPlanRecord))
        )
        people = [e.personnel_number for e in repo.load_employees(session)]
    for number in people:
        if (number in planned) != with_plan:
            continue
        if len(engine_support.plan(db, number).path.items) >= 2:
            return number
    raise AssertionError("no suitable person in the demo data")


def _plans(db: Database, number: str) -> list[plan_edit.DevelopmentPlan]:
    with db.read_session() as session:
        return repo.load_plans(session, number)


def _choose_by_typing(qtbot: QtBot, view: PlansView, number: str) -> None:
    combo = view.person.person_combo
    combo.setFocus()
    combo.lineEdit().selectAll()
    QTest.keyClicks(combo.lineEdit(), number)
    popup = view.person.person_completer.popup()
    qtbot.waitUntil(popup.isVisible)
    QTest.keyClick(popup, Qt.Key.Key_Down)
    QTest.keyClick(popup, Qt.Key.Key_Return)
    state = view.person.controller
    qtbot.waitUntil(
        lambda: state.person is not None and state.person.personnel_number == number
    )
    wait_for_tasks(qtbot, view)


def _propose(qtbot: QtBot, view: PlansView) -> None:
    QTest.mouseClick(view.person.propose_button, Qt.MouseButton.LeftButton)
    task = view.person.controller.last_task
    assert task is not None
    qtbot.waitUntil(lambda: task.done, timeout=30_000)
    assert task.error is None


def _save(qtbot: QtBot, view: PlansView) -> None:
    QTest.mouseClick(view.person.save_button, Qt.MouseButton.LeftButton)
    wait_for_tasks(qtbot, view)


def _choose(qtbot: QtBot, view: PlansView, number: str) -> None:
    assert view.person.choose_person(number)
    wait_for_tasks(qtbot, view)


# The completer's popup asks the offscreen platform for things only a real screen does.
@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")
def test_propose_adjust_and_save_a_plan(qtbot: QtBot, view: PlansView, demo_db: Database) -> None:
    number = _person_with_gaps(demo_db, with_plan=False)
    tab = view.person
    _choose_by_typing(qtbot, view, number)
    assert "nog geen ontwikkelplan" in tab.summary.text()
    assert tab.items_model.rowCount() == 0

    _propose(qtbot, view)
    proposed = tab.items_model.items()
    expected = engine_support.plan(demo_db, number, start=tab.start_combo.currentData())
    assert sorted((str(i.quarter), i.offer) for i in proposed) == sorted(
        (str(step.quarter), step.offer.code) for step in expected.path.items
    )
    assert tab.save_button.isEnabled() and "nog niet opgeslagen" in tab.summary.text()

    # remove the last offer, move the first one a quarter later, add an own action
    tab.table.selectRow(tab.items_model.rowCount() - 1)
    removed = tab.items_model.rows[tab.items_model.rowCount() - 1]
    QTest.mouseClick(tab.remove_button, Qt.MouseButton.LeftButton)
    tab.table.selectRow(0)
    first = tab.items_model.rows[0]
    QTest.mouseClick(tab.later_button, Qt.MouseButton.LeftButton)
    tab.own_combo.setCurrentText("Meeloopstage in een sociaal team")
    tab.own_hours.setValue(16)
    QTest.mouseClick(tab.add_own_button, Qt.MouseButton.LeftButton)
    items = tab.items_model.items()
    assert removed not in items
    assert any(i.offer == first.offer and i.quarter == first.quarter.next() for i in items)

    _save(qtbot, view)

    plans = _plans(demo_db, number)
    assert len(plans) == 1
    saved = plans[0]
    assert saved.status is PlanStatus.DRAFT and saved.profile == expected.path.profile
    key = lambda i: (i.quarter, i.offer or "", i.title)  # noqa: E731
    assert sorted(saved.items, key=key) == sorted(items, key=key)
    own = next(i for i in saved.items if i.offer is None)
    assert (own.title, own.hours) == ("Meeloopstage in een sociaal team", 16.0)
    assert not tab.save_button.isEnabled()
    assert "Huidig plan van" in tab.summary.text()


def test_saving_again_adds_a_version_and_keeps_the_old_one(
    qtbot: QtBot, view: PlansView, demo_db: Database
) -> None:
    number = _person_with_gaps(demo_db, with_plan=True)
    before = _plans(demo_db, number)
    tab = view.person
    _choose(qtbot, view, number)
    assert tab.items_model.items() == list(before[-1].items)

    tab.offer_combo.setCurrentIndex(tab.offer_combo.findData("OPL16"))
    QTest.mouseClick(tab.add_offer_button, Qt.MouseButton.LeftButton)
    _save(qtbot, view)

    after = _plans(demo_db, number)
    assert len(after) == len(before) + 1
    assert after[:-1] == before
    assert "OPL16" in {i.offer for i in after[-1].items}


def test_edit_quarter_and_cost_in_the_table(
    qtbot: QtBot, view: PlansView, demo_db: Database
) -> None:
    number = _person_with_gaps(demo_db, with_plan=True)
    tab = view.person
    _choose(qtbot, view, number)
    row = 0
    item = tab.items_model.rows[row]
    tab.table.setFocus()
    tab.table.setCurrentIndex(tab.items_model.index(row, 4))
    QTest.keyClick(tab.table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QDoubleSpinBox)
    editor.selectAll()
    QTest.keyClicks(editor, editor.locale().toString(123.45, "f", 2))  # "123,45" in Dutch
    QTest.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: any(i.cost == Decimal("123.45") for i in tab.items_model.items()))
    assert tab.controller.dirty
    changed = next(i for i in tab.items_model.items() if i.cost == Decimal("123.45"))
    assert (changed.title, changed.quarter) == (item.title, item.quarter)


def test_switching_person_with_unsaved_changes_asks_first(
    qtbot: QtBot, view: PlansView, demo_db: Database
) -> None:
    first = _person_with_gaps(demo_db, with_plan=False)
    tab = view.person
    state = tab.controller
    _choose(qtbot, view, first)
    tab.own_combo.setCurrentText("Coaching")
    QTest.mouseClick(tab.add_own_button, Qt.MouseButton.LeftButton)
    other = next(e.personnel_number for e in tab.person_model.rows if e.personnel_number != first)

    tab.choose_person(other)
    assert state.person is not None and state.person.personnel_number == first  # not yet
    box = state.question
    assert isinstance(box, QMessageBox) and box.isVisible()
    QTest.mouseClick(box.button(QMessageBox.StandardButton.Save), Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: state.person is not None and state.person.personnel_number == other)
    wait_for_tasks(qtbot, view)
    assert not state.dirty and "nog geen ontwikkelplan" in tab.summary.text()
    saved = _plans(demo_db, first)
    assert [i.title for i in saved[-1].items] == ["Coaching"]


def test_a_colleagues_newer_plan_is_not_overwritten(
    qtbot: QtBot, view: PlansView, demo_db: Database, demo_db_path: Path
) -> None:
    number = _person_with_gaps(demo_db, with_plan=True)
    tab = view.person
    _choose(qtbot, view, number)
    tab.own_combo.setCurrentText("Intervisie")
    QTest.mouseClick(tab.add_own_button, Qt.MouseButton.LeftButton)

    colleague = open_database(demo_db_path)
    try:
        current = engine_support.current_plan(colleague, number)
        assert current is not None
        engine_support.save_plan(
            colleague,
            number,
            profile=current.plan.profile,
            expected=current.ref,
            items=[PlanItem(Quarter(2027, 3), "Projectrol in de pilot", hours=24)],
        )
    finally:
        colleague.dispose()

    _save(qtbot, view)
    boxes = message_boxes()
    assert len(boxes) == 1 and "intussen opnieuw opgeslagen door " in boxes[0].text()
    latest = _plans(demo_db, number)[-1]
    assert [i.title for i in latest.items] == ["Projectrol in de pilot"]
    assert [i.title for i in tab.items_model.items()] == ["Projectrol in de pilot"]
    assert not tab.controller.dirty


def test_organisation_budget_is_calculated_and_unit_budgets_are_editable(
    qtbot: QtBot, view: PlansView, demo_db: Database
) -> None:
    tab = view.organisation
    view.tabs.setCurrentWidget(tab)
    tab.year_spin.setValue(2027)
    wait_for_tasks(qtbot, view)
    stored = engine_support.load_budgets(demo_db, 2027)
    assert tab.total_spin.value() == float(sum(b.budget.amount for b in stored.values()))

    tab.total_spin.setValue(20_000)
    QTest.mouseClick(tab.run_button, Qt.MouseButton.LeftButton)
    task = tab.last_task
    assert task is not None
    qtbot.waitUntil(lambda: task.done, timeout=60_000)
    assert task.error is None and tab.result is not None
    assert tab.result.spent <= Decimal("20000")
    units = {row.unit: row for row in tab.unit_model.rows}
    assert sum((row.spent for row in units.values()), Decimal("0")) == tab.result.spent
    for unit, row in units.items():
        if unit in stored:
            assert row.cap == stored[unit].budget.amount and row.spent <= row.cap
    assert tab.open_model.rowCount() > 0
    assert "Besteed" in tab.result_summary.text()

    unit = sorted(stored)[0]
    position = tab.budget_model.row_of(unit)
    view.activateWindow()  # the progress dialog had it
    qtbot.waitUntil(view.isActiveWindow)
    tab.budget_table.setFocus()
    tab.budget_table.setCurrentIndex(tab.budget_model.index(position, AMOUNT_COLUMN))
    QTest.keyClick(tab.budget_table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QDoubleSpinBox)
    editor.selectAll()
    QTest.keyClicks(editor, "4321")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: engine_support.load_budgets(demo_db, 2027)[unit].budget.amount == Decimal("4321")
    )
    wait_for_tasks(qtbot, view)
    assert tab.budget_model.rows[position].amount == Decimal("4321")  # the screen reloaded
    editing.undo(view.context, view)
    wait_for_tasks(qtbot, view)
    restored = engine_support.load_budgets(demo_db, 2027)[unit].budget.amount
    assert restored == stored[unit].budget.amount
    assert tab.budget_model.rows[position].amount == restored
    editing.redo(view.context, view)
    wait_for_tasks(qtbot, view)
    assert engine_support.load_budgets(demo_db, 2027)[unit].budget.amount == Decimal("4321")


def test_a_unit_with_quarter_budgets_shows_their_sum_and_is_not_edited_as_one_year(
    qtbot: QtBot, view: PlansView, demo_db: Database
) -> None:
    stored = engine_support.load_budgets(demo_db, 2027)
    unit = sorted(stored)[0]
    with demo_db.unit_of_work() as uow:  # as `budget set --quarter` leaves it
        plan_edit.remove_budget(uow, unit, 2027, expected_version=stored[unit].version or 0)
        for quarter, amount in ((1, "1000"), (3, "250.50")):
            plan_edit.set_budget(uow, unit, 2027, amount, expected_version=None, quarter=quarter)
    tab = view.organisation
    view.tabs.setCurrentWidget(tab)
    tab.year_spin.setValue(2026)  # another year and back: the tab reads the budgets again
    wait_for_tasks(qtbot, view)
    tab.year_spin.setValue(2027)
    wait_for_tasks(qtbot, view)
    position = tab.budget_model.row_of(unit)
    row = tab.budget_model.rows[position]
    assert row.amount == Decimal("1250.50") and row.quarters == (
        (1, Decimal("1000")), (3, Decimal("250.50"))
    )
    cell = tab.budget_model.index(position, AMOUNT_COLUMN)
    assert not cell.flags() & Qt.ItemFlag.ItemIsEditable
    tip = cell.data(Qt.ItemDataRole.ToolTipRole)
    assert "K1" in tip and "K3" in tip and "per kwartaal" in tip
    other = tab.budget_model.index(tab.budget_model.row_of(sorted(stored)[1]), AMOUNT_COLUMN)
    assert other.flags() & Qt.ItemFlag.ItemIsEditable  # a year budget still is


def test_a_unit_is_switched_to_quarter_budgets_and_back_by_undo(
    qtbot: QtBot, view: PlansView, demo_db: Database
) -> None:
    stored = engine_support.load_budgets(demo_db, 2027)
    unit = sorted(stored)[0]
    year_amount = stored[unit].budget.amount
    tab = view.organisation
    view.tabs.setCurrentWidget(tab)
    tab.year_spin.setValue(2027)
    wait_for_tasks(qtbot, view)
    tab.budget_table.setCurrentIndex(tab.budget_model.index(tab.budget_model.row_of(unit), 0))
    dialog = tab.choose_periods()
    assert dialog is not None and dialog.whole_year.isChecked()
    assert not dialog.quarter_amounts[0].isEnabled()
    dialog.per_quarter.setChecked(True)
    assert dialog.quarter_amounts[0].isEnabled() and not dialog.year_amount.isEnabled()
    for spin, amount in zip(dialog.quarter_amounts, (4000, 3000, 2000, 1000), strict=True):
        spin.setValue(amount)
    dialog.accept()

    def periods() -> dict[int | None, Decimal]:
        return call(demo_db, unit_budgets.stored_periods, unit, 2027)[0]

    qtbot.waitUntil(lambda: None not in periods() and bool(periods()), timeout=10_000)
    wait_for_tasks(qtbot, view)
    assert periods() == {1: Decimal("4000"), 2: Decimal("3000"), 3: Decimal("2000"),
                         4: Decimal("1000")}
    row = tab.budget_model.rows[tab.budget_model.row_of(unit)]
    assert row.amount == Decimal("10000") and len(row.quarters) == 4  # the screen reloaded
    editing.undo(view.context, view)
    wait_for_tasks(qtbot, view)
    assert periods() == {None: year_amount}
    editing.redo(view.context, view)
    wait_for_tasks(qtbot, view)
    assert sum(periods().values()) == Decimal("10000")


def test_a_colleague_holding_the_database_never_freezes_the_window(
    qtbot: QtBot, view: PlansView, demo_db: Database, demo_db_path: Path
) -> None:
    """While a colleague's write transaction holds the SQLite lock, saving is refused on the
    worker thread (nothing waits on the GUI thread); the edits stay and a second try saves."""
    number = _person_with_gaps(demo_db, with_plan=False)
    tab = view.person
    _choose(qtbot, view, number)
    tab.own_combo.setCurrentText("Intervisie")
    QTest.mouseClick(tab.add_own_button, Qt.MouseButton.LeftButton)

    colleague = sqlite3.connect(demo_db_path, isolation_level=None)
    try:
        colleague.execute("BEGIN IMMEDIATE")
        QTest.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
        tab.own_combo.setFocus()
        tab.own_combo.lineEdit().selectAll()
        QTest.keyClicks(tab.own_combo.lineEdit(), "Coaching")
        assert tab.own_combo.currentText() == "Coaching"  # the window reacts meanwhile
        wait_for_tasks(qtbot, view)
        boxes = message_boxes()
        assert len(boxes) == 1 and "op hetzelfde moment" in boxes[0].text()
        boxes[0].close()
    finally:
        colleague.execute("ROLLBACK")
        colleague.close()
    assert _plans(demo_db, number) == []
    assert tab.controller.dirty and [i.title for i in tab.items_model.items()] == ["Intervisie"]

    _save(qtbot, view)
    assert [i.title for i in _plans(demo_db, number)[-1].items] == ["Intervisie"]
    assert not tab.controller.dirty
