"""`budget`: a unit's training budget for a year, as one amount or per quarter, against what its
plans spend; mixing a year budget with quarter budgets is refused."""

from __future__ import annotations

import json
import sqlite3
from decimal import Decimal
from pathlib import Path

import pytest

from competentieplanner.cli import main
from competentieplanner.persistence.database import Database
from competentieplanner.services import organisation_overview
from tests.unit_of_work_support import call

YEAR = 2027


def _json(capsys: pytest.CaptureFixture[str], *argv: str) -> list[dict[str, object]]:
    capsys.readouterr()
    assert main(list(argv)) == 0
    return json.loads(capsys.readouterr().out)  # type: ignore[no-any-return]


def _unit_without_budget(path: Path) -> str:
    with sqlite3.connect(path) as conn:
        row = conn.execute(
            "SELECT name FROM org_unit WHERE id NOT IN (SELECT unit_id FROM budget WHERE year = ?)"
            " ORDER BY name LIMIT 1",
            (YEAR,),
        ).fetchone()
    assert row is not None
    return str(row[0])


def test_quarter_budgets_are_set_listed_and_removed(
    demo_db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(demo_db_path)
    unit = _unit_without_budget(demo_db_path)
    for quarter, amount in (("K1", "1000"), ("2", "1500,50"), ("Q3", "0")):
        assert (
            main(
                [
                    "budget",
                    "set",
                    unit,
                    "--year",
                    str(YEAR),
                    "--amount",
                    amount,
                    "--quarter",
                    quarter,
                    "--database",
                    db,
                ]
            )
            == 0
        )
    # changing one quarter again updates that row (its version is looked up)
    assert (
        main(
            [
                "budget",
                "set",
                unit,
                "--year",
                str(YEAR),
                "--amount",
                "1200",
                "--quarter",
                "K1",
                "--database",
                db,
            ]
        )
        == 0
    )
    lines = [
        line
        for line in _json(
            capsys, "budget", "--year", str(YEAR), "--format", "json", "--database", db
        )
        if line["unit"] == unit
    ]
    assert [(line["quarter"], Decimal(str(line["amount"]))) for line in lines] == [
        (1, Decimal("1200")),
        (2, Decimal("1500.50")),
        (3, Decimal("0")),
    ]
    assert all(
        set(line) == {"unit", "year", "quarter", "amount", "planned", "over"} for line in lines
    )
    # a year budget beside quarter budgets is refused with a Dutch message, exit code 1
    capsys.readouterr()
    assert (
        main(["budget", "set", unit, "--year", str(YEAR), "--amount", "5000", "--database", db])
        == 1
    )
    assert "per kwartaal" in capsys.readouterr().err
    assert (
        main(["budget", "remove", unit, "--year", str(YEAR), "--quarter", "K3", "--database", db])
        == 0
    )
    left = [
        line["quarter"]
        for line in _json(
            capsys, "budget", "--year", str(YEAR), "--format", "json", "--database", db
        )
        if line["unit"] == unit
    ]
    assert left == [1, 2]


def test_a_bad_quarter_names_the_value(
    demo_db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    unit = _unit_without_budget(demo_db_path)
    capsys.readouterr()
    assert (
        main(
            [
                "budget",
                "set",
                unit,
                "--year",
                str(YEAR),
                "--amount",
                "10",
                "--quarter",
                "K5",
                "--database",
                str(demo_db_path),
            ]
        )
        == 1
    )
    assert "'K5'" in capsys.readouterr().err


def test_a_year_budget_counts_the_planned_cost_of_the_whole_year(
    demo_db: Database, demo_db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(demo_db_path)
    planned = call(demo_db, organisation_overview.planned_per_quarter, YEAR)
    unit, quarters = next((u, q) for u, q in sorted(planned.items()) if sum(q) > 0)
    total = sum(quarters, Decimal("0"))
    assert (
        main(["budget", "set", unit, "--year", str(YEAR), "--amount", "1", "--database", db]) == 0
    )
    line = next(
        line
        for line in _json(
            capsys, "budget", "--year", str(YEAR), "--format", "json", "--database", db
        )
        if line["unit"] == unit
    )
    assert line["quarter"] is None and Decimal(str(line["amount"])) == 1
    assert Decimal(str(line["planned"])) == total and line["over"] is True
