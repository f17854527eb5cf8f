"""A database made by a newer release is refused before anything is copied, in Dutch."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

import pytest

from competentieplanner.cli import main
from competentieplanner.domain.errors import DatabaseError
from competentieplanner.services.database import open_database


def _from_the_future(path: Path) -> None:
    open_database(path).dispose()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'future_release'")


def _files(root: Path) -> set[Path]:
    return {p for p in root.rglob("*") if p.is_file()}


@pytest.mark.skipif(sys.platform == "win32", reason="XDG data folder")
def test_newer_schema_is_refused_without_a_copy(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    path = tmp_path / "gedeeld" / "cp.db"
    path.parent.mkdir()
    _from_the_future(path)
    before = _files(tmp_path)
    with pytest.raises(DatabaseError) as refused:
        open_database(path)
    message = str(refused.value)
    assert "deze database is gemaakt met een nieuwere versie van Competentieplanner" in message
    assert "future_release" in message and message.endswith("werk de applicatie bij.")
    # a second attempt through the command line: same Dutch refusal, exit 1, still no copy
    assert main(["--database", str(path), "employees"]) == 1
    assert "nieuwere versie" in capsys.readouterr().err
    after = {p for p in _files(tmp_path) if not p.name.endswith(("-wal", "-shm"))}
    assert after == {p for p in before if not p.name.endswith(("-wal", "-shm"))}
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (
            "future_release",
        )
