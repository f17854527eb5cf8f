"""Issue 15: the app opens a read-only database for reading and says that changes cannot be
saved (title and status bar). The medium is really read-only: a tmpfs remounted ro."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from competentieplanner.persistence.database import Database
from competentieplanner.ui.main_window import MainWindow
from tests.ui.shell_support import make_context, wait_for_tasks


@pytest.fixture
def read_only_db(tmp_path: Path, demo_db_path: Path) -> Iterator[Path]:
    folder = tmp_path / "ro"
    folder.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(folder)]).returncode:
        pytest.skip("cannot mount a tmpfs here (not root)")
    target = folder / "alleen-lezen.db"
    shutil.copyfile(demo_db_path, target)
    subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)
    yield target
    subprocess.run(["umount", "-l", str(folder)], check=False)


def test_app_opens_a_read_only_database_and_says_so(
    qtbot, demo_db: Database, read_only_db: Path, tmp_path: Path
) -> None:
    win = MainWindow(make_context(demo_db, tmp_path))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    wait_for_tasks(qtbot, win)
    handle = win.databases.open_path(read_only_db)
    assert handle is not None
    qtbot.waitUntil(lambda: handle.done, timeout=20_000)
    wait_for_tasks(qtbot, win)
    assert win.context.db is not None and win.context.db.read_only
    assert "(alleen-lezen)" in win.windowTitle()
    assert "niet worden opgeslagen" in win.statusBar().currentMessage()
    win.show_page("employees")
    wait_for_tasks(qtbot, win)
    win.context.db.dispose()
