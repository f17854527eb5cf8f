"""The headless command line: demo, employees, profiles, catalogue, db, selfcheck, exit codes."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from competentieplanner.cli import main

# REFERENCE.md section 4: targets of the three advisor futures (P1, P2, P3) per competency.
ADVISOR_TARGETS = {
    "BA01": (4, 3, 2), "BA02": (4, 3, 2), "BA03": (4, 3, 3), "BA04": (4, 3, 3),
    "BA05": (3, 4, 3), "BA06": (2, 4, 2), "BA07": (2, 4, 2), "BA08": (3, 4, 3),
    "BA09": (3, 4, 2), "BA10": (3, 3, 4), "BA11": (1, 2, 4), "BA12": (3, 3, 4),
    "BA13": (3, 2, 4), "BA14": (4, 3, 3), "BA15": (3, 4, 3), "BA16": (3, 3, 4),
    "BA17": (4, 3, 3), "BA18": (4, 4, 3),
}  # fmt: skip


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_profiles_json_has_the_reference_targets(
    demo_db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "--database", str(demo_db_path), "profiles", "--format", "json")
    assert code == 0
    profiles = {p["code"]: p for p in json.loads(out)}
    assert set(profiles) == {"strategisch", "aanbieders", "faciliterend", "sociaal-team"}
    for column, code_ in enumerate(("strategisch", "aanbieders", "faciliterend")):
        targets = {q["competency"]: q["target"] for q in profiles[code_]["requirements"]}
        assert targets == {c: t[column] for c, t in ADVISOR_TARGETS.items()}
        for q in profiles[code_]["requirements"]:
            assert set(q) == {"competency", "target", "weight", "critical", "source"}
            # the weights and critical flags are the project's own choice, and say so
            assert q["source"].startswith("voorstel Competentieplanner: doel uit kolom P")
    st = profiles["sociaal-team"]["requirements"]
    assert {q["competency"] for q in st} == {f"ST{i:02d}" for i in range(1, 18)}
    assert any(q["critical"] for q in st)
    assert all(q["source"].startswith("voorstel Competentieplanner: ") for q in st)
    st07 = next(q for q in st if q["competency"] == "ST07")
    assert "meldcode" in st07["source"]  # the reason given in profiles.toml


def test_catalogue_json_names_the_source_of_every_effect(
    demo_db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "--database", str(demo_db_path), "catalogue", "--format", "json")
    assert code == 0
    effects = {(o["code"], e["competency"]): e for o in json.loads(out) for e in o["effects"]}
    assert all(e["source"] for e in effects.values())
    assert effects[("OPL01", "ST01")]["source"].startswith("startcatalogus (REFERENCE")
    added = [k for k, e in effects.items() if e["source"].startswith("voorstel Competentieplanner")]
    assert len(added) == 14 and ("OPL03", "ST12") in added
    # implausible additions were removed in the review: no integrity gain from a procurement course
    assert ("OPL22", "BA18") not in effects and ("OPL20", "BA18") not in effects


def test_demo_then_employees_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "x.db")
    code, out, _ = run(capsys, "--database", db, "demo")
    assert code == 0 and "120 medewerkers" in out
    code, out, _ = run(capsys, "employees", "--database", db, "--format", "json")
    staff = json.loads(out)
    assert code == 0 and len(staff) == 120
    assert set(staff[0]) == {"personeelsnummer", "name", "unit", "job_title", "fte", "manager"}
    numbers = {e["personeelsnummer"] for e in staff}
    assert all(e["manager"] in numbers for e in staff if e["manager"])
    assert any(e["personeelsnummer"].startswith("0") for e in staff)  # text, zeros kept


def test_demo_is_deterministic_per_seed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    outputs = []
    for name, seed in (("a", "7"), ("b", "7"), ("c", "8")):
        db = str(tmp_path / f"{name}.db")
        assert run(capsys, "--database", db, "demo", "--employees", "60", "--seed", seed)[0] == 0
        outputs.append(run(capsys, "--database", db, "employees", "--format", "json")[1])
    assert outputs[0] == outputs[1] != outputs[2]


def test_demo_names_have_dutch_variety(
    demo_db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, out, _ = run(capsys, "--database", str(demo_db_path), "employees", "--format", "json")
    names = " ".join(e["name"] for e in json.loads(out))
    assert any(infix in names for infix in (" van ", " de ", " van der ", " ter "))
    assert any(ch in names for ch in "ëéïöüçşğıłą")


def test_employees_of_a_unit(demo_db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        capsys,
        "--database",
        str(demo_db_path),
        "employees",
        "--unit",
        "Sociaal team Noord",
        "--format",
        "json",
    )
    assert code == 0
    staff = json.loads(out)
    assert staff and {e["unit"] for e in staff} == {"Sociaal team Noord"}


def test_unknown_unit_is_a_clear_user_error(
    demo_db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "--database", str(demo_db_path), "employees", "--unit", "Mars")
    assert code == 1 and out == ""
    assert "Mars" in err and "bestaat niet" in err and "Traceback" not in err


def test_unreadable_database_path(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "dir.db").mkdir()
    code, _, err = run(capsys, "--database", str(tmp_path / "dir.db"), "profiles")
    assert code == 1 and "map" in err and "Traceback" not in err
    not_a_db = tmp_path / "tekst.db"
    not_a_db.write_text("dit is geen database\n" * 100)
    code, _, err = run(capsys, "--database", str(not_a_db), "profiles")
    assert code == 1 and "Kan de database" in err


def test_wrong_usage_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["employees", "--format", "xml"])
    assert exc.value.code == 2
    with pytest.raises(SystemExit) as exc:
        main(["nonsense"])
    assert exc.value.code == 2


def test_catalogue_json(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--database", str(db_path), "catalogue", "--format", "json")
    offers = json.loads(out)
    assert code == 0 and len(offers) >= 28
    assert set(offers[0]) == {"code", "name", "provider", "format", "hours", "cost", "effects"}
    assert all(
        set(e) == {"competency", "min_level", "to_level", "source"}
        for o in offers
        for e in o["effects"]
    )


def test_db_backup_and_check(
    demo_db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out_file = tmp_path / "kopie.db"
    assert run(capsys, "--database", str(demo_db_path), "db", "backup", str(out_file))[0] == 0
    code, out, _ = run(capsys, "--database", str(out_file), "db", "check")
    assert code == 0 and "FOUT" not in out and "integriteit: ok" in out
    assert run(capsys, "--database", str(out_file), "db", "upgrade")[0] == 0


def test_selfcheck(demo_db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--database", str(demo_db_path), "selfcheck")
    assert code == 0, out
    assert "FOUT" not in out
    assert "hoofdvenster" in out


def test_starting_the_app_without_a_display_explains_itself(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)
    result = subprocess.run(
        [sys.executable, "-m", "competentieplanner", "--database", str(tmp_path / "x.db")],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 1
    assert "QT_QPA_PLATFORM=offscreen" in result.stderr and "Traceback" not in result.stderr


def test_a_command_module_missing_from_the_build_fails_loudly(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import competentieplanner.cli as cli

    monkeypatch.setattr(cli, "COMMAND_MODULE_NAMES", (*cli.COMMAND_MODULE_NAMES, "commands_gone"))
    with pytest.raises(ModuleNotFoundError, match="commands_gone"):
        cli.build_parser()


def test_every_command_module_registers(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--help"])
    assert exit_info.value.code == 0
    listed = re.findall(r"^    (\S+)", capsys.readouterr().out, re.MULTILINE)
    # one command of each module: core, engine, excel/pdf (the shared groups), ui
    assert {"demo", "db", "plan", "import", "export", "screenshots"} <= set(listed)


def test_db_check_names_every_check(demo_db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--database", str(demo_db_path), "db", "check")
    assert code == 0
    names = [line[5:].split(":")[0] for line in out.splitlines()]
    assert names == [
        "schemaversie",
        "integriteit",
        "verwijzingen",
        "journaal",
        "referentiegegevens",
        "beoordelingen",
    ]
    assert "employee=120" in out and "0 losse scores" in out


def test_db_check_reports_loose_scores(
    demo_db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import sqlite3

    with sqlite3.connect(demo_db_path) as conn:  # foreign keys are off in a bare connection
        conn.create_function("cp_login", 0, lambda: "tamperer")  # the audit triggers ask for it
        conn.execute("DELETE FROM assessment WHERE id = (SELECT MIN(id) FROM assessment)")
    code, out, _ = run(capsys, "--database", str(demo_db_path), "db", "check")
    assert code == 1
    assert "FOUT beoordelingen" in out and "FOUT verwijzingen" in out
