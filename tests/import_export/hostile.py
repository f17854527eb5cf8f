"""Generators of hostile and broken input files, built from real workbooks where possible.

Each function writes one file and returns its path. Nothing here is a mock: the files are what
an attacker or a broken export would really hand the importer.
"""

from __future__ import annotations

import hashlib
import signal
import sqlite3
import struct
import zipfile
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import openpyxl

STAFF_HEADER = ["Personeelsnummer", "Voornaam", "Achternaam", "Afdeling", "Functie"]
STAFF_ROWS = [
    ["9001", "Anouk", "Visser", "Sociaal Domein", "Beleidsadviseur"],
    ["9002", "Bram", "Smit", "Sociaal Domein", "Wmo-consulent"],
    ["9003", "Chantal", "Mulder", "Sociaal Domein", "Jeugdconsulent"],
]


def fingerprint(db_file: Path) -> str:
    """A hash of every row of every table (read through SQLite, so the WAL counts too)."""
    connection = sqlite3.connect(db_file)
    try:
        digest = hashlib.sha256()
        for line in connection.iterdump():
            digest.update(line.encode("utf-8"))
        return digest.hexdigest()
    finally:
        connection.close()


@contextmanager
def time_limit(seconds: int = 600) -> Iterator[None]:
    """Fail instead of hanging on a hostile file: a liveness bound, not a speed measurement."""

    def expired(*_: object) -> None:
        raise TimeoutError(f"the importer was still busy after {seconds} s")

    previous = signal.signal(signal.SIGALRM, expired)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


BILLION_LAUGHS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<!DOCTYPE lolz [\n <!ENTITY lol "lol">\n'
    + "".join(
        f' <!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">\n'
        for i in range(1, 10)
    )
    + "]>\n"
)


def staff_workbook(
    path: Path, rows: Sequence[Sequence[Any]] = STAFF_ROWS, *, shared_strings: bool = True
) -> Path:
    """A small, valid staff workbook; with shared strings as Excel saves it."""
    workbook = openpyxl.Workbook()
    ws = workbook.active
    ws.title = "Personeel"
    ws.append(STAFF_HEADER)
    for row in rows:
        ws.append(list(row))
    if not shared_strings:
        workbook.save(path)
        return path
    inline = path.with_name(path.stem + "-inline.xlsx")
    workbook.save(inline)
    with_shared_strings(inline, path)
    inline.unlink()
    return path


def with_shared_strings(source: Path, target: Path) -> Path:
    """Copy an openpyxl workbook, moving its inline strings into xl/sharedStrings.xml as Excel
    saves them (openpyxl 3.1 writes inline strings; Excel and LibreOffice use shared ones).
    A sheet without a <dimension> (openpyxl's write-only mode omits it) gets one, as Excel
    always writes it: without it openpyxl's read-only mode parses the whole sheet an extra
    time just to find the size."""
    from lxml import etree

    main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    strings: dict[str, int] = {}
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info)
            name = info.filename
            if name.startswith("xl/worksheets/sheet"):
                root = etree.fromstring(data)
                if root.find(f"{{{main}}}dimension") is None:
                    refs = [c.get("r") for c in root.iter(f"{{{main}}}c")]
                    if refs:
                        from openpyxl.utils.cell import coordinate_to_tuple, get_column_letter

                        rows, cols = zip(*(coordinate_to_tuple(ref) for ref in refs), strict=True)
                        dimension = etree.Element(f"{{{main}}}dimension")
                        dimension.set("ref", f"A1:{get_column_letter(max(cols))}{max(rows)}")
                        position = 1 if root.find(f"{{{main}}}sheetPr") is not None else 0
                        root.insert(position, dimension)
                for cell in root.iter(f"{{{main}}}c"):
                    if cell.get("t") != "inlineStr":
                        continue
                    value = "".join(cell.itertext())
                    for child in list(cell):
                        cell.remove(child)
                    cell.set("t", "s")
                    etree.SubElement(cell, f"{{{main}}}v").text = str(
                        strings.setdefault(value, len(strings))
                    )
                data = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
            elif name == "[Content_Types].xml":
                data = data.replace(
                    b"</Types>",
                    b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
                    b'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
                )
            elif name == "xl/_rels/workbook.xml.rels":
                data = data.replace(
                    b"</Relationships>",
                    b'<Relationship Id="rIdSharedStrings" Type="http://schemas.openxmlformats.org/'
                    b'officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
                    b"</Relationships>",
                )
            dst.writestr(info, data, compress_type=zipfile.ZIP_DEFLATED)
        table = etree.Element(f"{{{main}}}sst", nsmap={None: main})
        table.set("count", str(len(strings)))
        table.set("uniqueCount", str(len(strings)))
        for value in strings:
            item = etree.SubElement(table, f"{{{main}}}si")
            etree.SubElement(item, f"{{{main}}}t").text = value
        dst.writestr(
            "xl/sharedStrings.xml",
            etree.tostring(table, xml_declaration=True, encoding="UTF-8", standalone=True),
        )
    return target


