"""Where things live: bundled resources and the user data folder, in checkout and frozen build."""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_DIR_NAME = "Competentieplanner"
DATABASE_FILE_NAME = "competentieplanner.db"
DATABASE_ENV = "COMPETENTIEPLANNER_DATABASE"


def resources_dir() -> Path:
    """The ``resources/`` folder: beside the package in a checkout, in the bundle when frozen."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def docs_dir() -> Path:
    """The user manual (``docs/``): beside the package in a checkout, in the bundle when frozen."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "docs"
    return Path(__file__).resolve().parent.parent / "docs"


def reference_dir() -> Path:
    return resources_dir() / "reference"


def user_data_dir() -> Path:
    """%LOCALAPPDATA%\\Competentieplanner on Windows, else $XDG_DATA_HOME/competentieplanner."""
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA") or str(Path.home() / "AppData" / "Local")
        return Path(base) / APP_DIR_NAME
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / APP_DIR_NAME.lower()


def default_database_path() -> Path:
    return user_data_dir() / DATABASE_FILE_NAME


def log_dir() -> Path:
    return user_data_dir() / "logs"


def backup_dir() -> Path:
    """Backups made before a schema upgrade: in the user's own data folder, never beside a
    database on a shared drive (a backup keeps data that was erased since)."""
    return user_data_dir() / "backups"


def temp_dir() -> Path:
    """Temporary files with personal data (half-written exports): the user's data folder."""
    return user_data_dir() / "tmp"


def private_temp_file(out: Path, suffix: str) -> tuple[int, Path]:
    """A new temporary file for what becomes ``out``, in the user's data folder (not beside
    ``out``, which may be on a shared drive): (open OS handle, path)."""
    import tempfile

    folder = temp_dir()
    folder.mkdir(parents=True, exist_ok=True)
    handle, name = tempfile.mkstemp(prefix=".cp-", suffix=suffix, dir=folder)
    return handle, Path(name)


def move_into_place(temp: Path, out: Path) -> None:
    """Put a finished temporary file at ``out``: a rename on the same disk, else a copy to a
    hidden neighbour renamed onto ``out`` (so ``out`` is never half written). The temporary
    file is gone afterwards, also when this fails."""
    import contextlib
    import shutil

    try:
        os.replace(temp, out)
        return
    except OSError as exc:
        import errno

        if exc.errno != errno.EXDEV:
            with contextlib.suppress(OSError):
                temp.unlink()
            raise
    beside = out.with_name(f".{out.name}.part")
    try:
        shutil.copyfile(temp, beside)
        os.replace(beside, out)
    finally:
        with contextlib.suppress(OSError):
            beside.unlink()
        with contextlib.suppress(OSError):
            temp.unlink()
