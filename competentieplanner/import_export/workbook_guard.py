"""Refuse hostile or broken workbooks before openpyxl opens them.

An .xlsx file is a zip of XML parts. Before any XML parser sees it we check, with bounded memory
and time:

- the file is a zip at all (a PDF or text file renamed .xlsx is not), and not an OLE2 container
  (a password-protected workbook is an encrypted OLE2 file; so is the old .xls format);
- no zip bomb: member count, declared sizes, compression ratio and the bytes actually produced
  while decompressing in chunks all stay under caps;
- no XML part declares a DOCTYPE or ENTITY (entity bombs such as "billion laughs"). openpyxl
  parses sheets and shared strings with defusedxml's iterparse and other parts with lxml without
  entity resolution; this scan refuses such files outright, independent of parser details;
- which worksheets contain formulas, so the reader can look for formulas without a cached value.
"""

from __future__ import annotations

import re
import stat
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path

from competentieplanner.domain.errors import UserError

MAX_MEMBERS = 2_000
MAX_TOTAL_BYTES = 256 * 1024 * 1024  # uncompressed, all members together
MAX_RATIO = 200  # uncompressed / compressed, for members above RATIO_MIN_BYTES
RATIO_MIN_BYTES = 1024 * 1024
CHUNK = 1024 * 1024

OLE2_SIGNATURE = bytes.fromhex("D0CF11E0A1B11AE1")
ZIP_SIGNATURES = (b"PK\x03\x04", b"PK\x05\x06")
#: Streams of an encrypted Office file (MS-OFFCRYPTO), as UTF-16LE directory entry names.
_ENCRYPTED_STREAMS = ("EncryptedPackage".encode("utf-16-le"), "EncryptionInfo".encode("utf-16-le"))
_OLE_SCAN_BYTES = 64 * 1024 * 1024

_FORBIDDEN = tuple(
    marker.encode(encoding)
    for marker in ("<!DOCTYPE", "<!ENTITY")
    for encoding in ("ascii", "utf-16-le", "utf-16-be")
)
_OVERLAP = max(len(m) for m in _FORBIDDEN)
_FORMULA = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?f[\s>/]")
_MERGE_CELL = re.compile(
    rb"<(?:[A-Za-z_][\w.-]*:)?mergeCell\s+ref=[\"']([A-Z]+[0-9]+:[A-Z]+[0-9]+)"
)
_MERGE_OVERLAP = 64
_XML_SUFFIXES = (".xml", ".rels", ".vml")


class UnreadableFileError(UserError):
    """The file is not a workbook we can read safely; the message says why, in Dutch."""


@dataclass(frozen=True)
class WorkbookScan:
    """What the guard learned; ``formula_parts`` are zip member names of sheets with formulas."""

    members: int
    uncompressed_bytes: int
    formula_parts: frozenset[str] = field(default_factory=frozenset)
    #: zip member name -> merged cell ranges ("B1:C1") of that sheet
    merged_cells: dict[str, tuple[str, ...]] = field(default_factory=dict)


def require_regular_file(path: Path) -> None:
    """Refuse anything but a regular file (after following symlinks) before opening it: a FIFO
    would block the read forever, /dev/zero or /dev/urandom would never end."""
    try:
        info = path.stat()
    except FileNotFoundError as exc:
        raise UnreadableFileError(f"Bestand '{path}' bestaat niet.") from exc
    except OSError as exc:
        raise UnreadableFileError(f"Kan '{path.name}' niet lezen: {exc.strerror}.") from exc
    if stat.S_ISDIR(info.st_mode):
        raise UnreadableFileError(f"'{path}' is een map, geen bestand.")
    if not stat.S_ISREG(info.st_mode):
        raise UnreadableFileError(
            f"'{path.name}' is geen gewoon bestand (maar bijvoorbeeld een apparaat of pipe) en "
            "wordt niet gelezen."
        )


def check_workbook(path: Path) -> WorkbookScan:
    """Raise UnreadableFileError unless ``path`` is a zip-based workbook that is safe to parse."""
    name = path.name
    require_regular_file(path)
    try:
        with path.open("rb") as handle:
            head = handle.read(8)
    except FileNotFoundError as exc:
        raise UnreadableFileError(f"Bestand '{path}' bestaat niet.") from exc
    except IsADirectoryError as exc:
        raise UnreadableFileError(f"'{path}' is een map, geen bestand.") from exc
    except OSError as exc:
        raise UnreadableFileError(f"Kan '{name}' niet lezen: {exc.strerror}.") from exc
    if head == OLE2_SIGNATURE:
        _refuse_ole2(path)
    if not head.startswith(ZIP_SIGNATURES):
        raise UnreadableFileError(
            f"'{name}' is geen Excel-werkmap (.xlsx). Open het in Excel en kies "
            "'Opslaan als' > 'Excel-werkmap'."
        )
    try:
        with zipfile.ZipFile(path) as archive:
            return _scan_archive(archive, name)
    except zipfile.BadZipFile as exc:
        raise UnreadableFileError(
            f"'{name}' is geen Excel-werkmap of is beschadigd (het zip-bestand is ongeldig)."
        ) from exc
    except (zlib.error, EOFError, NotImplementedError) as exc:
        raise UnreadableFileError(f"'{name}' is beschadigd en kan niet worden gelezen.") from exc