def rewrite_member(
    source: Path, target: Path, member: str, change: Callable[[bytes], bytes]
) -> Path:
    """Copy a zip, passing one member's bytes through ``change``."""
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == member:
                data = change(data)
            dst.writestr(info, data, compress_type=zipfile.ZIP_DEFLATED)
    return target


def entity_bomb_shared_strings(folder: Path) -> Path:
    """Billion laughs in xl/sharedStrings.xml: 10^9 'lol's if an XML parser expands it."""
    plain = staff_workbook(folder / "plain.xlsx")

    def bomb(data: bytes) -> bytes:
        body = data.decode("utf-8").split("?>", 1)[-1]
        assert "<t>Anouk</t>" in body
        body = body.replace("<t>Anouk</t>", "<t>&lol9;</t>", 1)
        return (BILLION_LAUGHS + body.lstrip()).encode("utf-8")

    return rewrite_member(plain, folder / "bomb-strings.xlsx", "xl/sharedStrings.xml", bomb)


def entity_bomb_sheet(folder: Path) -> Path:
    """Billion laughs declared in the worksheet XML, used in an inline string."""
    plain = staff_workbook(folder / "plain.xlsx")

    def bomb(data: bytes) -> bytes:
        body = data.decode("utf-8").split("?>", 1)[-1]
        body = body.replace(
            "</sheetData>",
            '<row r="9"><c r="A9" t="inlineStr"><is><t>&lol9;</t></is></c></row></sheetData>',
        )
        return (BILLION_LAUGHS + body.lstrip()).encode("utf-8")

    return rewrite_member(plain, folder / "bomb-sheet.xlsx", "xl/worksheets/sheet1.xml", bomb)


def zip_bomb(folder: Path, size: int = 300 * 1024 * 1024) -> Path:
    """A real workbook plus a member that inflates to ``size`` bytes of zeros (about 0.3 MB
    compressed). Written in chunks, so making it needs little memory."""
    plain = staff_workbook(folder / "plain.xlsx")
    target = folder / "zipbomb.xlsx"
    with zipfile.ZipFile(plain) as src, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(info, src.read(info), compress_type=zipfile.ZIP_DEFLATED)
        chunk = bytes(1024 * 1024)
        with dst.open(zipfile.ZipInfo("xl/media/image1.bin"), "w") as member:
            for _ in range(size // len(chunk)):
                member.write(chunk)
    return target


def lying_zip_bomb(folder: Path) -> Path:
    """A zip bomb whose central directory declares a tiny size for a member that really inflates
    to 64 MB: the declared-size check passes, only decompressing with a cap catches it."""
    source = zip_bomb(folder, size=64 * 1024 * 1024)
    data = bytearray(source.read_bytes())
    name = b"xl/media/image1.bin"
    central = data.find(b"PK\x01\x02")
    while central != -1:
        name_length = struct.unpack_from("<H", data, central + 28)[0]
        if data[central + 46 : central + 46 + name_length] == name:
            struct.pack_into("<I", data, central + 24, 1000)  # uncompressed size field
            break
        central = data.find(b"PK\x01\x02", central + 4)
    target = folder / "lying-zipbomb.xlsx"
    target.write_bytes(bytes(data))
    return target


def spoofed_dimension(folder: Path) -> Path:
    """A valid three-person list whose sheet claims to span A1:XFD1048576."""
    plain = staff_workbook(folder / "plain.xlsx")

    def spoof(data: bytes) -> bytes:
        text = data.decode("utf-8")
        start = text.index("<dimension")
        end = text.index("/>", start) + 2
        return (text[:start] + '<dimension ref="A1:XFD1048576"/>' + text[end:]).encode("utf-8")

    return rewrite_member(plain, folder / "spoofed.xlsx", "xl/worksheets/sheet1.xml", spoof)


def formula_without_value(folder: Path, *, cached: str | None = None) -> Path:
    """Row 3's Functie cell (E3) is a formula; with ``cached`` it also carries a stored result."""
    rows = [list(r) for r in STAFF_ROWS]
    rows[1][4] = '="Wmo-"&"consulent"'
    path = staff_workbook(folder / "formula.xlsx", rows, shared_strings=False)
    if cached is None:
        return path

    def add_value(data: bytes) -> bytes:
        text = data.decode("utf-8")
        start = text.index('<c r="E3"')
        end = text.index("</c>", start)
        cell = text[start:end]
        formula = cell[cell.index("<f>") : cell.index("</f>") + 4]
        new_cell = f'<c r="E3" t="str">{formula}<v>{cached}</v>'
        return (text[:start] + new_cell + text[end:]).encode("utf-8")

    return rewrite_member(
        path, folder / "formula-cached.xlsx", "xl/worksheets/sheet1.xml", add_value
    )


def too_many_rows(folder: Path, rows: int = 50_001) -> Path:
    workbook = openpyxl.Workbook(write_only=True)
    ws = workbook.create_sheet("Personeel")
    ws.append(["Personeelsnummer", "Achternaam", "Functie"])
    for number in range(rows):
        ws.append([f"P{number:06d}", "Jansen", "Beleidsadviseur"])
    path = folder / "huge.xlsx"
    workbook.save(path)
    return path


def not_a_workbook(folder: Path) -> Path:
    """A PDF renamed to .xlsx."""
    path = folder / "personeel.xlsx"
    path.write_bytes(
        b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
        b"2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
    )
    return path


def text_renamed(folder: Path) -> Path:
    path = folder / "lijst.xlsx"
    path.write_text("Personeelsnummer;Achternaam;Functie\n1;Jansen;Adviseur\n", encoding="utf-8")
    return path


def zip_without_workbook(folder: Path) -> Path:
    """A zip (like a .docx) that is no spreadsheet."""
    path = folder / "document.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<document/>")
    return path


