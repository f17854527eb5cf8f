"""Registrations and certificates: the overview of what expires, and what each is needed for."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from competentieplanner.domain.errors import UserError
from competentieplanner.domain.registrations import Registration, RegistrationKind, expiring
from competentieplanner.persistence import registrations as queries
from competentieplanner.persistence import repositories as repo
from competentieplanner.persistence.unit_of_work import UnitOfWork


@dataclass(frozen=True, slots=True)
class RegistrationLine:
    registration: Registration
    name: str  # the person's name
    kind: RegistrationKind
    required_for: tuple[str, ...]  # the role, then "VB-ST-05 Meldcode: ..." per authority
    valid: bool  # on the day the overview was made


def required_for(uow: UnitOfWork) -> dict[str, tuple[str, ...]]:
    """Per kind code: the role that needs it and the authorities that need it valid."""
    kinds = queries.load_kinds(uow.session)
    needed: dict[str, list[str]] = {k.code: [k.role] if k.role else [] for k in kinds}
    for authority in repo.load_authorities(uow.session):
        if authority.required_registration in needed:
            needed[authority.required_registration].append(f"{authority.code} {authority.name}")
    return {code: tuple(items) for code, items in needed.items()}


def overview(
    uow: UnitOfWork, *, today: dt.date | None = None, expiring_within: int | None = None
) -> list[RegistrationLine]:
    """Every registration by end date; with ``expiring_within`` only those ending within that
    many days (expired ones included). Registrations without an end date come last."""
    if expiring_within is not None and not 0 <= expiring_within <= 36_500:
        raise UserError("--expiring-within moet tussen 0 en 36500 dagen liggen.")
    today = today or dt.date.today()
    kinds = {k.code: k for k in queries.load_kinds(uow.session)}
    needed = required_for(uow)
    names = {e.personnel_number: e.name for e in repo.load_employees(uow.session)}
    registrations = queries.load_registrations(uow.session)
    chosen = expiring(registrations, today, expiring_within)
    if expiring_within is None:
        chosen += [r for r in registrations if r.valid_until is None]
    return [
        RegistrationLine(
            r,
            names.get(r.personnel_number, ""),
            kinds[r.kind],
            needed.get(r.kind, ()),
            r.is_valid(today),
        )  # fmt: skip
        for r in chosen
    ]


def of_person(uow: UnitOfWork, personnel_number: str) -> list[Registration]:
    return queries.load_registrations(uow.session, [personnel_number])
