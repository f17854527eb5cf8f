"""The supply analysis at scale: on the 1,000-staff demo every option's path is exactly the
path the planner computes for that person alone (no cache, no per-profile tables), so the
shortcuts that make 20,000 staff fast change no result."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from competentieplanner.domain.planning import plan_path
from competentieplanner.domain.settings import Settings
from competentieplanner.domain.workforce import NOT_READY, TOO_LATE
from competentieplanner.persistence import formation as store
from competentieplanner.persistence import repositories as repo
from competentieplanner.services import formation, workforce
from competentieplanner.services.database import open_database
from tests.conftest import _demo_template

PROFILES = {"strategisch": 40.0, "aanbieders": 60.0, "faciliterend": 80.0}
TODAY = dt.date(2025, 6, 1)


def test_supply_of_1000_staff_equals_the_planner_person_by_person(
    tmp_path: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    path = tmp_path / "demo-1000.db"
    shutil.copyfile(_demo_template(tmp_path_factory, 1000, 1), path)
    db = open_database(path)
    try:
        with db.unit_of_work() as uow:
            for profile, fte in PROFILES.items():
                formation.set_formation(uow, scenario="S", year=2028, profile=profile, fte=fte)
        with db.unit_of_work() as uow:
            problem = workforce.load_problem(uow, workforce.PlanRequest("S", today=TODAY))
            levels = store.current_levels(uow.session)
            profiles = {p.code: p for p in repo.load_profiles(uow.session)}
            catalogue = repo.load_catalogue(uow.session)
            settings = Settings.from_flat(repo.load_settings(uow.session))
    finally:
        db.dispose()
    hours = settings.planning.hours_per_quarter
    paths = rejected = 0
    for person in problem.people:
        mine = levels.get(person.personnel_number, {})
        for option in person.options:
            if option.ready_now:
                continue
            expected = plan_path(
                mine,
                profiles[option.profile],
                catalogue,
                start=problem.start,
                hours_per_quarter=hours,
            )
            assert option.path == expected, person.personnel_number
            assert option.cost_cents == int(expected.total_cost * 100)
            assert option.ready_quarter == max(item.quarter for item in expected.items)
            paths += 1
        for rejection in person.rejections:
            if rejection.kind not in (NOT_READY, TOO_LATE):
                continue
            expected = plan_path(
                mine,
                profiles[rejection.profile],
                catalogue,
                start=problem.start,
                hours_per_quarter=hours,
            )
            if rejection.kind == TOO_LATE:
                assert max(item.quarter for item in expected.items).year > problem.year
            else:
                assert expected.remaining
            rejected += 1
    # the demo exercises both: many grown paths and some out of reach
    assert paths > 300
    assert rejected > 0
