"""Numbers, money, hours, FTE, dates and quarters as people read and type them: one module for the
screens, the PDFs, the workbooks and the command line, on babel (``nl_NL`` first, ``en``).

One rounding rule everywhere: halves round up (away from zero), as Dutch finance staff expect
(``decimal.ROUND_HALF_UP``); babel's own rounding (half to even) never gets a say because values
are rounded here first. One parser for amounts, hours, FTE and dates accepts what the import
accepts ("2.500,00", "€ 2.500", "2500", "1-3-2024").

The workbook number formats are here too, tagged Dutch (``[$-413]``) so that a spreadsheet
program shows "€ 1.450,50", "2,5 uur" and "0,89 FTE" as the screen and the PDF do.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from babel.dates import format_date
from babel.numbers import format_decimal

DUTCH = "nl_NL"
ENGLISH = "en"
LOCALES = (DUTCH, ENGLISH)
#: Shown for a value that is not known.
UNKNOWN = "–"

#: Workbook number formats (Excel / LibreOffice codes); the value stays a number.
EXCEL_DATE = "DD-MM-YYYY"
EXCEL_MONEY = '[$-413]"€" #,##0.00'
EXCEL_HOURS = '[$-413]General "uur"'  # "2,5 uur", "14 uur": no needless decimals
EXCEL_FTE = '[$-413]0.00 "FTE"'
EXCEL_PERCENT1 = "0.0%"

_UNITS = {
    DUTCH: {"hours": "uur", "quarter": "K"},
    ENGLISH: {"hours": "hours", "quarter": "Q"},
}
_DATE_PATTERN = {DUTCH: "dd-MM-yyyy", ENGLISH: "dd/MM/yyyy"}


class ParseError(ValueError):
    """Text that is not the value asked for; the message is the Dutch reason."""


Number = Decimal | float | int


def _locale(locale: str) -> str:
    return locale if locale in _UNITS else (ENGLISH if locale.startswith("en") else DUTCH)


# -- rounding and numbers ---------------------------------------------------------------------
def round_half_up(value: Number, decimals: int = 0) -> Decimal:
    """``2.25`` -> ``2.3``, ``1450.5`` -> ``1451`` (never half to even)."""
    exact = value if isinstance(value, Decimal) else Decimal(str(value))
    return exact.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)


def number(value: Number, decimals: int = 0, *, locale: str = DUTCH) -> str:
    """``1234.5`` -> ``'1.234,5'`` (nl) / ``'1,234.5'`` (en), halves rounded up."""
    rounded = round_half_up(value, decimals)
    pattern = "#,##0" + ("." + "0" * decimals if decimals else "")
    return format_decimal(rounded, format=pattern, locale=_locale(locale))


def count(value: int, *, locale: str = DUTCH) -> str:
    """``20000`` -> ``'20.000'``."""
    return number(value, locale=locale)


def money(value: Number | None, *, cents: bool | None = None, locale: str = DUTCH) -> str:
    """``1450.5`` -> ``'€ 1.450,50'``. ``cents=None`` shows cents only when there are any
    (``'€ 15.600'``), True always, False rounds to whole euros (half up)."""
    if value is None:
        return UNKNOWN
    exact = round_half_up(value, 2)
    if cents is None:
        cents = exact != exact.to_integral_value()
    text = number(exact, 2 if cents else 0, locale=locale)
    if text.startswith("-"):
        return f"-€ {text[1:]}" if _locale(locale) == ENGLISH else f"€ -{text[1:]}"
    return f"€ {text}" if _locale(locale) == DUTCH else f"€{text}"


def hours_number(value: Number, *, locale: str = DUTCH) -> str:
    """``16`` -> ``'16'``, ``7.5`` -> ``'7,5'``: hours without needless decimals (tables)."""
    rounded = round_half_up(value, 1)
    return number(rounded, 0 if rounded == rounded.to_integral_value() else 1, locale=locale)


def hours(value: Number | None, *, locale: str = DUTCH) -> str:
    """``2.5`` -> ``'2,5 uur'`` (nl) / ``'2.5 hours'`` (en)."""
    if value is None:
        return UNKNOWN
    return f"{hours_number(value, locale=locale)} {_UNITS[_locale(locale)]['hours']}"


def fte(value: Number | None, *, locale: str = DUTCH) -> str:
    """``0.89`` -> ``'0,89 FTE'`` (always two decimals)."""
    if value is None:
        return UNKNOWN
    return f"{number(value, 2, locale=locale)} FTE"


def percent(value: Number | None, decimals: int = 1, *, locale: str = DUTCH) -> str:
    """``87.5`` (already a percentage) -> ``'87,5 %'``."""
    if value is None:
        return UNKNOWN
    return f"{number(value, decimals, locale=locale)} %"


def date(value: dt.date | None, *, locale: str = DUTCH) -> str:
    """``2026-10-12`` -> ``'12-10-2026'`` (nl) / ``'12/10/2026'`` (en)."""
    if value is None:
        return UNKNOWN
    return format_date(value, format=_DATE_PATTERN[_locale(locale)], locale=_locale(locale))


def long_date(value: dt.date, *, locale: str = DUTCH) -> str:
    """``'12 oktober 2026'`` / ``'12 October 2026'``."""
    return format_date(value, format="d MMMM y", locale=_locale(locale))


def quarter(year: int, number_in_year: int, *, locale: str = DUTCH) -> str:
    """``(2027, 1)`` -> ``'2027-K1'`` (nl, as users type it) / ``'2027-Q1'`` (en)."""
    return f"{year}-{_UNITS[_locale(locale)]['quarter']}{number_in_year}"


# -- parsing ----------------------------------------------------------------------------------
_SPACES = re.compile(r"[\s\u00a0\u202f\u2007\u2009]+")
_SUFFIX = re.compile(r"(?i)\s*(uur|uren|u|hours?|h|fte)\.?$")
_DATE_DMY = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$")
_DATE_YMD = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_DATE_TWO_DIGIT_YEAR = re.compile(r"^\d{1,2}[-/.]\d{1,2}[-/.]\d{2}$")
_TIME_SUFFIX = re.compile(r"[ T]00:00(:00(\.0+)?)?$")


def parse_number(text: str) -> Decimal:
    """A number as text with a decimal comma or point: ``1.234,5`` and ``1,234.5`` both work.

    When both marks occur the last one is the decimal mark. A single point is a decimal point
    (systems write ``0.89``), several points group thousands. A euro sign and spaces are
    ignored; after a euro sign "€ 1.500" is fifteen hundred, as a Dutch reader means it.
    """
    money_sign = "€" in text
    body = _SPACES.sub("", text.replace("€", ""))
    if not body:
        raise ParseError("is leeg")
    negative = body.startswith(("-", "−"))
    if negative:
        body = body[1:]
    if not re.fullmatch(r"[0-9.,]+", body) or not re.search(r"[0-9]", body):
        raise ParseError("is geen getal")
    comma, point = body.rfind(","), body.rfind(".")
    if comma >= 0 and point >= 0:
        decimal_mark, group_mark = (",", ".") if comma > point else (".", ",")
        body = body.replace(group_mark, "").replace(decimal_mark, ".")
    elif comma >= 0:
        if body.count(",") > 1:
            raise ParseError("is geen getal (meer dan één komma)")
        body = body.replace(",", ".")
    elif body.count(".") > 1 or (money_sign and re.fullmatch(r"[1-9][0-9]{0,2}\.[0-9]{3}", body)):
        body = body.replace(".", "")
    try:
        parsed = Decimal(body)
    except InvalidOperation as exc:
        raise ParseError("is geen getal") from exc
    return -parsed if negative else parsed


def parse_amount(text: str) -> Decimal:
    """Money: ``'2.500,00'``, ``'€ 2.500'``, ``'2500'`` -> ``Decimal('2500')``."""
    return parse_number(text)


def parse_hours(text: str) -> Decimal:
    """Hours: ``'2,5'``, ``'2,5 uur'``, ``'16 u'`` -> ``Decimal('2.5')`` ..."""
    return parse_number(_SUFFIX.sub("", text.strip()))


def parse_fte(text: str) -> Decimal:
    """FTE: ``'0,89'``, ``'0.89 FTE'`` -> ``Decimal('0.89')``."""
    return parse_number(_SUFFIX.sub("", text.strip()))


def parse_date(text: str) -> dt.date:
    """A date as text: d-m-jjjj, dd-mm-jjjj (also with / or .) or jjjj-mm-dd; a midnight time
    part as some exports add (``2024-01-05 00:00:00``) is dropped."""
    text = _TIME_SUFFIX.sub("", text.strip())
    match = _DATE_DMY.match(text)
    if match:
        day, month, year = (int(part) for part in match.groups())
    else:
        match = _DATE_YMD.match(text)
        if not match:
            if _DATE_TWO_DIGIT_YEAR.match(text):
                raise ParseError("heeft een jaartal van twee cijfers; schrijf het jaar voluit")
            raise ParseError("is geen datum; schrijf bijvoorbeeld 1-3-2024 of 2024-03-01")
        year, month, day = (int(part) for part in match.groups())
    try:
        return dt.date(year, month, day)
    except ValueError as exc:
        raise ParseError("is geen bestaande datum") from exc
