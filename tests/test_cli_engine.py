"""match, coverage and plan on the command line: JSON shapes, tables and exit codes."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from competentieplanner.cli import main
from competentieplanner.persistence import repositories as repo
from competentieplanner.services.database import open_database

MATCH_KEYS = {"personeelsnummer", "profile", "fit_pct", "coverage_pct", "readiness", "gaps"}
READINESS = {"inzetbaar", "ontwikkelbaar", "ver weg", "onvoldoende gegevens"}
PLAN_KEYS = {
    "personeelsnummer",
    "profile",
    "budget",
    "items",
    "total_cost",
    "total_hours",
    "remaining_gaps",
}


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def _facts(path: Path) -> tuple[list[str], str, str]:
    """(personnel numbers, a social team's name, someone with a chosen profile)."""
    db = open_database(path)
    try:
        with db.read_session() as session:
            people = repo.load_employees(session)
            team = next(u.name for u in repo.load_units(session) if u.profile == "sociaal-team")
    finally:
        db.dispose()
    chosen = next(e.personnel_number for e in people if e.target_profile)
    return [e.personnel_number for e in people], team, chosen


def test_match_json_has_one_entry_per_employee_and_profile(
    demo_db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    numbers, _, _ = _facts(demo_db_path)
    code, out, _ = run(capsys, "--database", str(demo_db_path), "match", "--format", "json")
    assert code == 0
    data = json.loads(out)
    assert len(data) == len(numbers) * 4
    profiles = ("strategisch", "aanbieders", "faciliterend", "sociaal-team")
    assert {(d["personeelsnummer"], d["profile"]) for d in data} == {
        (n, p) for n in numbers for p in profiles
    }
    for entry in data:
        assert set(entry) == MATCH_KEYS
        assert isinstance(entry["fit_pct"], float) and 0 <= entry["fit_pct"] <= 100
        assert entry["readiness"] in READINESS
        for gap in entry["gaps"]:
            assert set(gap) == {"competency", "level", "target", "critical"}
            assert gap["level"] is None or isinstance(gap["level"], int)
    assert {d["readiness"] for d in data} == READINESS


def test_match_filters_and_table(demo_db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    numbers, team, _ = _facts(demo_db_path)
    db = str(demo_db_path)
    code, out, _ = run(
        capsys, "match", "--database", db, "--employee", numbers[3], "--profile", "aanbieders",
        "--format", "json",
    )
    assert code == 0
    data = json.loads(out)
    assert [(d["personeelsnummer"], d["profile"]) for d in data] == [(numbers[3], "aanbieders")]
    code, out, _ = run(
        capsys, "match", "--database", db, "--unit", team, "--profile", "sociaal-team"
    )
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split() == [
        "Personeelsnr", "Naam", "Profiel", "Match", "%", "Dekking", "%", "Gereedheid",
        "Grootste", "kloven",
    ]
    assert set(lines[1].replace(" ", "")) == {"-"}
    assert all(re.search(r"  \d{1,3},\d  ", line) for line in lines[2:-1])  # decimal comma
    assert lines[-1].startswith("Kloof:")


def test_coverage_json_and_table(demo_db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _, team, _ = _facts(demo_db_path)
    db = str(demo_db_path)
    code, out, _ = run(capsys, "coverage", "--database", db, "--unit", team, "--format", "json")
    assert code == 0
    data = json.loads(out)
    assert [d["profile"] for d in data] == ["sociaal-team"]
    entry = data[0]
    assert set(entry) == {"unit", "profile", "members", "competencies", "uncovered", "single_cover"}
    for row in entry["competencies"]:
        assert set(row) == {"competency", "target", "critical", "reached", "members", "risk"}
        assert row["reached"] == len(row["members"])
    nobody = [row["competency"] for row in entry["competencies"] if not row["reached"]]
    assert entry["uncovered"] == nobody
    code, out, _ = run(capsys, "coverage", "--database", db, "--unit", team)
    assert code == 0
    assert "Teamdekking" in out and "Risico" in out and "Niet gedekt:" in out


def test_plan_for_one_person_json(demo_db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _, _, chosen = _facts(demo_db_path)
    code, out, _ = run(
        capsys, "plan", "--database", str(demo_db_path), "--employee", chosen, "--budget", "2500",
        "--hours-per-quarter", "20", "--start", "2027-K2", "--format", "json",
    )
    assert code == 0
    data = json.loads(out)
    assert set(data) == PLAN_KEYS
    assert data["personeelsnummer"] == chosen
    assert data["budget"] == 2500.0
    assert data["total_cost"] <= 2500
    assert data["total_cost"] == pytest.approx(sum(i["cost"] for i in data["items"]))
    assert data["total_hours"] == pytest.approx(sum(i["hours"] for i in data["items"]))
    for item in data["items"]:
        assert set(item) == {"offer", "quarter", "hours", "cost", "effects"}
        assert item["quarter"] >= "2027-K2"
        for effect in item["effects"]:
            assert set(effect) == {"competency", "from", "to"}
            assert effect["from"] is None or effect["from"] < effect["to"]
    for gap in data["remaining_gaps"]:
        assert set(gap) == {"competency", "level", "target"}


def test_plan_table_and_save(demo_db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _, _, chosen = _facts(demo_db_path)
    db = str(demo_db_path)
    code, out, _ = run(capsys, "plan", "--database", db, "--employee", chosen, "--save")
    assert code == 0
    assert "Opleidingspad voor" in out and "Kwartaal" in out and "Totaal:" in out
    first = re.search(r"conceptontwikkelplan versie (\d+)\.", out)
    assert first is not None  # the person's own numbering (1, 2, 3), never a database id
    code, out, err = run(
        capsys, "plan", "--database", db, "--employee", chosen, "--save", "--format", "json"
    )
    assert code == 0
    assert set(json.loads(out)) == PLAN_KEYS  # the notice goes to stderr, stdout stays JSON
    assert f"conceptontwikkelplan versie {int(first.group(1)) + 1}." in err


def test_plan_for_the_organisation(demo_db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _, team, _ = _facts(demo_db_path)
    db = str(demo_db_path)
    code, out, _ = run(
        capsys, "plan", "--database", db, "--organisation", "--budget", "25000", "--format", "json"
    )
    assert code == 0
    data = json.loads(out)
    assert data["budget"] == 25000.0
    assert 0 < data["spent"] <= 25000
    assert data["people"] == len(data["employees"]) == 120
    assert data["weighted_gap_closed"] <= data["upper_bound_closed"] + 1e-6
    assert data["weighted_gap_closed"] >= 0.99 * data["upper_bound_closed"]
    assert sum(u["people"] for u in data["units"]) == 120
    assert {"competency", "people", "weighted_gap"} == set(data["remaining_gaps"][0])
    code, out, _ = run(
        capsys, "plan", "--database", db, "--organisation", "--budget", "5000", "--unit", team
    )
    assert code == 0
    assert "Budget € 5.000" in out and "Eenheid" in out and "Wat open blijft" in out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["match", "--employee", "0000000"], "personeelsnummer"),
        (["match", "--profile", "astronaut"], "Profiel"),
        (["coverage", "--unit", "Mars"], "Mars"),
        (["plan", "--employee", "{nr}", "--budget", "-100"], "negatief"),
        (["plan", "--employee", "{nr}", "--start", "2027-Q5"], "kwartaal"),
        (["plan", "--employee", "{nr}", "--hours-per-quarter", "0"], "uren per kwartaal"),
        (["plan", "--organisation", "--budget", "-1"], "negatief"),
    ],
)
def test_rejected_input_exits_1_with_a_dutch_message(
    demo_db_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    numbers, _, _ = _facts(demo_db_path)
    args = [a.replace("{nr}", numbers[0]) for a in args]
    code, out, err = run(capsys, "--database", str(demo_db_path), *args)
    assert code == 1
    assert out == ""
    assert err.startswith("fout: ") and message in err


@pytest.mark.parametrize(
    "args",
    [
        ["plan"],
        ["plan", "--employee", "1", "--organisation", "--budget", "1"],
        ["plan", "--organisation"],
        ["plan", "--organisation", "--budget", "10", "--save"],
        ["plan", "--employee", "1", "--unit", "Team"],
        ["coverage"],
        ["match", "--format", "xml"],
    ],
)
def test_wrong_usage_exits_2(
    demo_db_path: Path, capsys: pytest.CaptureFixture[str], args: list[str]
) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["--database", str(demo_db_path), *args])
    assert exc.value.code == 2
    assert "fout:" in capsys.readouterr().err


@pytest.mark.parametrize("budget", ["2.500,00", "€ 2.500", "2500", "2500,00"])
def test_budget_is_read_as_the_import_reads_amounts(
    demo_db_path: Path, capsys: pytest.CaptureFixture[str], budget: str
) -> None:
    _, _, chosen = _facts(demo_db_path)
    code, out, err = run(
        capsys, "plan", "--database", str(demo_db_path), "--employee", chosen, "--budget", budget,
        "--format", "json",
    )
    assert code == 0, err
    assert json.loads(out)["budget"] == 2500.0
