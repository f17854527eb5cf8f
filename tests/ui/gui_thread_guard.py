"""A guard that fails a test when UI code touches the database on the GUI thread.

Every database access goes through a pooled connection: the guard listens to the pool's
``checkout`` and the engine's ``before_cursor_execute`` for every engine, and records an access
when it happens on the main (GUI) thread with a frame of ``competentieplanner/ui/`` on the
stack. Test code that sets up or inspects data directly is not UI code and is not counted.
"""

from __future__ import annotations

import sys
import threading
import traceback
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlalchemy.pool import Pool

import competentieplanner

UI_DIR = Path(competentieplanner.__file__).resolve().parent / "ui"

#: UI modules allowed to touch the database on the GUI thread: none (issue 10). A module named
#: here would be skipped by the guard; the main-window test fails when this is not empty.
WAIVED: frozenset[str] = frozenset()


def _innermost_ui_frame() -> str | None:
    frame = sys._getframe(2)
    while frame is not None:
        path = Path(frame.f_code.co_filename)
        if path.is_relative_to(UI_DIR):
            return path.relative_to(UI_DIR).as_posix()
        frame = frame.f_back  # type: ignore[assignment]
    return None


@contextmanager
def database_off_the_gui_thread(waived: frozenset[str] = WAIVED) -> Iterator[list[str]]:
    """Collect every database access UI code makes on the GUI thread while the block runs."""
    found: list[str] = []

    def check(*_args: Any, **_kwargs: Any) -> None:
        if threading.current_thread() is not threading.main_thread():
            return
        module = _innermost_ui_frame()
        if module is None or module in waived:
            return
        found.append(f"ui/{module}:\n" + "".join(traceback.format_stack(limit=25)))

    event.listen(Pool, "checkout", check)
    event.listen(Engine, "before_cursor_execute", check)
    try:
        yield found
    finally:
        event.remove(Pool, "checkout", check)
        event.remove(Engine, "before_cursor_execute", check)
