"""Application start-up."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication

from competentieplanner.services.database import open_database
from competentieplanner.ui.main_window import MainWindow


def run(database: str | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    db = open_database(database)
    window = MainWindow(db)
    window.show()
    return int(app.exec())
