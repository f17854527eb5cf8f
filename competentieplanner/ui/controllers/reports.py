"""The state behind the Rapportages screen: what the choosers offer, the exports under way and
the last file written.

The screen (``ui/views/reports.py``) lays out the choosers, asks where to save (file dialog)
and offers a finished report to the print dialog; every export starts here and runs off the
GUI thread (:mod:`competentieplanner.ui.operations.reports`).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QWidget

from competentieplanner.services.workspace import Choices
from competentieplanner.ui import tasks
from competentieplanner.ui.context import AppContext
from competentieplanner.ui.operations import reports as operations


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReportsPage", text)


class ReportsController(QObject):
    """The choices read for the choosers, and the exports started from the screen."""

    choices_loaded = Signal(object)  # Choices
    person_wanted = Signal(str)  # the label of the person to show in the person box
    saved = Signal(object, object)  # the Path written, the service's summary
    print_ready = Signal(object)  # the Path of a report made to be printed

    def __init__(self, context: AppContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.context = context
        self.parent_widget = parent
        self.choices: Choices | None = None
        self.loaded = False
        self.choices_task: tasks.TaskHandle[Choices] | None = None
        self.last_task: tasks.TaskHandle[Any] | None = None
        self.last_output: Path | None = None
        self._pending_person: str | None = None  # asked for before the choices arrived

    # -- the choosers ----------------------------------------------------------------------------
    def reload(self) -> None:
        """Re-read what the choosers offer in the background."""
        self.loaded = False
        self.choices_task = operations.load_export_choices(
            self.context, self.parent_widget, title=_tr("Keuzes laden"), on_done=self._arrived
        )

    def _arrived(self, choices: Choices) -> None:
        self.choices = choices
        self.choices_loaded.emit(choices)
        self.loaded = True
        if self._pending_person is not None:
            self.select_person(self._pending_person)

    def person_number(self, text: str) -> str | None:
        """The personnel number of what was typed or picked (a label or a bare number)."""
        text = text.strip()
        if not text or self.choices is None:
            return None
        for number, label in self.choices.employees:
            if text in (label, number):
                return number
        return None

    def select_person(self, personnel_number: str) -> None:
        if self.choices is None:
            self._pending_person = personnel_number  # selected once the choices have arrived
            return
        self._pending_person = None
        for number, label in self.choices.employees:
            if number == personnel_number:
                self.person_wanted.emit(label)

    # -- the exports -----------------------------------------------------------------------------
    def _start(
        self,
        path: Path,
        operation: Callable[..., tasks.TaskHandle[Any]],
        title: str,
        then: Callable[[Any], None] | None = None,
        **options: Any,
    ) -> tasks.TaskHandle[Any]:
        """Start ``operation`` (one of ``ui.operations.reports``) writing ``path``; its result
        goes to ``then``, by default it is announced as saved."""
        self.last_task = operation(
            self.context,
            self.parent_widget,
            title=title,
            path=path,
            on_done=then or (lambda result: self._saved(path, result)),
            **options,
        )
        return self.last_task

    def _saved(self, path: Path, result: object) -> None:
        self.last_output = path
        self.saved.emit(path, result)

    def export_hrm_workbook(self, path: Path, unit: str | None) -> tasks.TaskHandle[Any]:
        return self._start(
            path, operations.export_hrm_workbook, _tr("Excel-overzicht maken"), unit=unit
        )

    def export_template(self, path: Path, unit: str, framework: str) -> tasks.TaskHandle[Any]:
        return self._start(
            path,
            operations.export_assessment_template,
            _tr("Beoordelingsformulier maken"),
            unit=unit,
            framework=framework,
        )

    def export_catalogue(self, path: Path) -> tasks.TaskHandle[Any]:
        return self._start(path, operations.export_catalogue, _tr("Opleidingscatalogus opslaan"))

    def export_person_pdf(
        self, path: Path, personnel_number: str, then: Callable[[Any], None] | None = None
    ) -> tasks.TaskHandle[Any]:
        return self._start(
            path,
            operations.export_person_pdf,
            _tr("Ontwikkelplan maken"),
            then,
            personnel_number=personnel_number,
        )

    def export_team_pdf(self, path: Path, unit: str, with_plans: bool) -> tasks.TaskHandle[Any]:
        return self._start(
            path,
            operations.export_team_pdf,
            _tr("Teamoverzicht maken"),
            unit=unit,
            with_plans=with_plans,
        )

    def export_organisation_pdf(
        self, path: Path, then: Callable[[Any], None] | None = None
    ) -> tasks.TaskHandle[Any]:
        return self._start(
            path, operations.export_organisation_pdf, _tr("HRM-overzicht maken"), then
        )

    def make_for_printing(self, path: Path, personnel_number: str | None) -> tasks.TaskHandle[Any]:
        """The development plan of ``personnel_number``, else the HRM overview, written to
        ``path`` (a private temporary file) and then announced as ready to print."""

        def ready(_result: object) -> None:
            self.print_ready.emit(path)

        if personnel_number is not None:
            return self.export_person_pdf(path, personnel_number, then=ready)
        return self.export_organisation_pdf(path, then=ready)
