"""Editing the settings administrators may change: ranges, versions and the effect on scoring."""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any, TypeVar

import pytest
from sqlalchemy import delete, select

from competentieplanner.domain.errors import ConflictError, NotFoundError, UserError
from competentieplanner.domain.model import Readiness
from competentieplanner.domain.settings import DEFAULTS, Settings
from competentieplanner.persistence import records as r
from competentieplanner.persistence import repositories as repo
from competentieplanner.persistence.database import Database
from competentieplanner.services import settings_edit as edit
from competentieplanner.services.engine import EmployeeMatch
from tests import engine_support

T = TypeVar("T")


def _do(db: Database, use_case: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    """Call ``use_case`` in one unit of work, as a CLI command or UI operation does."""
    with db.unit_of_work() as uow:
        return use_case(uow, *args, **kwargs)


KEYS = [
    "scoring.ready_min_fit_pct",
    "scoring.insufficient_coverage_below_pct",
    "scoring.developable_max_gap",
    "planning.hours_per_quarter",
    "reports.privacy_min_group",
    "reports.organisation_name",
    "import.fte_full_time_hours",
]


def _setting(db: Database, key: str) -> edit.EditableSetting:
    return next(s for s in _do(db, edit.load_editable_settings) if s.key == key)


def _stored(db: Database, key: str) -> object:
    with db.read_session() as session:
        return repo.load_settings(session).get(key)


def test_lists_exactly_the_editable_settings_with_their_start_values(empty_db: Database) -> None:
    settings = _do(empty_db, edit.load_editable_settings)
    assert [s.key for s in settings] == KEYS
    values = {s.key: s.value for s in settings}
    for key, default in DEFAULTS.items():
        assert values[key] == default
    assert values["reports.organisation_name"] == ""
    for setting in settings:
        assert setting.label and setting.explanation
        assert setting.version >= 1
    kinds = {s.key: s.kind for s in settings}
    assert kinds["scoring.ready_min_fit_pct"] is edit.SettingKind.FLOAT
    assert kinds["planning.hours_per_quarter"] is edit.SettingKind.INT
    assert kinds["reports.organisation_name"] is edit.SettingKind.TEXT
    hours = _setting(empty_db, "planning.hours_per_quarter")
    assert (hours.minimum, hours.maximum) == (1, 400)


def test_update_stores_the_value_and_bumps_the_version(empty_db: Database) -> None:
    before = _setting(empty_db, "planning.hours_per_quarter")
    version = _do(empty_db, edit.update_setting, "planning.hours_per_quarter", 60, before.version)
    assert version == before.version + 1
    assert _stored(empty_db, "planning.hours_per_quarter") == 60
    after = _setting(empty_db, "planning.hours_per_quarter")
    assert (after.value, after.version) == (60, version)
    with empty_db.read_session() as session:
        assert Settings.from_flat(repo.load_settings(session)).planning.hours_per_quarter == 60

    name = _setting(empty_db, "reports.organisation_name")
    _do(
        empty_db,
        edit.update_setting,
        "reports.organisation_name",
        "  Gemeente Test  ",
        name.version,
    )
    assert _stored(empty_db, "reports.organisation_name") == "Gemeente Test"


@pytest.mark.parametrize(
    ("key", "value", "message"),
    [
        ("scoring.ready_min_fit_pct", 100.5, "De drempel voor inzetbaar moet tussen 0 en 100"),
        ("scoring.ready_min_fit_pct", -1, "De drempel voor inzetbaar moet tussen 0 en 100"),
        ("scoring.ready_min_fit_pct", "90", "moet een getal zijn"),
        ("scoring.ready_min_fit_pct", math.nan, "moet een getal zijn"),
        ("scoring.ready_min_fit_pct", True, "moet een getal zijn"),
        ("scoring.insufficient_coverage_below_pct", 101, "tussen 0 en 100"),
        ("scoring.developable_max_gap", 4, "tussen 0 en 3"),
        ("scoring.developable_max_gap", 1.5, "geheel getal"),
        ("planning.hours_per_quarter", 0, "tussen 1 en 400"),
        ("planning.hours_per_quarter", 401, "tussen 1 en 400"),
        ("reports.privacy_min_group", 51, "tussen 1 en 50"),
        ("reports.privacy_min_group", 0, "tussen 1 en 50"),
        ("import.fte_full_time_hours", 61, "tussen 1 en 60"),
        ("import.fte_full_time_hours", 0.5, "tussen 1 en 60"),
        ("reports.organisation_name", "x" * 201, "te lang"),
        ("reports.organisation_name", 12, "moet een tekst zijn"),
    ],
)
def test_wrong_values_are_refused_in_dutch(
    empty_db: Database, key: str, value: object, message: str
) -> None:
    before = _setting(empty_db, key)
    with pytest.raises(UserError, match=message):
        _do(empty_db, edit.update_setting, key, value, before.version)
    assert _setting(empty_db, key) == before


def test_exact_message_for_the_ready_threshold(empty_db: Database) -> None:
    version = _setting(empty_db, "scoring.ready_min_fit_pct").version
    with pytest.raises(UserError) as caught:
        _do(empty_db, edit.update_setting, "scoring.ready_min_fit_pct", 120, version)
    assert str(caught.value) == "De drempel voor inzetbaar moet tussen 0 en 100 liggen."


def test_whole_numbers_are_stored_as_int_and_bounds_are_allowed(empty_db: Database) -> None:
    gap = _setting(empty_db, "scoring.developable_max_gap")
    _do(empty_db, edit.update_setting, "scoring.developable_max_gap", 3.0, gap.version)
    stored = _stored(empty_db, "scoring.developable_max_gap")
    assert stored == 3 and isinstance(stored, int)
    fit = _setting(empty_db, "scoring.ready_min_fit_pct")
    _do(empty_db, edit.update_setting, "scoring.ready_min_fit_pct", 0, fit.version)
    assert _stored(empty_db, "scoring.ready_min_fit_pct") == 0.0


def test_unknown_key_is_refused(empty_db: Database) -> None:
    with pytest.raises(NotFoundError):
        _do(empty_db, edit.update_setting, "lessons.TP1", "iets anders", 1)


def test_a_stale_version_is_a_conflict(empty_db: Database) -> None:
    """Two administrators load the settings; the second save is refused, the first one stays."""
    shown = _setting(empty_db, "scoring.ready_min_fit_pct")
    _do(empty_db, edit.update_setting, "scoring.ready_min_fit_pct", 85.0, shown.version)
    with pytest.raises(ConflictError, match=r"intussen gewijzigd door \S+ op \d\d-\d\d-\d{4} om "):
        _do(empty_db, edit.update_setting, "scoring.ready_min_fit_pct", 95.0, shown.version)
    assert _stored(empty_db, "scoring.ready_min_fit_pct") == 85.0


def test_several_settings_are_saved_all_or_nothing(empty_db: Database) -> None:
    hours = _setting(empty_db, "planning.hours_per_quarter")
    fit = _setting(empty_db, "scoring.ready_min_fit_pct")
    with pytest.raises(UserError):
        _do(
            empty_db,
            edit.update_settings,
            {
                "planning.hours_per_quarter": (80, hours.version),
                "scoring.ready_min_fit_pct": (150.0, fit.version),
            },
        )
    _do(empty_db, edit.update_setting, "scoring.ready_min_fit_pct", 80.0, fit.version)
    with pytest.raises(ConflictError):
        _do(
            empty_db,
            edit.update_settings,
            {
                "planning.hours_per_quarter": (80, hours.version),
                "scoring.ready_min_fit_pct": (70.0, fit.version),  # stale
            },
        )
    assert _stored(empty_db, "planning.hours_per_quarter") == 40
    assert _stored(empty_db, "scoring.ready_min_fit_pct") == 80.0
    versions = _do(
        empty_db,
        edit.update_settings,
        {
            "planning.hours_per_quarter": (80, hours.version),
            "scoring.ready_min_fit_pct": (70.0, fit.version + 1),
        },
    )
    assert versions == {
        "planning.hours_per_quarter": hours.version + 1,
        "scoring.ready_min_fit_pct": fit.version + 2,
    }


def test_a_missing_row_is_shown_with_its_default_and_added_on_save(empty_db: Database) -> None:
    with empty_db.session() as session:
        session.execute(
            delete(r.SettingRecord).where(r.SettingRecord.key == "reports.organisation_name")
        )
    missing = _setting(empty_db, "reports.organisation_name")
    assert (missing.value, missing.version) == ("", edit.NOT_STORED)
    version = _do(
        empty_db,
        edit.update_setting,
        "reports.organisation_name",
        "Gemeente Nieuw",
        missing.version,
    )
    assert version == 1
    assert _stored(empty_db, "reports.organisation_name") == "Gemeente Nieuw"
    with pytest.raises(ConflictError, match="toegevoegd"):
        _do(empty_db, edit.update_setting, "reports.organisation_name", "Later", edit.NOT_STORED)
    with empty_db.session() as session:
        session.execute(
            delete(r.SettingRecord).where(r.SettingRecord.key == "reports.organisation_name")
        )
    with pytest.raises(ConflictError, match="verwijderd"):
        _do(empty_db, edit.update_setting, "reports.organisation_name", "Later", version)


def _match(db: Database, person: str, profile: str) -> EmployeeMatch:
    (found,) = engine_support.match(db, employee=person, profile=profile)
    return found


def test_the_ready_threshold_changes_the_readiness_match_employees_computes(
    demo_db: Database,
) -> None:
    """The engine reads the threshold from the database, so a change applies at once.

    The demo has nobody with a fit between 80 and 90 % who is otherwise ready (everyone in that
    range misses a critical competency), so take the ready person with the lowest fit: raising
    the threshold just above that fit makes the profile merely *ontwikkelbaar*, lowering it to
    the fit makes the person *inzetbaar* again.
    """
    ready = [m for m in engine_support.match(demo_db) if m.match.readiness is Readiness.READY]
    lowest = min(ready, key=lambda m: m.match.fit_pct)
    person, profile, fit = (
        lowest.employee.personnel_number,
        lowest.match.profile,
        lowest.match.fit_pct,
    )
    assert 90 <= fit < 99

    shown = _setting(demo_db, "scoring.ready_min_fit_pct")
    version = _do(demo_db, edit.update_setting, "scoring.ready_min_fit_pct", fit + 1, shown.version)
    assert _match(demo_db, person, profile).match.readiness is Readiness.DEVELOPABLE

    _do(demo_db, edit.update_setting, "scoring.ready_min_fit_pct", math.floor(fit), version)
    assert _match(demo_db, person, profile).match.readiness is Readiness.READY


def test_lowering_the_ready_threshold_makes_someone_below_90_ready(demo_db: Database) -> None:
    """Someone with a fit between 80 and 90 % and no critical gap becomes *inzetbaar* once the
    threshold drops to that fit. The demo has nobody like that, so first bring one person's
    critical competencies up to the target (choosing someone whose fit then stays below 90 %).
    """
    with demo_db.read_session() as session:
        total_weight = {
            p.code: sum(q.weight for q in p.requirements) for p in repo.load_profiles(session)
        }

    def fit_without_critical_gaps(m: EmployeeMatch) -> float:
        extra = sum(
            g.weight * (g.target - (g.level or 0)) / g.target for g in m.match.gaps if g.critical
        )
        return m.match.fit_pct + 100 * extra / total_weight[m.match.profile]

    chosen = next(
        m
        for m in engine_support.match(demo_db)
        if m.match.coverage_pct == 100
        and m.match.fit_pct >= 80
        and fit_without_critical_gaps(m) < 89.5
    )
    person, profile = chosen.employee.personnel_number, chosen.match.profile
    targets = {g.competency: g.target for g in chosen.match.gaps if g.critical}
    with demo_db.session() as session:
        employee_id = session.scalar(
            select(r.EmployeeRecord.id).where(r.EmployeeRecord.personnel_number == person)
        )
        codes = dict(
            session.execute(
                select(r.CompetencyRecord.id, r.CompetencyRecord.code).where(
                    r.CompetencyRecord.code.in_(targets)
                )
            ).all()
        )
        for score in session.scalars(
            select(r.AssessmentScoreRecord)
            .join(r.AssessmentRecord)
            .where(
                r.AssessmentRecord.employee_id == employee_id,
                r.AssessmentScoreRecord.competency_id.in_(codes),
            )
        ):
            score.level = max(score.level, targets[codes[score.competency_id]])
    before = _match(demo_db, person, profile).match
    assert not any(g.critical for g in before.gaps)
    assert 80 <= before.fit_pct < 90
    assert before.readiness is not Readiness.READY

    shown = _setting(demo_db, "scoring.ready_min_fit_pct")
    _do(demo_db, edit.update_setting, "scoring.ready_min_fit_pct", 80.0, shown.version)
    assert _match(demo_db, person, profile).match.readiness is Readiness.READY
