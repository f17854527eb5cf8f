"""The signing PDF after a real closed conversation: plan version, levels before and after, the
self-assessment, the unscored competencies, the next conversation and a comments box; Arabic
prints in reading order (checked by extracting the text back)."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from competentieplanner.domain.interview import ActionEntry, ScoreEntry
from competentieplanner.domain.model import InterviewKind
from competentieplanner.persistence.database import Database
from competentieplanner.services import interview as iv
from competentieplanner.services import pdf_export
from tests import pdf_reading
from tests.unit_of_work_support import call

HELD_ON = dt.date(2026, 11, 16)
ARABIC = "الزهراء"  # "al-Zahraa", stored in logical (reading) order


def _advisor(db: Database) -> iv.InterviewPreparation:
    for candidate in call(db, iv.interview_candidates):
        if "beleidsadviseur" not in candidate.employee.job_title.lower():
            continue
        prep = call(db, iv.prepare_interview, candidate.employee.personnel_number)
        if prep.current_plan is not None and prep.agreed_levels and prep.employee.manager:
            return prep
    raise AssertionError("the demo has no advisor with a plan and agreed levels")


def test_signing_pdf_records_the_conversation(demo_db: Database, tmp_path: Path) -> None:
    prep = _advisor(demo_db)
    assert prep.employee.manager is not None
    versions_before = len(prep.plans)
    comps = prep.framework.competencies
    raised = next(c for c in comps if (prep.agreed_levels.get(c.code) or 4) < 4)
    before = prep.agreed_levels[raised.code]
    draft = iv.new_draft(
        prep,
        kind=InterviewKind.REVIEW,
        held_on=HELD_ON,
        team_lead_number=prep.employee.manager,
    )
    draft.self_levels = {raised.code: 4}
    draft.scores = {raised.code: ScoreEntry(lead=before + 1)}
    draft.judgement, draft.employee_response = "goed", "akkoord"
    draft.next_kind, draft.next_on = InterviewKind.PLANNING, dt.date(2026, 12, 14)
    draft.agreements = f"Afgesproken met {ARABIC} uit het wijkteam."
    draft.actions = [ActionEntry(title="Meeloopstage in een sociaal team", quarter="2027-K1")]
    call(demo_db, iv.close_interview, draft, accept_unscored=True)

    out = tmp_path / "plan.pdf"
    call(demo_db, pdf_export.export_development_plan, out, prep.employee.personnel_number)
    text = pdf_reading.text(out)
    version = versions_before + 1
    assert f"versie {version}, vastgesteld" in text
    assert f"Ontwikkelplan versie {version} van 16 november 2026" in text
    assert f"(vervangt versie {version - 1})" in text
    assert "Eindoordeel: goed; de medewerker tekent akkoord." in text
    assert "Volgend gesprek: planningsgesprek op 14 december 2026." in text
    assert "Opmerkingen van de medewerker" in text
    assert f"Niet gescoord in dit gesprek ({len(comps) - 1}):" in text
    assert "Niveaus vóór en na dit gesprek" in text
    # The raised competency: before, self 4, and the change agreed.
    assert f"{raised.code} {raised.name} {before} 4 {before} → {before + 1}" in text
    # Right-to-left: drawn in visual order, so read left to right the word comes out reversed,
    # and the Dutch words around it stay in place.
    visual = re.search(r"Afgesproken met (\S+) ?uit het wijkteam\.", text)
    assert visual is not None and visual.group(1) == ARABIC[::-1]
    assert ARABIC not in text


def test_smart_agreements_are_stored_carried_and_printed(demo_db: Database, tmp_path: Path) -> None:
    prep = _advisor(demo_db)
    assert prep.employee.manager is not None
    draft = iv.new_draft(prep, held_on=HELD_ON, team_lead_number=prep.employee.manager)
    draft.scores = {c.code: ScoreEntry(lead=2) for c in prep.framework.competencies}
    draft.actions = [
        ActionEntry(
            title="Meeloopstage in een sociaal team",
            quarter="2027-K1",
            result="Kent de werkwijze van het wijkteam",
            owner="Medewerker",
            deadline=dt.date(2027, 3, 31),
        )
    ]
    call(demo_db, iv.close_interview, draft)
    again = call(demo_db, iv.prepare_interview, prep.employee.personnel_number)
    [carried] = iv.carried_actions(again, InterviewKind.PLANNING)
    assert (carried.result, carried.owner, carried.deadline) == (
        "Kent de werkwijze van het wijkteam",
        "Medewerker",
        dt.date(2027, 3, 31),
    )
    out = tmp_path / "plan.pdf"
    call(demo_db, pdf_export.export_development_plan, out, prep.employee.personnel_number)
    text = pdf_reading.text(out)
    assert (
        "resultaat: Kent de werkwijze van het wijkteam; trekker: Medewerker; uiterlijk 31-03-2027"
        in text
    )
