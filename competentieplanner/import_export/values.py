"""Turn cell values as real spreadsheets hold them into clean Python values.

A cell may hold text where a number is meant ("0,89", " 36 ") and a number where text is meant
(personnel number 4211 typed into a General cell). Every parser takes the raw value (str, int,
float, date/datetime or None) and returns the clean value or raises ``ValueProblem`` with a
Dutch reason; the caller adds file, row and column.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

from competentieplanner import formats
from competentieplanner.domain.text import UnusableTextError, normalise, normalised, printable

#: Spaces Excel users paste in from web pages and PDFs.
_ODD_SPACES = str.maketrans({"\u00a0": " ", "\u202f": " ", "\u2007": " ", "\u2009": " "})
_RUNS_OF_SPACE = re.compile(r"\s+")
#: Excel stores dates as days since 1899-12-30 (the 1900 leap-year bug folded in).
_EXCEL_EPOCH = dt.date(1899, 12, 30)
#: Serial numbers we accept as a date typed into a number cell: 1900-01-01 .. 2199-12-31.
_SERIAL_RANGE = (1, 109_572)


#: A value that cannot be used; the message is the Dutch reason (the formats module's error).
ValueProblem = formats.ParseError


def clean_text(value: object) -> str:
    """Text as a person meant it: odd spaces folded, trimmed, single-spaced, and normalised
    (NFC, no invisible format characters, ASCII digits: ``domain.text.normalise``).

    Never raises: characters that cannot be normalised stay; :func:`parse_text` refuses them.

    Integral floats lose their ``.0`` (Excel stores every number as a float).
    """
    if value is None:
        return ""
    if value.__class__ is str and value.isascii():  # fast path: most cells
        text = value.strip()
        if "  " in text or "\t" in text or "\n" in text or "\r" in text or "\x0b" in text:
            text = _RUNS_OF_SPACE.sub(" ", text)
        return text
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        value = value.date() if value.time() == dt.time() else value
    if isinstance(value, dt.date):
        return value.strftime("%d-%m-%Y")
    text = normalise(str(value)).translate(_ODD_SPACES)
    return _RUNS_OF_SPACE.sub(" ", text).strip()


def parse_text(value: object) -> str:
    """:func:`clean_text`, refusing a control, private-use or unassigned character."""
    text = clean_text(value)
    if text.isascii() and text.isprintable():
        return text
    try:
        return normalised(text)
    except UnusableTextError as exc:
        raise ValueProblem(str(exc)) from exc


_BLANKS = " \t\n\r\x0b\x0c\u00a0\u202f\u2007\u2009"


def is_blank(value: object) -> bool:
    """None, or text of nothing but (odd) spaces."""
    if value is None:
        return True
    if not isinstance(value, str):
        return False
    if value.isascii():
        return not value.strip(_BLANKS)
    return not clean_text(value)  # a zero-width space alone is blank too


def parse_identifier(value: object, *, max_length: int = 50) -> str:
    """A code or personnel number: text, leading zeros kept; a number becomes its digits."""
    if isinstance(value, float) and not value.is_integer():
        raise ValueProblem("is een getal met decimalen; verwacht een nummer of code")
    text = parse_text(value)
    if " " in text:
        raise ValueProblem("mag geen spaties bevatten")
    if len(text) > max_length:
        raise ValueProblem(f"is langer dan {max_length} tekens")
    return text


def parse_decimal(value: object) -> Decimal:
    """A number written as a number, or as text the way :func:`formats.parse_number` reads it
    ("1.234,5", "1,234.5", "0.89", "€ 1.500")."""
    if isinstance(value, bool):
        raise ValueProblem("is geen getal")
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, float | Decimal):
        number = Decimal(repr(value)) if isinstance(value, float) else value
        if not number.is_finite():  # NaN or Infinity in a numeric cell
            raise ValueProblem("is geen getal (NaN of oneindig)")
        return number
    return formats.parse_number(clean_text(value))


def parse_whole_number(value: object) -> int:
    """A whole number (level, count), from a number or text cell."""
    number = parse_decimal(value)
    if number != number.to_integral_value():
        raise ValueProblem("is geen geheel getal")
    return int(number)


def parse_date(value: object) -> dt.date:
    """A date from an Excel date cell, an Excel serial number, or text.

    Text may be d-m-jjjj, dd-mm-jjjj (also with / or .) or jjjj-mm-dd; a midnight time part as
    some exports add (``2024-01-05 00:00:00``) is dropped.
    """
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, bool):
        raise ValueProblem("is geen datum")
    if isinstance(value, int | float):
        if not float(value).is_integer() or not _SERIAL_RANGE[0] <= value <= _SERIAL_RANGE[1]:
            raise ValueProblem("is geen datum")
        return _EXCEL_EPOCH + dt.timedelta(days=int(value))
    return formats.parse_date(clean_text(value))


_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]+$")


def parse_email(value: object) -> str:
    text = clean_text(value)
    if not _EMAIL.match(text):
        raise ValueProblem("is geen e-mailadres")
    return text


def excel_text(value: object) -> str:
    """How a value appears in a problem report (never used for ignored columns)."""
    text = printable(clean_text(value))
    return text if len(text) <= 80 else text[:77] + "..."
