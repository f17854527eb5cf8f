"""Issue 15: creating a database (schema and reference data) is one step. A process killed
between the two leaves no half-made database that ``db check`` would flag."""

from __future__ import annotations

import signal
import subprocess
import sys
import textwrap
from pathlib import Path

from competentieplanner.cli import main

#: Opens (creates) the database in a child process that SIGKILLs itself the moment the
#: reference data is about to be written: a real kill at the worst moment.
_KILLED_CHILD = textwrap.dedent(
    """
    import os, signal, sys
    from competentieplanner.services import database, reference_data

    def killed(*args, **kwargs):
        os.kill(os.getpid(), signal.SIGKILL)

    reference_data.install_reference_data = killed
    database.open_database(sys.argv[1])
    """
)


def test_kill_between_schema_and_reference_data_leaves_no_half_database(tmp_path: Path) -> None:
    target = tmp_path / "nieuw.db"
    child = subprocess.run(
        [sys.executable, "-c", _KILLED_CHILD, str(target)], capture_output=True, text=True
    )
    assert child.returncode == -signal.SIGKILL, child.stderr
    assert not target.exists()
    # at most the hidden work file of the killed process, never a database under the name
    assert [p.name for p in tmp_path.iterdir() if not p.name.startswith(".")] == []
    assert main(["--database", str(target), "employees"]) == 0  # a plain start makes it whole
    assert main(["--database", str(target), "db", "check"]) == 0


def test_new_database_is_complete_and_checks_clean(tmp_path: Path) -> None:
    target = tmp_path / "nieuw.db"
    assert main(["--database", str(target), "employees"]) == 0
    assert main(["--database", str(target), "db", "check"]) == 0
    assert target.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["nieuw.db"]
