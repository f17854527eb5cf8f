"""Hostile and broken workbooks are refused before any XML parser expands them."""

from __future__ import annotations

import tracemalloc
from pathlib import Path

import openpyxl
import pytest

from competentieplanner.import_export.tables import open_table
from competentieplanner.import_export.workbook_guard import UnreadableFileError, check_workbook
from tests.import_export import hostile


def _refusal(path: Path) -> tuple[str, int]:
    """The refusal message and the peak traced memory while refusing."""
    tracemalloc.start()
    try:
        with (
            hostile.time_limit(),
            pytest.raises(UnreadableFileError) as caught,
            open_table(path) as table,
        ):
            list(table.rows)
        return str(caught.value), tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


@pytest.mark.parametrize(
    "make",
    [hostile.entity_bomb_shared_strings, hostile.entity_bomb_sheet],
    ids=["strings", "sheet"],
)
def test_entity_bomb_is_refused(tmp_path: Path, make) -> None:  # type: ignore[no-untyped-def]
    message, peak = _refusal(make(tmp_path))
    assert "DOCTYPE/ENTITY" in message
    assert peak < 20 * 1024 * 1024


@pytest.mark.parametrize(
    "make",
    [hostile.entity_bomb_shared_strings, hostile.entity_bomb_sheet],
    ids=["strings", "sheet"],
)
def test_openpyxl_with_lxml_parses_these_parts_through_defusedxml(tmp_path: Path, make) -> None:  # type: ignore[no-untyped-def]
    """Second line of defence, and the reason the guard exists: with lxml installed openpyxl
    reads sheets and shared strings with defusedxml's iterparse (openpyxl.DEFUSEDXML), which
    forbids entities; without defusedxml it would use the standard library parser."""
    from defusedxml import DefusedXmlException

    assert openpyxl.LXML and openpyxl.DEFUSEDXML
    with pytest.raises(ValueError) as caught:
        workbook = openpyxl.load_workbook(make(tmp_path), read_only=True)
        list(workbook.worksheets[0].values)
    assert isinstance(caught.value.__cause__, DefusedXmlException)


def test_zip_bomb_is_refused_without_inflating_it(tmp_path: Path) -> None:
    message, peak = _refusal(hostile.zip_bomb(tmp_path))
    assert "zipbom" in message or "uitgepakt groter" in message
    assert peak < 20 * 1024 * 1024


def test_zip_bomb_with_a_lying_size_is_refused(tmp_path: Path) -> None:
    message, peak = _refusal(hostile.lying_zip_bomb(tmp_path))
    assert "lying-zipbomb.xlsx" in message
    assert peak < 20 * 1024 * 1024


def test_zip_bomb_caps(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The actual bytes produced while decompressing are capped, not only the declared size."""
    from competentieplanner.import_export import workbook_guard

    path = hostile.staff_workbook(tmp_path / "ok.xlsx")
    scan = check_workbook(path)
    monkeypatch.setattr(workbook_guard, "MAX_TOTAL_BYTES", scan.uncompressed_bytes - 1)
    with pytest.raises(UnreadableFileError, match="uitgepakt groter"):
        check_workbook(path)


def test_password_protected_workbook(tmp_path: Path) -> None:
    message, _ = _refusal(hostile.password_protected(tmp_path))
    assert "beveiligd met een wachtwoord" in message


def test_old_xls_is_not_mistaken_for_a_password(tmp_path: Path) -> None:
    path = hostile.password_protected(tmp_path)
    data = path.read_bytes()
    for name in ("EncryptionInfo", "EncryptedPackage"):
        encoded = name.encode("utf-16-le")
        data = data.replace(encoded, "Workbook".encode("utf-16-le").ljust(len(encoded), b"\0"))
    path.write_bytes(data)
    message, _ = _refusal(path)
    assert "oud Excel-bestand (.xls)" in message


@pytest.mark.parametrize(
    "make", [hostile.not_a_workbook, hostile.text_renamed], ids=["pdf", "text"]
)
def test_not_a_workbook(tmp_path: Path, make) -> None:  # type: ignore[no-untyped-def]
    message, _ = _refusal(make(tmp_path))
    assert "is geen Excel-werkmap" in message


def test_zip_that_is_not_a_workbook(tmp_path: Path) -> None:
    message, _ = _refusal(hostile.zip_without_workbook(tmp_path))
    assert "geen Excel-werkmap" in message


def test_spoofed_dimension_reads_only_real_rows(tmp_path: Path) -> None:
    path = hostile.spoofed_dimension(tmp_path)
    tracemalloc.start()
    try:
        with hostile.time_limit(), open_table(path) as table:
            rows = list(table.rows)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert [len(values) for _, values in rows] == [5, 5, 5, 5]
    assert [number for number, _ in rows] == [1, 2, 3, 4]
    assert peak < 20 * 1024 * 1024


def test_formula_cells_without_cached_value_are_found(tmp_path: Path) -> None:
    with open_table(hostile.formula_without_value(tmp_path)) as table:
        assert table.uncached_formulas == {"E3"}
    cached = hostile.formula_without_value(tmp_path, cached="Wmo-consulent")
    with open_table(cached) as table:
        assert table.uncached_formulas == frozenset()
        assert [v for _, v in table.rows][2][4] == "Wmo-consulent"


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(UnreadableFileError, match="bestaat niet"):
        check_workbook(tmp_path / "weg.xlsx")
