"""Database faults a user meets (disk full, locked, read-only) as Dutch messages.

A SQLAlchemy error's text holds the SQL statement and its parameters, which may be staff names:
only the driver's reason is looked at, and never shown.
"""

from __future__ import annotations

import sqlite3

from sqlalchemy.exc import DBAPIError

from competentieplanner.atomic_write import DISK_FULL

LOCKED = (
    "De database is bezet: een ander programma of een andere gebruiker schrijft er op dit "
    "moment in. Er is niets opgeslagen; probeer het over een ogenblik opnieuw."
)
READ_ONLY = (
    "Het bestand of de map is alleen-lezen of u hebt er geen rechten op; er is niets opgeslagen."
)


def describe_database_failure(exc: BaseException) -> str | None:
    """The Dutch message for a database-level fault, or None when ``exc`` is none."""
    driver_error: BaseException
    if isinstance(exc, DBAPIError):
        driver_error = exc.orig if exc.orig is not None else exc
    elif isinstance(exc, sqlite3.Error):  # the backup API is used without SQLAlchemy
        driver_error = exc
    else:
        return None
    reason = str(driver_error).casefold()  # the driver's message, not the statement
    if "locked" in reason or "busy" in reason:
        return LOCKED
    if "full" in reason or "disk i/o" in reason:
        return DISK_FULL
    if "readonly" in reason or "read-only" in reason:
        return READ_ONLY
    return (
        f"De database weigert de opdracht ({type(driver_error).__name__}); er is niets opgeslagen. "
        "Controleer de database met 'competentieplanner db check'."
    )
