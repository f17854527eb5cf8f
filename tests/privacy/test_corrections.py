"""AVG art. 16, correction: the staff record is corrected through the staff import and an
assessment by a new one (the form), each change in the audit trail with the old and the new
value; an agreed assessment is never overwritten."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
from sqlalchemy import select

from competentieplanner.domain.access import AuditEntry
from competentieplanner.domain.model import AssessmentKind
from competentieplanner.persistence import records as r
from competentieplanner.persistence import repositories as repo
from competentieplanner.persistence.database import Database
from competentieplanner.services import audit_trail
from competentieplanner.services.assessment_import import import_assessments
from competentieplanner.services.staff_import import import_staff
from competentieplanner.services.template_export import export_assessment_template
from tests.unit_of_work_support import call

UNIT = "Sociaal team Noord"


def _person_with_an_agreed_assessment(db: Database) -> str:
    with db.read_session() as session:
        numbers = session.scalars(
            select(r.EmployeeRecord.personnel_number)
            .join(r.AssessmentRecord, r.AssessmentRecord.employee_id == r.EmployeeRecord.id)
            .join(r.OrgUnitRecord, r.EmployeeRecord.unit_id == r.OrgUnitRecord.id)
            .where(r.AssessmentRecord.kind == AssessmentKind.AGREED.value)
            .where(r.OrgUnitRecord.name == UNIT)
            .order_by(r.EmployeeRecord.personnel_number)
        ).all()
    assert numbers, "the demo has agreed levels in the team"
    return numbers[0]


def _log(db: Database, number: str) -> list[AuditEntry]:
    with db.unit_of_work() as uow:
        return audit_trail.read_log(uow, employee=number)


def test_the_staff_record_is_corrected_through_the_import_and_logged(
    demo_db: Database, tmp_path: Path
) -> None:
    number = _person_with_an_agreed_assessment(demo_db)
    with demo_db.read_session() as session:
        person = repo.get_employee(session, number)
    book = openpyxl.Workbook()
    book.active.append(["Personeelsnummer", "Voornaam", "Tussenvoegsel", "Achternaam", "Functie"])
    book.active.append(
        [number, person.first_name, person.infix, person.last_name, "Wijkcoach (gecorrigeerd)"]
    )
    path = tmp_path / "correctie.xlsx"
    book.save(path)
    result = call(demo_db, import_staff, path)
    assert result.updated == 1
    with demo_db.read_session() as session:
        assert repo.get_employee(session, number).job_title == "Wijkcoach (gecorrigeerd)"
    updates = [e for e in _log(demo_db, number) if e.action == "update" and e.table == "employee"]
    change = next(c for e in updates for c in e.changes if c.field == "job_title")
    assert (change.old, change.new) == (person.job_title, "Wijkcoach (gecorrigeerd)")


def test_an_agreed_assessment_is_corrected_by_a_new_one_never_overwritten(
    demo_db: Database, tmp_path: Path
) -> None:
    number = _person_with_an_agreed_assessment(demo_db)
    with demo_db.read_session() as session:
        before = repo.load_assessments(session, number)
    agreed = [a for a in before if a.kind is AssessmentKind.AGREED]
    form = tmp_path / "formulier.xlsx"
    with demo_db.unit_of_work() as uow:
        export_assessment_template(uow, form, unit=UNIT, framework="sociaal-team")
    book = openpyxl.load_workbook(form)
    sheet = book["Beoordeling"]
    row = next(i for i in range(4, sheet.max_row + 1) if sheet.cell(i, 1).value == number)
    first = next(iter(agreed[-1].scores))
    column = next(
        c for c in range(5, sheet.max_column + 1)
        if str(sheet.cell(3, c).value).startswith(f"{first} ")
    )  # fmt: skip
    corrected = 1 if agreed[-1].scores[first].level != 1 else 2
    sheet.cell(row, 3).value = dt.datetime(2026, 11, 30)
    sheet.cell(row, 4).value = "T. Leider"
    sheet.cell(row, column).value = corrected
    book.save(form)
    call(demo_db, import_assessments, form, today=dt.date(2026, 12, 1))
    with demo_db.read_session() as session:
        after = repo.load_assessments(session, number)
    assert len(after) == len(before) + 1  # added
    kept = {a.id: a for a in after}
    for old in before:  # every earlier assessment, the agreed ones included, reads as before
        assert kept[old.id] == old
    new = next(a for a in after if a.id not in {b.id for b in before})
    assert new.scores[first].level == corrected and new.date == dt.date(2026, 11, 30)
    inserts = [e for e in _log(demo_db, number) if e.action == "insert" and e.table == "assessment"]
    assert inserts, "the correction is in the audit trail"
