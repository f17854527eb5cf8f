"""Extra ▸ Te verwijderen gegevens (issue 12): the dry run listed in a table, removal after a
confirmation with the count, legal holds kept, backups with their age and the warning. Real
dialog and menu on a real demo database; results checked in the database."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import func, select

from competentieplanner.domain.access import Role
from competentieplanner.persistence import records as r
from competentieplanner.persistence.database import Database
from competentieplanner.services.privacy import backups, erase, retention
from competentieplanner.ui.dialogs import retention_due
from competentieplanner.ui.dialogs.retention_due import RetentionDueDialog
from competentieplanner.ui.main_window import MainWindow
from competentieplanner.ui.permissions import Permissions
from tests.ui.shell_support import close_message_boxes, make_context, message_boxes, wait_for_tasks


@pytest.fixture
def data_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The user's data folder (and so the backups) in the test's folder."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    return tmp_path / "data"


def _arrange(db: Database) -> tuple[str, str, str]:
    """A leaver past the term, a leaver under a legal hold, an old draft; returns their
    personnel numbers (leaver, held, draft's person)."""
    today = dt.date.today()
    with db.unit_of_work() as uow:
        s = uow.session
        people = s.scalars(select(r.EmployeeRecord).order_by(r.EmployeeRecord.id)).all()
        gone, held, drafted = people[5], people[6], people[7]
        gone.end_date = held.end_date = today - dt.timedelta(days=3 * 365)
        s.add(
            r.InterviewDraftRecord(
                employee_id=drafted.id,
                step=1,
                data={"notes": "half af"},
                updated_at=dt.datetime.combine(today - dt.timedelta(days=300), dt.time(9)),
            )
        )
        numbers = gone.personnel_number, held.personnel_number, drafted.personnel_number
    with db.unit_of_work() as uow:
        erase.set_legal_hold(uow, numbers[1], True, "bezwaarprocedure")
    return numbers


def _dry_run(db: Database) -> retention.RetentionRun:
    with db.unit_of_work() as uow:
        return retention.run_retention(uow, dry_run=True)


@pytest.fixture
def window(qtbot, demo_db: Database, tmp_path: Path, data_home: Path) -> Iterator[MainWindow]:
    shown = MainWindow(make_context(demo_db, tmp_path))
    qtbot.addWidget(shown)
    wait_for_tasks(qtbot, shown)
    yield shown
    close_message_boxes()
    wait_for_tasks(qtbot, shown)


def _open(qtbot, window: MainWindow) -> RetentionDueDialog:  # type: ignore[no-untyped-def]
    assert window.retention_action in window.menus["extra"].actions()
    window.retention_action.trigger()
    [dialog] = window.findChildren(RetentionDueDialog)
    wait_for_tasks(qtbot, window)
    return dialog


def _cells(dialog: RetentionDueDialog) -> list[tuple[str, ...]]:
    model = dialog.due_model
    return [
        tuple(str(model.index(row, col).data()) for col in range(model.columnCount()))
        for row in range(model.rowCount())
    ]


def test_the_list_shows_the_dry_run_and_removal_asks_with_the_count(
    qtbot, window: MainWindow, demo_db: Database
) -> None:
    gone, held, drafted = _arrange(demo_db)
    expected = _dry_run(demo_db)
    dialog = _open(qtbot, window)
    rows = _cells(dialog)
    assert [row[:3] for row in rows] == [(d.employee, d.kind, d.record) for d in expected.due]
    assert len(rows) >= 2
    leaver = next(row for row in rows if row[0] == gone)
    assert leaver[1] == "medewerker" and leaver[4] == "24 maanden"
    assert any(row[0] == drafted and row[1] == "gespreksconcept" for row in rows)
    assert not any(row[0] == held for row in rows)  # under a legal hold
    assert "bewaarplicht" in dialog.held_label.text()
    assert f"{len(rows)} gegevens" in dialog.summary.text()

    # cancelling the question removes nothing
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    [box] = message_boxes()
    assert f"{len(rows)} gegevens" in box.text()
    box.button(QMessageBox.StandardButton.Cancel).click()
    wait_for_tasks(qtbot, window)
    assert _dry_run(demo_db).due == expected.due

    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    [box] = message_boxes()
    [confirm] = [b for b in box.buttons() if b.text() == "Verwijderen"]
    confirm.click()
    wait_for_tasks(qtbot, window)
    assert _dry_run(demo_db).due == []
    assert dialog.due_model.rowCount() == 0  # refreshed
    assert not dialog.remove_button.isEnabled()
    with demo_db.unit_of_work() as uow:
        s = uow.session
        numbers = set(s.scalars(select(r.EmployeeRecord.personnel_number)))
        assert gone not in numbers and held in numbers  # the leaver anonymised, the hold kept
        assert s.scalar(select(func.count()).select_from(r.InterviewDraftRecord)) == 0


def test_backups_are_listed_with_their_age_and_the_warning(
    qtbot, window: MainWindow, data_home: Path
) -> None:
    folder = data_home / "competentieplanner" / "backups"
    folder.mkdir(parents=True)
    old = folder / "demo.db.backup-20240101-120000.db"
    old.write_bytes(b"x" * 10)
    ten_days = (dt.datetime.now() - dt.timedelta(days=10)).timestamp()
    os.utime(old, (ten_days, ten_days))
    (folder / "notes.txt").write_text("geen back-up")
    dialog = _open(qtbot, window)
    model = dialog.backup_model
    assert model.rowCount() == 1
    assert model.index(0, 0).data() == old.name
    assert model.index(0, 2).data() == "10 dagen"
    assert model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole) == str(old)
    assert dialog.warning.text() == backups.BACKUP_WARNING
    assert dialog.summary.text().startswith("Niets is over zijn bewaartermijn")
    assert not dialog.remove_button.isEnabled()


def test_no_backups_says_so(qtbot, window: MainWindow) -> None:
    dialog = _open(qtbot, window)
    assert dialog.backup_model.rowCount() == 0
    assert "geen back-ups" in dialog.backup_hint.text()


@pytest.mark.parametrize(("role", "allowed"), [(Role.HR, True), (Role.TEAMLEIDER, False)])
def test_only_beheerder_and_hr_reach_the_list(
    qtbot, demo_db: Database, tmp_path: Path, data_home: Path, role: Role, allowed: bool
) -> None:
    context = make_context(demo_db, tmp_path)
    context.permissions = Permissions(role, embedded=False)
    shown = MainWindow(context)
    qtbot.addWidget(shown)
    wait_for_tasks(qtbot, shown)
    assert shown.retention_action.isEnabled() is allowed


def test_the_warning_is_the_services_text_and_the_kinds_are_the_policys() -> None:
    from competentieplanner.domain.retention import TERMS

    assert retention_due.BACKUP_WARNING == backups.BACKUP_WARNING
    assert list(retention_due.KIND_TEXTS) == [t.kind for t in TERMS]
