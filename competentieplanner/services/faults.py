"""Faults a user meets (a full disk, a locked database, a read-only folder) as Dutch messages.

The command line must never answer these with a traceback: a SQLAlchemy error prints the SQL
statement and its parameters, which hold staff names. Only the kind of fault is reported.
"""

from __future__ import annotations

import errno

from competentieplanner.atomic_write import DISK_FULL
from competentieplanner.persistence.faults import (
    READ_ONLY,
    describe_database_failure,
)

_DISK_FULL = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EFBIG})
_NOT_ALLOWED = frozenset({errno.EACCES, errno.EPERM, errno.EROFS})


def describe_failure(exc: BaseException) -> str | None:
    """The Dutch message for a fault from the environment, or None for anything else (a bug,
    which keeps its traceback). Never includes the exception's own text."""
    if isinstance(exc, OSError):
        if exc.errno in _DISK_FULL:
            return DISK_FULL
        if exc.errno in _NOT_ALLOWED:
            return READ_ONLY
        return None
    return describe_database_failure(exc)