def _refuse_ole2(path: Path) -> None:
    """An OLE2 file is either an encrypted workbook or an old-format .xls: say which."""
    tail = b""
    read = 0
    with path.open("rb") as handle:
        while read < _OLE_SCAN_BYTES:
            chunk = handle.read(CHUNK)
            if not chunk:
                break
            read += len(chunk)
            window = tail + chunk
            if any(marker in window for marker in _ENCRYPTED_STREAMS):
                raise UnreadableFileError(
                    f"'{path.name}' is beveiligd met een wachtwoord. Open het in Excel, haal het "
                    "wachtwoord weg (Bestand > Info > Werkmap beveiligen) en sla het opnieuw op."
                )
            tail = window[-64:]
    raise UnreadableFileError(
        f"'{path.name}' is een oud Excel-bestand (.xls) of een ander Office-bestand. Open het in "
        "Excel en sla het op als Excel-werkmap (.xlsx)."
    )


def _scan_archive(archive: zipfile.ZipFile, name: str) -> WorkbookScan:
    infos = archive.infolist()
    if len(infos) > MAX_MEMBERS:
        raise UnreadableFileError(
            f"'{name}' bevat {len(infos)} onderdelen; meer dan {MAX_MEMBERS} wordt geweigerd."
        )
    names = {info.filename for info in infos}
    if "xl/workbook.xml" not in names and "xl/workbook.bin" not in names:
        raise UnreadableFileError(
            f"'{name}' is geen Excel-werkmap (.xlsx): er zit geen werkmap in het bestand."
        )
    if "xl/workbook.bin" in names:
        raise UnreadableFileError(
            f"'{name}' is een binaire Excel-werkmap (.xlsb). Sla het op als Excel-werkmap (.xlsx)."
        )
    declared = 0
    for info in infos:
        if info.flag_bits & 0x1:
            raise UnreadableFileError(f"'{name}' is beveiligd met een wachtwoord.")
        declared += info.file_size
        _check_ratio(name, info.file_size, info.compress_size)
    if declared > MAX_TOTAL_BYTES:
        raise _too_large(name)
    total = 0
    formula_parts: set[str] = set()
    merged: dict[str, tuple[str, ...]] = {}
    for info in infos:
        if info.is_dir():
            continue
        produced, has_formula, ranges = _scan_member(
            archive, info, name, MAX_TOTAL_BYTES - total
        )
        total += produced
        if has_formula:
            formula_parts.add(info.filename)
        if ranges:
            merged[info.filename] = ranges
    return WorkbookScan(len(infos), total, frozenset(formula_parts), merged)


def _check_ratio(name: str, uncompressed: int, compressed: int) -> None:
    if uncompressed > RATIO_MIN_BYTES and uncompressed > MAX_RATIO * max(compressed, 1):
        raise UnreadableFileError(
            f"'{name}' pakt verdacht sterk uit (een 'zipbom'); het bestand wordt geweigerd."
        )


def _too_large(name: str) -> UnreadableFileError:
    return UnreadableFileError(
        f"'{name}' is uitgepakt groter dan {MAX_TOTAL_BYTES // (1024 * 1024)} MB; dat is te "
        "groot voor een personeels- of beoordelingslijst. Het bestand wordt geweigerd."
    )


def _scan_member(
    archive: zipfile.ZipFile, info: zipfile.ZipInfo, name: str, budget: int
) -> tuple[int, bool, tuple[str, ...]]:
    """Decompress one member in chunks; return bytes produced, whether it holds formulas and
    (for a sheet) its merged cell ranges."""
    is_xml = info.filename.lower().endswith(_XML_SUFFIXES)
    is_sheet = is_xml and info.filename.startswith("xl/worksheets/")
    produced = 0
    has_formula = False
    ranges: dict[str, None] = {}  # ordered set: a range in the overlap is seen twice
    tail = b""
    with archive.open(info) as member:
        while True:
            chunk = member.read(CHUNK)
            if not chunk:
                break
            produced += len(chunk)
            if produced > budget:
                raise _too_large(name)
            _check_ratio(name, produced, info.compress_size)
            if not is_xml:
                continue
            window = tail + chunk
            for marker in _FORBIDDEN:
                if marker in window:
                    raise UnreadableFileError(
                        f"'{name}' bevat XML-entiteitsdefinities (DOCTYPE/ENTITY). Excel maakt "
                        "die nooit; het bestand kan kwaadaardig zijn en wordt geweigerd."
                    )
            if is_sheet and not has_formula and _FORMULA.search(window):
                has_formula = True
            if is_sheet and b"mergeCell" in window:
                for match in _MERGE_CELL.finditer(window):
                    ranges.setdefault(match.group(1).decode("ascii"))
            tail = window[-max(_OVERLAP, _MERGE_OVERLAP) :]
    return produced, has_formula, tuple(ranges)
