"""Read a sheet of an .xlsx workbook or a .csv file as numbered rows of raw values.

Workbooks pass ``workbook_guard`` first, then openpyxl reads them in read-only mode with cached
values (``data_only``). The sheet's declared dimension is discarded (a spoofed
``<dimension ref="A1:XFD1048576"/>`` would otherwise make openpyxl pad every row to 16,384
cells and append a million empty rows); rows are as wide as their data, capped at
``MAX_COLUMNS``. Row numbers are the sheet's own, so messages point at the right cell.
"""

from __future__ import annotations

import csv
import io
import math
import warnings
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl.utils import get_column_letter

from competentieplanner.domain.errors import UserError
from competentieplanner.domain.text import normalise
from competentieplanner.import_export.workbook_guard import (
    UnreadableFileError,
    WorkbookScan,
    check_workbook,
    require_regular_file,
)

MAX_COLUMNS = 256
MAX_DATA_ROWS = 50_000
MAX_CSV_BYTES = 64 * 1024 * 1024
#: Excel's own limit for one cell; a longer CSV field is no staff or assessment data.
MAX_CSV_FIELD_CHARS = 32_767
CSV_SUFFIXES = (".csv", ".txt")

Row = tuple[Any, ...]


@dataclass
class Table:
    """Rows of one sheet: ``rows`` yields (row number, values); close when done."""

    file_name: str
    sheet: str
    rows: Iterator[tuple[int, Row]]
    uncached_formulas: frozenset[str] = field(default_factory=frozenset)
    merged_cells: tuple[str, ...] = ()  # merged ranges of the sheet, e.g. "B1:C1"
    is_csv: bool = False
    _closer: Any = None

    def close(self) -> None:
        if self._closer is not None:
            self._closer()
            self._closer = None

    def __enter__(self) -> Table:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()


def open_table(path: Path, sheet: str | None = None) -> Table:
    """Open ``path`` (.xlsx or .csv) and return the rows of ``sheet`` (default: the first
    visible one; a hidden first sheet is what nobody sees in Excel).

    Raises:
        UserError: the file is missing, hostile, broken or has no such sheet.
    """
    if path.suffix.lower() in CSV_SUFFIXES:
        return _open_csv(path)
    return _open_workbook(path, sheet)


def sheet_names(path: Path) -> list[str]:
    """The worksheet names of a workbook (after the same safety checks as ``open_table``)."""
    if path.suffix.lower() in CSV_SUFFIXES:
        require_regular_file(path)
        return [path.stem]
    check_workbook(path)
    workbook = _load(path)
    try:
        return [ws.title for ws in workbook.worksheets if _visible(ws)]
    finally:
        workbook.close()


# -- xlsx ------------------------------------------------------------------------------------
def _load(path: Path) -> Any:
    import openpyxl

    if not openpyxl.DEFUSEDXML:
        raise UserError(
            "De installatie is onvolledig: defusedxml ontbreekt of is uitgeschakeld "
            "(OPENPYXL_DEFUSEDXML); werkmappen worden dan niet geopend."
        )
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # openpyxl warns about unsupported extensions
            return openpyxl.load_workbook(
                path, read_only=True, data_only=True, keep_links=False, keep_vba=False
            )
    except UserError:
        raise
    except Exception as exc:  # openpyxl raises many kinds for a malformed package
        raise UnreadableFileError(
            f"'{path.name}' is beschadigd of geen geldige Excel-werkmap ({type(exc).__name__})."
        ) from exc


