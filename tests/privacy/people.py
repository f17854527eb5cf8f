"""A fully filled person for the privacy tests: a row in every personal-data table, every text
carrying the person's marker, so a byte or text scan can find each value."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import select

from competentieplanner.persistence import records as r
from competentieplanner.persistence.access_records import AppUserRecord, UserUnitRecord
from competentieplanner.persistence.database import Database
from competentieplanner.services.privacy import erase


def add_person(db: Database, marker: str, number: str, *, days_ago: int = 0) -> None:
    """``marker`` (e.g. "ALFA") goes into every text column of every row about the person."""
    today = dt.date.today() - dt.timedelta(days=days_ago)
    with db.unit_of_work() as uow:
        s = uow.session
        unit = s.scalars(select(r.OrgUnitRecord)).first()
        competencies = s.scalars(select(r.CompetencyRecord).limit(2)).all()
        question = s.scalars(select(r.InterviewQuestionRecord)).first()
        offer = s.scalars(select(r.TrainingOfferRecord)).first()
        assert competencies and question is not None and offer is not None
        person = r.EmployeeRecord(
            personnel_number=number,
            first_name=f"{marker}voornaam",
            infix=f"{marker}tv",
            last_name=f"{marker}achternaam",
            unit_id=unit.id if unit else None,
            job_title=f"{marker} beleidsadviseur",
            fte=0.83,
            start_date=dt.date(2011, 3, 14),
            email=f"{marker.lower()}@gemeente.example",
        )
        s.add(person)
        s.flush()
        interview = r.InterviewRecord(
            employee_id=person.id,
            kind="ontwikkelgesprek",
            held_on=today,
            team_lead=f"{marker} teamleider",
            agreements=f"{marker} afspraak: cursus schrijven",
        )
        interview.answers = [
            r.InterviewAnswerRecord(
                question_id=question.id,
                answer=f"{marker} antwoord over werkdruk",
                rating=4,
                prepared=f"{marker} voorbereiding over werkdruk",
            )
        ]
        s.add(interview)
        s.flush()
        assessment = r.AssessmentRecord(
            employee_id=person.id,
            assessed_on=today,
            kind="agreed",
            assessor=f"{marker} beoordelaar",
            notes=f"{marker} toelichting bij beoordeling",
            interview_id=interview.id,
            created_at=dt.datetime.combine(today, dt.time(10)),
        )
        assessment.scores = [
            r.AssessmentScoreRecord(
                competency_id=c.id, level=3 + i, evidence=f"{marker} bewijs {i}"
            )
            for i, c in enumerate(competencies)
        ]
        s.add(assessment)
        old_plan = r.DevelopmentPlanRecord(
            employee_id=person.id, created_on=today, status="concept", interview_id=interview.id
        )
        old_plan.items = [
            r.PlanItemRecord(
                title=f"{marker} eerste versie",
                quarter="2027-K1",
                hours=12.5,
                cost=Decimal("612.40"),
                notes=f"{marker} notitie oud",
            )
        ]
        s.add(old_plan)
        s.flush()
        plan = r.DevelopmentPlanRecord(
            employee_id=person.id,
            created_on=today,
            status="vastgesteld",
            signed_on=today,
            supersedes_id=old_plan.id,
        )
        plan.items = [
            r.PlanItemRecord(
                offer_id=offer.id,
                title=f"{marker} opleiding",
                quarter="2027-K2",
                hours=24.0,
                cost=Decimal("1450.00"),
                funding="ikb",
                repayment_clause=True,
                notes=f"{marker} notitie nieuw",
            )
        ]
        s.add(plan)
        s.add(
            r.InterviewDraftRecord(
                employee_id=person.id,
                step=2,
                data={"notes": f"{marker} concepttekst", "answers": {"1": f"{marker} half"}},
                updated_at=dt.datetime.combine(today, dt.time(11)),
            )
        )
        # a registration of this person (issue 14: SKJ, meldcode training)
        kind = s.scalars(select(r.RegistrationKindRecord).order_by(r.RegistrationKindRecord.id))
        s.add(
            r.RegistrationRecord(
                employee_id=person.id,
                kind_id=kind.first().id,
                number=f"{marker}-REG-1",
                issued_on=today - dt.timedelta(days=400),
                valid_until=today + dt.timedelta(days=400),
            )
        )
        # a login that is this person, leading a unit (department database tables)
        s.add(
            AppUserRecord(
                login=f"{marker.lower()}_{marker}login", role="teamleider", employee_number=number
            )
        )
        s.flush()
        s.add(UserUnitRecord(login=f"{marker.lower()}_{marker}login", unit_name=f"{marker} team"))
    with db.unit_of_work() as uow:  # fills the audit log, and proves a hold can be lifted
        erase.set_legal_hold(uow, number, True, f"{marker} procedure")
        erase.set_legal_hold(uow, number, False)


def marked_texts(db: Database, marker: str) -> list[str]:
    """Every stored text holding ``marker``, read straight from the tables."""
    from competentieplanner.persistence.privacy_queries import personal_tables

    found: list[str] = []
    with db.unit_of_work() as uow:
        for table in personal_tables():
            for row in uow.session.execute(select(table)).mappings():
                for value in row.values():
                    if isinstance(value, str) and marker in value:
                        found.append(value)
                    elif isinstance(value, dict | list):  # JSON: drafts, audit changes
                        found += [v for v in _strings(value) if marker in v]
    return found


def _strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return []
