"""Unexpected errors: a dialog instead of a vanishing window, a log without personal data."""

from __future__ import annotations

import hashlib
import sys
import threading
from pathlib import Path

import pytest

from competentieplanner.ui import crash
from tests.ui.shell_support import crash_logs

__all__ = ["crash_logs"]

NAME = "Yvonne Anema"
NUMBER = "828132"


def _fail_with_personal_data() -> None:
    employee = {"name": NAME, "personeelsnummer": NUMBER}  # a local the log must not show
    raise LookupError(f"geen plan voor {employee['name']} ({employee['personeelsnummer']})")


def _caught() -> BaseException:
    try:
        try:
            _fail_with_personal_data()
        except LookupError as inner:
            raise RuntimeError(f"opslaan voor {NAME} mislukt") from inner
    except RuntimeError as exc:
        return exc
    raise AssertionError("unreachable")


def test_report_has_types_and_code_locations_but_no_personal_data() -> None:
    exc = _caught()
    report = crash.format_report(type(exc), exc, exc.__traceback__)
    assert "builtins.RuntimeError" in report
    assert "builtins.LookupError" in report  # the cause is kept, as a type
    assert "test_crash.py" in report and "in _fail_with_personal_data" in report
    assert NAME not in report and NUMBER not in report and "Anema" not in report
    # no reversible trace of the message either: no hash of it, in any common form
    assert "hash" not in report
    for message in (str(exc), str(exc.__cause__), NUMBER, NAME):
        data = message.encode()
        for digest in (
            hashlib.sha256(data).hexdigest(),
            hashlib.sha1(data).hexdigest(),
            hashlib.md5(data).hexdigest(),
        ):
            assert digest[:8] not in report


def test_log_is_written_and_old_logs_are_pruned(crash_logs: Path) -> None:
    crash_logs.mkdir(parents=True)
    for index in range(crash.MAX_LOG_FILES + 5):
        (crash_logs / f"crash-20200101-000000-{index:06d}.log").write_text("oud")
    exc = _caught()
    path = crash.write_log(type(exc), exc, exc.__traceback__)
    assert path is not None and path.exists()
    assert path.parent == crash_logs
    assert len(list(crash_logs.glob("crash-*.log"))) == crash.MAX_LOG_FILES
    assert NAME not in path.read_text(encoding="utf-8")


def test_excepthook_shows_the_message_in_a_dialog_and_keeps_going(qtbot, crash_logs: Path) -> None:
    previous = sys.excepthook, threading.excepthook
    crash.install_exception_hooks()
    try:
        exc = _caught()
        sys.excepthook(type(exc), exc, exc.__traceback__)
    finally:
        sys.excepthook, threading.excepthook = previous
    dialogs = crash.open_crash_dialogs()
    assert len(dialogs) == 1
    box = dialogs[0]
    assert box.isVisible()
    assert box.windowTitle() == "Onverwachte fout"
    # The user sees the message (it is theirs); the log does not.
    assert NAME in box.detailedText()
    assert str(crash_logs) in box.informativeText()
    log = next(crash_logs.glob("crash-*.log")).read_text(encoding="utf-8")
    assert NAME not in log
    box.close()
    qtbot.waitUntil(lambda: crash.open_crash_dialogs() == [], timeout=2000)


def test_exception_in_a_thread_is_reported_on_the_gui_thread(qtbot, crash_logs: Path) -> None:
    previous = sys.excepthook, threading.excepthook
    crash.install_exception_hooks()
    try:
        worker = threading.Thread(target=_fail_with_personal_data)
        worker.start()
        worker.join()
        qtbot.waitUntil(lambda: len(crash.open_crash_dialogs()) == 1, timeout=3000)
    finally:
        sys.excepthook, threading.excepthook = previous
    log = next(crash_logs.glob("crash-*.log")).read_text(encoding="utf-8")
    assert "thread: werker" in log and NAME not in log
    for box in crash.open_crash_dialogs():
        box.close()


def test_unwritable_log_folder_still_shows_the_dialog(qtbot, tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("een bestand, geen map")
    crash.set_log_dir(blocker / "logs")
    try:
        exc = _caught()
        assert crash.report_exception(type(exc), exc, exc.__traceback__) is None
    finally:
        crash.set_log_dir(None)
    dialogs = crash.open_crash_dialogs()
    assert len(dialogs) == 1 and dialogs[0].informativeText() == ""
    dialogs[0].close()


@pytest.mark.parametrize("name", ["C:\\Users\\x\\app\\competentieplanner\\ui\\views\\teams.py"])
def test_locations_are_shortened_to_the_package(name: str) -> None:
    assert crash._location(name) == "competentieplanner/ui/views/teams.py"
