"""Erasure on a real PostgreSQL server: as hr, it leaves no value of the person in any table,
the audit trail included (through the SECURITY DEFINER ``cp_scrub_audit``), and a team lead can
neither erase nor call that function."""

from __future__ import annotations

import psycopg
import pytest

from competentieplanner.cli import main
from competentieplanner.services.database import open_database
from tests.pg_server import connect_as, login_url
from tests.privacy.people import add_person, marked_texts

pytestmark = pytest.mark.postgres

NR = "ALFA-4242"
TEAM = "Sociaal team Noord"


def _every_row_as_text(admin_url: str) -> str:
    with connect_as(admin_url, "cp") as conn:
        tables = [
            row[0]
            for row in conn.execute(
                "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename"
            )
        ]
        assert "audit_log" in tables and "employee" in tables
        return "\n".join(
            str(row[0]) for t in tables for row in conn.execute(f"SELECT x::text FROM {t} x")
        )


def test_erase_by_hr_leaves_no_value_in_any_table(
    server: str, capsys: pytest.CaptureFixture[str]
) -> None:
    db = open_database(server)
    try:
        add_person(db, "ALFA", NR)
        secrets = sorted(set(marked_texts(db, "ALFA")) | {NR, "alfa@gemeente.example"})
    finally:
        db.dispose()
    before = _every_row_as_text(server)
    assert NR in before and "ALFA procedure" in before  # the scan sees the audit trail too

    capsys.readouterr()
    hr = login_url(server, "hr1")
    assert main(["--database", hr, "privacy", "erase", "--employee", NR]) == 0
    after = _every_row_as_text(server)
    for secret in secrets:
        assert secret not in after, secret
    with connect_as(server, "cp") as conn:
        erasures = conn.execute(
            "SELECT login, personnel_number, changes::text FROM audit_log WHERE action = 'wissen'"
        ).fetchall()
        assert erasures == [("hr1", None, "[]")]
        # the protection is back on: not even the owner changes the log outside the function
        with pytest.raises(psycopg.Error, match="auditlog"):
            conn.execute("DELETE FROM audit_log")


def test_team_lead_can_neither_erase_nor_scrub(
    server: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with connect_as(server, "cp") as conn:
        row = conn.execute(
            "SELECT e.personnel_number FROM employee e JOIN org_unit u ON u.id = e.unit_id "
            "WHERE u.name = %s AND e.personnel_number NOT LIKE 'gewist-%%' LIMIT 1",
            (TEAM,),
        ).fetchone()
        entries = conn.execute("SELECT count(*) FROM audit_log").fetchone()
    assert row is not None and entries is not None
    lead = login_url(server, "lead_a")
    capsys.readouterr()
    assert main(["--database", lead, "privacy", "erase", "--employee", row[0]]) == 1
    assert "Alleen de rollen beheerder en hr" in capsys.readouterr().err
    with connect_as(server, "lead_a") as conn, pytest.raises(psycopg.errors.InsufficientPrivilege):
        conn.execute(
            "SELECT cp_scrub_audit('wissen', ARRAY[%s], ARRAY[]::text[], ARRAY[]::text[])",
            (row[0],),
        )
    with connect_as(server, "cp") as conn:
        still = conn.execute(
            "SELECT count(*) FROM employee WHERE personnel_number = %s", (row[0],)
        ).fetchone()
        after = conn.execute("SELECT count(*) FROM audit_log").fetchone()
    assert still == (1,)
    assert after is not None and after[0] >= entries[0]


def test_retention_by_hr_leaves_nothing_of_a_leaver_in_the_audit_trail(
    server: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with connect_as(server, "cp") as conn:
        row = conn.execute(
            "SELECT e.personnel_number, e.first_name, e.last_name FROM employee e "
            "JOIN org_unit u ON u.id = e.unit_id WHERE u.name = %s AND e.end_date IS NULL "
            "AND e.personnel_number NOT LIKE 'gewist-%%' ORDER BY e.id DESC LIMIT 1",
            (TEAM,),
        ).fetchone()
        assert row is not None
        number = row[0]
        # audited changes: the old and new job title and end date land in audit_log
        conn.execute(
            "UPDATE employee SET job_title = 'RETENTIE-functie', "
            "end_date = current_date - 3 * 365 WHERE personnel_number = %s",
            (number,),
        )
    assert "RETENTIE-functie" in _every_row_as_text(server)
    capsys.readouterr()
    lead = login_url(server, "lead_a")  # the leaver is in the team lead's own unit
    assert main(["--database", lead, "privacy", "retention"]) == 1
    assert "Alleen de rollen beheerder en hr" in capsys.readouterr().err
    assert main(["--database", login_url(server, "hr1"), "privacy", "retention"]) == 0
    after = _every_row_as_text(server)
    for value in (number, "RETENTIE-functie", f"{row[1]} {row[2]}"):
        assert value not in after, value
    with connect_as(server, "cp") as conn:
        runs = conn.execute(
            "SELECT login, personnel_number, changes::text FROM audit_log "
            "WHERE action = 'bewaartermijn'"
        ).fetchall()
    assert runs == [("hr1", None, "[]")]
