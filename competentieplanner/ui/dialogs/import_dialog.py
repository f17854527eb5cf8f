"""Importeren: choose a file, see what would be read and the validation report, then import.

Nothing is written until the user presses Importeren, and that button is only enabled for a file
without problems. Reading and checking the file and the import itself run off the GUI thread.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDir, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from competentieplanner.domain.errors import Problem
from competentieplanner.services import import_kind
from competentieplanner.services.import_preview import (
    AREAS,
    KINDS,
    ImportPreview,
    RecognisedColumn,
)
from competentieplanner.ui import forms, tasks, theme
from competentieplanner.ui.context import AppContext
from competentieplanner.ui.models.rows import Column, RowTableModel
from competentieplanner.ui.operations import imports as operations
from competentieplanner.ui.widgets.common import Hint, SectionHeader

FOLDER_KEY = "import/folder"


def _tr(text: str) -> str:
    return QCoreApplication.translate("ImportDialog", text)


class ColumnModel(RowTableModel[RecognisedColumn]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                Column(_tr("Veld"), lambda c: c.field),
                Column(_tr("Kolom"), lambda c: c.letter),
                Column(_tr("Kop in het bestand"), lambda c: c.header),
            ],
            parent,
        )


class ProblemModel(RowTableModel[Problem]):
    """The validation report: row, column, value, reason."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                Column(
                    _tr("Rij"),
                    lambda p: str(p.row) if p.row is not None else "",
                    sort_key=lambda p: p.row,
                    numeric=True,
                ),
                Column(
                    _tr("Kolom"),
                    lambda p: (
                        f"{p.column} ({p.header})"
                        if p.column and p.header
                        else p.column or p.header
                    ),
                ),
                Column(_tr("Waarde"), lambda p: p.value),
                Column(_tr("Reden"), lambda p: p.message, tooltip=lambda p: str(p)),
            ],
            parent,
        )


