"""The record made visible (issue 14 point 4): after a real conversation the person's detail
names the interview that agreed each level and the evidence behind it, and the Ontwikkelplan
PDF prints that evidence."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from competentieplanner.domain.errors import NotFoundError
from competentieplanner.domain.interview import ScoreEntry
from competentieplanner.domain.model import AssessmentKind, InterviewKind
from competentieplanner.persistence.database import Database
from competentieplanner.services import interview as iv
from competentieplanner.services import pdf_export
from competentieplanner.services.staff_overview import employee_detail
from tests import pdf_reading
from tests.unit_of_work_support import call

HELD_ON = dt.date(2026, 11, 16)
EVIDENCE = "Adviseerde de wethouder over de Wmo-verordening en schreef het raadsvoorstel"


def close_conversation(db: Database) -> tuple[str, list[str], int]:
    """Close a conversation with a policy advisor: the first competency scored with evidence
    (agreed as given), the second agreed one level higher without evidence. Returns the
    personnel number, the competency codes and the interview id."""
    candidate = next(
        c
        for c in call(db, iv.interview_candidates)
        if "beleidsadviseur" in c.employee.job_title.lower() and c.employee.manager
    )
    prep = call(db, iv.prepare_interview, candidate.employee.personnel_number)
    draft = iv.new_draft(
        prep,
        kind=InterviewKind.PLANNING,
        held_on=HELD_ON,
        team_lead="Noë Haile",
        team_lead_number=prep.employee.manager or "",
    )
    codes = [c.code for c in prep.framework.competencies]
    draft.scores = {codes[0]: ScoreEntry(lead=3, evidence=EVIDENCE), codes[1]: ScoreEntry(2, 3)}
    closed = call(db, iv.close_interview, draft, accept_unscored=True)
    return prep.employee.personnel_number, codes, closed.interview_id


@pytest.fixture
def closed(demo_db: Database) -> tuple[str, list[str], int]:
    return close_conversation(demo_db)


def test_detail_names_the_interview_and_the_evidence(
    demo_db: Database, closed: tuple[str, list[str], int]
) -> None:
    number, codes, interview_id = closed
    detail = call(demo_db, employee_detail, number)
    by_code = {line.competency: line for line in detail.record}
    first, second = by_code[codes[0]], by_code[codes[1]]
    assert (first.level, first.kind, first.evidence) == (3, AssessmentKind.AGREED, EVIDENCE)
    assert first.agreed_in is not None
    assert (first.agreed_in.id, first.agreed_in.held_on) == (interview_id, HELD_ON)
    assert first.agreed_in.team_lead == "Noë Haile"
    assert (second.level, second.agreed_in and second.agreed_in.id) == (3, interview_id)
    assert first.trend[-1] == (HELD_ON, 3)
    # every shown competency has a line, in framework order
    assert [line.competency for line in detail.record] == [
        c.code for c in detail.framework_competencies
    ]


def test_the_ontwikkelplan_prints_the_evidence(
    demo_db: Database, closed: tuple[str, list[str], int], tmp_path: Path
) -> None:
    number, _codes, _ = closed
    out = call(demo_db, pdf_export.export_development_plan, tmp_path / "plan.pdf", number)
    text = pdf_reading.flat(pdf_reading.text(out))
    assert "Onderbouwing van de niveaus" in text
    assert pdf_reading.flat(EVIDENCE) in text
    assert "16-11-2026" in text


def test_the_english_ontwikkelplan_heads_the_evidence_in_english(
    demo_db: Database, closed: tuple[str, list[str], int], tmp_path: Path
) -> None:
    number, _codes, _ = closed
    out = call(
        demo_db,
        pdf_export.export_development_plan,
        tmp_path / "plan-en.pdf",
        number,
        language="en",
    )
    text = pdf_reading.flat(pdf_reading.text(out))
    assert "Evidence behind the levels" in text and pdf_reading.flat(EVIDENCE) in text


def test_an_interview_is_read_back_whole_and_only_for_its_own_person(
    demo_db: Database, closed: tuple[str, list[str], int]
) -> None:
    number, codes, interview_id = closed
    view = call(demo_db, iv.read_interview_record, number, interview_id)
    assert (view.summary.held_on, view.summary.team_lead) == (HELD_ON, "Noë Haile")
    assert view.levels.after[codes[0]] == 3 and view.levels.after[codes[1]] == 3
    assert codes[0] in dict(view.competencies)
    other = next(
        c.employee.personnel_number
        for c in call(demo_db, iv.interview_candidates)
        if c.employee.personnel_number != number
    )
    with pytest.raises(NotFoundError):
        call(demo_db, iv.read_interview_record, other, interview_id)


def test_the_ontwikkelplan_prints_the_trend_the_app_shows(
    demo_db: Database, closed: tuple[str, list[str], int], tmp_path: Path
) -> None:
    number, codes, _ = closed
    detail = call(demo_db, employee_detail, number)
    shown = {line.competency: line.trend for line in detail.record if len(line.trend) > 1}
    assert codes[0] in shown  # the demo's earlier score, then this conversation's
    out = call(demo_db, pdf_export.export_development_plan, tmp_path / "plan.pdf", number)
    text = pdf_reading.flat(pdf_reading.text(out))
    assert "Verloop van de niveaus" in text
    for trend in shown.values():
        levels = " → ".join(str(level) for _, level in trend)
        period = f"{trend[0][0]:%d-%m-%Y} – {trend[-1][0]:%d-%m-%Y}"
        assert pdf_reading.flat(f"{levels} {period}") in text
    english = call(
        demo_db,
        pdf_export.export_development_plan,
        tmp_path / "plan-en.pdf",
        number,
        language="en",
    )
    assert "How the levels developed" in pdf_reading.flat(pdf_reading.text(english))
