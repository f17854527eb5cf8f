"""Optional registration columns of the staff import: SKJ number and end date, the date of the
meldcode training and its end date. A column that is absent leaves registrations as they are."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from competentieplanner.domain.registrations import Registration
from competentieplanner.import_export.headers import Field
from competentieplanner.import_export.values import ValueProblem, clean_text, is_blank, parse_date

REGISTRATION_FIELDS: tuple[Field, ...] = (
    Field("skj_number", "SKJ-nummer", ("SKJ-registratienummer", "SKJ nummer", "SKJ-registratie")),
    Field("skj_issued", "SKJ geregistreerd op", ("SKJ-registratiedatum", "Datum SKJ-registratie")),
    Field("skj_valid_until", "SKJ geldig tot", ("SKJ-registratie geldig tot",)),
    Field("meldcode_issued", "Meldcodetraining", ("Datum meldcodetraining", "Meldcode gevolgd op")),
    Field("meldcode_valid_until", "Meldcode geldig tot", ("Meldcodecertificaat geldig tot",)),
)
REGISTRATION_KEYS = frozenset(f.key for f in REGISTRATION_FIELDS)
#: Kind code -> (number column, issued column, valid-until column); None: the file has no such.
_COLUMNS = {
    "skj": ("skj_number", "skj_issued", "skj_valid_until"),
    "meldcode": (None, "meldcode_issued", "meldcode_valid_until"),
}
MAX_NUMBER = 100

#: Reports a problem with one cell: (field key, value, reason).
Report = Callable[[str, object, str], None]


def _date(raw: dict[str, object], key: str | None, report: Report) -> dt.date | None:
    if key is None or key not in raw or is_blank(raw[key]):
        return None
    try:
        return parse_date(raw[key])
    except ValueProblem as exc:
        report(key, raw[key], str(exc))
        return None


def read_registrations(
    personnel_number: str, raw: dict[str, object], report: Report
) -> tuple[Registration, ...]:
    """The registrations one row names; an empty group of cells names none. An end date before
    the start date is reported. The end date may be left out: the kind's term fills it in."""
    found: list[Registration] = []
    for kind, (number_key, issued_key, until_key) in _COLUMNS.items():
        number = clean_text(raw.get(number_key, "")) if number_key else ""
        if len(number) > MAX_NUMBER and number_key:
            report(number_key, number, f"is langer dan {MAX_NUMBER} tekens")
        issued = _date(raw, issued_key, report)
        until = _date(raw, until_key, report)
        if issued and until and until < issued and until_key:
            report(until_key, raw[until_key], "ligt vóór de datum van afgifte")
        if number or issued or until:
            found.append(Registration(personnel_number, kind, number, issued, until))
    return tuple(found)
