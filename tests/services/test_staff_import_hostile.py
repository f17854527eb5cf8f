"""Hostile and broken staff files: a clear Dutch refusal, bounded memory, database unchanged."""

from __future__ import annotations

import tracemalloc
from collections.abc import Callable
from pathlib import Path

import pytest

from competentieplanner.domain.errors import UserError, ValidationError
from competentieplanner.persistence.database import Database
from competentieplanner.services.staff_import import import_staff
from tests.import_export import hostile
from tests.unit_of_work_support import call

MEMORY_BOUND = 64 * 1024 * 1024

CASES: list[tuple[str, Callable[[Path], Path], str]] = [
    ("entity-bomb-shared-strings", hostile.entity_bomb_shared_strings, "DOCTYPE/ENTITY"),
    ("entity-bomb-sheet", hostile.entity_bomb_sheet, "DOCTYPE/ENTITY"),
    ("zip-bomb", hostile.zip_bomb, "groter dan 256 MB"),
    ("zip-bomb-lying-size", hostile.lying_zip_bomb, "beschadigd"),
    ("password", hostile.password_protected, "beveiligd met een wachtwoord"),
    ("pdf-renamed", hostile.not_a_workbook, "is geen Excel-werkmap"),
    ("text-renamed", hostile.text_renamed, "is geen Excel-werkmap"),
    (
        "formula-without-value",
        hostile.formula_without_value,
        "cel E3 bevat een formule zonder berekende waarde",
    ),
]


def _import_refused(db: Database, path: Path) -> tuple[UserError, int]:
    tracemalloc.start()
    try:
        with hostile.time_limit(), pytest.raises(UserError) as caught:
            call(db, import_staff, path)
        return caught.value, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


@pytest.mark.parametrize(("make", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_refused_and_database_unchanged(
    demo_db: Database, tmp_path: Path, make: Callable[[Path], Path], expected: str
) -> None:
    path = make(tmp_path)
    before = hostile.fingerprint(demo_db.file)  # type: ignore[arg-type]
    error, peak = _import_refused(demo_db, path)
    assert expected in str(error)
    assert path.name in str(error)
    assert peak < MEMORY_BOUND
    assert hostile.fingerprint(demo_db.file) == before  # type: ignore[arg-type]


def test_formula_problem_names_the_cell(empty_db: Database, tmp_path: Path) -> None:
    with pytest.raises(ValidationError) as caught:
        call(empty_db, import_staff, hostile.formula_without_value(tmp_path))
    [problem] = caught.value.problems
    assert (problem.row, problem.column, problem.header) == (3, "E", "Functie")


def test_formula_with_cached_value_is_read(empty_db: Database, tmp_path: Path) -> None:
    result = call(
        empty_db, import_staff, hostile.formula_without_value(tmp_path, cached="Wmo-consulent")
    )
    assert result.new == 3


def test_spoofed_dimension_imports_the_real_rows(empty_db: Database, tmp_path: Path) -> None:
    tracemalloc.start()
    try:
        with hostile.time_limit():
            result = call(empty_db, import_staff, hostile.spoofed_dimension(tmp_path))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert result.new == 3
    assert peak < MEMORY_BOUND


@pytest.mark.slow
def test_more_than_50000_rows(empty_db: Database, tmp_path: Path) -> None:
    path = hostile.too_many_rows(tmp_path)
    before = hostile.fingerprint(empty_db.file)  # type: ignore[arg-type]
    error, _ = _import_refused(empty_db, path)
    assert "meer dan 50.000 rijen" in str(error)
    assert hostile.fingerprint(empty_db.file) == before  # type: ignore[arg-type]


def test_more_than_50000_rows_in_csv(empty_db: Database, tmp_path: Path) -> None:
    path = tmp_path / "groot.csv"
    lines = ["Personeelsnummer;Achternaam;Functie"] + [
        f"{n};Jansen;Adviseur" for n in range(50_001)
    ]
    path.write_text("\n".join(lines), encoding="utf-8")
    before = hostile.fingerprint(empty_db.file)  # type: ignore[arg-type]
    error, _ = _import_refused(empty_db, path)
    assert "meer dan 50.000 rijen" in str(error)
    assert hostile.fingerprint(empty_db.file) == before  # type: ignore[arg-type]


def test_unknown_sheet(empty_db: Database, tmp_path: Path) -> None:
    path = hostile.staff_workbook(tmp_path / "ok.xlsx")
    with pytest.raises(UserError, match="geen werkblad 'Blad9'. Werkbladen: 'Personeel'"):
        call(empty_db, import_staff, path, sheet="Blad9")
    assert call(empty_db, import_staff, path, sheet="personeel").new == 3
