"""Preferences stored in QSettings that start-up needs (kept tiny: imported before the window)."""

from __future__ import annotations

from PySide6.QtCore import QSettings

REOPEN_LAST_KEY = "database/reopen_last"


def reopen_last(settings: QSettings) -> bool:
    """Open the last used database at start-up (default: yes)."""
    value = settings.value(REOPEN_LAST_KEY, True)
    return value not in (False, "false", "0", 0)
