"""Retention policy (bewaartermijnen): how long each kind of personal data is kept, and what is
past its term on a given day. Pure: the queries that find candidates live in persistence.

The defaults are a starting point for HR, not a legal ruling: each term names the source it
follows so the privacy officer (FG) can weigh it against the municipality's own selectielijst
and archive policy. HR changes them in the settings (keys ``retention.<kind>_months``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from competentieplanner.domain.errors import UserError

#: The longest term the settings accept: 30 years, far beyond any personnel-file term.
MAX_MONTHS = 360


@dataclass(frozen=True, slots=True)
class RetentionTerm:
    """One kind of data, its default term in months, what the term counts from, and why."""

    kind: str
    """The kind as ``privacy retention`` reports it (Dutch, stable: a JSON contract)."""
    label: str
    default_months: int
    counts_from: str
    source: str

    @property
    def setting_key(self) -> str:
        return f"retention.{self.kind}_months"


TERMS: tuple[RetentionTerm, ...] = (
    RetentionTerm(
        kind="gespreksconcept",
        label="Concepten van gesprekken",
        default_months=6,
        counts_from="de laatste wijziging van het concept",
        source=(
            "Eigen beleid: een concept dat een half jaar niet is bijgewerkt, is een afgebroken "
            "gesprek; het vastgelegde gesprek is de bron, niet het concept."
        ),
    ),
    RetentionTerm(
        kind="gespreksverslag",
        label="Verslagen van ontwikkelgesprekken (antwoorden en afspraken)",
        default_months=36,
        counts_from="de datum van het gesprek",
        source=(
            "Eigen beleid: drie jaarlijkse gesprekscycli laten de ontwikkeling zien; oudere "
            "verslagen zijn voor het doel (ontwikkeling) niet meer nodig (AVG art. 5.1.e)."
        ),
    ),
    RetentionTerm(
        kind="beoordeling",
        label="Beoordelingen van competenties (met toelichting)",
        default_months=60,
        counts_from="de datum van de beoordeling; de laatste van elke soort blijft staan",
        source=(
            "Eigen beleid: vijf jaar geeft de ontwikkellijn; de laatste zelf-, leidinggevende- "
            "en vastgestelde beoordeling blijven nodig voor het huidige beeld."
        ),
    ),
    RetentionTerm(
        kind="ontwikkelplan",
        label="Vervangen versies van ontwikkelplannen",
        default_months=36,
        counts_from="de datum waarop een nieuwere versie het plan verving",
        source=(
            "Eigen beleid, gelijk aan de gespreksverslagen; de geldende versie blijft zolang de "
            "medewerker in dienst is."
        ),
    ),
    RetentionTerm(
        kind="medewerker",
        label="Personeelsgegevens van medewerkers uit dienst (met alles over hen)",
        default_months=24,
        counts_from="de datum uit dienst",
        source=(
            "Autoriteit Persoonsgegevens, personeelsdossier: de meeste gegevens tot 2 jaar na "
            "het einde van het dienstverband. Toets aan de selectielijst gemeenten en het "
            "archiefbeleid van de gemeente."
        ),
    ),
)

BY_KIND: dict[str, RetentionTerm] = {term.kind: term for term in TERMS}


@dataclass(frozen=True, slots=True)
class RetentionPolicy:
    """The term in months per kind, as set (or defaulted)."""

    months: Mapping[str, int]

    @classmethod
    def from_flat(cls, flat: Mapping[str, Any]) -> RetentionPolicy:
        """Read ``retention.<kind>_months`` from the flat settings; missing keys get defaults.

        Raises:
            UserError: a term is not a whole number of months between 1 and MAX_MONTHS.
        """
        months: dict[str, int] = {}
        for term in TERMS:
            value = flat.get(term.setting_key, term.default_months)
            if isinstance(value, bool) or not isinstance(value, int | float) or value != int(value):
                raise UserError(
                    f"Instelling {term.setting_key} moet een geheel aantal maanden zijn."
                )
            if not 1 <= value <= MAX_MONTHS:
                raise UserError(
                    f"Instelling {term.setting_key} moet tussen 1 en {MAX_MONTHS} maanden liggen."
                )
            months[term.kind] = int(value)
        return cls(months)

    def expires_on(self, kind: str, since: dt.date) -> dt.date:
        return add_months(since, self.months[kind])


def add_months(day: dt.date, months: int) -> dt.date:
    """``day`` plus whole months; the 31st becomes the last day of a shorter month."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    for last in (31, 30, 29, 28):
        try:
            return dt.date(year, month, min(day.day, last))
        except ValueError:
            continue
    raise AssertionError("unreachable: every month has at least 28 days")


@dataclass(frozen=True, slots=True)
class Candidate:
    """A stored record that may be past its term."""

    employee: str
    """Personnel number of the person it is about."""
    kind: str
    record: str
    """``table:id``: which row goes."""
    since: dt.date
    legal_hold: bool = False


@dataclass(frozen=True, slots=True)
class DueRecord:
    employee: str
    kind: str
    record: str
    since: dt.date
    term: int
    """The term in months."""


def due(
    candidates: Iterable[Candidate], policy: RetentionPolicy, today: dt.date
) -> tuple[list[DueRecord], list[Candidate]]:
    """What is past its term today, and what would be but is under a legal hold."""
    past: list[DueRecord] = []
    held: list[Candidate] = []
    for c in candidates:
        if policy.expires_on(c.kind, c.since) > today:
            continue
        if c.legal_hold:
            held.append(c)
        else:
            past.append(DueRecord(c.employee, c.kind, c.record, c.since, policy.months[c.kind]))
    past.sort(key=lambda d: (d.employee, [t.kind for t in TERMS].index(d.kind), d.record))
    return past, held
