"""Who may do what: the four roles, the actions each may take, user accounts and audit entries.

The database enforces the same rules on a server (persistence/pg_security.py); this table lets
the app hide what a role may not do, so nobody meets a refusal they could not have avoided.
"""

from __future__ import annotations

import datetime as dt
import enum
import re
from dataclasses import dataclass, field
from typing import Any

from competentieplanner.domain.errors import UserError


class Role(enum.StrEnum):
    BEHEERDER = "beheerder"  # HR functional administrator: users, reference data
    HR = "hr"  # HR advisor: all staff
    TEAMLEIDER = "teamleider"  # own units and the units below them
    MANAGEMENT = "management"  # aggregated overviews only


class Action(enum.StrEnum):
    VIEW_INDIVIDUALS = "view_individuals"  # names, assessments, interviews, plans
    EDIT_STAFF_RECORDS = "edit_staff_records"  # assessments, interviews, plans of visible staff
    ADD_REMOVE_STAFF = "add_remove_staff"  # staff import, new/removed employees
    EDIT_REFERENCE_DATA = "edit_reference_data"  # frameworks, profiles, catalogue, settings
    EDIT_BUDGETS = "edit_budgets"
    VIEW_AGGREGATES = "view_aggregates"
    VIEW_AUDIT = "view_audit"
    MANAGE_USERS = "manage_users"


_ALLOWED: dict[Role, frozenset[Action]] = {
    Role.BEHEERDER: frozenset(Action),
    Role.HR: frozenset(Action) - {Action.EDIT_REFERENCE_DATA, Action.VIEW_AUDIT,
                                  Action.MANAGE_USERS},
    Role.TEAMLEIDER: frozenset({Action.VIEW_INDIVIDUALS, Action.EDIT_STAFF_RECORDS,
                                Action.VIEW_AGGREGATES}),
    Role.MANAGEMENT: frozenset({Action.VIEW_AGGREGATES}),
}


def may(role: Role | None, action: Action, *, embedded: bool = False) -> bool:
    """Whether ``role`` may take ``action``. On the embedded single-user SQLite database the
    local user acts as ``hr`` and also keeps the reference data and reads the log (there is
    nobody else); there are no users to manage."""
    if embedded:
        return action is not Action.MANAGE_USERS
    return role is not None and action in _ALLOWED[role]


_LOGIN = re.compile(r"^[a-z_][a-z0-9_.\-]{0,62}$")


def check_login(login: str) -> str:
    """A login becomes a PostgreSQL role name: lower case letters, digits, '_', '.', '-'."""
    if not _LOGIN.match(login):
        raise UserError(
            f"'{login}' is geen geldige inlognaam: gebruik kleine letters, cijfers, '_', '.' of "
            "'-', beginnend met een letter of '_', hoogstens 63 tekens."
        )
    if login.startswith("cp_") or login in {"postgres", "public"}:
        raise UserError(f"De inlognaam '{login}' is gereserveerd; kies een andere.")
    return login


def parse_role(text: str) -> Role:
    try:
        return Role(text)
    except ValueError:
        raise UserError(
            f"Onbekende rol '{text}'; kies uit {', '.join(r.value for r in Role)}."
        ) from None


@dataclass(frozen=True, slots=True)
class UserAccount:
    login: str
    role: Role | None
    employee: str | None = None  # personnel number
    units: tuple[str, ...] = ()
    active: bool = True


@dataclass(frozen=True, slots=True)
class FieldChange:
    field: str
    old: Any
    new: Any


@dataclass(frozen=True, slots=True)
class AuditEntry:
    at: dt.datetime
    login: str
    action: str
    table: str
    record: str | None
    employee: str | None
    changes: tuple[FieldChange, ...] = field(default=())
