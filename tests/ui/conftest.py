"""Every UI test runs under the guard: no database access from UI code on the GUI thread."""

from __future__ import annotations

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
