"""Interview drafts lose no update: two people saving the same draft, the second save is refused
with a Dutch message and the first one's work stays. On a real SQLite file and on a real
PostgreSQL server (started by the test), sequentially and with two connections racing."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

import pytest
from sqlalchemy import func, select

from competentieplanner.domain.errors import ConflictError, UserError
from competentieplanner.domain.interview import InterviewDraft
from competentieplanner.persistence import accounts
from competentieplanner.persistence import records as r
from competentieplanner.persistence.database import Database
from competentieplanner.services import interview as iv
from competentieplanner.services.database import open_database
from competentieplanner.services.demo import generate_demo
from tests.pg_server import postgres_bin, temporary_server

T = TypeVar("T")
RACES = 6
COUNTED = (
    r.InterviewRecord,
    r.AssessmentRecord,
    r.DevelopmentPlanRecord,
    r.PlanItemRecord,
    r.InterviewDraftRecord,
)


def call(db: Database, service: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    with db.unit_of_work() as uow:
        return service(uow, *args, **kwargs)


@pytest.fixture(scope="module")
def pg_url() -> Iterator[str]:
    if postgres_bin() is None:
        pytest.fail("PostgreSQL binaries missing: .ci/run installs the 'postgresql' package")
    with temporary_server() as url:
        db = open_database(url)
        generate_demo(db, employees=60)
        db.dispose()
        yield url


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def target(request: pytest.FixtureRequest, demo_db_path: Path) -> Iterator[str]:
    """The database two people share: a demo SQLite file, or the demo on PostgreSQL."""
    if request.param == "sqlite":
        yield str(demo_db_path)
        return
    url: str = request.getfixturevalue("pg_url")
    yield url
    db = open_database(url)  # leave the module's server as the next test expects it
    with db.unit_of_work() as uow:
        for draft in iv.load_drafts(uow):
            assert draft.id is not None
            iv.delete_draft(uow, draft.id)
    db.dispose()


@pytest.fixture
def people(target: str) -> Iterator[tuple[Database, Database]]:
    """Two desktop clients on the same database, each with its own engine and connections."""
    first, second = open_database(target), open_database(target)
    yield first, second
    first.dispose()
    second.dispose()


def _stored_draft(db: Database) -> InterviewDraft:
    with db.unit_of_work() as uow:
        candidate = next(c for c in iv.interview_candidates(uow) if c.employee.unit)
        prep = iv.prepare_interview(uow, candidate.employee.personnel_number)
        draft = iv.new_draft(prep, team_lead="Noë Haile")
        draft.agreements = "Begonnen"
        iv.save_draft(uow, draft)
    return draft


def _counts(db: Database) -> dict[str, int]:
    with db.unit_of_work() as uow:
        return {
            t.__tablename__: uow.session.scalar(select(func.count()).select_from(t)) or 0
            for t in COUNTED
        }


def test_the_second_save_of_the_same_draft_is_refused(people: tuple[Database, Database]) -> None:
    ann, bob = people
    started = _stored_draft(ann)
    assert started.version is not None
    mine = call(ann, iv.load_draft, started.id)
    theirs = call(bob, iv.load_draft, started.id)
    assert mine is not None and theirs is not None and mine.version == theirs.version

    mine.agreements = "Ann: opleiding in het voorjaar"
    call(ann, iv.save_draft, mine)
    theirs.agreements = "Bob: geen opleiding"
    with pytest.raises(ConflictError) as refused:
        call(bob, iv.save_draft, theirs)
    assert "Het concept-gesprek is intussen elders opgeslagen" in str(refused.value)
    assert "Laad het concept opnieuw" in str(refused.value)
    # who and when, from the audit log: Ann's login, today
    login = call(ann, lambda uow: accounts.current_login(uow.session))
    today = dt.date.today().strftime("%d-%m-%Y")
    assert f"door {login} op {today} om " in str(refused.value)
    stored = call(bob, iv.load_draft, started.id)
    assert stored is not None and stored.agreements == "Ann: opleiding in het voorjaar"

    # Reloading gives Bob the current version; his next save goes through on top of Ann's.
    stored.agreements += "; Bob: en een intervisiegroep"
    call(bob, iv.save_draft, stored)
    final = call(ann, iv.load_draft, started.id)
    assert final is not None
    assert final.agreements == "Ann: opleiding in het voorjaar; Bob: en een intervisiegroep"
    # Ann's copy is now stale too: discarding it would throw away Bob's work.
    with pytest.raises(ConflictError):
        call(ann, iv.delete_draft, mine.id, mine.version)
    assert call(ann, iv.load_draft, started.id) is not None


def _race(people: tuple[Database, Database], draft_id: int | None, label: str) -> dict[int, str]:
    """Both read the draft, then both save at the same moment on their own connections."""
    copies = [call(db, iv.load_draft, draft_id) for db in people]
    gate = threading.Barrier(2)
    outcome: dict[int, str] = {}

    def save(who: int) -> None:
        draft = copies[who]
        assert draft is not None
        draft.agreements = f"{label}: persoon {who}"
        gate.wait()
        try:
            call(people[who], iv.save_draft, draft)
            outcome[who] = "saved"
        except ConflictError:
            outcome[who] = "refused"

    threads = [threading.Thread(target=save, args=(who,)) for who in (0, 1)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    return outcome


def test_racing_saves_lose_no_update(people: tuple[Database, Database]) -> None:
    """Exactly one of two simultaneous saves wins each time and the stored draft is the
    winner's; the other is told so."""
    started = _stored_draft(people[0])
    for race in range(RACES):
        outcome = _race(people, started.id, f"ronde {race}")
        assert sorted(outcome.values()) == ["refused", "saved"], outcome
        winner = next(who for who, result in outcome.items() if result == "saved")
        stored = call(people[0], iv.load_draft, started.id)
        assert stored is not None and stored.agreements == f"ronde {race}: persoon {winner}"


def test_closing_a_draft_saved_elsewhere_meanwhile_writes_nothing(
    people: tuple[Database, Database],
) -> None:
    ann, bob = people
    started = _stored_draft(ann)
    mine = call(ann, iv.load_draft, started.id)
    theirs = call(bob, iv.load_draft, started.id)
    assert mine is not None and theirs is not None
    theirs.agreements = "Bob vulde de afspraken aan"
    call(bob, iv.save_draft, theirs)
    before = _counts(ann)
    with pytest.raises(ConflictError, match="intussen elders opgeslagen"):
        call(ann, iv.close_interview, mine)
    assert _counts(ann) == before
    stored = call(ann, iv.load_draft, started.id)
    assert stored is not None and stored.agreements == "Bob vulde de afspraken aan"


def test_a_draft_removed_elsewhere_is_stored_again_rather_than_lost(
    people: tuple[Database, Database],
) -> None:
    ann, bob = people
    started = _stored_draft(ann)
    assert started.id is not None
    call(bob, iv.delete_draft, started.id, started.version)
    started.agreements = "Nog steeds bezig"
    new_id = call(ann, iv.save_draft, started)
    stored = call(bob, iv.load_draft, new_id)
    assert stored is not None and stored.agreements == "Nog steeds bezig"
    with pytest.raises(UserError):  # an unknown person cannot carry a draft
        call(
            ann,
            iv.save_draft,
            InterviewDraft(personnel_number="bestaat-niet", held_on=stored.held_on),
        )
