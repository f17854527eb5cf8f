"""The AVG work of hr and team leads on a real PostgreSQL server: the inzage (which includes
the audit entries about the person) works for them, with need-to-know on the audit trail too,
and hr keeps the retention terms (the setting rows of no other kind)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from competentieplanner.cli import main
from competentieplanner.domain.errors import UserError
from competentieplanner.services.database import open_database
from competentieplanner.services.privacy import retention
from tests.pg_server import connect_as, login_url

pytestmark = pytest.mark.postgres

TEAM = "Sociaal team Noord"


def _staff(admin_url: str) -> tuple[str, str]:
    """A member of the team lead's team and someone elsewhere."""
    with connect_as(admin_url, "cp") as conn:
        own = conn.execute(
            "SELECT e.personnel_number FROM employee e JOIN org_unit u ON u.id = e.unit_id "
            "WHERE u.name = %s ORDER BY 1 LIMIT 1", (TEAM,)
        ).fetchone()
        other = conn.execute(
            "SELECT e.personnel_number FROM employee e JOIN org_unit u ON u.id = e.unit_id "
            "WHERE u.name <> %s AND u.parent_id IS NOT NULL ORDER BY 1 LIMIT 1", (TEAM,)
        ).fetchone()
    assert own and other
    return own[0], other[0]


@pytest.mark.parametrize("login", ["hr1", "lead_a"])
def test_hr_and_the_team_lead_answer_an_inzage_request(
    server: str, login: str, tmp_path: Path
) -> None:
    own, _other = _staff(server)
    out = tmp_path / f"inzage-{login}.json"
    assert main(["--database", login_url(server, login), "privacy", "inzage",
                 "--employee", own, str(out)]) == 0
    document = json.loads(out.read_text(encoding="utf-8"))
    audit = document["tables"]["audit_log"]
    assert audit, "the demo's inserts about the person are in the audit trail"
    assert all(row["personnel_number"] == own for row in audit)


def test_the_team_lead_reads_the_audit_trail_of_their_own_people_only(server: str) -> None:
    own, other = _staff(server)
    with connect_as(server, "lead_a") as conn:
        numbers = {row[0] for row in conn.execute("SELECT personnel_number FROM audit_log")}
        about_other = conn.execute(
            "SELECT count(*) FROM audit_log WHERE personnel_number = %s", (other,)
        ).fetchone()
    assert own in numbers and None not in numbers
    assert about_other == (0,)
    with connect_as(server, "cp") as conn:
        assert conn.execute(
            "SELECT count(*) FROM audit_log WHERE personnel_number = %s", (other,)
        ).fetchone()[0] > 0


def test_hr_keeps_the_retention_terms_and_nothing_else_of_the_settings(server: str) -> None:
    db = open_database(login_url(server, "hr1"))
    try:
        with db.unit_of_work() as uow:
            terms = {t.kind: t for t in retention.load_terms(uow)}
        kind = next(iter(terms))
        with db.unit_of_work() as uow:
            retention.update_terms(uow, {kind: (terms[kind].months + 1, terms[kind].version)})
        with db.unit_of_work() as uow:
            assert {t.kind: t.months for t in retention.load_terms(uow)}[kind] == (
                terms[kind].months + 1
            )
    finally:
        db.dispose()
    with connect_as(server, "hr1") as conn:  # the other settings are not hr's to change
        changed = conn.execute("UPDATE setting SET value = '1' WHERE key NOT LIKE 'retention.%%'")
        assert changed.rowcount == 0
    lead = open_database(login_url(server, "lead_a"))
    try:
        with pytest.raises(UserError), lead.unit_of_work() as uow:
            retention.update_terms(uow, {kind: (12, 0)})
    finally:
        lead.dispose()


def test_only_hr_sets_a_legal_hold(server: str) -> None:
    from competentieplanner.services.privacy import erase

    own, _other = _staff(server)
    lead = open_database(login_url(server, "lead_a"))
    try:
        with pytest.raises(UserError, match="beheerder en hr"), lead.unit_of_work() as uow:
            erase.set_legal_hold(uow, own, True, "procedure")
    finally:
        lead.dispose()
    hr = open_database(login_url(server, "hr1"))
    try:
        with hr.unit_of_work() as uow:
            erase.set_legal_hold(uow, own, True, "procedure")
        with hr.unit_of_work() as uow:
            assert erase.legal_hold(uow, own).held
            erase.set_legal_hold(uow, own, False)
    finally:
        hr.dispose()
