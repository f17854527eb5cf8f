"""Writing workbooks safely: atomic replacement, text that never becomes a formula, Dutch formats.

Every export goes to a temporary file in the user's data folder and is moved onto the target only
when complete, so a failed export never destroys the previous file. A target held open by Excel
(Windows refuses the rename with a sharing violation, a PermissionError) becomes a Dutch
UserError instead of a traceback.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ERROR_CODES
from openpyxl.styles import Alignment, Font, PatternFill

from competentieplanner import paths
from competentieplanner.domain.errors import UserError

#: Text starting with one of these is a formula in some spreadsheet program (formula injection).
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
_TRIGGER_CHARS = frozenset(FORMULA_TRIGGERS)
#: Characters XML 1.0 cannot hold; openpyxl refuses them.
_ILLEGAL_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")

#: Number formats. Excel shows them with the reader's own separators (Dutch: 1.234,50).
FORMAT_DATE = "DD-MM-YYYY"
FORMAT_MONEY = '"€" #,##0'
FORMAT_MONEY_CENTS = '"€" #,##0.00'
FORMAT_DECIMAL = "#,##0.00"
FORMAT_HOURS = "#,##0.0"
FORMAT_PERCENT = "0%"
FORMAT_INTEGER = "0"

HEADER_FONT = Font(bold=True, color="FFFFFF")
HEADER_FILL = PatternFill("solid", start_color="1F4E79", end_color="1F4E79")
TITLE_FONT = Font(bold=True, size=14)
BOLD = Font(bold=True)
WRAP = Alignment(wrap_text=True, vertical="top")


def safe_text(value: str) -> str:
    """Text as XML can store it: control characters (other than tab, LF, CR) removed."""
    return _ILLEGAL_XML.sub("", value)


def needs_text_cell(value: str) -> bool:
    """True when a plain str would be written as a formula or error, or read as one."""
    return value.startswith(FORMULA_TRIGGERS) or value in ERROR_CODES


def text_cell(ws: Any, value: str, *, font: Font | None = None) -> WriteOnlyCell:
    """A write-only cell that always holds ``value`` as literal text (data type 's')."""
    cell = WriteOnlyCell(ws, value=safe_text(value))
    cell.data_type = "s"  # openpyxl would have made text starting with '=' a formula
    if font is not None:
        cell.font = font
    return cell


def text(ws: Any, value: str | None) -> Any:
    """A value for a write-only row: a plain str when harmless (fast), else a text cell.

    Called for every text cell of a 20,000-row sheet, so the common case costs two C-level
    checks: no formula trigger first, and printable (no control character at all).
    """
    if not value:
        return None
    if value[0] in _TRIGGER_CHARS or value in ERROR_CODES:
        return text_cell(ws, value)
    if not value.isprintable() and _ILLEGAL_XML.search(value):
        return text_cell(ws, value)
    return value


def styled(ws: Any, value: Any, number_format: str) -> Any:
    """A write-only cell with a number format (None stays an empty cell)."""
    if value is None:
        return None
    cell = WriteOnlyCell(ws, value=value)
    cell.number_format = number_format
    return cell


def header_cells(ws: Any, headers: list[str]) -> list[WriteOnlyCell]:
    cells = []
    for header in headers:
        cell = text_cell(ws, header, font=HEADER_FONT)
        cell.fill = HEADER_FILL
        cell.alignment = WRAP
        cells.append(cell)
    return cells


def set_widths(ws: Any, widths: Sequence[float]) -> None:
    from openpyxl.utils import get_column_letter

    for index, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(index)].width = width


def check_target(target: Path) -> Path:
    """Refuse a target in a missing folder or naming a folder, before any work is done."""
    target = Path(target).expanduser()
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise UserError(f"De map '{folder}' bestaat niet; kies een bestaande map.")
    if target.is_dir():
        raise UserError(f"'{target}' is een map; geef een bestandsnaam op.")
    return target


@contextmanager
def atomic_output(target: Path) -> Iterator[Path]:
    """Yield a temporary path in the user's data folder (never beside ``target``, which may be on
    a shared drive); on success it replaces ``target``, on failure it is removed.

    Raises:
        UserError: the folder does not exist or is not writable, or the target is open in
            another program.
    """
    target = check_target(target)
    folder = target.parent
    if not os.access(folder, os.W_OK):
        raise UserError(f"Geen schrijfrechten in de map '{folder}'.")
    handle, temporary = paths.private_temp_file(target, suffix=".tmp")
    os.close(handle)
    try:
        yield temporary
        _replace(temporary, target)
    finally:
        if temporary.exists():
            temporary.unlink()


def _replace(temporary: Path, target: Path) -> None:
    try:
        paths.move_into_place(temporary, target)
    except PermissionError as exc:
        raise UserError(
            f"'{target.name}' is geopend in een ander programma; sluit het en probeer opnieuw."
        ) from exc
    except OSError as exc:
        raise UserError(f"Kan '{target}' niet opslaan: {exc.strerror or exc}.") from exc
