"""Issue 15: a full disk and a locked database end in a Dutch message and exit code 1 — never
a traceback, never SQL parameters (staff names) on stderr, never a left-over .tmp file.

The disk is really full: a 64 KB tmpfs filled to the last byte (the sandbox runs as root)."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from competentieplanner.cli import main
from competentieplanner.persistence.database import Database
from tests.import_export import hostile


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def staff_names(db_file: Path) -> list[str]:
    with sqlite3.connect(db_file) as con:
        return [name for (name,) in con.execute("SELECT last_name FROM employee")]


def assert_clean_failure(code: int, err: str, names: list[str]) -> None:
    assert code == 1, err
    assert "fout: " in err
    assert "Traceback" not in err and "[SQL" not in err and "INSERT" not in err
    for name in names:
        assert name not in err


@pytest.fixture
def full_disk(tmp_path: Path) -> Iterator[Path]:
    """A folder on a tiny tmpfs; call ``fill(folder)`` to use up the last byte."""
    folder = tmp_path / "vol"
    folder.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(folder)], capture_output=True
    )
    if mounted.returncode != 0:
        pytest.skip("cannot mount a tmpfs here (not root)")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def fill(folder: Path) -> None:
    with (folder / "opvulling").open("wb", buffering=0) as handle:
        try:
            while True:
                handle.write(b"\0" * 4096)
        except OSError:
            pass


def free(folder: Path, size: int) -> None:
    filler = folder / "opvulling"
    with filler.open("r+b") as handle:
        handle.truncate(max(0, filler.stat().st_size - size))


@pytest.mark.parametrize(
    "command",
    [
        ("db", "backup", "{out}/kopie.db"),
        ("export", "excel", "{out}/hrm.xlsx"),
        ("export", "pdf", "{out}/team.pdf", "--organisation"),
        ("export", "catalogue", "{out}/catalogus.xlsx"),
    ],
)
def test_disk_full_while_writing_a_file(
    command: tuple[str, ...], demo_db_path: Path, full_disk: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    fill(full_disk)
    args = [part.format(out=full_disk) for part in command]
    code, _, err = run(capsys, "--database", str(demo_db_path), *args)
    assert_clean_failure(code, err, staff_names(demo_db_path)[:50])
    assert "schijf is vol" in err
    assert sorted(p.name for p in full_disk.iterdir()) == ["opvulling"]  # no .tmp left


def test_disk_full_while_loading_the_demo(
    empty_db: Database, full_disk: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert empty_db.file is not None
    empty_db.dispose()
    on_full = full_disk / "demo.db"
    shutil.copyfile(empty_db.file, on_full)
    fill(full_disk)
    free(full_disk, 256 * 1024)  # room to open the database, not for 120 fictional people
    code, _, err = run(capsys, "--database", str(on_full), "demo")
    assert_clean_failure(code, err, [])
    assert "schijf is vol" in err


def test_disk_full_while_importing(
    empty_db: Database, tmp_path: Path, full_disk: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert empty_db.file is not None
    empty_db.dispose()
    on_full = full_disk / "test.db"
    shutil.copyfile(empty_db.file, on_full)
    rows = [[str(7000 + i), "Anouk", f"Uniekenaam{i}", "Sociaal Domein", "Adviseur"]
            for i in range(3000)]
    source = hostile.staff_workbook(tmp_path / "groot.xlsx", rows)
    fill(full_disk)
    free(full_disk, 256 * 1024)  # room to open the database, not to import 3000 people
    code, _, err = run(capsys, "--database", str(on_full), "import", "staff", str(source))
    assert_clean_failure(code, err, ["Uniekenaam"])


def test_locked_database_during_import(
    demo_db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = [["9901", "Anouk", "Geheimenaam", "Sociaal Domein", "Adviseur"]]
    source = hostile.staff_workbook(tmp_path / "nieuw.xlsx", rows)
    blocker = sqlite3.connect(demo_db_path, isolation_level=None)
    try:
        blocker.execute("BEGIN EXCLUSIVE")
        code, _, err = run(
            capsys, "--database", str(demo_db_path), "import", "staff", str(source)
        )
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()
    assert_clean_failure(code, err, ["Geheimenaam", *staff_names(demo_db_path)[:50]])
    assert "Geheimenaam" not in staff_names(demo_db_path)


@pytest.fixture
def read_only_copy(demo_db_path: Path, full_disk: Path) -> Iterator[Path]:
    """The demo database on a medium mounted read-only (root ignores file permissions)."""
    target = full_disk / "alleen-lezen.db"
    shutil.copyfile(demo_db_path, target)
    subprocess.run(["mount", "-o", "remount,ro", str(full_disk)], check=True)
    yield target
    subprocess.run(["mount", "-o", "remount,rw", str(full_disk)], check=False)


def test_read_only_database_can_be_read_and_says_so(
    read_only_copy: Path, demo_db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "--database", str(read_only_copy), "employees")
    assert code == 0, err
    assert staff_names(demo_db_path)[0] in out
    assert "alleen-lezen" in err and "niet worden opgeslagen" in err
    assert main(["--database", str(read_only_copy), "db", "check"]) == 0


def test_read_only_database_refuses_changes_in_dutch(
    read_only_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = [["9901", "Anouk", "Geheimenaam", "Sociaal Domein", "Adviseur"]]
    source = hostile.staff_workbook(tmp_path / "nieuw.xlsx", rows)
    code, _, err = run(capsys, "--database", str(read_only_copy), "import", "staff", str(source))
    assert_clean_failure(code, err, ["Geheimenaam"])
    assert "alleen-lezen" in err
