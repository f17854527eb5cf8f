"""Writing export workbooks with XlsxWriter: constant memory, text never a formula, print setup.

Every export workbook (HRM workbook, import report, training catalogue) is written through
:class:`ExportBook`: XlsxWriter's constant-memory mode streams each row to disk the moment the
next one starts, so a 20,000-person workbook needs little memory, and rows must be written in
order (:meth:`Sheet.append`). Text always goes through ``write_string``, so a name like
"=HYPERLINK(...)" or "+31 6 ..." is stored as literal text, never as a formula. Every sheet
prints on A4 landscape, one page wide, with its header row and name columns repeated on each page
and a footer "Vertrouwelijk" / "Pagina X van Y".

Numbers and dates are stored as numbers and dates with Dutch-looking formats (Excel shows its
reader's own separators).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

import xlsxwriter
from xlsxwriter.format import Format
from xlsxwriter.worksheet import Worksheet

from competentieplanner import formats

#: Characters XML 1.0 cannot hold (XlsxWriter would escape them as _xHHHH_, shown literally).
_ILLEGAL_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")

#: Number formats, from the one formats module so the workbook shows what screen and PDF show.
FORMAT_DATE = formats.EXCEL_DATE
FORMAT_MONEY = formats.EXCEL_MONEY
FORMAT_HOURS = formats.EXCEL_HOURS
FORMAT_FTE = formats.EXCEL_FTE
FORMAT_PCT1 = formats.EXCEL_PERCENT1

HEADER_COLOUR = "#1F4E79"
#: Print setup (a contract of issue 10): the footer of every printed page.
FOOTER = "&LVertrouwelijk&RPagina &P van &N"
PAPER_A4 = 9
#: Widest column XlsxWriter/Excel allow, in characters.
MAX_WIDTH = 255.0


def safe_text(value: str) -> str:
    """Text as XML can store it: control characters (other than tab, LF, CR) removed."""
    return _ILLEGAL_XML.sub("", value)


def header_width(header: str) -> float:
    """A column width (in characters) that shows ``header`` on one line in bold."""
    return min(MAX_WIDTH, round(len(header) * 1.15 + 2, 1))


class ExportBook:
    """One export workbook on XlsxWriter in constant-memory mode; use as a context manager
    (the file is complete only after the block ends)."""

    def __init__(self, path: Path) -> None:
        self.workbook = xlsxwriter.Workbook(
            str(path),
            {
                "constant_memory": True,
                # Belt and braces: every text goes through write_string anyway.
                "strings_to_formulas": False,
                "strings_to_numbers": False,
                "strings_to_urls": False,
            },
        )
        self._formats: dict[tuple[tuple[str, Any], ...], Format] = {}
        self.header = self.format(bold=True, font_color="#FFFFFF", bg_color=HEADER_COLOUR,
                                  text_wrap=True, valign="top")
        self.bold = self.format(bold=True)
        self.title = self.format(bold=True, font_size=14)

    def __enter__(self) -> ExportBook:
        return self

    def __exit__(self, kind: object, error: object, trace: object) -> None:
        # On an error nothing is assembled: the caller's temporary file is removed, and the
        # rows XlsxWriter streamed so far live in anonymous temporary files that vanish.
        if kind is None:
            self.workbook.close()

    def format(self, **properties: Any) -> Format:
        """One shared Format per distinct set of properties."""
        key = tuple(sorted(properties.items()))
        found = self._formats.get(key)
        if found is None:
            found = self._formats[key] = self.workbook.add_format(properties)
        return found

    def number(self, number_format: str) -> Format:
        return self.format(num_format=number_format)

    def sheet(
        self,
        name: str,
        *,
        widths: Sequence[float],
        headers: Sequence[str] = (),
        header_row: int = 0,
        name_columns: int = 1,
    ) -> Sheet:
        """A new sheet with column widths (widened to fit ``headers``) and the print setup.

        ``header_row`` is repeated at the top and the first ``name_columns`` columns at the left
        of every printed page.
        """
        ws = self.workbook.add_worksheet(name)
        sheet = Sheet(self, ws)
        widths = [
            max(width, header_width(header)) if index < len(headers) else width
            for index, (width, header) in enumerate(
                zip(widths, [*headers, *[""] * max(0, len(widths) - len(headers))], strict=False)
            )
        ]
        for column, width in enumerate(widths):
            ws.set_column(column, column, width)
        ws.set_landscape()
        ws.set_paper(PAPER_A4)
        ws.fit_to_pages(1, 0)  # one page wide, as many pages tall as needed
        ws.repeat_rows(header_row)
        if name_columns:
            ws.repeat_columns(0, name_columns - 1)
        ws.set_footer(FOOTER)
        return sheet

    def table_sheet(
        self,
        name: str,
        headers: Sequence[str],
        widths: Sequence[float],
        rows: int,
        *,
        freeze_columns: int = 0,
        name_columns: int = 1,
    ) -> Sheet:
        """A data sheet: header row 1 (frozen, autofilter over ``rows`` data rows) and widths."""
        sheet = self.sheet(name, widths=widths, headers=headers, name_columns=name_columns)
        sheet.ws.freeze_panes(1, freeze_columns)
        sheet.ws.autofilter(0, 0, max(rows, 0), len(headers) - 1)
        sheet.headers(headers)
        return sheet


class Sheet:
    """Rows appended in order (constant-memory mode cannot go back)."""

    def __init__(self, book: ExportBook, ws: Worksheet) -> None:
        self.book = book
        self.ws = ws
        self.row = 0  # the next row to write, zero-based

    def skip(self, rows: int = 1) -> None:
        self.row += rows

    def headers(self, headers: Sequence[str]) -> None:
        self.append([Text(h, self.book.header) for h in headers])

    def append(self, values: Sequence[Any]) -> int:
        """Write one row and return its zero-based index. Each value is None (empty), a str
        (text), a bool ("ja"/"nee"), an int/float/Decimal (number), a date, a :class:`Text`
        (text in a format) or a ``(number or date, Format)`` pair (a pair is cheap: the hot
        columns of a 20,000-row sheet use it)."""
        row = self.row
        ws = self.ws
        for column, value in enumerate(values):
            if value is None:
                continue
            kind = type(value)
            if kind is str:
                if value:
                    ws.write_string(row, column, _clean(value))
            elif kind is tuple:
                number, cell_format = value
                if number is None:
                    continue
                if isinstance(number, dt.date):
                    ws.write_datetime(row, column, number, cell_format)
                else:
                    ws.write_number(row, column, number, cell_format)
            elif kind is Text:
                ws.write_string(row, column, _clean(value.value), value.format)
            elif kind is bool:
                ws.write_string(row, column, "ja" if value else "nee")
            elif kind is int or kind is float or kind is Decimal:
                ws.write_number(row, column, value)
            elif isinstance(value, dt.date):
                ws.write_datetime(row, column, value, self.book.number(FORMAT_DATE))
            else:
                raise TypeError(f"cannot write {kind.__name__} to a workbook cell")
        self.row = row + 1
        return row


def _clean(value: str) -> str:
    """Two C-level checks in the common case: printable text needs no cleaning."""
    if value.isprintable() or not _ILLEGAL_XML.search(value):
        return value
    return safe_text(value)



class Text:
    """Literal text in a given cell format (header, bold label, title)."""

    __slots__ = ("format", "value")

    def __init__(self, value: str, cell_format: Format | None = None) -> None:
        self.value = value
        self.format = cell_format
