"""Extra ▸ Te verwijderen gegevens: what is past its retention term, removed after a question.

The list is a dry run of ``run_retention``; "Verwijderen…" asks with the count and then removes
on the writer thread (records of a person under a legal hold stay: the service skips them and
says how many). The tool's own backups are listed with their age and the warning that each still
holds what was erased after it was made. For beheerder and hr (the right to remove staff data).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from competentieplanner.domain.access import Action
from competentieplanner.domain.retention import DueRecord
from competentieplanner.services.privacy.backups import Backup
from competentieplanner.services.privacy.retention import RetentionRun
from competentieplanner.ui import formatting, theme
from competentieplanner.ui.context import AppContext
from competentieplanner.ui.models.rows import Column, RowTableModel
from competentieplanner.ui.operations import privacy as operations
from competentieplanner.ui.operations.privacy import RetentionOverview
from competentieplanner.ui.permissions import guard
from competentieplanner.ui.widgets.common import Hint, SectionHeader
from competentieplanner.ui.widgets.tables import configure_table

#: ``services.privacy.backups.BACKUP_WARNING``, here so lupdate offers it (a test compares).
BACKUP_WARNING = QT_TRANSLATE_NOOP(
    "RetentionDue",
    "Let op: een back-up bewaart ook gegevens die daarna worden gewist of waarvan de "
    "bewaartermijn verloopt, tot de back-up zelf wordt verwijderd. Bewaar back-ups op een "
    "beveiligde plek en verwijder ze volgens het back-upbeleid van de gemeente.",
)
#: The kinds as ``privacy retention`` reports them (``domain.retention.TERMS``).
KIND_TEXTS = (
    QT_TRANSLATE_NOOP("RetentionDue", "gespreksconcept"),
    QT_TRANSLATE_NOOP("RetentionDue", "gespreksverslag"),
    QT_TRANSLATE_NOOP("RetentionDue", "beoordeling"),
    QT_TRANSLATE_NOOP("RetentionDue", "ontwikkelplan"),
    QT_TRANSLATE_NOOP("RetentionDue", "medewerker"),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("RetentionDue", text)


class DueModel(RowTableModel[DueRecord]):
    """One row per record past its term: employee, kind, record, since, term."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            [
                Column(_tr("Personeelsnr"), lambda d: d.employee),
                Column(_tr("Soort"), lambda d: _tr(d.kind)),
                Column(_tr("Gegeven"), lambda d: d.record),
                Column(
                    _tr("Sinds"), lambda d: formatting.date(d.since), sort_key=lambda d: d.since
                ),
                Column(
                    _tr("Termijn"),
                    lambda d: _tr("{months} maanden").format(months=d.term),
                    sort_key=lambda d: d.term,
                ),
            ],
            parent,
        )


