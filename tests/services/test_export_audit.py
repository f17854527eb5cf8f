"""Every export of personal data is recorded in the audit log: who, what, which people
(BIO 8.15.01), whether it comes from the command line or the app's services."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from competentieplanner.cli import main
from competentieplanner.domain.errors import UserError
from competentieplanner.persistence import audit_log
from competentieplanner.persistence import repositories as repo
from competentieplanner.persistence.database import Database
from competentieplanner.services import pdf_export

UNIT, FRAMEWORK = "Sociaal team Noord", "sociaal-team"


def _exports(db: Database) -> dict[str, set[str | None]]:
    with db.unit_of_work() as uow:
        entries = audit_log.load_entries(uow.session)
    found: dict[str, set[str | None]] = {}
    for entry in entries:
        if entry.action == "export":
            assert entry.login  # who
            found.setdefault(entry.table, set()).add(entry.employee)
    return found


def _numbers(db: Database, unit: str | None = None) -> set[str | None]:
    with db.unit_of_work() as uow:
        return {e.personnel_number for e in repo.load_employees(uow.session, unit=unit)}


@pytest.mark.parametrize(
    ("argv", "what", "unit"),
    [
        (["export", "excel", "{out}.xlsx"], "hrm_workbook", None),
        (["export", "excel", "{out}.xlsx", "--unit", UNIT], "hrm_workbook", UNIT),
        (["export", "template", "{out}.xlsx", "--unit", UNIT, "--framework", FRAMEWORK],
         "assessment_template", UNIT),
        (["export", "pdf", "{out}.pdf", "--unit", UNIT], "team_overview_pdf", UNIT),
        (["export", "pdf", "{out}.pdf", "--organisation"], "hrm_overview_pdf", None),
    ],
)
def test_cli_exports_record_who_what_and_whom(
    demo_db: Database, demo_db_path: Path, tmp_path: Path,
    argv: list[str], what: str, unit: str | None,
) -> None:
    assert _exports(demo_db) == {}
    out = str(tmp_path / "uit")
    assert main(["--database", str(demo_db_path), *[a.format(out=out) for a in argv]]) == 0
    people = _numbers(demo_db, unit)
    assert people and _exports(demo_db) == {what: people}


def test_one_persons_plan_records_only_that_person(demo_db: Database, tmp_path: Path) -> None:
    number = sorted(n for n in _numbers(demo_db, UNIT) if n)[0]
    with demo_db.unit_of_work() as uow:
        pdf_export.export_development_plan(uow, tmp_path / "plan.pdf", number)
    with demo_db.unit_of_work() as uow:
        pdf_export.development_plan_pdf(uow, number)  # the interview's bytes leave the app too
    with demo_db.unit_of_work() as uow:
        entries = [e for e in audit_log.load_entries(uow.session) if e.action == "export"]
    assert [(e.table, e.employee) for e in entries] == [("development_plan_pdf", number)] * 2


def test_a_failed_export_records_nothing(demo_db: Database, tmp_path: Path) -> None:
    with pytest.raises(Exception, match="nergens"), demo_db.unit_of_work() as uow:
        pdf_export.export_unit_report(uow, tmp_path / "nergens" / "team.pdf", UNIT)
    assert _exports(demo_db) == {}


def test_audit_json_shows_the_export(
    demo_db: Database, demo_db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    number = sorted(n for n in _numbers(demo_db, UNIT) if n)[0]
    assert main(["--database", str(demo_db_path), "export", "pdf", str(tmp_path / "p.pdf"),
                 "--employee", number]) == 0
    capsys.readouterr()
    assert main(["--database", str(demo_db_path), "audit", "--employee", number,
                 "--format", "json"]) == 0
    entries = json.loads(capsys.readouterr().out)
    assert {(e["action"], e["table"], e["employee"]) for e in entries} >= {
        ("export", "development_plan_pdf", number)
    }


@pytest.mark.parametrize("what", ["hrm_workbook", "assessment_template"])
def test_an_excel_export_refused_at_the_rename_records_nothing(
    demo_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, what: str
) -> None:
    """The workbook is read, written and recorded in the caller's one unit of work: when the
    finished file cannot replace the target (open in Excel), the audit entry goes too."""
    from competentieplanner.services.hrm_workbook import export_hrm_workbook
    from competentieplanner.services.template_export import export_assessment_template

    def locked(src: str, dst: str) -> None:
        raise PermissionError(13, "The process cannot access the file", str(dst))

    monkeypatch.setattr("os.replace", locked)
    target = tmp_path / "uit.xlsx"
    with pytest.raises(UserError, match="geopend"), demo_db.unit_of_work() as uow:
        if what == "hrm_workbook":
            export_hrm_workbook(uow, target)
        else:
            export_assessment_template(uow, target, unit=UNIT, framework=FRAMEWORK)
    monkeypatch.undo()
    assert _exports(demo_db) == {}
    assert not target.exists()
