"""Extra ▸ Instellingen: language, start-up behaviour, where the logs are, and (with a database
open) the calculation and report settings every user of that database shares, and the retention
terms of personal data (``retention_page``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSettings, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from competentieplanner.domain.access import Action
from competentieplanner.domain.errors import ConflictError, UserError
from competentieplanner.ui import crash, i18n, tasks, theme
from competentieplanner.ui.dialogs.retention_page import RetentionPage
from competentieplanner.ui.operations import reference as operations
from competentieplanner.ui.permissions import guard
from competentieplanner.ui.preferences import REOPEN_LAST_KEY, reopen_last
from competentieplanner.ui.widgets.common import Hint

if TYPE_CHECKING:
    from competentieplanner.services.settings_edit import EditableSetting
    from competentieplanner.ui.context import AppContext

# Labels and explanations come from ``services.settings_edit.EDITABLE`` (Dutch); listed here so
# lupdate offers them for translation. A test checks that both lists agree.
SETTING_TEXTS = (
    QT_TRANSLATE_NOOP("EditableSetting", "Minimale match voor inzetbaar (%)"),
    QT_TRANSLATE_NOOP(
        "EditableSetting",
        "Iemand is inzetbaar in een profiel als alle niveaus bekend zijn, geen kritische "
        "competentie onder het doel zit en de match minstens dit percentage is.",
    ),
    QT_TRANSLATE_NOOP("EditableSetting", "Minimale dekking voor een oordeel (%)"),
    QT_TRANSLATE_NOOP(
        "EditableSetting",
        "Is minder dan dit percentage van het (gewogen) profiel gescoord, dan is het oordeel "
        "onvoldoende gegevens.",
    ),
    QT_TRANSLATE_NOOP("EditableSetting", "Grootste kloof voor ontwikkelbaar (niveaus)"),
    QT_TRANSLATE_NOOP(
        "EditableSetting",
        "Iemand is ontwikkelbaar als de grootste kloof (doel min huidig niveau) op één "
        "competentie hooguit zoveel niveaus is; bij een grotere kloof is het profiel ver weg.",
    ),
    QT_TRANSLATE_NOOP("EditableSetting", "Opleidingsuren per kwartaal"),
    QT_TRANSLATE_NOOP(
        "EditableSetting",
        "Bij het verdelen van een opleidingspad over kwartalen starten per medewerker ten "
        "hoogste zoveel opleidingsuren in één kwartaal (40 uur is ongeveer een werkweek).",
    ),
    QT_TRANSLATE_NOOP("EditableSetting", "Kleinste groep in rapporten (medewerkers)"),
    QT_TRANSLATE_NOOP(
        "EditableSetting",
        "Rapporten over een team of afdeling tonen geen cijfers voor groepen kleiner dan dit "
        "aantal medewerkers, zodat niemand herleidbaar is.",
    ),
    QT_TRANSLATE_NOOP("EditableSetting", "Naam van de organisatie"),
    QT_TRANSLATE_NOOP(
        "EditableSetting",
        "Staat in de kop van elk rapport. Leeg: de naam van de bovenste eenheid.",
    ),
    QT_TRANSLATE_NOOP("EditableSetting", "Uren van een volledige werkweek"),
    QT_TRANSLATE_NOOP(
        "EditableSetting",
        "Bij het importeren van medewerkers worden uren per week hiermee omgerekend naar fte "
        "(Cao Gemeenten: 36 uur).",
    ),
)


def setting_text(dutch: str) -> str:
    """A label or explanation of an editable setting, in the language of the screens."""
    return QCoreApplication.translate("EditableSetting", dutch)


SettingEditor = QSpinBox | QDoubleSpinBox | QLineEdit


class SettingsDialog(QDialog):
    def __init__(
        self,
        settings: QSettings,
        parent: QWidget | None = None,
        *,
        context: AppContext | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.context = context
        self.message_box: QMessageBox | None = None
        # key -> the editor widget, and the setting as loaded (value and version).
        self.editors: dict[str, SettingEditor] = {}
        self.loaded: dict[str, EditableSetting] = {}
        self.setWindowTitle(self.tr("Instellingen"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(
            theme.MARGIN * 2, theme.MARGIN * 2, theme.MARGIN * 2, theme.MARGIN
        )
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Instellingen"))
        self.tabs.addTab(self._general_tab(), self.tr("Algemeen"))
        self.rules_tab: QWidget | None = None
        self.retention_page: RetentionPage | None = None
        if context is not None:
            self.rules_tab = self._rules_tab()
            self.tabs.addTab(self.rules_tab, self.tr("Rekenregels en rapporten"))
            self.load_rules()
            self.retention_page = RetentionPage(context, self)
            self.tabs.addTab(self.retention_page, self.tr("Bewaartermijnen"))
        layout.addWidget(self.tabs)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    # -- general: stored per user in QSettings -------------------------------------------------
    def _general_tab(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        form = QFormLayout()
        self.language = QComboBox(page)
        for code, name in i18n.LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(
            self.language.findData(i18n.configured_language(self.settings))
        )
        self.language.setAccessibleName(self.tr("Taal"))
        language_label = QLabel(self.tr("&Taal:"), page)
        language_label.setBuddy(self.language)
        form.addRow(language_label, self.language)
        self.reopen = QCheckBox(
            self.tr("Bij het starten de laatst gebruikte database openen"), page
        )
        self.reopen.setChecked(reopen_last(self.settings))
        form.addRow("", self.reopen)
        logs = QHBoxLayout()
        # A path has no spaces to wrap at: a read-only field shows it whole (scrolling, select
        # and copy), a label cut it off.
        log_path = QLineEdit(str(crash.log_dir()), page)
        log_path.setReadOnly(True)
        log_path.setCursorPosition(0)
        log_path.setToolTip(str(crash.log_dir()))
        log_path.setAccessibleName(self.tr("Map met foutverslagen"))
        open_logs = QPushButton(self.tr("Map openen"), page)
        open_logs.setAccessibleName(self.tr("Map met foutverslagen openen"))
        open_logs.clicked.connect(self._open_logs)
        logs.addWidget(log_path, 1)
        logs.addWidget(open_logs)
        form.addRow(self.tr("Foutverslagen:"), logs)
        layout.addLayout(form)
        layout.addWidget(
            Hint(
                self.tr("Een andere taal wordt gebruikt nadat u Competentieplanner opnieuw start."),
                page,
            )
        )
        layout.addStretch(1)
        return page

    def _open_logs(self) -> None:
        folder = crash.log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    # -- calculation and report settings: stored in the database -------------------------------
    def _rules_tab(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.addWidget(
            Hint(
                self.tr(
                    "Deze instellingen staan in de database en gelden voor iedereen die ermee "
                    "werkt. Wijzigingen tellen direct mee in matches, paden en rapporten."
                ),
                page,
            )
        )
        form = QFormLayout()
        for spec in operations.editable_settings():
            label_text = setting_text(spec.label)
            explanation = setting_text(spec.explanation)
            editor: SettingEditor
            if spec.kind == "text":
                editor = QLineEdit(page)
                if spec.maximum is not None:
                    editor.setMaxLength(int(spec.maximum))
                editor.setClearButtonEnabled(True)
            elif spec.kind == "int":
                editor = QSpinBox(page)
                editor.setRange(int(spec.minimum or 0), int(spec.maximum or 0))
            else:
                editor = QDoubleSpinBox(page)
                editor.setDecimals(1)
                editor.setSingleStep(1.0)
                editor.setRange(float(spec.minimum or 0), float(spec.maximum or 0))
            editor.setObjectName(spec.key)
            editor.setAccessibleName(label_text)
            editor.setAccessibleDescription(explanation)
            editor.setToolTip(explanation)
            label = QLabel(label_text + ":", page)
            label.setBuddy(editor)
            label.setToolTip(explanation)
            form.addRow(label, editor)
            self.editors[spec.key] = editor
        if self.context is not None:  # the shared rules are reference data (beheerder)
            guard(self.context, Action.EDIT_REFERENCE_DATA, *self.editors.values())
        layout.addLayout(form)
        layout.addStretch(1)
        return page

    def load_rules(self) -> None:
        """Read the stored values and their versions (again after a conflict), off the GUI
        thread; the tab is disabled until they are shown."""
        assert self.context is not None
        if self.rules_tab is not None:
            self.rules_tab.setEnabled(False)
        operations.load_settings(
            self.context,
            self,
            self.tr("Rekenregels en rapporten"),
            self._show_rules,
        )

    def _show_rules(self, loaded: list[EditableSetting]) -> None:
        self.loaded = {setting.key: setting for setting in loaded}
        for setting in loaded:
            editor = self.editors[setting.key]
            if isinstance(editor, QLineEdit):
                editor.setText(str(setting.value))
            elif isinstance(editor, QSpinBox):
                editor.setValue(int(setting.value))
            else:
                editor.setValue(float(setting.value))
        if self.rules_tab is not None:
            self.rules_tab.setEnabled(True)

    def _edited_value(self, key: str) -> int | float | str:
        editor = self.editors[key]
        if isinstance(editor, QLineEdit):
            return editor.text()
        return editor.value()

    def changed_rules(self) -> dict[str, tuple[object, int]]:
        """``{key: (new value, version shown)}`` of the settings the user changed."""
        changes: dict[str, tuple[object, int]] = {}
        for key, setting in self.loaded.items():
            editor = self.editors[key]
            value = self._edited_value(key)
            before = setting.value
            if isinstance(value, str):
                same = value.strip() == str(before).strip()
            else:
                # The spin box shows (and returns) the stored value rounded to its decimals.
                decimals = editor.decimals() if isinstance(editor, QDoubleSpinBox) else 0
                same = abs(float(value) - round(float(before), decimals)) < 1e-9
            if not same:
                changes[key] = (value, setting.version)
        return changes

    def _save_rules(self, then: Callable[[], None]) -> None:
        """Check every changed setting, then save them together and ``then``; a message (and
        nothing saved) when something is wrong."""
        if self.context is None or not self.editors or not self.loaded:
            then()
            return
        changes = self.changed_rules()
        if not changes:
            then()
            return
        title = self.tr("Instellingen niet opgeslagen")
        for key, (value, _version) in changes.items():
            try:
                operations.check_setting(key, value)
            except UserError as exc:
                if self.rules_tab is not None:
                    self.tabs.setCurrentWidget(self.rules_tab)
                self.editors[key].setFocus()
                self.message_box = tasks.show_user_error(self, title, exc)
                return
        context = self.context

        def saved(_versions: dict[str, int]) -> None:
            context.signals.data_changed.emit("all")
            context.signals.status_message.emit(
                self.tr("Rekenregels en rapportinstellingen opgeslagen.")
            )
            then()

        def refused(exc: BaseException) -> None:
            if isinstance(exc, ConflictError):
                self.load_rules()  # show the colleague's values

        operations.save_settings(context, self, title, changes, saved, refused)

    def accept(self) -> None:
        self._save_rules(self._save_retention)

    def _save_retention(self) -> None:
        """After the rules: the retention terms, in their own unit of work."""
        if self.retention_page is None:
            self._accept()
        else:
            self.retention_page.save(self._accept)

    def _accept(self) -> None:
        i18n.set_configured_language(self.settings, str(self.language.currentData()))
        self.settings.setValue(REOPEN_LAST_KEY, self.reopen.isChecked())
        super().accept()