# -- a password-protected workbook: an encrypted package in an OLE2 compound file ------------------
_FREE, _END, _FAT = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD
_NOSTREAM = 0xFFFFFFFF


def _dir_entry(name: str, kind: int, child: int, right: int, start: int, size: int) -> bytes:
    encoded = (name + "\0").encode("utf-16-le") if name else b""
    return struct.pack(
        "<64sHBBIII16sIQQIQ",
        encoded.ljust(64, b"\0"),
        len(encoded),
        kind,
        1,  # black
        _NOSTREAM,  # left sibling
        right,
        child,
        b"\0" * 16,
        0,
        0,
        0,
        start,
        size,
    )


def password_protected(folder: Path) -> Path:
    """An OLE2 compound file (version 3, 512-byte sectors) holding the two streams Office writes
    for a password-protected workbook: EncryptionInfo and EncryptedPackage (MS-OFFCRYPTO).
    Both are at least 4096 bytes, so they live in regular sectors (no mini stream)."""
    info = struct.pack("<HHI", 4, 4, 0x40) + bytes(4096 - 8)  # agile encryption header
    package = struct.pack("<Q", 12_345) + bytes(range(256)) * 32  # size + "ciphertext"
    sector = 512
    info_sectors = -(-len(info) // sector)
    package_sectors = -(-len(package) // sector)
    info_start, package_start = 2, 2 + info_sectors
    fat = [_FAT, _END]
    fat += [info_start + i + 1 for i in range(info_sectors - 1)] + [_END]
    fat += [package_start + i + 1 for i in range(package_sectors - 1)] + [_END]
    fat += [_FREE] * (128 - len(fat))
    header = struct.pack(
        "<8s16sHHHHH6sIIIIIIIII",
        bytes.fromhex("D0CF11E0A1B11AE1"),
        b"\0" * 16,
        0x003E,
        3,
        0xFFFE,
        9,
        6,
        b"\0" * 6,
        0,  # directory sectors (always 0 in version 3)
        1,  # FAT sectors
        1,  # first directory sector
        0,
        4096,  # mini stream cutoff
        _END,  # first mini FAT sector
        0,
        _END,  # first DIFAT sector
        0,
    ) + struct.pack("<109I", 0, *([_FREE] * 108))
    directory = (
        _dir_entry("Root Entry", 5, 1, _NOSTREAM, _END, 0)
        + _dir_entry("EncryptionInfo", 2, _NOSTREAM, 2, info_start, len(info))
        + _dir_entry("EncryptedPackage", 2, _NOSTREAM, _NOSTREAM, package_start, len(package))
        + _dir_entry("", 0, _NOSTREAM, _NOSTREAM, 0, 0)
    )

    def pad(data: bytes) -> bytes:
        return data + bytes(-len(data) % sector)

    path = folder / "beveiligd.xlsx"
    path.write_bytes(header + struct.pack("<128I", *fat) + directory + pad(info) + pad(package))
    return path
