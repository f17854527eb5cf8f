"""Queries of strategic personnel planning: formation scenarios and lines, the workforce
settings (stored in the ``setting`` table under ``workforce.*``), and draft development plans
made from accepted assignments."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from competentieplanner.domain.errors import NotFoundError
from competentieplanner.domain.formation import (
    DEFAULT_DIRECTION_PENALTY,
    DEFAULT_RECRUIT_COST,
    FormationLine,
    WorkforceSettings,
)
from competentieplanner.domain.model import CURRENT_LEVEL_KINDS, PlanItem, PlanStatus
from competentieplanner.persistence import records as r
from competentieplanner.persistence.formation_records import (
    FormationLineRecord,
    FormationScenarioRecord,
)

#: Setting keys: recruitment cost per FTE of a profile (key + profile code), the default for
#: profiles without one, and the penalty per assignment against a stated direction.
RECRUIT_COST_KEY = "workforce.recruit_cost."
DEFAULT_RECRUIT_COST_KEY = "workforce.recruit_cost_default"
DIRECTION_PENALTY_KEY = "workforce.direction_penalty"


def scenario_record(session: Session, name: str) -> FormationScenarioRecord | None:
    return session.scalar(
        select(FormationScenarioRecord).where(FormationScenarioRecord.name == name)
    )


def get_scenario(session: Session, name: str) -> FormationScenarioRecord:
    found = scenario_record(session, name)
    if found is None:
        known = ", ".join(f"'{n}'" for n, _ in load_scenarios(session)) or "geen"
        raise NotFoundError(f"Scenario '{name}' bestaat niet (bekend: {known}).")
    return found


def add_scenario(session: Session, name: str, year: int) -> FormationScenarioRecord:
    record = FormationScenarioRecord(name=name, year=year)
    session.add(record)
    session.flush()
    return record


def remove_scenario(session: Session, name: str) -> None:
    session.delete(get_scenario(session, name))
    session.flush()


def load_scenarios(session: Session) -> list[tuple[str, int]]:
    """(name, target year) of every scenario, by name."""
    rows = session.execute(
        select(FormationScenarioRecord.name, FormationScenarioRecord.year).order_by(
            FormationScenarioRecord.name
        )
    )
    return [(name, year) for name, year in rows]


def load_lines(session: Session, scenario: str | None = None) -> list[FormationLine]:
    """Formation lines (of one scenario, or all), by scenario, profile and unit."""
    unit = aliased(r.OrgUnitRecord)
    query = (
        select(
            FormationScenarioRecord.name,
            FormationScenarioRecord.year,
            r.ProfileRecord.code,
            unit.name,
            FormationLineRecord.fte,
        )
        .join(FormationScenarioRecord, FormationLineRecord.scenario)
        .join(r.ProfileRecord, FormationLineRecord.profile_id == r.ProfileRecord.id)
        .outerjoin(unit, FormationLineRecord.unit_id == unit.id)
    )
    if scenario is not None:
        query = query.where(FormationScenarioRecord.name == scenario)
    lines = [FormationLine(s, y, p, u, f) for s, y, p, u, f in session.execute(query)]
    lines.sort(key=lambda x: (x.scenario, x.profile, x.unit is not None, x.unit or ""))
    return lines


def set_line(
    session: Session,
    scenario: FormationScenarioRecord,
    profile_id: int,
    unit_id: int | None,
    fte: float,
) -> None:
    """Create, change or (``fte`` 0) remove the line of a profile and unit."""
    found = session.scalar(
        select(FormationLineRecord).where(
            FormationLineRecord.scenario_id == scenario.id,
            FormationLineRecord.profile_id == profile_id,
            FormationLineRecord.unit_id.is_(None)
            if unit_id is None
            else FormationLineRecord.unit_id == unit_id,
        )
    )
    if fte == 0:
        if found is not None:
            session.delete(found)
    elif found is None:
        session.add(
            FormationLineRecord(
                scenario_id=scenario.id, profile_id=profile_id, unit_id=unit_id, fte=fte
            )
        )
    elif found.fte != fte:
        found.fte = fte
    session.flush()


def profile_id(session: Session, code: str) -> int:
    found = session.scalar(select(r.ProfileRecord.id).where(r.ProfileRecord.code == code))
    if found is None:
        raise NotFoundError(f"Profiel '{code}' bestaat niet.")
    return found


# -- settings -------------------------------------------------------------------------------------


def _amount(value: Any, default: Decimal) -> Decimal:
    try:
        amount = Decimal(str(value))
    except (InvalidOperation, ValueError):
        return default
    return amount if amount.is_finite() and amount >= 0 else default


def load_workforce_settings(session: Session) -> WorkforceSettings:
    rows: dict[str, Any] = dict(
        session.execute(
            select(r.SettingRecord.key, r.SettingRecord.value).where(
                r.SettingRecord.key.startswith("workforce.")
            )
        ).all()
    )
    stored = rows.get(DEFAULT_RECRUIT_COST_KEY, DEFAULT_RECRUIT_COST)
    default = _amount(stored, DEFAULT_RECRUIT_COST)
    costs = {
        key[len(RECRUIT_COST_KEY) :]: _amount(value, default)
        for key, value in rows.items()
        if key.startswith(RECRUIT_COST_KEY)
    }
    penalty = _amount(
        rows.get(DIRECTION_PENALTY_KEY, DEFAULT_DIRECTION_PENALTY), DEFAULT_DIRECTION_PENALTY
    )
    return WorkforceSettings(costs, default, penalty)


def store_setting(session: Session, key: str, amount: Decimal | None) -> None:
    """Store an amount (as a number, like every setting) or remove it (None: the default)."""
    record = session.get(r.SettingRecord, key)
    if amount is None:
        if record is not None:
            session.delete(record)
    elif record is None:
        session.add(r.SettingRecord(key=key, value=float(amount)))
    elif record.value != float(amount):
        record.value = float(amount)
    session.flush()


# -- accepted assignments -------------------------------------------------------------------------


def funding_hints(session: Session) -> dict[str, str | None]:
    return dict(
        session.execute(
            select(r.TrainingOfferRecord.code, r.TrainingOfferRecord.funding_hint)
        ).all()
    )


def add_draft_plan(
    session: Session,
    personnel_number: str,
    profile: str,
    items: Sequence[PlanItem],
    created_on: dt.date,
) -> int:
    """A new *concept* development plan version for the person; the previous one stays and is
    referred to. Returns the new plan's id."""
    employee = session.scalar(
        select(r.EmployeeRecord.id).where(r.EmployeeRecord.personnel_number == personnel_number)
    )
    if employee is None:
        raise NotFoundError(f"Medewerker met personeelsnummer '{personnel_number}' bestaat niet.")
    latest = session.scalars(
        select(r.DevelopmentPlanRecord)
        .where(r.DevelopmentPlanRecord.employee_id == employee)
        .order_by(r.DevelopmentPlanRecord.created_on.desc(), r.DevelopmentPlanRecord.id.desc())
        .limit(1)
    ).first()
    offers = dict(
        session.execute(select(r.TrainingOfferRecord.code, r.TrainingOfferRecord.id)).all()
    )
    record = r.DevelopmentPlanRecord(
        employee_id=employee,
        profile_id=profile_id(session, profile),
        created_on=max(created_on, latest.created_on) if latest is not None else created_on,
        status=PlanStatus.DRAFT.value,
        supersedes_id=latest.id if latest is not None else None,
    )
    record.items = [
        r.PlanItemRecord(
            offer_id=offers.get(item.offer) if item.offer else None,
            title=item.title,
            quarter=str(item.quarter),
            status=item.status.value,
            hours=item.hours,
            cost=item.cost,
            funding=item.funding.value,
            repayment_clause=item.repayment_clause,
            notes=item.notes,
        )
        for item in items
    ]
    session.add(record)
    session.flush()
    return record.id


