"""The person and team the screenshots show, read off the GUI thread."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from competentieplanner.ui.context import AppContext
from competentieplanner.ui.operations.base import run
from competentieplanner.ui.tasks import TaskHandle

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from competentieplanner.services.showcase import Showcase


def find_showcase(
    context: AppContext, parent: QWidget | None, *, on_done: Callable[[Showcase], None]
) -> TaskHandle[Showcase]:
    from competentieplanner.services.showcase import find_showcase as find

    return run(context, parent, title="", work=find, on_done=on_done, quiet=True)
