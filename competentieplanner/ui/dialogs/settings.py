"""Extra ▸ Instellingen: language, start-up behaviour, where the logs are."""

from __future__ import annotations

from PySide6.QtCore import QSettings, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from competentieplanner.ui import crash, i18n, theme
from competentieplanner.ui.preferences import REOPEN_LAST_KEY, reopen_last
from competentieplanner.ui.widgets.common import Hint


class SettingsDialog(QDialog):
    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Instellingen"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(
            theme.MARGIN * 2, theme.MARGIN * 2, theme.MARGIN * 2, theme.MARGIN
        )
        form = QFormLayout()
        self.language = QComboBox(self)
        for code, name in i18n.LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(self.language.findData(i18n.configured_language(settings)))
        self.language.setAccessibleName(self.tr("Taal"))
        language_label = QLabel(self.tr("&Taal:"), self)
        language_label.setBuddy(self.language)
        form.addRow(language_label, self.language)
        self.reopen = QCheckBox(
            self.tr("Bij het starten de laatst gebruikte database openen"), self
        )
        self.reopen.setChecked(reopen_last(settings))
        form.addRow("", self.reopen)
        logs = QHBoxLayout()
        log_path = QLabel(str(crash.log_dir()), self)
        log_path.setWordWrap(True)
        open_logs = QPushButton(self.tr("Map openen"), self)
        open_logs.setAccessibleName(self.tr("Map met foutverslagen openen"))
        open_logs.clicked.connect(self._open_logs)
        logs.addWidget(log_path, 1)
        logs.addWidget(open_logs)
        form.addRow(self.tr("Foutverslagen:"), logs)
        layout.addLayout(form)
        layout.addWidget(
            Hint(
                self.tr("Een andere taal wordt gebruikt nadat u Competentieplanner opnieuw start."),
                self,
            )
        )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _open_logs(self) -> None:
        folder = crash.log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def accept(self) -> None:
        i18n.set_configured_language(self.settings, str(self.language.currentData()))
        self.settings.setValue(REOPEN_LAST_KEY, self.reopen.isChecked())
        super().accept()
