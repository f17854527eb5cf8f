"""Dutch display formats: percentages, money, dates, levels. One place, so screens agree."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from competentieplanner.domain.model import LevelScale


def pct(value: float | None) -> str:
    """``87.5`` -> ``'87,5 %'``; unknown -> ``'–'``."""
    if value is None:
        return "–"
    return f"{value:.1f}".replace(".", ",") + " %"


def money(value: Decimal | float | None) -> str:
    """``Decimal('12345.6')`` -> ``'€ 12.346'`` (whole euros, Dutch thousands separator)."""
    if value is None:
        return "–"
    whole = int(Decimal(value).quantize(Decimal("1")))
    sign = "−" if whole < 0 else ""
    return f"{sign}€ {abs(whole):,}".replace(",", ".")


def count(value: int) -> str:
    """``20000`` -> ``'20.000'`` (Dutch thousands separator)."""
    return f"{value:,}".replace(",", ".")


def date(value: dt.date | None) -> str:
    """``2026-10-12`` -> ``'12-10-2026'``."""
    return value.strftime("%d-%m-%Y") if value else "–"


def hours(value: float) -> str:
    return f"{value:g}".replace(".", ",") + " u"


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
