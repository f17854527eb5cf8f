"""Read domain objects out of the database. Functions take a Session (or Connection) and return
plain domain values; nothing here keeps state between calls."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, select
from sqlalchemy.orm import Session, aliased, selectinload

from competentieplanner.domain import budget_periods
from competentieplanner.domain.errors import NotFoundError
from competentieplanner.domain.model import (
    CURRENT_LEVEL_KINDS,
    Assessment,
    AssessmentKind,
    Authority,
    Budget,
    Competency,
    DevelopmentPlan,
    Effect,
    Employee,
    Framework,
    FundingSource,
    InterviewQuestion,
    LevelScale,
    OrgUnit,
    PlanItem,
    PlanItemStatus,
    PlanStatus,
    Profile,
    Quarter,
    Requirement,
    ScaleLevel,
    Score,
    TrainingOffer,
)
from competentieplanner.persistence import records as r


def _scale(record: r.LevelScaleRecord) -> LevelScale:
    return LevelScale(
        record.code,
        record.name,
        tuple(ScaleLevel(lv.level, lv.label, lv.description) for lv in record.levels),
    )


def _competency(record: r.CompetencyRecord, framework_code: str) -> Competency:
    return Competency(
        code=record.code,
        name=record.name,
        framework=framework_code,
        cluster=record.cluster,
        description=record.description,
        source=record.source,
        tags=tuple(record.tags or ()),
        indicators={ind.level: ind.text for ind in record.indicators},
        indicator_source=record.indicator_source,
    )


def load_frameworks(session: Session) -> list[Framework]:
    rows = session.scalars(
        select(r.FrameworkRecord)
        .options(
            selectinload(r.FrameworkRecord.scale).selectinload(r.LevelScaleRecord.levels),
            selectinload(r.FrameworkRecord.competencies).selectinload(
                r.CompetencyRecord.indicators
            ),
        )
        .order_by(r.FrameworkRecord.code)
    ).all()
    return [
        Framework(
            fw.code,
            fw.name,
            fw.description,
            _scale(fw.scale),
            tuple(_competency(c, fw.code) for c in fw.competencies),
        )
        for fw in rows
    ]


def load_competencies(session: Session) -> dict[str, Competency]:
    """All competencies of all frameworks by code, in framework order."""
    return {c.code: c for fw in load_frameworks(session) for c in fw.competencies}


def load_profiles(session: Session) -> list[Profile]:
    rows = session.scalars(
        select(r.ProfileRecord)
        .options(
            selectinload(r.ProfileRecord.framework),
            selectinload(r.ProfileRecord.requirements).selectinload(r.RequirementRecord.competency),
        )
        .order_by(r.ProfileRecord.id)
    ).all()
    return [
        Profile(
            code=p.code,
            name=p.name,
            framework=p.framework.code,
            description=p.description,
            requirements=tuple(
                Requirement(req.competency.code, req.target, req.weight, req.critical, req.source)
                for req in sorted(p.requirements, key=lambda q: q.competency.code)
            ),
        )
        for p in rows
    ]


def get_profile(session: Session, code: str) -> Profile:
    for profile in load_profiles(session):
        if profile.code == code:
            return profile
    known = ", ".join(p.code for p in load_profiles(session))
    raise NotFoundError(f"Profiel '{code}' bestaat niet. Bekende profielen: {known}.")


def load_catalogue(session: Session, *, include_inactive: bool = False) -> list[TrainingOffer]:
    query = (
        select(r.TrainingOfferRecord)
        .options(
            selectinload(r.TrainingOfferRecord.effects).selectinload(r.OfferEffectRecord.competency)
        )
        .order_by(r.TrainingOfferRecord.code)
    )
    if not include_inactive:
        query = query.where(r.TrainingOfferRecord.active.is_(True))
    return [
        TrainingOffer(
            code=o.code,
            name=o.name,
            provider=o.provider,
            format=o.format,
            hours=o.hours,
            cost=Decimal(o.cost),
            effects=tuple(
                Effect(e.competency.code, e.min_level, e.to_level, e.source)
                for e in sorted(o.effects, key=lambda e: e.competency.code)
            ),
            active=o.active,
        )
        for o in session.scalars(query).all()
    ]


def load_authorities(session: Session) -> list[Authority]:
    rows = session.scalars(
        select(r.AuthorityRecord)
        .options(
            selectinload(r.AuthorityRecord.framework),
            selectinload(r.AuthorityRecord.competency),
            selectinload(r.AuthorityRecord.required_offer),
            selectinload(r.AuthorityRecord.required_registration),
        )
        .order_by(r.AuthorityRecord.code)
    ).all()
    return [
        Authority(
            code=a.code,
            name=a.name,
            framework=a.framework.code,
            description=a.description,
            competency=a.competency.code if a.competency else None,
            min_level=a.min_level,
            required_offer=a.required_offer.code if a.required_offer else None,
            required_registration=(
                a.required_registration.code if a.required_registration else None
            ),
            source=a.source,
        )
        for a in rows
    ]


def load_questions(session: Session, *, active_only: bool = True) -> list[InterviewQuestion]:
    query = select(r.InterviewQuestionRecord).order_by(r.InterviewQuestionRecord.sort_order)
    if active_only:
        query = query.where(r.InterviewQuestionRecord.active.is_(True))
    return [
        InterviewQuestion(
            q.code, q.theme, q.text, q.audience, tuple(k for k in q.kinds.split(",") if k)
        )
        for q in session.scalars(query)
    ]


def load_units(session: Session) -> list[OrgUnit]:
    parent = aliased(r.OrgUnitRecord)
    rows = session.execute(
        select(r.OrgUnitRecord.name, r.OrgUnitRecord.kind, parent.name, r.ProfileRecord.code)
        .outerjoin(parent, r.OrgUnitRecord.parent_id == parent.id)
        .outerjoin(r.ProfileRecord, r.OrgUnitRecord.profile_id == r.ProfileRecord.id)
        .order_by(r.OrgUnitRecord.name)
    ).all()
    return [OrgUnit(name, kind, parent_name, profile) for name, kind, parent_name, profile in rows]


def get_unit_id(session: Session, name: str) -> int:
    unit_id = session.scalar(select(r.OrgUnitRecord.id).where(r.OrgUnitRecord.name == name))
    if unit_id is None:
        known = ", ".join(u.name for u in load_units(session)) or "(geen)"
        raise NotFoundError(f"Afdeling of team '{name}' bestaat niet. Bekend: {known}.")
    return unit_id


def unit_and_descendants(session: Session, name: str) -> list[int]:
    """The unit's id and the ids of every unit below it (an afdeling includes its teams)."""
    root = get_unit_id(session, name)
    children: dict[int | None, list[int]] = defaultdict(list)
    for unit_id, parent_id in session.execute(
        select(r.OrgUnitRecord.id, r.OrgUnitRecord.parent_id)
    ):
        children[parent_id].append(unit_id)
    result, stack = [], [root]
    while stack:
        current = stack.pop()
        result.append(current)
        stack.extend(children.get(current, ()))
    return result


