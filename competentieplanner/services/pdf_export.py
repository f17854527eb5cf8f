"""PDF exports: the Ontwikkelplan of one person, the Teamoverzicht of a unit (followed by every
member's Ontwikkelplan) and the HRM-overzicht of the organisation.

Each use case reads what it needs in the caller's unit of work, hands plain data to
:mod:`competentieplanner.reports` and writes the result through a temporary file in the target
folder that is renamed at the end, so a failed or cancelled export leaves nothing half written.
The batch exports take ``progress(done, total) -> bool``; returning False cancels.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable, Iterator, Sequence
from decimal import Decimal
from pathlib import Path
from typing import BinaryIO

from competentieplanner.atomic_write import write_atomically
from competentieplanner.domain.errors import NotFoundError, UserError
from competentieplanner.persistence import analysis_queries, team_queries
from competentieplanner.persistence import repositories as repo
from competentieplanner.persistence.unit_of_work import UnitOfWork
from competentieplanner.reports import development_plan, hrm_overview, team_overview
from competentieplanner.reports.data import DevelopmentPlanData
from competentieplanner.services.audit_trail import record_export
from competentieplanner.services.pdf_group_data import hrm_overview_data, team_overview_data
from competentieplanner.services.pdf_report_data import (
    PersonFacts,
    Reference,
    development_plan_data,
    load_facts,
    load_reference,
    names_by_number,
    team_lead_name,
)

ProgressCallback = Callable[[int, int], bool]


class ExportCancelled(UserError):
    """The user stopped a batch export; nothing was written."""

    def __init__(self) -> None:
        super().__init__("Het maken van de PDF is afgebroken; er is niets opgeslagen.")


# -- Ontwikkelplan --------------------------------------------------------------------------------
def development_plan_pdf(
    uow: UnitOfWork,
    personnel_number: str,
    profile: str | None = None,
    *,
    out: Path | None = None,
    reference_date: dt.date | None = None,
    organisation: str | None = None,
    language: str = "nl",
) -> bytes | Path:
    """The Ontwikkelplan of one person: the PDF as bytes, or written to ``out`` (returns the path).

    This is what the interview workflow calls at the end of a conversation.

    Raises:
        NotFoundError: unknown personnel number or profile code.
        UserError: ``out`` cannot be written.
    """
    day = reference_date or dt.date.today()
    data, ref = _development_plan(uow, personnel_number, profile, organisation, language)

    def write(stream: BinaryIO) -> None:
        development_plan.render_development_plan(
            stream, data, organisation=ref.organisation, reference_date=day, language=language
        )

    record_export(uow, "development_plan_pdf", [personnel_number])
    if out is not None:
        return write_atomically(out, write)
    buffer = io.BytesIO()
    write(buffer)
    return buffer.getvalue()


def export_development_plan(
    uow: UnitOfWork,
    out: Path,
    personnel_number: str,
    profile: str | None = None,
    *,
    reference_date: dt.date | None = None,
    organisation: str | None = None,
    language: str = "nl",
) -> Path:
    """Write the Ontwikkelplan of one person to ``out`` (texts in ``language``: nl or en)."""
    result = development_plan_pdf(
        uow,
        personnel_number,
        profile,
        out=out,
        reference_date=reference_date,
        organisation=organisation,
        language=language,
    )
    assert isinstance(result, Path)
    return result


def _development_plan(
    uow: UnitOfWork,
    personnel_number: str,
    profile: str | None,
    organisation: str | None,
    language: str = "nl",
) -> tuple[DevelopmentPlanData, Reference]:
    session = uow.session
    employee = repo.get_employee(session, personnel_number)
    if profile is not None:
        repo.get_profile(session, profile)  # NotFoundError with the known codes
    ref = load_reference(uow, organisation)
    levels = analysis_queries.current_levels(session, personnel_number=personnel_number)
    person = load_facts(uow, [employee], levels=levels)[personnel_number]
    managers = names_by_number(uow, [employee.manager or ""])
    lead = team_lead_name(employee, managers, person.interview)
    return development_plan_data(
        ref, person, focus=profile, team_lead=lead, language=language
    ), ref


# -- Teamoverzicht --------------------------------------------------------------------------------
def export_unit_report(
    uow: UnitOfWork,
    out: Path,
    unit: str,
    *,
    progress: ProgressCallback | None = None,
    with_plans: bool = True,
    reference_date: dt.date | None = None,
    organisation: str | None = None,
    language: str = "nl",
) -> Path:
    """Write the Teamoverzicht of ``unit`` (with the units below it), followed by the
    Ontwikkelplan of every member unless ``with_plans`` is False (texts in ``language``).

    ``progress(done, total)`` is called before the work starts (done=0), after the overview and
    after each member's plan; total is the number of members plus one. Returning False cancels
    the export (:class:`ExportCancelled`); the target is then left untouched.

    Raises:
        NotFoundError: no unit of that name.
        ExportCancelled: the progress callback returned False.
    """
    day = reference_date or dt.date.today()
    session = uow.session
    units = {u.name: u for u in repo.load_units(session)}
    if unit not in units:
        repo.get_unit_id(session, unit)  # raises NotFoundError listing the known units
        raise NotFoundError(f"Afdeling of team '{unit}' bestaat niet.")
    unit_ids = repo.unit_and_descendants(session, unit)
    members = repo.load_employees(session, unit=unit)
    ref = load_reference(uow, organisation)
    levels = analysis_queries.current_levels(session, unit_ids=unit_ids)
    facts = load_facts(uow, members, levels=levels, with_interviews=with_plans)
    managers = names_by_number(uow, [m.manager or "" for m in members])
    budgets = _unit_budgets(uow, unit_ids)
    people = [facts[m.personnel_number] for m in members]
    everyone = {**managers, **{m.personnel_number: m for m in members}}
    overview = team_overview_data(
        ref, unit=units[unit], facts=people, everyone=everyone, budgets=budgets, day=day
    )
    plan_count = len(people) if with_plans else 0
    total = plan_count + 1
    tick = _ticker(progress, total)
    tick(0)

    def plans() -> Iterator[DevelopmentPlanData]:
        for person in people[:plan_count]:
            lead = team_lead_name(person.employee, everyone, person.interview)
            yield development_plan_data(ref, person, focus=None, team_lead=lead, language=language)

    def write(stream: BinaryIO) -> None:
        team_overview.render_team_report(
            stream,
            overview,
            plans(),
            organisation=ref.organisation,
            reference_date=day,
            plan_count=plan_count,
            on_progress=tick,
            language=language,
        )

    written = write_atomically(out, write)
    record_export(uow, "team_overview_pdf", [m.personnel_number for m in members])
    return written


def _unit_budgets(uow: UnitOfWork, unit_ids: Sequence[int]) -> dict[int, Decimal]:
    """year -> budget of the unit and the units below it together."""
    names = team_queries.unit_names(uow.session, unit_ids)
    totals: dict[int, Decimal] = {}
    for budget in repo.load_budgets(uow.session):
        if budget.unit in names:
            totals[budget.year] = totals.get(budget.year, Decimal("0")) + budget.amount
    return totals


# -- HRM-overzicht --------------------------------------------------------------------------------
def export_organisation_report(
    uow: UnitOfWork,
    out: Path,
    *,
    progress: ProgressCallback | None = None,
    reference_date: dt.date | None = None,
    organisation: str | None = None,
    language: str = "nl",
) -> Path:
    """Write the HRM-overzicht of the whole organisation (texts in ``language``: nl or en).

    ``progress(done, total)`` runs with total 2: before reading (0), after reading (1) and when
    the document is written (2); returning False cancels.
    """
    day = reference_date or dt.date.today()
    tick = _ticker(progress, 2)
    tick(0)
    employees = repo.load_employees(uow.session)
    ref = load_reference(uow, organisation)
    levels = analysis_queries.current_levels(uow.session)
    facts = load_facts(uow, employees, levels=levels, with_interviews=False)
    budgets = repo.load_budgets(uow.session)
    people: list[PersonFacts] = [facts[e.personnel_number] for e in employees]
    data = hrm_overview_data(ref, people, budgets)
    tick(1)

    def write(stream: BinaryIO) -> None:
        hrm_overview.render_hrm_overview(
            stream, data, organisation=ref.organisation, reference_date=day, language=language
        )
        tick(2)

    written = write_atomically(out, write)
    record_export(uow, "hrm_overview_pdf", [e.personnel_number for e in employees])
    return written


def _ticker(progress: ProgressCallback | None, total: int) -> Callable[[int], None]:
    def tick(done: int) -> None:
        if progress is not None and progress(done, total) is False:
            raise ExportCancelled()

    return tick
