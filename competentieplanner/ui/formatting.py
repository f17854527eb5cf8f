"""Display formats of the screens: thin delegations to :mod:`competentieplanner.formats` (shared
with the PDFs, workbooks and command line, so they all agree) in the screen's language, plus
levels and the translated domain words."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from competentieplanner import formats
from competentieplanner.domain.model import LevelScale


def locale() -> str:
    """The formats locale of the screens: "nl_NL", or "en" when the English catalogue is on
    (the locale name is itself translated, so numbers follow the language the screens speak)."""
    name = QCoreApplication.translate("formatting", "nl_NL")
    return name if name in formats.LOCALES else formats.DUTCH


def pct(value: float | None) -> str:
    """``87.5`` -> ``'87,5 %'``; unknown -> ``'–'``."""
    return formats.percent(value, locale=locale())


def money(value: Decimal | float | None) -> str:
    """``Decimal('1450.5')`` -> ``'€ 1.450,50'``, ``15600`` -> ``'€ 15.600'``."""
    return formats.money(value, locale=locale())


def count(value: int) -> str:
    """``20000`` -> ``'20.000'``."""
    return formats.count(value, locale=locale())


def date(value: dt.date | None) -> str:
    """``2026-10-12`` -> ``'12-10-2026'``."""
    return formats.date(value, locale=locale())


def hours(value: float) -> str:
    """``2.5`` -> ``'2,5 uur'``."""
    return formats.hours(value, locale=locale())


def fte(value: float | None) -> str:
    """``0.89`` -> ``'0,89 FTE'``."""
    return formats.fte(value, locale=locale())


def level(value: int | None, scale: LevelScale | None = None) -> str:
    """A level as a number with its label when the scale is known: ``'3 · Ervaren'``."""
    if value is None:
        return QCoreApplication.translate("formatting", "onbekend")
    if scale is None:
        return str(value)
    label = scale.label(value).split(" (")[0]
    return f"{value} · {label}"


# Domain words are stored in Dutch (they are the values HR uses); the screens translate them.
_DOMAIN_WORDS = (
    QT_TRANSLATE_NOOP("Domain", "inzetbaar"),
    QT_TRANSLATE_NOOP("Domain", "ontwikkelbaar"),
    QT_TRANSLATE_NOOP("Domain", "ver weg"),
    QT_TRANSLATE_NOOP("Domain", "onvoldoende gegevens"),
    QT_TRANSLATE_NOOP("Domain", "zelfbeoordeling"),
    QT_TRANSLATE_NOOP("Domain", "teamleider"),
    QT_TRANSLATE_NOOP("Domain", "vastgesteld"),
    QT_TRANSLATE_NOOP("Domain", "gepland"),
    QT_TRANSLATE_NOOP("Domain", "bezig"),
    QT_TRANSLATE_NOOP("Domain", "afgerond"),
    QT_TRANSLATE_NOOP("Domain", "vervallen"),
    QT_TRANSLATE_NOOP("Domain", "concept"),
    QT_TRANSLATE_NOOP("Domain", "getekend"),
    QT_TRANSLATE_NOOP("Domain", "Werkgever"),
    QT_TRANSLATE_NOOP("Domain", "IKB"),
    QT_TRANSLATE_NOOP("Domain", "A&O fonds"),
    QT_TRANSLATE_NOOP("Domain", "{year}-K{number}"),
)


def quarter(value: object) -> str:
    """``2027-K1`` (K = kwartaal) as shown: ``2027-Q1`` in English. Only the shown text changes:
    choosers keep ``2027-K1`` as their data, which is what is stored and parsed."""
    text = str(value)
    if len(text) == 7 and text[4:6] == "-K" and text[:4].isdigit():
        shown = QCoreApplication.translate("Domain", "{year}-K{number}")
        return shown.format(year=text[:4], number=text[6])
    return text


def word(dutch: str) -> str:
    """A stored Dutch domain word (readiness, assessment kind, status, funding) as shown."""
    return QCoreApplication.translate("Domain", dutch)
