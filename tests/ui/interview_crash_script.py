"""Run by test_interview_crash.py in its own process: fill steps 1-3 of a conversation through
the widgets, then die the hard way (SIGKILL: no clean-up, no closeEvent, no atexit).

    python -m tests.ui.interview_crash_script DATABASE SETTINGS
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import signal
import sys
from pathlib import Path

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from competentieplanner.services.database import open_database
from competentieplanner.ui.interview.session import AUTOSAVE_DELAY_MS
from competentieplanner.ui.views.interview import InterviewPage
from tests.ui import interview_driver as drive


def main(database: Path, settings: Path) -> None:
    app = QApplication.instance() or QApplication(sys.argv)  # noqa: F841 - keeps Qt alive
    db = open_database(database)
    plan = drive.standard_plan(db)
    page = InterviewPage(drive.make_context(db, settings))
    page.resize(1366, 768)
    page.show()
    QTest.qWait(20)
    drive.walk_to_scores(page, db, plan)
    assert page.current_step() == 2
    # The last thing typed was an evidence note: stored after the autosave pause, as in real use.
    QTest.qWait(AUTOSAVE_DELAY_MS + 300)
    drive.settle(page)  # the autosave runs off the GUI thread: wait until it is stored
    print("scored", len(plan.scores), flush=True)
    os.kill(os.getpid(), signal.SIGKILL)


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
