"""Build the main window once and close it: proves Qt, fonts and the UI wiring work here."""

from __future__ import annotations

import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from competentieplanner.persistence.database import Database

#: How long the screens get to read their data before the window closes anyway.
SETTLE_SECONDS = 60.0


def build_and_close_main_window(db: Database) -> str:
    from competentieplanner.ui.app import create_application
    from competentieplanner.ui.context import AppContext
    from competentieplanner.ui.main_window import MainWindow

    app = create_application([])
    with tempfile.TemporaryDirectory() as folder:
        # Throw-away settings: a check must not change the user's recent databases or geometry.
        settings = QSettings(str(Path(folder) / "selfcheck.ini"), QSettings.Format.IniFormat)
        window = MainWindow(AppContext(db=db, settings=settings))
        window.show()
        app.processEvents()
        built = [key for key in window.page_keys() if window.page(key) is not None]
        # Let every screen finish reading its data, so a screen that cannot is reported too.
        deadline = time.monotonic() + SETTLE_SECONDS
        while window.context.tasks.running() and time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.01)
        title = window.windowTitle()
        window.close()
        window.deleteLater()
        app.processEvents()
        settings.sync()
    platform = QApplication.platformName()
    return f"gebouwd en gesloten ({platform}): {title}; schermen: {', '.join(built)}"
