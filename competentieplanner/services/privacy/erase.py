"""Erasure on request (AVG art. 17) and the legal hold (bewaarplicht) that stops it."""

from __future__ import annotations

from dataclasses import dataclass

from competentieplanner.domain.access import Action, may
from competentieplanner.domain.errors import NotFoundError, UserError
from competentieplanner.persistence import accounts, privacy_audit
from competentieplanner.persistence import privacy_queries as pq
from competentieplanner.persistence.database import Database
from competentieplanner.persistence.records import EmployeeRecord
from competentieplanner.persistence.unit_of_work import UnitOfWork
from competentieplanner.services.department import whoami


def _employee(uow: UnitOfWork, personnel_number: str) -> EmployeeRecord:
    employee = pq.find_employee(uow.session, personnel_number)
    if employee is None or personnel_number.startswith(pq.ERASED_PREFIX):
        raise NotFoundError(f"Er is geen medewerker met personeelsnummer '{personnel_number}'.")
    return employee


def require_removal_right(
    uow: UnitOfWork, what: str = "persoonsgegevens wissen of na de bewaartermijn verwijderen"
) -> None:
    """Erasure, retention removal and the legal hold are for beheerder and hr (on the server
    the database refuses the audit scrub to anyone else, too)."""
    me = whoami(uow)
    if not may(me.role, Action.ADD_REMOVE_STAFF, embedded=not accounts.is_server(uow.session)):
        raise UserError(f"Alleen de rollen beheerder en hr mogen {what}.")


def erase_employee(uow: UnitOfWork, personnel_number: str) -> None:
    """Anonymise the person (see ``privacy_queries.anonymise_employee``), take them out of the
    audit trail and log that an erasure took place, without saying whose (``privacy_audit``).

    Raises:
        UserError: a legal hold applies to the person.
    """
    require_removal_right(uow)
    employee = _employee(uow, personnel_number)
    if employee.legal_hold:
        raise UserError(
            f"Medewerker {personnel_number} valt onder een bewaarplicht"
            + (f" ({employee.legal_hold_reason})" if employee.legal_hold_reason else "")
            + "; er is niets gewist. Hef de bewaarplicht eerst op als die niet meer geldt."
        )
    pq.secure_delete_on(uow.session)
    trace = privacy_audit.Trace()
    trace.add_person(employee)
    with privacy_audit.unaudited(uow.session):
        pq.anonymise_employee(uow.session, employee)
        privacy_audit.scrub(uow.session, "wissen", trace)


def scrub_file(db: Database) -> None:
    """Rebuild a SQLite file after an erasure, so nothing erased stays in free pages or WAL.
    Runs after the erasure's unit of work has committed."""
    pq.scrub_sqlite(db.engine)


def set_legal_hold(uow: UnitOfWork, personnel_number: str, hold: bool, reason: str = "") -> None:
    """Set or lift the legal hold that stops erasure and retention removal (beheerder, hr)."""
    require_removal_right(uow, "een bewaarplicht vastleggen of opheffen")
    employee = _employee(uow, personnel_number)
    # the audit trigger on employee logs the change, with the reason
    pq.set_legal_hold(uow.session, employee, hold, reason.strip())


@dataclass(frozen=True, slots=True)
class LegalHold:
    held: bool
    reason: str


def legal_hold(uow: UnitOfWork, personnel_number: str) -> LegalHold:
    """Whether a legal hold applies to the person, and why."""
    employee = _employee(uow, personnel_number)
    return LegalHold(bool(employee.legal_hold), employee.legal_hold_reason or "")
