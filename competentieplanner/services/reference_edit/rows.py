"""The row rules every reference edit shares: find a row by code, check it is still the version
the screen showed, and report its new version after the write."""

from __future__ import annotations

from competentieplanner.domain.errors import NotFoundError
from competentieplanner.persistence import records as r
from competentieplanner.persistence import reference_queries as q
from competentieplanner.persistence.base import Versioned
from competentieplanner.persistence.unit_of_work import UnitOfWork
from competentieplanner.services.editing import check_version, removed_meanwhile


def found(uow: UnitOfWork, model: type[q.Coded], code: str, what: str) -> q.Coded:
    """The row with ``code``; NotFoundError naming it as ``what`` when there is none."""
    record = q.by_code(uow.session, model, code)
    if record is None:
        raise NotFoundError(f"{what} '{code}' bestaat niet.")
    return record


def framework(uow: UnitOfWork, code: str) -> r.FrameworkRecord:
    return found(uow, r.FrameworkRecord, code, "Kader")


def competency(uow: UnitOfWork, code: str) -> r.CompetencyRecord:
    return found(uow, r.CompetencyRecord, code, "Competentie")


def profile(uow: UnitOfWork, code: str) -> r.ProfileRecord:
    return found(uow, r.ProfileRecord, code, "Profiel")


def offer(uow: UnitOfWork, code: str) -> r.TrainingOfferRecord:
    return found(uow, r.TrainingOfferRecord, code, "Opleiding")


def scale_maximum(record: r.FrameworkRecord) -> int:
    return max((level.level for level in record.scale.levels), default=1)


def existing(record: Versioned | None, subject: str, expected_version: int) -> None:
    """The row must still exist and have the version the screen showed."""
    if record is None:
        raise removed_meanwhile(subject)
    check_version(subject, record.version, expected_version, record)


def current(
    uow: UnitOfWork, model: type[q.Coded], code: str, subject: str, expected_version: int
) -> q.Coded:
    """The row with ``code`` as the screen showed it (see :func:`existing`)."""
    record = q.by_code(uow.session, model, code)
    existing(record, subject, expected_version)
    assert record is not None
    return record


def assign(record: object, fields: dict[str, object]) -> None:
    """Copy validated field values onto a row."""
    for key, value in fields.items():
        setattr(record, key, value)


def added(uow: UnitOfWork, record: Versioned, subject: str) -> int:
    """Store a new row now; its first version."""
    q.add(uow.session, record)
    return written(uow, record, subject)


def written(uow: UnitOfWork, record: Versioned, subject: str) -> int:
    """Send the change now (so a refusal names ``subject``); the row's new version."""
    uow.flush(subject)
    return record.version


def deleted(uow: UnitOfWork, record: object, subject: str) -> None:
    q.delete(uow.session, record)
    uow.flush(subject)


def uses_text(counts: list[tuple[int, str, str]]) -> list[str]:
    """``[(2, "profieleis", "profieleisen")]`` -> ``["2 profieleisen"]``, leaving out zeros."""
    return [f"{n} {one if n == 1 else many}" for n, one, many in counts if n]
