"""The management report "Strategisch personeelsplan": real .xlsx and PDF written and read back,
group figures that add up to the plan, no names, small groups suppressed."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest

from competentieplanner.domain.errors import UserError
from competentieplanner.persistence import repositories as repo
from competentieplanner.persistence.database import Database
from competentieplanner.services import formation, workforce, workforce_report
from competentieplanner.services.settings_edit import load_editable_settings, update_setting
from tests.pdf_reading import flat, text
from tests.unit_of_work_support import call

TODAY = dt.date(2026, 12, 4)
REQUEST = workforce.PlanRequest("Koers 2028", today=TODAY)


def _fill(db: Database) -> None:
    with db.unit_of_work() as uow:
        for profile, fte in (("strategisch", 4), ("aanbieders", 6), ("faciliterend", 8)):
            formation.set_formation(uow, scenario="Koers 2028", year=2028, profile=profile, fte=fte)


def _names(db: Database) -> set[str]:
    with db.read_session() as session:
        return {e.last_name for e in repo.load_employees(session) if len(e.last_name) > 4}


def test_sheet_and_pdf_add_up_to_the_plan_without_names(demo_db: Database, tmp_path: Path) -> None:
    _fill(demo_db)
    with demo_db.unit_of_work() as uow:
        plan = workforce.plan_workforce(uow, REQUEST)
        sheet_path = tmp_path / "spp.xlsx"
        pdf_path = tmp_path / "spp.pdf"
        report = workforce_report.export_strategic_plan(uow, REQUEST, sheet_path, today=TODAY)
        workforce_report.export_strategic_plan(uow, REQUEST, pdf_path, today=TODAY)
    rows = list(
        openpyxl.load_workbook(sheet_path)["Strategisch personeelsplan"].iter_rows(values_only=True)
    )
    header = rows.index(next(r for r in rows if r[0] == "Profiel"))
    body = rows[header + 1 : header + 1 + len(plan.evaluation.outcomes) + 1]
    total = body[-1]
    assert total[0] == "Totaal"
    outcomes = plan.evaluation.outcomes
    assert total[2] == pytest.approx(sum(o.demand.wanted_fte for o in outcomes))
    assert total[6] == pytest.approx(sum(o.recruit_milli for o in outcomes) / 1000)
    assert total[7] == pytest.approx(float(plan.evaluation.training_cost))
    assert total[8] == pytest.approx(float(plan.evaluation.recruit_cost))
    assert total[4] == sum(1 for a in plan.assignments if not a.option.ready_now)
    assert any(r[0] == "Totale kosten" and r[1] == float(plan.objective) for r in rows)
    pdf = flat(text(pdf_path))
    assert "Strategisch personeelsplan" in pdf and "Koers 2028" in pdf
    assert "bewezen optimaal" in pdf
    everything = pdf + " ".join(str(v) for r in rows for v in r if v is not None)
    assert not any(name in everything for name in _names(demo_db))
    assert all(p.personnel_number not in everything for p in plan.problem.people)
    # small groups: the per-line counts here are below 5, so they are hidden everywhere
    for row in report.rows:
        if 0 < row.grown_people < report.threshold:
            assert row.hide_grown
        if 0 < row.ready_now_people < report.threshold:
            assert row.hide_ready


def test_threshold_one_shows_every_figure(demo_db: Database, tmp_path: Path) -> None:
    _fill(demo_db)
    current = next(
        s for s in call(demo_db, load_editable_settings) if s.key == "reports.privacy_min_group"
    )
    call(demo_db, update_setting, "reports.privacy_min_group", 1, current.version)
    with demo_db.unit_of_work() as uow:
        report = workforce_report.strategic_plan(uow, REQUEST, today=TODAY)
        plan = workforce.plan_workforce(uow, REQUEST)
    assert not any(r.hide_ready or r.hide_grown or r.hide_recruit for r in report.rows)
    for row, outcome in zip(report.rows, plan.evaluation.outcomes, strict=True):
        assert row.ready_now_fte == outcome.ready_now_milli / 1000
        assert row.grown_fte == outcome.grown_milli / 1000


def test_refuses_other_file_types(demo_db: Database, tmp_path: Path) -> None:
    _fill(demo_db)
    with demo_db.unit_of_work() as uow, pytest.raises(UserError, match=".xlsx of .pdf"):
        workforce_report.export_strategic_plan(uow, REQUEST, tmp_path / "x.docx")


def test_the_english_pdf_has_no_dutch_words(demo_db: Database, tmp_path: Path) -> None:
    from competentieplanner.reports import workforce_plan_pdf

    _fill(demo_db)
    pdf_path = tmp_path / "spp-en.pdf"
    dutch_path = tmp_path / "spp-nl.pdf"
    with demo_db.unit_of_work() as uow:
        workforce_report.export_strategic_plan(
            uow, REQUEST, pdf_path, today=TODAY, language="en"
        )
        workforce_report.export_strategic_plan(uow, REQUEST, dutch_path, today=TODAY)
    english, dutch = flat(text(pdf_path)), flat(text(dutch_path))
    assert "Strategic workforce plan" in english and "Koers 2028" in english
    assert "proven optimal" in english and "target year 2028" in english
    assert "4 December 2026" in english and "Measures" in english
    # every fixed Dutch text of the report is gone; the scenario and profile names stay
    words = {
        "personeelsplan", "peildatum", "doeljaar", "Formatie", "tekort",
        "maatregelen", "Gewenst", "inzetbaar", "Groeien", "Gegroeid", "Werven", "Werving",
        "Opleiding", "Totaal", "Totale", "kosten", "hele organisatie", "bewezen", "onderdrukt",
        "personen", "namen", "Vertrouwelijk", "pagina",
    }  # fmt: skip
    assert all(word in dutch for word in ("maatregelen", "doeljaar", "onderdrukt", "Totaal"))
    assert not [word for word in words if word in english]
    assert workforce_plan_pdf.MEASURES.split(":")[0] in dutch
