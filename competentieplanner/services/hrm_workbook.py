"""Use case: the HRM workbook (``export excel OUT.xlsx [--unit NAME]``).

Reads everything in a few column selects, scores people with the engine (current levels,
relevant profiles, :class:`~competentieplanner.domain.scoring.Scorer`), all in one unit of work,
then streams the seven sheets (:mod:`~competentieplanner.import_export.hrm_sheets`) to a temporary
file that replaces the target only when complete.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from decimal import Decimal
from pathlib import Path

from competentieplanner.atomic_write import atomic_output, check_target
from competentieplanner.domain.model import (
    Employee,
    FundingSource,
    PlanItemStatus,
    PlanStatus,
    Profile,
    Readiness,
)
from competentieplanner.domain.registrations import Registration
from competentieplanner.domain.scoring import CompiledProfile, Scorer
from competentieplanner.domain.settings import Settings
from competentieplanner.import_export.hrm_sheets import (
    BudgetRow,
    FutureRow,
    HrmData,
    PlanRow,
    ProfileMatchRow,
    write_hrm_workbook,
)
from competentieplanner.persistence import analysis_queries, hrm_reads
from competentieplanner.persistence import registrations as registration_queries
from competentieplanner.persistence import repositories as repo
from competentieplanner.persistence.unit_of_work import UnitOfWork
from competentieplanner.services import engine
from competentieplanner.services.audit_trail import record_export

#: The three futures of the policy advisor (GLOSSARY.md: profile codes).
FUTURE_PROFILES = ("strategisch", "aanbieders", "faciliterend")
WHOLE_ORGANISATION = "hele organisatie"


def export_hrm_workbook(
    uow: UnitOfWork, out: Path, *, unit: str | None = None, reference_date: dt.date | None = None
) -> str:
    """Write the HRM workbook for everyone (or ``unit`` and the units below it) and record the
    export, in the caller's unit of work; return a Dutch summary.

    Raises:
        NotFoundError: unknown unit.
        UserError: the target cannot be written (folder missing, file open in Excel).
    """
    check_target(out)
    data = collect_hrm_data(uow, unit=unit, reference_date=reference_date)
    with atomic_output(out) as temporary:
        write_hrm_workbook(data, temporary)
    record_export(uow, "hrm_workbook", [e.personnel_number for e in data.employees])
    return (
        f"HRM-werkmap ({len(data.employees)} medewerkers, {len(data.competencies)} competenties, "
        f"{len(data.plan_rows)} opleidingsactiviteiten) geschreven naar {out}."
    )


def collect_hrm_data(
    uow: UnitOfWork, *, unit: str | None = None, reference_date: dt.date | None = None
) -> HrmData:
    """Everything the workbook shows, read in the caller's unit of work."""
    session = uow.session
    unit_ids = repo.unit_and_descendants(session, unit) if unit is not None else None
    employees = repo.load_employees(session, unit=unit)
    settings = Settings.from_flat(repo.load_settings(session))
    frameworks = repo.load_frameworks(session)
    profiles = repo.load_profiles(session)
    levels = analysis_queries.current_levels(session, unit_ids=unit_ids)
    units = repo.load_units(session)
    plan_rows, plans = _plan_rows(uow, employees)
    budgets = _budgets(uow, unit_ids, plan_rows)
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
        registrations=_registrations(uow, employees),
        registration_names={k.code: k.name for k in registration_queries.load_kinds(session)},
    )


def _registrations(uow: UnitOfWork, employees: Sequence[Employee]) -> dict[str, list[Registration]]:
    """Each selected person's registrations (all are read: a few per person, and no list of
    20,000 personnel numbers in one statement)."""
    chosen = {e.personnel_number for e in employees}
    held: dict[str, list[Registration]] = {}
    for registration in registration_queries.load_registrations(uow.session):
        if registration.personnel_number in chosen:
            held.setdefault(registration.personnel_number, []).append(registration)
    return held


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


def _plan_rows(uow: UnitOfWork, employees: Sequence[Employee]) -> tuple[list[PlanRow], int]:
    """Items of each selected person's current plan, by person (sorted by name) and quarter;
    returns the rows and the number of current plans."""
    people = {e.personnel_number: e for e in employees}
    items, plans = hrm_reads.current_plan_items(uow.session, people.keys())
    rows = [
        PlanRow(
            employee=people[item.personnel_number],
            quarter=item.quarter,
            title=item.title,
            offer=item.offer,
            hours=item.hours,
            cost=item.cost,
            funding=_FUNDING_LABELS.get(item.funding, item.funding),
            status=item.status,
            repayment_clause=item.repayment_clause,
            plan_status=_plan_status(item.plan_status),
            counts=item.status != PlanItemStatus.CANCELLED.value,
        )
        for item in items
    ]
    order = {e.personnel_number: index for index, e in enumerate(employees)}  # sorted by name
    rows.sort(key=lambda p: (order[p.employee.personnel_number], p.quarter, p.title))
    return rows, plans


def _plan_status(value: str) -> str:
    try:
        return PlanStatus(value).value
    except ValueError:
        return value


def _budgets(
    uow: UnitOfWork, unit_ids: Sequence[int] | None, plan_rows: Sequence[PlanRow]
) -> list[BudgetRow]:
    """Per unit and year: the budget and the current plans' costs by funding source.

    Employer-paid items come out of the unit budget; IKB and A&O fonds items are shown beside
    it. A unit or year without a budget still appears when plans spend in it.
    """
    names = hrm_reads.unit_names(uow.session)
    scope = {names[i] for i in unit_ids} if unit_ids is not None else set(names.values())
    available: dict[tuple[str, int], Decimal] = {
        (b.unit, b.year): b.amount for b in repo.load_budgets(uow.session) if b.unit in scope
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
