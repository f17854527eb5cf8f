"""Save an adjusted development plan (POP) and set training budgets.

A plan is never overwritten: saving adds a new ``development_plan`` row that supersedes the
current one, so every agreed version stays readable. The screen passes the plan it showed
(``expected``); when someone else saved a newer version meanwhile, saving is refused with a
:class:`~competentieplanner.domain.errors.ConflictError`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from competentieplanner.domain.errors import ConflictError, NotFoundError, UserError
from competentieplanner.domain.interview import suggests_repayment_clause
from competentieplanner.domain.model import (
    Budget,
    DevelopmentPlan,
    Employee,
    FundingSource,
    OrgUnit,
    PlanItem,
    PlanItemStatus,
    PlanStatus,
    Profile,
    Quarter,
    TrainingOffer,
)
from competentieplanner.domain.settings import Settings
from competentieplanner.persistence import records as r
from competentieplanner.persistence import repositories as repo
from competentieplanner.persistence.database import Database
from competentieplanner.persistence.unit_of_work import RELOADED
from competentieplanner.services.editing import (
    added_meanwhile,
    check_version,
    edit_session,
    money,
    non_negative_number,
    optional_text,
    removed_meanwhile,
    required_text,
)

#: Kinds of own action (no catalogue offer) a person can put in a plan, as the screen offers them.
OWN_ACTIONS: tuple[str, ...] = (
    "Meeloopstage in een sociaal team",
    "Projectrol",
    "Intervisie",
    "Coaching",
)

MAX_HOURS_PER_ITEM = 2000.0


@dataclass(frozen=True, slots=True)
class PlanRef:
    """Which saved plan version a screen showed: its id and row version."""

    plan_id: int
    version: int


@dataclass(frozen=True, slots=True)
class CurrentPlan:
    plan: DevelopmentPlan
    ref: PlanRef


def parse_quarter(text: str) -> Quarter:
    """A quarter as users type it ("2027-K1"); UserError with an example when it is not one."""
    try:
        return Quarter.parse(text)
    except ValueError as exc:
        raise UserError(f"Kwartaal: {exc}.") from exc


def make_item(
    *,
    quarter: str | Quarter,
    title: str,
    offer: str | None = None,
    hours: float = 0.0,
    cost: Decimal | float | str = Decimal("0"),
    funding: FundingSource | str = FundingSource.EMPLOYER,
    status: PlanItemStatus | str = PlanItemStatus.PLANNED,
    repayment_clause: bool = False,
    notes: str = "",
) -> PlanItem:
    """A validated plan item from values as a form holds them."""
    try:
        funding_source = FundingSource(funding)
    except ValueError as exc:
        known = ", ".join(source.value for source in FundingSource)
        raise UserError(f"Financiering '{funding}' is onbekend; kies uit {known}.") from exc
    try:
        item_status = PlanItemStatus(status)
    except ValueError as exc:
        known = ", ".join(s.value for s in PlanItemStatus)
        raise UserError(f"Status '{status}' is onbekend; kies uit {known}.") from exc
    item_hours = non_negative_number("Het aantal uren", hours, "uur")
    if item_hours > MAX_HOURS_PER_ITEM:
        raise UserError(
            f"Het aantal uren is te groot (niet {item_hours:g}; maximaal {MAX_HOURS_PER_ITEM:g})."
        )
    return PlanItem(
        quarter=quarter if isinstance(quarter, Quarter) else parse_quarter(quarter),
        title=required_text("De omschrijving van de activiteit", title, 300),
        offer=offer or None,
        hours=item_hours,
        cost=money("De kosten", cost),
        funding=funding_source,
        status=item_status,
        repayment_clause=bool(repayment_clause),
        notes=optional_text("De toelichting", notes),
    )


def current_plan(db: Database, personnel_number: str) -> CurrentPlan | None:
    """The person's latest plan version with the reference needed to save a successor."""
    with db.read_session() as session:
        plans = repo.load_plans(session, personnel_number)
        if not plans or plans[-1].id is None:
            return None
        latest = plans[-1]
        assert latest.id is not None
        version = session.scalar(
            select(r.DevelopmentPlanRecord.version).where(r.DevelopmentPlanRecord.id == latest.id)
        )
        assert version is not None
        return CurrentPlan(latest, PlanRef(latest.id, version))


