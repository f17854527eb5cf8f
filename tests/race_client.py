"""One desktop client in the two-process race test (tests/persistence/test_race_postgres.py).

Run as ``python -m tests.race_client URL EDITOR WHO FOLDER ROUNDS``. Per round it reads what the
editor's screen shows (with the row version), writes ``FOLDER/ready-WHO-ROUND``, waits for
``FOLDER/go-ROUND`` and then saves its own value through the same service the app uses, in one
unit of work. It prints one JSON line per round: {"round", "result": "saved"|"refused",
"message"}. Only the editors' public services are used; nothing is faked.
"""

from __future__ import annotations

import dataclasses
import json
import sys
import time
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

from competentieplanner.domain.errors import ConflictError
from competentieplanner.persistence.unit_of_work import UnitOfWork
from competentieplanner.services import interview as iv
from competentieplanner.services import plan_edit, settings_edit
from competentieplanner.services import reference_edit as edit
from competentieplanner.services.database import open_database

PROFILE, COMPETENCY, OFFER = "strategisch", "BA05", "OPL18"
SETTING = "scoring.ready_min_fit_pct"
BUDGET_YEAR = 2027

Save = Callable[[UnitOfWork], object]


def value_of(editor: str, who: int, round_: int) -> str:
    """The distinct value client ``who`` saves in ``round_`` (the test reads it back)."""
    return f"{editor}-{round_}-{who}"


def number_of(who: int, round_: int) -> int:
    return 10 + round_ * 2 + who  # 10..99: valid as a percentage, a weight, an amount


def _requirement(uow: UnitOfWork, who: int, round_: int) -> Save:
    ref = edit.load_reference(uow)
    version = ref.requirement_versions[(PROFILE, COMPETENCY)]
    shown = next(q for q in ref.profile(PROFILE).requirements if q.competency == COMPETENCY)
    changed = dataclasses.replace(shown, weight=float(number_of(who, round_)))
    return lambda w: edit.update_requirement(w, PROFILE, changed, expected_version=version)


def _competency(uow: UnitOfWork, who: int, round_: int) -> Save:
    ref = edit.load_reference(uow)
    version = ref.competency_versions[COMPETENCY]
    changed = dataclasses.replace(
        ref.competency(COMPETENCY), name=value_of("competency", who, round_)
    )
    return lambda w: edit.update_competency(w, changed, expected_version=version)


def _offer(uow: UnitOfWork, who: int, round_: int) -> Save:
    catalogue = edit.load_catalogue(uow)
    version = catalogue.offer_versions[OFFER]
    shown = next(o for o in catalogue.offers if o.code == OFFER)
    changed = dataclasses.replace(shown, name=value_of("offer", who, round_))
    return lambda w: edit.update_offer(w, changed, expected_version=version)


def _setting(uow: UnitOfWork, who: int, round_: int) -> Save:
    shown = next(s for s in settings_edit.load_editable_settings(uow) if s.key == SETTING)
    value = float(number_of(who, round_))
    return lambda w: settings_edit.update_setting(w, SETTING, value, shown.version)


def _budget(uow: UnitOfWork, who: int, round_: int, unit: str) -> Save:
    row = plan_edit.load_budgets(uow, BUDGET_YEAR).get(unit)
    version = row.version if row is not None else None
    amount = Decimal(number_of(who, round_))
    return lambda w: plan_edit.set_budget(
        w, unit, BUDGET_YEAR, amount, expected_version=version
    )


def _plan(uow: UnitOfWork, who: int, round_: int, person: str) -> Save:
    shown = plan_edit.current_plan(uow, person)
    item = plan_edit.make_item(quarter="2027-k1", title=value_of("plan", who, round_), hours=8)
    expected = shown.ref if shown is not None else None
    return lambda w: plan_edit.save_plan(
        w, person, profile=None, items=[item], expected=expected
    )


def _draft(uow: UnitOfWork, who: int, round_: int, draft_id: str) -> Save:
    draft = iv.load_draft(uow, int(draft_id))
    assert draft is not None
    draft.agreements = value_of("draft", who, round_)
    return lambda w: iv.save_draft(w, draft)


EDITORS: dict[str, Callable[..., Save]] = {
    "requirement": _requirement,
    "competency": _competency,
    "offer": _offer,
    "setting": _setting,
    "budget": _budget,
    "plan": _plan,
    "draft": _draft,
}


def _wait_for(path: Path, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while not path.exists():
        if time.monotonic() > deadline:
            raise TimeoutError(path.name)
        time.sleep(0.005)


def main(argv: list[str]) -> int:
    url, editor, who_text, folder_text, rounds_text, *extra = argv
    who, folder = int(who_text), Path(folder_text)
    db = open_database(url)
    try:
        for round_ in range(int(rounds_text)):
            with db.unit_of_work() as uow:  # what the screen shows
                save = EDITORS[editor](uow, who, round_, *extra)
            (folder / f"ready-{who}-{round_}").touch()
            _wait_for(folder / f"go-{round_}")
            outcome: dict[str, Any] = {"round": round_}
            try:
                with db.unit_of_work() as uow:  # the user presses Opslaan
                    save(uow)
                outcome |= {"result": "saved", "message": ""}
            except ConflictError as exc:
                outcome |= {"result": "refused", "message": str(exc)}
            print(json.dumps(outcome), flush=True)
    finally:
        db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
