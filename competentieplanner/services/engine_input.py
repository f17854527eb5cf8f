"""Input of the planning engine as users type it (on the command line or in a form): a budget in
euros and a start quarter, checked with a Dutch message that says what to write instead."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal, InvalidOperation

from competentieplanner import formats
from competentieplanner.domain.errors import UserError
from competentieplanner.domain.model import Quarter


def parse_budget(value: Decimal | float | int | str | None) -> Decimal | None:
    """A budget in euros (None: no limit), written as the import accepts amounts ("2.500,00",
    "€ 2.500", "2500"); UserError when it is not an amount or negative."""
    if value is None:
        return None
    try:
        amount = formats.parse_amount(value) if isinstance(value, str) else Decimal(str(value))
    except (formats.ParseError, InvalidOperation) as exc:
        raise UserError(f"Budget '{value}' is geen bedrag; schrijf bijvoorbeeld 2500.") from exc
    if not amount.is_finite():
        raise UserError(f"Budget '{value}' is geen bedrag; schrijf bijvoorbeeld 2500.")
    if amount < 0:
        raise UserError(f"Het budget mag niet negatief zijn (niet {value}).")
    return amount


def parse_start(value: Quarter | str | None, today: dt.date | None = None) -> Quarter:
    """The start quarter: as given ("2027-K1"), else the quarter after ``today``."""
    if value is None:
        return Quarter.of(today or dt.date.today()).next()
    if isinstance(value, Quarter):
        return value
    try:
        return Quarter.parse(value)
    except ValueError as exc:
        raise UserError(f"Startkwartaal: {exc}.") from exc


def parse_hours_per_quarter(value: float | None) -> float | None:
    """Hours of training that may start per quarter (None: the setting); must be positive."""
    if value is not None and not value > 0:
        raise UserError("Het aantal uren per kwartaal moet groter dan 0 zijn.")
    return value