def _latest_plan(session: Session, employee_id: int) -> r.DevelopmentPlanRecord | None:
    return session.scalars(
        select(r.DevelopmentPlanRecord)
        .where(r.DevelopmentPlanRecord.employee_id == employee_id)
        .order_by(r.DevelopmentPlanRecord.created_on.desc(), r.DevelopmentPlanRecord.id.desc())
        .limit(1)
    ).first()


def save_plan(
    db: Database,
    personnel_number: str,
    *,
    profile: str | None,
    items: Sequence[PlanItem],
    expected: PlanRef | None,
    status: PlanStatus = PlanStatus.DRAFT,
    created_on: dt.date | None = None,
) -> CurrentPlan:
    """Save ``items`` as the person's new plan version.

    Args:
        expected: the plan the screen showed, or None when the person had none. When the
            person's latest plan is another one now, the save is refused (ConflictError).
        created_on: the date of the new version; today by default.

    Returns:
        The saved plan as it now reads from the database, with its reference.
    """
    subject = f"Het ontwikkelplan van {personnel_number}"
    checked = [
        make_item(
            quarter=item.quarter,
            title=item.title,
            offer=item.offer,
            hours=item.hours,
            cost=item.cost,
            funding=item.funding,
            status=item.status,
            repayment_clause=item.repayment_clause,
            notes=item.notes,
        )
        for item in items
    ]
    with edit_session(db, subject) as session:
        employee_id = repo.employee_id(session, personnel_number)
        profile_id = None
        if profile is not None:
            profile_id = session.scalar(
                select(r.ProfileRecord.id).where(r.ProfileRecord.code == profile)
            )
            if profile_id is None:
                raise NotFoundError(f"Profiel '{profile}' bestaat niet.")
        offers = _offer_ids(session, {item.offer for item in checked if item.offer})
        latest = _latest_plan(session, employee_id)
        if expected is None:
            if latest is not None:
                raise added_meanwhile(subject)
        else:
            if latest is None:
                raise removed_meanwhile(subject)
            if latest.id != expected.plan_id:
                raise ConflictError(
                    f"{subject} is intussen door iemand anders opnieuw opgeslagen; {RELOADED}."
                )
            check_version(subject, latest.version, expected.version)
            # Touch the superseded version so its version number moves: a colleague saving
            # from the same starting point at the same moment is refused by the row check.
            flag_modified(latest, "status")
        record = r.DevelopmentPlanRecord(
            employee_id=employee_id,
            profile_id=profile_id,
            created_on=_creation_date(created_on, latest),
            status=status.value,
            supersedes_id=latest.id if latest is not None else None,
        )
        record.items = [
            r.PlanItemRecord(
                offer_id=offers[item.offer] if item.offer else None,
                title=item.title,
                quarter=str(item.quarter),
                status=item.status.value,
                hours=item.hours,
                cost=item.cost,
                funding=item.funding.value,
                repayment_clause=item.repayment_clause,
                notes=item.notes,
            )
            for item in checked
        ]
        session.add(record)
        session.flush()
        new_ref = PlanRef(record.id, record.version)
    saved = current_plan(db, personnel_number)
    if saved is None or saved.ref != new_ref:  # pragma: no cover - only on a concurrent save
        raise ConflictError(f"{subject} is intussen door iemand anders gewijzigd; {RELOADED}.")
    return saved


def _creation_date(requested: dt.date | None, latest: r.DevelopmentPlanRecord | None) -> dt.date:
    """Today, but never before the version it supersedes: plans are ordered by date."""
    day = requested or dt.date.today()
    return max(day, latest.created_on) if latest is not None else day


def _offer_ids(session: Session, codes: set[str]) -> dict[str, int]:
    if not codes:
        return {}
    found = dict(
        session.execute(
            select(r.TrainingOfferRecord.code, r.TrainingOfferRecord.id).where(
                r.TrainingOfferRecord.code.in_(codes)
            )
        ).all()
    )
    missing = sorted(codes - found.keys())
    if missing:
        raise NotFoundError(f"Opleiding '{missing[0]}' staat niet (meer) in de catalogus.")
    return found


# -- what the planning screen offers to choose from -----------------------------------------------


@dataclass(frozen=True, slots=True)
class PlanningChoices:
    employees: list[Employee]  # sorted by last name
    profiles: list[Profile]
    offers: list[TrainingOffer]  # active offers only: what can still be added to a plan
    units: list[OrgUnit]
    hours_per_quarter: float
    funding_hints: dict[str, str]  # offer code -> funding source value
    competency_names: dict[str, str]  # code -> name


