"""Reports follow the chosen language: an English development plan holds no Dutch words outside
names and reference content (competencies, profiles, indicators, offers, questions)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from competentieplanner.cli import main
from competentieplanner.domain.model import (
    AssessmentKind,
    FundingSource,
    InterviewKind,
    PlanItemStatus,
    PlanStatus,
    Readiness,
)
from competentieplanner.persistence import repositories as repo
from competentieplanner.persistence.database import Database
from competentieplanner.reports import labels
from competentieplanner.services import pdf_export
from tests import pdf_reading

PACKAGE = Path(__file__).resolve().parents[2] / "competentieplanner"
#: Where report texts are worded: the reports, and the service composing authority conditions.
WORDED = [*sorted((PACKAGE / "reports").glob("*.py")), PACKAGE / "services" / "pdf_report_data.py"]

#: Words of the report's own texts (labels, headings, values, dates) that would betray Dutch.
DUTCH_MARKERS = (
    "Ontwikkelplan", "Geschiktheid", "Dekking", "Gereedheid", "Ontwikkelpunten", "Kwartaal",
    "Activiteit", "Uren", "Kosten", "Financiering", "Totaal", "Ondertekening", "Handtekening",
    "Datum", "Peildatum", "Personeelsnummer", "Eenheid", "Functie", "Teamleider", "Medewerker",
    "Gesprek", "Vraag", "Antwoord", "Bevoegdheid", "Voorwaarde", "Gekozen", "pagina", "van",
    "Vertrouwelijk", "gepland", "afgerond", "bezig", "vervallen", "concept", "vastgesteld",
    "getekend", "inzetbaar", "ontwikkelbaar", "onbekend", "behaald", "Werkgever", "doelniveau",
    "huidig", "niveau", "gekozen", "januari", "februari", "maart", "mei", "juni", "juli",
    "augustus", "oktober", "planningsgesprek", "voortgangsgesprek", "ontwikkelgesprek",
)  # fmt: skip
QUARTER_NL = re.compile(r"\b20\d\d-K[1-4]\b")


def _reference_words(db: Database) -> set[str]:
    """Every word of the organisation's own content in the database: names, competencies,
    profiles, indicators, offers, questions, answers. These may be Dutch in any report."""
    import sqlite3

    words: set[str] = set()
    connection = sqlite3.connect(str(db.engine.url.database))
    try:
        tables = [
            r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
        ]
        for table in tables:
            for row in connection.execute(f'SELECT * FROM "{table}"'):  # noqa: S608 - own schema
                for value in row:
                    if isinstance(value, str):
                        words.update(re.findall(r"\w+", value))
    finally:
        connection.close()
    # Stored status and kind values are the application's words, not the organisation's.
    enums = (PlanStatus, PlanItemStatus, Readiness, InterviewKind, AssessmentKind, FundingSource)
    return words - {
        word for enum in enums for member in enum for word in re.findall(r"\w+", member.value)
    }


def _person_with_plan(db: Database) -> str:
    with db.unit_of_work() as uow:
        for person in repo.load_employees(uow.session)[:60]:
            data = pdf_export.development_plan_pdf(uow, person.personnel_number)
            assert isinstance(data, bytes)
            text = "\n".join(pdf_reading.pages_text(data))
            if QUARTER_NL.search(text) and "binnen bereik" in text:
                return person.personnel_number
    raise AssertionError("no demo person with a plan and authorities in reach")


def test_english_development_plan_has_no_dutch_words(
    demo_db: Database, demo_db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    number = _person_with_plan(demo_db)
    dutch, english = tmp_path / "nl.pdf", tmp_path / "en.pdf"
    for out, language in ((dutch, "nl"), (english, "en")):
        code = main(
            ["--database", str(demo_db_path), "export", "pdf", str(out), "--employee", number,
             "--language", language]
        )  # fmt: skip
        assert code == 0, capsys.readouterr().err
    dutch_text, english_text = pdf_reading.text(dutch), pdf_reading.text(english)
    reference = _reference_words(demo_db)
    # the markers are really in the Dutch document: the test can see what it looks for
    assert QUARTER_NL.search(dutch_text)
    assert sum(re.search(rf"\b{m}\b", dutch_text) is not None for m in DUTCH_MARKERS) > 25
    left = sorted(
        m
        for m in DUTCH_MARKERS
        if m not in reference and re.search(rf"\b{m}\b", english_text) is not None
    )
    assert left == [], [_around(english_text, m) for m in left]
    assert not QUARTER_NL.search(english_text)
    assert re.search(r"\b20\d\d-Q[1-4]\b", english_text)
    for word in ("Development plan", "Fit for the profiles", "Quarter", "Signatures", "page 1 of"):
        assert word in english_text, word


def _around(text: str, word: str) -> str:
    at = text.find(word)
    return text[max(0, at - 150) : at + 50]


def _translated_literals() -> set[str]:
    """The Dutch literals passed to ``t(...)`` in reports/ (what the table must hold)."""
    found: set[str] = set()
    for path in WORDED:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, (ast.Name, ast.Attribute))
                and (node.func.id if isinstance(node.func, ast.Name) else node.func.attr) == "t"
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                found.add(node.args[0].value)
    return found


def test_every_report_text_has_an_english_translation() -> None:
    table = labels.english_table()
    literals = _translated_literals()
    assert len(literals) > 60
    missing = sorted(text for text in literals if text not in table)
    assert missing == [], missing
    placeholder = re.compile(r"\{[a-z_]+\}")
    for dutch, english in table.items():
        assert sorted(placeholder.findall(dutch)) == sorted(placeholder.findall(english)), dutch


def test_quarters_and_dates_follow_the_language() -> None:
    import datetime as dt

    assert labels.quarter("2027-K1", "en") == "2027-Q1"
    assert labels.quarter("2027-K1", "nl") == "2027-K1"
    assert labels.format_date(dt.date(2026, 10, 12), "en") == "12 October 2026"
    assert labels.format_date(dt.date(2026, 10, 12), "nl") == "12 oktober 2026"
    with pytest.raises(ValueError):
        labels.translator("fr")
