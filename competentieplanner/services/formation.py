"""Use cases of the formation (what each scenario wants) and the workforce settings.

Every function takes the caller's unit of work; queries live in
:mod:`competentieplanner.persistence.formation`.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from competentieplanner.domain.errors import Problem, UserError, ValidationError
from competentieplanner.domain.formation import (
    FormationLine,
    WorkforceSettings,
    check_fte,
    check_money,
    check_name,
    check_year,
)
from competentieplanner.import_export import formation_sheet
from competentieplanner.persistence import formation as store
from competentieplanner.persistence import repositories as repo
from competentieplanner.persistence.unit_of_work import UnitOfWork


def set_formation(
    uow: UnitOfWork,
    *,
    scenario: str,
    year: int,
    profile: str,
    fte: float,
    unit: str | None = None,
) -> FormationLine | None:
    """Set the wanted FTE of ``profile`` in ``unit`` (None: organisation-wide) for a scenario,
    creating the scenario with target year ``year`` when it is new. FTE 0 removes the line.

    Raises:
        NotFoundError: unknown profile or unit.
        UserError: bad name, year or FTE; a year other than the scenario's target year.
    """
    name = check_name(scenario)
    check_year(year)
    wanted = check_fte(fte)
    session = uow.session
    profile_id = store.profile_id(session, profile)
    unit_id = repo.get_unit_id(session, unit) if unit is not None else None
    record = store.scenario_record(session, name)
    if record is None:
        record = store.add_scenario(session, name, year)
    elif record.year != year:
        raise UserError(
            f"Scenario '{name}' heeft doeljaar {record.year}, niet {year}; een scenario heeft "
            "één doeljaar. Maak voor een ander jaar een nieuw scenario."
        )
    store.set_line(session, record, profile_id, unit_id, wanted)
    uow.flush("De formatie")
    if wanted == 0:
        return None
    return FormationLine(name, year, profile, unit, wanted)


def list_formation(uow: UnitOfWork, scenario: str | None = None) -> list[FormationLine]:
    """The lines of one scenario (or every scenario), by scenario, profile and unit."""
    if scenario is not None:
        store.get_scenario(uow.session, scenario)
    return store.load_lines(uow.session, scenario)


def list_scenarios(uow: UnitOfWork) -> list[tuple[str, int]]:
    return store.load_scenarios(uow.session)


def remove_scenario(uow: UnitOfWork, scenario: str) -> None:
    store.remove_scenario(uow.session, scenario)


# -- settings -------------------------------------------------------------------------------------


def workforce_settings(uow: UnitOfWork) -> WorkforceSettings:
    return store.load_workforce_settings(uow.session)


def set_recruit_cost(uow: UnitOfWork, profile: str, amount: Decimal | None) -> None:
    """Recruitment cost per FTE of ``profile``; None: back to the default."""
    store.profile_id(uow.session, profile)
    value = None if amount is None else check_money(amount, "De wervingskosten")
    store.store_setting(uow.session, store.RECRUIT_COST_KEY + profile, value)


def set_direction_penalty(uow: UnitOfWork, amount: Decimal) -> None:
    store.store_setting(
        uow.session, store.DIRECTION_PENALTY_KEY, check_money(amount, "De richtingboete")
    )


# -- the sheet ------------------------------------------------------------------------------------


def export_formation(uow: UnitOfWork, target: Path, scenario: str | None = None) -> int:
    """Write the formation (one scenario or all) to an .xlsx; returns the number of lines."""
    lines = list_formation(uow, scenario)
    formation_sheet.write_formation(target, lines)
    return len(lines)


def import_formation(uow: UnitOfWork, source: Path) -> list[str]:
    """Read a formation sheet: every scenario in it gets exactly the sheet's lines (lines of
    those scenarios missing from the sheet are removed; other scenarios stay). All or nothing:
    with any problem nothing is changed. Returns the scenario names imported."""
    lines = formation_sheet.read_formation(source)
    session = uow.session
    profiles = {p.code for p in repo.load_profiles(session)}
    units = {u.name for u in repo.load_units(session)}
    existing = dict(store.load_scenarios(session))
    problems: list[Problem] = []
    years: dict[str, int] = {}
    for row, line in lines:

        def refuse(message: str, column: str, value: str, row: int = row) -> None:
            problems.append(Problem(message, file=source.name, row=row, column=column, value=value))

        if line.profile not in profiles:
            refuse("onbekend profiel", "C", line.profile)
        if line.unit is not None and line.unit not in units:
            refuse("onbekende eenheid", "D", line.unit)
        year = years.setdefault(line.scenario, existing.get(line.scenario, line.year))
        if line.year != year:
            refuse(
                f"scenario '{line.scenario}' heeft doeljaar {year}"
                if line.scenario in existing
                else f"één doeljaar per scenario; eerder in het blad {year}",
                "B",
                str(line.year),
            )
    if problems:
        raise ValidationError(problems)
    names = sorted({line.scenario for _, line in lines})
    for name in names:
        if name in existing:
            store.remove_scenario(session, name)
        record = store.add_scenario(session, name, years[name])
        for _, line in lines:
            if line.scenario == name:
                unit_id = repo.get_unit_id(session, line.unit) if line.unit else None
                store.set_line(
                    session, record, store.profile_id(session, line.profile), unit_id, line.fte
                )
    uow.flush("De formatie")
    return names


# -- what the Formatie screen shows ---------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class FormationOverview:
    scenarios: list[tuple[str, int]]  # (name, target year)
    lines: list[FormationLine]
    profiles: list[tuple[str, str]]  # (code, name)
    units: list[str]
    settings: WorkforceSettings


def overview(uow: UnitOfWork) -> FormationOverview:
    session = uow.session
    return FormationOverview(
        scenarios=store.load_scenarios(session),
        lines=store.load_lines(session),
        profiles=[(p.code, p.name) for p in repo.load_profiles(session)],
        units=[u.name for u in repo.load_units(session)],
        settings=store.load_workforce_settings(session),
    )
