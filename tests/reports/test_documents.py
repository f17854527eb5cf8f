"""The three documents laid out from plain data and read back: text, fonts, metadata, page
footers, bookmarks and hostile text printed literally."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from competentieplanner.reports import development_plan, hrm_overview, team_overview
from tests import pdf_reading
from tests.reports.samples import DAY, HOSTILE, hrm_data, plan_data, team_data

ORG = "Gemeente Dijkwaarden"


def _plan_pdf(tmp_path: Path, **kwargs: object) -> Path:
    path = tmp_path / "plan.pdf"
    development_plan.render_development_plan(
        path,
        plan_data(**kwargs),
        organisation=ORG,
        reference_date=DAY,  # type: ignore[arg-type]
    )
    return path


def test_development_plan_prints_every_name_and_section(tmp_path: Path) -> None:
    path = _plan_pdf(tmp_path)
    text = pdf_reading.text(path)
    for expected in (
        "IJsbrand Ĳzerman",
        "004711",
        "Şahin Łukasz",
        "Strategisch-politiek adviseur",
        "72,5 %",
        "ontwikkelbaar",
        "Politiek-bestuurlijke sensitiviteit",
        "Adviesvaardigheid",
        "eerst beoordelen; doel 2",
        "onbekend",
        "2027-K1",
        "€ 1.450,00",
        "IKB",
        "Waar sta je over drie jaar?",
        "Volgt de leergang.",
        "Zelfstandig adviseren",
        "binnen bereik: BA01 van 2 naar 3",
        "Medewerker",
        "Teamleider",
        "Handtekening",
        "Peildatum 27 november 2026",
        "Gemeente Dijkwaarden",
    ):
        assert expected in text, expected
    pages = len(pdf_reading.reader(path).pages)
    footers = pdf_reading.layout_text(path)
    assert f"pagina 1 van {pages}" in footers
    assert f"pagina {pages} van {pages}" in footers
    pdf_reading.assert_only_embedded_dejavu(path)
    meta = pdf_reading.reader(path).metadata
    assert meta is not None
    # kind and date only: no name or personnel number in the metadata (AVG)
    assert meta.title == "Ontwikkelplan"
    assert "004711" not in (meta.subject or "") and "27 november 2026" in (meta.subject or "")
    assert "Ĳzerman" not in str(dict(meta))


@pytest.mark.parametrize("hostile", HOSTILE)
def test_hostile_text_prints_literally(tmp_path: Path, hostile: str) -> None:
    path = _plan_pdf(tmp_path, name=hostile, sort_name=hostile, text=hostile)
    text = pdf_reading.layout_text(path)
    # the name, unit, job title, plan item, interview answer and agreements all hold it
    assert text.count(hostile) >= 5
    assert pdf_reading.image_count(path) == 0
    assert b"1 0 0 rg" not in pdf_reading.content_streams(path)  # no red text
    pdf_reading.assert_only_embedded_dejavu(path)


def test_both_extractors_agree_on_unicode_names(tmp_path: Path) -> None:
    path = _plan_pdf(tmp_path)
    pypdf_text = " ".join(pdf_reading.pages_text(path))
    for name in ("IJsbrand Ĳzerman", "Şahin Łukasz"):
        assert name in pypdf_text


def test_team_report_has_a_bookmark_per_person_and_a_running_title(tmp_path: Path) -> None:
    path = tmp_path / "team.pdf"
    people = [
        plan_data(name=f"Persoon {i}", sort_name=f"Achternaam{i}, Persoon", number=f"{i:06d}")
        for i in range(3)
    ]
    seen: list[int] = []
    team_overview.render_team_report(
        path,
        team_data(),
        iter(people),
        organisation=ORG,
        reference_date=DAY,
        plan_count=3,
        on_progress=seen.append,
    )
    entries = pdf_reading.outline(path)
    assert [title for _, title, _ in entries] == [
        "Teamoverzicht Beleid Sociaal Domein",
        "Achternaam0, Persoon (000000)",
        "Achternaam1, Persoon (000001)",
        "Achternaam2, Persoon (000002)",
    ]
    pages = [page for _, _, page in entries]
    assert pages == sorted(pages) and len(set(pages)) == 4  # each plan starts on its own page
    assert seen == [1, 2, 3, 4]
    # the header follows the document: the title of the person on their pages
    first_plan_page = pages[1]
    header = pdf_reading.layout_text(path, first=first_plan_page, last=first_plan_page)
    assert "Ontwikkelplan Persoon 0" in header
    overview = pdf_reading.text(path, first=1, last=pages[1] - 1)
    for expected in (
        "Teamoverzicht",
        "Noë Haile",
        "één persoon",
        "niet gedekt",
        "€ 15.600",
        "Achternaam007, Voornaam",
    ):
        assert expected in overview, expected
    pdf_reading.assert_only_embedded_dejavu(path)


def test_hrm_overview_suppresses_small_groups(tmp_path: Path) -> None:
    path = tmp_path / "hrm.pdf"
    hrm_overview.render_hrm_overview(path, hrm_data(5), organisation=ORG, reference_date=DAY)
    lines = pdf_reading.layout_text(path).splitlines()
    strategic = next(line for line in lines if line.strip().startswith("Strategisch-politiek"))
    # 4 ready is hidden, and with it the smallest other cell of the row (17)
    assert strategic.split().count("*") == 2
    assert "17" not in strategic.split() and "23" in strategic.split()
    faciliterend = next(line for line in lines if "Faciliterend" in line)
    assert "64,0 %" not in faciliterend  # the mean of 3 people is not shown
    text = pdf_reading.text(path)
    assert "onderdrukt: minder dan 5 personen (privacy)" in text
    assert "Groep te klein om cijfers te tonen (privacy)." in text
    assert "31" in text and "43,1 %" in text  # BA18: 31 of 72
    noord = next(line for line in lines if line.strip().startswith("Sociaal team Noord"))
    assert "€ 2.100" not in noord and "*" in noord  # 2 people in K2


def test_hrm_overview_with_threshold_one_shows_everything(tmp_path: Path) -> None:
    path = tmp_path / "hrm.pdf"
    hrm_overview.render_hrm_overview(path, hrm_data(1), organisation=ORG, reference_date=DAY)
    lines = pdf_reading.layout_text(path).splitlines()
    table_lines = [line for line in lines if "€" in line or "%" in line]
    assert table_lines
    assert not any(re.search(r"<\s?1\b", line) or " * " in line for line in table_lines)
    text = "\n".join(lines)
    assert "€ 2.100" in text and "64,0 %" in text
