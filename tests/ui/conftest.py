"""Every UI test runs under the guard: no database access from UI code on the GUI thread."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from tests.ui.gui_thread_guard import database_off_the_gui_thread


@pytest.fixture(autouse=True)
def no_database_on_the_gui_thread(request: pytest.FixtureRequest) -> Iterator[None]:
    if request.node.get_closest_marker("gui_thread_database_on_purpose"):
        yield  # the guard's own test makes such an access deliberately
        return
    with database_off_the_gui_thread() as found:
        yield
    assert not found, "database access on the GUI thread:\n" + "\n".join(found[:3])


@pytest.fixture(autouse=True)
def garbage_collected_on_the_gui_thread() -> Iterator[None]:
    """As the application does (ui/garbage.py): no automatic collection, which could destroy a
    Qt object of an earlier test on a worker thread; collect here, on the GUI thread."""
    gc.collect()
    gc.disable()
    yield
    gc.collect()  # left disabled: the UI tests run last, the next one collects first
