"""build_installer.spec builds a working one-folder bundle: resources, migrations and every
command module (loaded by name at run time) are inside, and the main window builds."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.slow
def test_bundle_builds_and_passes_selfcheck(tmp_path: Path) -> None:
    build = subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", str(tmp_path / "dist"), "--workpath", str(tmp_path / "build"),
         str(ROOT / "build_installer.spec")],
        cwd=tmp_path, capture_output=True, text=True, timeout=900,
    )  # fmt: skip
    assert build.returncode == 0, build.stderr[-3000:]
    exe = tmp_path / "dist" / "Competentieplanner" / "Competentieplanner"
    # the manual F1 opens (ui/help_window.py) is in the bundle, beside the resources
    for name in ("ui.md", "interview.md", "scoring.md"):
        assert list((tmp_path / "dist" / "Competentieplanner").rglob(f"docs/{name}")), name
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_DATA_HOME=str(tmp_path / "data"))
    db = str(tmp_path / "bundle.db")
    demo = subprocess.run(
        [str(exe), "--database", db, "demo", "--employees", "30"],
        env=env, capture_output=True, text=True, timeout=300,
    )
    assert demo.returncode == 0, demo.stderr
    check = subprocess.run(
        [str(exe), "--database", db, "selfcheck"], env=env, capture_output=True, text=True,
        timeout=300,
    )
    assert check.returncode == 0, check.stdout + check.stderr
    assert "FOUT" not in check.stdout
    assert "OK   hoofdvenster" in check.stdout
