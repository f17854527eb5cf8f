"""The Auditlog screen: the beheerder reads who changed what with old and new values, filters
by date, employee and login; reading is itself logged; other roles see neither the screen in the
navigation nor any entry. A real demo database and real widgets."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import select

from competentieplanner.domain.access import Role
from competentieplanner.persistence import audit_log
from competentieplanner.persistence import records as r
from competentieplanner.persistence.database import Database
from competentieplanner.ui.main_window import MainWindow
from competentieplanner.ui.permissions import Permissions
from competentieplanner.ui.views.audit import AuditView
from tests.ui.shell_support import make_context, wait_for_tasks


def _change_a_title(db: Database) -> str:
    with db.unit_of_work() as uow:
        person = uow.session.scalars(select(r.EmployeeRecord).limit(1)).one()
        person.job_title = "Coördinator wijkteam"
        return person.personnel_number


def _cells(view: AuditView, column: int) -> list[str]:
    model = view.model
    return [str(model.index(row, column).data()) for row in range(model.rowCount())]


def test_the_beheerder_reads_and_filters_the_log(qtbot, demo_db: Database, tmp_path: Path) -> None:
    number = _change_a_title(demo_db)
    context = make_context(demo_db, tmp_path)
    context.permissions = Permissions(Role.BEHEERDER, embedded=False)
    view = AuditView(context)
    qtbot.addWidget(view)
    wait_for_tasks(qtbot, view)
    assert view.model.rowCount() > 100  # the demo's inserts and the change, last 30 days

    view.employee.setText(number)
    view.search_button.click()
    wait_for_tasks(qtbot, view)
    assert set(_cells(view, 5)) == {number}
    assert any("job_title: " in c and "→ Coördinator wijkteam" in c for c in _cells(view, 6))

    view.employee.clear()
    view.login.setText("niemand-anders")
    view.search_button.click()
    wait_for_tasks(qtbot, view)
    assert view.model.rowCount() == 0 and view.empty.text()

    view.login.clear()
    view.since.setDate(dt.date.today() + dt.timedelta(days=2))
    view.search_button.click()
    wait_for_tasks(qtbot, view)
    assert view.model.rowCount() == 0
    with demo_db.unit_of_work() as uow:  # each reading was recorded, with its filters
        reads = [e for e in audit_log.load_entries(uow.session) if e.action == "read"]
    assert len(reads) == 4
    assert reads[1].record.endswith(f"employee={number}") and reads[1].employee == number  # type: ignore[union-attr]


def test_other_roles_neither_see_the_screen_nor_the_entries(
    qtbot, demo_db: Database, tmp_path: Path
) -> None:
    context = make_context(demo_db, tmp_path)
    context.permissions = Permissions(Role.HR, embedded=False)
    window = MainWindow(context)
    qtbot.addWidget(window)
    items = [window.navigation.item(i) for i in range(window.navigation.count())]
    audit = next(item for item in items if item.text() == "Auditlog")
    assert audit.isHidden()
    view = AuditView(context)
    qtbot.addWidget(view)
    wait_for_tasks(qtbot, context)
    assert view.model.rowCount() == 0 and "beheerder" in view.empty.text()
    context.permissions.set(Role.BEHEERDER, embedded=False)
    assert not audit.isHidden()
    wait_for_tasks(qtbot, context)
    assert view.model.rowCount() > 0
