"""``screenshots --language en``: the screens as photographed hold no Dutch words outside names
and reference content (what the organisation wrote: competencies, profiles, units, offers)."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from competentieplanner.domain.model import (
    AssessmentKind,
    FundingSource,
    InterviewKind,
    PlanItemStatus,
    PlanStatus,
    Readiness,
)
from competentieplanner.persistence.database import Database
from competentieplanner.ui import i18n
from competentieplanner.ui.main_window import MainWindow
from competentieplanner.ui.screenshots import FILE_NAMES, take_screenshots
from tests.ui.screen_texts import visible_texts

#: Dutch words of the application's own texts (labels, values, quarters, dates).
DUTCH_MARKERS = (
    "Medewerkers", "Medewerker", "Opleidingen", "Opleiding", "Plannen", "Gesprekken",
    "Rapportages", "Overzicht", "Profielen", "Eenheid", "Functie", "Kwartaal", "Activiteit",
    "Uren", "Kosten", "Financiering", "Totaal", "Opslaan", "Zoeken", "Geschiktheid",
    "Dekking", "Gereedheid", "Ontwikkelpunten", "Ontwikkelplan", "Beoordelingen",
    "Bevoegdheden", "Teamleider", "gepland", "afgerond", "bezig", "vervallen", "concept",
    "vastgesteld", "getekend", "inzetbaar", "ontwikkelbaar", "onbekend", "Werkgever",
    "doelniveau", "kritisch", "uur", "januari", "februari", "maart", "mei", "juni", "juli",
    "augustus", "oktober", "Kies", "Nieuwe", "Verwijderen", "Toevoegen", "Annuleren",
)  # fmt: skip
QUARTER_NL = re.compile(r"\b20\d\d-K[1-4]\b")


def _reference_words(db: Database) -> set[str]:
    words: set[str] = set()
    connection = sqlite3.connect(str(db.engine.url.database))
    try:
        tables = [
            r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
        ]
        for table in tables:
            if table == "audit_log":
                continue
            for row in connection.execute(f'SELECT * FROM "{table}"'):  # noqa: S608
                words.update(w for v in row if isinstance(v, str) for w in re.findall(r"\w+", v))
    finally:
        connection.close()
    enums = (PlanStatus, PlanItemStatus, Readiness, InterviewKind, AssessmentKind, FundingSource)
    return words - {w for e in enums for m in e for w in re.findall(r"\w+", m.value)}


def test_english_screens_have_no_dutch_words(
    qapp: QApplication, demo_db: Database, tmp_path: Path
) -> None:
    seen: dict[str, list[str]] = {}

    def collect(key: str, window: MainWindow) -> None:
        seen[key] = visible_texts(window)

    before = QLocale()
    try:
        take_screenshots(demo_db, tmp_path / "shots", language="en", on_screen=collect)
    finally:
        # Leave the application as the next tests expect it: no translators, the same locale.
        for translator in list(i18n._installed):
            qapp.removeTranslator(translator)
        i18n._installed.clear()
        QLocale.setDefault(before)
    reference = _reference_words(demo_db)
    assert len(seen) == len(FILE_NAMES)  # every photographed screen
    left: dict[str, list[str]] = {}
    for key, texts in seen.items():
        for text in texts:
            hits = [m for m in DUTCH_MARKERS if m not in reference and re.search(rf"\b{m}\b", text)]
            if hits or QUARTER_NL.search(text):
                left.setdefault(key, []).append(text[:80])
    assert left == {}, left
