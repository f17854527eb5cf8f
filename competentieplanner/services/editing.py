"""Shared rules for editing one row at a time: optimistic concurrency and input checks.

Every editable table carries a ``version`` column (``persistence.base.Versioned``). A screen
remembers the version it showed; an edit passes it back as ``expected_version``. When the row
changed meanwhile, the edit is refused with :class:`ConflictError` instead of silently
overwriting a colleague's change. The check is explicit (compare before writing) and SQLAlchemy's
``version_id_col`` guards the small window between that read and the UPDATE.
"""

from __future__ import annotations

import math
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING

from competentieplanner import formats
from competentieplanner.domain.errors import ConflictError, UserError
from competentieplanner.domain.text import UnusableTextError, normalised
from competentieplanner.persistence import last_change
from competentieplanner.persistence.unit_of_work import RELOADED, changed_by

if TYPE_CHECKING:

    pass

MAX_MONEY = Decimal("9999999999.99")  # Numeric(12, 2)


def changed_meanwhile(subject: str, row: object | None = None) -> ConflictError:
    """The refusal of a stale save; names who changed ``row`` and when, if the log knows."""
    change = last_change.of_row(row) if row is not None else None
    if change is not None:
        return ConflictError(changed_by(subject, change))
    return ConflictError(f"{subject} is intussen door iemand anders gewijzigd; {RELOADED}.")


def removed_meanwhile(subject: str) -> ConflictError:
    return ConflictError(f"{subject} is intussen door iemand anders verwijderd; {RELOADED}.")


def added_meanwhile(subject: str) -> ConflictError:
    return ConflictError(f"{subject} is intussen door iemand anders toegevoegd; {RELOADED}.")


def check_version(subject: str, actual: int, expected: int, row: object | None = None) -> None:
    """Refuse the edit when the stored version is not the one the screen showed (``row``: the
    stored row, so the message can name who changed it)."""
    if actual != expected:
        raise changed_meanwhile(subject, row)


# -- input checks --------------------------------------------------------------------------------


def normalised_text(label: str, value: str) -> str:
    """What the user typed in the one normal form (``domain.text``), trimmed; refused when it
    holds a character that cannot be normalised."""
    try:
        return normalised(value).strip()
    except UnusableTextError as exc:
        raise UserError(f"{label} {exc}.") from exc


def required_text(label: str, value: str, max_length: int) -> str:
    text = normalised_text(label, value)
    if not text:
        raise UserError(f"{label} mag niet leeg zijn.")
    if len(text) > max_length:
        raise UserError(f"{label} is te lang ({len(text)} tekens; maximaal {max_length}).")
    return text


def optional_text(label: str, value: str, max_length: int | None = None) -> str:
    text = normalised_text(label, value)
    if max_length is not None and len(text) > max_length:
        raise UserError(f"{label} is te lang ({len(text)} tekens; maximaal {max_length}).")
    return text


def code_text(label: str, value: str, max_length: int) -> str:
    """A code users type and other files refer to: no spaces inside, at most ``max_length``."""
    code = required_text(label, value, max_length)
    if any(ch.isspace() for ch in code):
        raise UserError(f"{label} '{code}' mag geen spaties bevatten.")
    return code


def level_in_scale(label: str, value: int, low: int, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise UserError(f"{label} moet een geheel getal zijn, niet '{value}'.")
    if not low <= value <= high:
        raise UserError(f"{label} moet tussen {low} en {high} liggen (niet {value}).")
    return value


def non_negative_number(label: str, value: float, unit: str = "") -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise UserError(f"{label} moet een getal zijn, niet '{value}'.")
    if value < 0:
        suffix = f" {unit}" if unit else ""
        raise UserError(f"{label} mag niet negatief zijn (niet {value:g}{suffix}).")
    return float(value)


def positive_number(label: str, value: float) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise UserError(f"{label} moet een getal zijn, niet '{value}'.")
    if value <= 0:
        raise UserError(f"{label} moet groter dan 0 zijn (niet {value:g}).")
    return float(value)


def money(label: str, value: Decimal | float | int | str) -> Decimal:
    """An amount in euros: not negative, rounded to cents, within the column's range."""
    if isinstance(value, bool):
        raise UserError(f"{label} moet een bedrag zijn, niet '{value}'.")
    try:
        if isinstance(value, str):
            amount = formats.parse_amount(value)
        else:
            amount = value if isinstance(value, Decimal) else Decimal(str(value))
    except (formats.ParseError, InvalidOperation) as exc:
        raise UserError(f"{label} moet een bedrag zijn, niet '{value}'.") from exc
    if not amount.is_finite():
        raise UserError(f"{label} moet een bedrag zijn, niet '{value}'.")
    if amount < 0:
        raise UserError(f"{label} mag niet negatief zijn (niet € {amount}).")
    amount = amount.quantize(Decimal("0.01"))
    if amount > MAX_MONEY:
        raise UserError(f"{label} is te groot (niet € {amount}).")
    return amount
