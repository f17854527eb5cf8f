"""User accounts: the ``app_user``/``user_unit`` rows and, on PostgreSQL, the login roles.

Logins are checked by ``domain.access.check_login`` before they get here and are quoted as
identifiers anyway: role DDL cannot take bind parameters.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import delete, select, text
from sqlalchemy.orm import Session

from competentieplanner.domain.access import Role, UserAccount
from competentieplanner.persistence import records as r
from competentieplanner.persistence.access_records import AppUserRecord, UserUnitRecord
from competentieplanner.persistence.pg_security import GROUP_ROLES


def _quote(session: Session, name: str) -> str:
    return session.get_bind().dialect.identifier_preparer.quote_identifier(name)


def is_server(session: Session) -> bool:
    return session.get_bind().dialect.name == "postgresql"


def current_login(session: Session) -> str:
    """The connected login (PostgreSQL) or the local user (SQLite, via ``cp_login()``)."""
    function = "current_user" if is_server(session) else "cp_login()"
    return str(session.execute(text(f"SELECT {function}")).scalar_one())


def may_manage_roles(session: Session) -> bool:
    return bool(
        session.execute(
            text("SELECT rolsuper OR rolcreaterole FROM pg_roles WHERE rolname = current_user")
        ).scalar()
    )


def load_accounts(session: Session, login: str | None = None) -> list[UserAccount]:
    query = select(AppUserRecord).order_by(AppUserRecord.login)
    if login is not None:
        query = query.where(AppUserRecord.login == login)
    users = session.scalars(query).all()
    units: dict[str, list[str]] = {}
    link_query = select(UserUnitRecord.login, UserUnitRecord.unit_name).order_by(
        UserUnitRecord.unit_name
    )
    if login is not None:
        link_query = link_query.where(UserUnitRecord.login == login)
    for user_login, unit in session.execute(link_query):
        units.setdefault(user_login, []).append(unit)
    return [
        UserAccount(
            login=u.login,
            role=Role(u.role),
            employee=u.employee_number,
            units=tuple(units.get(u.login, ())),
            active=u.active,
        )
        for u in users
    ]


def save_account(
    session: Session, login: str, role: Role, employee: str | None, units: Iterable[str]
) -> None:
    """Create or reactivate the account and set its role, employee and units."""
    user = session.get(AppUserRecord, login)
    if user is None:
        session.add(AppUserRecord(login=login, role=role.value, employee_number=employee))
    else:
        user.role, user.employee_number, user.active = role.value, employee, True
    session.flush()
    replace_units(session, login, units)


def replace_units(session: Session, login: str, units: Iterable[str]) -> None:
    session.execute(delete(UserUnitRecord).where(UserUnitRecord.login == login))
    names = sorted(set(units))
    if names:
        session.add_all(UserUnitRecord(login=login, unit_name=name) for name in names)
    session.flush()


def deactivate(session: Session, login: str) -> bool:
    user = session.get(AppUserRecord, login)
    if user is None:
        return False
    user.active = False
    session.flush()
    return True


def unknown_units(session: Session, names: Iterable[str]) -> list[str]:
    wanted = set(names)
    known = set(
        session.scalars(select(r.OrgUnitRecord.name).where(r.OrgUnitRecord.name.in_(wanted)))
    )
    return sorted(wanted - known)


def employee_exists(session: Session, personnel_number: str) -> bool:
    return (
        session.scalar(
            select(r.EmployeeRecord.id).where(r.EmployeeRecord.personnel_number == personnel_number)
        )
        is not None
    )


def grant_login(session: Session, login: str, role: Role) -> None:
    """Create (or re-enable) the PostgreSQL login and make it a member of its role's group."""
    name = _quote(session, login)
    exists = session.execute(
        text("SELECT 1 FROM pg_roles WHERE rolname = :login"), {"login": login}
    ).scalar()
    session.execute(text(f"{'ALTER' if exists else 'CREATE'} ROLE {name} LOGIN"))
    _revoke_groups(session, name)
    session.execute(text(f"GRANT {GROUP_ROLES[role.value]} TO {name}"))


def revoke_login(session: Session, login: str) -> None:
    """Take the login's right to sign in and its group away; the role itself stays, so the audit
    log keeps naming someone who existed."""
    exists = session.execute(
        text("SELECT 1 FROM pg_roles WHERE rolname = :login"), {"login": login}
    ).scalar()
    if exists:
        name = _quote(session, login)
        session.execute(text(f"ALTER ROLE {name} NOLOGIN"))
        _revoke_groups(session, name)


def _revoke_groups(session: Session, name: str) -> None:
    session.execute(text(f"REVOKE {', '.join(GROUP_ROLES.values())} FROM {name}"))
