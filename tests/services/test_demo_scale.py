"""The demo municipality at scale: 20,000 staff written in bulk, all or nothing."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from competentieplanner.cli import main


def _count(path: Path, table: str) -> int:
    with sqlite3.connect(path) as conn:
        return int(conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0])


@pytest.mark.slow
def test_demo_20000_and_db_check(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "groot.db"
    assert main(["--database", str(db), "demo", "--employees", "20000", "--seed", "3"]) == 0
    capsys.readouterr()
    assert _count(db, "employee") == 20_000
    assert main(["--database", str(db), "db", "check"]) == 0
    out = capsys.readouterr().out
    assert "FOUT" not in out and "employee=20000" in out


@pytest.mark.slow
def test_killing_demo_halfway_leaves_the_database_as_it_was(tmp_path: Path) -> None:
    db = tmp_path / "afgebroken.db"
    assert main(["--database", str(db), "db", "upgrade"]) == 0
    reference_rows = _count(db, "competency")
    env = dict(os.environ, PYTHONUNBUFFERED="1")
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "competentieplanner",
            "--database",
            str(db),
            "demo",
            "--employees",
            "20000",
        ],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    # Kill while the transaction is open: once the write lock is taken (the -wal file grows).
    wal = db.with_name(db.name + "-wal")
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:
        if wal.exists() and wal.stat().st_size > 4_000_000:
            break
        time.sleep(0.05)
    assert proc.poll() is None, "demo finished before it could be interrupted"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert _count(db, "employee") == 0
    assert _count(db, "assessment_score") == 0
    assert _count(db, "competency") == reference_rows
    assert main(["--database", str(db), "db", "check"]) == 0
    # and the interrupted database is still usable: the demo can run in it afterwards
    assert main(["--database", str(db), "demo", "--employees", "50"]) == 0
    assert _count(db, "employee") == 50