_EMPLOYEE_COLUMNS = (
    r.EmployeeRecord.personnel_number,
    r.EmployeeRecord.first_name,
    r.EmployeeRecord.last_name,
    r.EmployeeRecord.infix,
    r.OrgUnitRecord.name,
    r.EmployeeRecord.job_title,
    r.EmployeeRecord.fte,
    r.EmployeeRecord.start_date,
    r.EmployeeRecord.end_date,
    r.EmployeeRecord.email,
    r.ProfileRecord.code,
)


def load_employees(
    session: Session, *, unit: str | None = None, personnel_numbers: Iterable[str] | None = None
) -> list[Employee]:
    """Employees sorted by last name, with unit, manager and chosen profile resolved."""
    manager = aliased(r.EmployeeRecord)
    query = (
        select(*_EMPLOYEE_COLUMNS, manager.personnel_number)
        .outerjoin(r.OrgUnitRecord, r.EmployeeRecord.unit_id == r.OrgUnitRecord.id)
        .outerjoin(manager, r.EmployeeRecord.manager_id == manager.id)
        .outerjoin(r.ProfileRecord, r.EmployeeRecord.target_profile_id == r.ProfileRecord.id)
        .order_by(r.EmployeeRecord.last_name, r.EmployeeRecord.first_name, r.EmployeeRecord.id)
    )
    if unit is not None:
        query = query.where(r.EmployeeRecord.unit_id.in_(unit_and_descendants(session, unit)))
    if personnel_numbers is not None:
        query = query.where(r.EmployeeRecord.personnel_number.in_(list(personnel_numbers)))
    return [
        Employee(
            personnel_number=row[0],
            first_name=row[1],
            last_name=row[2],
            infix=row[3],
            unit=row[4],
            job_title=row[5],
            fte=row[6],
            start_date=row[7],
            end_date=row[8],
            email=row[9],
            target_profile=row[10],
            manager=row[11],
        )
        for row in session.execute(query)
    ]


def get_employee(session: Session, personnel_number: str) -> Employee:
    found = load_employees(session, personnel_numbers=[personnel_number])
    if not found:
        raise NotFoundError(f"Medewerker met personeelsnummer '{personnel_number}' bestaat niet.")
    return found[0]


def employee_id(session: Session, personnel_number: str) -> int:
    found = session.scalar(
        select(r.EmployeeRecord.id).where(r.EmployeeRecord.personnel_number == personnel_number)
    )
    if found is None:
        raise NotFoundError(f"Medewerker met personeelsnummer '{personnel_number}' bestaat niet.")
    return found


