"""The formation as a sheet: one row per scenario, target year, profile and unit.

Sheet "Formatie", columns Scenario | Doeljaar | Profiel | Eenheid | FTE; an empty Eenheid means
organisation-wide. Written atomically; read all or nothing, every problem named by file, row and
column.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from competentieplanner.atomic_write import atomic_output
from competentieplanner.domain.errors import Problem, UserError, ValidationError
from competentieplanner.domain.formation import FormationLine, check_fte, check_name, check_year
from competentieplanner.import_export.tables import open_table
from competentieplanner.import_export.values import (
    ValueProblem,
    clean_text,
    is_blank,
    parse_decimal,
    parse_whole_number,
)
from competentieplanner.import_export.xlsx_writer import ExportBook

SHEET = "Formatie"
HEADERS = ("Scenario", "Doeljaar", "Profiel", "Eenheid", "FTE")
_LETTERS = "ABCDE"


def write_formation(target: Path, lines: Sequence[FormationLine]) -> None:
    with atomic_output(target) as temporary, ExportBook(temporary) as book:
        sheet = book.table_sheet(SHEET, HEADERS, (24, 10, 22, 28, 10), len(lines))
        whole, decimal = book.number("0"), book.number("0.00")
        for line in lines:
            sheet.append(
                [line.scenario, (line.year, whole), line.profile, line.unit or "",
                 (line.fte, decimal)]
            )


def read_formation(source: Path) -> list[tuple[int, FormationLine]]:
    """(row number, line) for every filled row.

    Raises:
        ValidationError: missing columns, bad values or a line twice; nothing is returned.
    """
    problems: list[Problem] = []
    result: list[tuple[int, FormationLine]] = []
    seen: dict[tuple[str, str, str | None], int] = {}
    with open_table(source, SHEET) as table:
        header: dict[str, int] | None = None
        for number, row in table.rows:
            if header is None:
                header = _header(source.name, number, row)
                continue
            values = [row[header[h]] if header[h] < len(row) else None for h in HEADERS]
            if all(is_blank(v) for v in values):
                continue
            line = _line(source.name, number, values, problems)
            if line is None:
                continue
            key = (line.scenario, line.profile, line.unit)
            if key in seen:
                problems.append(
                    Problem(
                        f"staat al in rij {seen[key]} (zelfde scenario, profiel en eenheid)",
                        file=source.name,
                        row=number,
                        column="C",
                        header="Profiel",
                    )
                )
                continue
            seen[key] = number
            result.append((number, line))
        if header is None:
            raise UserError(f"'{source.name}': werkblad '{SHEET}' is leeg.")
    if problems:
        raise ValidationError(problems)
    return result


def _header(file: str, number: int, row: Sequence[object]) -> dict[str, int]:
    found = {clean_text(v).casefold(): i for i, v in enumerate(row) if not is_blank(v)}
    missing = [h for h in HEADERS if h.casefold() not in found]
    if missing:
        raise ValidationError(
            [
                Problem(f"kolom '{h}' ontbreekt in de kopregel", file=file, row=number)
                for h in missing
            ]
        )
    return {h: found[h.casefold()] for h in HEADERS}


def _line(
    file: str, number: int, values: Sequence[object], problems: list[Problem]
) -> FormationLine | None:
    before = len(problems)

    def check(column: int, parse: Callable[[], object]) -> object:
        try:
            return parse()
        except (ValueProblem, UserError) as exc:
            problems.append(
                Problem(
                    str(exc).rstrip("."),
                    file=file,
                    row=number,
                    column=_LETTERS[column],
                    header=HEADERS[column],
                    value="" if values[column] is None else clean_text(values[column]),
                )
            )
            return None

    scenario = check(0, lambda: check_name(clean_text(values[0])))
    year = check(1, lambda: check_year(parse_whole_number(values[1])))
    profile = check(2, lambda: _required(values[2]))
    unit = None if is_blank(values[3]) else clean_text(values[3])
    fte = check(4, lambda: check_fte(float(parse_decimal(values[4]))))
    if len(problems) > before:
        return None
    assert isinstance(scenario, str) and isinstance(year, int) and isinstance(profile, str)
    assert isinstance(fte, float)
    return FormationLine(scenario, year, profile, unit, fte)


def _required(value: object) -> str:
    if is_blank(value):
        raise ValueProblem("is leeg")
    return clean_text(value)
