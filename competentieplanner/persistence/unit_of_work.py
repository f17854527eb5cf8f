"""One unit of work per user action: the single transaction a service works in.

The caller (a CLI command, a UI operation on its worker thread, a test) opens it once with
:meth:`Database.unit_of_work` and hands it to the service; everything the action reads and writes
happens in that transaction, which commits when the block ends and rolls back on any error. So
saving a form, closing an interview or saving a plan is all or nothing.

Refusals the database raises (a stale optimistic-lock version, a unique key a colleague took
meanwhile, SQLite's "database is locked") become Dutch :class:`ConflictError` /
:class:`UserError` messages here, in one place.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from competentieplanner.domain.errors import ConflictError, UserError
from competentieplanner.persistence import last_change

RELOADED = "de gegevens zijn opnieuw geladen"
DEFAULT_SUBJECT = "De wijziging"
LOST_CONNECTION = (
    "De verbinding met de databaseserver is verbroken; er is niets opgeslagen. Wat u invoerde "
    "staat nog op het scherm: probeer het opnieuw zodra de server bereikbaar is. De verbinding "
    "wordt dan vanzelf hersteld; opnieuw opstarten is niet nodig."
)


class UnitOfWork:
    """The transaction of one user action. Services pass :attr:`session` to ``persistence``
    functions; they never open one of their own."""

    def __init__(self, session: Session) -> None:
        self.session = session

    @property
    def dialect(self) -> str:
        """ "sqlite" or "postgresql": a few queries have a faster form on one of them."""
        return self.session.get_bind().dialect.name

    def flush(
        self,
        subject: str = DEFAULT_SUBJECT,
        watch: Sequence[tuple[str, str | None, str | None]] = (),
    ) -> None:
        """Send pending writes now, so a refusal names ``subject`` ("Het profiel") and who
        changed the record meanwhile: the first of ``watch`` (table, record, personnel number)
        the audit log knows, else the last change of a row being written."""
        watched = [*watch] + [
            (*key, None)
            for row in (*self.session.dirty, *self.session.deleted)
            if (key := last_change.row_key(row)) is not None
        ]
        try:
            with translated_refusals(subject):
                self.session.flush()
        except ConflictError as exc:
            stale = isinstance(exc.__cause__, StaleDataError)
            change = last_change.outside(self.session, watched) if stale else None
            if change is None:
                raise
            raise ConflictError(changed_by(subject, change)) from exc.__cause__


def changed_by(subject: str, change: last_change.LastChange) -> str:
    """The Dutch refusal of a stale save that names who changed it and when."""
    return f"{subject} is intussen gewijzigd {change.describe()}; {RELOADED}."


def is_locked(exc: OperationalError) -> bool:
    text = str(exc.orig).lower()
    return "locked" in text or "busy" in text


@contextmanager
def translated_refusals(subject: str = DEFAULT_SUBJECT) -> Iterator[None]:
    """Database-level refusals of a write become Dutch messages that say what to do."""
    try:
        yield
    except StaleDataError as exc:
        raise ConflictError(
            f"{subject} is intussen door iemand anders gewijzigd; {RELOADED}."
        ) from exc
    except OperationalError as exc:
        if exc.connection_invalidated:  # the server went away (network, restart, time-out)
            raise UserError(LOST_CONNECTION) from exc
        if not is_locked(exc):
            raise
        # SQLite refuses a write whose read snapshot is outdated (someone else committed in
        # between) or that waited too long for another writer: either way, reload.
        raise ConflictError(
            f"{subject} kon niet worden opgeslagen: een collega wijzigde de database op "
            f"hetzelfde moment; {RELOADED}. Probeer het daarna opnieuw."
        ) from exc
    except IntegrityError as exc:
        raise UserError(
            f"{subject} kon niet worden opgeslagen: het botst met gegevens die intussen zijn "
            f"toegevoegd of gewijzigd; {RELOADED}."
        ) from exc
