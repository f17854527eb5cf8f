"""Extra ▸ Instellingen ▸ Rekenregels en rapporten: edit the shared settings in the database."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtWidgets import QDoubleSpinBox, QLineEdit, QSpinBox

from competentieplanner import paths
from competentieplanner.persistence import repositories as repo
from competentieplanner.persistence.database import Database
from competentieplanner.services import settings_edit
from competentieplanner.ui.dialogs.settings import SETTING_TEXTS, SettingsDialog
from tests.ui.shell_support import (
    close_message_boxes,
    make_context,
    message_boxes,
    wait_for_tasks,
)


def _stored(db: Database) -> dict[str, object]:
    with db.read_session() as session:
        return repo.load_settings(session)


def _editable(db: Database) -> list[settings_edit.EditableSetting]:
    with db.unit_of_work() as uow:
        return settings_edit.load_editable_settings(uow)


def _dialog(qtbot, db: Database, tmp_path: Path) -> SettingsDialog:  # type: ignore[no-untyped-def]
    context = make_context(db, tmp_path)
    dialog = SettingsDialog(context.settings, context=context)
    qtbot.addWidget(dialog)
    dialog.show()
    wait_for_tasks(qtbot, dialog)
    return dialog


def _accept(qtbot, dialog: SettingsDialog) -> None:  # type: ignore[no-untyped-def]
    """Press OK and wait until the save (and any reload) is done."""
    dialog.accept()
    wait_for_tasks(qtbot, dialog)


def test_the_tab_lists_every_setting_with_label_and_explanation(
    qtbot, demo_db: Database, tmp_path: Path
) -> None:
    dialog = _dialog(qtbot, demo_db, tmp_path)
    titles = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    assert titles == ["Algemeen", "Rekenregels en rapporten", "Bewaartermijnen"]
    assert list(dialog.editors) == [spec.key for spec in settings_edit.EDITABLE]
    for spec in settings_edit.EDITABLE:
        editor = dialog.editors[spec.key]
        assert editor.accessibleName() == spec.label
        assert editor.toolTip() == spec.explanation
        assert editor.accessibleDescription() == spec.explanation
    assert isinstance(dialog.editors["planning.hours_per_quarter"], QSpinBox)
    assert isinstance(dialog.editors["scoring.ready_min_fit_pct"], QDoubleSpinBox)
    name = dialog.editors["reports.organisation_name"]
    assert isinstance(name, QLineEdit)
    assert name.text() == _stored(demo_db)["reports.organisation_name"]
    assert name.maxLength() == 200
    hours = dialog.editors["planning.hours_per_quarter"]
    assert (hours.minimum(), hours.maximum(), hours.value()) == (1, 400, 40)


def test_labels_and_explanations_are_offered_for_translation() -> None:
    """The dialog's QT_TRANSLATE_NOOP list matches the service's table and is translated."""
    texts = {text for spec in settings_edit.EDITABLE for text in (spec.label, spec.explanation)}
    assert set(SETTING_TEXTS) == texts
    ts = paths.resources_dir() / "translations" / "competentieplanner_en.ts"
    root = ET.parse(ts).getroot()
    translated = {
        m.findtext("source")
        for c in root.findall("context")
        if c.findtext("name") == "EditableSetting"
        for m in c.findall("message")
        if (m.findtext("translation") or "").strip()
    }
    assert texts <= translated


def test_accepting_saves_the_changed_settings_and_tells_the_screens(
    qtbot, demo_db: Database, tmp_path: Path
) -> None:
    dialog = _dialog(qtbot, demo_db, tmp_path)
    before = {s.key: s.version for s in _editable(demo_db)}
    dialog.tabs.setCurrentWidget(dialog.rules_tab)
    hours = dialog.editors["planning.hours_per_quarter"]
    fit = dialog.editors["scoring.ready_min_fit_pct"]
    assert isinstance(hours, QSpinBox) and isinstance(fit, QDoubleSpinBox)
    hours.setValue(64)
    fit.setValue(82.5)
    with qtbot.waitSignal(dialog.context.signals.data_changed) as emitted:
        dialog.accept()
    wait_for_tasks(qtbot, dialog)
    assert emitted.args == ["all"]
    assert not dialog.isVisible()
    stored = _stored(demo_db)
    assert stored["planning.hours_per_quarter"] == 64
    assert stored["scoring.ready_min_fit_pct"] == 82.5
    assert stored["import.fte_full_time_hours"] == 36.0
    after = {s.key: s.version for s in _editable(demo_db)}
    changed = {key for key in after if after[key] != before[key]}
    assert changed == {"planning.hours_per_quarter", "scoring.ready_min_fit_pct"}


def test_nothing_changed_saves_nothing(qtbot, demo_db: Database, tmp_path: Path) -> None:
    dialog = _dialog(qtbot, demo_db, tmp_path)
    before = _editable(demo_db)
    dialog.accept()
    assert _editable(demo_db) == before


def test_a_colleagues_change_meanwhile_is_refused_and_reloaded(
    qtbot, demo_db: Database, tmp_path: Path
) -> None:
    dialog = _dialog(qtbot, demo_db, tmp_path)
    shown = dialog.loaded["planning.hours_per_quarter"]
    with demo_db.unit_of_work() as uow:
        settings_edit.update_setting(uow, "planning.hours_per_quarter", 50, shown.version)
    dialog.editors["planning.hours_per_quarter"].setValue(64)  # type: ignore[union-attr]
    dialog.editors["reports.privacy_min_group"].setValue(8)  # type: ignore[union-attr]
    _accept(qtbot, dialog)
    try:
        assert dialog.isVisible()
        assert any("intussen gewijzigd door " in box.text() for box in message_boxes())
        stored = _stored(demo_db)
        assert stored["planning.hours_per_quarter"] == 50
        assert stored["reports.privacy_min_group"] == 5  # nothing half-saved
        assert dialog.editors["planning.hours_per_quarter"].value() == 50  # type: ignore[union-attr]
    finally:
        close_message_boxes()


def test_a_wrong_value_shows_a_message_and_saves_nothing(
    qtbot, demo_db: Database, tmp_path: Path
) -> None:
    """The widgets keep values in range; a value that still is wrong stops the whole save."""
    dialog = _dialog(qtbot, demo_db, tmp_path)
    dialog.editors["planning.hours_per_quarter"].setValue(64)  # type: ignore[union-attr]
    name = dialog.editors["reports.organisation_name"]
    assert isinstance(name, QLineEdit)
    name.setMaxLength(1000)
    name.setText("x" * 201)
    _accept(qtbot, dialog)
    try:
        assert dialog.isVisible()
        assert any("te lang" in box.text() for box in message_boxes())
        assert _stored(demo_db)["planning.hours_per_quarter"] == 40
    finally:
        close_message_boxes()


def test_the_main_window_opens_the_dialog_with_the_database(
    qtbot, demo_db: Database, tmp_path: Path
) -> None:
    from competentieplanner.ui.main_window import MainWindow

    window = MainWindow(make_context(demo_db, tmp_path))
    qtbot.addWidget(window)
    window.show()
    wait_for_tasks(qtbot, window)
    dialog = window.open_settings()
    wait_for_tasks(qtbot, window)
    assert dialog.rules_tab is not None
    dialog.editors["scoring.developable_max_gap"].setValue(3)
    dialog.accept()
    wait_for_tasks(qtbot, window)
    assert _stored(demo_db)["scoring.developable_max_gap"] == 3
