"""Use case: the HRM workbook (``export excel OUT.xlsx [--unit NAME]``).

Reads everything in a few column selects, scores people with the engine (current levels,
relevant profiles, :class:`~competentieplanner.domain.scoring.Scorer`) and streams the six sheets
to a temporary file that replaces the target only when complete.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from competentieplanner.domain.model import (
    Employee,
    FundingSource,
    PlanItemStatus,
    PlanStatus,
    Profile,
    Readiness,
)
from competentieplanner.domain.scoring import CompiledProfile, Scorer
from competentieplanner.domain.settings import Settings
from competentieplanner.import_export.hrm_sheets import (
    BudgetRow,
    FutureRow,
    HrmData,
    PlanRow,
    ProfileMatchRow,
    build_hrm_workbook,
)
from competentieplanner.import_export.xlsx_writer import atomic_output, check_target
from competentieplanner.persistence import records as r
from competentieplanner.persistence import repositories as repo
from competentieplanner.persistence.database import Database
from competentieplanner.services import engine
from competentieplanner.services.audit_trail import record_export

#: The three futures of the policy advisor (GLOSSARY.md: profile codes).
FUTURE_PROFILES = ("strategisch", "aanbieders", "faciliterend")
WHOLE_ORGANISATION = "hele organisatie"


def export_hrm_workbook(
    db: Database, out: Path, *, unit: str | None = None, reference_date: dt.date | None = None
) -> str:
    """Write the HRM workbook for everyone (or ``unit`` and the units below it); return a
    Dutch summary.

    Raises:
        NotFoundError: unknown unit.
        UserError: the target cannot be written (folder missing, file open in Excel).
    """
    check_target(out)
    data = collect_hrm_data(db, unit=unit, reference_date=reference_date)
    with atomic_output(out) as temporary:
        build_hrm_workbook(data).save(temporary)
    with db.unit_of_work() as uow:
        record_export(uow, "hrm_workbook", [e.personnel_number for e in data.employees])
    return (
        f"HRM-werkmap ({len(data.employees)} medewerkers, {len(data.competencies)} competenties, "
        f"{len(data.plan_rows)} opleidingsactiviteiten) geschreven naar {out}."
    )


def collect_hrm_data(
    db: Database, *, unit: str | None = None, reference_date: dt.date | None = None
) -> HrmData:
    with db.read_session() as session:
        unit_ids = repo.unit_and_descendants(session, unit) if unit is not None else None
        employees = repo.load_employees(session, unit=unit)
        settings = Settings.from_flat(repo.load_settings(session))
        frameworks = repo.load_frameworks(session)
        profiles = repo.load_profiles(session)
        levels = engine.current_levels(session, unit_ids=unit_ids)
        units = repo.load_units(session)
        plan_rows, plans = _plan_rows(session, employees)
        budgets = _budgets(session, unit_ids, plan_rows)
    competencies = [c for f in frameworks for c in f.competencies]
    owner = {c.code: f.code for f in frameworks for c in f.competencies}
    matches = list(_matches(employees, levels, profiles, owner, settings))
    return HrmData(
        reference_date=reference_date or dt.date.today(),
        scope=unit or WHOLE_ORGANISATION,
        employees=employees,
        units=len(unit_ids) if unit_ids is not None else len(units),
        competencies=competencies,
        levels=levels,
        matches=matches,
        plan_rows=plan_rows,
        budgets=budgets,
        futures=_futures(profiles, matches, employees),
        plans=plans,
        profile_names={p.code: p.name for p in profiles},
    )


def _matches(
    employees: Sequence[Employee],
    levels: Mapping[str, Mapping[str, int]],
    profiles: Sequence[Profile],
    owner: Mapping[str, str],
    settings: Settings,
) -> Iterator[ProfileMatchRow]:
    """Per person the relevant profiles (frameworks they are scored in, plus the chosen one)."""
    scorers = {p.code: Scorer(p, settings.scoring) for p in profiles}
    compiled: list[CompiledProfile] = [s.profile for s in scorers.values()]
    names = {p.code: p.name for p in profiles}
    empty: Mapping[str, int] = {}
    for employee in employees:
        person = levels.get(employee.personnel_number, empty)
        for profile in engine.relevant_profiles(employee, person, compiled, owner):
            yield ProfileMatchRow(
                employee,
                names[profile.code],
                scorers[profile.code](person),
                employee.target_profile == profile.code,
            )


def _futures(
    profiles: Sequence[Profile], matches: Sequence[ProfileMatchRow], employees: Sequence[Employee]
) -> list[FutureRow]:
    futures = [p for p in profiles if p.code in FUTURE_PROFILES]
    counts: dict[str, Counter[Readiness]] = {p.code: Counter() for p in futures}
    for row in matches:
        if row.match.profile in counts:
            counts[row.match.profile][row.match.readiness] += 1
    chosen = Counter(e.target_profile for e in employees)
    return [FutureRow(p.code, p.name, counts[p.code], chosen.get(p.code, 0)) for p in futures]


_FUNDING_LABELS = {source.value: source.label for source in FundingSource}


def _plan_rows(session: Session, employees: Sequence[Employee]) -> tuple[list[PlanRow], int]:
    """Items of each selected person's current plan (their latest version), by person and
    quarter; returns the rows and the number of current plans."""
    by_id = {
        row_id: number
        for row_id, number in session.execute(
            select(r.EmployeeRecord.id, r.EmployeeRecord.personnel_number)
        )
    }
    people = {e.personnel_number: e for e in employees}
    newest: dict[int, tuple[int, str]] = {}  # employee id -> (plan id, status)
    for employee_id, plan_id, status in session.execute(
        select(
            r.DevelopmentPlanRecord.employee_id,
            r.DevelopmentPlanRecord.id,
            r.DevelopmentPlanRecord.status,
        ).order_by(r.DevelopmentPlanRecord.created_on, r.DevelopmentPlanRecord.id)
    ):
        if by_id.get(employee_id) in people:
            newest[employee_id] = (plan_id, status)  # ordered oldest first: the last one stays
    latest = {plan_id: (employee_id, status) for employee_id, (plan_id, status) in newest.items()}
    offers = {
        offer_id: code
        for offer_id, code in session.execute(
            select(r.TrainingOfferRecord.id, r.TrainingOfferRecord.code)
        )
    }
    rows: list[PlanRow] = []
    if not latest:
        return rows, 0
    plan_ids = list(latest)
    items: list[Any] = []
    for start in range(0, len(plan_ids), 900):
        items += session.execute(
            select(
                r.PlanItemRecord.plan_id, r.PlanItemRecord.quarter, r.PlanItemRecord.title,
                r.PlanItemRecord.offer_id, r.PlanItemRecord.hours, r.PlanItemRecord.cost,
                r.PlanItemRecord.funding, r.PlanItemRecord.status,
                r.PlanItemRecord.repayment_clause,
            ).where(r.PlanItemRecord.plan_id.in_(plan_ids[start : start + 900]))
        ).all()
    for plan_id, quarter, title, offer_id, hours, cost, funding, status, clause in items:
        employee_id, plan_status = latest[plan_id]
        rows.append(
            PlanRow(
                employee=people[by_id[employee_id]],
                quarter=quarter,
                title=title,
                offer=offers.get(offer_id, "") if offer_id is not None else "",
                hours=float(hours),
                cost=Decimal(cost),
                funding=_FUNDING_LABELS.get(funding, funding),
                status=status,
                repayment_clause=bool(clause),
                plan_status=_plan_status(plan_status),
                counts=status != PlanItemStatus.CANCELLED.value,
            )
        )
    order = {e.personnel_number: index for index, e in enumerate(employees)}  # sorted by name
    rows.sort(key=lambda p: (order[p.employee.personnel_number], p.quarter, p.title))
    return rows, len(latest)


def _plan_status(value: str) -> str:
    try:
        return PlanStatus(value).value
    except ValueError:
        return value


def _budgets(
    session: Session, unit_ids: Sequence[int] | None, plan_rows: Sequence[PlanRow]
) -> list[BudgetRow]:
    """Per unit and year: the budget and the current plans' costs by funding source.

    Employer-paid items come out of the unit budget; IKB and A&O fonds items are shown beside
    it. A unit or year without a budget still appears when plans spend in it.
    """
    names = {
        unit_id: name
        for unit_id, name in session.execute(select(r.OrgUnitRecord.id, r.OrgUnitRecord.name))
    }
    scope = {names[i] for i in unit_ids} if unit_ids is not None else set(names.values())
    available: dict[tuple[str, int], Decimal] = {
        (b.unit, b.year): b.amount for b in repo.load_budgets(session) if b.unit in scope
    }
    spent: dict[tuple[str, int], dict[str, Decimal]] = {}
    for row in plan_rows:
        if not row.counts or not row.employee.unit:
            continue
        key = (row.employee.unit, int(row.quarter[:4]))
        by_source = spent.setdefault(key, {})
        by_source[row.funding] = by_source.get(row.funding, Decimal(0)) + row.cost
    zero = Decimal(0)
    return [
        BudgetRow(
            unit=unit,
            year=year,
            available=available.get((unit, year)),
            employer=spent.get((unit, year), {}).get(FundingSource.EMPLOYER.label, zero),
            ikb=spent.get((unit, year), {}).get(FundingSource.IKB.label, zero),
            aeno=spent.get((unit, year), {}).get(FundingSource.AENO.label, zero),
        )
        for unit, year in sorted(set(available) | set(spent))
    ]
