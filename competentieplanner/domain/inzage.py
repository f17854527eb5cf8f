"""The readable form of an inzage export (AVG art. 15), shared by the PDF and the workbook."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Section:
    """One kind of data (staff record, assessments, ...) with every stored row about the
    person as (Dutch label, shown value) pairs."""

    title: str
    records: list[list[tuple[str, str]]]


@dataclass(frozen=True, slots=True)
class InzageDocument:
    personnel_number: str
    name: str
    generated_on: dt.date
    organisation: str
    sections: list[Section]


#: Said in every inzage document: what the tool never stores (see docs/privacy.md).
NOT_STORED = (
    "Competentieplanner slaat geen burgerservicenummer (BSN), geboortedatum, adres of "
    "bankrekeningnummer op; de import van personeelsgegevens slaat zulke kolommen over."
)
