"""Calling a service the way the CLI and the UI operations do: in one unit of work of its own."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from competentieplanner.persistence.database import Database
from competentieplanner.persistence.unit_of_work import UnitOfWork

T = TypeVar("T")


def call(db: Database, service: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    """``service(uow, *args, **kwargs)`` in one unit of work: committed when it returns,
    rolled back when it raises."""
    uow: UnitOfWork
    with db.unit_of_work() as uow:
        return service(uow, *args, **kwargs)
