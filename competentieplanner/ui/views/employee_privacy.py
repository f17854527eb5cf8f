"""The AVG part of a person's page: the inzage export (art. 15) and the legal hold.

The detail panel holds the widgets; this controller holds the state (the person shown, the hold
as loaded) and starts the work through ``ui.operations.privacy``. Who may see the person's data
may export the inzage; only beheerder and hr set a legal hold (the same right as erasure).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox

from competentieplanner.domain.access import Action
from competentieplanner.domain.errors import UserError
from competentieplanner.services.privacy.erase import LegalHold
from competentieplanner.ui import tasks
from competentieplanner.ui.context import AppContext
from competentieplanner.ui.operations import privacy as operations
from competentieplanner.ui.permissions import guard
from competentieplanner.ui.views.employee_detail import EmployeeDetailPanel
from competentieplanner.ui.views.reports import LAST_FOLDER_KEY, safe_file_name

#: The suffix each file type of the save dialog stands for, in the order offered.
SUFFIXES = (".pdf", ".xlsx", ".json")


class EmployeePrivacyActions(QObject):
    def __init__(self, context: AppContext, panel: EmployeeDetailPanel) -> None:
        super().__init__(panel)
        self.context = context
        self.panel = panel
        self.number: str | None = None
        self.hold: LegalHold | None = None
        self.message_box: QMessageBox | None = None
        panel.inzage_button.clicked.connect(self.export_inzage)
        panel.hold_save.clicked.connect(self.save_hold)
        panel.hold_box.toggled.connect(self._update_hold_widgets)
        panel.hold_reason.textChanged.connect(self._update_hold_widgets)
        panel.person_shown.connect(self.show_person)
        guard(context, Action.VIEW_INDIVIDUALS, panel.inzage_button)
        guard(context, Action.ADD_REMOVE_STAFF, panel.hold_box, panel.hold_reason, panel.hold_save)

    # -- inzage --------------------------------------------------------------------------------
    def ask_save_path(self, suggested: str) -> Path | None:
        """Where to write the inzage; the type follows the chosen filter when the name has
        no suffix of its own. None when the user cancels."""
        filters = [
            self.tr("PDF-document (*.pdf)"),
            self.tr("Excel-werkmap (*.xlsx)"),
            self.tr("JSON-bestand, volledig (*.json)"),
        ]
        stored = self.context.settings.value(LAST_FOLDER_KEY)
        folder = Path(str(stored)) if stored and Path(str(stored)).is_dir() else Path.home()
        path, chosen_filter = QFileDialog.getSaveFileName(
            self.panel,
            self.tr("Inzage-export opslaan"),
            str(folder / safe_file_name(suggested)),
            ";;".join(filters),
        )
        if not path:
            return None
        chosen = Path(path)
        if chosen.suffix.lower() not in SUFFIXES:
            index = filters.index(chosen_filter) if chosen_filter in filters else 0
            chosen = chosen.with_name(chosen.name + SUFFIXES[index])
        self.context.settings.setValue(LAST_FOLDER_KEY, str(chosen.parent))
        return chosen

    def export_inzage(self) -> None:
        number = self.number
        if number is None:
            return
        path = self.ask_save_path(f"Inzage {number} {dt.date.today().isoformat()}.pdf")
        if path is None:
            return
        done = self.tr("Inzage voor medewerker {number} geschreven naar {path}.")
        operations.export_inzage(
            self.context,
            self.panel,
            title=self.tr("Inzage-export"),
            personnel_number=number,
            path=path,
            on_done=lambda written: self.context.signals.status_message.emit(
                done.format(number=number, path=written)
            ),
        )

    # -- legal hold ----------------------------------------------------------------------------
    def show_person(self, number: str) -> None:
        """Load the hold of the person now shown; the widgets wait until it has arrived."""
        self.number = number
        self.hold = None
        self._update_hold_widgets()
        operations.load_legal_hold(
            self.context,
            self.panel,
            title=self.tr("Bewaarplicht laden"),
            personnel_number=number,
            on_done=lambda hold: self._show_hold(number, hold),
        )

    def _show_hold(self, number: str, hold: LegalHold) -> None:
        if number != self.number:
            return  # another person is shown meanwhile
        self.hold = hold
        self.panel.hold_box.setChecked(hold.held)
        self.panel.hold_reason.setText(hold.reason)
        self._update_hold_widgets()

    def _update_hold_widgets(self) -> None:
        panel = self.panel
        loaded = self.hold is not None
        panel.hold_box.setEnabled(loaded)
        panel.hold_reason.setEnabled(loaded and panel.hold_box.isChecked())
        changed = self.hold is not None and (
            panel.hold_box.isChecked() != self.hold.held
            or (panel.hold_box.isChecked() and panel.hold_reason.text().strip() != self.hold.reason)
        )
        panel.hold_save.setEnabled(changed)

    def save_hold(self) -> None:
        number = self.number
        if number is None or self.hold is None:
            return
        panel = self.panel
        hold = panel.hold_box.isChecked()
        reason = panel.hold_reason.text().strip() if hold else ""
        title = self.tr("Bewaarplicht vastleggen")
        if hold and not reason:
            panel.hold_reason.setFocus()
            self.message_box = tasks.show_user_error(
                panel,
                title,
                UserError(
                    self.tr(
                        "Geef de reden van de bewaarplicht op (bijvoorbeeld een lopende "
                        "bezwaar- of gerechtelijke procedure), zodat later duidelijk is "
                        "wanneer die vervalt."
                    )
                ),
            )
            return
        message = (
            self.tr("Bewaarplicht voor medewerker {number} ingesteld.")
            if hold
            else self.tr("Bewaarplicht voor medewerker {number} opgeheven.")
        )

        def saved(stored: LegalHold) -> None:
            self._show_hold(number, stored)
            self.context.signals.status_message.emit(message.format(number=number))

        panel.hold_save.setEnabled(False)
        operations.set_legal_hold(
            self.context,
            panel,
            title=title,
            personnel_number=number,
            hold=hold,
            reason=reason,
            on_done=saved,
            on_error=lambda _exc: self._update_hold_widgets(),
        )
