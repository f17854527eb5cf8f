"""The HRM workbook: seven sheets streamed row by row through :mod:`.xlsx_writer` (XlsxWriter).

Sheets (a contract): "Overzicht", "Medewerkers", "Competentiematrix", "Profielmatch",
"Opleidingsplan", "Budget", and (issue 14, appended) "Verlopende registraties": the
registrations and certificates that expired or expire within 90 days of the reference date;
the Medewerkers sheet lists each person's registrations in its last column. Data sheets get a
frozen header row, an autofilter and column widths; numbers and dates are stored as numbers and
dates with Dutch-looking formats (Excel shows its reader's own separators); text is always
literal text, never a formula. The overview sheet carries a native Excel chart: readiness per
future profile.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from competentieplanner.domain.model import Competency, Employee, Readiness
from competentieplanner.domain.registrations import Registration, expiring
from competentieplanner.domain.scoring import Gap, Match
from competentieplanner.import_export.xlsx_writer import (
    FORMAT_DATE,
    FORMAT_FTE,
    FORMAT_HOURS,
    FORMAT_MONEY,
    FORMAT_PCT1,
    ExportBook,
    Sheet,
    Text,
)

SHEETS = (
    "Overzicht", "Medewerkers", "Competentiematrix", "Profielmatch", "Opleidingsplan", "Budget",
    "Verlopende registraties",
)
#: How far ahead the registrations sheet looks (issue 14: "what expires in the next 90 days").
EXPIRING_WITHIN_DAYS = 90
READINESS_ORDER = (
    Readiness.READY,
    Readiness.DEVELOPABLE,
    Readiness.FAR,
    Readiness.INSUFFICIENT_DATA,
)
TOP_GAPS = 3
#: Colour scale over the levels 1..4: red - amber - green (colour-blind safe enough with values).
LEVEL_SCALE = {
    "type": "3_color_scale",
    "min_type": "num", "min_value": 1, "min_color": "#F8696B",
    "mid_type": "num", "mid_value": 2.5, "mid_color": "#FFEB84",
    "max_type": "num", "max_value": 4, "max_color": "#63BE7B",
}
#: Bar colours of the readiness chart, in READINESS_ORDER: green, blue, orange, grey.
READINESS_COLOURS = ("#2E7D32", "#1F77B4", "#E67E22", "#9E9E9E")


@dataclass(frozen=True, slots=True)
class ProfileMatchRow:
    employee: Employee
    profile_name: str
    match: Match
    chosen: bool


@dataclass(frozen=True, slots=True)
class PlanRow:
    employee: Employee
    quarter: str
    title: str
    offer: str
    hours: float
    cost: Decimal
    funding: str  # label
    status: str
    repayment_clause: bool
    plan_status: str
    counts: bool  # False for a cancelled item: shown, not totalled


@dataclass(frozen=True, slots=True)
class BudgetRow:
    unit: str
    year: int
    available: Decimal | None
    employer: Decimal
    ikb: Decimal
    aeno: Decimal

    @property
    def remaining(self) -> Decimal | None:
        return None if self.available is None else self.available - self.employer


@dataclass(frozen=True, slots=True)
class FutureRow:
    """Advisors by readiness for one of the three futures."""

    profile: str
    name: str
    counts: Mapping[Readiness, int]
    chosen: int


@dataclass
class HrmData:
    reference_date: dt.date
    scope: str  # unit name or "hele organisatie"
    employees: Sequence[Employee]
    units: int
    competencies: Sequence[Competency]
    levels: Mapping[str, Mapping[str, int]]
    matches: Iterable[ProfileMatchRow]
    plan_rows: Sequence[PlanRow]
    budgets: Sequence[BudgetRow]
    futures: Sequence[FutureRow]
    plans: int
    profile_names: Mapping[str, str] = field(default_factory=dict)
    #: personnel number -> the person's registrations and certificates, by kind code
    registrations: Mapping[str, Sequence[Registration]] = field(default_factory=dict)
    registration_names: Mapping[str, str] = field(default_factory=dict)  # kind code -> name


def write_hrm_workbook(data: HrmData, path: Path) -> None:
    """Write the seven sheets to ``path`` (a temporary file: see ``atomic_write``)."""
    with ExportBook(path) as book:
        _overview(book, data)
        _employees(book, data)
        _matrix(book, data)
        _profile_match(book, data)
        _plan(book, data)
        _budget(book, data)
        _expiring_registrations(book, data)


# -- Overzicht -------------------------------------------------------------------------------
def _overview(book: ExportBook, data: HrmData) -> None:
    sheet = book.sheet(SHEETS[0], widths=[44, 16, 22, 16, 22, 12, 18])
    sheet.ws.freeze_panes(1, 0)
    money = book.number(FORMAT_MONEY)
    bold = book.bold
    sheet.append([Text("HRM-overzicht competenties en opleidingen", book.title)])
    sheet.append([Text("Peildatum", bold), data.reference_date])
    sheet.append([Text("Selectie", bold), data.scope])
    sheet.skip()
    assessed = sum(1 for e in data.employees if data.levels.get(e.personnel_number))
    planned = sum(1 for row in data.plan_rows if row.counts)
    for label, value in (
        ("Medewerkers", len(data.employees)),
        ("Afdelingen en teams", data.units),
        ("Medewerkers met een vastgesteld niveau", assessed),
        ("Ontwikkelplannen (huidige versies)", data.plans),
        ("Opleidingsactiviteiten in de plannen (niet vervallen)", planned),
    ):
        sheet.append([label, value])
    sheet.skip()
    sheet.append([Text("Beleidsadviseurs naar toekomstprofiel en inzetbaarheid", bold)])
    sheet.headers(
        ["Toekomstprofiel", *(r.value for r in READINESS_ORDER), "Totaal", "Gekozen als doel"]
    )
    first_future = sheet.row
    for future in data.futures:
        counts = [future.counts.get(r, 0) for r in READINESS_ORDER]
        sheet.append([future.name, *counts, sum(counts), future.chosen])
    if not data.futures:
        sheet.append(["Geen toekomstprofielen of beleidsadviseurs in deze selectie."])
    last_future = sheet.row - 1
    sheet.skip()
    sheet.append([Text("Opleidingsbudget per jaar", bold)])
    sheet.headers(["Jaar", "Budget", "Gepland (werkgever)", "IKB", "A&O fonds", "Resterend"])
    years: dict[int, list[Decimal]] = {}
    for row in data.budgets:
        totals = years.setdefault(row.year, [Decimal(0)] * 5)
        totals[0] += row.available or Decimal(0)
        totals[1] += row.employer
        totals[2] += row.ikb
        totals[3] += row.aeno
        totals[4] += row.remaining if row.remaining is not None else -row.employer
    for year in sorted(years):
        sheet.append([year, *((value, money) for value in years[year])])
    if data.futures:
        _readiness_chart(book, sheet, first_future, last_future, below=sheet.row + 1)


def _readiness_chart(book: ExportBook, sheet: Sheet, first: int, last: int, below: int) -> None:
    """A stacked bar per future profile, one segment per readiness, read from the table cells
    (so the chart follows the numbers if someone edits them)."""
    chart = book.workbook.add_chart({"type": "bar", "subtype": "stacked"})
    assert chart is not None  # only an unknown chart type gives None
    name = sheet.ws.name
    for column, colour in enumerate(READINESS_COLOURS, start=1):
        chart.add_series(
            {
                "name": [name, first - 1, column],
                "categories": [name, first, 0, last, 0],
                "values": [name, first, column, last, column],
                "fill": {"color": colour},
                "gap": 60,
            }
        )
    chart.set_title({"name": "Inzetbaarheid per toekomstprofiel"})
    chart.set_x_axis({"name": "Beleidsadviseurs", "major_gridlines": {"visible": True}})
    chart.set_y_axis({"reverse": True})
    chart.set_legend({"position": "bottom"})
    chart.set_size({"width": 900, "height": 320})
    sheet.ws.insert_chart(below, 0, chart)


# -- Medewerkers -----------------------------------------------------------------------------
def _employees(book: ExportBook, data: HrmData) -> None:
    headers = [
        "Personeelsnummer", "Achternaam", "Tussenvoegsel", "Voornaam", "Afdeling/team",
        "Functie", "FTE", "Leidinggevende", "Datum in dienst", "Gekozen toekomstprofiel",
        "Registraties en certificaten",
    ]
    sheet = book.table_sheet(
        SHEETS[1], headers, [16, 22, 12, 16, 30, 36, 7, 15, 15, 30, 44], len(data.employees),
        name_columns=2,
    )
    fte = book.number(FORMAT_FTE)
    date = book.number(FORMAT_DATE)
    names = data.profile_names
    append = sheet.append
    for e in data.employees:
        append(
            [
                e.personnel_number, e.last_name, e.infix, e.first_name, e.unit, e.job_title,
                (e.fte, fte), e.manager, (e.start_date, date),
                names.get(e.target_profile or "", e.target_profile),
                registrations_text(data.registrations.get(e.personnel_number, ()),
                                   data.reference_date),
            ]
        )


def registrations_text(registrations: Iterable[Registration], day: dt.date) -> str | None:
    """"SKJ t/m 31-12-2027; MELDCODE t/m 01-03-2026 (verlopen)": kind codes with their end date,
    those no longer valid on ``day`` marked; None without registrations."""
    parts = []
    for registration in registrations:
        until = registration.valid_until
        text = registration.kind if until is None else f"{registration.kind} t/m {until:%d-%m-%Y}"
        parts.append(text if registration.is_valid(day) else f"{text} (verlopen)")
    return "; ".join(parts) or None


# -- Competentiematrix -----------------------------------------------------------------------
def _matrix(book: ExportBook, data: HrmData) -> None:
    codes = [c.code for c in data.competencies]
    headers = ["Personeelsnummer", "Naam", "Afdeling/team", *codes]
    sheet = book.table_sheet(
        SHEETS[2], headers, [16, 28, 28] + [6.5] * len(codes), len(data.employees),
        freeze_columns=3, name_columns=2,
    )
    empty: Mapping[str, int] = {}
    append = sheet.append
    for e in data.employees:
        levels = data.levels.get(e.personnel_number, empty)
        get = levels.get
        append([e.personnel_number, e.sort_name, e.unit, *[get(code) for code in codes]])
    if codes and data.employees:
        sheet.ws.conditional_format(1, 3, len(data.employees), len(headers) - 1, LEVEL_SCALE)


# -- Profielmatch ----------------------------------------------------------------------------
def _gap_text(gap: Gap) -> str:
    level = "?" if gap.level is None else str(gap.level)
    return f"{gap.competency} ({level}→{gap.target})" + (" kritiek" if gap.critical else "")


def _profile_match(book: ExportBook, data: HrmData) -> None:
    headers = [
        "Personeelsnummer", "Naam", "Afdeling/team", "Profiel", "Gekozen", "Geschiktheid",
        "Dekking", "Inzetbaarheid", *[f"Ontwikkelpunt {i}" for i in range(1, TOP_GAPS + 1)],
    ]
    rows = list(data.matches)
    widths = [16, 28, 28, 32, 9, 12, 10, 20] + [22] * TOP_GAPS
    sheet = book.table_sheet(
        SHEETS[3], headers, widths, len(rows), freeze_columns=2, name_columns=2
    )
    percent = book.number(FORMAT_PCT1)
    gap_texts: dict[int, tuple[Gap, str]] = {}  # the gap keeps its id() valid while cached
    append = sheet.append
    for row in rows:
        m = row.match
        gaps: list[str | None] = []
        for gap in m.gaps[:TOP_GAPS]:
            cached = gap_texts.get(id(gap))
            if cached is None:
                cached = gap_texts[id(gap)] = (gap, _gap_text(gap))
            gaps.append(cached[1])
        e = row.employee
        append(
            [
                e.personnel_number, e.sort_name, e.unit, row.profile_name,
                "ja" if row.chosen else None,
                (round(m.fit_pct / 100, 4), percent), (round(m.coverage_pct / 100, 4), percent),
                m.readiness.value, *gaps,
            ]
        )


# -- Opleidingsplan --------------------------------------------------------------------------
def _plan(book: ExportBook, data: HrmData) -> None:
    headers = [
        "Personeelsnummer", "Naam", "Afdeling/team", "Kwartaal", "Activiteit", "Opleiding",
        "Uren", "Kosten", "Financiering", "Status", "Studiekostenbeding", "Plan",
    ]
    rows = data.plan_rows
    widths = [16, 28, 28, 10, 48, 10, 8, 11, 13, 11, 12, 12]
    sheet = book.table_sheet(
        SHEETS[4], headers, widths, len(rows), freeze_columns=2, name_columns=2
    )
    hours = book.number(FORMAT_HOURS)
    money = book.number(FORMAT_MONEY)
    bold = book.bold
    for row in rows:
        e = row.employee
        sheet.append(
            [
                e.personnel_number, e.sort_name, e.unit, row.quarter, row.title, row.offer,
                (row.hours, hours), (row.cost, money), row.funding, row.status,
                row.repayment_clause, row.plan_status,
            ]
        )
    counted = [row for row in rows if row.counts]
    quarters = sorted({row.quarter for row in counted})
    sheet.skip()
    sheet.append([Text("Totaal per kwartaal (zonder vervallen activiteiten)", bold)])
    sheet.headers(["Kwartaal", "Activiteiten", "Uren", "Kosten"])
    for quarter in quarters:
        items = [row for row in counted if row.quarter == quarter]
        sheet.append(
            [
                quarter, len(items), (sum(r.hours for r in items), hours),
                (sum((r.cost for r in items), Decimal(0)), money),
            ]
        )
    sheet.append(
        [
            Text("Totaal", bold), len(counted), (sum(r.hours for r in counted), hours),
            (sum((r.cost for r in counted), Decimal(0)), money),
        ]
    )
    sheet.skip()
    sheet.append([Text("Kosten per afdeling/team en kwartaal", bold)])
    sheet.headers(["Afdeling/team", *quarters, "Totaal"])
    by_unit: dict[str, dict[str, Decimal]] = {}
    for row in counted:
        unit = row.employee.unit or "(geen eenheid)"
        cells = by_unit.setdefault(unit, {})
        cells[row.quarter] = cells.get(row.quarter, Decimal(0)) + row.cost
    for unit in sorted(by_unit):
        values = [by_unit[unit].get(q, Decimal(0)) for q in quarters]
        sheet.append([unit, *((v, money) for v in [*values, sum(values)])])
    column_totals = [
        sum((by_unit[u].get(q, Decimal(0)) for u in by_unit), Decimal(0)) for q in quarters
    ]
    sheet.append(
        [Text("Totaal", bold), *((v, money) for v in [*column_totals, sum(column_totals)])]
    )


# -- Budget ----------------------------------------------------------------------------------
def _budget(book: ExportBook, data: HrmData) -> None:
    headers = [
        "Afdeling/team", "Jaar", "Budget", "Gepland (werkgever)", "IKB", "A&O fonds", "Resterend",
        "Benut",
    ]
    rows = data.budgets
    sheet = book.table_sheet(SHEETS[5], headers, [32, 8, 12, 20, 12, 12, 12, 9], len(rows))
    money = book.number(FORMAT_MONEY)
    used = book.number(FORMAT_PCT1)
    for row in rows:
        share = float(row.employer / row.available) if row.available else None
        sheet.append(
            [
                row.unit, row.year,
                *((v, money) for v in
                  [row.available, row.employer, row.ikb, row.aeno, row.remaining]),
                (share, used),
            ]
        )


# -- Verlopende registraties -----------------------------------------------------------------
def _expiring_registrations(book: ExportBook, data: HrmData) -> None:
    """What expired or expires within :data:`EXPIRING_WITHIN_DAYS`, by end date."""
    headers = [
        "Personeelsnummer", "Naam", "Afdeling/team", "Soort", "Registratie of certificaat",
        "Nummer", "Geldig tot en met", "Stand",
    ]
    people = {e.personnel_number: e for e in data.employees}
    held = [r for number in people for r in data.registrations.get(number, ())]
    rows = expiring(held, data.reference_date, EXPIRING_WITHIN_DAYS)
    sheet = book.table_sheet(
        SHEETS[6], headers, [16, 28, 28, 12, 40, 16, 19, 26], len(rows), name_columns=2
    )
    date = book.number(FORMAT_DATE)
    for registration in rows:
        e = people[registration.personnel_number]
        state = (
            "verlopen"
            if not registration.is_valid(data.reference_date)
            else f"verloopt binnen {EXPIRING_WITHIN_DAYS} dagen"
        )
        sheet.append(
            [
                e.personnel_number, e.sort_name, e.unit, registration.kind,
                data.registration_names.get(registration.kind, registration.kind),
                registration.number, (registration.valid_until, date), state,
            ]
        )
