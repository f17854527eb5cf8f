"""formation and workforce on the command line: the issue's JSON shapes on the demo municipality,
optimality, cost bookkeeping, determinism and Dutch refusals."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from competentieplanner.cli import main
from competentieplanner.persistence import repositories as repo
from competentieplanner.services.database import open_database

PLAN_KEYS = {"scenario", "year", "status", "objective", "bound_gap", "profiles", "assignments"}
PROFILE_KEYS = {
    "profile",
    "unit",
    "wanted_fte",
    "ready_now_fte",
    "grown_fte",
    "recruit_fte",
    "training_cost",
    "recruit_cost",
}
ASSIGNMENT_KEYS = {
    "personeelsnummer",
    "to_profile",
    "fit_now",
    "fit_expected",
    "ready_quarter",
    "training_cost",
    "hours",
    "against_direction",
}
CONTRACT_UNIT = "Contractmanagement en Inkoop"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def _set_three(capsys: pytest.CaptureFixture[str], db: str, scenario: str = "Koers 2028") -> None:
    for profile, fte, unit in (
        ("strategisch", "4", None),
        ("aanbieders", "6", CONTRACT_UNIT),
        ("faciliterend", "8", None),
    ):
        extra = ["--unit", unit] if unit else []
        code, _, err = run(
            capsys,
            "--database",
            db,
            "formation",
            "set",
            "--scenario",
            scenario,
            "--year",
            "2028",
            "--profile",
            profile,
            "--fte",
            fte,
            *extra,
        )
        assert code == 0, err


def _staff(path: Path) -> dict[str, tuple[float, str | None]]:
    db = open_database(path)
    try:
        with db.read_session() as session:
            people = repo.load_employees(session)
            below = {
                u.name
                for u in repo.load_units(session)
                if u.name == CONTRACT_UNIT or u.parent == CONTRACT_UNIT
            }
    finally:
        db.dispose()
    return {
        e.personnel_number: (
            e.fte if e.fte is not None else 1.0,
            e.unit if e.unit in below else None,
        )
        for e in people
    }


def _plan(capsys: pytest.CaptureFixture[str], db: str, *extra: str) -> dict[str, object]:
    code, out, err = run(
        capsys,
        "--database",
        db,
        "workforce",
        "plan",
        "--scenario",
        "Koers 2028",
        "--format",
        "json",
        *extra,
    )
    assert code == 0, err
    data = json.loads(out)
    assert isinstance(data, dict)
    return data


def test_optimal_plan_covers_the_formation_and_adds_up(
    demo_db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(demo_db_path)
    _set_three(capsys, db)
    plan = _plan(capsys, db)
    assert set(plan) == PLAN_KEYS
    assert (plan["scenario"], plan["year"], plan["status"]) == ("Koers 2028", 2028, "optimal")
    assert plan["bound_gap"] == 0
    profiles = plan["profiles"]
    assignments = plan["assignments"]
    assert isinstance(profiles, list) and isinstance(assignments, list)
    assert [(p["profile"], p["unit"]) for p in profiles] == [
        ("aanbieders", CONTRACT_UNIT),
        ("faciliterend", None),
        ("strategisch", None),
    ]
    staff = _staff(demo_db_path)
    assert assignments, "the demo municipality has people who can grow"
    assert len({a["personeelsnummer"] for a in assignments}) == len(assignments)
    for row in profiles:
        assert set(row) == PROFILE_KEYS
        mine = [a for a in assignments if a["to_profile"] == row["profile"]]
        for a in mine:
            assert set(a) == ASSIGNMENT_KEYS
            if row["unit"] is not None:  # a unit's line is filled from that unit
                assert staff[a["personeelsnummer"]][1] is not None
            assert (a["ready_quarter"] is None) == (a["training_cost"] == 0 and a["hours"] == 0)
            if a["ready_quarter"] is not None:
                assert a["ready_quarter"] <= "2028-K4"
        ready = sum(staff[a["personeelsnummer"]][0] for a in mine if a["ready_quarter"] is None)
        grown = sum(staff[a["personeelsnummer"]][0] for a in mine if a["ready_quarter"])
        assert row["ready_now_fte"] == pytest.approx(ready)
        assert row["grown_fte"] == pytest.approx(grown)
        assert row["recruit_fte"] == pytest.approx(
            max(0.0, row["wanted_fte"] - ready - grown), abs=1e-9
        )
        assert row["training_cost"] == pytest.approx(sum(a["training_cost"] for a in mine))
    total = sum(a["training_cost"] for a in assignments) + sum(p["recruit_cost"] for p in profiles)
    assert plan["objective"] == pytest.approx(total, abs=0.01)


def test_same_database_same_plan_and_budget_zero_grows_nobody(
    demo_db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(demo_db_path)
    _set_three(capsys, db)
    first = _plan(capsys, db)
    assert _plan(capsys, db) == first
    frozen = _plan(capsys, db, "--budget", "0")
    assert all(a["ready_quarter"] is None for a in frozen["assignments"])  # type: ignore[union-attr]
    assert frozen["objective"] >= first["objective"]  # type: ignore[operator]


def test_respect_direction_charges_the_penalty(
    demo_db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(demo_db_path)
    _set_three(capsys, db)
    code, out, _ = run(
        capsys,
        "--database",
        db,
        "workforce",
        "settings",
        "--direction-penalty",
        "100000",
        "--format",
        "json",
    )
    assert code == 0 and json.loads(out)["direction_penalty"] == 100000.0
    plan = _plan(capsys, db, "--respect-direction")
    against = [a for a in plan["assignments"] if a["against_direction"]]  # type: ignore[union-attr]
    listed = sum(a["training_cost"] for a in plan["assignments"]) + sum(  # type: ignore[union-attr]
        p["recruit_cost"]
        for p in plan["profiles"]  # type: ignore[union-attr]
    )
    assert plan["objective"] == pytest.approx(listed + 100000 * len(against), abs=0.01)
    # a penalty far above the recruitment cost: recruiting is always cheaper than going against
    assert against == []


def test_recruitment_cost_setting_changes_the_plan(
    demo_db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(demo_db_path)
    _set_three(capsys, db)
    args = ["--recruit-cost", "strategisch", "0"]
    assert run(capsys, "--database", db, "workforce", "settings", *args)[0] == 0
    plan = _plan(capsys, db)
    grown = [a for a in plan["assignments"] if a["to_profile"] == "strategisch"]  # type: ignore[union-attr]
    assert all(a["ready_quarter"] is None for a in grown)  # free recruitment beats any path


def test_explain_names_the_extra_cost_or_the_reason(
    demo_db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(demo_db_path)
    _set_three(capsys, db)
    plan = _plan(capsys, db)
    chosen = {a["personeelsnummer"] for a in plan["assignments"]}  # type: ignore[union-attr]
    other = next(n for n in sorted(_staff(demo_db_path)) if n not in chosen)
    code, out, err = run(
        capsys,
        "--database",
        db,
        "workforce",
        "explain",
        "--scenario",
        "Koers 2028",
        "--employee",
        other,
        "--format",
        "json",
    )
    assert code == 0, err
    data = json.loads(out)
    assert data["personeelsnummer"] == other and data["chosen"] is None
    assert len(data["alternatives"]) + len(data["rejections"]) == 3  # one per profile
    for alt in data["alternatives"]:
        assert alt["extra_cost"] is None or alt["extra_cost"] >= 0
    assert data["lines"]


def test_formation_list_and_refusals(
    demo_db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(demo_db_path)
    _set_three(capsys, db)
    code, out, _ = run(
        capsys, "--database", db, "formation", "--scenario", "Koers 2028", "--format", "json"
    )
    assert code == 0
    lines = json.loads(out)
    assert {tuple(sorted(x)) for x in lines} == {("fte", "profile", "scenario", "unit", "year")}
    assert {(x["profile"], x["unit"], x["fte"]) for x in lines} == {
        ("strategisch", None, 4.0),
        ("aanbieders", CONTRACT_UNIT, 6.0),
        ("faciliterend", None, 8.0),
    }
    base = ["--database", db, "formation", "set", "--scenario", "Koers 2028", "--fte", "1"]
    code, _, err = run(capsys, *base, "--year", "2030", "--profile", "strategisch")
    assert code == 1 and "doeljaar 2028" in err
    code, _, err = run(capsys, *base, "--year", "2028", "--profile", "bestaat-niet")
    assert code == 1 and "bestaat-niet" in err
    code, _, err = run(
        capsys, *base, "--year", "2028", "--profile", "strategisch", "--unit", "Nergens"
    )
    assert code == 1 and "Nergens" in err
    code, _, err = run(capsys, "--database", db, "workforce", "plan", "--scenario", "Onbekend")
    assert code == 1 and "Onbekend" in err
    # fte 0 removes the line
    assert run(capsys, *base[:-1], "0", "--year", "2028", "--profile", "strategisch")[0] == 0
    code, out, _ = run(capsys, "--database", db, "formation", "--format", "json")
    assert "strategisch" not in {x["profile"] for x in json.loads(out)}


def test_report_for_the_management_team(
    demo_db_path: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    db = str(demo_db_path)
    _set_three(capsys, db)
    for name in ("spp.xlsx", "spp.pdf"):
        target = tmp_path / name
        code, out, err = run(
            capsys,
            "--database",
            db,
            "workforce",
            "report",
            str(target),
            "--scenario",
            "Koers 2028",
        )
        assert code == 0, err
        assert target.stat().st_size > 0 and str(target) in out
    code, _, err = run(
        capsys,
        "--database",
        db,
        "workforce",
        "report",
        str(tmp_path / "x.docx"),
        "--scenario",
        "Koers 2028",
    )
    assert code == 1 and ".pdf" in err