# -- supply ---------------------------------------------------------------------------------------

#: Every counting score, oldest first, so that plain dict assignment leaves the latest standing
#: (the same rule as ``repositories.load_current_levels``). Integer ids, not names: 20,000
#: people have over a million scores, and the two joins plus a string per row and column cost
#: more than mapping the ids once at the end.
_LEVELS_SQL = (
    "SELECT a.employee_id, s.competency_id, s.level FROM assessment_score s"
    " JOIN assessment a ON a.id = s.assessment_id"
    " WHERE a.kind IN ({kinds}) ORDER BY a.assessed_on, a.id"
)


def current_levels(session: Session) -> dict[str, dict[str, int]]:
    """personnel number -> competency code -> current level, for everyone.

    The workforce plan reads everybody at once; through the DB-API cursor (plain tuples, no row
    objects) 20,000 people's history takes a fraction of the time of the ORM query.
    """
    kinds = ", ".join(f"'{kind.value}'" for kind in sorted(CURRENT_LEVEL_KINDS))
    cursor = session.connection().connection.cursor()
    try:
        cursor.execute("SELECT id, personnel_number FROM employee")
        numbers = dict(cursor.fetchall())
        cursor.execute("SELECT id, code FROM competency")
        codes = dict(cursor.fetchall())
        cursor.execute(_LEVELS_SQL.format(kinds=kinds))
        rows = cursor.fetchall()
    finally:
        cursor.close()
    by_id: dict[int, dict[int, int]] = {}
    for employee, competency, level in rows:
        person = by_id.get(employee)
        if person is None:
            person = by_id[employee] = {}
        person[competency] = level
    return {
        numbers[employee]: {codes[c]: level for c, level in person.items()}
        for employee, person in by_id.items()
    }
