"""The department database: set up a PostgreSQL server, manage who may sign in, say who is signed
in. ``server init`` and the ``users`` commands need an administrator connection (a superuser or
a role with CREATEROLE), because they create PostgreSQL roles."""

from __future__ import annotations

import os
from collections.abc import Sequence

from competentieplanner.domain.access import (
    Role,
    UserAccount,
    check_login,
    parse_role,
)
from competentieplanner.domain.errors import NotFoundError, UserError
from competentieplanner.persistence import accounts, pg_security
from competentieplanner.persistence.database import Database
from competentieplanner.persistence.unit_of_work import UnitOfWork
from competentieplanner.services.database import open_database

_ONLY_ON_SERVER = (
    "Gebruikers en rollen bestaan alleen in een serverdatabase (PostgreSQL). In een lokaal "
    "databasebestand is er geen aanmelding: u werkt als 'hr'."
)
_NEEDS_ADMIN = (
    "Hiervoor is een beheerdersverbinding nodig (een PostgreSQL-login met SUPERUSER of "
    "CREATEROLE); de huidige login '{login}' mag geen rollen aanmaken."
)


def initialise_server(target: str | os.PathLike[str] | None) -> Database:
    """Schema, reference data, roles, grants, policies and views on a PostgreSQL database."""
    db = open_database(target)
    try:
        if db.url.get_backend_name() != "postgresql":
            raise UserError(
                "'server init' is voor een PostgreSQL-database (postgresql+psycopg://...); een "
                "lokaal bestand heeft geen rollen nodig."
            )
        with db.unit_of_work() as uow:
            _require_admin(uow)
            pg_security.apply(uow.session)
    except BaseException:
        db.dispose()
        raise
    return db


def _require_server(uow: UnitOfWork) -> None:
    if not accounts.is_server(uow.session):
        raise UserError(_ONLY_ON_SERVER)


def _require_admin(uow: UnitOfWork) -> None:
    _require_server(uow)
    if not accounts.may_manage_roles(uow.session):
        raise UserError(_NEEDS_ADMIN.format(login=accounts.current_login(uow.session)))


def add_user(
    uow: UnitOfWork,
    login: str,
    role: str,
    *,
    employee: str | None = None,
    units: Sequence[str] = (),
) -> list[str]:
    """Create (or re-activate) a login with its role; returns warnings for names not (yet) in
    the database: users may be set up before the staff are imported."""
    _require_admin(uow)
    check_login(login)
    chosen = parse_role(role)
    _check_units(chosen, units)
    warnings = _unknown_names(uow, employee, units)
    accounts.save_account(uow.session, login, chosen, employee, units)
    accounts.grant_login(uow.session, login, chosen)
    return warnings


def _check_units(role: Role, units: Sequence[str]) -> None:
    if role is Role.TEAMLEIDER and not units:
        raise UserError("Een teamleider leidt minstens één eenheid: geef --unit NAAM.")
    if role is not Role.TEAMLEIDER and units:
        raise UserError(f"--unit geldt alleen voor de rol teamleider, niet voor {role.value}.")


def _unknown_names(uow: UnitOfWork, employee: str | None, units: Sequence[str]) -> list[str]:
    warnings = [
        f"eenheid '{name}' bestaat (nog) niet; de koppeling geldt zodra zij bestaat"
        for name in accounts.unknown_units(uow.session, units)
    ]
    if employee is not None and not accounts.employee_exists(uow.session, employee):
        warnings.append(f"medewerker '{employee}' bestaat (nog) niet")
    return warnings


def list_users(uow: UnitOfWork) -> list[UserAccount]:
    _require_server(uow)
    return accounts.load_accounts(uow.session)


def _account(uow: UnitOfWork, login: str) -> UserAccount:
    found = accounts.load_accounts(uow.session, login)
    if not found:
        raise NotFoundError(f"Gebruiker '{login}' bestaat niet.")
    return found[0]


def remove_user(uow: UnitOfWork, login: str) -> None:
    """The login can no longer sign in; its account stays (inactive) so the log keeps a name."""
    _require_admin(uow)
    _account(uow, login)
    accounts.deactivate(uow.session, login)
    accounts.revoke_login(uow.session, login)


def set_units(uow: UnitOfWork, login: str, units: Sequence[str]) -> list[str]:
    _require_admin(uow)
    account = _account(uow, login)
    if account.role is not None:
        _check_units(account.role, units)
    warnings = _unknown_names(uow, None, units)
    accounts.replace_units(uow.session, login, units)
    return warnings


def whoami(uow: UnitOfWork) -> UserAccount:
    """The signed-in login with its role; on SQLite the local user, acting as ``hr``."""
    login = accounts.current_login(uow.session)
    if not accounts.is_server(uow.session):
        return UserAccount(login=login, role=Role.HR)
    found = accounts.load_accounts(uow.session, login)
    if found and found[0].active:
        return found[0]
    if accounts.may_manage_roles(uow.session):  # the administrator who set the server up
        return UserAccount(login=login, role=Role.BEHEERDER)
    return UserAccount(login=login, role=None, active=False)


def signed_in(uow: UnitOfWork) -> tuple[UserAccount, bool]:
    """The signed-in account, and whether this is the embedded single-user database (where the
    local user acts as ``hr`` and also keeps the reference data: ``access.may(embedded=)``)."""
    return whoami(uow), not accounts.is_server(uow.session)
