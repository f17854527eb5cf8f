"""The Teamoverzicht (with every member's plan) and the HRM-overzicht follow the chosen language:
in English they hold none of the reports' Dutch words outside names and reference content."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import sqlite3
from pathlib import Path

import pytest

from competentieplanner.cli import main
from competentieplanner.domain.model import PlanItem, PlanItemStatus, PlanStatus, Quarter, Readiness
from competentieplanner.reports import labels, team_overview
from competentieplanner.services.pdf_report_data import smart_text
from tests import pdf_reading
from tests.reports.samples import DAY, plan_data, team_data

UNIT = "Sociaal team Noord"  # plans, budget, registrations, an uncovered competency
QUARTER_NL = re.compile(r"\b20\d\d-K[1-4]\b")
#: Computed words that are phrases or short: looked for as a whole.
PHRASES = (
    *(r.value for r in Readiness),
    *(s.value for s in PlanItemStatus),
    *(s.value for s in PlanStatus),
    "één persoon",
    "niet gedekt",
    "uur",
    "K1",
    "K2",
)


def _words(text: str) -> set[str]:
    return {w.casefold() for w in re.findall(r"[^\W\d_]+", text)}


def _reference_words(db_path: Path) -> set[str]:
    """Every word stored in the database: the organisation's names and reference content
    (competencies, profiles, indicators, offers, units, questions), which stay as they are."""
    words: set[str] = set()
    connection = sqlite3.connect(str(db_path))
    try:
        tables = [
            r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
        ]
        for table in tables:
            for row in connection.execute(f'SELECT * FROM "{table}"'):  # noqa: S608 - own schema
                words.update(_words(" ".join(v for v in row if isinstance(v, str))))
    finally:
        connection.close()
    return words


def _dutch_markers(db_path: Path) -> set[str]:
    """The words of the reports' Dutch source texts that English does not share and that the
    organisation's own content does not use."""
    table = labels.english_table()
    dutch = set().union(*(_words(re.sub(r"\{\w+\}|<[^>]+>", " ", k)) for k in table))
    english = set().union(*(_words(v) for v in table.values()))
    return {w for w in dutch - english - _reference_words(db_path) if len(w) > 2}


def _found(markers: set[str], text: str) -> list[str]:
    folded = text.casefold()
    return sorted(
        m for m in markers if re.search(rf"(?<!\w){re.escape(m.casefold())}(?!\w)", folded)
    )


def _export(db_path: Path, out: Path, capsys: pytest.CaptureFixture[str], *args: str) -> str:
    code = main(["--database", str(db_path), "export", "pdf", str(out), *args])
    captured = capsys.readouterr()
    assert code == 0, captured.err
    return pdf_reading.text(out)


def _assert_english(
    db_path: Path, dutch_text: str, english_text: str, headings: tuple[str, ...]
) -> None:
    markers = _dutch_markers(db_path)
    # the markers are really in the Dutch document: the test can see what it looks for
    assert len(_found(markers, dutch_text)) > 25, _found(markers, dutch_text)
    left = _found(markers, english_text)
    assert left == [], [_around(english_text, m) for m in left]
    for phrase in PHRASES:
        if re.search(rf"(?<!\w){re.escape(phrase)}(?!\w)", dutch_text):
            assert not re.search(rf"(?<!\w){re.escape(phrase)}(?!\w)", english_text), phrase
    assert not QUARTER_NL.search(english_text)
    for heading in headings:
        assert heading in english_text, heading
        assert heading not in dutch_text, heading


def _around(text: str, word: str) -> str:
    at = text.casefold().find(word.casefold())
    return text[max(0, at - 120) : at + 40]


