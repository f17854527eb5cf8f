"""Reading generated PDFs back, the way an independent reader does: pypdf for structure (fonts,
outline, metadata, images) and poppler's pdftotext for the text as laid out on the page."""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Iterator
from io import BytesIO
from pathlib import Path
from typing import Any

import pypdf
import pytest


def reader(source: Path | bytes) -> pypdf.PdfReader:
    return pypdf.PdfReader(BytesIO(source) if isinstance(source, bytes) else str(source))


def layout_text(
    path: Path, *, first: int | None = None, last: int | None = None, layout: bool = True
) -> str:
    """The text of the pages as poppler lays it out (``pdftotext -layout``), or in reading
    order with ``layout=False`` (then a wrapped table cell stays together)."""
    if shutil.which("pdftotext") is None:
        pytest.fail("pdftotext (poppler-utils) is not installed; .ci/run installs it")
    command = ["pdftotext", "-enc", "UTF-8"] + (["-layout"] if layout else [])
    if first is not None:
        command += ["-f", str(first)]
    if last is not None:
        command += ["-l", str(last)]
    result = subprocess.run(
        [*command, str(path), "-"], capture_output=True, text=True, check=True, timeout=120
    )
    return result.stdout


def text(path: Path, *, first: int | None = None, last: int | None = None) -> str:
    """The text in drawing order (pypdf) with whitespace folded: a wrapped table cell stays
    together, so names and phrases can be found. Pages ``first``..``last`` count from 1."""
    pages = pages_text(path)
    return flat(" ".join(pages[(first or 1) - 1 : last or len(pages)]))


def flat(text: str) -> str:
    """Whitespace folded to single spaces, so wrapped table cells can be searched."""
    return re.sub(r"\s+", " ", text)


def pages_text(source: Path | bytes) -> list[str]:
    """The text of each page through pypdf (a second, independent extractor)."""
    return [page.extract_text() or "" for page in reader(source).pages]


def _resources(obj: Any) -> Iterator[Any]:
    """Every /Resources dictionary of a page, including those of nested form XObjects."""
    resources = obj.get("/Resources")
    if resources is None:
        return
    resources = resources.get_object()
    yield resources
    for xobject in (resources.get("/XObject") or {}).values():
        xobject = xobject.get_object()
        if xobject.get("/Subtype") == "/Form":
            yield from _resources(xobject)


def fonts(source: Path | bytes) -> dict[str, Any]:
    """BaseFont name -> font dictionary, over every page and form XObject."""
    found: dict[str, Any] = {}
    for page in reader(source).pages:
        for resources in _resources(page):
            for font in (resources.get("/Font") or {}).values():
                font = font.get_object()
                found[str(font.get("/BaseFont"))] = font
    return found


def image_count(source: Path | bytes) -> int:
    count = 0
    for page in reader(source).pages:
        for resources in _resources(page):
            for xobject in (resources.get("/XObject") or {}).values():
                if xobject.get_object().get("/Subtype") == "/Image":
                    count += 1
    return count


def form_names(source: Path | bytes) -> set[str]:
    names: set[str] = set()
    for page in reader(source).pages:
        for resources in _resources(page):
            for name, xobject in (resources.get("/XObject") or {}).items():
                if xobject.get_object().get("/Subtype") == "/Form":
                    names.add(str(name))
    return names


def outline(source: Path | bytes) -> list[tuple[int, str, int]]:
    """(level, title, page number from 1) of every outline entry, in order."""
    pdf = reader(source)
    result: list[tuple[int, str, int]] = []

    def walk(items: list[Any], level: int) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item, level + 1)
            else:
                result.append((level, str(item.title), pdf.get_destination_page_number(item) + 1))

    walk(pdf.outline, 0)
    return result


def content_streams(source: Path | bytes) -> bytes:
    """All page content streams, decoded, concatenated."""
    return b"\n".join(page.get_contents().get_data() for page in reader(source).pages)


def assert_only_embedded_dejavu(source: Path | bytes) -> None:
    """Every font is an embedded DejaVu TrueType subset: no Helvetica, no ZapfDingbats."""
    found = fonts(source)
    assert found, "no fonts at all"
    for name, font in found.items():
        assert "DejaVuSans" in name, f"unexpected font {name}"
        assert "Helvetica" not in name and "ZapfDingbats" not in name and "Symbol" not in name
        descriptor = font["/FontDescriptor"].get_object()
        assert "/FontFile2" in descriptor, f"{name} is not embedded"
