"""The HRM workbook: six sheets written in openpyxl's write-only mode, row by row.

Sheets (a contract): "Overzicht", "Medewerkers", "Competentiematrix", "Profielmatch",
"Opleidingsplan", "Budget". Data sheets get a frozen header row, an autofilter and column
widths; numbers and dates are stored as numbers and dates with Dutch-looking formats (Excel
shows its reader's own separators). Text goes through ``xlsx_writer.text`` so that a value
starting with '=', '+', '-', '@', tab or CR is stored as literal text, never as a formula.

For 20,000 people the cost is in per-cell Python work, so styled cells are made once per column
and reused: openpyxl's write-only sheet serialises a row the moment it is appended.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import Cell
from openpyxl.formatting.rule import ColorScaleRule
from openpyxl.utils import get_column_letter

from competentieplanner.domain.model import Competency, Employee, Readiness
from competentieplanner.domain.scoring import Gap, Match
from competentieplanner.import_export.xlsx_writer import (
    BOLD,
    FORMAT_DATE,
    FORMAT_HOURS,
    FORMAT_MONEY,
    TITLE_FONT,
    header_cells,
    set_widths,
    text,
    text_cell,
)

SHEETS = (
    "Overzicht", "Medewerkers", "Competentiematrix", "Profielmatch", "Opleidingsplan", "Budget",
)
READINESS_ORDER = (
    Readiness.READY,
    Readiness.DEVELOPABLE,
    Readiness.FAR,
    Readiness.INSUFFICIENT_DATA,
)
FORMAT_FTE = "0.00"
FORMAT_PCT1 = "0.0%"
TOP_GAPS = 3
#: Colour scale over the levels 1..4: red - amber - green (colour-blind safe enough with values).
LEVEL_SCALE = ColorScaleRule(
    start_type="num", start_value=1, start_color="F8696B",
    mid_type="num", mid_value=2.5, mid_color="FFEB84",
    end_type="num", end_value=4, end_color="63BE7B",
)


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


class _FixedStyleCell(Cell):  # type: ignore[misc]
    """A cell whose style never changes, so its style id is looked up once, not per write."""

    __slots__ = ("fixed_style_id",)

    @property
    def style_id(self) -> int:
        return int(self.fixed_style_id)


class _Styled:
    """One reusable styled cell per column (see module docstring).

    The column's type is known (a number, or a date with ``FORMAT_DATE``), so the value is
    stored without openpyxl's per-value type sniffing.
    """

    def __init__(self, ws: Any, number_format: str) -> None:
        self.cell = _FixedStyleCell(ws, row=1, column=1)
        self.cell.number_format = number_format
        self.cell.fixed_style_id = Cell.style_id.fget(self.cell)  # registers the style once
        self.data_type = "d" if number_format == FORMAT_DATE else "n"

    def __call__(self, value: Any) -> Any:
        if value is None:
            return None
        cell = self.cell
        cell._value = value
        cell.data_type = self.data_type
        return cell


def build_hrm_workbook(data: HrmData) -> Workbook:
    workbook = Workbook(write_only=True)
    _overview(workbook.create_sheet(SHEETS[0]), data)
    _employees(workbook.create_sheet(SHEETS[1]), data)
    _matrix(workbook.create_sheet(SHEETS[2]), data)
    _profile_match(workbook.create_sheet(SHEETS[3]), data)
    _plan(workbook.create_sheet(SHEETS[4]), data)
    _budget(workbook.create_sheet(SHEETS[5]), data)
    return workbook


def _table_header(
    ws: Any, headers: list[str], widths: Sequence[float], rows: int, *, freeze: str = "A2"
) -> None:
    """Header row 1, frozen; autofilter over the data rows; column widths.

    Frozen panes and widths go into the sheet's XML head, which write-only mode emits with the
    first row: they must be set before anything is appended.
    """
    set_widths(ws, widths)
    ws.freeze_panes = freeze
    ws.auto_filter.ref = f"A1:{get_column_letter(len(headers))}{max(rows, 0) + 1}"
    ws.append(header_cells(ws, headers))


def _label(ws: Any, value: str, *, bold: bool = False) -> Any:
    return text_cell(ws, value, font=BOLD if bold else None)


# -- Overzicht -------------------------------------------------------------------------------
def _overview(ws: Any, data: HrmData) -> None:
    set_widths(ws, [44, 16, 16, 16, 22, 12, 18])
    ws.freeze_panes = "A2"
    date = _Styled(ws, FORMAT_DATE)
    money = [_Styled(ws, FORMAT_MONEY) for _ in range(5)]
    ws.append([text_cell(ws, "HRM-overzicht competenties en opleidingen", font=TITLE_FONT)])
    ws.append([_label(ws, "Peildatum", bold=True), date(data.reference_date)])
    ws.append([_label(ws, "Selectie", bold=True), text(ws, data.scope)])
    ws.append([])
    assessed = sum(1 for e in data.employees if data.levels.get(e.personnel_number))
    planned = sum(1 for row in data.plan_rows if row.counts)
    for label, value in (
        ("Medewerkers", len(data.employees)),
        ("Afdelingen en teams", data.units),
        ("Medewerkers met een vastgesteld niveau", assessed),
        ("Ontwikkelplannen (huidige versies)", data.plans),
        ("Opleidingsactiviteiten in de plannen (niet vervallen)", planned),
    ):
        ws.append([_label(ws, label), value])
    ws.append([])
    ws.append([_label(ws, "Beleidsadviseurs naar toekomstprofiel en inzetbaarheid", bold=True)])
    ws.append(
        header_cells(
            ws,
            ["Toekomstprofiel", *(r.value for r in READINESS_ORDER), "Totaal",
             "Gekozen als doel"],
        )
    )
    for future in data.futures:
        counts = [future.counts.get(r, 0) for r in READINESS_ORDER]
        ws.append([text(ws, future.name), *counts, sum(counts), future.chosen])
    if not data.futures:
        ws.append([_label(ws, "Geen toekomstprofielen of beleidsadviseurs in deze selectie.")])
    ws.append([])
    ws.append([_label(ws, "Opleidingsbudget per jaar", bold=True)])
    ws.append(
        header_cells(
            ws, ["Jaar", "Budget", "Gepland (werkgever)", "IKB", "A&O fonds", "Resterend"]
        )
    )
    years: dict[int, list[Decimal]] = {}
    for row in data.budgets:
        totals = years.setdefault(row.year, [Decimal(0)] * 5)
        totals[0] += row.available or Decimal(0)
        totals[1] += row.employer
        totals[2] += row.ikb
        totals[3] += row.aeno
        totals[4] += row.remaining if row.remaining is not None else -row.employer
    for year in sorted(years):
        ws.append([year, *(cell(value) for cell, value in zip(money, years[year], strict=True))])


# -- Medewerkers -----------------------------------------------------------------------------
def _employees(ws: Any, data: HrmData) -> None:
    headers = [
        "Personeelsnummer", "Achternaam", "Tussenvoegsel", "Voornaam", "Afdeling/team",
        "Functie", "FTE", "Leidinggevende", "Datum in dienst", "Gekozen toekomstprofiel",
    ]
    _table_header(ws, headers, [16, 22, 12, 16, 30, 36, 7, 15, 15, 30], len(data.employees))
    fte = _Styled(ws, FORMAT_FTE)
    date = _Styled(ws, FORMAT_DATE)
    names = data.profile_names
    append = ws.append
    for e in data.employees:
        append(
            [
                text(ws, e.personnel_number), text(ws, e.last_name), text(ws, e.infix),
                text(ws, e.first_name), text(ws, e.unit), text(ws, e.job_title), fte(e.fte),
                text(ws, e.manager), date(e.start_date),
                text(ws, names.get(e.target_profile or "", e.target_profile)),
            ]
        )


# -- Competentiematrix -----------------------------------------------------------------------
def _matrix(ws: Any, data: HrmData) -> None:
    codes = [c.code for c in data.competencies]
    headers = ["Personeelsnummer", "Naam", "Afdeling/team", *codes]
    _table_header(
        ws, headers, [16, 28, 28] + [6.5] * len(codes), len(data.employees), freeze="D2"
    )
    empty: Mapping[str, int] = {}
    append = ws.append
    for e in data.employees:
        levels = data.levels.get(e.personnel_number, empty)
        append(
            [
                text(ws, e.personnel_number), text(ws, e.sort_name), text(ws, e.unit),
                *[levels.get(code) for code in codes],
            ]
        )
    if codes and data.employees:
        area = (
            f"D2:{get_column_letter(len(headers))}{len(data.employees) + 1}"
        )
        ws.conditional_formatting.add(area, LEVEL_SCALE)


# -- Profielmatch ----------------------------------------------------------------------------
def _gap_text(gap: Gap) -> str:
    level = "?" if gap.level is None else str(gap.level)
    return f"{gap.competency} ({level}→{gap.target})" + (" kritiek" if gap.critical else "")


def _profile_match(ws: Any, data: HrmData) -> None:
    headers = [
        "Personeelsnummer", "Naam", "Afdeling/team", "Profiel", "Gekozen", "Geschiktheid",
        "Dekking", "Inzetbaarheid", *[f"Ontwikkelpunt {i}" for i in range(1, TOP_GAPS + 1)],
    ]
    rows = list(data.matches)
    widths = [16, 28, 28, 32, 9, 12, 10, 20] + [22] * TOP_GAPS
    _table_header(ws, headers, widths, len(rows), freeze="C2")
    fit = _Styled(ws, FORMAT_PCT1)
    coverage = _Styled(ws, FORMAT_PCT1)
    gap_texts: dict[int, tuple[Gap, str]] = {}
    append = ws.append
    for row in rows:
        m = row.match
        gaps: list[str | None] = []
        for gap in m.gaps[:TOP_GAPS]:
            cached = gap_texts.get(id(gap))
            if cached is None:
                cached = gap_texts[id(gap)] = (gap, _gap_text(gap))
            gaps.append(cached[1])
        gaps += [None] * (TOP_GAPS - len(gaps))
        e = row.employee
        append(
            [
                text(ws, e.personnel_number), text(ws, e.sort_name), text(ws, e.unit),
                text(ws, row.profile_name), "ja" if row.chosen else None,
                fit(round(m.fit_pct / 100, 4)), coverage(round(m.coverage_pct / 100, 4)),
                m.readiness.value, *gaps,
            ]
        )


# -- Opleidingsplan --------------------------------------------------------------------------
def _plan(ws: Any, data: HrmData) -> None:
    headers = [
        "Personeelsnummer", "Naam", "Afdeling/team", "Kwartaal", "Activiteit", "Opleiding",
        "Uren", "Kosten", "Financiering", "Status", "Studiekostenbeding", "Plan",
    ]
    rows = data.plan_rows
    widths = [16, 28, 28, 10, 48, 10, 8, 11, 13, 11, 12, 12]
    _table_header(ws, headers, widths, len(rows), freeze="C2")
    hours = _Styled(ws, FORMAT_HOURS)
    cost = _Styled(ws, FORMAT_MONEY)
    for row in rows:
        e = row.employee
        ws.append(
            [
                text(ws, e.personnel_number), text(ws, e.sort_name), text(ws, e.unit),
                row.quarter, text(ws, row.title), text(ws, row.offer), hours(row.hours),
                cost(row.cost), text(ws, row.funding), text(ws, row.status),
                "ja" if row.repayment_clause else "nee", text(ws, row.plan_status),
            ]
        )
    counted = [row for row in rows if row.counts]
    quarters = sorted({row.quarter for row in counted})
    ws.append([])
    ws.append([_label(ws, "Totaal per kwartaal (zonder vervallen activiteiten)", bold=True)])
    ws.append(header_cells(ws, ["Kwartaal", "Activiteiten", "Uren", "Kosten"]))
    hours_total = _Styled(ws, FORMAT_HOURS)
    cost_total = _Styled(ws, FORMAT_MONEY)
    for quarter in quarters:
        items = [row for row in counted if row.quarter == quarter]
        ws.append(
            [
                quarter, len(items), hours_total(sum(r.hours for r in items)),
                cost_total(sum((r.cost for r in items), Decimal(0))),
            ]
        )
    ws.append(
        [
            _label(ws, "Totaal", bold=True), len(counted),
            hours_total(sum(r.hours for r in counted)),
            cost_total(sum((r.cost for r in counted), Decimal(0))),
        ]
    )
    ws.append([])
    ws.append([_label(ws, "Kosten per afdeling/team en kwartaal", bold=True)])
    ws.append(header_cells(ws, ["Afdeling/team", *quarters, "Totaal"]))
    by_unit: dict[str, dict[str, Decimal]] = {}
    for row in counted:
        unit = row.employee.unit or "(geen eenheid)"
        cells = by_unit.setdefault(unit, {})
        cells[row.quarter] = cells.get(row.quarter, Decimal(0)) + row.cost
    money = [_Styled(ws, FORMAT_MONEY) for _ in range(len(quarters) + 1)]
    for unit in sorted(by_unit):
        values = [by_unit[unit].get(q, Decimal(0)) for q in quarters]
        ws.append(
            [text(ws, unit), *(c(v) for c, v in zip(money, [*values, sum(values)], strict=True))]
        )
    column_totals = [sum((by_unit[u].get(q, Decimal(0)) for u in by_unit), Decimal(0))
                     for q in quarters]
    ws.append(
        [
            _label(ws, "Totaal", bold=True),
            *(c(v) for c, v in zip(money, [*column_totals, sum(column_totals)], strict=True)),
        ]
    )


# -- Budget ----------------------------------------------------------------------------------
def _budget(ws: Any, data: HrmData) -> None:
    headers = [
        "Afdeling/team", "Jaar", "Budget", "Gepland (werkgever)", "IKB", "A&O fonds", "Resterend",
        "Benut",
    ]
    rows = data.budgets
    _table_header(ws, headers, [32, 8, 12, 20, 12, 12, 12, 9], len(rows))
    money = [_Styled(ws, FORMAT_MONEY) for _ in range(5)]
    used = _Styled(ws, FORMAT_PCT1)
    for row in rows:
        share = (
            float(row.employer / row.available) if row.available else None
        )
        ws.append(
            [
                text(ws, row.unit), row.year,
                *(c(v) for c, v in zip(
                    money, [row.available, row.employer, row.ikb, row.aeno, row.remaining],
                    strict=True,
                )),
                used(share),
            ]
        )

