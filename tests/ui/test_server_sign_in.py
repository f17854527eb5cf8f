"""Signing in to a server from "Database openen": the dialog builds the connection from host,
port, database, login and sslmode (prefilled from a URL), the window opens the real PostgreSQL
server, loads the login's role, and remembers the URL without the password."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy.engine import make_url

from competentieplanner.domain.access import Role
from competentieplanner.persistence.database import Database
from competentieplanner.ui.database_switching import SERVER_KEY
from competentieplanner.ui.dialogs.server_sign_in import ServerSignInDialog
from competentieplanner.ui.main_window import MainWindow
from tests.pg_server import postgres_bin, temporary_server
from tests.ui.shell_support import make_context, wait_for_tasks

pytestmark = pytest.mark.postgres


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    if postgres_bin() is None:
        pytest.fail("PostgreSQL binaries missing: .ci/run installs the 'postgresql' package")
    with temporary_server() as url:
        yield url


def test_the_dialog_reads_and_builds_the_url(qtbot) -> None:
    dialog = ServerSignInDialog(
        None, "postgresql://jan:geheim@db.gemeente.nl:6543/hr?sslmode=verify-full"
    )
    qtbot.addWidget(dialog)
    assert (dialog.host.text(), dialog.port.value(), dialog.database.text()) == (
        "db.gemeente.nl", 6543, "hr")
    assert dialog.login.text() == "jan" and dialog.sslmode.currentData() == "verify-full"
    assert dialog.password.text() == ""  # a password in a URL is not taken over
    dialog.password.setText("s3cret")
    url = make_url(dialog.url())
    assert (url.host, url.port, url.database, url.username, url.password) == (
        "db.gemeente.nl", 6543, "hr", "jan", "s3cret")
    assert url.query["sslmode"] == "verify-full"
    sign_in = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert sign_in.isEnabled()
    dialog.login.clear()
    assert not sign_in.isEnabled()  # no login, no attempt


def test_signing_in_opens_the_server_and_loads_the_role(
    qtbot, empty_db: Database, tmp_path: Path, server: str
) -> None:
    context = make_context(empty_db, tmp_path)
    window = MainWindow(context)
    qtbot.addWidget(window)
    wait_for_tasks(qtbot, window)
    parts = make_url(server)
    context.settings.setValue(SERVER_KEY, server)
    dialog = window.databases.open_server_dialog()
    assert dialog.host.text() == parts.query["host"] and dialog.login.text() == "cp"
    dialog.sslmode.setCurrentIndex(dialog.sslmode.findData("disable"))
    dialog.accept()
    wait_for_tasks(qtbot, window, timeout=120_000)
    db = context.db
    assert db is not None and db.url.get_backend_name() == "postgresql"
    # the administrator who set the server up acts as beheerder: the Auditlog is listed
    assert (context.permissions.role, context.permissions.embedded) == (Role.BEHEERDER, False)
    items = [window.navigation.item(i) for i in range(window.navigation.count())]
    assert not next(i for i in items if i.text() == "Auditlog").isHidden()
    remembered = make_url(str(context.settings.value(SERVER_KEY)))
    assert remembered.username == "cp" and remembered.password is None
    wait_for_tasks(qtbot, window)
    db.dispose()
