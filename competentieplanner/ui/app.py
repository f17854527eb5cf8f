"""Application start-up: Qt settings, style, languages, the main window, then the database.

Order matters: the exception hooks first (so even a failing start shows a dialog), then
translations (so the first message is already in the right language), then the window. The
database is opened on a worker thread after the window is shown: SQLAlchemy, Alembic and the
schema check take longer than Qt itself, and a window that appears at once and fills in a moment
later feels faster than one that appears late.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from competentieplanner import __version__
from competentieplanner.ui import crash, garbage, i18n, tasks, theme
from competentieplanner.ui.context import AppContext
from competentieplanner.ui.database_switching import LAST_KEY
from competentieplanner.ui.icons import app_icon
from competentieplanner.ui.main_window import MainWindow
from competentieplanner.ui.operations import database as operations
from competentieplanner.ui.preferences import reopen_last

if TYPE_CHECKING:
    from competentieplanner.persistence.database import Database

ORGANISATION = "Competentieplanner"
APPLICATION = "Competentieplanner"


def create_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication with the names QSettings uses, the style and the icon."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        app = existing
    else:
        QCoreApplication.setOrganizationName(ORGANISATION)
        QCoreApplication.setApplicationName(APPLICATION)
        QCoreApplication.setApplicationVersion(__version__)
        QGuiApplication.setDesktopFileName("competentieplanner")
        app = QApplication(argv if argv is not None else sys.argv)
    theme.apply_style(app)
    app.setWindowIcon(app_icon())
    garbage.install(app)
    return app


def remembered_database(settings: QSettings) -> str | None:
    """The database used last, when the user wants it reopened at start-up."""
    last = settings.value(LAST_KEY)
    return str(last) if last and reopen_last(settings) else None


def build_main_window(db: Database | None, settings: QSettings) -> MainWindow:
    """The main window; with ``db=None`` it waits for :meth:`DatabaseSwitcher.switch_to`."""
    context = AppContext(db=db, settings=settings)
    window = MainWindow(context)
    window.restore_window_state()
    return window


def open_startup_database(window: MainWindow, requested: str | None) -> tasks.TaskHandle[Database]:
    """Open the start-up database in the background and hand it to the window: the one named
    on the command line, else the last one used, else the default one."""

    def attach(db: Database) -> None:
        window.databases.switch_to(db)
        window.offer_interview_drafts()

    handle = operations.open_startup_database(
        window.context,
        window,
        requested=requested,
        last=remembered_database(window.context.settings),
        title=QCoreApplication.translate("app", "Database openen"),
        on_done=attach,
    )
    # A refusal (shown as a warning by the task) leaves the window usable: open another one.
    handle.completed.connect(lambda: window.databases.show_no_database() if handle.error else None)
    window.databases.last_task = handle
    return handle


def run(database: str | None = None) -> int:
    app = create_application()
    crash.install_exception_hooks()
    settings = QSettings()
    i18n.install_translators(app, i18n.configured_language(settings))
    window = build_main_window(None, settings)
    window.show()
    # After the first paint, so the window is there while the database opens.
    QTimer.singleShot(0, lambda: open_startup_database(window, database))
    try:
        return int(app.exec())
    finally:
        if window.context.db is not None:
            window.context.db.dispose()
