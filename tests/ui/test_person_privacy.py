"""The person's page and the AVG (issue 12): the inzage export in PDF, Excel and JSON, and the
legal hold, driven through the real buttons on a real demo database; results are read back
from the written file and the database."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from sqlalchemy import select

from competentieplanner.domain.access import Role
from competentieplanner.domain.errors import UserError
from competentieplanner.persistence import records as r
from competentieplanner.persistence.access_records import AuditEntryRecord
from competentieplanner.persistence.database import Database
from competentieplanner.services.privacy import erase
from competentieplanner.ui.permissions import Permissions
from competentieplanner.ui.views.employees import EmployeesPage
from tests import pdf_reading
from tests.ui.shell_support import close_message_boxes, make_context, message_boxes, wait_for_tasks


def _page(qtbot, db: Database, tmp_path: Path, permissions: Permissions) -> EmployeesPage:  # type: ignore[no-untyped-def]
    context = make_context(db, tmp_path)
    context.permissions = permissions
    view = EmployeesPage(context)
    qtbot.addWidget(view)
    view.resize(1280, 760)
    view.show()
    qtbot.waitUntil(lambda: view.loaded, timeout=20000)
    return view


@pytest.fixture
def page(qtbot, demo_db: Database, tmp_path: Path) -> Iterator[EmployeesPage]:
    view = _page(qtbot, demo_db, tmp_path, Permissions())
    yield view
    wait_for_tasks(qtbot, view)


def _open_person(page: EmployeesPage, qtbot, index: int = 3) -> r.EmployeeRecord:  # type: ignore[no-untyped-def]
    number = page.model.row_at(index).personnel_number
    assert page.select_employee(number)
    qtbot.waitUntil(
        lambda: (
            page.detail.detail is not None
            and page.detail.detail.employee.personnel_number == number
        ),
        timeout=5000,
    )
    wait_for_tasks(qtbot, page)  # the legal hold has arrived too
    return _employee(page, number)


def _employee(page: EmployeesPage, number: str) -> r.EmployeeRecord:
    db = page.context.db
    assert db is not None
    with db.unit_of_work() as uow:
        found = uow.session.scalar(
            select(r.EmployeeRecord).where(r.EmployeeRecord.personnel_number == number)
        )
        assert found is not None
        uow.session.expunge(found)
        return found


def _choose_file(monkeypatch: pytest.MonkeyPatch, path: Path, file_type: int = 0) -> list[str]:
    """The save dialog answers ``path`` with the ``file_type``-th filter (the OS dialog is not
    ours to test); returns the suggested names it was asked with."""
    asked: list[str] = []

    def fake_dialog(parent, caption, directory, filters):  # type: ignore[no-untyped-def]
        asked.append(directory)
        return str(path), filters.split(";;")[file_type]

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake_dialog))
    return asked


def test_inzage_json_from_the_page_holds_the_person_and_nobody_else(
    page: EmployeesPage, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    person = _open_person(page, qtbot)
    other = page.model.row_at(4).personnel_number
    out = tmp_path / "inzage.json"
    asked = _choose_file(monkeypatch, out)
    qtbot.mouseClick(page.detail.inzage_button, Qt.MouseButton.LeftButton)
    wait_for_tasks(qtbot, page)
    assert Path(asked[0]).name.startswith(f"Inzage {person.personnel_number}")
    document = json.loads(out.read_text(encoding="utf-8"))
    assert document["employee"] == person.personnel_number
    [staff] = document["tables"]["employee"]
    assert (staff["first_name"], staff["last_name"]) == (person.first_name, person.last_name)
    assert staff["id"] == person.id
    for rows in document["tables"].values():  # every row is about this person only
        for row in rows:
            assert row.get("employee_id", person.id) == person.id
    assert other not in out.read_text(encoding="utf-8")
    db = page.context.db
    assert db is not None
    with db.unit_of_work() as uow:  # the export logged itself
        logged = uow.session.scalars(
            select(AuditEntryRecord).where(AuditEntryRecord.action == "inzage")
        ).all()
    assert [e.personnel_number for e in logged] == [person.personnel_number]


def test_inzage_pdf_and_workbook_follow_the_chosen_file_type(
    page: EmployeesPage, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    person = _open_person(page, qtbot)
    _choose_file(monkeypatch, tmp_path / "inzage zonder extensie", file_type=0)
    qtbot.mouseClick(page.detail.inzage_button, Qt.MouseButton.LeftButton)
    wait_for_tasks(qtbot, page)
    pdf = tmp_path / "inzage zonder extensie.pdf"
    text = pdf_reading.text(pdf)
    assert "Personeelsgegevens" in text and person.last_name in text
    assert person.personnel_number in text

    _choose_file(monkeypatch, tmp_path / "inzage", file_type=1)
    qtbot.mouseClick(page.detail.inzage_button, Qt.MouseButton.LeftButton)
    wait_for_tasks(qtbot, page)
    workbook = openpyxl.load_workbook(tmp_path / "inzage.xlsx", read_only=True)
    cells = {
        str(value)
        for sheet in workbook.worksheets
        for row in sheet.iter_rows(values_only=True)
        for value in row
        if value is not None
    }
    workbook.close()
    assert person.last_name in cells and person.personnel_number in cells


def test_cancelling_the_file_dialog_writes_nothing(
    page: EmployeesPage, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _open_person(page, qtbot)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *args: ("", "")))
    qtbot.mouseClick(page.detail.inzage_button, Qt.MouseButton.LeftButton)
    wait_for_tasks(qtbot, page)
    assert [p for p in tmp_path.rglob("*") if p.suffix in {".pdf", ".xlsx", ".json"}] == []
    db = page.context.db
    assert db is not None
    with db.unit_of_work() as uow:  # nothing exported, so nothing logged
        assert not uow.session.scalars(
            select(AuditEntryRecord).where(AuditEntryRecord.action == "inzage")
        ).all()


@pytest.mark.parametrize(
    ("role", "inzage", "hold"),
    [
        (Role.BEHEERDER, True, True),
        (Role.HR, True, True),
        (Role.TEAMLEIDER, True, False),
    ],
)
def test_who_may_export_the_inzage_and_set_a_legal_hold(
    qtbot, demo_db: Database, tmp_path: Path, role: Role, inzage: bool, hold: bool
) -> None:
    view = _page(qtbot, demo_db, tmp_path, Permissions(role, embedded=False))
    _open_person(view, qtbot)
    panel = view.detail
    assert panel.inzage_button.isEnabled() is inzage
    assert panel.hold_box.isEnabled() is hold
    view.context.permissions.set(Role.MANAGEMENT, embedded=False)  # another login opens
    assert not panel.inzage_button.isEnabled() and not panel.hold_box.isEnabled()
    wait_for_tasks(qtbot, view)


def test_legal_hold_set_on_the_page_stops_erasure_until_lifted(page: EmployeesPage, qtbot) -> None:
    person = _open_person(page, qtbot)
    panel = page.detail
    assert not panel.hold_box.isChecked() and not panel.hold_save.isEnabled()
    panel.hold_box.setChecked(True)
    qtbot.mouseClick(panel.hold_save, Qt.MouseButton.LeftButton)  # no reason yet: refused
    [box] = message_boxes()
    assert "reden van de bewaarplicht" in box.text()
    close_message_boxes()
    assert not _employee(page, person.personnel_number).legal_hold

    qtbot.keyClicks(panel.hold_reason, "bezwaarprocedure 2025-14")
    qtbot.mouseClick(panel.hold_save, Qt.MouseButton.LeftButton)
    wait_for_tasks(qtbot, page)
    stored = _employee(page, person.personnel_number)
    assert (stored.legal_hold, stored.legal_hold_reason) == (True, "bezwaarprocedure 2025-14")
    assert not panel.hold_save.isEnabled()  # saved: nothing changed any more
    db = page.context.db
    assert db is not None
    with db.unit_of_work() as uow, pytest.raises(UserError, match="bewaarplicht"):
        erase.erase_employee(uow, person.personnel_number)

    # shown again after another person was opened in between
    _open_person(page, qtbot, index=5)
    _open_person(page, qtbot)
    assert panel.hold_box.isChecked()
    assert panel.hold_reason.text() == "bezwaarprocedure 2025-14"
    panel.hold_box.setChecked(False)
    qtbot.mouseClick(panel.hold_save, Qt.MouseButton.LeftButton)
    wait_for_tasks(qtbot, page)
    stored = _employee(page, person.personnel_number)
    assert (stored.legal_hold, stored.legal_hold_reason) == (False, "")
