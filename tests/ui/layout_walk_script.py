"""Run by test_layout.py in its own process, because QT_SCALE_FACTOR must be set before Qt
starts: show the main window at a screen size, walk every screen and tab, print what does not
fit as JSON lines ({"state": ..., "problem": ...}) and finally {"done": states}.

    QT_SCALE_FACTOR=1.5 python -m tests.ui.layout_walk_script DATABASE SETTINGS WIDTH HEIGHT

WIDTH and HEIGHT are the screen's physical pixels.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import json
import sys
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from competentieplanner.services.database import open_database
from competentieplanner.ui.context import AppContext
from competentieplanner.ui.main_window import MainWindow
from tests.ui.layout_checks import cut_off_texts, off_screen
from tests.ui.screen_walk import walk


def main(database: Path, settings: Path, width: int, height: int) -> None:
    app = QApplication.instance() or QApplication(sys.argv)
    scale = float(os.environ.get("QT_SCALE_FACTOR", "1"))
    db = open_database(database)
    context = AppContext(db=db, settings=QSettings(str(settings), QSettings.Format.IniFormat))
    window = MainWindow(context)
    logical = (int(width / scale), int(height / scale))
    window.resize(*logical)
    window.show()

    def settle() -> None:
        for _ in range(3):
            app.processEvents()
            context.tasks.wait_for_all(30_000)
            app.processEvents()

    settle()
    states = 0
    for state in walk(settle, window):
        states += 1
        size = (window.width(), window.height())
        problems = [] if size == logical else [f"the window is {size}, the screen {logical}"]
        for problem in [*problems, *off_screen(window), *cut_off_texts(window)]:
            print(json.dumps({"state": state, "problem": problem}), flush=True)
    print(json.dumps({"done": states}), flush=True)
    window.close()
    db.dispose()


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]))
