"""Turn cell values as real spreadsheets hold them into clean Python values.

A cell may hold text where a number is meant ("0,89", " 36 ") and a number where text is meant
(personnel number 4211 typed into a General cell). Every parser takes the raw value (str, int,
float, date/datetime or None) and returns the clean value or raises ``ValueProblem`` with a
Dutch reason; the caller adds file, row and column.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal, InvalidOperation

from competentieplanner.domain.text import UnusableTextError, normalise, normalised, printable

#: Spaces Excel users paste in from web pages and PDFs.
_ODD_SPACES = str.maketrans({"\u00a0": " ", "\u202f": " ", "\u2007": " ", "\u2009": " "})
_RUNS_OF_SPACE = re.compile(r"\s+")
#: Excel stores dates as days since 1899-12-30 (the 1900 leap-year bug folded in).
_EXCEL_EPOCH = dt.date(1899, 12, 30)
#: Serial numbers we accept as a date typed into a number cell: 1900-01-01 .. 2199-12-31.
_SERIAL_RANGE = (1, 109_572)
_DATE_DMY = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$")
_DATE_YMD = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_DATE_TWO_DIGIT_YEAR = re.compile(r"^\d{1,2}[-/.]\d{1,2}[-/.]\d{2}$")
_TIME_SUFFIX = re.compile(r"[ T]00:00(:00(\.0+)?)?$")


class ValueProblem(ValueError):
    """A value that cannot be used; the message is the Dutch reason."""


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
    """A number written as a number, or as text with a decimal comma or point.

    ``1.234,5`` and ``1,234.5`` both work: when both marks occur the last one is the decimal
    mark. A single point is a decimal point (systems write ``0.89``), several points group
    thousands. A euro sign and spaces are ignored; after a euro sign "€ 1.500" is fifteen
    hundred, as a Dutch reader means it.
    """
    if isinstance(value, bool):
        raise ValueProblem("is geen getal")
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, float | Decimal):
        number = Decimal(repr(value)) if isinstance(value, float) else value
        if not number.is_finite():  # NaN or Infinity in a numeric cell
            raise ValueProblem("is geen getal (NaN of oneindig)")
        return number
    raw_text = clean_text(value)
    money = "€" in raw_text
    text = raw_text.replace("€", "").replace(" ", "")
    if not text:
        raise ValueProblem("is leeg")
    negative = text.startswith("-")
    body = text[1:] if negative else text
    if not re.fullmatch(r"[0-9.,]+", body) or not re.search(r"[0-9]", body):
        raise ValueProblem("is geen getal")
    comma, point = body.rfind(","), body.rfind(".")
    if comma >= 0 and point >= 0:
        decimal_mark, group_mark = (",", ".") if comma > point else (".", ",")
        body = body.replace(group_mark, "").replace(decimal_mark, ".")
    elif comma >= 0:
        if body.count(",") > 1:
            raise ValueProblem("is geen getal (meer dan één komma)")
        body = body.replace(",", ".")
    elif body.count(".") > 1 or (money and re.fullmatch(r"[1-9][0-9]{0,2}\.[0-9]{3}", body)):
        body = body.replace(".", "")
    try:
        number = Decimal(body)
    except InvalidOperation as exc:
        raise ValueProblem("is geen getal") from exc
    return -number if negative else number


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
    text = _TIME_SUFFIX.sub("", clean_text(value))
    match = _DATE_DMY.match(text)
    if match:
        day, month, year = (int(part) for part in match.groups())
    else:
        match = _DATE_YMD.match(text)
        if not match:
            if _DATE_TWO_DIGIT_YEAR.match(text):
                raise ValueProblem("heeft een jaartal van twee cijfers; schrijf het jaar voluit")
            raise ValueProblem("is geen datum; schrijf bijvoorbeeld 1-3-2024 of 2024-03-01")
        year, month, day = (int(part) for part in match.groups())
    try:
        return dt.date(year, month, day)
    except ValueError as exc:
        raise ValueProblem("is geen bestaande datum") from exc


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
