"""The state behind the Auditlog screen: the filters asked for and the entries last read.

The screen (``ui/views/audit.py``) lays out the filters and the table and shows what arrives
here. Reading the log is itself logged, so it runs on the writer thread; an answer to a search
the user has already replaced with a newer one is dropped.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QWidget

from competentieplanner.domain.access import Action, AuditEntry
from competentieplanner.ui import tasks
from competentieplanner.ui.context import AppContext
from competentieplanner.ui.operations import audit as operations


def _tr(text: str) -> str:
    return QCoreApplication.translate("AuditView", text)


@dataclass(frozen=True, slots=True)
class AuditFilter:
    """What ``competentieplanner audit`` filters on: a start date, a person, a login."""

    since: dt.date | None = None
    employee: str | None = None
    login: str | None = None


class AuditController(QObject):
    """Which entries were asked for, and the entries read (newest first)."""

    entries_loaded = Signal(object)  # list[AuditEntry], newest first
    refused = Signal(str)  # why nothing is shown (a role that may not read the log)

    def __init__(self, context: AppContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.context = context
        self.parent_widget = parent
        self.filter = AuditFilter()
        self.entries: list[AuditEntry] = []
        self.last_task: tasks.TaskHandle[list[AuditEntry]] | None = None
        self._generation = 0

    def search(self, wanted: AuditFilter) -> None:
        self.filter = wanted
        self.reload()

    def reload(self) -> None:
        self._generation += 1
        if not self.context.permissions.may(Action.VIEW_AUDIT):
            self.entries = []
            self.refused.emit(_tr("Alleen de rol beheerder mag het auditlog inzien."))
            return
        generation = self._generation
        wanted = self.filter
        self.last_task = operations.load_audit(
            self.context,
            self.parent_widget,
            title=_tr("Auditlog lezen"),
            since=wanted.since,
            employee=wanted.employee,
            login=wanted.login,
            on_done=lambda entries: self._arrived(generation, entries),
        )

    def _arrived(self, generation: int, entries: list[AuditEntry]) -> None:
        if generation != self._generation:
            return  # a newer search (or a role change) replaced this one
        self.entries = list(reversed(entries))
        self.entries_loaded.emit(self.entries)
