"""Main window (foundation version; the desktop application issue replaces it)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QMainWindow

from competentieplanner.persistence.database import Database


class MainWindow(QMainWindow):
    def __init__(self, db: Database) -> None:
        super().__init__()
        self.db = db
        self.setWindowTitle(f"Competentieplanner — {db.display_name}")
        self.setCentralWidget(QLabel("Competentieplanner"))