def test_english_team_report_with_plans(
    demo_db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    dutch, english = tmp_path / "nl.pdf", tmp_path / "en.pdf"
    dutch_text = _export(demo_db_path, dutch, capsys, "--unit", UNIT)
    english_text = _export(demo_db_path, english, capsys, "--unit", UNIT, "--language", "en")
    assert QUARTER_NL.search(dutch_text) and "profiel van de eenheid" in dutch_text
    assert "niet gedekt" in dutch_text and "geldig tot" in dutch_text
    _assert_english(
        demo_db_path,
        dutch_text,
        english_text,
        (
            "Team overview",
            "Readiness per profile",
            "Competencies against the profile",
            "Coverage per competency",
            "Training plan of the team",
            "target reached",
            "profile of the unit",
            "not covered",
            "Development plan",  # the members' plans follow the language too
            "Fit for the profiles",
            "valid until",
            "page 1 of",
            "Reference date",
        ),
    )
    assert re.search(r"\b20\d\d-Q[1-4]\b", english_text)
    reader = pdf_reading.reader(english)
    assert reader.metadata.title == f"Team overview {UNIT}"
    assert reader.metadata.subject.startswith(f"Team overview {UNIT} with the development plans")
    assert reader.trailer["/Root"]["/Lang"] == "en-GB"
    titles = [title for _, title, _ in pdf_reading.outline(english)]
    assert titles[0] == f"Team overview {UNIT}"
    assert len(titles) == len(pdf_reading.outline(dutch))
    assert pdf_reading.reader(dutch).trailer["/Root"]["/Lang"] == "nl-NL"


def test_english_hrm_overview(
    demo_db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    dutch, english = tmp_path / "nl.pdf", tmp_path / "en.pdf"
    dutch_text = _export(demo_db_path, dutch, capsys, "--organisation")
    english_text = _export(demo_db_path, english, capsys, "--organisation", "--language", "en")
    _assert_english(
        demo_db_path,
        dutch_text,
        english_text,
        (
            "HRM overview",
            "Policy advisors across the three future directions",
            "Competencies most often falling short",
            "Training budget: planned against available",
            "Avg. fit",
            "Below target",
            "suppressed: fewer than",
            "page 1 of",
        ),
    )
    assert re.search(r"\bQ1\b.*\bQ4\b", english_text) and not re.search(r"\bK1\b", english_text)
    reader = pdf_reading.reader(english)
    assert reader.metadata.title == "HRM overview"
    assert "reference date" in reader.metadata.subject
    outline = [title for _, title, _ in pdf_reading.outline(english)]
    assert outline == [
        "Future directions of policy advisors",
        "Competencies most often falling short",
        "Training budget",
    ]


def test_quarter_headings_follow_the_language() -> None:
    assert [labels.quarter_name(n, "nl") for n in (1, 4)] == ["K1", "K4"]
    assert [labels.quarter_name(n, "en") for n in (1, 4)] == ["Q1", "Q4"]


def test_computed_team_words_follow_the_language(tmp_path: Path) -> None:
    """What the demo lacks: a profile relevant for some members, a one-person risk, a long list
    of names."""
    data = team_data(members=9)
    path = tmp_path / "team.pdf"
    team_overview.render_team_report(
        path, data, [], organisation="Gemeente", reference_date=DAY, plan_count=0, language="en"
    )
    text = pdf_reading.text(path)
    for words in ("relevant for 9 employees, chosen by 2 of them", "one person", "not covered",
                  "and 3 others", "2027-Q1", "Employer", "planned"):  # fmt: skip
        assert words in text, words
    for words in ("relevant voor", "één persoon", "niet gedekt", "anderen", "2027-K1", "gepland"):
        assert words not in text, words


def test_agreed_smart_parts_follow_the_language() -> None:
    item = PlanItem(
        Quarter(2027, 1), "Leergang", result="Nota", owner="Noë", deadline=dt.date(2027, 3, 31)
    )
    assert smart_text(item, labels.translator("nl")) == (
        "resultaat: Nota; trekker: Noë; uiterlijk 31-03-2027"
    )
    assert smart_text(item, labels.translator("en")) == "result: Nota; owner: Noë; by 31-03-2027"


def test_english_plan_of_a_replaced_version(tmp_path: Path) -> None:
    from competentieplanner.reports import development_plan

    data = plan_data()
    assert data.plan is not None
    data = dataclasses.replace(
        data, plan=dataclasses.replace(data.plan, version=2, supersedes_version=1)
    )
    path = tmp_path / "plan.pdf"
    development_plan.render_development_plan(
        path, data, organisation="Gemeente", reference_date=DAY, language="en"
    )
    text = pdf_reading.text(path)
    assert "(replaces version 1)" in text and "24 hours" in text
    assert "vervangt" not in text and " uur" not in text