class BackupModel(RowTableModel[Backup]):
    """The tool's backups: file, made on, age in days (the full path as tooltip)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            [
                Column(_tr("Back-up"), lambda b: b.path.name, tooltip=lambda b: str(b.path)),
                Column(
                    _tr("Gemaakt"),
                    lambda b: f"{formatting.date(b.made.date())} {b.made:%H:%M}",
                    sort_key=lambda b: b.made,
                ),
                Column(
                    _tr("Leeftijd"),
                    lambda b: _tr("{days} dagen").format(days=b.age_days()),
                    sort_key=lambda b: b.age_days(),
                ),
            ],
            parent,
        )


class RetentionDueDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.overview: RetentionOverview | None = None
        self.confirm_box: QMessageBox | None = None
        self.confirm_button: QAbstractButton | None = None
        self.setWindowTitle(self.tr("Te verwijderen gegevens"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(
            theme.MARGIN * 2, theme.MARGIN * 2, theme.MARGIN * 2, theme.MARGIN
        )
        layout.addWidget(SectionHeader(self.tr("Over de bewaartermijn"), self))
        self.summary = Hint(self.tr("Wordt geladen…"), self)
        layout.addWidget(self.summary)
        self.due_model = DueModel(self)
        self.due_table = QTableView(self)
        configure_table(self.due_table, name=self.tr("Gegevens over de bewaartermijn"))
        self.due_table.setModel(self.due_model)
        self.due_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.due_table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.due_table, 2)
        row = QHBoxLayout()
        self.held_label = Hint("", self)
        row.addWidget(self.held_label, 1)
        self.remove_button = QPushButton(self.tr("Verwijderen…"), self)
        self.remove_button.setAccessibleName(self.tr("Alles over de bewaartermijn verwijderen"))
        self.remove_button.setEnabled(False)
        self.remove_button.clicked.connect(self.ask_remove)
        row.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(row)

        layout.addWidget(SectionHeader(self.tr("Back-ups van Competentieplanner"), self))
        self.backup_model = BackupModel(self)
        self.backup_table = QTableView(self)
        configure_table(self.backup_table, name=self.tr("Back-ups met hun leeftijd"))
        self.backup_table.setModel(self.backup_model)
        self.backup_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.backup_table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.backup_table, 1)
        self.backup_hint = Hint("", self)
        layout.addWidget(self.backup_hint)
        self.warning = Hint(_tr(str(BACKUP_WARNING)), self)
        layout.addWidget(self.warning)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        guard(context, Action.ADD_REMOVE_STAFF, self.remove_button)
        # as large as useful, never beyond the screen (1366 x 768 at 150 % is 910 x 512)
        room = self.screen().availableGeometry()
        self.resize(min(820, room.width() - 40), min(620, room.height() - 40))
        self.reload()

    def reload(self) -> None:
        """List what is past its term (a dry run) and the backups, off the GUI thread."""
        self.remove_button.setEnabled(False)
        operations.load_due(
            self.context, self, title=self.tr("Te verwijderen gegevens"), on_done=self._show
        )

    def _show(self, overview: RetentionOverview) -> None:
        self.overview = overview
        run = overview.run
        self.due_model.set_rows(run.due)
        self.summary.setText(
            self.tr(
                "{count} gegevens zijn over hun bewaartermijn (Extra ▸ Instellingen ▸ "
                "Bewaartermijnen). Ze worden pas verwijderd als u daarom vraagt."
            ).format(count=len(run.due))
            if run.due
            else self.tr("Niets is over zijn bewaartermijn: er is niets te verwijderen.")
        )
        self.held_label.setText(
            self.tr("{count} gegevens blijven staan: er geldt een bewaarplicht.").format(
                count=run.held
            )
            if run.held
            else ""
        )
        self.remove_button.setEnabled(bool(run.due))
        self.backup_model.set_rows(overview.backups)
        self.backup_table.setVisible(bool(overview.backups))
        self.backup_hint.setText(
            ""
            if overview.backups
            else self.tr("Competentieplanner heeft (in uw gegevensmap) geen back-ups gemaakt.")
        )
        self.backup_hint.setVisible(not overview.backups)

    def ask_remove(self) -> QMessageBox | None:
        """Ask with the count before anything is removed; removing follows the answer."""
        if self.overview is None or not self.overview.run.due:
            return None
        count = len(self.overview.run.due)
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Gegevens verwijderen"))
        box.setText(
            self.tr("{count} gegevens over de bewaartermijn definitief verwijderen?").format(
                count=count
            )
        )
        box.setInformativeText(
            self.tr(
                "Medewerkers uit dienst worden geanonimiseerd; teamtellingen en bestede "
                "budgetten blijven kloppen. Dit kan niet ongedaan worden gemaakt."
            )
        )
        self.confirm_button = box.addButton(
            self.tr("Verwijderen"), QMessageBox.ButtonRole.DestructiveRole
        )
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.buttonClicked.connect(self._answered)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        self.confirm_box = box
        box.open()
        return box

    def _answered(self, button: QAbstractButton) -> None:
        if button is self.confirm_button:
            self.remove()

    def remove(self) -> None:
        self.remove_button.setEnabled(False)
        operations.remove_due(
            self.context, self, title=self.tr("Gegevens verwijderen"), on_done=self._removed
        )

    def _removed(self, done: RetentionRun) -> None:
        self.context.signals.status_message.emit(
            self.tr("{count} gegevens over de bewaartermijn verwijderd.").format(
                count=len(done.due)
            )
        )
        self.context.signals.data_changed.emit("all")
        self.reload()
