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
