"""Profielen & competenties driven as a user: edit a target in the table, undo and redo it,
edit a competency with its indicators, refused values, conflicts with a colleague."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QApplication, QSpinBox
from pytestqt.qtbot import QtBot

from competentieplanner.domain.model import Requirement
from competentieplanner.domain.provenance import PROPOSED, SOURCED
from competentieplanner.persistence import repositories as repo
from competentieplanner.persistence.database import Database
from competentieplanner.services import reference_edit as edit
from competentieplanner.services.database import open_database
from competentieplanner.ui.models.reference import CRITICAL_COLUMN, SOURCE_COLUMN, TARGET_COLUMN
from competentieplanner.ui.views.profiles import ProfilesView
from tests.ui.editing_support import (
    close_message_boxes,
    make_context,
    message_boxes,
    undo,
    wire_like_main_window,
)
from tests.ui.shell_support import wait_for_tasks


def _reference(db: Database) -> edit.ReferenceSnapshot:
    with db.unit_of_work() as uow:
        return edit.load_reference(uow)


def _target(db: Database, profile: str, competency: str) -> Requirement:
    with db.read_session() as session:
        return next(
            q for q in repo.get_profile(session, profile).requirements if q.competency == competency
        )


@pytest.fixture
def view(qtbot: QtBot, demo_db: Database, tmp_path: Path) -> Iterator[ProfilesView]:
    context = make_context(demo_db, tmp_path)
    widget = ProfilesView(context)
    qtbot.addWidget(widget)
    wire_like_main_window(context, widget)
    widget.resize(1200, 760)
    widget.show()
    qtbot.waitExposed(widget)
    wait_for_tasks(qtbot, widget)
    yield widget
    close_message_boxes()


def _open_profile_tab(view: ProfilesView, code: str) -> None:
    view.tabs.setCurrentWidget(view.profiles)
    assert view.profiles.select_profile(code)


def _edit_target(qtbot: QtBot, view: ProfilesView, competency: str, value: int) -> None:
    """Select the row, press F2, type the level and Enter, as a user would."""
    table = view.profiles.table
    steps = view.context.undo_stack.count()
    row = view.profiles.model.row_of(competency)
    assert row >= 0
    table.setFocus()
    table.setCurrentIndex(view.profiles.model.index(row, TARGET_COLUMN))
    QTest.keyClick(table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QSpinBox)
    editor.selectAll()
    QTest.keyClicks(editor, str(value))
    QTest.keyClick(editor, Qt.Key.Key_Return)
    # The model asks for the change through a queued signal; wait until it is an undo step.
    qtbot.waitUntil(lambda: view.context.undo_stack.count() == steps + 1)
    wait_for_tasks(qtbot, view)


def test_edit_a_profile_target_and_undo_it(
    qtbot: QtBot, view: ProfilesView, demo_db: Database
) -> None:
    _open_profile_tab(view, "aanbieders")
    before = _target(demo_db, "aanbieders", "BA05")
    assert before.target == 4

    _edit_target(qtbot, view, "BA05", 2)
    qtbot.waitUntil(lambda: _target(demo_db, "aanbieders", "BA05").target == 2)
    row = view.profiles.model.row_of("BA05")
    assert view.profiles.model.index(row, TARGET_COLUMN).data() == "2"
    assert view.context.undo_stack.undoText().startswith("Doelniveau BA05 in aanbieders: 4")

    QTest.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    wait_for_tasks(qtbot, view)
    assert _target(demo_db, "aanbieders", "BA05") == before
    row = view.profiles.model.row_of("BA05")
    assert view.profiles.model.index(row, TARGET_COLUMN).data() == "4"

    QTest.keyClick(view, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    wait_for_tasks(qtbot, view)
    assert _target(demo_db, "aanbieders", "BA05").target == 2
    assert message_boxes() == []


def test_toggle_critical_with_the_keyboard(
    qtbot: QtBot, view: ProfilesView, demo_db: Database
) -> None:
    _open_profile_tab(view, "strategisch")
    assert _target(demo_db, "strategisch", "BA06").critical is False
    table = view.profiles.table
    table.setFocus()
    table.setCurrentIndex(
        view.profiles.model.index(view.profiles.model.row_of("BA06"), CRITICAL_COLUMN)
    )
    QTest.keyClick(table, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: view.context.undo_stack.count() == 1)  # queued, then saved
    wait_for_tasks(qtbot, view)
    qtbot.waitUntil(lambda: _target(demo_db, "strategisch", "BA06").critical)
    undo(qtbot, view.context, view)
    assert _target(demo_db, "strategisch", "BA06").critical is False


def test_refused_value_shows_the_message_and_changes_nothing(
    qtbot: QtBot, view: ProfilesView, demo_db: Database
) -> None:
    """The spin box keeps users within the scale; a refused value (here a weight the service
    refuses) still arrives as a clear message and leaves the database and the undo stack as is."""
    _open_profile_tab(view, "strategisch")
    before = _target(demo_db, "strategisch", "BA05")
    view.profiles._change_requirement(before, Requirement("BA05", 3, 0.0, False))
    wait_for_tasks(qtbot, view)
    boxes = message_boxes()
    assert len(boxes) == 1 and "gewicht moet groter dan 0" in boxes[0].text()
    assert _target(demo_db, "strategisch", "BA05") == before
    assert view.context.undo_stack.count() == 0


def test_undo_after_a_colleague_changed_the_row_shows_the_conflict(
    qtbot: QtBot, view: ProfilesView, demo_db_path: Path, demo_db: Database
) -> None:
    _open_profile_tab(view, "faciliterend")
    _edit_target(qtbot, view, "BA11", 3)
    qtbot.waitUntil(lambda: _target(demo_db, "faciliterend", "BA11").target == 3)

    colleague = open_database(demo_db_path)
    try:
        version = _reference(colleague).requirement_versions[("faciliterend", "BA11")]
        with colleague.unit_of_work() as uow:
            edit.update_requirement(
                uow, "faciliterend", Requirement("BA11", 1, 1.0, False), expected_version=version
            )
    finally:
        colleague.dispose()

    QTest.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    wait_for_tasks(qtbot, view)
    boxes = message_boxes()
    assert len(boxes) == 1, [(w, w.isVisible()) for w in QApplication.topLevelWidgets()]
    assert re.search(  # names who changed it and when (audit log)
        r"intussen gewijzigd door \S+ op [\d-]+ om [\d:]+; de gegevens zijn opnieuw geladen",
        boxes[0].text(),
    )
    # the colleague's value stays, the screen shows it, and the step left the history
    assert _target(demo_db, "faciliterend", "BA11") == Requirement("BA11", 1, 1.0, False)
    row = view.profiles.model.row_of("BA11")
    assert view.profiles.model.index(row, TARGET_COLUMN).data() == "1"
    assert view.context.undo_stack.count() == 0


def test_edit_competency_details_and_indicator_as_one_undo_step(
    qtbot: QtBot, view: ProfilesView, demo_db: Database
) -> None:
    editor = view.competencies
    assert editor.select_code("ST02")
    editor.name_edit.setFocus()
    editor.name_edit.selectAll()
    QTest.keyClicks(editor.name_edit, "Vraagverheldering aan de keukentafel")
    QTest.keyClicks(editor.tags_edit, ", gesprek")
    box = editor.indicator_edits[2]
    box.setFocus()
    box.selectAll()
    QTest.keyClicks(box, "Verheldert zelfstandig de vraag achter de vraag.")
    assert editor.save_button.isEnabled()
    QTest.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    wait_for_tasks(qtbot, view)

    with demo_db.read_session() as session:
        saved = repo.load_competencies(session)["ST02"]
    assert saved.name == "Vraagverheldering aan de keukentafel"
    assert "gesprek" in saved.tags
    assert saved.indicator(2) == "Verheldert zelfstandig de vraag achter de vraag."
    assert not editor.save_button.isEnabled()
    assert view.context.undo_stack.count() == 1

    undo(qtbot, view.context, view)
    with demo_db.read_session() as session:
        restored = repo.load_competencies(session)["ST02"]
    assert restored.name != saved.name and restored.indicator(2) != saved.indicator(2)
    assert editor.name_edit.text() == restored.name


def test_empty_name_is_refused_and_the_typing_stays(qtbot: QtBot, view: ProfilesView) -> None:
    editor = view.competencies
    assert editor.select_code("ST05")
    editor.name_edit.clear()
    QTest.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    wait_for_tasks(qtbot, view)
    boxes = message_boxes()
    assert len(boxes) == 1 and "naam van de competentie mag niet leeg zijn" in boxes[0].text()
    assert editor.name_edit.text() == ""
    assert editor.save_button.isEnabled()


def test_add_a_competency_and_undo(qtbot: QtBot, view: ProfilesView, demo_db: Database) -> None:
    editor = view.competencies
    count = editor.model.rowCount()
    QTest.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    wait_for_tasks(qtbot, view)
    QTest.keyClicks(editor.code_edit, "ST18")
    QTest.keyClicks(editor.name_edit, "Digitale dienstverlening")
    QTest.keyClicks(editor.indicator_edits[1], "Helpt inwoners met DigiD")
    QTest.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    wait_for_tasks(qtbot, view)

    assert "ST18" in _reference(demo_db).competency_versions
    assert editor.model.rowCount() == count + 1
    assert editor.current is not None and editor.current.code == "ST18"
    undo(qtbot, view.context, view)
    assert "ST18" not in _reference(demo_db).competency_versions
    assert editor.model.rowCount() == count


def test_add_and_remove_requirement(qtbot: QtBot, view: ProfilesView, demo_db: Database) -> None:
    _open_profile_tab(view, "strategisch")
    editor = view.profiles
    editor.add_combo.setCurrentIndex(editor.add_combo.findData("ST06"))
    editor.add_target.setValue(3)
    QTest.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    wait_for_tasks(qtbot, view)
    assert _target(demo_db, "strategisch", "ST06") == Requirement("ST06", 3, 1.0, False)
    assert editor.add_combo.findData("ST06") < 0

    editor.table.selectRow(editor.model.row_of("ST06"))
    QTest.mouseClick(editor.remove_button, Qt.MouseButton.LeftButton)
    wait_for_tasks(qtbot, view)
    assert editor.model.row_of("ST06") < 0
    undo(qtbot, view.context, view)
    assert _target(demo_db, "strategisch", "ST06").target == 3


def test_authority_edit_and_remove_with_undo(
    qtbot: QtBot, view: ProfilesView, demo_db: Database
) -> None:
    view.tabs.setCurrentWidget(view.authorities)
    editor = view.authorities
    editor.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    editor.table.selectRow(editor.model.row_of("VB-ST-03"))
    assert editor.code_edit.text() == "VB-ST-03"
    editor.level_spin.setValue(3)
    QTest.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    wait_for_tasks(qtbot, view)
    by_code = {a.code: a for a in _reference(demo_db).authorities}
    assert by_code["VB-ST-03"].min_level == 3

    QTest.mouseClick(editor.remove_button, Qt.MouseButton.LeftButton)

    wait_for_tasks(qtbot, view)
    assert "VB-ST-03" not in _reference(demo_db).authority_versions
    undo(qtbot, view.context, view)
    undo(qtbot, view.context, view)
    by_code = {a.code: a for a in _reference(demo_db).authorities}
    assert by_code["VB-ST-03"].min_level == 2


def test_profile_name_is_saved_when_switching_profile(
    qtbot: QtBot, view: ProfilesView, demo_db: Database
) -> None:
    _open_profile_tab(view, "faciliterend")
    editor = view.profiles
    editor.name_edit.setFocus()
    editor.name_edit.selectAll()
    QTest.keyClicks(editor.name_edit, "Adviseur versterking sociale teams")
    assert editor.save_button.isEnabled()

    editor.profile_combo.setCurrentIndex(editor.profile_combo.findData("strategisch"))
    wait_for_tasks(qtbot, view)

    with demo_db.read_session() as session:
        assert (
            repo.get_profile(session, "faciliterend").name == "Adviseur versterking sociale teams"
        )
    assert editor.profile is not None and editor.profile.code == "strategisch"
    assert editor.name_edit.text() == "Strategisch-politiek adviseur"
    undo(qtbot, view.context, view)
    with demo_db.read_session() as session:
        assert (
            repo.get_profile(session, "faciliterend").name != "Adviseur versterking sociale teams"
        )


def test_a_form_save_refused_half_way_leaves_nothing_saved(
    qtbot: QtBot, view: ProfilesView, demo_db_path: Path, demo_db: Database
) -> None:
    """Name and indicator of one competency form are one transaction: when a colleague changed
    the indicator meanwhile, the name is not saved either, and the typing stays."""
    editor = view.competencies
    assert editor.select_code("ST03")
    before = _reference(demo_db)
    stored = before.competency("ST03")
    colleague = open_database(demo_db_path)
    try:
        with colleague.unit_of_work() as uow:
            edit.set_indicator(
                uow,
                "ST03",
                2,
                "Door een collega herschreven.",
                expected_version=before.indicator_versions[("ST03", 2)],
            )
    finally:
        colleague.dispose()

    editor.name_edit.setText("Nieuwe naam die niet mag blijven")
    editor.indicator_edits[2].setPlainText("Mijn eigen tekst.")
    QTest.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    wait_for_tasks(qtbot, view)

    boxes = message_boxes()
    assert len(boxes) == 1 and "intussen gewijzigd door " in boxes[0].text()
    after = _reference(demo_db)
    assert after.competency("ST03").name == stored.name
    assert after.competency_versions["ST03"] == before.competency_versions["ST03"]
    assert after.competency("ST03").indicator(2) == "Door een collega herschreven."
    assert view.context.undo_stack.count() == 0


def test_every_editor_action_stays_off_the_gui_thread(
    qtbot: QtBot, view: ProfilesView, demo_db: Database
) -> None:
    """The autouse guard fails this test when any of these actions touches the database on the
    GUI thread; each action must also really have saved (an undo step per action)."""
    competencies, profiles, authorities = view.competencies, view.profiles, view.authorities
    assert competencies.select_code("ST04")
    competencies.tags_edit.setText("gespreksvoering")
    competencies.save()
    wait_for_tasks(qtbot, view)
    dialog = competencies.open_framework_dialog()
    assert dialog is not None
    dialog.name_edit.setText("Sociaal domein (bijgewerkt)")
    dialog.accept()
    wait_for_tasks(qtbot, view)
    competencies.start_new()
    competencies.code_edit.setText("ST19")
    competencies.name_edit.setText("Nieuwe competentie")
    competencies.save()
    wait_for_tasks(qtbot, view)
    competencies.remove_current()
    wait_for_tasks(qtbot, view)

    _open_profile_tab(view, "strategisch")
    wait_for_tasks(qtbot, view)
    profiles.description_edit.setPlainText("Bijgewerkte omschrijving.")
    profiles.save_profile()
    wait_for_tasks(qtbot, view)

    authorities.start_new()
    authorities.code_edit.setText("VB-TEST-01")
    authorities.name_edit.setText("Testbevoegdheid")
    authorities.save()
    wait_for_tasks(qtbot, view)
    authorities.name_edit.setText("Testbevoegdheid (gewijzigd)")
    authorities.save()
    wait_for_tasks(qtbot, view)
    authorities.remove_current()
    wait_for_tasks(qtbot, view)

    assert message_boxes() == []
    assert view.context.undo_stack.count() == 8
    for _step in range(8):
        undo(qtbot, view.context, view)
    assert view.context.undo_stack.index() == 0
    assert "VB-TEST-01" not in _reference(demo_db).authority_versions


def test_sources_are_shown_and_filtered_and_lesson_labels_explain_themselves(
    qtbot: QtBot, view: ProfilesView
) -> None:
    _open_profile_tab(view, "strategisch")
    profiles = view.profiles
    header = profiles.model.headerData(SOURCE_COLUMN, Qt.Orientation.Horizontal)
    assert header == "Bron"
    row = profiles.model.row_of("BA01")
    source = profiles.model.index(row, SOURCE_COLUMN).data()
    assert source.startswith("voorstel Competentieplanner: ") and "kritisch" in source
    total = profiles.model.rowCount()
    profiles.source_filter.setCurrentIndex(profiles.source_filter.findData(SOURCED))
    assert profiles.model.rowCount() == 0  # every weight of this profile is our own proposal
    profiles.source_filter.setCurrentIndex(profiles.source_filter.findData(PROPOSED))
    assert profiles.model.rowCount() == total

    view.tabs.setCurrentWidget(view.competencies)
    competencies = view.competencies
    competencies.framework_combo.setCurrentIndex(
        competencies.framework_combo.findData("sociaal-team")
    )
    assert competencies.select_code("ST04")
    labels = competencies.model.index(competencies.model.row_of("ST04"), 4)
    assert labels.data() == "CMO, TP8"
    assert labels.data(Qt.ItemDataRole.ToolTipRole) == (
        "CMO, TP8\nTP8: Zie de informele helpers en ondersteun hen"
    )
    assert "TP8: Zie de informele helpers" in competencies.lessons_label.text()
    assert competencies.indicator_source_label.text().startswith(
        "Bron van de indicatoren: geparafraseerd uit REFERENCE sectie 3"
    )
    competencies.framework_combo.setCurrentIndex(
        competencies.framework_combo.findData("beleidsadviseur")
    )
    assert competencies.select_code("BA11")  # lesson 9 is on a competency now
    assert "TP9: Relatiegerichte leiders" in competencies.lessons_label.text()
    assert "voorstel Competentieplanner" in competencies.indicator_source_label.text()
