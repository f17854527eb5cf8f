"""Screenshots of the six interview steps for docs/screenshots (run on demand, not a test):

    .venv/bin/python -m tests.ui.make_interview_screenshots

Builds a fresh demo municipality in a temporary folder, walks the conversation with the demo data
through the real widgets, and saves ``grab()`` of the screen at 1366 x 768 after each step.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import sys
import tempfile
from pathlib import Path

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from competentieplanner.services.database import open_database
from competentieplanner.services.demo import generate_demo
from competentieplanner.ui import i18n, theme
from competentieplanner.ui.views.interview import InterviewPage
from tests.ui import interview_driver as drive

OUT = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
NAMES = ("voorbereiden", "gesprek", "scoren", "richting", "afspraken", "afronden")
SIZE = (1366, 768)


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    theme.apply_style(app)
    i18n.install_translators(app, "nl")
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        db = open_database(Path(folder) / "demo.db")
        generate_demo(db)
        plan = drive.standard_plan(db)
        page = InterviewPage(drive.make_context(db, Path(folder) / "settings.ini"))
        page.resize(*SIZE)
        page.show()
        QTest.qWait(50)

        def shoot(step: int) -> None:
            drive.settle(page)
            focused = QApplication.focusWidget()
            if focused is not None:  # no text cursor or selection in the picture
                focused.clearFocus()
            QTest.qWait(80)
            path = OUT / f"interview-{step + 1}-{NAMES[step]}.png"
            page.grab().save(str(path))
            print(path)

        drive.prepare(page, db, plan)
        shoot(0)
        drive.next_step(page)
        drive.talk(page, plan)
        page.steps[1].scroll_area.verticalScrollBar().setValue(0)  # type: ignore[attr-defined]
        shoot(1)
        drive.next_step(page)
        drive.score(page, plan)
        page.steps[2].scroll_area.verticalScrollBar().setValue(0)  # type: ignore[attr-defined]
        shoot(2)
        drive.next_step(page)
        drive.direction(page, plan)
        shoot(3)
        drive.next_step(page)
        drive.actions(page, plan)
        shoot(4)
        drive.next_step(page)
        drive.close_text(page, plan)
        shoot(5)
        page.session.save_now()
        drive.settle(page)
        page.close()
        db.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
