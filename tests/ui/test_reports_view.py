"""Rapportages: every export runs for real through the task runner and is read back."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QProgressDialog, QPushButton

from competentieplanner.persistence import repositories as repo
from competentieplanner.persistence.database import Database
from competentieplanner.ui.views.reports import ReportsPage, safe_file_name
from tests.pdf_reading import reader
from tests.ui.shell_support import close_message_boxes, make_context, message_boxes, wait_for_tasks


@pytest.fixture
def page(qtbot, demo_db: Database, tmp_path: Path) -> Iterator[ReportsPage]:
    view = ReportsPage(make_context(demo_db, tmp_path))
    qtbot.addWidget(view)
    view.resize(1280, 760)
    view.show()
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: view.loaded, timeout=20000)  # the choosers are read off the GUI thread
    yield view
    wait_for_tasks(qtbot, view)  # nothing may still be running when the next test starts


def _finish(qtbot, handle) -> None:
    qtbot.waitUntil(lambda: handle.done, timeout=120_000)


def _pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in reader(path).pages)


def test_hrm_workbook_for_the_whole_organisation(page, qtbot, tmp_path: Path) -> None:
    out = tmp_path / "HRM-overzicht.xlsx"
    assert page.hrm_scope.currentText() == "Hele organisatie"
    _finish(qtbot, page.start_hrm_workbook(out))
    book = load_workbook(out, read_only=True)
    assert len(book.sheetnames) == 7  # the six of the first version, then the registrations
    cells = {
        str(value) for sheet in book for row in sheet.iter_rows(values_only=True) for value in row
    }
    with page.context.db.read_session() as session:
        numbers = {e.personnel_number for e in repo.load_employees(session)}
    assert numbers <= cells  # every employee is in the workbook
    assert page.result_card.isVisible()
    assert "120 medewerkers" in page.result_label.text()
    assert page.last_output == out


def test_assessment_template_for_a_team(page, qtbot, tmp_path: Path, demo_db) -> None:
    page.template_unit.setCurrentIndex(page.template_unit.findText("Sociaal team Zuid"))
    page.template_framework.setCurrentIndex(page.template_framework.findData("sociaal-team"))
    out = tmp_path / "formulier.xlsx"
    _finish(qtbot, page.start_template(out))
    book = load_workbook(out, read_only=True)
    assert book.sheetnames[0] == "Beoordeling"
    with demo_db.read_session() as session:
        members = repo.load_employees(session, unit="Sociaal team Zuid")
    numbers = {
        str(row[0]) for row in book["Beoordeling"].iter_rows(values_only=True) if row and row[0]
    }
    assert {m.personnel_number for m in members} <= numbers


def test_catalogue_export(page, qtbot, tmp_path: Path) -> None:
    out = tmp_path / "catalogus.xlsx"
    _finish(qtbot, page.start_catalogue(out))
    assert "Opleidingen" in load_workbook(out, read_only=True).sheetnames


# Typing opens the completer's pop-up, which the offscreen platform cannot raise or grab.
@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")
def test_development_plan_pdf_of_the_person_typed_in_the_box(
    page, qtbot, tmp_path: Path, demo_db
) -> None:
    with demo_db.read_session() as session:
        person = repo.load_employees(session)[10]
    page.person_combo.setFocus()
    page.person_combo.lineEdit().clear()
    qtbot.keyClicks(page.person_combo.lineEdit(), person.personnel_number)
    assert page.selected_person() == person.personnel_number
    out = tmp_path / "plan.pdf"
    _finish(qtbot, page.start_person_pdf(out, person.personnel_number))
    text = _pdf_text(out)
    assert person.last_name in text and "Ontwikkelplan" in text


def test_team_pdf_with_plans_reports_progress(page, qtbot, tmp_path: Path) -> None:
    page.team_combo.setCurrentIndex(page.team_combo.findText("Contractmanagement en Inkoop"))
    page.with_plans.setChecked(True)
    out = tmp_path / "team.pdf"
    handle = page.start_team_pdf(out, "Contractmanagement en Inkoop")
    _finish(qtbot, handle)
    assert handle.error is None
    pdf = reader(out)
    assert len(pdf.pages) > 3  # the overview plus a plan per member
    assert "Contractmanagement en Inkoop" in _pdf_text(out)


def test_cancelling_the_organisation_pdf_writes_nothing(page, qtbot, tmp_path: Path) -> None:
    out = tmp_path / "organisatie.pdf"
    handle = page.start_organisation_pdf(out)
    handle.progress.cancel()  # what Annuleren does, before the first progress tick
    _finish(qtbot, handle)
    assert handle.cancelled
    assert not out.exists()
    assert list(tmp_path.glob("*.tmp")) == []
    assert message_boxes() == []  # a cancel is not an error


def test_organisation_pdf(page, qtbot, tmp_path: Path) -> None:
    out = tmp_path / "organisatie.pdf"
    _finish(qtbot, page.start_organisation_pdf(out))
    assert "HRM" in _pdf_text(out)


def test_a_target_that_cannot_be_written_gives_a_dutch_message(page, qtbot, tmp_path: Path) -> None:
    folder = tmp_path / "Bestaat al als map.pdf"
    folder.mkdir()
    handle = page.start_organisation_pdf(folder)
    _finish(qtbot, handle)
    boxes = message_boxes()
    assert len(boxes) == 1
    assert "is een map" in boxes[0].text()
    assert boxes[0].icon().name == "Warning"
    close_message_boxes()


def test_the_button_asks_for_a_file_and_remembers_the_folder(
    page, qtbot, tmp_path: Path, monkeypatch
) -> None:
    chosen = tmp_path / "uitvoer" / "mijn overzicht"  # typed without extension
    chosen.parent.mkdir()
    asked: list[str] = []

    def fake_dialog(parent, caption, directory, file_filter):  # the OS dialog is not ours to test
        asked.append(directory)
        return str(chosen), file_filter

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake_dialog))
    qtbot.mouseClick(page.hrm_button, Qt.MouseButton.LeftButton)
    _finish(qtbot, page.last_task)
    assert (tmp_path / "uitvoer" / "mijn overzicht.xlsx").exists()
    assert asked[0].endswith(".xlsx") and "HRM-overzicht" in asked[0]
    assert page.context.settings.value("reports/last_folder") == str(chosen.parent)


def test_progress_dialog_has_annuleren(page, qtbot, tmp_path: Path) -> None:
    handle = page.start_team_pdf(tmp_path / "team.pdf", "Sociaal Domein")
    dialog = handle.dialog
    assert isinstance(dialog, QProgressDialog)
    button = dialog.findChild(QPushButton)
    assert button is not None and button.text() == "Annuleren"
    _finish(qtbot, handle)


def test_file_names_lose_characters_windows_refuses() -> None:
    assert safe_file_name('Plan J. "de" Vries: 2026/27?') == "Plan J. -de- Vries- 2026-27-"
