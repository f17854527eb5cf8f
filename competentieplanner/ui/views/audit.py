"""Auditlog: who changed or exported what, and when (BIO 8.15.01), for the role ``beheerder``.

Filters on a start date, a personnel number and a login, like ``competentieplanner audit``.
Free-text fields appear as changed without their content (the database never stored it).
This module lays the screen out; the search and its results live in
:class:`competentieplanner.ui.controllers.audit.AuditController`.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QHBoxLayout,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from competentieplanner.domain.access import AuditEntry, FieldChange
from competentieplanner.ui import forms, tasks, theme
from competentieplanner.ui.context import AppContext
from competentieplanner.ui.controllers.audit import AuditController, AuditFilter
from competentieplanner.ui.models.rows import Column, RowTableModel
from competentieplanner.ui.widgets.common import EmptyState, Hint, PageTitle


def _value(value: object) -> str:
    return "–" if value is None or value == "" else str(value)


def _changes(changes: tuple[FieldChange, ...]) -> str:
    return "; ".join(f"{c.field}: {_value(c.old)} → {_value(c.new)}" for c in changes)


def _tr(text: str) -> str:
    return QCoreApplication.translate("AuditModel", text)


class AuditModel(RowTableModel[AuditEntry]):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            [
                Column(
                    _tr("Tijdstip"),
                    lambda e: e.at.astimezone().strftime("%d-%m-%Y %H:%M:%S"),
                    sort_key=lambda e: e.at,
                ),
                Column(_tr("Login"), lambda e: e.login),
                Column(_tr("Actie"), lambda e: e.action),
                Column(_tr("Tabel"), lambda e: e.table),
                Column(_tr("Record"), lambda e: e.record or ""),
                Column(_tr("Medewerker"), lambda e: e.employee or ""),
                Column(_tr("Wijzigingen"), lambda e: _changes(e.changes)),
            ],
            parent,
        )


class AuditView(QWidget):
    title = "Auditlog"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.controller = AuditController(context, self)
        self.controller.entries_loaded.connect(self._show)
        self.controller.refused.connect(self._refused)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(theme.MARGIN, theme.MARGIN, theme.MARGIN, theme.MARGIN)
        layout.setSpacing(theme.SPACING)
        layout.addWidget(PageTitle(self.tr("Auditlog"), self))
        layout.addWidget(
            Hint(
                self.tr(
                    "Elke wijziging en elke export van persoonsgegevens: wie, wanneer, wat, met de "
                    "oude en nieuwe waarde. Vrije tekst staat er zonder inhoud in. Het inzien van "
                    "het log wordt zelf ook vastgelegd."
                ),
                self,
            )
        )
        filters = QHBoxLayout()
        self.use_since = QCheckBox(self.tr("Va&naf"), self)
        self.since = QDateEdit(QDate.currentDate().addDays(-30), self)
        self.since.setCalendarPopup(True)
        self.since.setDisplayFormat("dd-MM-yyyy")
        self.since.setAccessibleName(self.tr("Vanaf datum"))
        self.use_since.setChecked(True)
        self.use_since.toggled.connect(self.since.setEnabled)
        self.employee = QLineEdit(self)
        self.employee.setPlaceholderText(self.tr("Personeelsnummer"))
        self.employee.setAccessibleName(self.tr("Personeelsnummer"))
        self.login = QLineEdit(self)
        self.login.setPlaceholderText(self.tr("Login"))
        self.login.setAccessibleName(self.tr("Login"))
        self.search_button = forms.button(self, self.tr("&Zoeken"), self.tr("Auditlog zoeken"))
        self.search_button.clicked.connect(self.reload)
        for edit in (self.employee, self.login):
            edit.returnPressed.connect(self.reload)
        for widget in (self.use_since, self.since, self.employee, self.login):
            filters.addWidget(widget)
        filters.addStretch(1)
        filters.addWidget(self.search_button)
        layout.addLayout(filters)
        self.model = AuditModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        forms.prepare_table(self.table, self.tr("Auditlog"))
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        self.empty = EmptyState("", self)
        layout.addWidget(self.empty)
        context.permissions.changed.connect(self.reload)
        self.reload()

    @property
    def last_task(self) -> tasks.TaskHandle[list[AuditEntry]] | None:
        return self.controller.last_task

    def filters(self) -> tuple[dt.date | None, str | None, str | None]:
        wanted = self._wanted()
        return wanted.since, wanted.employee, wanted.login

    def _wanted(self) -> AuditFilter:
        since = self.since.date().toPython() if self.use_since.isChecked() else None
        assert since is None or isinstance(since, dt.date)
        return AuditFilter(
            since, self.employee.text().strip() or None, self.login.text().strip() or None
        )

    def reload(self) -> None:
        self.controller.search(self._wanted())

    def _show(self, entries: list[AuditEntry]) -> None:
        self.model.set_rows(entries)  # newest first
        self._show_empty(
            "" if entries else self.tr("Geen vermeldingen die aan deze filters voldoen.")
        )

    def _refused(self, reason: str) -> None:
        self.model.set_rows([])
        self._show_empty(reason)

    def _show_empty(self, text: str) -> None:
        self.empty.setText(text)
        self.empty.setVisible(bool(text))
        self.table.setVisible(not text or self.model.rowCount() > 0)
