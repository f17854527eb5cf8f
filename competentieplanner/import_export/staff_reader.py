"""Read a staff list (HR system export) into validated rows; no database access here.

Only recognised columns are read into rows. Other columns are reported by header only; their
values are never copied anywhere (data minimisation: a BSN or birth date column leaves no trace).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Set
from dataclasses import dataclass, field
from decimal import Decimal

from competentieplanner.domain.errors import Problem
from competentieplanner.domain.registrations import Registration
from competentieplanner.import_export.headers import (
    Column,
    Field,
    HeaderMatch,
    find_header,
)
from competentieplanner.import_export.registration_columns import (
    REGISTRATION_FIELDS,
    REGISTRATION_KEYS,
    read_registrations,
)
from competentieplanner.import_export.tables import MAX_DATA_ROWS, Row, Table
from competentieplanner.import_export.values import (
    ValueProblem,
    clean_text,
    excel_text,
    is_blank,
    parse_date,
    parse_decimal,
    parse_email,
    parse_identifier,
    parse_text,
)
from competentieplanner.import_export.workbook_guard import UnreadableFileError

STAFF_FIELDS: tuple[Field, ...] = (
    Field(
        "personnel_number",
        "Personeelsnummer",
        ("Pers.nr.", "Persnr", "Personeelsnr", "Medewerkernummer", "Medewerkernr",
         "Registratienummer"),
    ),
    Field("first_name", "Voornaam", ("Roepnaam",)),
    Field("infix", "Tussenvoegsel", ("Tussenvoegsels", "Voorvoegsel", "Voorvoegsels")),
    Field("last_name", "Achternaam", ("Geslachtsnaam",)),
    Field("name", "Naam", ("Volledige naam",)),
    Field("department", "Afdeling", ("Organisatie-eenheid", "Organisatieonderdeel")),
    Field("team", "Team", ()),
    Field("job_title", "Functie", ("Functienaam", "Functiebenaming")),
    Field("fte", "FTE", ("Deeltijdfactor",)),
    Field("hours", "Uren per week", ("Contracturen",)),
    Field("manager", "Leidinggevende", ("Pers.nr. leidinggevende", "Manager")),
    Field("email", "E-mail", ("E-mailadres", "Email")),
    Field("start_date", "Datum in dienst", ("In dienst sinds", "Startdatum")),
    *REGISTRATION_FIELDS,
)
FIELDS_BY_KEY = {item.key: item for item in STAFF_FIELDS}

#: Database column lengths (records.EmployeeRecord / OrgUnitRecord).
MAX_LENGTH = {
    "first_name": 100, "infix": 50, "last_name": 150, "job_title": 200, "department": 200,
    "team": 200, "email": 200,
}
MAX_FTE = Decimal("1.5")
MAX_HOURS = Decimal("60")
#: Dutch surname particles, for splitting a combined name ("Jan van der Berg").
INFIXES = frozenset(
    {
        "van", "de", "der", "den", "het", "'t", "ter", "ten", "te", "in", "op", "aan", "bij",
        "uit", "la", "le", "du", "da", "di", "del", "della", "des", "von", "vom", "zu", "l'",
        "d'", "op't", "in't",
    }
)


@dataclass(frozen=True, slots=True)
class StaffRow:
    """One person as the file describes them. Fields whose column is absent are None."""

    row: int
    personnel_number: str
    last_name: str
    job_title: str
    first_name: str | None = None
    infix: str | None = None
    department: str | None = None
    team: str | None = None
    fte: float | None = None
    manager: str | None = None
    email: str | None = None
    start_date: dt.date | None = None
    registrations: tuple[Registration, ...] = ()  # from the optional registration columns


@dataclass
class StaffSheet:
    """The result of reading a staff file: header, rows, problems."""

    file: str
    sheet: str
    header: HeaderMatch | None
    columns: dict[str, Column]  # field key -> column (after resolving 'Naam')
    ignored: list[Column]
    rows: list[StaffRow] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    data_rows: int = 0  # non-blank rows below the header, valid or not

    @property
    def present(self) -> frozenset[str]:
        """Employee attributes the file sets (the others are left as they are)."""
        keys = set(self.columns)
        if "name" in keys:
            keys |= {"first_name", "infix", "last_name"}
        if keys & {"department", "team"}:
            keys.add("unit")
        if keys & {"fte", "hours"}:
            keys.add("fte")
        return frozenset(keys - {"name", "department", "team", "hours"} - REGISTRATION_KEYS)

    @property
    def has_registrations(self) -> bool:
        return bool(set(self.columns) & REGISTRATION_KEYS)


def read_staff(
    table: Table, *, known_numbers: Set[str] | None, full_time_hours: float
) -> StaffSheet:
    """Read and validate every row; problems are collected, never raised.

    ``known_numbers`` are the personnel numbers already in the database, which a
    'Leidinggevende' cell may refer to; None skips that check (a preview without database).
    """
    rows = iter(table.rows)
    header = find_header(
        rows, STAFF_FIELDS, anchor="personnel_number", file=table.file_name,
        merged=table.merged_cells,
    )
    if header is None:
        problem = Problem(
            "geen kopregel gevonden: de eerste 30 rijen hebben geen rij met 'Personeelsnummer' "
            "en nog een bekende kolom (bijv. Achternaam, Functie)",
            file=table.file_name,
        )
        return StaffSheet(table.file_name, table.sheet, None, {}, [], problems=[problem])
    columns, ignored = _resolve_name_columns(header)
    sheet = StaffSheet(table.file_name, table.sheet, header, columns, ignored)
    sheet.problems.extend(header.problems)
    _check_required(sheet, header.row)
    if sheet.problems:
        return sheet
    reader = _RowReader(sheet, table, Decimal(str(full_time_hours)))
    seen: dict[str, int] = {}
    for row in reader.read(rows):
        if row.personnel_number in seen:
            sheet.problems.append(
                reader.problem(
                    row.row, "personnel_number", row.personnel_number,
                    f"komt dubbel voor (ook in rij {seen[row.personnel_number]})",
                )
            )
            continue
        seen[row.personnel_number] = row.row
        sheet.rows.append(row)
    # Checked after every row is read: a manager may stand on a later row.
    for number, personnel_number, manager in reader.manager_refs:
        if manager == personnel_number:
            sheet.problems.append(
                reader.problem(number, "manager", manager, "is de medewerker zelf")
            )
        elif (
            known_numbers is not None
            and manager not in reader.numbers
            and manager not in known_numbers
        ):
            sheet.problems.append(
                reader.problem(
                    number, "manager", manager,
                    "is geen bekend personeelsnummer (niet in dit bestand en niet in de database)",
                )
            )
    sheet.problems.sort(key=lambda p: (p.row or 0, p.column))
    return sheet


def _resolve_name_columns(header: HeaderMatch) -> tuple[dict[str, Column], list[Column]]:
    """'Naam' is the surname next to a 'Voornaam' column, else a combined full name."""
    columns = dict(header.columns)
    ignored = list(header.unmatched)
    if "name" in columns:
        if "last_name" in columns:
            ignored.append(columns.pop("name"))
        elif "first_name" in columns or "infix" in columns:
            columns["last_name"] = columns.pop("name")
    ignored.sort(key=lambda c: c.index)
    return columns, ignored


def _check_required(sheet: StaffSheet, header_row: int) -> None:
    need = [("personnel_number",), ("last_name", "name"), ("job_title",)]
    for alternatives in need:
        if not any(key in sheet.columns for key in alternatives):
            item = FIELDS_BY_KEY[alternatives[0]]
            also = ", ".join(item.variants + (("Naam",) if alternatives[0] == "last_name" else ()))
            sheet.problems.append(
                Problem(
                    f"verplichte kolom '{item.label}' ontbreekt (ook herkend: {also})",
                    file=sheet.file,
                    row=header_row,
                )
            )


class _RowReader:
    def __init__(self, sheet: StaffSheet, table: Table, full_time_hours: Decimal) -> None:
        self.sheet = sheet
        self.table = table
        self.full_time_hours = full_time_hours
        self.indexes = {key: column.index for key, column in sheet.columns.items()}
        self.width = max(self.indexes.values()) + 1
        self.text_keys: list[str] = [
            key
            for key in ("first_name", "infix", "last_name", "job_title", "department", "team")
            if key in self.indexes
        ]
        self.numbers: set[str] = set()  # every personnel number in the file, valid row or not
        self.manager_refs: list[tuple[int, str, str]] = []  # (row, personnel number, manager)
        self.formula_cells = {
            key: column.letter for key, column in sheet.columns.items()
        } if table.uncached_formulas else {}

    def problem(self, row: int, key: str, value: object, reason: str) -> Problem:
        column = self.sheet.columns.get(key) or (
            self.sheet.columns.get("name") if key in ("first_name", "infix", "last_name") else None
        )
        label = FIELDS_BY_KEY[key].label
        return Problem(
            f"{label} {reason}",
            file=self.sheet.file,
            row=row,
            column=column.letter if column else "",
            header=column.header if column else "",
            value=excel_text(value),
        )

    def read(self, rows: Iterator[tuple[int, Row]]) -> Iterator[StaffRow]:
        count = 0
        for number, values in rows:
            raw = self._pick(values)
            if all(is_blank(v) for v in raw.values()):
                continue
            count += 1
            self.sheet.data_rows = count
            if count > MAX_DATA_ROWS:
                raise UnreadableFileError(
                    f"'{self.sheet.file}' heeft meer dan 50.000 rijen; splits het bestand "
                    "(bijvoorbeeld per afdeling) en lees de delen na elkaar in."
                )
            if self.formula_cells and self._formula_problems(number, raw):
                continue
            row = self._parse(number, raw)
            if row is not None:
                yield row

    def _pick(self, values: Row) -> dict[str, object]:
        if len(values) < self.width:
            values = values + (None,) * (self.width - len(values))
        return {key: values[index] for key, index in self.indexes.items()}

    def _formula_problems(self, number: int, raw: dict[str, object]) -> bool:
        found = False
        for key, letter in self.formula_cells.items():
            ref = f"{letter}{number}"
            if raw[key] is None and ref in self.table.uncached_formulas:
                column = self.sheet.columns[key]
                self.sheet.problems.append(
                    Problem(
                        f"cel {ref} bevat een formule zonder berekende waarde; open het bestand "
                        "in Excel, laat het herberekenen en sla het op (of plak als waarden)",
                        file=self.sheet.file,
                        row=number,
                        column=letter,
                        header=column.header,
                    )
                )
                found = True
        return found

    def _parse(self, number: int, raw: dict[str, object]) -> StaffRow | None:
        problems_before = len(self.sheet.problems)
        add = self.sheet.problems.append
        values: dict[str, str] = {}

        try:
            personnel_number = parse_identifier(raw["personnel_number"])
        except ValueProblem as exc:
            add(self.problem(number, "personnel_number", raw["personnel_number"], str(exc)))
            personnel_number = ""
        else:
            if not personnel_number:
                add(self.problem(number, "personnel_number", "", "is leeg"))
            self.numbers.add(personnel_number)

        for text_key in self.text_keys:
            try:
                values[text_key] = parse_text(raw[text_key])
            except ValueProblem as exc:
                add(self.problem(number, text_key, raw[text_key], str(exc)))
                values[text_key] = "?"  # reported above; not again as empty
        if "name" in raw:
            try:
                first, infix, last = split_name(parse_text(raw["name"]))
            except ValueProblem as exc:
                add(self.problem(number, "name", raw["name"], str(exc)))
                first, infix, last = "", "", "?"
            values.update(first_name=first, infix=infix, last_name=last)
        for text_key, text in values.items():
            if len(text) > MAX_LENGTH[text_key]:
                limit = MAX_LENGTH[text_key]
                add(self.problem(number, text_key, text, f"is langer dan {limit} tekens"))
        if not values.get("last_name"):
            key = "last_name" if "last_name" in raw else "name"
            add(self.problem(number, key, "", "is leeg"))
        if not values.get("job_title"):
            add(self.problem(number, "job_title", "", "is leeg"))

        fte = self._fte(number, raw)
        manager: str | None = None
        if "manager" in raw:
            try:
                manager = parse_identifier(raw["manager"])
            except ValueProblem as exc:
                add(self.problem(number, "manager", raw["manager"], str(exc)))
            else:
                if manager:
                    self.manager_refs.append((number, personnel_number, manager))
        email: str | None = None
        if "email" in raw:
            email = clean_text(raw["email"])
            if email:
                try:
                    email = parse_email(parse_text(email))
                except ValueProblem as exc:
                    add(self.problem(number, "email", raw["email"], str(exc)))
                else:
                    if len(email) > MAX_LENGTH["email"]:
                        add(self.problem(number, "email", email, "is langer dan 200 tekens"))
        start_date: dt.date | None = None
        if "start_date" in raw and not is_blank(raw["start_date"]):
            try:
                start_date = parse_date(raw["start_date"])
            except ValueProblem as exc:
                add(self.problem(number, "start_date", raw["start_date"], str(exc)))
        registrations = read_registrations(
            personnel_number, raw, lambda key, value, reason: add(
                self.problem(number, key, value, reason)
            )
        )
        if len(self.sheet.problems) > problems_before:
            return None
        return StaffRow(
            row=number,
            personnel_number=personnel_number,
            last_name=values["last_name"],
            job_title=values["job_title"],
            first_name=values.get("first_name"),
            infix=values.get("infix"),
            department=values.get("department"),
            team=values.get("team"),
            fte=fte,
            manager=manager,
            email=email,
            start_date=start_date,
            registrations=registrations,
        )

    def _fte(self, number: int, raw: dict[str, object]) -> float | None:
        if "fte" in raw and not is_blank(raw["fte"]):
            try:
                fte = parse_decimal(raw["fte"])
            except ValueProblem as exc:
                self.sheet.problems.append(self.problem(number, "fte", raw["fte"], str(exc)))
                return None
            if not Decimal(0) < fte <= MAX_FTE:
                self.sheet.problems.append(
                    self.problem(
                        number, "fte", raw["fte"], "moet tussen 0 en 1,5 liggen (bijv. 0,89)"
                    )
                )
                return None
            return float(fte)
        if "hours" in raw and not is_blank(raw["hours"]):
            try:
                hours = parse_decimal(raw["hours"])
            except ValueProblem as exc:
                self.sheet.problems.append(self.problem(number, "hours", raw["hours"], str(exc)))
                return None
            if not Decimal(0) < hours <= MAX_HOURS:
                self.sheet.problems.append(
                    self.problem(number, "hours", raw["hours"], "moet tussen 0 en 60 uur liggen")
                )
                return None
            return round(float(hours / self.full_time_hours), 4)
        return None




def split_name(text: str) -> tuple[str, str, str]:
    """Split a combined name into (first name, infix, last name).

    "Berg, Jan van der" (list order) and "Jan van der Berg" (display order) both give
    ("Jan", "van der", "Berg"). A single word is a last name.
    """
    if "," in text:
        last, _, given = (part.strip() for part in text.partition(","))
        words = given.split()
        infix_words = [w for w in words[1:] if w.casefold() in INFIXES]
        first_words = [w for w in words if w not in infix_words]
        return " ".join(first_words), " ".join(infix_words), last
    words = text.split()
    if len(words) <= 1:
        return "", "", text
    first = words[0]
    rest = words[1:]
    infix: list[str] = []
    while len(rest) > 1 and rest[0].casefold() in INFIXES:
        infix.append(rest.pop(0))
    return first, " ".join(infix), " ".join(rest)
