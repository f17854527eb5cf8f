"""Dutch first, English through Qt Linguist files; Qt's own dialogs speak the same language."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from competentieplanner import paths
from competentieplanner.persistence.database import Database
from competentieplanner.ui import i18n
from competentieplanner.ui.main_window import MainWindow
from tests.ui.shell_support import make_context, wait_for_tasks

FOLDER = paths.resources_dir() / "translations"
TS = FOLDER / "competentieplanner_en.ts"
QM = FOLDER / "competentieplanner_en.qm"
PLACEHOLDER = re.compile(r"\{[a-z_]+\}|%\d")


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    i18n.install_translators(qapp, "en")
    yield
    i18n.install_translators(qapp, "nl")


def _messages() -> list[tuple[str, str, str]]:
    root = ET.parse(TS).getroot()
    return [
        (
            context.findtext("name") or "",
            m.findtext("source") or "",
            m.findtext("translation") or "",
        )
        for context in root.findall("context")
        for m in context.findall("message")
    ]


def test_every_string_of_the_ui_is_in_the_ts_and_translated() -> None:
    """lupdate over ui/ finds nothing the .ts lacks, and nothing is left unfinished."""
    script = FOLDER / "update_translations.py"
    result = subprocess.run(
        [sys.executable, str(script), "--check"], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_qm_is_compiled_from_the_current_ts(tmp_path: Path) -> None:
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    tool = str(lrelease) if lrelease.exists() else shutil.which("pyside6-lrelease")
    assert tool, "pyside6-lrelease is missing"
    fresh = tmp_path / "fresh.qm"
    subprocess.run([tool, str(TS), "-qm", str(fresh)], check=True, capture_output=True)
    assert fresh.read_bytes() == QM.read_bytes(), (
        "run resources/translations/update_translations.py"
    )


def test_translations_keep_placeholders_and_mnemonics() -> None:
    messages = _messages()
    assert len(messages) > 500
    for context, source, translation in messages:
        assert translation.strip(), (context, source)
        assert sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(translation)), (
            context,
            source,
            translation,
        )
        has_mnemonic = re.search(r"&[^& ]", source) is not None and "A&O" not in source
        if has_mnemonic:
            assert re.search(r"&[^& ]", translation), (context, source, translation)


def test_english_main_window(qtbot, english: None, demo_db: Database, tmp_path: Path) -> None:
    window = MainWindow(make_context(demo_db, tmp_path))
    qtbot.addWidget(window)
    window.show()
    wait_for_tasks(qtbot, window)
    menus = [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert menus == ["File", "Edit", "View", "Tools", "Help"]
    titles = [window.navigation.item(i).text() for i in range(window.navigation.count())]
    assert titles[:3] == ["Overview", "Employees", "Teams"]
    assert "Reports" in titles
    assert QCoreApplication.translate("Domain", "ontwikkelbaar") == "developable"
    page = window.show_page("employees")
    qtbot.waitUntil(lambda: page.loaded, timeout=20000)
    assert page.filter_bar.search.placeholderText().startswith("Search by name")
    assert page.count_label.text() == "120 of 120 employees"
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert buttons.buttons()[0].text() == "Cancel"
    wait_for_tasks(qtbot, page)


def test_dutch_standard_dialogs(qapp: QApplication) -> None:
    loaded = i18n.install_translators(qapp, "nl")
    assert "qtbase_nl" in loaded
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Cancel | QDialogButtonBox.StandardButton.Yes
    )
    assert sorted(b.text() for b in buttons.buttons()) == ["&Ja", "Annuleren"]


def test_language_setting(tmp_path: Path) -> None:
    from PySide6.QtCore import QSettings

    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    assert i18n.configured_language(settings) == "nl"
    i18n.set_configured_language(settings, "en")
    assert i18n.configured_language(settings) == "en"
    settings.setValue(i18n.SETTING_KEY, "fr")
    assert i18n.configured_language(settings) == "nl"
    with pytest.raises(ValueError):
        i18n.set_configured_language(settings, "fr")


@pytest.mark.usefixtures("english")
def test_screens_format_numbers_in_the_language_they_speak() -> None:
    from decimal import Decimal

    from competentieplanner.ui import formatting

    assert formatting.money(Decimal("1450.50")) == "€1,450.50"  # nl: "€ 1.450,50"
    assert formatting.hours(2.5) == "2.5 hours"  # nl: "2,5 uur"


def test_dutch_file_dialogs_are_qts_own_and_translated(qtbot, qapp: QApplication) -> None:
    """A native dialog would follow the system language ("Look in", "Files of type")."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QFileDialog, QLabel

    i18n.install_translators(qapp, "nl")
    assert QCoreApplication.testAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs)
    dialog = QFileDialog(None, "Bestand kiezen")
    qtbot.addWidget(dialog)
    labels = {label.text() for label in dialog.findChildren(QLabel)}
    assert {"&Zoeken in:", "Bestanden van &type:", "Bestands&naam:"} <= labels, labels


def test_over_in_the_budget_table_is_the_remaining_budget(english: None) -> None:
    from competentieplanner.ui.models.overview import BudgetTableModel

    model = BudgetTableModel()
    headers = [model.headerData(i, Qt_Horizontal()) for i in range(model.columnCount())]
    assert headers[3] == "Remaining" and "About" not in headers


def Qt_Horizontal():  # noqa: N802 - reads like the enum it returns
    from PySide6.QtCore import Qt

    return Qt.Orientation.Horizontal


def test_check_refuses_a_translation_left_identical_to_the_source() -> None:
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "update_translations", FOLDER / "update_translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    root = ET.fromstring(
        "<TS><context><name>X</name>"
        "<message><source>Opslaan</source><translation>Opslaan</translation></message>"
        "<message><source>Code</source><translation>Code</translation></message>"
        "<message><source>Sluiten</source><translation>Close</translation></message>"
        "</context></TS>"
    )
    assert module.same_as_source(ET.ElementTree(root)) == [("X", "Opslaan")]


def test_plan_rows_show_quarters_status_and_funding_in_the_language(qapp: QApplication) -> None:
    """English shows 2027-Q1, planned, Employer; the stored and edited value stays 2027-K1."""
    from PySide6.QtCore import Qt

    from competentieplanner.domain.model import PlanItem, Quarter
    from competentieplanner.ui.models.plan import QUARTER_COLUMN, PlanItemsModel

    def shown(language: str) -> list[str]:
        i18n.install_translators(qapp, language)
        model = PlanItemsModel()
        model.set_items([PlanItem(Quarter(2027, 1), "Cursus", hours=8)])
        row = [str(model.index(0, c).data()) for c in range(model.columnCount())]
        assert model.index(0, QUARTER_COLUMN).data(Qt.ItemDataRole.EditRole) == "2027-K1"
        return row

    try:
        english = shown("en")
        assert english[0] == "2027-Q1" and "planned" in english and "Employer" in english
    finally:
        dutch = shown("nl")
    assert dutch[0] == "2027-K1" and "gepland" in dutch and "Werkgever" in dutch
