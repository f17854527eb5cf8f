"""Save an adjusted development plan (POP) and set training budgets.

Every function works in the caller's unit of work (one per user action); the queries live in
:mod:`competentieplanner.persistence.plans`.

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

from competentieplanner.domain.errors import ConflictError, UserError
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
from competentieplanner.persistence import analysis_queries as analysis
from competentieplanner.persistence import last_change
from competentieplanner.persistence import plans as stored
from competentieplanner.persistence import repositories as repo
from competentieplanner.persistence.unit_of_work import RELOADED, UnitOfWork, translated_refusals
from competentieplanner.services.editing import (
    added_meanwhile,
    check_version,
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


def current_plan(uow: UnitOfWork, personnel_number: str) -> CurrentPlan | None:
    """The person's latest plan version with the reference needed to save a successor."""
    session = uow.session
    plans = repo.load_plans(session, personnel_number)
    if not plans or plans[-1].id is None:
        return None
    latest = plans[-1]
    assert latest.id is not None
    version = stored.plan_version(session, latest.id)
    assert version is not None
    return CurrentPlan(latest, PlanRef(latest.id, version))


def save_plan(
    uow: UnitOfWork,
    personnel_number: str,
    *,
    profile: str | None,
    items: Sequence[PlanItem],
    expected: PlanRef | None,
    status: PlanStatus = PlanStatus.DRAFT,
    created_on: dt.date | None = None,
) -> CurrentPlan:
    """Save ``items`` as the person's new plan version, in the caller's unit of work.

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
    session = uow.session
    with translated_refusals(subject):
        employee_id = repo.employee_id(session, personnel_number)
        profile_id = stored.profile_id(session, profile) if profile is not None else None
        offers = stored.offer_ids(session, (item.offer for item in checked if item.offer))
        latest = stored.latest_plan(session, employee_id)
    if expected is None:
        if latest is not None:
            raise added_meanwhile(subject)
    else:
        if latest is None:
            raise removed_meanwhile(subject)
        if (latest.id, latest.version) != (expected.plan_id, expected.version):
            # who saved the newer version (or changed this one), from the audit log
            change = last_change.of_record(session, "development_plan", str(latest.id))
            by = change.describe() if change is not None else "door iemand anders"
            what = "opnieuw opgeslagen" if latest.id != expected.plan_id else "gewijzigd"
            raise ConflictError(f"{subject} is intussen {what} {by}; {RELOADED}.")
    record = stored.add_plan_version(
        session,
        employee_id=employee_id,
        profile_id=profile_id,
        created_on=_creation_date(created_on, latest),
        status=status,
        items=checked,
        offers=offers,
        supersedes=latest,
    )
    # a refusal names who saved the person's newest plan meanwhile
    uow.flush(subject, watch=[("development_plan", None, personnel_number)])
    saved = current_plan(uow, personnel_number)
    assert saved is not None and saved.ref == PlanRef(record.id, record.version)
    return saved


def _creation_date(requested: dt.date | None, latest: stored.PlanHead | None) -> dt.date:
    """Today, but never before the version it supersedes: plans are ordered by date."""
    day = requested or dt.date.today()
    return max(day, latest.created_on) if latest is not None else day


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


def load_planning_choices(uow: UnitOfWork) -> PlanningChoices:
    session = uow.session
    return PlanningChoices(
        employees=repo.load_employees(session),
        profiles=repo.load_profiles(session),
        offers=repo.load_catalogue(session),
        units=repo.load_units(session),
        hours_per_quarter=Settings.from_flat(repo.load_settings(session)).planning.hours_per_quarter,
        funding_hints={
            code: hint for code, hint in stored.funding_hints(session).items() if hint is not None
        },
        competency_names=analysis.competency_names(session),
    )


@dataclass(frozen=True, slots=True)
class BudgetChoices:
    units: list[OrgUnit]
    competency_names: dict[str, str]  # code -> name


def load_budget_choices(uow: UnitOfWork) -> BudgetChoices:
    """The units and competency names the organisation budget view needs (no people)."""
    return BudgetChoices(
        units=repo.load_units(uow.session),
        competency_names=analysis.competency_names(uow.session),
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
class QuarterBudgetRow:
    quarter: int  # 1-4
    amount: Decimal
    version: int


@dataclass(frozen=True, slots=True)
class BudgetRow:
    """A unit's budget for one year: one year row, or quarter rows (``quarters``)."""

    budget: Budget  # the year's budget; with quarter budgets their sum
    version: int | None  # the year row's version; None when the unit has quarter budgets
    quarters: tuple[QuarterBudgetRow, ...] = ()

    @property
    def per_quarter(self) -> bool:
        return bool(self.quarters)


