"""Registrations and certificates that expire (SKJ registration, meldcode training, ...).

A kind says how long a registration stays valid and what it is needed for; a person's
registration is valid on a day when that day is not after its ``valid_until``. An authority that
needs a kind of registration is not held without a valid one.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class RegistrationKind:
    code: str
    name: str
    validity_months: int | None = None  # renewal term; None: valid until a date on the proof
    role: str = ""  # the role that needs it ("jeugd- en gezinsprofessional"), if any
    source: str = ""  # where the renewal term comes from


@dataclass(frozen=True, slots=True)
class Registration:
    personnel_number: str
    kind: str  # kind code
    number: str = ""  # registration or certificate number
    issued_on: dt.date | None = None
    valid_until: dt.date | None = None  # None: no end date known

    def is_valid(self, on: dt.date) -> bool:
        return self.valid_until is None or on <= self.valid_until


def add_months(day: dt.date, months: int) -> dt.date:
    """``day`` plus whole months, clamped to the month's last day (31 Jan + 1 -> 28/29 Feb)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return dt.date(year, month + 1, min(day.day, last))


def end_of_validity(kind: RegistrationKind, issued_on: dt.date | None) -> dt.date | None:
    """The day a registration issued on ``issued_on`` stops being valid, from the kind's term
    (the day before the anniversary)."""
    if issued_on is None or kind.validity_months is None:
        return None
    return add_months(issued_on, kind.validity_months) - dt.timedelta(days=1)


def valid_kinds(registrations: Iterable[Registration], on: dt.date) -> frozenset[str]:
    return frozenset(r.kind for r in registrations if r.is_valid(on))


def expiring(
    registrations: Sequence[Registration], on: dt.date, within_days: int | None
) -> list[Registration]:
    """Registrations with an end date, by end date; with ``within_days`` only those that end
    within that many days from ``on`` (already expired ones included: they need action too)."""
    dated = [r for r in registrations if r.valid_until is not None]
    if within_days is not None:
        limit = on + dt.timedelta(days=within_days)
        dated = [r for r in dated if r.valid_until is not None and r.valid_until <= limit]
    return sorted(dated, key=lambda r: (r.valid_until or dt.date.max, r.personnel_number, r.kind))
