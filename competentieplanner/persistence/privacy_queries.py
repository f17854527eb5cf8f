"""Queries behind the AVG rights: everything stored about one person, what may be past its
retention term, and removing or anonymising it.

Which tables hold personal data is not listed here by hand: they carry ``info={"personal":
True}`` (records.PERSONAL). :data:`PERSON_ROWS` says how each of them reaches the person; a test
keeps the two equal, so a new personal table cannot be forgotten by the inzage export.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, Engine, Table, delete, select, text, update
from sqlalchemy.orm import Session

from competentieplanner.domain.retention import Candidate
from competentieplanner.persistence import records as r
from competentieplanner.persistence.access_records import (
    AppUserRecord,
    AuditEntryRecord,
    UserUnitRecord,
)
from competentieplanner.persistence.base import Base

#: Personnel numbers of anonymised people start with this; they are never listed again.
ERASED_PREFIX = "gewist-"
ERASED_NAME = "(gewist)"


def personal_tables() -> list[Table]:
    """The tables marked as holding personal data, in dependency order."""
    return [t for t in Base.metadata.sorted_tables if t.info.get("personal")]


def _assessments_of(employee_id: int) -> Any:
    return select(r.AssessmentRecord.id).where(r.AssessmentRecord.employee_id == employee_id)


def _interviews_of(employee_id: int) -> Any:
    return select(r.InterviewRecord.id).where(r.InterviewRecord.employee_id == employee_id)


def _plans_of(employee_id: int) -> Any:
    return select(r.DevelopmentPlanRecord.id).where(
        r.DevelopmentPlanRecord.employee_id == employee_id
    )


#: For every personal table: the condition selecting its rows about one person, given the
#: person's id and personnel number.
PERSON_ROWS: dict[str, Callable[[int, str], ColumnElement[bool]]] = {
    "employee": lambda e, _n: r.EmployeeRecord.id == e,
    "registration": lambda e, _n: r.RegistrationRecord.employee_id == e,
    "assessment": lambda e, _n: r.AssessmentRecord.employee_id == e,
    "assessment_score": lambda e, _n: r.AssessmentScoreRecord.assessment_id.in_(_assessments_of(e)),
    "interview": lambda e, _n: r.InterviewRecord.employee_id == e,
    "interview_answer": lambda e, _n: r.InterviewAnswerRecord.interview_id.in_(_interviews_of(e)),
    "development_plan": lambda e, _n: r.DevelopmentPlanRecord.employee_id == e,
    "plan_item": lambda e, _n: r.PlanItemRecord.plan_id.in_(_plans_of(e)),
    "interview_draft": lambda e, _n: r.InterviewDraftRecord.employee_id == e,
    "app_user": lambda _e, n: AppUserRecord.employee_number == n,
    "user_unit": lambda _e, n: UserUnitRecord.login.in_(
        select(AppUserRecord.login).where(AppUserRecord.employee_number == n)
    ),
    "audit_log": lambda _e, n: AuditEntryRecord.personnel_number == n,
}


def _plain(value: Any) -> Any:
    """A column value as JSON can hold it."""
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    return value


def find_employee(session: Session, personnel_number: str) -> r.EmployeeRecord | None:
    return session.scalar(
        select(r.EmployeeRecord).where(r.EmployeeRecord.personnel_number == personnel_number)
    )


def person_rows(session: Session, employee: r.EmployeeRecord) -> dict[str, list[dict[str, Any]]]:
    """Every row about ``employee`` in every personal table, every column, by table name."""
    result: dict[str, list[dict[str, Any]]] = {}
    for table in personal_tables():
        condition = PERSON_ROWS[table.name](employee.id, employee.personnel_number)
        order = list(table.primary_key.columns)
        rows = session.execute(select(table).where(condition).order_by(*order)).mappings()
        result[table.name] = [{k: _plain(v) for k, v in row.items()} for row in rows]
    return result


def reference_labels(session: Session) -> dict[str, dict[int, str]]:
    """Names for the ids a person's rows refer to, so the PDF reads as text, not numbers."""

    def names(column_id: Any, *columns: Any) -> dict[int, str]:
        return {
            row[0]: " ".join(str(v) for v in row[1:] if v)
            for row in session.execute(select(column_id, *columns))
        }

    return {
        "competency": names(
            r.CompetencyRecord.id, r.CompetencyRecord.code, r.CompetencyRecord.name
        ),
        "interview_question": names(r.InterviewQuestionRecord.id, r.InterviewQuestionRecord.text),
        "profile": names(r.ProfileRecord.id, r.ProfileRecord.name),
        "org_unit": names(r.OrgUnitRecord.id, r.OrgUnitRecord.name),
        "training_offer": names(r.TrainingOfferRecord.id, r.TrainingOfferRecord.name),
    }


