"""Opleidingen driven as a user: search, edit an offer, deactivate it, edit effects, add a new
offer, and undo each step; refused values show a message and change nothing."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QSpinBox
from pytestqt.qtbot import QtBot

from competentieplanner.domain.model import Effect, TrainingOffer
from competentieplanner.domain.provenance import PROPOSED
from competentieplanner.persistence import repositories as repo
from competentieplanner.persistence.database import Database
from competentieplanner.ui.models.catalogue import TO_COLUMN
from competentieplanner.ui.views.catalogue import CatalogueView
from tests.ui.editing_support import (
    close_message_boxes,
    make_context,
    message_boxes,
    redo,
    undo,
    wire_like_main_window,
)
from tests.ui.shell_support import wait_for_tasks


def _offer(db: Database, code: str) -> TrainingOffer:
    with db.read_session() as session:
        return {o.code: o for o in repo.load_catalogue(session, include_inactive=True)}[code]


@pytest.fixture
def view(qtbot: QtBot, demo_db: Database, tmp_path: Path) -> Iterator[CatalogueView]:
    context = make_context(demo_db, tmp_path)
    widget = CatalogueView(context)
    qtbot.addWidget(widget)
    wire_like_main_window(context, widget)
    widget.resize(1200, 760)
    widget.show()
    qtbot.waitExposed(widget)
    wait_for_tasks(qtbot, widget)
    yield widget
    close_message_boxes()


def _choose(qtbot: QtBot, view: CatalogueView, code: str) -> None:
    """Search for the code and click the first row, as a user would."""
    view.search.clear()
    QTest.keyClicks(view.search, code)
    assert view.proxy.rowCount() >= 1
    rect = view.table.visualRect(view.proxy.index(0, 1))
    QTest.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    wait_for_tasks(qtbot, view)
    assert view.current is not None and view.current.offer.code == code


def test_search_filters_on_name_provider_and_competency(qtbot: QtBot, view: CatalogueView) -> None:
    total = view.proxy.rowCount()
    assert total == view.model.rowCount() > 20
    QTest.keyClicks(view.search, "sensitiviteit")
    names = [view.proxy.index(r, 1).data() for r in range(view.proxy.rowCount())]
    assert names and all("sensitiviteit" in name.lower() for name in names)
    view.search.clear()
    QTest.keyClicks(view.search, "BA07")
    assert 0 < view.proxy.rowCount() < total
    view.search.clear()
    assert view.proxy.rowCount() == total


def test_sorting_by_cost_is_done_by_the_model(qtbot: QtBot, view: CatalogueView) -> None:
    view.table.sortByColumn(5, Qt.SortOrder.DescendingOrder)
    costs = [row.offer.cost for row in view.model.rows]
    assert costs == sorted(costs, reverse=True)
    shown = [view.proxy.index(r, 0).data() for r in range(3)]
    assert shown == [row.offer.code for row in view.model.rows[:3]]


def test_edit_hours_and_cost_then_undo(
    qtbot: QtBot, view: CatalogueView, demo_db: Database
) -> None:
    before = _offer(demo_db, "OPL03")
    _choose(qtbot, view, "OPL03")
    view.hours_spin.setValue(18.5)
    view.cost_spin.setValue(725.25)
    assert view.save_button.isEnabled()
    QTest.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    wait_for_tasks(qtbot, view)
    after = _offer(demo_db, "OPL03")
    assert (after.hours, after.cost) == (18.5, Decimal("725.25"))
    assert view.model.rows[view.model.row_of("OPL03")].offer == after

    undo(qtbot, view.context, view)
    assert _offer(demo_db, "OPL03") == before
    assert view.hours_spin.value() == before.hours


def test_deactivate_and_hide_inactive(qtbot: QtBot, view: CatalogueView, demo_db: Database) -> None:
    _choose(qtbot, view, "OPL05")
    QTest.mouseClick(view.active_button, Qt.MouseButton.LeftButton)
    wait_for_tasks(qtbot, view)
    assert _offer(demo_db, "OPL05").active is False
    assert "niet actief" in view.heading.text()

    view.search.clear()
    view.show_inactive.setChecked(False)
    visible = {view.proxy.index(r, 0).data() for r in range(view.proxy.rowCount())}
    assert "OPL05" not in visible and "OPL04" in visible

    undo(qtbot, view.context, view)
    assert _offer(demo_db, "OPL05").active is True


def test_edit_an_effect_in_the_table_and_refuse_an_impossible_one(
    qtbot: QtBot, view: CatalogueView, demo_db: Database
) -> None:
    _choose(qtbot, view, "OPL18")
    effect = next(e for e in _offer(demo_db, "OPL18").effects if e.competency == "BA02")
    assert effect == Effect("BA02", 2, 3)
    row = view.effect_model.row_of("BA02")
    view.effects.setFocus()
    view.effects.setCurrentIndex(view.effect_model.index(row, TO_COLUMN))
    QTest.keyClick(view.effects, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QSpinBox) and editor.maximum() == 4
    editor.selectAll()
    QTest.keyClicks(editor, "4")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.context.undo_stack.count() == 1)  # queued, then saved
    wait_for_tasks(qtbot, view)
    assert Effect("BA02", 2, 4) in _offer(demo_db, "OPL18").effects

    # the spin box allows "naar 2" while the start level is 2: the service refuses it
    view._change_effect(Effect("BA02", 2, 4), Effect("BA02", 2, 2))
    wait_for_tasks(qtbot, view)
    boxes = message_boxes()
    assert len(boxes) == 1 and "moet hoger zijn dan het startniveau" in boxes[0].text()
    assert Effect("BA02", 2, 4) in _offer(demo_db, "OPL18").effects

    undo(qtbot, view.context, view)
    assert Effect("BA02", 2, 3) in _offer(demo_db, "OPL18").effects


def test_add_and_remove_effect(qtbot: QtBot, view: CatalogueView, demo_db: Database) -> None:
    _choose(qtbot, view, "OPL18")
    view.effect_combo.setCurrentIndex(view.effect_combo.findData("BA04"))
    view.effect_from.setValue(1)
    view.effect_to.setValue(3)
    QTest.mouseClick(view.add_effect_button, Qt.MouseButton.LeftButton)
    wait_for_tasks(qtbot, view)
    assert Effect("BA04", 1, 3) in _offer(demo_db, "OPL18").effects
    assert view.effect_model.row_of("BA04") >= 0

    view.effects.selectRow(view.effect_model.row_of("BA04"))
    QTest.mouseClick(view.remove_effect_button, Qt.MouseButton.LeftButton)
    wait_for_tasks(qtbot, view)
    assert "BA04" not in {e.competency for e in _offer(demo_db, "OPL18").effects}
    undo(qtbot, view.context, view)
    assert Effect("BA04", 1, 3) in _offer(demo_db, "OPL18").effects
    undo(qtbot, view.context, view)
    assert "BA04" not in {e.competency for e in _offer(demo_db, "OPL18").effects}


def test_new_offer_with_undo_and_redo(qtbot: QtBot, view: CatalogueView, demo_db: Database) -> None:
    QTest.mouseClick(view.new_button, Qt.MouseButton.LeftButton)
    wait_for_tasks(qtbot, view)
    assert view.code_edit.hasFocus()
    QTest.keyClicks(view.code_edit, "OPL40")
    QTest.keyClicks(view.name_edit, "Samen beslissen met inwoners")
    QTest.keyClicks(view.provider_edit, "Fictieve Academie")
    view.hours_spin.setValue(7)
    view.cost_spin.setValue(395)
    QTest.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    wait_for_tasks(qtbot, view)
    offer = _offer(demo_db, "OPL40")
    assert (offer.name, offer.hours, offer.cost) == (
        "Samen beslissen met inwoners",
        7.0,
        Decimal("395.00"),
    )
    assert view.current is not None and view.current.offer.code == "OPL40"
    assert view.effects.isVisible()

    undo(qtbot, view.context, view)
    with pytest.raises(KeyError):
        _offer(demo_db, "OPL40")
    redo(qtbot, view.context, view)
    assert _offer(demo_db, "OPL40").name == "Samen beslissen met inwoners"


def test_duplicate_code_is_refused_and_the_form_stays(qtbot: QtBot, view: CatalogueView) -> None:
    QTest.mouseClick(view.new_button, Qt.MouseButton.LeftButton)
    wait_for_tasks(qtbot, view)
    QTest.keyClicks(view.code_edit, "OPL01")
    QTest.keyClicks(view.name_edit, "Dubbel")
    QTest.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    wait_for_tasks(qtbot, view)
    boxes = message_boxes()
    assert len(boxes) == 1 and "bestaat al een opleiding met code OPL01" in boxes[0].text()
    assert view.adding and view.name_edit.text() == "Dubbel"
    assert view.context.undo_stack.count() == 0


def test_effects_show_their_source_and_offers_filter_on_it(
    qtbot: QtBot, view: CatalogueView
) -> None:
    total = view.proxy.rowCount()
    view.source_filter.setCurrentIndex(view.source_filter.findData(PROPOSED))
    proposed = {view.proxy.index(r, 0).data() for r in range(view.proxy.rowCount())}
    assert "OPL03" in proposed and "OPL01" not in proposed and len(proposed) < total
    _choose(qtbot, view, "OPL03")
    rows = {view.effect_model.index(r, 0).data(): r for r in range(view.effect_model.rowCount())}
    source = view.effect_model.index(rows["ST12"], 4).data()
    assert source.startswith("voorstel Competentieplanner: niet in de kolom Ontwikkelt")
    assert view.effect_model.index(rows["ST09"], 4).data().startswith("startcatalogus")
    view.source_filter.setCurrentIndex(0)
    view.search.clear()
    assert view.proxy.rowCount() == total