def _open_workbook(path: Path, sheet: str | None) -> Table:
    scan = check_workbook(path)
    workbook = _load(path)
    try:
        worksheets = list(workbook.worksheets)
        if not worksheets:
            raise UnreadableFileError(f"'{path.name}' bevat geen werkbladen.")
        if sheet is None:
            visible = [w for w in worksheets if _visible(w)]
            if not visible:
                raise UnreadableFileError(f"'{path.name}' bevat geen zichtbare werkbladen.")
            ws = visible[0]
        else:
            wanted = normalise(sheet).strip().casefold()
            matches = [w for w in worksheets if w.title == sheet] or [
                w for w in worksheets if normalise(w.title).strip().casefold() == wanted
            ]
            if not matches:
                known = ", ".join(f"'{w.title}'" for w in worksheets if _visible(w))
                raise UserError(
                    f"'{path.name}' heeft geen werkblad '{sheet}'. Werkbladen: {known}."
                )
            ws = matches[0]
        if not hasattr(ws, "reset_dimensions"):
            raise UnreadableFileError(f"Werkblad '{ws.title}' in '{path.name}' is geen tabel.")
        ws.reset_dimensions()
        uncached = _uncached_formulas(path, scan, ws)
    except BaseException:
        workbook.close()
        raise
    return Table(
        file_name=path.name,
        sheet=ws.title,
        rows=_workbook_rows(path, ws),
        uncached_formulas=uncached,
        merged_cells=scan.merged_cells.get(getattr(ws, "_worksheet_path", ""), ()),
        _closer=workbook.close,
    )


def _visible(ws: Any) -> bool:
    """Not 'hidden' and not 'veryHidden' (only reachable through VBA)."""
    return getattr(ws, "sheet_state", "visible") == "visible"


def _workbook_rows(path: Path, ws: Any) -> Iterator[tuple[int, Row]]:
    name = path.name
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            for number, values in enumerate(ws.iter_rows(values_only=True), start=1):
                if type(values) is not tuple:  # openpyxl yields [] for a missing row
                    values = tuple(values)
                if len(values) > MAX_COLUMNS:
                    values = values[:MAX_COLUMNS]
                yield number, values
    except UserError:
        raise
    except Exception as exc:
        bad = _first_bad_number(path, getattr(ws, "_worksheet_path", None))
        if bad is not None:
            ref, text = bad
            row = ref.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
            raise UnreadableFileError(
                f"'{name}', werkblad '{ws.title}', rij {row}, kolom {ref[: -len(row)]}: de "
                f"getalcel {ref} bevat '{text[:20]}', geen getal (NaN of oneindig?). Vul een "
                "getal in of maak de cel leeg."
            ) from exc
        raise UnreadableFileError(
            f"'{name}' is beschadigd: werkblad '{ws.title}' kan niet worden gelezen "
            f"({type(exc).__name__})."
        ) from exc


def _first_bad_number(path: Path, part: str | None) -> tuple[str, str] | None:
    """The first numeric cell whose stored value is no finite number ('NaN', 'INF'), as
    (reference, text); openpyxl fails on those without saying where. Only run after a failure."""
    if part is None:
        return None
    from lxml import etree  # type: ignore[import-untyped]

    main = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
    with zipfile.ZipFile(path) as archive, archive.open(part) as source:
        for _, cell in etree.iterparse(
            source, events=("end",), tag=f"{main}c", resolve_entities=False, no_network=True
        ):
            value = cell.find(f"{main}v")
            if cell.get("t", "n") == "n" and value is not None and value.text:
                try:
                    finite = math.isfinite(float(value.text))
                except ValueError:
                    finite = False
                if not finite:
                    return str(cell.get("r", "")), value.text
            cell.clear(keep_tail=True)
    return None


def _uncached_formulas(path: Path, scan: WorkbookScan, ws: Any) -> frozenset[str]:
    """Cells of ``ws`` whose formula has no stored result (data_only would read them as empty)."""
    part = getattr(ws, "_worksheet_path", None)
    parts = [part] if part in scan.formula_parts else []
    if part is None:  # openpyxl internals changed: check every sheet that has formulas
        parts = sorted(scan.formula_parts)
    found: set[str] = set()
    if not parts:
        return frozenset()
    from lxml import etree

    main = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
    with zipfile.ZipFile(path) as archive:
        for member in parts:
            with archive.open(member) as source:
                for _, cell in etree.iterparse(
                    source,
                    events=("end",),
                    tag=f"{main}c",
                    resolve_entities=False,
                    no_network=True,
                    huge_tree=False,
                ):
                    formula = cell.find(f"{main}f")
                    if formula is not None:
                        value = cell.find(f"{main}v")
                        if value is None or not (value.text or "").strip():
                            found.add(str(cell.get("r", "")))
                    cell.clear(keep_tail=True)
    return frozenset(found)


