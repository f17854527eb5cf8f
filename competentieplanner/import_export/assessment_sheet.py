"""The assessment form a team lead fills in: layout shared by the template writer and reader.

Sheet "Beoordeling": a title row, an instruction row, then the header row with Personeelsnummer,
Naam, Datum gesprek, Beoordelaar and one column per competency whose header begins with the
competency code and a space ("ST01 Contact en vertrouwensrelatie"). A level cell holds 1-4 (a
drop-down); empty means not assessed. After the level columns, one optional evidence column per
competency ("Onderbouwing ST01") holds the example that supports the level; forms without them
still read. Sheet "Gedragsindicatoren" explains every level.
"""

from __future__ import annotations

import re

from competentieplanner.import_export.headers import Field

SHEET = "Beoordeling"
INDICATOR_SHEET = "Gedragsindicatoren"
TITLE_ROW, INSTRUCTION_ROW, HEADER_ROW = 1, 2, 3
FIRST_LEVEL_COLUMN = 5  # E: after the four fixed columns

FIELDS: tuple[Field, ...] = (
    Field(
        "personnel_number",
        "Personeelsnummer",
        ("Pers.nr.", "Persnr", "Personeelsnr", "Medewerkernummer", "Registratienummer"),
    ),
    Field("name", "Naam", ("Medewerker",)),
    Field("assessed_on", "Datum gesprek", ("Gespreksdatum", "Datum")),
    Field("assessor", "Beoordelaar", ("Leidinggevende", "Teamleider")),
)
FIXED_HEADERS = [item.label for item in FIELDS]

#: A header that looks like a competency column: an upper-case code with digits, then a space.
COMPETENCY_HEADER = re.compile(r"^([A-Za-z]{1,6}[0-9]{1,3})(?:\s|$)")


#: An evidence column: "Onderbouwing" (or "Toelichting") and the competency code it supports.
EVIDENCE_HEADER = re.compile(
    r"^(?:Onderbouwing|Toelichting)\s+([A-Za-z]{1,6}[0-9]{1,3})(?:\s|$)", re.IGNORECASE
)
#: The longest evidence text a cell may hold (a few sentences, as in the conversation).
MAX_EVIDENCE_LENGTH = 2000


def evidence_header(code: str) -> str:
    return f"Onderbouwing {code}"


def evidence_code(header: str) -> str | None:
    """The competency code of an evidence column, or None when the header is not one."""
    match = EVIDENCE_HEADER.match(header.strip())
    return match.group(1).upper() if match else None


def competency_header(code: str, name: str) -> str:
    return f"{code} {name}"


def competency_code(header: str) -> str | None:
    """The competency code a header begins with, or None when it is not a competency column."""
    match = COMPETENCY_HEADER.match(header.strip())
    return match.group(1).upper() if match else None
