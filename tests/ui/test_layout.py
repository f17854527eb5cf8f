"""Issue 15, "Screens that do not fit": every screen (and every tab on it) is usable on a
1366×768 laptop at 150 % (QT_SCALE_FACTOR=1.5, set before Qt starts: hence a process of its own)
and on 1024×768 at 100 %. The walk fails when a control lies outside the visible area (beyond
the window and not reachable by scrolling), when the window cannot be made as small as the
screen, or when a label or table cell is cut off without a tooltip showing it whole."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _walk(database: Path, tmp_path: Path, width: int, height: int, scale: str) -> list[dict]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QT_SCALE_FACTOR": scale}
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "tests.ui.layout_walk_script",
            str(database),
            str(tmp_path / "settings.ini"),
            str(width),
            str(height),
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert run.returncode == 0, run.stderr[-3000:]
    return [json.loads(line) for line in run.stdout.splitlines() if line.startswith("{")]


@pytest.mark.parametrize(
    ("width", "height", "scale"),
    [(1366, 768, "1.5"), (1024, 768, "1")],
    ids=["1366x768-at-150%", "1024x768-at-100%"],
)
def test_every_screen_fits(
    demo_db_path: Path, tmp_path: Path, width: int, height: int, scale: str
) -> None:
    lines = _walk(demo_db_path, tmp_path, width, height, scale)
    assert lines and "done" in lines[-1], lines[-3:]
    assert lines[-1]["done"] >= 11  # 8 screens and the tabs of Profielen and Plannen
    problems = [f"{line['state']}: {line['problem']}" for line in lines if "problem" in line]
    assert not problems, "\n".join(problems)


def test_the_log_folder_in_the_settings_is_shown_whole(qtbot, tmp_path: Path) -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QLineEdit

    from competentieplanner.ui import crash
    from competentieplanner.ui.dialogs.settings import SettingsDialog

    deep = tmp_path / ("zeer-lange-mapnaam-zonder-spaties-" * 4) / "foutverslagen"
    crash.set_log_dir(deep)
    try:
        dialog = SettingsDialog(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
        qtbot.addWidget(dialog)
        dialog.resize(600, 400)
        dialog.show()
        field = next(
            w
            for w in dialog.findChildren(QLineEdit)
            if w.accessibleName() == "Map met foutverslagen"
        )
        assert field.text() == str(deep) and field.toolTip() == str(deep)
        assert field.isReadOnly() and field.isVisibleTo(dialog)
    finally:
        crash.set_log_dir(None)