# -- csv -------------------------------------------------------------------------------------
def _open_csv(path: Path) -> Table:
    require_regular_file(path)
    too_large = UnreadableFileError(
        f"'{path.name}' is groter dan {MAX_CSV_BYTES // (1024 * 1024)} MB en wordt geweigerd."
    )
    try:
        if path.stat().st_size > MAX_CSV_BYTES:
            raise too_large
        with path.open("rb") as handle:  # capped by what is read, not by what stat said
            data = handle.read(MAX_CSV_BYTES + 1)
        if len(data) > MAX_CSV_BYTES:
            raise too_large
    except FileNotFoundError as exc:
        raise UnreadableFileError(f"Bestand '{path}' bestaat niet.") from exc
    except OSError as exc:
        raise UnreadableFileError(f"Kan '{path.name}' niet lezen: {exc.strerror}.") from exc
    if data.startswith(b"PK\x03\x04") or b"\x00" in data[:4096]:
        raise UnreadableFileError(
            f"'{path.name}' is geen tekstbestand (CSV); kies een .xlsx-bestand of sla op als CSV."
        )
    text = decode_csv(data)
    # The default limit (128 KB) would end a long field in csv.Error without a cell; the
    # whole file is capped anyway, and rows() names the cell of an over-long field.
    csv.field_size_limit(max(csv.field_size_limit(), MAX_CSV_BYTES))
    delimiter = sniff_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)

    def rows() -> Iterator[tuple[int, Row]]:
        try:
            for number, record in enumerate(reader, start=1):
                for index, value in enumerate(record[:MAX_COLUMNS]):
                    if len(value) > MAX_CSV_FIELD_CHARS:
                        raise UnreadableFileError(
                            f"'{path.name}', rij {number}, kolom {get_column_letter(index + 1)}: "
                            f"het veld is {_dutch_count(len(value))} tekens lang; meer dan "
                            f"{_dutch_count(MAX_CSV_FIELD_CHARS)} (de grens van Excel) wordt "
                            "geweigerd."
                        )
                yield number, tuple(record[:MAX_COLUMNS])
        except csv.Error as exc:
            raise UnreadableFileError(
                f"'{path.name}' is geen geldig CSV-bestand (rij {reader.line_num}): {exc}."
            ) from exc

    return Table(file_name=path.name, sheet=path.stem, rows=rows(), is_csv=True)


def _dutch_count(number: int) -> str:
    return f"{number:,}".replace(",", ".")


def decode_csv(data: bytes) -> str:
    """UTF-8 with or without BOM, else Windows-1252 (what Dutch Excel writes as 'CSV')."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="strict")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError as exc:
        raise UserError(
            "Het CSV-bestand heeft een onbekende tekencodering; sla het op als 'CSV UTF-8'."
        ) from exc


def sniff_delimiter(text: str) -> str:
    """';' or ',' (or tab): the one that splits the first lines into the most consistent fields."""
    sample = [line for line in text.splitlines()[:30] if line.strip()]
    best, best_score = ";", (0, 0)
    for delimiter in (";", ",", "\t"):
        widths = [len(r) for r in csv.reader(sample, delimiter=delimiter)]
        wide = [w for w in widths if w > 1]
        if not wide:
            continue
        common = max(set(wide), key=wide.count)
        score = (wide.count(common) * (common > 1), common)
        if score > best_score:
            best, best_score = delimiter, score
    return best
