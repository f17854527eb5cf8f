"""Find the header row of a table and match its headers to the fields we know.

Headers are compared by a key that ignores case, spaces, punctuation and accents, so
"Pers.nr.", "pers nr" and "PERSNR" are the same header, and "Organisatie-eenheid" matches
"organisatie eenheid". The header row may stand below title rows.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from openpyxl.utils import get_column_letter, range_boundaries

from competentieplanner.domain.errors import Problem
from competentieplanner.import_export.values import clean_text

#: How many rows from the top we look for the header row.
HEADER_SCAN_ROWS = 30


def header_key(text: object) -> str:
    """Lowercase letters and digits only, accents removed: the comparable form of a header."""
    decomposed = unicodedata.normalize("NFKD", clean_text(text).casefold())
    return "".join(ch for ch in decomposed if ch.isascii() and ch.isalnum())


@dataclass(frozen=True, slots=True)
class Field:
    """A column we understand: its key in code, its Dutch name, and the headers that mean it."""

    key: str
    label: str
    variants: tuple[str, ...]

    @property
    def keys(self) -> frozenset[str]:
        return frozenset(header_key(v) for v in (self.label, *self.variants))


@dataclass(frozen=True, slots=True)
class Column:
    index: int  # 0-based position in the row
    header: str  # the header as written in the file

    @property
    def letter(self) -> str:
        return column_letter(self.index)


@dataclass
class HeaderMatch:
    """The header row and what its columns mean."""

    row: int
    columns: dict[str, Column]  # field key -> column
    unmatched: list[Column]  # headers we do not know (the caller may still interpret some)
    problems: list[Problem]


def column_letter(index: int) -> str:
    """'A' for index 0, 'AA' for 26."""
    return str(get_column_letter(index + 1))


def match_row(
    values: Sequence[object], fields: Sequence[Field], *, row: int, file: str
) -> HeaderMatch:
    """Match one row's cells to ``fields``; two columns meaning the same field is a problem."""
    lookup: dict[str, Field] = {}
    for item in fields:
        for key in item.keys:
            lookup.setdefault(key, item)
    columns: dict[str, Column] = {}
    unmatched: list[Column] = []
    problems: list[Problem] = []
    for index, value in enumerate(values):
        header = clean_text(value)
        if not header:
            continue
        column = Column(index, header)
        found = lookup.get(header_key(header))
        if found is None:
            unmatched.append(column)
            continue
        item = found
        if item.key in columns:
            first = columns[item.key]
            problems.append(
                Problem(
                    f"kolom {first.letter} ({first.header}) en kolom {column.letter} ({header}) "
                    f"betekenen allebei '{item.label}'; laat er één over",
                    file=file,
                    row=row,
                    column=column.letter,
                    header=header,
                )
            )
        else:
            columns[item.key] = column
    return HeaderMatch(row, columns, unmatched, problems)


def find_header(
    rows: Iterator[tuple[int, Sequence[object]]],
    fields: Sequence[Field],
    *,
    anchor: str,
    file: str,
    min_fields: int = 2,
    merged: Sequence[str] = (),
) -> HeaderMatch | None:
    """Consume rows until the header row: the first with the ``anchor`` field and at least
    ``min_fields`` known headers, within the first HEADER_SCAN_ROWS rows. None if not found
    (the rows scanned are consumed). ``merged`` are the sheet's merged ranges: header cells
    merged across columns are a problem (the merged-away columns would read as empty)."""
    for number, values in rows:
        if number > HEADER_SCAN_ROWS:
            return None
        if not any(v is not None and v != "" for v in values):
            continue
        match = match_row(values, fields, row=number, file=file)
        if anchor in match.columns and len(match.columns) >= min_fields:
            match.problems.extend(merged_header_problems(merged, row=number, file=file))
            return match
    return None


def merged_header_problems(merged: Sequence[str], *, row: int, file: str) -> list[Problem]:
    """One problem per merged range that covers more than one column of header row ``row``."""
    problems: list[Problem] = []
    for ref in merged:
        low_col, low_row, high_col, high_row = range_boundaries(ref)
        if low_row is None or high_row is None or low_col is None or high_col is None:
            continue
        if low_row <= row <= high_row and high_col > low_col:
            problems.append(
                Problem(
                    f"de kopcellen {ref} zijn samengevoegd; de kolommen "
                    f"{column_letter(low_col)} t/m {column_letter(high_col - 1)} hebben daardoor "
                    "geen eigen kop. Maak de samenvoeging ongedaan en geef elke kolom een kop",
                    file=file,
                    row=row,
                    column=column_letter(low_col - 1),
                )
            )
    return problems


def describe_fields(fields: Iterable[Field]) -> str:
    return ", ".join(item.label for item in fields)
