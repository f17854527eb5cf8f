"""Keep a native library's console output off file descriptor 1 for a moment.

HiGHS writes its version banner straight to descriptor 1 when an instance is created, before any
option can be set; on the command line that would corrupt ``--format json``. Pointing descriptor
1 at the null device is process-wide, so one lock serialises it: two threads redirecting at once
would otherwise save each other's null device as "the real stdout" and lose it for good.
"""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_REDIRECT = threading.Lock()


@contextmanager
def silenced_stdout_fd() -> Iterator[None]:
    """Descriptor 1 points at the null device inside the block (nothing to do without one)."""
    with _REDIRECT:
        try:
            sys.stdout.flush()
            saved = os.dup(1)
        except (OSError, ValueError, AttributeError):
            saved = -1  # no usable stdout (a windowed program): nothing to protect
        if saved < 0:
            yield
            return
        null = os.open(os.devnull, os.O_WRONLY)
        try:
            os.dup2(null, 1)
            try:
                yield
            finally:
                _flush_c_streams()
        finally:
            os.dup2(saved, 1)
            os.close(saved)
            os.close(null)


def _flush_c_streams() -> None:
    """Flush C-level stdio buffers (where a banner may wait) while stdout is still redirected."""
    try:
        import ctypes

        ctypes.CDLL(None).fflush(None)
    except (OSError, AttributeError, TypeError):  # pragma: no cover - Windows: nothing to flush
        pass
