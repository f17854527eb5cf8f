"""``export pdf``: the three documents from the command line, exit codes and messages."""

from __future__ import annotations

from pathlib import Path

import pytest

from competentieplanner.cli import main
from competentieplanner.persistence import repositories as repo
from competentieplanner.services.database import open_database
from tests import pdf_reading


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def _first_policy_advisor(db_path: Path) -> tuple[str, str]:
    db = open_database(db_path)
    try:
        with db.read_session() as session:
            person = next(
                e
                for e in repo.load_employees(session, unit="Beleid Sociaal Domein")
                if "beleidsadviseur" in e.job_title.lower()
            )
    finally:
        db.dispose()
    return person.personnel_number, person.name


def test_employee_plan(
    demo_db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    number, name = _first_policy_advisor(demo_db_path)
    out = tmp_path / "plan.pdf"
    code, stdout, stderr = run(
        capsys,
        "--database",
        str(demo_db_path),
        "export",
        "pdf",
        str(out),
        "--employee",
        number,
        "--profile",
        "aanbieders",
    )
    assert (code, stderr) == (0, "")
    assert str(out) in stdout
    text = pdf_reading.text(out)
    assert name in text and number in text and "Adviseur relatie met aanbieders" in text


def test_unit_report(
    demo_db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "team.pdf"
    code, _, stderr = run(
        capsys,
        "export",
        "pdf",
        str(out),
        "--unit",
        "Sociaal team Noord",
        "--database",
        str(demo_db_path),
    )
    assert (code, stderr) == (0, "")
    db = open_database(demo_db_path)
    try:
        with db.read_session() as session:
            members = repo.load_employees(session, unit="Sociaal team Noord")
    finally:
        db.dispose()
    titles = [title for _, title, _ in pdf_reading.outline(out)]
    assert titles[0] == "Teamoverzicht Sociaal team Noord"
    assert len(titles) == len(members) + 1


def test_organisation_report(
    demo_db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "hrm.pdf"
    code, stdout, _ = run(
        capsys, "--database", str(demo_db_path), "export", "pdf", str(out), "--organisation"
    )
    assert code == 0 and "HRM-overzicht" in stdout
    assert "HRM-overzicht" in pdf_reading.text(out)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--employee", "000000"], "personeelsnummer '000000' bestaat niet"),
        (["--unit", "Nergens"], "'Nergens' bestaat niet"),
    ],
)
def test_rejected_input_exits_1_without_a_file(
    demo_db_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    args: list[str],
    message: str,
) -> None:
    out = tmp_path / "x.pdf"
    code, _, stderr = run(capsys, "--database", str(demo_db_path), "export", "pdf", str(out), *args)
    assert code == 1 and message in stderr and "Traceback" not in stderr
    assert not out.exists()


@pytest.mark.parametrize(
    "args",
    [
        [],  # one of --employee, --unit, --organisation is required
        ["--employee", "1", "--organisation"],  # only one of them
        ["--unit", "Sociaal team Noord", "--profile", "aanbieders"],  # --profile needs --employee
    ],
)
def test_wrong_usage_exits_2(
    demo_db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str]
) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["--database", str(demo_db_path), "export", "pdf", str(tmp_path / "x.pdf"), *args])
    assert stopped.value.code == 2
    assert not (tmp_path / "x.pdf").exists()
