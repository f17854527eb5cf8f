"""Backups keep erased data until they expire: ``db backup`` says so, and ``privacy backups``
lists the tool's own backups (made before schema upgrades) with their age."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from competentieplanner.cli import main
from competentieplanner.services.privacy.backups import BACKUP_WARNING


def test_db_backup_warns_that_a_backup_keeps_erased_data(
    demo_db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "kopie.db"
    assert main(["--database", str(demo_db_path), "db", "backup", str(out)]) == 0
    printed = capsys.readouterr()
    assert out.exists() and str(out) in printed.out
    assert BACKUP_WARNING in printed.err


def test_privacy_backups_lists_the_tools_backups_with_their_age(
    demo_db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    folder = tmp_path / "data" / "competentieplanner" / "backups"
    folder.mkdir(parents=True)
    old = folder / "demo.backup-0004-20260101-120000.db"
    old.write_bytes(b"SQLite format 3\x00")
    forty_days_ago = time.time() - 40 * 86_400
    os.utime(old, (forty_days_ago, forty_days_ago))
    (folder / "notitie.txt").write_text("geen back-up")
    assert main(["--database", str(demo_db_path), "privacy", "backups"]) == 0
    printed = capsys.readouterr().out
    assert str(old) in printed and "notitie" not in printed
    row = next(line for line in printed.splitlines() if str(old) in line)
    assert row.split()[-1] == "40"  # the age in days
    assert BACKUP_WARNING in printed
