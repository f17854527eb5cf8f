"""run_task: work off the GUI thread, results and errors back on it, progress and Annuleren."""

from __future__ import annotations

import threading
import time
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton, QWidget

from competentieplanner.domain.errors import Problem, UserError, ValidationError
from competentieplanner.ui import crash, tasks
from tests.ui.shell_support import close_message_boxes, crash_logs, message_boxes, wait_for_tasks

__all__ = ["crash_logs"]


def test_result_arrives_on_the_gui_thread(qtbot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    seen: dict[str, object] = {}

    def work(progress: tasks.Progress) -> int:
        seen["worker"] = threading.current_thread()
        return 6 * 7

    def done(result: int) -> None:
        seen["result"] = result
        seen["done_thread"] = threading.current_thread()

    handle = tasks.run_task(parent, "Rekenen", work, done)
    qtbot.waitUntil(lambda: handle.done, timeout=5000)
    assert seen["result"] == 42
    assert seen["done_thread"] is threading.main_thread()
    assert seen["worker"] is not threading.main_thread()
    assert not handle.cancelled and handle.error is None


def test_progress_dialog_shows_reports_and_cancel_stops_the_work(qtbot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    steps: list[int] = []
    delivered: list[object] = []

    def work(progress: tasks.Progress) -> str:
        for step in range(1000):
            progress.check()
            progress.report(step, 1000, f"Stap {step}")
            steps.append(step)
            time.sleep(0.01)
        return "klaar"

    handle = tasks.run_task(parent, "Lange taak", work, delivered.append)
    dialog = handle.dialog
    assert dialog is not None
    # The dialog appears after its short delay, with the reported progress.
    qtbot.waitUntil(lambda: dialog.isVisible(), timeout=5000)
    qtbot.waitUntil(lambda: dialog.value() > 0, timeout=5000)
    assert dialog.maximum() == 1000
    assert dialog.labelText().startswith("Stap ")
    cancel_button = dialog.findChild(QPushButton)
    assert cancel_button is not None and cancel_button.text() == "Annuleren"
    qtbot.mouseClick(cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: handle.done, timeout=5000)
    assert handle.cancelled
    assert delivered == []  # no result for cancelled work
    assert len(steps) < 1000
    assert parent.window().isVisible()


def test_quick_task_never_shows_a_dialog(qtbot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    handle = tasks.run_task(parent, "Snel", lambda _p: 1, lambda _r: None)
    assert handle.dialog is not None
    shown: list[QWidget] = []
    while not handle.done:
        qtbot.wait(5)
        shown += [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, QProgressDialog) and w.isVisible()
        ]
    assert shown == []


def test_user_error_becomes_a_dutch_warning(qtbot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    called: list[object] = []

    def work(_p: tasks.Progress) -> None:
        raise UserError("Het bestand is geopend in Excel; sluit het en probeer het opnieuw.")

    handle = tasks.run_task(parent, "Opslaan", work, called.append)
    qtbot.waitUntil(lambda: handle.done, timeout=5000)
    assert called == []
    box = handle.message_box
    assert box is not None and box.isVisible()
    assert box.windowTitle() == "Opslaan"
    assert "geopend in Excel" in box.text()
    close_message_boxes()


def test_validation_problems_are_listed_with_file_row_and_column(qtbot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    problems = [
        Problem(
            "geen geldig niveau", file="team.xlsx", row=7, column="D", header="BA01", value="9"
        ),
        Problem("personeelsnummer ontbreekt", file="team.xlsx", row=9, column="A"),
    ]

    def work(_p: tasks.Progress) -> None:
        raise ValidationError(problems)

    handle = tasks.run_task(parent, "Importeren", work, lambda _r: None)
    qtbot.waitUntil(lambda: handle.done, timeout=5000)
    box = handle.message_box
    assert box is not None
    assert "2 fout(en) gevonden" in box.text()
    assert "team.xlsx, rij 7, kolom D (BA01)" in box.informativeText()
    assert "rij 9, kolom A" in box.detailedText()
    close_message_boxes()


def test_unexpected_error_goes_to_the_crash_dialog_and_log(qtbot, crash_logs: Path) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)

    def work(_p: tasks.Progress) -> None:
        raise KeyError("Jansen")  # a message that could hold a name

    handle = tasks.run_task(parent, "Iets", work, lambda _r: None)
    qtbot.waitUntil(lambda: handle.done, timeout=5000)
    assert isinstance(handle.error, KeyError)
    dialogs = crash.open_crash_dialogs()
    assert dialogs and "KeyError" in dialogs[-1].detailedText()
    logs = list(crash_logs.glob("crash-*.log"))
    assert len(logs) == 1
    text = logs[0].read_text(encoding="utf-8")
    assert "builtins.KeyError" in text and "Jansen" not in text
    for dialog in dialogs:
        dialog.close()
    assert message_boxes() == []


def test_running_tasks_counts_until_delivery(qtbot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    release = threading.Event()
    handle = tasks.run_task(
        parent, "Wachten", lambda _p: release.wait(5), lambda _r: None, show_dialog=False
    )
    assert handle.dialog is None
    assert tasks.running_tasks() >= 1
    release.set()
    wait_for_tasks(qtbot)
    assert handle.done and tasks.running_tasks() == 0
