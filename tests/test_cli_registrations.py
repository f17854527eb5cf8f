"""`registrations`: who holds which registration, what expires, and what that costs them."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from sqlalchemy import select

from competentieplanner.cli import main
from competentieplanner.domain.registrations import Registration
from competentieplanner.persistence import records as r
from competentieplanner.persistence import registrations as queries
from competentieplanner.persistence.analysis_queries import current_levels
from competentieplanner.persistence.database import Database
from competentieplanner.services import pdf_export
from competentieplanner.services.staff_overview import employee_detail
from tests import pdf_reading
from tests.unit_of_work_support import call


def _json(capsys: pytest.CaptureFixture[str], *argv: str) -> list[dict[str, object]]:
    capsys.readouterr()
    assert main(list(argv)) == 0
    return json.loads(capsys.readouterr().out)  # type: ignore[no-any-return]


def _social_worker(db: Database) -> str:
    """A social-team member assessed at ST07 level 1 or more (the meldcode authority's level)."""
    with db.unit_of_work() as uow:
        levels = current_levels(uow.session)
    return next(number for number, by_code in sorted(levels.items()) if by_code.get("ST07", 0) >= 1)


def _set_meldcode(db: Database, number: str, valid_until: dt.date) -> None:
    with db.unit_of_work() as uow:
        employee_id = uow.session.scalar(
            select(r.EmployeeRecord.id).where(r.EmployeeRecord.personnel_number == number)
        )
        assert employee_id is not None
        ids = {number: employee_id}
        issued = valid_until - dt.timedelta(days=3 * 365)
        queries.store_registrations(
            uow.session, ids, [Registration(number, "meldcode", "MC-1", issued, valid_until)]
        )


def test_json_lists_registrations_with_what_they_are_needed_for(
    demo_db: Database, demo_db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = _json(capsys, "--database", str(demo_db_path), "registrations", "--format", "json")
    assert rows and set(rows[0]) == {"personeelsnummer", "kind", "valid_until", "required_for"}
    kinds = {row["kind"] for row in rows}
    assert kinds == {"meldcode", "skj"}
    meldcode = next(row for row in rows if row["kind"] == "meldcode")
    assert any(str(item).startswith("VB-ST-05 ") for item in meldcode["required_for"])  # type: ignore[attr-defined]
    skj = next(row for row in rows if row["kind"] == "skj")
    assert "jeugd- en gezinsprofessional" in str(skj["required_for"])
    days = [row["valid_until"] for row in rows]
    assert days == sorted(days)  # by end date

    soon = _json(capsys, "--database", str(demo_db_path), "registrations",
                 "--expiring-within", "90", "--format", "json")  # fmt: skip
    limit = (dt.date.today() + dt.timedelta(days=90)).isoformat()
    assert soon and len(soon) < len(rows)
    assert all(str(row["valid_until"]) <= limit for row in soon)


def test_an_expired_meldcode_training_takes_the_authority_away(demo_db: Database) -> None:
    number = _social_worker(demo_db)
    meldcode = "Meldcode: alle stappen doorlopen"

    def held() -> bool:
        with demo_db.unit_of_work() as uow:
            detail = employee_detail(uow, number)
        status = next(s for s in detail.authorities if s.authority.name == meldcode)
        return status.held

    today = dt.date.today()
    _set_meldcode(demo_db, number, today + dt.timedelta(days=30))
    assert held()
    _set_meldcode(demo_db, number, today - dt.timedelta(days=1))
    assert not held()
    with demo_db.unit_of_work() as uow:
        status = next(
            s for s in employee_detail(uow, number).authorities if s.authority.name == meldcode
        )
    assert "verlopen" in status.reason


def test_bad_days_are_refused(demo_db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["--database", str(demo_db_path), "registrations", "--expiring-within", "-1"])
    assert code != 0
    assert "--expiring-within" in capsys.readouterr().err


def test_the_printed_plan_drops_the_authority_once_the_training_expired(
    demo_db: Database, tmp_path: Path
) -> None:
    number = _social_worker(demo_db)
    today = dt.date.today()

    def printed() -> str:
        out = call(demo_db, pdf_export.export_development_plan, tmp_path / "plan.pdf", number)
        return pdf_reading.flat(pdf_reading.text(out))

    _set_meldcode(demo_db, number, today + dt.timedelta(days=30))
    text = printed()
    assert "Meldcode: alle stappen doorlopen" in text
    assert "Training meldcode huiselijk geweld en kindermishandeling' geldig behaald" in text
    _set_meldcode(demo_db, number, today - dt.timedelta(days=1))
    text = printed()
    assert "Training meldcode huiselijk geweld en kindermishandeling' geldig behaald" not in text
    assert "halen of vernieuwen" in text
    assert "Registraties en certificaten" in text and "verlopen op" in text
