"""A conversation survives a crash: a separate process fills steps 1-3 and is killed with
SIGKILL; a new screen on the same database offers the draft and restores every score."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from competentieplanner.persistence.database import Database
from competentieplanner.services.database import open_database
from competentieplanner.ui.interview.score import ScoreStep
from competentieplanner.ui.interview.talk import TalkStep
from competentieplanner.ui.views.interview import InterviewPage
from tests.ui import interview_driver as drive
from tests.ui.editing_support import close_message_boxes

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.qt_log_ignore(drive.OFFSCREEN_POPUP_MESSAGES)


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is POSIX only")
def test_killed_between_step_3_and_6_the_draft_comes_back(
    qtbot: QtBot, demo_db_path: Path, tmp_path: Path
) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "tests.ui.interview_crash_script",
            str(demo_db_path),
            str(tmp_path / "settings.ini"),
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert run.returncode == -signal.SIGKILL, run.stdout + run.stderr
    assert "scored" in run.stdout

    db: Database = open_database(demo_db_path)
    try:
        plan = drive.standard_plan(db)
        [draft] = drive.drafts(db)
        assert draft.personnel_number == plan.personnel_number
        assert draft.step == 2

        page = InterviewPage(drive.make_context(db, tmp_path / "settings.ini"))
        qtbot.addWidget(page)
        page.resize(1366, 768)
        page.show()
        qtbot.waitExposed(page)
        page.offer_drafts()
        drive.settle(page)
        box = page.message_box
        assert box is not None and box.isVisible()
        assert (
            f"Er is een onafgerond gesprek met {draft.employee_name} van 16-11-2026" in box.text()
        )
        resume = next(b for b in box.buttons() if b.text() == "Verdergaan")
        drive.click(resume)

        assert page.current_step() == 2  # step 3, Scoren, where it was left
        restored = page.session.draft
        assert restored is not None
        entered = {
            code: (lead, agreed, evidence) for code, (lead, agreed, evidence) in plan.scores.items()
        }
        assert {
            code: (s.lead, s.agreed, s.evidence) for code, s in restored.scores.items()
        } == entered
        score_step = page.steps[2]
        assert isinstance(score_step, ScoreStep)
        for code, (lead, agreed, evidence) in entered.items():
            row = score_step.rows[code]
            assert [c.level for c in row.cards if c.is_selected()] == [lead]
            checked = [lv for lv, b in row.agreed_buttons.items() if b.isChecked()]
            assert checked == [agreed if agreed is not None else lead]
            assert row.evidence.toPlainText() == evidence
        talk_step = page.steps[1]
        assert isinstance(talk_step, TalkStep)
        for code, (answer, rating) in plan.answers.items():
            assert talk_step.boxes[code].answer.toPlainText() == answer
            assert talk_step.boxes[code].rating() == rating
        assert page.prepare_step.person_combo.currentText().startswith(
            plan_sort_name(db, plan.personnel_number)
        )
    finally:
        close_message_boxes()
        db.dispose()


def plan_sort_name(db: Database, personnel_number: str) -> str:
    return drive.preparation(db, personnel_number).employee.sort_name
