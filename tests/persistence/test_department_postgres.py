"""The department database on a real PostgreSQL server: roles, need-to-know enforced by the
server itself (raw SQL as well as the app's commands), management aggregates and the audit log.

One server for the module: ``server init``, three logins, then the demo data (the issue's
"done when" order)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import psycopg
import pytest

from competentieplanner.cli import main
from tests.pg_server import connect_as, login_url, postgres_bin, temporary_server

pytestmark = pytest.mark.postgres

TEAM_A = "Sociaal team Noord"
TEAM_B = "Beleid Sociaal Domein"



def _run(url: str, capsys: pytest.CaptureFixture[str], *argv: str) -> Any:
    capsys.readouterr()
    code = main(["--database", url, *argv])
    out, err = capsys.readouterr()
    assert code == 0, err
    return json.loads(out) if "--format" in argv else out



@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    if postgres_bin() is None:
        pytest.fail("PostgreSQL binaries missing: .ci/run installs the 'postgresql' package")
    with temporary_server() as url:
        assert main(["--database", url, "server", "init"]) == 0
        assert main(["--database", url, "users", "add", "hr1", "--role", "hr"]) == 0
        assert main(["--database", url, "users", "add", "lead_a", "--role", "teamleider",
                     "--unit", TEAM_A]) == 0
        assert main(["--database", url, "users", "add", "lead_b", "--role", "teamleider",
                     "--unit", TEAM_B]) == 0
        assert main(["--database", url, "users", "add", "boss", "--role", "management"]) == 0
        assert main(["--database", url, "demo", "--employees", "120"]) == 0
        yield url


def _staff_by_unit(admin_url: str) -> dict[str, set[str]]:
    with connect_as(admin_url, "cp") as conn:
        rows = conn.execute(
            "SELECT u.name, e.personnel_number FROM employee e JOIN org_unit u ON u.id = e.unit_id"
        ).fetchall()
    result: dict[str, set[str]] = {}
    for unit, number in rows:
        result.setdefault(unit, set()).add(number)
    return result


def test_users_list_and_whoami(server: str, capsys: pytest.CaptureFixture[str]) -> None:
    users = _run(server, capsys, "users", "list", "--format", "json")
    assert {u["login"]: (u["role"], u["units"], u["active"]) for u in users} == {
        "boss": ("management", [], True),
        "hr1": ("hr", [], True),
        "lead_a": ("teamleider", [TEAM_A], True),
        "lead_b": ("teamleider", [TEAM_B], True),
    }
    me = _run(login_url(server, "lead_a"), capsys, "whoami", "--format", "json")
    assert me == {"login": "lead_a", "role": "teamleider", "employee": None, "units": [TEAM_A]}


@pytest.mark.parametrize(("login", "unit"), [("lead_a", TEAM_A), ("lead_b", TEAM_B)])
def test_team_lead_lists_only_own_staff(
    server: str, capsys: pytest.CaptureFixture[str], login: str, unit: str
) -> None:
    own = _staff_by_unit(server)[unit]
    url = login_url(server, login)
    staff = _run(url, capsys, "employees", "--format", "json")
    assert {e["personeelsnummer"] for e in staff} == own
    matches = _run(url, capsys, "match", "--format", "json")
    assert matches and {m["personeelsnummer"] for m in matches} == own
    with connect_as(server, login) as conn:
        seen = conn.execute(
            "SELECT DISTINCT e.personnel_number FROM assessment a "
            "JOIN employee e ON e.id = a.employee_id"
        ).fetchall()
        total = conn.execute("SELECT count(*) FROM assessment").fetchone()
        scores = conn.execute("SELECT count(*) FROM assessment_score").fetchone()
    with connect_as(server, "cp") as conn:
        all_scores = conn.execute("SELECT count(*) FROM assessment_score").fetchone()
    assert {row[0] for row in seen} <= own and seen
    assert total is not None and total[0] > 0
    assert scores is not None and all_scores is not None and 0 < scores[0] < all_scores[0]


def test_hr_sees_all_staff(server: str, capsys: pytest.CaptureFixture[str]) -> None:
    staff = _run(login_url(server, "hr1"), capsys, "employees", "--format", "json")
    assert len(staff) == 120


def _refused(conn: psycopg.Connection[Any], sql: str) -> str:
    with pytest.raises(psycopg.Error) as info:
        conn.execute(sql)
    conn.rollback()
    return str(info.value)


def test_team_lead_cannot_reach_other_units_by_any_route(server: str) -> None:
    other = _staff_by_unit(server)[TEAM_B]
    numbers = ", ".join(f"'{n}'" for n in other)
    with connect_as(server, "lead_a") as conn:
        direct = conn.execute(
            "SELECT count(*) FROM assessment a JOIN employee e ON e.id = a.employee_id "
            f"WHERE e.personnel_number IN ({numbers})"
        ).fetchone()
        assert direct == (0,)
        via_function = conn.execute(
            f"SELECT count(*) FROM employee WHERE id IN (SELECT cp_visible_employees()) "
            f"AND personnel_number IN ({numbers})"
        ).fetchone()
        assert via_function == (0,)
        assert "permission denied" in _refused(conn, "SELECT * FROM mgmt_unit_competency")
        assert "permission denied" in _refused(
            conn, f"INSERT INTO user_unit (login, unit_name) VALUES ('lead_a', '{TEAM_B}')"
        )
        assert "permission denied" in _refused(
            conn, f"UPDATE user_unit SET unit_name = '{TEAM_B}' WHERE login = 'lead_a'"
        )
        assert "permission denied" in _refused(conn, "UPDATE app_user SET role = 'hr'")
        assert "permission denied" in _refused(conn, "UPDATE budget SET amount = 0")
        assert "permission denied" in _refused(conn, "UPDATE training_offer SET cost = 0")
        changed = conn.execute(
            f"UPDATE employee SET job_title = 'x' WHERE personnel_number IN ({numbers})"
        )
        assert changed.rowcount == 0
        conn.rollback()
        assert "row-level security" in _refused(
            conn,
            "UPDATE employee SET unit_id = (SELECT id FROM org_unit WHERE name = "
            f"'{TEAM_B}') WHERE unit_id = (SELECT id FROM org_unit WHERE name = '{TEAM_A}')",
        )


def test_management_reads_only_aggregates(server: str) -> None:
    with connect_as(server, "boss") as conn:
        for table in ("employee", "assessment", "assessment_score", "development_plan",
                      "plan_item", "interview", "interview_draft", "audit_log"):
            assert "permission denied" in _refused(conn, f"SELECT * FROM {table}")
        units = conn.execute("SELECT unit, staff FROM mgmt_unit_staff").fetchall()
        competencies = conn.execute(
            "SELECT unit, competency, staff FROM mgmt_unit_competency"
        ).fetchall()
    assert units and all(staff >= 5 for _, staff in units)
    assert "Sociaal Domein" not in {unit for unit, _ in units}  # 1 person: suppressed
    assert competencies and all(staff >= 5 for *_, staff in competencies)


def test_audit_records_each_login_with_old_and_new(
    server: str, capsys: pytest.CaptureFixture[str]
) -> None:
    own = sorted(_staff_by_unit(server)[TEAM_A])[0]
    with connect_as(server, "lead_a") as conn:
        conn.execute(
            "UPDATE employee SET job_title = 'Coördinator' WHERE personnel_number = %s", (own,)
        )
        conn.execute(
            "UPDATE assessment SET notes = 'geheim' WHERE employee_id = "
            "(SELECT id FROM employee WHERE personnel_number = %s)", (own,)
        )
        conn.commit()
        assert "permission denied" in _refused(conn, "DELETE FROM audit_log")
    with connect_as(server, "cp") as conn:  # not even the owner: the trigger refuses
        assert "kan niet worden gewijzigd" in _refused(conn, "DELETE FROM audit_log")
        assert "kan niet worden gewijzigd" in _refused(conn, "UPDATE audit_log SET login = 'x'")
    with connect_as(server, "hr1") as conn:
        conn.execute("UPDATE employee SET fte = 0.5 WHERE personnel_number = %s", (own,))
        conn.commit()
        assert "permission denied" in _refused(conn, "DELETE FROM audit_log")
    entries = _run(server, capsys, "audit", "--employee", own, "--format", "json")
    updates = [e for e in entries if e["action"] == "update" and e["table"] == "employee"]
    by_login = {e["login"]: e["changes"] for e in updates}
    assert {"field": "job_title", "old": by_login["lead_a"][0]["old"], "new": "Coördinator"} in (
        by_login["lead_a"]
    )
    assert [c["field"] for c in by_login["hr1"]] == ["fte"] and by_login["hr1"][0]["new"] == 0.5
    notes = [e for e in entries if e["table"] == "assessment" and e["login"] == "lead_a"]
    assert notes and all("geheim" not in json.dumps(e) for e in notes)
    assert notes[0]["changes"][0]["field"] == "notes"
    inserts = _run(server, capsys, "audit", "--login", "cp", "--format", "json")
    assert any(e["action"] == "insert" and e["table"] == "employee" for e in inserts)
    reads = _run(server, capsys, "audit", "--format", "json")
    assert any(e["action"] == "read" and e["table"] == "audit_log" for e in reads)


def test_team_lead_may_not_read_the_audit_log(
    server: str, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    assert main(["--database", login_url(server, "lead_a"), "audit"]) == 1
    assert "beheerder" in capsys.readouterr().err


def test_removed_user_can_no_longer_sign_in(
    server: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--database", server, "users", "add", "temp", "--role", "hr"]) == 0
    assert main(["--database", server, "users", "remove", "temp"]) == 0
    users = _run(server, capsys, "users", "list", "--format", "json")
    assert {u["login"]: u["active"] for u in users}["temp"] is False
    with pytest.raises(psycopg.OperationalError, match="not permitted to log in"):
        connect_as(server, "temp")


def test_exports_are_recorded_under_the_exporting_login(
    server: str, capsys: pytest.CaptureFixture[str], tmp_path: Any
) -> None:
    own = _staff_by_unit(server)[TEAM_A]
    lead = login_url(server, "lead_a")
    assert main(["--database", lead, "export", "excel", str(tmp_path / "hrm.xlsx")]) == 0
    entries = _run(server, capsys, "audit", "--login", "lead_a", "--format", "json")
    exported = {e["employee"] for e in entries if (e["action"], e["table"]) == (
        "export", "hrm_workbook")}
    assert exported == own  # only the people the team lead could see, one entry each


def test_a_draft_belongs_to_its_author(server: str) -> None:
    from competentieplanner.services import interview as iv
    from competentieplanner.services.database import open_database

    number = sorted(_staff_by_unit(server)[TEAM_A])[0]
    lead, hr = open_database(login_url(server, "lead_a")), open_database(login_url(server, "hr1"))
    try:
        with lead.unit_of_work() as uow:
            draft = iv.new_draft(iv.prepare_interview(uow, number), team_lead="lead_a")
            draft.agreements = "alleen voor de auteur"
            iv.save_draft(uow, draft)
        with lead.unit_of_work() as uow:
            assert [d.id for d in iv.load_drafts(uow)] == [draft.id]
        with hr.unit_of_work() as uow:  # HR sees every person, but not another's draft
            assert iv.load_drafts(uow) == []
            assert iv.load_draft(uow, draft.id) is None  # type: ignore[arg-type]
    finally:
        lead.dispose()
        hr.dispose()
    with connect_as(server, "hr1") as conn:
        assert conn.execute("SELECT count(*) FROM interview_draft").fetchone() == (0,)
        assert conn.execute("UPDATE interview_draft SET step = 9").rowcount == 0
        conn.rollback()
        assert "row-level security" in _refused(
            conn,
            "INSERT INTO interview_draft (employee_id, step, data, updated_at, author, version) "
            f"SELECT id, 0, '{{}}', now(), 'lead_a', 1 FROM employee WHERE personnel_number = "
            f"'{number}'",
        )
    with connect_as(server, "lead_a") as conn:
        assert conn.execute("SELECT author FROM interview_draft").fetchall() == [("lead_a",)]
