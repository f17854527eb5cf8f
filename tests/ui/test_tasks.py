"""TaskRunner: work off the GUI thread, results and errors back on it, progress and Annuleren,
writing work one job at a time, and a busy signal for work that takes longer than a moment."""

from __future__ import annotations

import gc
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton, QWidget

from competentieplanner.domain.errors import Problem, UserError, ValidationError
from competentieplanner.ui import crash, tasks
from tests.ui.shell_support import close_message_boxes, crash_logs, message_boxes, wait_for_tasks

__all__ = ["crash_logs"]


@pytest.fixture
def runner(qtbot) -> Iterator[tasks.TaskRunner]:
    runner = tasks.TaskRunner()
    yield runner
    wait_for_tasks(qtbot, runner)


def test_result_arrives_on_the_gui_thread(qtbot, runner) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    seen: dict[str, object] = {}

    def work(progress: tasks.Progress) -> int:
        seen["worker"] = threading.current_thread()
        return 6 * 7

    def done(result: int) -> None:
        seen["result"] = result
        seen["done_thread"] = threading.current_thread()

    handle = runner.run(parent, "Rekenen", work, done)
    qtbot.waitUntil(lambda: handle.done, timeout=5000)
    assert seen["result"] == 42
    assert seen["done_thread"] is threading.main_thread()
    assert seen["worker"] is not threading.main_thread()
    assert not handle.cancelled and handle.error is None


def test_progress_dialog_shows_reports_and_cancel_stops_the_work(qtbot, runner) -> None:
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

    handle = runner.run(parent, "Lange taak", work, delivered.append)
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


def test_work_shorter_than_the_delay_never_shows_a_dialog(qtbot, runner) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    release = threading.Event()
    handle = runner.run(parent, "Snel", lambda _p: release.wait(5), lambda _r: None)
    dialog = handle.dialog
    assert dialog is not None
    # The dialog waits DIALOG_DELAY_MS; the work is released long before that.
    assert dialog.minimumDuration() == tasks.DIALOG_DELAY_MS
    qtbot.wait(50)
    assert not dialog.isVisible()
    release.set()
    qtbot.waitUntil(lambda: handle.done, timeout=5000)
    assert handle.dialog is None  # closed and gone, never shown
    assert not any(
        isinstance(w, QProgressDialog) and w.isVisible() for w in QApplication.topLevelWidgets()
    )


def test_writing_work_runs_one_job_at_a_time_in_order(qtbot, runner) -> None:
    order: list[str] = []
    inside = threading.Semaphore(1)
    overlaps: list[str] = []

    def job(name: str):  # noqa: ANN202
        def work(_p: tasks.Progress) -> str:
            if not inside.acquire(blocking=False):
                overlaps.append(name)
                inside.acquire()
            try:
                time.sleep(0.02)
                order.append(name)
            finally:
                inside.release()
            return name

        return work

    handles = [
        runner.run(None, name, job(name), lambda _r: None, writes=True, show_dialog=False)
        for name in ("een", "twee", "drie", "vier")
    ]
    qtbot.waitUntil(lambda: all(h.done for h in handles), timeout=5000)
    assert order == ["een", "twee", "drie", "vier"]
    assert overlaps == []


def test_busy_is_announced_only_for_work_that_takes_a_while(qtbot, runner) -> None:
    seen: list[bool] = []
    runner.busy_changed.connect(seen.append)
    quick = runner.run(None, "Snel", lambda _p: 1, lambda _r: None, show_dialog=False)
    qtbot.waitUntil(lambda: quick.done, timeout=5000)
    assert seen == [] and not runner.busy
    release = threading.Event()
    slow = runner.run(None, "Traag", lambda _p: release.wait(5), lambda _r: None, show_dialog=False)
    qtbot.waitUntil(lambda: runner.busy, timeout=5000)
    assert seen == [True]
    release.set()
    qtbot.waitUntil(lambda: slow.done, timeout=5000)
    assert seen == [True, False] and not runner.busy


def test_user_error_becomes_a_dutch_warning(qtbot, runner) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    called: list[object] = []

    def work(_p: tasks.Progress) -> None:
        raise UserError("Het bestand is geopend in Excel; sluit het en probeer het opnieuw.")

    handle = runner.run(parent, "Opslaan", work, called.append)
    qtbot.waitUntil(lambda: handle.done, timeout=5000)
    assert called == []
    box = handle.message_box
    assert box is not None and box.isVisible()
    assert box.windowTitle() == "Opslaan"
    assert "geopend in Excel" in box.text()
    close_message_boxes()


def test_validation_problems_are_listed_with_file_row_and_column(qtbot, runner) -> None:
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

    handle = runner.run(parent, "Importeren", work, lambda _r: None)
    qtbot.waitUntil(lambda: handle.done, timeout=5000)
    box = handle.message_box
    assert box is not None
    assert "2 fout(en) gevonden" in box.text()
    assert "team.xlsx, rij 7, kolom D (BA01)" in box.informativeText()
    assert "rij 9, kolom A" in box.detailedText()
    close_message_boxes()


def test_unexpected_error_goes_to_the_crash_dialog_and_log(qtbot, runner, crash_logs: Path) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)

    def work(_p: tasks.Progress) -> None:
        raise KeyError("Jansen")  # a message that could hold a name

    handle = runner.run(parent, "Iets", work, lambda _r: None)
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


def test_running_tasks_counts_until_delivery(qtbot, runner) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    release = threading.Event()
    handle = runner.run(
        parent, "Wachten", lambda _p: release.wait(5), lambda _r: None, show_dialog=False
    )
    assert handle.dialog is None
    assert runner.running() >= 1
    release.set()
    wait_for_tasks(qtbot, runner)
    assert handle.done and runner.running() == 0


class _Keepsake:
    """Records on which thread it is destroyed; stands in for a screen a closure keeps alive."""

    def __init__(self, seen: list[threading.Thread]) -> None:
        self.seen = seen

    def __del__(self) -> None:
        self.seen.append(threading.current_thread())


@pytest.mark.parametrize("fails", [False, True], ids=["result", "error"])
def test_what_the_work_holds_is_let_go_of_on_the_gui_thread(qtbot, runner, fails) -> None:
    # A Qt object destroyed on a worker thread crashes the process at random: whatever the work
    # function (and its outcome, an error's traceback included) holds last must die on the GUI
    # thread, however the threads interleave.
    destroyed: list[threading.Thread] = []
    keepsake = _Keepsake(destroyed)

    def work(_progress: tasks.Progress, held: _Keepsake = keepsake) -> int:
        if fails:
            raise UserError(f"Geweigerd {id(held)}")
        return 42  # only the work function holds the keepsake

    outcomes: list[object] = []
    handles = [runner.run(None, "Vasthouden", work, outcomes.append, show_dialog=False)]
    del work, keepsake
    qtbot.waitUntil(lambda: handles[0].done, timeout=5000)
    runner.wait_for_all()  # the worker thread has let go of everything it will
    outcomes.clear()
    close_message_boxes()
    handles.clear()  # an error stays on its handle, and its traceback holds the work's frames
    gc.collect()  # on the GUI thread, as ui/garbage.py does
    qtbot.waitUntil(lambda: bool(destroyed), timeout=5000)
    assert destroyed == [threading.main_thread()]