def load_planning_choices(db: Database) -> PlanningChoices:
    with db.read_session() as session:
        hints = {
            code: hint
            for code, hint in session.execute(
                select(r.TrainingOfferRecord.code, r.TrainingOfferRecord.funding_hint)
            )
        }
        return PlanningChoices(
            employees=repo.load_employees(session),
            profiles=repo.load_profiles(session),
            offers=repo.load_catalogue(session),
            units=repo.load_units(session),
            hours_per_quarter=Settings.from_flat(
                repo.load_settings(session)
            ).planning.hours_per_quarter,
            funding_hints=hints,
            competency_names={
                code: name
                for code, name in session.execute(
                    select(r.CompetencyRecord.code, r.CompetencyRecord.name)
                )
            },
        )


@dataclass(frozen=True, slots=True)
class BudgetChoices:
    units: list[OrgUnit]
    competency_names: dict[str, str]  # code -> name


def load_budget_choices(db: Database) -> BudgetChoices:
    """The units and competency names the organisation budget view needs (no people)."""
    with db.read_session() as session:
        return BudgetChoices(
            units=repo.load_units(session),
            competency_names={
                code: name
                for code, name in session.execute(
                    select(r.CompetencyRecord.code, r.CompetencyRecord.name)
                )
            },
        )


def offer_item(offer: TrainingOffer, quarter: Quarter, funding_hint: str | None) -> PlanItem:
    """A plan item for a catalogue offer, with the offer's funding hint and the usual default
    for the repayment clause."""
    try:
        funding = FundingSource(funding_hint or FundingSource.EMPLOYER.value)
    except ValueError:
        funding = FundingSource.EMPLOYER
    return PlanItem(
        quarter=quarter,
        title=offer.name,
        offer=offer.code,
        hours=offer.hours,
        cost=offer.cost,
        funding=funding,
        repayment_clause=suggests_repayment_clause(offer.cost),
    )


# -- budgets -------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class BudgetRow:
    budget: Budget
    version: int


def load_budgets(db: Database, year: int) -> dict[str, BudgetRow]:
    """The training budget per unit for ``year``, with row versions."""
    with db.read_session() as session:
        rows = session.execute(
            select(r.OrgUnitRecord.name, r.BudgetRecord.amount, r.BudgetRecord.version)
            .join(r.OrgUnitRecord, r.BudgetRecord.unit_id == r.OrgUnitRecord.id)
            .where(r.BudgetRecord.year == year)
        ).all()
    return {
        unit: BudgetRow(Budget(unit, year, Decimal(amount)), version)
        for unit, amount, version in rows
    }


def _check_year(year: int) -> int:
    if isinstance(year, bool) or not isinstance(year, int) or not 2000 <= year <= 2100:
        raise UserError(f"Het jaar moet tussen 2000 en 2100 liggen (niet {year}).")
    return year


def set_budget(
    db: Database,
    unit: str,
    year: int,
    amount: Decimal | float | str,
    *,
    expected_version: int | None,
) -> int:
    """Set the training budget of a unit for a year; ``expected_version`` is None when the screen
    showed no budget for it. Returns the row's new version."""
    year = _check_year(year)
    value = money("Het budget", amount)
    subject = f"Het budget {year} van {unit}"
    with edit_session(db, subject) as session:
        unit_id = repo.get_unit_id(session, unit)
        record = session.scalar(
            select(r.BudgetRecord).where(
                r.BudgetRecord.unit_id == unit_id, r.BudgetRecord.year == year
            )
        )
        if expected_version is None:
            if record is not None:
                raise added_meanwhile(subject)
            record = r.BudgetRecord(unit_id=unit_id, year=year, amount=value)
            session.add(record)
        else:
            if record is None:
                raise removed_meanwhile(subject)
            check_version(subject, record.version, expected_version)
            record.amount = value
        session.flush()
        return record.version


def remove_budget(db: Database, unit: str, year: int, *, expected_version: int) -> Budget:
    """Remove a unit's budget for a year; returns it, so an undo can set it again."""
    subject = f"Het budget {year} van {unit}"
    with edit_session(db, subject) as session:
        unit_id = repo.get_unit_id(session, unit)
        record = session.scalar(
            select(r.BudgetRecord).where(
                r.BudgetRecord.unit_id == unit_id, r.BudgetRecord.year == year
            )
        )
        if record is None:
            raise removed_meanwhile(subject)
        check_version(subject, record.version, expected_version)
        removed = Budget(unit, year, Decimal(record.amount))
        session.delete(record)
        session.flush()
        return removed
