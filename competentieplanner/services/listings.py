"""What the list commands print: the staff, the profiles with their requirements, the
training catalogue. Each reads in the caller's unit of work."""

from __future__ import annotations

from competentieplanner.domain.model import Employee, Profile, TrainingOffer
from competentieplanner.persistence import repositories as repo
from competentieplanner.persistence.unit_of_work import UnitOfWork


def employees(uow: UnitOfWork, *, unit: str | None = None) -> list[Employee]:
    """Everyone, or the members of ``unit`` and the units below it, by name."""
    return repo.load_employees(uow.session, unit=unit)


def profiles(uow: UnitOfWork) -> list[Profile]:
    return repo.load_profiles(uow.session)


def catalogue(uow: UnitOfWork) -> list[TrainingOffer]:
    """The active training offers with their effects."""
    return repo.load_catalogue(uow.session)
