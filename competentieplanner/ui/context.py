"""What every screen gets handed: the open database, the task runner, the shared undo history and
app-wide signals.

Screens receive an ``AppContext`` in their constructor instead of reaching for a main-window
singleton. They never call services themselves: they call the functions in
:mod:`competentieplanner.ui.operations`, which run the service in a unit of work off the GUI
thread, and announce changes through ``signals``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, Signal

from competentieplanner.ui.permissions import Permissions
from competentieplanner.ui.tasks import TaskRunner
from competentieplanner.ui.undo_history import UndoHistory

if TYPE_CHECKING:  # not at run time: the window can show before SQLAlchemy is imported
    from competentieplanner.persistence.database import Database


class AppSignals(QObject):
    """App-wide notifications. Emit after a service call changed data, so other screens reload."""

    #: Something changed; the argument names the area: "employees", "assessments", "plans",
    #: "reference" (frameworks, profiles, authorities), "catalogue", "budgets" or "all".
    data_changed = Signal(str)
    #: Ask the main window to show a screen, e.g. ("employee", personnel_number).
    navigate = Signal(str, object)
    #: A short message for the status bar.
    status_message = Signal(str)


@dataclass
class AppContext:
    #: None only while the start-up database is still opening (screens are built after that).
    db: Database | None
    settings: QSettings
    undo_stack: UndoHistory = field(default_factory=UndoHistory)
    signals: AppSignals = field(default_factory=AppSignals)
    tasks: TaskRunner = field(default_factory=TaskRunner)
    #: The role of the open database's login (issue 11); screens disable what it may not do.
    permissions: Permissions = field(default_factory=Permissions)
