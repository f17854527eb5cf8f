"""Rapportages: Excel and PDF exports, each with a file dialog and a cancellable progress dialog.

Every export is a service call (``hrm_workbook``, ``template_export``, ``catalogue_io``,
``pdf_export``) that writes to a temporary file in the target folder and renames it at the end;
a target that is open in Excel comes back as a Dutch message, not a traceback.
"""

from __future__ import annotations

import datetime as dt
import re
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QStringListModel, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from competentieplanner.services.workspace import Choices
from competentieplanner.ui import printing, tasks, theme
from competentieplanner.ui.context import AppContext
from competentieplanner.ui.controllers.reports import ReportsController
from competentieplanner.ui.widgets.common import Card, Hint, PageTitle, SectionHeader

LAST_FOLDER_KEY = "reports/last_folder"
WHOLE_ORGANISATION = ""

_UNSAFE = re.compile(r'[\\/:*?"<>|]+')


def safe_file_name(text: str) -> str:
    """A file name without characters Windows refuses."""
    return _UNSAFE.sub("-", text).strip(" .") or "export"


class ReportsPage(QWidget):
    """Lays out the exports, asks where to save and offers reports to print; the choices and
    the exports are :class:`ReportsController`'s."""

    title = "Rapportages"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.controller = ReportsController(context, self)
        # One printer for the session: the print dialog remembers the choices made in it.
        self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        self.print_dialog: QPrintDialog | None = None
        self._print_folder = tempfile.TemporaryDirectory(prefix="competentieplanner-print-")

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QScrollArea.Shape.NoFrame)
        outer.addWidget(self.scroll_area)
        page = QWidget(self.scroll_area)
        self.scroll_area.setWidget(page)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(theme.MARGIN, theme.MARGIN, theme.MARGIN, theme.MARGIN)
        layout.setSpacing(theme.SPACING * 2)
        layout.addWidget(PageTitle(self.tr("Rapportages"), page))
        layout.addWidget(
            Hint(
                self.tr(
                    "Exporteer overzichten voor HRM en formulieren voor teamleiders. Een bestand "
                    "wordt pas vervangen als het helemaal klaar is; sluit het bestand in Excel of "
                    "uw PDF-lezer als u het overschrijft."
                ),
                page,
            )
        )

        grid = QGridLayout()
        grid.setSpacing(theme.SPACING * 2)
        self.excel_card = self._excel_card(page)
        self.pdf_card = self._pdf_card(page)
        grid.addWidget(self.excel_card, 0, 0)
        grid.addWidget(self.pdf_card, 0, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        layout.addLayout(grid)

        self.result_card = Card(page)
        result_row = QHBoxLayout()
        self.result_label = QLabel("", self.result_card)
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result_label.setAccessibleName(self.tr("Laatste export"))
        result_row.addWidget(self.result_label, 1)
        self.open_button = QPushButton(self.tr("Bestand openen"), self.result_card)
        self.open_button.clicked.connect(self.open_last_output)
        self.folder_button = QPushButton(self.tr("Map openen"), self.result_card)
        self.folder_button.clicked.connect(self.open_last_folder)
        result_row.addWidget(self.open_button)
        result_row.addWidget(self.folder_button)
        self.result_card.body.addLayout(result_row)
        self.result_card.setVisible(False)
        layout.addWidget(self.result_card)
        layout.addStretch(1)
        c = self.controller
        c.choices_loaded.connect(self._show_choices)
        c.person_wanted.connect(self.person_combo.setCurrentText)
        c.saved.connect(self._show_saved)
        c.print_ready.connect(self._ask_print)
        self.reload()

    # -- what the controller holds ---------------------------------------------------------------
    @property
    def choices(self) -> Choices | None:
        return self.controller.choices

    @property
    def loaded(self) -> bool:
        return self.controller.loaded

    @property
    def choices_task(self) -> tasks.TaskHandle[Choices] | None:
        return self.controller.choices_task

    @property
    def last_task(self) -> tasks.TaskHandle[Any] | None:
        return self.controller.last_task

    @property
    def last_output(self) -> Path | None:
        return self.controller.last_output

    # -- layout --------------------------------------------------------------------------------
    def _button(self, text: str, parent: QWidget, slot: Callable[[], Any]) -> QPushButton:
        button = QPushButton(text, parent)
        button.setAccessibleName(text.rstrip("…"))
        button.clicked.connect(slot)
        return button

    def _save_button(self, card: Card, text: str, slot: Callable[[], Any]) -> QPushButton:
        """The export's button, left-aligned under its section."""
        button = self._button(text, card, slot)
        card.body.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        return button

    @staticmethod
    def _section(card: Card, title: str, hint: str) -> None:
        """A bold title with its explanation, opening one export in a card."""
        card.body.addWidget(QLabel("<b>" + title + "</b>", card))
        card.body.addWidget(Hint(hint, card))

    @staticmethod
    def _combo_row(form: QFormLayout, card: Card, accessible_name: str, label: str) -> QComboBox:
        """A combo box with its mnemonic label as a new row of ``form``."""
        combo = QComboBox(card)
        combo.setAccessibleName(accessible_name)
        buddy = QLabel(label, card)
        buddy.setBuddy(combo)
        form.addRow(buddy, combo)
        return combo

    def _excel_card(self, parent: QWidget) -> Card:
        card = Card(parent)
        card.body.addWidget(SectionHeader(self.tr("Excel"), card))

        self._section(
            card,
            self.tr("HRM-overzicht"),
            self.tr(
                "Werkmap met medewerkers, geschiktheid per profiel, toekomstprofielen, "
                "opleidingsplan en budgetten."
            ),
        )
        form = QFormLayout()
        self.hrm_scope = self._combo_row(
            form, card, self.tr("Bereik van het HRM-overzicht"), self.tr("Be&reik:")
        )
        card.body.addLayout(form)
        self.hrm_button = self._save_button(
            card, self.tr("Excel-overzicht opslaan…"), self.export_hrm_workbook
        )

        card.body.addSpacing(theme.SPACING)
        self._section(
            card,
            self.tr("Beoordelingsformulier"),
            self.tr(
                "Invulformulier voor een teamleider: één rij per medewerker, één kolom per "
                "competentie, met de gedragsindicatoren erbij. Terug te lezen via "
                "Importeren ▸ Beoordelingen."
            ),
        )
        form = QFormLayout()
        self.template_unit = self._combo_row(
            form, card, self.tr("Team voor het formulier"), self.tr("&Team:")
        )
        self.template_framework = self._combo_row(
            form, card, self.tr("Competentiekader van het formulier"), self.tr("&Kader:")
        )
        card.body.addLayout(form)
        self.template_button = self._save_button(
            card, self.tr("Formulier opslaan…"), self.export_template
        )

        card.body.addSpacing(theme.SPACING)
        self._section(
            card,
            self.tr("Opleidingscatalogus"),
            self.tr("De actieve opleidingen met uren, kosten en wat ze ontwikkelen."),
        )
        self.catalogue_button = self._save_button(
            card, self.tr("Catalogus opslaan…"), self.export_catalogue
        )
        card.body.addStretch(1)
        return card

    def _pdf_card(self, parent: QWidget) -> Card:
        card = Card(parent)
        card.body.addWidget(SectionHeader(self.tr("PDF"), card))

        self._section(
            card,
            self.tr("Ontwikkelplan van een medewerker"),
            self.tr("Geschiktheid, ontwikkelpunten en het plan, klaar om te tekenen."),
        )
        form = QFormLayout()
        self.person_combo = self._combo_row(
            form, card, self.tr("Medewerker voor het ontwikkelplan"), self.tr("&Medewerker:")
        )
        self.person_combo.setEditable(True)
        self.person_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        line_edit = self.person_combo.lineEdit()
        assert line_edit is not None  # an editable combo box always has one
        line_edit.setPlaceholderText(self.tr("Naam of personeelsnummer"))
        self._person_model = QStringListModel(self)
        self.person_combo.setModel(self._person_model)
        completer = QCompleter(self._person_model, self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.person_combo.setCompleter(completer)
        card.body.addLayout(form)
        self.person_button = self._save_button(
            card, self.tr("Ontwikkelplan opslaan…"), self.export_person_pdf
        )

        card.body.addSpacing(theme.SPACING)
        self._section(
            card,
            self.tr("Teamoverzicht"),
            self.tr(
                "Heatmap, dekking en continuïteitsrisico's van een team of afdeling, "
                "desgewenst gevolgd door het ontwikkelplan van elke medewerker."
            ),
        )
        form = QFormLayout()
        self.team_combo = self._combo_row(
            form, card, self.tr("Team voor het teamoverzicht"), self.tr("T&eam:")
        )
        self.with_plans = QCheckBox(self.tr("Met de ontwikkelplannen van alle medewerkers"), card)
        self.with_plans.setChecked(True)
        form.addRow("", self.with_plans)
        card.body.addLayout(form)
        self.team_button = self._save_button(
            card, self.tr("Teamoverzicht opslaan…"), self.export_team_pdf
        )

        card.body.addSpacing(theme.SPACING)
        self._section(
            card,
            self.tr("HRM-overzicht"),
            self.tr(
                "De organisatie in één rapport; groepen kleiner dan de privacydrempel "
                "worden samengevoegd."
            ),
        )
        self.organisation_button = self._save_button(
            card, self.tr("HRM-overzicht als PDF opslaan…"), self.export_organisation_pdf
        )
        card.body.addStretch(1)
        return card

    # -- data ----------------------------------------------------------------------------------
    def reload(self) -> None:
        """Re-read what the choosers offer in the background."""
        self.controller.reload()

    def _show_choices(self, choices: Choices) -> None:
        keep_scope = self.hrm_scope.currentData()
        self.hrm_scope.clear()
        self.hrm_scope.addItem(self.tr("Hele organisatie"), WHOLE_ORGANISATION)
        for combo in (self.template_unit, self.team_combo):
            keep = combo.currentText()
            combo.clear()
            for unit in choices.units:
                combo.addItem(unit, unit)
            if keep:
                combo.setCurrentIndex(max(0, combo.findText(keep)))
        for unit in choices.units:
            self.hrm_scope.addItem(unit, unit)
        self.hrm_scope.setCurrentIndex(max(0, self.hrm_scope.findData(keep_scope)))
        self.template_framework.clear()
        for code, name in choices.frameworks:
            self.template_framework.addItem(name, code)
        keep_person = self.person_combo.currentText()
        self._person_model.setStringList([label for _, label in choices.employees])
        self.person_combo.setCurrentText(keep_person)
        has_staff = bool(choices.employees)
        for widget in (self.template_button, self.person_button, self.team_button):
            widget.setEnabled(has_staff)

    def selected_person(self) -> str | None:
        """The personnel number typed or picked in the person box (label or bare number)."""
        return self.controller.person_number(self.person_combo.currentText())

    def select_person(self, personnel_number: str) -> None:
        self.controller.select_person(personnel_number)

    def focus_pdf(self) -> None:
        self.scroll_area.ensureWidgetVisible(self.pdf_card)
        self.person_combo.setFocus()

    # -- file dialog ---------------------------------------------------------------------------
    def _folder(self) -> Path:
        stored = self.context.settings.value(LAST_FOLDER_KEY)
        folder = Path(str(stored)) if stored else Path.home()
        return folder if folder.is_dir() else Path.home()

    def ask_save_path(self, caption: str, suggested: str, file_filter: str) -> Path | None:
        """Ask where to save; remembers the folder. None when the user cancels."""
        path, _ = QFileDialog.getSaveFileName(
            self, caption, str(self._folder() / safe_file_name(suggested)), file_filter
        )
        if not path:
            return None
        chosen = Path(path)
        suffix = ".pdf" if "pdf" in file_filter.lower() else ".xlsx"
        if chosen.suffix.lower() != suffix:
            chosen = chosen.with_name(chosen.name + suffix)
        self.context.settings.setValue(LAST_FOLDER_KEY, str(chosen.parent))
        return chosen

    def _excel_filter(self) -> str:
        return self.tr("Excel-werkmap (*.xlsx)")

    def _pdf_filter(self) -> str:
        return self.tr("PDF-document (*.pdf)")

    # -- exports (ask, then start) -------------------------------------------------------------
    def export_hrm_workbook(self) -> None:
        today = dt.date.today().isoformat()
        path = self.ask_save_path(
            self.tr("Excel-overzicht opslaan"), f"HRM-overzicht {today}.xlsx", self._excel_filter()
        )
        if path:
            self.start_hrm_workbook(path)

    def export_template(self) -> None:
        unit = self.template_unit.currentText()
        path = self.ask_save_path(
            self.tr("Beoordelingsformulier opslaan"),
            f"Beoordelingsformulier {unit}.xlsx",
            self._excel_filter(),
        )
        if path:
            self.start_template(path)

    def export_catalogue(self) -> None:
        path = self.ask_save_path(
            self.tr("Opleidingscatalogus opslaan"), "Opleidingscatalogus.xlsx", self._excel_filter()
        )
        if path:
            self.start_catalogue(path)

    def export_person_pdf(self) -> None:
        number = self.selected_person()
        if number is None:
            self._warn(self.tr("Kies eerst een medewerker uit de lijst."))
            return
        label = self.person_combo.currentText().split(" (")[0]
        path = self.ask_save_path(
            self.tr("Ontwikkelplan opslaan"), f"Ontwikkelplan {label}.pdf", self._pdf_filter()
        )
        if path:
            self.start_person_pdf(path, number)

    def export_team_pdf(self) -> None:
        unit = self.team_combo.currentText()
        path = self.ask_save_path(
            self.tr("Teamoverzicht opslaan"), f"Teamoverzicht {unit}.pdf", self._pdf_filter()
        )
        if path:
            self.start_team_pdf(path, unit)

    def export_organisation_pdf(self) -> None:
        today = dt.date.today().isoformat()
        path = self.ask_save_path(
            self.tr("HRM-overzicht opslaan"), f"HRM-overzicht {today}.pdf", self._pdf_filter()
        )
        if path:
            self.start_organisation_pdf(path)

    # -- printing ------------------------------------------------------------------------------
    def print_current_report(self) -> tasks.TaskHandle[Any]:
        """Ctrl+P: the development plan of the chosen person, else the HRM overview, made as
        PDF in a private temporary folder and then offered to the system's print dialog."""
        path = Path(self._print_folder.name) / "rapport.pdf"
        return self.controller.make_for_printing(path, self.selected_person())

    def _ask_print(self, path: Path) -> None:
        def printed(pages: int) -> None:
            self.context.signals.status_message.emit(
                self.tr("{pages} pagina's afgedrukt").format(pages=pages)
            )

        self.print_dialog = printing.open_print_dialog(self, self.printer, path, printed)

    # -- the work (what the widgets say, to the controller) --------------------------------------
    def start_hrm_workbook(self, path: Path) -> tasks.TaskHandle[Any]:
        return self.controller.export_hrm_workbook(path, self.hrm_scope.currentData() or None)

    def start_template(self, path: Path) -> tasks.TaskHandle[Any]:
        return self.controller.export_template(
            path, self.template_unit.currentText(), str(self.template_framework.currentData())
        )

    def start_catalogue(self, path: Path) -> tasks.TaskHandle[Any]:
        return self.controller.export_catalogue(path)

    def start_person_pdf(self, path: Path, personnel_number: str) -> tasks.TaskHandle[Any]:
        return self.controller.export_person_pdf(path, personnel_number)

    def start_team_pdf(self, path: Path, unit: str) -> tasks.TaskHandle[Any]:
        return self.controller.export_team_pdf(path, unit, self.with_plans.isChecked())

    def start_organisation_pdf(self, path: Path) -> tasks.TaskHandle[Any]:
        return self.controller.export_organisation_pdf(path)

    def _show_saved(self, path: Path, result: object) -> None:
        summary = (
            result
            if isinstance(result, str)
            else self.tr("Opgeslagen als {path}").format(path=str(path))
        )
        self.result_label.setText(summary)
        self.result_card.setVisible(True)
        self.context.signals.status_message.emit(
            self.tr("Opgeslagen: {name}").format(name=path.name)
        )

    def _warn(self, text: str) -> None:
        from competentieplanner.domain.errors import UserError

        tasks.show_user_error(self, self.tr("Rapportages"), UserError(text))

    def open_last_output(self) -> None:
        if self.last_output is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_output)))

    def open_last_folder(self) -> None:
        if self.last_output is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_output.parent)))

    # -- navigation from elsewhere -------------------------------------------------------------
    def open_item(self, kind: str, payload: object) -> None:
        if kind == "employee" and isinstance(payload, str):
            self.select_person(payload)
            self.focus_pdf()
