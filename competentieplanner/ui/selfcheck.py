"""Build the main window once and close it: proves Qt, fonts and the UI wiring work here."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from competentieplanner.persistence.database import Database


def build_and_close_main_window(db: Database) -> str:
    from competentieplanner.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    window = MainWindow(db)
    window.show()
    app.processEvents()
    title = window.windowTitle()
    window.close()
    window.deleteLater()
    app.processEvents()
    return f"gebouwd en gesloten ({app.platformName()}): {title}"
