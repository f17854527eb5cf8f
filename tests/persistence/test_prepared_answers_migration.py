"""Migration 0010 (prepared_answers): existing interview answers keep their content and get an
empty preparation; a downgrade removes the column and keeps the answers."""

from __future__ import annotations

from pathlib import Path

import pytest

from competentieplanner.services.database import open_database
from tests.persistence.test_quarter_budget_migration import _connect, _to


def _columns(path: Path) -> set[str]:
    with _connect(path) as conn:
        return {row[1] for row in conn.execute("PRAGMA table_info(interview_answer)")}


def test_upgrading_gives_every_answer_an_empty_preparation_and_downgrading_keeps_them(
    demo_db_path: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    _to(demo_db_path, "quarter_budgets", down=True)
    assert "prepared" not in _columns(demo_db_path)
    with _connect(demo_db_path) as conn:
        # an interview held before the preparation existed (the demo holds none)
        conn.execute(
            "INSERT INTO interview (employee_id, kind, held_on, team_lead, agreements, version) "
            "SELECT MIN(id), 'ontwikkelgesprek', '2026-03-02', 'Teamleider', '', 1 FROM employee"
        )
        conn.execute(
            "INSERT INTO interview_answer (interview_id, question_id, answer, rating, version) "
            "SELECT (SELECT MAX(id) FROM interview), MIN(id), 'Meer de wijk in', 4, 1 "
            "FROM interview_question"
        )
        conn.commit()
        before = conn.execute(
            "SELECT id, answer, rating FROM interview_answer ORDER BY id"
        ).fetchall()
    assert before == [(before[0][0], "Meer de wijk in", 4)]

    open_database(demo_db_path).dispose()  # upgrades to the head

    with _connect(demo_db_path) as conn:
        after = conn.execute(
            "SELECT id, answer, rating, prepared FROM interview_answer ORDER BY id"
        ).fetchall()
        # the audit triggers know the new column: a change to it is logged
        conn.execute("UPDATE interview_answer SET prepared = 'x' WHERE id = ?", (before[0][0],))
        logged = conn.execute(
            "SELECT changes FROM audit_log WHERE table_name = 'interview_answer' "
            "ORDER BY id DESC LIMIT 1"
        ).fetchone()
    assert after == [(*row, "") for row in before]
    assert logged is not None and "prepared" in logged[0]
    _to(demo_db_path, "quarter_budgets", down=True)
    assert "prepared" not in _columns(demo_db_path)