def employee_name(session: Session, employee_id: int | None) -> str:
    if employee_id is None:
        return ""
    e = session.get(r.EmployeeRecord, employee_id)
    return full_name(e) if e is not None else ""


def full_name(e: r.EmployeeRecord) -> str:
    return " ".join(part for part in (e.first_name, e.infix, e.last_name) if part)


# -- retention ---------------------------------------------------------------------------------


def retention_candidates(session: Session) -> Iterator[Candidate]:
    """Every record a retention term applies to, with the date its term counts from."""
    people = {
        e.id: (e.personnel_number, e.legal_hold, e.end_date)
        for e in session.scalars(
            select(r.EmployeeRecord).where(
                ~r.EmployeeRecord.personnel_number.startswith(ERASED_PREFIX)
            )
        )
    }

    def candidate(employee_id: int, kind: str, record: str, since: dt.date) -> Candidate | None:
        person = people.get(employee_id)
        if person is None:
            return None
        return Candidate(person[0], kind, record, since, person[1])

    found: list[Candidate | None] = []
    for draft_id, employee_id, updated_at in session.execute(
        select(
            r.InterviewDraftRecord.id,
            r.InterviewDraftRecord.employee_id,
            r.InterviewDraftRecord.updated_at,
        )
    ):
        found.append(
            candidate(
                employee_id, "gespreksconcept", f"interview_draft:{draft_id}", updated_at.date()
            )
        )
    for interview_id, employee_id, held_on in session.execute(
        select(r.InterviewRecord.id, r.InterviewRecord.employee_id, r.InterviewRecord.held_on)
    ):
        found.append(
            candidate(employee_id, "gespreksverslag", f"interview:{interview_id}", held_on)
        )
    latest: dict[tuple[int, str], tuple[dt.date, dt.datetime, int]] = {}
    assessments = session.execute(
        select(
            r.AssessmentRecord.id,
            r.AssessmentRecord.employee_id,
            r.AssessmentRecord.kind,
            r.AssessmentRecord.assessed_on,
            r.AssessmentRecord.created_at,
        )
    ).all()
    for a_id, employee_id, kind, assessed_on, created_at in assessments:
        key = (employee_id, kind)
        if key not in latest or (assessed_on, created_at, a_id) > latest[key]:
            latest[key] = (assessed_on, created_at, a_id)
    for a_id, employee_id, kind, assessed_on, _created in assessments:
        if latest[(employee_id, kind)][2] != a_id:  # the latest of each kind is today's picture
            found.append(candidate(employee_id, "beoordeling", f"assessment:{a_id}", assessed_on))
    successor = r.DevelopmentPlanRecord.__table__.alias("successor")
    for plan_id, employee_id, replaced_on in session.execute(
        select(
            r.DevelopmentPlanRecord.id,
            r.DevelopmentPlanRecord.employee_id,
            successor.c.created_on,
        ).join(successor, successor.c.supersedes_id == r.DevelopmentPlanRecord.id)
    ):
        found.append(
            candidate(employee_id, "ontwikkelplan", f"development_plan:{plan_id}", replaced_on)
        )
    for employee_id, (_number, _hold, end_date) in people.items():
        if end_date is not None:
            found.append(candidate(employee_id, "medewerker", f"employee:{employee_id}", end_date))
    return (c for c in found if c is not None)


def remove_interview(session: Session, interview_id: int) -> None:
    """An interview with its answers; assessments and plans made in it stay, unlinked."""
    session.execute(
        update(r.AssessmentRecord)
        .where(r.AssessmentRecord.interview_id == interview_id)
        .values(interview_id=None)
    )
    session.execute(
        update(r.DevelopmentPlanRecord)
        .where(r.DevelopmentPlanRecord.interview_id == interview_id)
        .values(interview_id=None, version=r.DevelopmentPlanRecord.version + 1)
    )
    session.execute(
        delete(r.InterviewAnswerRecord).where(r.InterviewAnswerRecord.interview_id == interview_id)
    )
    session.execute(delete(r.InterviewRecord).where(r.InterviewRecord.id == interview_id))


def remove_assessment(session: Session, assessment_id: int) -> None:
    session.execute(
        delete(r.AssessmentScoreRecord).where(
            r.AssessmentScoreRecord.assessment_id == assessment_id
        )
    )
    session.execute(delete(r.AssessmentRecord).where(r.AssessmentRecord.id == assessment_id))