class ImportDialog(QDialog):
    """``ImportDialog(context, kind, path=None, parent)``; ``kind`` is "staff", "assessments" or
    "catalogue". Without a path the file chooser opens first."""

    def __init__(
        self,
        context: AppContext,
        kind: str,
        path: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.path: Path | None = None
        self.preview: ImportPreview | None = None
        self.imported = False
        self.last_task: tasks.TaskHandle[Any] | None = None
        self.file_dialog: QFileDialog | None = None
        self._preview_number = 0  # only the latest preview counts when the file changes quickly
        self.setWindowTitle(self.tr("Importeren"))
        self.setMinimumSize(760, 560)
        self.setAcceptDrops(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(
            theme.MARGIN * 2, theme.MARGIN * 2, theme.MARGIN * 2, theme.MARGIN
        )
        layout.setSpacing(theme.SPACING)
        form = QFormLayout()
        self.kind_combo = QComboBox(self)
        labels = {
            import_kind.STAFF: self.tr("Medewerkers"),
            import_kind.ASSESSMENTS: self.tr("Beoordelingen"),
            import_kind.CATALOGUE: self.tr("Opleidingscatalogus"),
        }
        for key in KINDS:
            self.kind_combo.addItem(labels[key], key)
        self.kind_combo.setCurrentIndex(max(self.kind_combo.findData(kind), 0))
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        forms.add_row(form, self.tr("&Soort:"), self.kind_combo, self.tr("Soort import"))
        file_row = QHBoxLayout()
        self.file_edit = QLineEdit(self)
        self.file_edit.setReadOnly(True)
        self.file_edit.setPlaceholderText(self.tr("Kies een .xlsx- of .csv-bestand"))
        self.browse_button = forms.button(self, self.tr("&Bladeren…"), self.tr("Bestand kiezen"))
        self.browse_button.clicked.connect(self.choose_file)
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.browse_button)
        label = QLabel(self.tr("&Bestand:"), self)
        label.setBuddy(self.browse_button)
        self.file_edit.setAccessibleName(self.tr("Gekozen bestand"))
        form.addRow(label, file_row)
        self.replace_box = QCheckBox(
            self.tr(
                "Het bestand is de hele catalogus (opleidingen die er niet in staan vervallen)"
            ),
            self,
        )
        self.replace_box.setAccessibleName(self.tr("Hele catalogus vervangen"))
        self.replace_box.toggled.connect(self._refresh_preview)
        form.addRow("", self.replace_box)
        layout.addLayout(form)

        self.status = QLabel(self.tr("Kies een bestand om te zien wat er wordt ingelezen."), self)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Uitkomst van de controle"))
        self.status.setFont(theme.scaled_font(self.status.font(), 1.0, bold=True))
        layout.addWidget(self.status)
        self.outcome = Hint("", self)
        layout.addWidget(self.outcome)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        columns_box = QWidget(splitter)
        columns_layout = QVBoxLayout(columns_box)
        columns_layout.setContentsMargins(0, 0, 0, 0)
        columns_layout.addWidget(SectionHeader(self.tr("Herkende kolommen"), columns_box))
        self.column_model = ColumnModel(self)
        self.column_table = QTableView(columns_box)
        self.column_table.setModel(self.column_model)
        forms.prepare_table(self.column_table, self.tr("Herkende kolommen"))
        self.column_table.horizontalHeader().resizeSection(0, 200)
        self.column_table.horizontalHeader().resizeSection(1, 60)
        columns_layout.addWidget(self.column_table, 1)
        self.ignored = Hint("", columns_box)
        columns_layout.addWidget(self.ignored)
        problems_box = QWidget(splitter)
        problems_layout = QVBoxLayout(problems_box)
        problems_layout.setContentsMargins(0, 0, 0, 0)
        problems_layout.addWidget(SectionHeader(self.tr("Controle"), problems_box))
        self.problem_model = ProblemModel(self)
        self.problem_table = QTableView(problems_box)
        self.problem_table.setModel(self.problem_model)
        forms.prepare_table(self.problem_table, self.tr("Gevonden fouten"))
        for column, width in enumerate((50, 170, 150)):
            self.problem_table.horizontalHeader().resizeSection(column, width)
        problems_layout.addWidget(self.problem_table, 1)
        splitter.addWidget(columns_box)
        splitter.addWidget(problems_box)
        layout.addWidget(splitter, 1)

        self.buttons = QDialogButtonBox(self)
        self.import_button = QPushButton(self.tr("&Importeren"), self)
        self.import_button.setAccessibleName(self.tr("Importeren"))
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.start_import)
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.clicked.connect(self.reject)
        layout.addWidget(self.buttons)
        self._kind_changed()
        if path is not None:
            self.set_path(Path(path))

    # -- choosing the file ---------------------------------------------------------------------
    @property
    def kind(self) -> str:
        """The chosen kind of import: "staff", "assessments" or "catalogue"."""
        return str(self.kind_combo.currentData())

    def _kind_changed(self) -> None:
        self.replace_box.setVisible(self.kind == import_kind.CATALOGUE)
        self._start_over()

    def _start_over(self) -> None:
        """Another file or kind after an import: a new import, checked from the start."""
        self.imported = False
        self.import_button.setVisible(True)
        self._refresh_preview()

    def choose_file(self) -> QFileDialog:
        """The file chooser, opened without blocking; choosing a file starts the preview."""
        folder = str(self.context.settings.value(FOLDER_KEY, QDir.homePath()))
        dialog = QFileDialog(self, self.tr("Bestand kiezen om te importeren"), folder)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilters(
            [
                self.tr("Excel- en CSV-bestanden (*.xlsx *.xlsm *.csv)"),
                self.tr("Alle bestanden (*)"),
            ]
        )
        dialog.fileSelected.connect(lambda name: self.set_path(Path(name)))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.file_dialog = dialog
        dialog.open()
        return dialog

    def set_path(self, path: Path) -> None:
        self.path = path
        self.file_edit.setText(str(path))
        self.context.settings.setValue(FOLDER_KEY, str(path.parent))
        self._start_over()

    # -- preview -------------------------------------------------------------------------------
    def _refresh_preview(self) -> None:
        self.preview = None
        self.import_button.setEnabled(False)
        self.column_model.set_rows([])
        self.problem_model.set_rows([])
        self.ignored.setText("")
        self.outcome.setText("")
        if self.path is None or self.imported:
            return
        self.status.setText(self.tr("Het bestand wordt gecontroleerd…"))
        self._preview_number += 1
        number = self._preview_number
        self.last_task = operations.check_file(
            self.context,
            self,
            title=self.tr("Bestand controleren"),
            status=self.tr("Het bestand wordt gelezen en gecontroleerd…"),
            kind=self.kind,
            path=self.path,
            replace=self.replace_box.isChecked(),
            on_done=lambda preview: self._preview_ready(number, preview),
        )

    def _preview_ready(self, number: int, preview: ImportPreview) -> None:
        if number == self._preview_number:  # else the user chose something else meanwhile
            self._show_preview(preview)

    def _show_preview(self, preview: ImportPreview) -> None:
        self.preview = preview
        self.column_model.set_rows(preview.columns)
        self.problem_model.set_rows(preview.problems)
        self.ignored.setText(
            self.tr("Genegeerde kolommen (worden niet ingelezen): %1").replace(
                "%1", ", ".join(preview.ignored)
            )
            if preview.ignored
            else ""
        )
        where = []
        if preview.sheet:
            where.append(self.tr("blad '%1'").replace("%1", preview.sheet))
        if preview.header_row:
            where.append(self.tr("kopregel op rij %1").replace("%1", str(preview.header_row)))
        if preview.row_count is not None:
            where.append(self.tr("%1 rijen").replace("%1", str(preview.row_count)))
        head = f"{preview.file}" + (f" ({', '.join(where)})" if where else "")
        if preview.problems:
            count = len(preview.problems)
            self.status.setText(
                head
                + ": "
                + self.tr(
                    "%1 fout(en) gevonden. Er wordt niets ingelezen; verbeter het bestand en kies "
                    "het opnieuw."
                ).replace("%1", str(count))
            )
        else:
            self.status.setText(
                head
                + ": "
                + self.tr("geen fouten gevonden. Controleer de uitkomst en kies Importeren.")
            )
            self.outcome.setText(preview.outcome)
        self.import_button.setEnabled(preview.importable)
        if preview.importable:
            self.import_button.setDefault(True)

    # -- import --------------------------------------------------------------------------------
    def start_import(self) -> tasks.TaskHandle[Any] | None:
        if self.preview is None or not self.preview.importable or self.path is None:
            return None
        kind = self.kind
        self.import_button.setEnabled(False)

        def done(summary: str) -> None:
            self.imported = True
            self.status.setText(self.tr("Geïmporteerd."))
            self.outcome.setText(summary)
            self.import_button.setVisible(False)
            self.context.signals.data_changed.emit(AREAS[kind])
            self.context.signals.status_message.emit(summary.split("\n", 1)[0])

        self.last_task = operations.import_file(
            self.context,
            self,
            title=self.tr("Importeren"),
            status=self.tr("Bezig met importeren…"),
            kind=kind,
            path=self.path,
            replace=self.replace_box.isChecked(),
            on_done=done,
        )
        self.last_task.completed.connect(self._after_import)
        return self.last_task

    def _after_import(self) -> None:
        if not self.imported:  # refused or failed: the message is shown; allow another try
            self._refresh_preview()

    def done(self, result: int) -> None:
        """Closing while the file is still being read or imported: hide now, and go away only
        when the background work has delivered its result (which owns a progress dialog that
        is our child)."""
        task = self.last_task
        if task is not None and not task.done:
            if self.testAttribute(Qt.WidgetAttribute.WA_DeleteOnClose):
                self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
                task.completed.connect(self.deleteLater)
            task.progress.cancel()
        super().done(result)

    # -- dropping a file on the dialog ---------------------------------------------------------
    def dragEnterEvent(self, event: Any) -> None:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        if len(urls) == 1 and import_kind.is_importable(Path(urls[0].toLocalFile())):
            event.acceptProposedAction()

    def dropEvent(self, event: Any) -> None:
        urls = event.mimeData().urls()
        if urls:
            path = Path(urls[0].toLocalFile())
            index = self.kind_combo.findData(import_kind.detect_import_kind(path))
            self.kind_combo.blockSignals(True)
            self.kind_combo.setCurrentIndex(max(index, 0))
            self.kind_combo.blockSignals(False)
            self.replace_box.setVisible(self.kind == import_kind.CATALOGUE)
            self.set_path(path)
            event.acceptProposedAction()
