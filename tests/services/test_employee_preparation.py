"""Issue 14: the employee's preparation (self-assessment and answers to the questions) filled in
beforehand on an exported form, read back all-or-nothing, kept through closing and printed
beside the team lead's answers. Real .xlsx files written and read back, a real SQLite file,
the PDF parsed back."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from competentieplanner.cli import main
from competentieplanner.domain.errors import NotFoundError, UserError, ValidationError
from competentieplanner.domain.interview import MAX_PREPARED_LENGTH, AnswerEntry, InterviewDraft
from competentieplanner.domain.model import InterviewKind
from competentieplanner.import_export import assessment_sheet
from competentieplanner.import_export import preparation_sheet as layout
from competentieplanner.persistence import audit_log
from competentieplanner.persistence import records as r
from competentieplanner.persistence.audit_sql import FREE_TEXT_MARK
from competentieplanner.persistence.database import Database
from competentieplanner.services import interview as iv
from competentieplanner.services import pdf_export
from tests import pdf_reading
from tests.services.test_interview import _advisor_with_plan, _counts, _filled_draft, call

FIRST = layout.HEADER_ROW + 1  # the first question row
ANSWER_COLUMN = 4  # D: Uw voorbereiding


def _form(db: Database, path: Path, kind: InterviewKind = InterviewKind.PLANNING) -> str:
    prep = _advisor_with_plan(db)
    number = prep.employee.personnel_number
    call(db, iv.export_preparation_form, path, number, kind, today=dt.date(2026, 11, 2))
    return number


def _question_rows(path: Path) -> dict[str, int]:
    sheet = load_workbook(path)[layout.SHEET]
    return {
        str(sheet.cell(row, 1).value): row
        for row in range(FIRST, sheet.max_row + 1)
        if sheet.cell(row, 1).value
    }


def test_the_form_holds_the_persons_self_assessment_and_the_questions_of_the_kind(
    demo_db: Database, tmp_path: Path
) -> None:
    form = tmp_path / "voorbereiding.xlsx"
    number = _form(demo_db, form, InterviewKind.PROGRESS)
    prep = call(demo_db, iv.prepare_interview, number)

    book = load_workbook(form)
    assert book.sheetnames == [assessment_sheet.SHEET, layout.SHEET, "Gedragsindicatoren"]
    assert book.active.title == layout.SHEET  # opens where the employee writes
    sheet = book[layout.SHEET]
    assert (sheet.cell(layout.NUMBER_ROW, 1).value, sheet.cell(layout.NUMBER_ROW, 2).value) == (
        layout.NUMBER_LABEL,
        number,
    )
    assert [sheet.cell(layout.HEADER_ROW, c).value for c in range(1, 5)] == layout.HEADERS
    asked = prep.questions_for(InterviewKind.PROGRESS)
    assert list(_question_rows(form)) == [q.code for q in asked]
    assert sheet.cell(FIRST, 3).value == asked[0].text
    own = book[assessment_sheet.SHEET]
    row = assessment_sheet.HEADER_ROW + 1
    assert own.cell(row, 1).value == number and own.cell(row + 1, 1).value is None
    assert own.cell(row, 3).value == dt.datetime(2026, 11, 2)
    with demo_db.unit_of_work() as uow:
        exports = [e for e in audit_log.load_entries(uow.session) if e.action == "export"]
    assert [(e.table, e.employee) for e in exports] == [("preparation_form", number)]


def test_answers_and_levels_are_read_back_without_writing_anything(
    demo_db: Database, tmp_path: Path
) -> None:
    form = tmp_path / "voorbereiding.xlsx"
    number = _form(demo_db, form)
    rows = _question_rows(form)
    first, second = list(rows)[:2]
    book = load_workbook(form)
    book[layout.SHEET].cell(
        rows[first], ANSWER_COLUMN
    ).value = "De tekorten in de jeugdzorg.\nEn wijkgericht werken."
    book[layout.SHEET].cell(rows[second], ANSWER_COLUMN).value = "Energie van netwerken"
    book[assessment_sheet.SHEET].cell(
        assessment_sheet.HEADER_ROW + 1, assessment_sheet.FIRST_LEVEL_COLUMN
    ).value = 3
    book.save(form)
    before = _counts(demo_db)

    found = call(demo_db, iv.read_preparation, form, number, today=dt.date(2026, 11, 3))

    assert found.answers == {
        first: "De tekorten in de jeugdzorg.\nEn wijkgericht werken.",
        second: "Energie van netwerken",
    }
    assert found.self_assessment is not None
    assert list(found.self_assessment.levels.values()) == [3]
    assert found.self_assessment.assessed_on == dt.date(2026, 11, 2)
    assert _counts(demo_db) == before


def test_answers_alone_are_enough_and_an_empty_form_is_refused(
    demo_db: Database, tmp_path: Path
) -> None:
    form = tmp_path / "voorbereiding.xlsx"
    number = _form(demo_db, form)
    with pytest.raises(UserError, match="nog niet ingevuld"):
        call(demo_db, iv.read_preparation, form, number)
    rows = _question_rows(form)
    book = load_workbook(form)
    code = list(rows)[-1]
    book[layout.SHEET].cell(rows[code], ANSWER_COLUMN).value = "Meer tijd voor de wijk"
    book.save(form)
    found = call(demo_db, iv.read_preparation, form, number)
    assert found.self_assessment is None and found.answers == {code: "Meer tijd voor de wijk"}


def test_someone_elses_form_is_refused(demo_db: Database, tmp_path: Path) -> None:
    form = tmp_path / "voorbereiding.xlsx"
    number = _form(demo_db, form)
    book = load_workbook(form)
    book[layout.SHEET].cell(FIRST, ANSWER_COLUMN).value = "Antwoord"
    book.save(form)
    other = next(
        c.employee.personnel_number
        for c in call(demo_db, iv.interview_candidates)
        if c.employee.personnel_number != number
    )
    with pytest.raises(UserError, match=f"personeelsnummer {number}, niet van {other}"):
        call(demo_db, iv.read_preparation, form, other)


def test_bad_cells_are_named_by_sheet_row_and_column_and_nothing_is_read(
    demo_db: Database, tmp_path: Path
) -> None:
    form = tmp_path / "voorbereiding.xlsx"
    number = _form(demo_db, form)
    rows = list(_question_rows(form).values())
    book = load_workbook(form)
    sheet = book[layout.SHEET]
    sheet.cell(rows[0], ANSWER_COLUMN).value = "Een goed antwoord"
    sheet.cell(rows[1], 1).value = "ZZ99"
    sheet.cell(rows[2], 1).value = sheet.cell(rows[3], 1).value  # the same question twice
    sheet.cell(rows[4], ANSWER_COLUMN).value = "x" * (MAX_PREPARED_LENGTH + 1)
    sheet.cell(rows[-1] + 2, ANSWER_COLUMN).value = "zonder code"
    book.save(form)

    with pytest.raises(ValidationError) as caught:
        call(demo_db, iv.read_preparation, form, number)

    where = {(p.row, p.column) for p in caught.value.problems}
    assert where == {
        (rows[1], "A"),
        (rows[3], "A"),
        (rows[4], "D"),
        (rows[-1] + 2, "D"),
    }
    message = str(caught.value)
    assert "voorbereiding.xlsx, werkblad 'Voorbereiding', rij" in message
    assert "onbekende vraagcode 'ZZ99'" in message and "er is niets ingelezen" in message


def test_the_teams_assessment_form_still_gives_the_self_assessment(
    demo_db: Database, tmp_path: Path
) -> None:
    from competentieplanner.services.template_export import export_assessment_template

    prep = _advisor_with_plan(demo_db)
    assert prep.employee.unit is not None
    form = tmp_path / "team.xlsx"
    with demo_db.unit_of_work() as uow:
        export_assessment_template(uow, form, unit=prep.employee.unit, framework="beleidsadviseur")
    book = load_workbook(form)
    sheet = book[assessment_sheet.SHEET]
    row = next(
        row
        for row in range(assessment_sheet.HEADER_ROW + 1, sheet.max_row + 1)
        if sheet.cell(row, 1).value == prep.employee.personnel_number
    )
    sheet.cell(row, 3).value = dt.datetime(2026, 11, 2)
    sheet.cell(row, assessment_sheet.FIRST_LEVEL_COLUMN).value = 2
    book.save(form)
    found = call(demo_db, iv.read_preparation, form, prep.employee.personnel_number)
    assert found.answers == {}
    assert found.self_assessment is not None and list(found.self_assessment.levels.values()) == [2]


def test_the_preparation_is_kept_in_the_draft_stored_at_closing_and_printed(
    demo_db: Database, tmp_path: Path
) -> None:
    prep = _advisor_with_plan(demo_db)
    number = prep.employee.personnel_number
    draft = _filled_draft(prep)
    question = prep.questions[0].code
    draft.answers[question].prepared = "Ik zie de tekorten in de jeugdzorg als kans."
    only_prepared = prep.questions[2].code
    draft.answers[only_prepared] = AnswerEntry(prepared="Ik wil meer met aanbieders werken.")
    call(demo_db, iv.save_draft, draft)
    stored = next(d for d in call(demo_db, iv.load_drafts) if d.id == draft.id)
    assert stored.answers[question].prepared == "Ik zie de tekorten in de jeugdzorg als kans."

    closed = call(demo_db, iv.close_interview, stored, accept_unscored=True)

    with demo_db.read_session() as session:
        rows = session.scalars(
            select(r.InterviewAnswerRecord).where(
                r.InterviewAnswerRecord.interview_id == closed.interview_id
            )
        ).all()
        prepared = {a.question.code: a.prepared for a in rows}
    assert prepared[question] == "Ik zie de tekorten in de jeugdzorg als kans."
    assert prepared[only_prepared] == "Ik wil meer met aanbieders werken."
    after = call(demo_db, iv.prepare_interview, number)
    answers = {a.question.code: a for a in after.interviews[-1].answers}
    assert answers[only_prepared].prepared == "Ik wil meer met aanbieders werken."

    out = tmp_path / "plan.pdf"
    with demo_db.unit_of_work() as uow:
        pdf_export.export_development_plan(uow, out, number)
    text = pdf_reading.flat(pdf_reading.text(out))
    assert "Voorbereiding medewerker" in text and "Antwoord in het gesprek" in text
    assert "Ik wil meer met aanbieders werken." in text
    assert "tekorten in de jeugdzorg als kans." in text


def test_the_audit_log_records_a_prepared_answer_without_its_content(
    demo_db: Database, demo_db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    prep = _advisor_with_plan(demo_db)
    draft = _filled_draft(prep)
    draft.answers[prep.questions[0].code].prepared = "vertrouwelijke voorbereiding"
    closed = call(demo_db, iv.close_interview, draft, accept_unscored=True)
    with demo_db.unit_of_work() as uow:
        answer = uow.session.scalars(
            select(r.InterviewAnswerRecord).where(
                r.InterviewAnswerRecord.interview_id == closed.interview_id
            )
        ).first()
        assert answer is not None
        answer.prepared = "gewijzigde voorbereiding"
    capsys.readouterr()
    argv = ["--database", str(demo_db_path), "audit", "--format", "json"]
    assert main([*argv, "--employee", prep.employee.personnel_number]) == 0
    entries = json.loads(capsys.readouterr().out)
    change = next(
        c
        for e in entries
        if e["table"] == "interview_answer" and e["action"] == "update"
        for c in e["changes"]
    )
    assert change == {"field": "prepared", "old": FREE_TEXT_MARK, "new": FREE_TEXT_MARK}
    assert "voorbereiding" not in json.dumps([e for e in entries if e["table"] != "audit_log"])


def test_a_draft_with_only_a_preparation_is_worth_keeping() -> None:
    draft = InterviewDraft("100001", dt.date(2026, 11, 2))
    assert not draft.has_content
    draft.answers["A1"] = AnswerEntry(prepared="Vooraf geschreven")
    assert draft.has_content
    again = InterviewDraft.from_data(draft.to_data())
    assert again.answers["A1"].prepared == "Vooraf geschreven"
    older = draft.to_data()
    del older["answers"]["A1"]["prepared"]  # a draft saved before preparations existed
    assert InterviewDraft.from_data(older).answers["A1"].prepared == ""


def test_cli_export_preparation_writes_the_form_and_refuses_an_unknown_person(
    demo_db: Database, demo_db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    number = _advisor_with_plan(demo_db).employee.personnel_number
    out = tmp_path / "form.xlsx"
    argv = ["--database", str(demo_db_path), "export", "preparation"]
    assert main([*argv, str(out), "--employee", number, "--kind", "beoordelingsgesprek"]) == 0
    assert "Voorbereidingsformulier voor" in capsys.readouterr().out
    assert list(_question_rows(out)) == ["R1", "R2", "R3"]
    missing = tmp_path / "niemand.xlsx"
    assert main([*argv, str(missing), "--employee", "000000"]) == 1
    assert "000000" in capsys.readouterr().err and not missing.exists()
    with pytest.raises(NotFoundError):
        call(demo_db, iv.export_preparation_form, missing, "000000", InterviewKind.PLANNING)
