"""Read a filled-in assessment form into validated rows; no database access here."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Set
from dataclasses import dataclass, field

from competentieplanner.domain.errors import Problem
from competentieplanner.import_export import assessment_sheet as layout
from competentieplanner.import_export.headers import Column, find_header
from competentieplanner.import_export.tables import MAX_DATA_ROWS, Table
from competentieplanner.import_export.values import (
    ValueProblem,
    excel_text,
    is_blank,
    parse_date,
    parse_identifier,
    parse_text,
    parse_whole_number,
)
from competentieplanner.import_export.workbook_guard import UnreadableFileError

MAX_ASSESSOR_LENGTH = 200


@dataclass(frozen=True, slots=True)
class AssessmentRow:
    row: int
    personnel_number: str
    assessed_on: dt.date
    assessor: str
    levels: dict[str, int]  # competency code -> level
    evidence: dict[str, str] = field(default_factory=dict)  # competency code -> onderbouwing


@dataclass
class AssessmentSheet:
    file: str
    sheet: str
    competencies: dict[str, Column] = field(default_factory=dict)  # code -> column
    evidence: dict[str, Column] = field(default_factory=dict)  # code -> its evidence column
    ignored: list[Column] = field(default_factory=list)
    rows: list[AssessmentRow] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    empty_rows: int = 0  # member rows without any level (not assessed)


def read_assessments(
    table: Table,
    *,
    known_numbers: Set[str],
    known_codes: Set[str],
    levels: range,
    today: dt.date,
) -> AssessmentSheet:
    """Read and validate the form; problems are collected, never raised."""
    result = AssessmentSheet(table.file_name, table.sheet)
    problems = result.problems
    rows = iter(table.rows)
    header = find_header(
        rows, layout.FIELDS, anchor="personnel_number", file=table.file_name, min_fields=2,
        merged=table.merged_cells,
    )
    if header is None:
        problems.append(
            Problem(
                "geen kopregel gevonden met 'Personeelsnummer' en 'Datum gesprek'; gebruik het "
                "formulier van 'export template'",
                file=table.file_name,
            )
        )
        return result
    problems.extend(header.problems)
    for column in header.unmatched:
        evidence_code = layout.evidence_code(column.header)
        if evidence_code is not None:
            _evidence_column(result, evidence_code, column, header.row)
            continue
        code = layout.competency_code(column.header)
        if code is None:
            result.ignored.append(column)
        elif code not in known_codes:
            problems.append(
                Problem(
                    f"onbekende competentiecode '{code}' in de kolomkop",
                    file=table.file_name,
                    row=header.row,
                    column=column.letter,
                    header=column.header,
                )
            )
        elif code in result.competencies:
            problems.append(
                Problem(
                    f"competentie {code} staat twee keer in de kopregel (ook kolom "
                    f"{result.competencies[code].letter})",
                    file=table.file_name,
                    row=header.row,
                    column=column.letter,
                    header=column.header,
                )
            )
        else:
            result.competencies[code] = column
    for code, column in result.evidence.items():
        if code not in result.competencies:
            problems.append(
                Problem(
                    f"kolom '{column.header}' hoort bij competentie {code}, maar die heeft geen "
                    "niveaukolom in de kopregel",
                    file=table.file_name,
                    row=header.row,
                    column=column.letter,
                    header=column.header,
                )
            )
    if "assessed_on" not in header.columns:
        problems.append(
            Problem(
                "verplichte kolom 'Datum gesprek' ontbreekt", file=table.file_name, row=header.row
            )
        )
    if not result.competencies:
        problems.append(
            Problem(
                "geen competentiekolommen gevonden (kopjes die beginnen met een code en een "
                "spatie, zoals 'ST01 Contact en vertrouwensrelatie')",
                file=table.file_name,
                row=header.row,
            )
        )
    if problems:
        return result

    columns = header.columns
    number_col = columns["personnel_number"]
    date_col = columns["assessed_on"]
    assessor_col = columns.get("assessor")
    width = 1 + max(
        [c.index for c in result.competencies.values()]
        + [c.index for c in result.evidence.values()]
        + [c.index for c in columns.values()]
    )
    seen: dict[str, int] = {}
    count = 0

    def problem(row: int, column: Column, value: object, reason: str) -> None:
        problems.append(
            Problem(
                reason,
                file=table.file_name,
                row=row,
                column=column.letter,
                header=column.header,
                value=excel_text(value),
            )
        )

    for number, values in rows:
        if len(values) < width:
            values = values + (None,) * (width - len(values))
        raw_number = values[number_col.index]
        level_cells = {code: values[col.index] for code, col in result.competencies.items()}
        evidence_cells = {code: values[col.index] for code, col in result.evidence.items()}
        if (
            is_blank(raw_number)
            and all(is_blank(v) for v in level_cells.values())
            and all(is_blank(v) for v in evidence_cells.values())
        ):
            continue
        count += 1
        if count > MAX_DATA_ROWS:
            raise UnreadableFileError(f"'{table.file_name}' heeft meer dan 50.000 rijen.")
        before = len(problems)
        for code, col in result.competencies.items():
            ref = f"{col.letter}{number}"
            if level_cells[code] is None and ref in table.uncached_formulas:
                problem(number, col, "", f"cel {ref} bevat een formule zonder berekende waarde")
        filled = {code: v for code, v in level_cells.items() if not is_blank(v)}
        evidence = _row_evidence(evidence_cells, filled, result, number, problem)
        if not filled and len(problems) == before:
            result.empty_rows += 1
            continue
        personnel_number = ""
        try:
            personnel_number = parse_identifier(raw_number)
        except ValueProblem as exc:
            problem(number, number_col, raw_number, f"Personeelsnummer {exc}")
        else:
            if not personnel_number:
                problem(number, number_col, "", "Personeelsnummer is leeg")
            elif personnel_number not in known_numbers:
                problem(number, number_col, raw_number, "onbekend personeelsnummer")
            elif personnel_number in seen:
                problem(
                    number, number_col, raw_number,
                    f"medewerker staat al in rij {seen[personnel_number]}",
                )
            else:
                seen[personnel_number] = number

        raw_date = values[date_col.index]
        assessed_on: dt.date | None = None
        if is_blank(raw_date):
            ref = f"{date_col.letter}{number}"
            reason = (
                f"cel {ref} bevat een formule zonder berekende waarde"
                if ref in table.uncached_formulas
                else "Datum gesprek ontbreekt"
            )
            problem(number, date_col, "", reason)
        else:
            try:
                assessed_on = parse_date(raw_date)
            except ValueProblem as exc:
                problem(number, date_col, raw_date, f"Datum gesprek {exc}")
            else:
                if assessed_on > today:
                    problem(number, date_col, raw_date, "Datum gesprek ligt in de toekomst")
                elif assessed_on.year < 2000:
                    problem(number, date_col, raw_date, "Datum gesprek ligt vóór 2000")
        assessor = ""
        if assessor_col:
            try:
                assessor = parse_text(values[assessor_col.index])
            except ValueProblem as exc:
                problem(number, assessor_col, values[assessor_col.index], f"Beoordelaar {exc}")
        if assessor_col and len(assessor) > MAX_ASSESSOR_LENGTH:
            problem(
                number, assessor_col, assessor,
                f"Beoordelaar is langer dan {MAX_ASSESSOR_LENGTH} tekens",
            )
        parsed: dict[str, int] = {}
        for code, raw in filled.items():
            column = result.competencies[code]
            try:
                level = parse_whole_number(raw)
            except ValueProblem as exc:
                problem(number, column, raw, f"niveau {exc}")
                continue
            if level not in levels:
                problem(
                    number, column, raw,
                    f"niveau moet {levels.start} tot en met {levels.stop - 1} zijn (of leeg)",
                )
                continue
            parsed[code] = level
        if len(problems) == before and assessed_on is not None:
            result.rows.append(
                AssessmentRow(number, personnel_number, assessed_on, assessor, parsed, evidence)
            )
    return result


def _evidence_column(result: AssessmentSheet, code: str, column: Column, header_row: int) -> None:
    """Take ``column`` as the evidence of competency ``code``; a second one is a problem."""
    if code in result.evidence:
        result.problems.append(
            Problem(
                f"onderbouwing van {code} staat twee keer in de kopregel (ook kolom "
                f"{result.evidence[code].letter})",
                file=result.file,
                row=header_row,
                column=column.letter,
                header=column.header,
            )
        )
    else:
        result.evidence[code] = column


def _row_evidence(
    cells: dict[str, object],
    levels: dict[str, object],
    result: AssessmentSheet,
    row: int,
    problem: Callable[[int, Column, object, str], None],
) -> dict[str, str]:
    """The filled evidence cells of one row; evidence without a level cannot be stored (a
    score needs a level), so it is a problem rather than silently dropped."""
    evidence: dict[str, str] = {}
    for code, raw in cells.items():
        if is_blank(raw):
            continue
        column = result.evidence[code]
        try:
            text = parse_text(raw)
        except ValueProblem as exc:
            problem(row, column, raw, f"Onderbouwing {exc}")
            continue
        if code not in levels:
            problem(row, column, raw, f"onderbouwing zonder niveau voor {code}; vul het niveau in")
        elif len(text) > layout.MAX_EVIDENCE_LENGTH:
            problem(
                row, column, text[:40] + "…",
                f"Onderbouwing is langer dan {layout.MAX_EVIDENCE_LENGTH} tekens",
            )
        else:
            evidence[code] = text
    return evidence

