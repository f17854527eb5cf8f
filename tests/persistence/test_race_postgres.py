"""No lost update, for every editor, with two real processes on a real PostgreSQL server.

Two desktop clients (``tests/race_client.py``, each its own Python process, engine and
connection, signed in as a different ``beheerder`` login) read the same record, then save their
own value at the same moment, round after round. Each round exactly one save wins, the stored
value is the winner's, and the loser gets the Dutch conflict message naming who saved first and
when. Drafts belong to their author, so both clients of the draft editor are the same login on
two workstations.
"""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
import time
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from competentieplanner.cli import main
from competentieplanner.persistence.database import Database
from competentieplanner.services import interview as iv
from competentieplanner.services import plan_edit, settings_edit
from competentieplanner.services import reference_edit as edit
from competentieplanner.services.database import open_database
from tests import race_client as client
from tests.pg_server import login_url, postgres_bin, temporary_server

pytestmark = pytest.mark.postgres

ROUNDS = 4
ROOT = Path(__file__).resolve().parents[2]
LOGINS = ("beh_a", "beh_b")



@pytest.fixture(scope="module")
def server() -> Iterator[dict[str, str]]:
    """The server with the demo, two beheerder logins, a budget, a plan and a draft to fight
    over; returns the URL and the extra argument per editor."""
    if postgres_bin() is None:
        pytest.fail("PostgreSQL binaries missing: .ci/run installs the 'postgresql' package")
    with temporary_server() as url:
        assert main(["--database", url, "server", "init"]) == 0
        for login in LOGINS:
            assert main(["--database", url, "users", "add", login, "--role", "beheerder"]) == 0
        assert main(["--database", url, "demo", "--employees", "60"]) == 0
        db = open_database(login_url(url, LOGINS[0]))
        try:
            with db.unit_of_work() as uow:
                unit, row = next(iter(plan_edit.load_budgets(uow, client.BUDGET_YEAR).items()),
                                 (None, None))
                if unit is None:  # a budget row to change (two first-time inserts are a
                    unit = "Sociaal team Noord"  # unique-key refusal, tested elsewhere)
                    plan_edit.set_budget(uow, unit, client.BUDGET_YEAR, 1, expected_version=None)
            with db.unit_of_work() as uow:
                person = next(
                    c.employee.personnel_number for c in iv.interview_candidates(uow)
                    if plan_edit.current_plan(uow, c.employee.personnel_number) is not None
                )
                draft = iv.new_draft(iv.prepare_interview(uow, person), team_lead="beh_a")
                iv.save_draft(uow, draft)
        finally:
            db.dispose()
        yield {"url": url, "budget": unit, "plan": person, "draft": str(draft.id)}


def _stored(db: Database, editor: str, extra: str) -> object:
    """What the database now holds for the record ``editor`` changes."""
    with db.unit_of_work() as uow:
        if editor == "requirement":
            profile = edit.load_reference(uow).profile(client.PROFILE)
            return next(q.weight for q in profile.requirements
                        if q.competency == client.COMPETENCY)
        if editor == "competency":
            return edit.load_reference(uow).competency(client.COMPETENCY).name
        if editor == "offer":
            return next(o.name for o in edit.load_catalogue(uow).offers if o.code == client.OFFER)
        if editor == "setting":
            return next(s.value for s in settings_edit.load_editable_settings(uow)
                        if s.key == client.SETTING)
        if editor == "budget":
            return plan_edit.load_budgets(uow, client.BUDGET_YEAR)[extra].budget.amount
        if editor == "plan":
            plan = plan_edit.current_plan(uow, extra)
            assert plan is not None
            return [item.title for item in plan.plan.items]
        draft = iv.load_draft(uow, int(extra))
        assert draft is not None
        return draft.agreements


def _expected(editor: str, who: int, round_: int) -> object:
    number = client.number_of(who, round_)
    value = client.value_of(editor, who, round_)
    return {
        "requirement": float(number),
        "setting": float(number),
        "budget": Decimal(number),
        "plan": [value],
    }.get(editor, value)


def _wait_for(paths: list[Path], processes: list[subprocess.Popen[str]]) -> None:
    deadline = time.monotonic() + 120
    while not all(p.exists() for p in paths):
        for process in processes:
            if process.poll() is not None and process.returncode != 0:
                pytest.fail(f"client stopped: {process.stderr.read() if process.stderr else ''}")
        assert time.monotonic() < deadline, "clients did not get ready"
        time.sleep(0.01)


@pytest.mark.parametrize("editor", list(client.EDITORS))
def test_two_processes_lose_no_update(
    server: dict[str, str], editor: str, tmp_path: Path
) -> None:
    extra = [server[editor]] if editor in server else []
    logins = (LOGINS[0], LOGINS[0]) if editor == "draft" else LOGINS
    processes = [
        subprocess.Popen(
            [sys.executable, "-m", "tests.race_client", login_url(server["url"], login),
             editor, str(who), str(tmp_path), str(ROUNDS), *extra],
            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )
        for who, login in enumerate(logins)
    ]
    reader = open_database(login_url(server["url"], LOGINS[0]))
    lost: list[Any] = []
    today = dt.date.today().strftime("%d-%m-%Y")
    try:
        for round_ in range(ROUNDS):
            _wait_for([tmp_path / f"ready-{who}-{round_}" for who in (0, 1)], processes)
            (tmp_path / f"go-{round_}").touch()
            outcomes = [json.loads(_line(p)) for p in processes]
            results = sorted(o["result"] for o in outcomes)
            if results != ["refused", "saved"]:
                lost.append((round_, outcomes))
                continue
            winner = next(who for who, o in enumerate(outcomes) if o["result"] == "saved")
            message = outcomes[1 - winner]["message"]
            assert f"door {logins[winner]} op {today} om " in message, message
            stored = _stored(reader, editor, server.get(editor, ""))
            assert stored == _expected(editor, winner, round_)
        for process in processes:
            assert process.wait(timeout=60) == 0, process.stderr.read() if process.stderr else ""
    finally:
        reader.dispose()
        for process in processes:
            if process.poll() is None:
                process.kill()
    assert lost == [], f"{len(lost)} of {ROUNDS} rounds lost an update: {lost}"


def _line(process: subprocess.Popen[str]) -> str:
    assert process.stdout is not None
    line = process.stdout.readline()
    if not line:
        process.wait(timeout=30)
        pytest.fail(f"client stopped: {process.stderr.read() if process.stderr else ''}")
    return line
