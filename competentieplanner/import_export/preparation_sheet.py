"""The employee's preparation of a conversation: layout of sheet "Voorbereiding" and its reader.

The preparation form (``export preparation``) is the assessment form for one person (sheet
"Beoordeling": the self-assessment) plus sheet "Voorbereiding": a title row, the personnel
number in row 2 (label in A, number in B), an instruction row, then the header row Code, Thema,
Vraag, Uw voorbereiding and one row per question of the conversation's kind. The employee writes
in the last column; an empty cell is a question not prepared. No database access here.
"""

from __future__ import annotations

from collections.abc import Iterator, Set
from dataclasses import dataclass, field

from competentieplanner.domain.errors import Problem
from competentieplanner.domain.interview import MAX_PREPARED_LENGTH
from competentieplanner.import_export.headers import Column, Field, find_header, header_key
from competentieplanner.import_export.tables import MAX_DATA_ROWS, Row, Table
from competentieplanner.import_export.values import (
    ValueProblem,
    clean_text,
    is_blank,
    parse_identifier,
    parse_text,
)

SHEET = "Voorbereiding"
TITLE_ROW, NUMBER_ROW, INSTRUCTION_ROW, HEADER_ROW = 1, 2, 3, 5
NUMBER_LABEL = "Personeelsnummer"

FIELDS: tuple[Field, ...] = (
    Field("code", "Code", ("Vraagcode", "Nr")),
    Field("theme", "Thema", ()),
    Field("question", "Vraag", ()),
    Field("prepared", "Uw voorbereiding", ("Voorbereiding", "Uw antwoord", "Antwoord")),
)
HEADERS = [item.label for item in FIELDS]


@dataclass
class PreparationSheet:
    file: str
    sheet: str
    personnel_number: str = ""
    answers: dict[str, str] = field(default_factory=dict)  # question code -> preparation
    problems: list[Problem] = field(default_factory=list)


def read_preparation(table: Table, *, known_questions: Set[str]) -> PreparationSheet:
    """Read and validate sheet "Voorbereiding"; problems are collected, never raised."""
    result = PreparationSheet(table.file_name, table.sheet)
    rows = iter(table.rows)

    def problem(
        reason: str, row: int | None = None, column: Column | None = None, value: str = ""
    ) -> None:
        result.problems.append(
            Problem(
                reason,
                file=f"{table.file_name}, werkblad '{table.sheet}'",
                row=row,
                column=column.letter if column else "",
                header=column.header if column else "",
                value=value,
            )
        )

    above: list[tuple[int, Row]] = []  # the rows find_header consumes, for the number in row 2
    header = find_header(
        _remembered(rows, above), FIELDS, anchor="code", file=table.file_name, min_fields=2,
        merged=table.merged_cells,
    )  # fmt: skip
    if header is None or "prepared" not in header.columns:
        problem(
            "geen kopregel gevonden met 'Code' en 'Uw voorbereiding'; gebruik het "
            "voorbereidingsformulier van 'export preparation'"
        )
        return result
    result.problems.extend(header.problems)
    result.personnel_number = _personnel_number(above)
    code_col, prepared_col = header.columns["code"], header.columns["prepared"]
    seen: dict[str, int] = {}
    for count, (number, values) in enumerate(rows, start=1):
        if count > MAX_DATA_ROWS:
            problem(f"meer dan {MAX_DATA_ROWS} rijen; dit is geen voorbereidingsformulier")
            break
        raw_code = _cell(values, code_col)
        raw_text = _cell(values, prepared_col)
        if is_blank(raw_code):
            if not is_blank(raw_text):
                problem("voorbereiding zonder vraagcode in kolom Code", number, prepared_col)
            continue
        try:
            code = parse_identifier(raw_code, max_length=20).upper()
        except ValueProblem as exc:
            problem(f"Code {exc}", number, code_col, clean_text(raw_code))
            continue
        if code not in known_questions:
            problem(f"onbekende vraagcode '{code}'", number, code_col, code)
            continue
        if code in seen:
            problem(f"vraag {code} staat twee keer in het formulier (ook rij {seen[code]})",
                    number, code_col, code)  # fmt: skip
            continue
        seen[code] = number
        if is_blank(raw_text):
            continue
        try:
            text = _paragraphs(raw_text)
        except ValueProblem as exc:
            problem(f"Uw voorbereiding {exc}", number, prepared_col)
            continue
        if len(text) > MAX_PREPARED_LENGTH:
            problem(
                f"de voorbereiding is langer dan {MAX_PREPARED_LENGTH} tekens",
                number, prepared_col, text[:40] + "…",
            )  # fmt: skip
            continue
        result.answers[code] = text
    return result


def _remembered(
    rows: Iterator[tuple[int, Row]], kept: list[tuple[int, Row]]
) -> Iterator[tuple[int, Row]]:
    for item in rows:
        kept.append(item)
        yield item


def _personnel_number(rows: list[tuple[int, Row]]) -> str:
    """The number beside the label "Personeelsnummer" above the header row ('' if absent)."""
    wanted = header_key(NUMBER_LABEL)
    for _number, values in rows:
        if values and header_key(values[0]) == wanted and len(values) > 1:
            try:
                return parse_identifier(values[1])
            except ValueProblem:
                return ""
    return ""


def _cell(values: Row, column: Column) -> object:
    return values[column.index] if column.index < len(values) else None


def _paragraphs(value: object) -> str:
    """The cell's text with its line breaks kept (a preparation may have several paragraphs)."""
    if not isinstance(value, str):
        return parse_text(value)
    lines = [parse_text(line) for line in value.replace("\r\n", "\n").split("\n")]
    return "\n".join(lines).strip()