def load_current_levels(
    connection: Connection | Session,
    *,
    employee_ids: Iterable[int] | None = None,
    kinds: Iterable[AssessmentKind] = CURRENT_LEVEL_KINDS,
) -> dict[str, dict[str, int]]:
    """personnel number -> competency code -> level of the most recent counting assessment.

    "Most recent" is by assessment date, then by the order of recording (id). Rows come ordered
    oldest first so that a plain dict assignment leaves the latest level standing.
    """
    query = (
        select(
            r.EmployeeRecord.personnel_number,
            r.CompetencyRecord.code,
            r.AssessmentScoreRecord.level,
        )
        .select_from(r.AssessmentScoreRecord)
        .join(r.AssessmentRecord, r.AssessmentScoreRecord.assessment_id == r.AssessmentRecord.id)
        .join(r.EmployeeRecord, r.AssessmentRecord.employee_id == r.EmployeeRecord.id)
        .join(r.CompetencyRecord, r.AssessmentScoreRecord.competency_id == r.CompetencyRecord.id)
        .where(r.AssessmentRecord.kind.in_([k.value for k in kinds]))
        .order_by(r.AssessmentRecord.assessed_on, r.AssessmentRecord.id)
    )
    if employee_ids is not None:
        query = query.where(r.AssessmentRecord.employee_id.in_(list(employee_ids)))
    levels: dict[str, dict[str, int]] = defaultdict(dict)
    for number, code, level in connection.execute(query):
        levels[number][code] = level
    return dict(levels)


def load_assessments(session: Session, personnel_number: str) -> list[Assessment]:
    """Every assessment of one person, oldest first, with scores by competency code."""
    emp_id = employee_id(session, personnel_number)
    rows = session.scalars(
        select(r.AssessmentRecord)
        .where(r.AssessmentRecord.employee_id == emp_id)
        .options(
            selectinload(r.AssessmentRecord.scores).joinedload(r.AssessmentScoreRecord.assessment)
        )
        .order_by(r.AssessmentRecord.assessed_on, r.AssessmentRecord.id)
    ).all()
    codes = dict(session.execute(select(r.CompetencyRecord.id, r.CompetencyRecord.code)).all())
    return [
        Assessment(
            personnel_number=personnel_number,
            date=a.assessed_on,
            kind=AssessmentKind(a.kind),
            scores={codes[s.competency_id]: Score(s.level, s.evidence) for s in a.scores},
            assessor=a.assessor,
            notes=a.notes,
            id=a.id,
        )
        for a in rows
    ]


def plan_item_from_record(item: r.PlanItemRecord) -> PlanItem:
    return PlanItem(
        quarter=Quarter.parse(item.quarter),
        title=item.title,
        offer=item.offer.code if item.offer else None,
        hours=item.hours,
        cost=Decimal(item.cost),
        funding=FundingSource(item.funding),
        status=PlanItemStatus(item.status),
        repayment_clause=item.repayment_clause,
        notes=item.notes,
        result=item.result,
        owner=item.owner,
        deadline=item.deadline,
    )


def plan_from_record(
    record: r.DevelopmentPlanRecord, personnel_number: str, profile: str | None
) -> DevelopmentPlan:
    """A plan version as a domain object; items by quarter, then in the order they were added."""
    return DevelopmentPlan(
        personnel_number=personnel_number,
        profile=profile,
        created_on=record.created_on,
        status=PlanStatus(record.status),
        signed_on=record.signed_on,
        id=record.id,
        items=tuple(
            plan_item_from_record(item)
            for item in sorted(record.items, key=lambda i: (i.quarter, i.id))
        ),
    )


def load_plans(session: Session, personnel_number: str) -> list[DevelopmentPlan]:
    """All plan versions of one person, oldest first; the last one is the current plan."""
    emp_id = employee_id(session, personnel_number)
    rows = session.scalars(
        select(r.DevelopmentPlanRecord)
        .where(r.DevelopmentPlanRecord.employee_id == emp_id)
        .options(selectinload(r.DevelopmentPlanRecord.items).selectinload(r.PlanItemRecord.offer))
        .order_by(r.DevelopmentPlanRecord.created_on, r.DevelopmentPlanRecord.id)
    ).all()
    profiles = dict(session.execute(select(r.ProfileRecord.id, r.ProfileRecord.code)).all())
    return [
        plan_from_record(p, personnel_number, profiles.get(p.profile_id) if p.profile_id else None)
        for p in rows
    ]


def load_budgets(session: Session, *, year: int | None = None) -> list[Budget]:
    """One budget per unit and year; a unit with quarter budgets has their sum."""
    return budget_periods.year_totals(load_budget_rows(session, year=year))


def load_budget_rows(session: Session, *, year: int | None = None) -> list[Budget]:
    """Every stored budget: year budgets and quarter budgets (``Budget.quarter``)."""
    query = select(
        r.OrgUnitRecord.name, r.BudgetRecord.year, r.BudgetRecord.amount, r.BudgetRecord.quarter
    ).join(r.OrgUnitRecord, r.BudgetRecord.unit_id == r.OrgUnitRecord.id)
    if year is not None:
        query = query.where(r.BudgetRecord.year == year)
    return [
        Budget(unit, yr, Decimal(amount), quarter)
        for unit, yr, amount, quarter in session.execute(query)
    ]


def load_settings(session: Session) -> dict[str, Any]:
    return dict(session.execute(select(r.SettingRecord.key, r.SettingRecord.value)).all())