def load_budgets(uow: UnitOfWork, year: int) -> dict[str, BudgetRow]:
    """The training budget per unit for ``year``, with row versions."""
    whole: dict[str, tuple[Decimal, int]] = {}
    parts: dict[str, list[QuarterBudgetRow]] = {}
    for row in stored.budgets_of_year(uow.session, year):
        if row.quarter is None:
            whole[row.unit] = (row.amount, row.version)
        else:
            parts.setdefault(row.unit, []).append(
                QuarterBudgetRow(row.quarter, row.amount, row.version)
            )
    result = {
        unit: BudgetRow(Budget(unit, year, amount), version)
        for unit, (amount, version) in whole.items()
    }
    for unit, quarters in parts.items():
        total = sum((q.amount for q in quarters), Decimal("0"))
        result[unit] = BudgetRow(Budget(unit, year, total), None, tuple(quarters))
    return result


def _check_year(year: int) -> int:
    if isinstance(year, bool) or not isinstance(year, int) or not 2000 <= year <= 2100:
        raise UserError(f"Het jaar moet tussen 2000 en 2100 liggen (niet {year}).")
    return year


def _check_quarter(quarter: int | None) -> int | None:
    if quarter is not None and (isinstance(quarter, bool) or quarter not in (1, 2, 3, 4)):
        raise UserError(f"Het kwartaal moet K1, K2, K3 of K4 zijn (niet {quarter}).")
    return quarter


def _subject(unit: str, year: int, quarter: int | None) -> str:
    period = str(year) if quarter is None else f"{year}-K{quarter}"
    return f"Het budget {period} van {unit}"


def set_budget(
    uow: UnitOfWork,
    unit: str,
    year: int,
    amount: Decimal | float | int | str,
    *,
    expected_version: int | None,
    quarter: int | None = None,
) -> int:
    """Set the training budget of a unit for a year, or (``quarter`` 1-4) for one quarter of it;
    ``expected_version`` is None when the screen showed no budget for it. A unit has either a
    year budget or quarter budgets for a year: adding the other kind is refused. Returns the
    row's new version."""
    year = _check_year(year)
    quarter = _check_quarter(quarter)
    value = money("Het budget", amount)
    subject = _subject(unit, year, quarter)
    session = uow.session
    with translated_refusals(subject):
        unit_id = repo.get_unit_id(session, unit)
        record = stored.stored_budget(session, unit_id, year, quarter)
    if expected_version is None:
        if record is not None:
            raise added_meanwhile(subject)
        _refuse_mixing(uow, unit_id, unit, year, quarter)
        record = stored.add_budget(session, unit_id, year, value, quarter)
    else:
        if record is None:
            raise removed_meanwhile(subject)
        check_version(subject, record.version, expected_version, record)
        stored.change_budget(record, value)
    uow.flush(subject)
    return record.version


def _refuse_mixing(
    uow: UnitOfWork, unit_id: int, unit: str, year: int, quarter: int | None
) -> None:
    kinds = stored.budget_kinds(uow.session, unit_id, year)
    if quarter is None and True in kinds:
        raise UserError(
            f"{unit} heeft voor {year} budgetten per kwartaal; een jaarbudget kan er niet naast. "
            "Zet de eenheid terug op 'per jaar' om één bedrag voor het hele jaar te geven."
        )
    if quarter is not None and False in kinds:
        raise UserError(
            f"{unit} heeft voor {year} een jaarbudget; een budget voor K{quarter} kan er niet "
            "naast. Zet de eenheid op 'per kwartaal' om het jaarbudget over de kwartalen te "
            "verdelen."
        )


def remove_budget(
    uow: UnitOfWork, unit: str, year: int, *, expected_version: int, quarter: int | None = None
) -> Budget:
    """Remove a unit's budget for a year (or one quarter); returns it, so an undo can set it
    again."""
    subject = _subject(unit, year, quarter)
    session = uow.session
    with translated_refusals(subject):
        unit_id = repo.get_unit_id(session, unit)
        record = stored.stored_budget(session, unit_id, year, quarter)
    if record is None:
        raise removed_meanwhile(subject)
    check_version(subject, record.version, expected_version, record)
    removed = Budget(unit, year, Decimal(record.amount), quarter)
    stored.remove_budget(session, record)
    uow.flush(subject)
    return removed