def remove_plan_version(session: Session, plan_id: int) -> None:
    """A replaced plan version; the version that replaced it no longer points back."""
    session.execute(
        update(r.DevelopmentPlanRecord)
        .where(r.DevelopmentPlanRecord.supersedes_id == plan_id)
        .values(supersedes_id=None, version=r.DevelopmentPlanRecord.version + 1)
    )
    session.execute(delete(r.PlanItemRecord).where(r.PlanItemRecord.plan_id == plan_id))
    session.execute(delete(r.DevelopmentPlanRecord).where(r.DevelopmentPlanRecord.id == plan_id))


def remove_draft(session: Session, draft_id: int) -> None:
    session.execute(delete(r.InterviewDraftRecord).where(r.InterviewDraftRecord.id == draft_id))


def anonymise_employee(session: Session, employee: r.EmployeeRecord) -> None:
    """Remove everything about a person but the figures others are built on.

    Kept, without anything that names the person: the staff row with unit, fte, end date and
    target profile (team counts), the plan versions and items with hours, cost, quarter, offer
    and funding (budgets spent). Removed: name, personnel number, e-mail, job title, start
    date, manager, assessments, interviews, drafts, plan notes. The audit entries about them and
    a login's link to them go in ``privacy_audit.scrub``. The person's name is also taken out
    of assessments and interviews of others they led.
    """
    names = {full_name(employee)}
    names.add(f"{employee.last_name}, {employee.first_name} {employee.infix}".strip())
    employee_id = employee.id
    session.execute(
        delete(r.InterviewDraftRecord).where(r.InterviewDraftRecord.employee_id == employee_id)
    )
    session.execute(
        delete(r.RegistrationRecord).where(r.RegistrationRecord.employee_id == employee_id)
    )
    for assessment_id in session.scalars(_assessments_of(employee_id)).all():
        remove_assessment(session, assessment_id)
    for interview_id in session.scalars(_interviews_of(employee_id)).all():
        remove_interview(session, interview_id)
    offers = reference_labels(session)["training_offer"]
    for item in session.scalars(
        select(r.PlanItemRecord).where(r.PlanItemRecord.plan_id.in_(_plans_of(employee_id)))
    ):
        item.title = offers.get(item.offer_id or 0, "Ontwikkelactiviteit")
        item.notes = ""
    session.execute(
        update(r.EmployeeRecord)
        .where(r.EmployeeRecord.manager_id == employee_id)
        .values(manager_id=None, version=r.EmployeeRecord.version + 1)
    )
    for column in (r.AssessmentRecord.assessor,):
        session.execute(
            update(r.AssessmentRecord).where(column.in_(names)).values(assessor=ERASED_NAME)
        )
    session.execute(
        update(r.InterviewRecord)
        .where(r.InterviewRecord.team_lead.in_(names))
        .values(team_lead=ERASED_NAME, version=r.InterviewRecord.version + 1)
    )
    employee.personnel_number = f"{ERASED_PREFIX}{employee_id}"
    employee.first_name = employee.infix = employee.job_title = employee.email = ""
    employee.last_name = ERASED_NAME
    employee.start_date = None
    employee.manager_id = None
    employee.legal_hold_reason = ""
    session.flush()


def set_legal_hold(session: Session, employee: r.EmployeeRecord, hold: bool, reason: str) -> None:
    employee.legal_hold = hold
    employee.legal_hold_reason = reason if hold else ""
    session.flush()


def scrub_sqlite(engine: Engine) -> None:
    """After an erasure: overwrite freed pages, rebuild the file and empty the WAL, so removed
    values are not left in free pages or in the write-ahead log."""
    if engine.dialect.name != "sqlite":
        return
    engine.dispose()  # pooled connections would keep a read snapshot and block the checkpoint
    raw = engine.raw_connection()  # outside SQLAlchemy's BEGIN: VACUUM needs no transaction
    try:
        cursor = raw.cursor()
        cursor.execute("PRAGMA secure_delete = ON")
        cursor.execute("VACUUM")
        cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        cursor.close()
    finally:
        raw.close()
    engine.dispose()


def secure_delete_on(session: Session) -> None:
    """Zero the bytes of what this transaction deletes (SQLite), instead of leaving them in
    free space until they happen to be overwritten."""
    if session.get_bind().dialect.name == "sqlite":
        session.execute(text("PRAGMA secure_delete = ON"))
