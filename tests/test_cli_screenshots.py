"""``competentieplanner screenshots OUTDIR [--database X]``: a PNG of every main screen."""

from __future__ import annotations

import os
import struct
import subprocess
import sys
from pathlib import Path

from competentieplanner.ui.screenshots import FILE_NAMES

MINE = ("01-overzicht.png", "02-medewerkers.png", "03-teams.png", "08-rapportages.png")


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)  # the command must choose offscreen by itself
    return subprocess.run(
        [sys.executable, "-m", "competentieplanner", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )


def test_screenshots_of_a_given_database(tmp_path: Path, demo_db_path: Path) -> None:
    out = tmp_path / "shots"
    result = _run("--database", str(demo_db_path), "screenshots", str(out))
    assert result.returncode == 0, result.stderr
    written = sorted(p.name for p in out.glob("*.png"))
    assert set(MINE) <= set(written)
    assert set(written) <= set(FILE_NAMES.values())
    for name in written:
        assert _png_size(out / name) == (1366, 768)
        assert (out / name).stat().st_size > 20_000  # a real screen, not an empty grab
    assert f"{len(written)} schermafbeeldingen geschreven" in result.stdout


def test_screenshots_without_database_use_a_temporary_demo(tmp_path: Path) -> None:
    out = tmp_path / "shots"
    result = _run("screenshots", str(out), "--language", "en")
    assert result.returncode == 0, result.stderr
    assert (out / "02-medewerkers.png").exists()


def test_outdir_that_is_a_file_is_refused(tmp_path: Path) -> None:
    target = tmp_path / "bestand.png"
    target.write_text("x")
    result = _run("screenshots", str(target))
    assert result.returncode == 1
    assert "geen map" in result.stderr
