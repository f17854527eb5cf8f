"""Editing reference data row by row: validation, version checks and reversible results."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from decimal import Decimal
from pathlib import Path
from typing import Any, TypeVar

import pytest
from sqlalchemy import event, select, text
from sqlalchemy.orm import Session

from competentieplanner.domain.errors import ConflictError, NotFoundError, UserError
from competentieplanner.domain.model import (
    Authority,
    Competency,
    Effect,
    Requirement,
    TrainingOffer,
)
from competentieplanner.domain.provenance import OWN_ENTRY
from competentieplanner.persistence import records as r
from competentieplanner.persistence import repositories as repo
from competentieplanner.persistence.database import Database
from competentieplanner.services import reference_edit as edit
from competentieplanner.services.database import open_database

T = TypeVar("T")


def _do(db: Database, use_case: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    """Call ``use_case`` in one unit of work, as a CLI command or UI operation does."""
    with db.unit_of_work() as uow:
        return use_case(uow, *args, **kwargs)


def _requirement(db: Database, profile: str, competency: str) -> Requirement:
    with db.read_session() as session:
        found = [
            q for q in repo.get_profile(session, profile).requirements if q.competency == competency
        ]
    assert len(found) == 1
    return found[0]


def _competency(db: Database, code: str) -> Competency:
    with db.read_session() as session:
        return repo.load_competencies(session)[code]


def _offers_in_plans(db: Database) -> set[str]:
    """Offers a plan item refers to: those can only be deactivated, never removed."""
    with db.read_session() as session:
        return set(
            session.scalars(
                select(r.TrainingOfferRecord.code).join(
                    r.PlanItemRecord, r.PlanItemRecord.offer_id == r.TrainingOfferRecord.id
                )
            )
        )


def _offer(db: Database, code: str) -> TrainingOffer:
    with db.read_session() as session:
        return {o.code: o for o in repo.load_catalogue(session, include_inactive=True)}[code]


# -- requirements -------------------------------------------------------------------------------


def test_update_requirement_changes_the_row_and_bumps_the_version(empty_db: Database) -> None:
    snapshot = _do(empty_db, edit.load_reference)
    version = snapshot.requirement_versions[("strategisch", "BA05")]
    before = _requirement(empty_db, "strategisch", "BA05")

    new_version = _do(
        empty_db,
        edit.update_requirement,
        "strategisch",
        Requirement("BA05", target=4, weight=2.5, critical=True),
        expected_version=version,
    )

    assert new_version == version + 1
    # a changed value is no longer the reference proposal: it is the municipality's own entry
    assert before.source.startswith("voorstel Competentieplanner: ")
    changed = _requirement(empty_db, "strategisch", "BA05")
    assert changed == Requirement("BA05", 4, 2.5, True) and changed.source == OWN_ENTRY
    # the reverse change with the returned version restores the old values (undo)
    _do(empty_db, edit.update_requirement, "strategisch", before, expected_version=new_version)
    assert _requirement(empty_db, "strategisch", "BA05") == before
    assert _requirement(empty_db, "strategisch", "BA05").source == before.source


@pytest.mark.parametrize(
    ("requirement", "message"),
    [
        (Requirement("BA05", 0, 1.0), "tussen 1 en 4"),
        (Requirement("BA05", 5, 1.0), "tussen 1 en 4"),
        (Requirement("BA05", 3, 0.0), "groter dan 0"),
        (Requirement("BA05", 3, -1.0), "groter dan 0"),
        (Requirement("BA05", 3, float("nan")), "moet een getal zijn"),
    ],
)
def test_invalid_requirement_is_refused_and_nothing_changes(
    empty_db: Database, requirement: Requirement, message: str
) -> None:
    version = _do(empty_db, edit.load_reference).requirement_versions[("strategisch", "BA05")]
    before = _requirement(empty_db, "strategisch", "BA05")

    with pytest.raises(UserError, match=message):
        _do(empty_db, edit.update_requirement, "strategisch", requirement, expected_version=version)

    assert _requirement(empty_db, "strategisch", "BA05") == before
    assert (
        _do(empty_db, edit.load_reference).requirement_versions[("strategisch", "BA05")] == version
    )


def test_stale_version_is_refused_with_the_conflict_message(empty_db: Database) -> None:
    version = _do(empty_db, edit.load_reference).requirement_versions[("strategisch", "BA05")]
    _do(
        empty_db,
        edit.update_requirement,
        "strategisch",
        Requirement("BA05", 2, 1.0),
        expected_version=version,
    )

    # the message names who changed it and when, from the audit log
    named = r"intussen gewijzigd door \S+ op \d\d-\d\d-\d{4} om \d\d:\d\d; de gegevens"
    with pytest.raises(ConflictError, match=named):
        _do(
            empty_db,
            edit.update_requirement,
            "strategisch",
            Requirement("BA05", 4, 1.0),
            expected_version=version,
        )
    assert _requirement(empty_db, "strategisch", "BA05").target == 2


def test_two_sessions_on_one_file_cannot_overwrite_each_other(db_path: Path) -> None:
    first = open_database(db_path)
    second = open_database(db_path)
    try:
        seen_by_first = _do(first, edit.load_reference).competency_versions["BA01"]
        seen_by_second = _do(second, edit.load_reference).competency_versions["BA01"]
        original = _competency(first, "BA01")

        _do(
            second,
            edit.update_competency,
            replace(original, name="Bestuurlijke sensitiviteit"),
            expected_version=seen_by_second,
        )
        with pytest.raises(ConflictError, match="Competentie BA01 is intussen"):
            _do(
                first,
                edit.update_competency,
                replace(original, name="Politieke antenne"),
                expected_version=seen_by_first,
            )
        assert _competency(first, "BA01").name == "Bestuurlijke sensitiviteit"
    finally:
        first.dispose()
        second.dispose()


def test_add_and_remove_requirement_round_trip(empty_db: Database) -> None:
    with empty_db.read_session() as session:
        codes = {q.competency for q in repo.get_profile(session, "strategisch").requirements}
    assert "ST06" not in codes

    version = _do(empty_db, edit.add_requirement, "strategisch", Requirement("ST06", 2, 0.5))
    assert _requirement(empty_db, "strategisch", "ST06") == Requirement("ST06", 2, 0.5, False)

    with pytest.raises(UserError, match="vraagt ST06 al"):
        _do(empty_db, edit.add_requirement, "strategisch", Requirement("ST06", 3, 1.0))

    removed = _do(
        empty_db, edit.remove_requirement, "strategisch", "ST06", expected_version=version
    )
    assert removed == Requirement("ST06", 2, 0.5, False)
    with empty_db.read_session() as session:
        profile = repo.get_profile(session, "strategisch")
    assert {q.competency for q in profile.requirements} == codes


def test_removing_a_row_removed_meanwhile_is_a_conflict(empty_db: Database) -> None:
    version = _do(empty_db, edit.add_requirement, "strategisch", Requirement("ST06", 2, 1.0))
    _do(empty_db, edit.remove_requirement, "strategisch", "ST06", expected_version=version)
    with pytest.raises(ConflictError, match="verwijderd"):
        _do(empty_db, edit.remove_requirement, "strategisch", "ST06", expected_version=version)


# -- competencies and indicators ----------------------------------------------------------------


def test_update_competency_cleans_tags_and_keeps_indicators(empty_db: Database) -> None:
    before = _competency(empty_db, "ST03")
    version = _do(empty_db, edit.load_reference).competency_versions["ST03"]

    _do(
        empty_db,
        edit.update_competency,
        replace(
            before,
            name="  Eigen kracht versterken ",
            cluster="Inwoner",
            source="BCP 2017",
            tags=("TP", " tp ", "", "eigen regie"),
        ),
        expected_version=version,
    )

    after = _competency(empty_db, "ST03")
    assert after.name == "Eigen kracht versterken"
    assert (after.cluster, after.source) == ("Inwoner", "BCP 2017")
    assert after.tags == ("TP", "eigen regie")
    assert after.indicators == before.indicators


def test_empty_competency_name_is_refused(empty_db: Database) -> None:
    version = _do(empty_db, edit.load_reference).competency_versions["ST03"]
    with pytest.raises(UserError, match="naam van de competentie mag niet leeg zijn"):
        _do(
            empty_db,
            edit.update_competency,
            replace(_competency(empty_db, "ST03"), name="   "),
            expected_version=version,
        )


def test_set_indicator_update_remove_and_recreate(empty_db: Database) -> None:
    snapshot = _do(empty_db, edit.load_reference)
    version = snapshot.indicator_versions[("BA02", 3)]
    old_text = snapshot.competency("BA02").indicator(3)

    new_version = _do(
        empty_db,
        edit.set_indicator,
        "BA02",
        3,
        "Schetst scenario's voor de komende raadsperiode.",
        expected_version=version,
    )
    assert new_version == version + 1
    assert _competency(empty_db, "BA02").indicator(3).startswith("Schetst scenario's")

    assert _do(empty_db, edit.set_indicator, "BA02", 3, "  ", expected_version=new_version) is None
    assert 3 not in _competency(empty_db, "BA02").indicators
    assert ("BA02", 3) not in _do(empty_db, edit.load_reference).indicator_versions

    recreated = _do(empty_db, edit.set_indicator, "BA02", 3, old_text, expected_version=None)
    assert recreated == 1
    assert _competency(empty_db, "BA02").indicator(3) == old_text
    with pytest.raises(ConflictError, match="toegevoegd"):
        _do(empty_db, edit.set_indicator, "BA02", 3, "anders", expected_version=None)


def test_indicator_level_outside_the_scale_is_refused(empty_db: Database) -> None:
    with pytest.raises(UserError, match="Het niveau moet tussen 1 en 4"):
        _do(empty_db, edit.set_indicator, "BA02", 5, "te hoog", expected_version=None)


def test_add_and_remove_competency_keeps_its_place(empty_db: Database) -> None:
    new = Competency(
        code="BA19",
        name="Digitale vaardigheid",
        framework="beleidsadviseur",
        cluster="Vakmanschap",
        source="voorstel",
        tags=("data",),
        indicators={1: "Gebruikt de standaardapplicaties", 4: "Ontwerpt datagedreven werkwijzen"},
    )
    version = _do(empty_db, edit.add_competency, new)
    framework = _do(empty_db, edit.load_reference).framework("beleidsadviseur")
    assert framework.competencies[-1] == new

    removed = _do(empty_db, edit.remove_competency, "BA19", expected_version=version)
    assert removed.competency == new
    assert "BA19" not in _do(empty_db, edit.load_reference).competency_versions

    _do(empty_db, edit.add_competency, removed.competency, sort_order=removed.sort_order)
    assert _do(empty_db, edit.load_reference).framework("beleidsadviseur").competencies[-1] == new


def test_duplicate_or_spaced_competency_code_is_refused(empty_db: Database) -> None:
    base = Competency(code="BA01", name="Dubbel", framework="beleidsadviseur")
    with pytest.raises(UserError, match="bestaat al een competentie met code BA01"):
        _do(empty_db, edit.add_competency, base)
    with pytest.raises(UserError, match="geen spaties"):
        _do(empty_db, edit.add_competency, replace(base, code="BA 20"))
    with pytest.raises(NotFoundError, match="Kader 'onbekend'"):
        _do(empty_db, edit.add_competency, replace(base, code="X1", framework="onbekend"))


def test_competency_in_use_cannot_be_removed(demo_db: Database) -> None:
    version = _do(demo_db, edit.load_reference).competency_versions["BA01"]
    with pytest.raises(UserError, match=r"BA01 wordt nog gebruikt \(\d+ profieleisen, \d+ beoord"):
        _do(demo_db, edit.remove_competency, "BA01", expected_version=version)
    assert "BA01" in _do(demo_db, edit.load_reference).competency_versions


# -- authorities --------------------------------------------------------------------------------


def test_authority_add_update_remove(empty_db: Database) -> None:
    authority = Authority(
        code="VB-BA-90",
        name="Namens de wethouder overleggen met aanbieders",
        framework="beleidsadviseur",
        competency="BA05",
        min_level=3,
        required_offer="OPL24",
    )
    version = _do(empty_db, edit.add_authority, authority)
    snapshot = _do(empty_db, edit.load_reference)
    assert authority in snapshot.authorities

    changed = replace(authority, min_level=4, required_offer=None, description="Alleen met mandaat")
    version = _do(empty_db, edit.update_authority, changed, expected_version=version)
    assert changed in _do(empty_db, edit.load_reference).authorities

    assert _do(empty_db, edit.remove_authority, "VB-BA-90", expected_version=version) == changed
    assert "VB-BA-90" not in _do(empty_db, edit.load_reference).authority_versions


def test_authority_validation(empty_db: Database) -> None:
    base = Authority(code="VB-X", name="Iets", framework="beleidsadviseur")
    with pytest.raises(UserError, match="kies eerst de competentie"):
        _do(empty_db, edit.add_authority, replace(base, min_level=2))
    with pytest.raises(UserError, match="minimumniveau moet tussen 1 en 4"):
        _do(empty_db, edit.add_authority, replace(base, competency="BA01", min_level=7))
    with pytest.raises(NotFoundError, match="Opleiding 'OPL99'"):
        _do(empty_db, edit.add_authority, replace(base, required_offer="OPL99"))
    assert "VB-X" not in _do(empty_db, edit.load_reference).authority_versions


# -- catalogue ----------------------------------------------------------------------------------


def test_offer_add_update_and_deactivate(empty_db: Database) -> None:
    offer = TrainingOffer(
        code="OPL90",
        name="Schrijven voor de raad",
        provider="Fictief Opleidingshuis",
        format="klassikaal",
        hours=12,
        cost=Decimal("845.5"),
        effects=(Effect("BA17", 1, 3),),
    )
    version = _do(empty_db, edit.add_offer, offer)
    assert _offer(empty_db, "OPL90") == replace(offer, cost=Decimal("845.50"), hours=12.0)

    version = _do(
        empty_db,
        edit.update_offer,
        replace(offer, hours=14.5, cost=Decimal("900")),
        expected_version=version,
    )
    changed = _offer(empty_db, "OPL90")
    assert (changed.hours, changed.cost) == (14.5, Decimal("900"))

    version = _do(empty_db, edit.set_offer_active, "OPL90", False, expected_version=version)
    assert _offer(empty_db, "OPL90").active is False
    with empty_db.read_session() as session:
        assert "OPL90" not in {o.code for o in repo.load_catalogue(session)}
    _do(empty_db, edit.set_offer_active, "OPL90", True, expected_version=version)
    assert _offer(empty_db, "OPL90").active is True


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"hours": -1.0}, "uren mag niet negatief"),
        ({"cost": Decimal("-0.01")}, "kosten mag niet negatief"),
        ({"name": ""}, "naam van de opleiding mag niet leeg"),
    ],
)
def test_invalid_offer_values_are_refused(
    empty_db: Database, changes: dict[str, object], message: str
) -> None:
    version = _do(empty_db, edit.load_catalogue).offer_versions["OPL01"]
    before = _offer(empty_db, "OPL01")
    with pytest.raises(UserError, match=message):
        _do(empty_db, edit.update_offer, replace(before, **changes), expected_version=version)  # type: ignore[arg-type]
    assert _offer(empty_db, "OPL01") == before


def test_effects_add_update_remove_and_validate(empty_db: Database) -> None:
    before = _offer(empty_db, "OPL01")
    assert "BA09" not in {e.competency for e in before.effects}

    version = _do(empty_db, edit.add_effect, "OPL01", Effect("BA09", 0, 2))
    version = _do(
        empty_db, edit.update_effect, "OPL01", Effect("BA09", 1, 3), expected_version=version
    )
    assert Effect("BA09", 1, 3) in _offer(empty_db, "OPL01").effects

    with pytest.raises(UserError, match=r"\(2\) moet hoger zijn dan het startniveau \(2\)"):
        _do(empty_db, edit.update_effect, "OPL01", Effect("BA09", 2, 2), expected_version=version)
    with pytest.raises(UserError, match="niveau na de opleiding moet tussen 1 en 4"):
        _do(empty_db, edit.update_effect, "OPL01", Effect("BA09", 1, 5), expected_version=version)
    with pytest.raises(UserError, match="heeft al een effect op BA09"):
        _do(empty_db, edit.add_effect, "OPL01", Effect("BA09", 0, 1))

    assert _do(empty_db, edit.remove_effect, "OPL01", "BA09", expected_version=version) == Effect(
        "BA09", 1, 3
    )
    assert _offer(empty_db, "OPL01") == before


def test_catalogue_snapshot_lists_inactive_offers_and_versions(empty_db: Database) -> None:
    snapshot = _do(empty_db, edit.load_catalogue)
    assert snapshot.scale_maximum == 4
    assert set(snapshot.offer_versions) == {o.code for o in snapshot.offers}
    assert all(
        (offer.code, effect.competency) in snapshot.effect_versions
        for offer in snapshot.offers
        for effect in offer.effects
    )
    assert snapshot.competency_names["BA01"]


def test_change_committed_between_check_and_write_is_refused(db_path: Path) -> None:
    """The explicit version check reads first; a colleague's commit after that read must still
    not be overwritten (SQLite refuses the stale write, other databases raise StaleDataError)."""
    mine = open_database(db_path)
    colleague = open_database(db_path)
    meddled: list[bool] = []

    def colleague_saves_first(session: Session, *_args: object) -> None:
        if meddled:
            return
        meddled.append(True)
        with colleague.engine.begin() as conn:
            conn.execute(
                text(
                    "UPDATE requirement SET target = 1, version = version + 1 WHERE id = ("
                    "SELECT q.id FROM requirement q JOIN competency c ON c.id = q.competency_id "
                    "JOIN profile p ON p.id = q.profile_id "
                    "WHERE c.code = 'BA05' AND p.code = 'strategisch')"
                )
            )

    try:
        version = _do(mine, edit.load_reference).requirement_versions[("strategisch", "BA05")]
        event.listen(Session, "before_flush", colleague_saves_first)
        try:
            with pytest.raises(ConflictError, match="op hetzelfde moment; de gegevens zijn"):
                _do(
                    mine,
                    edit.update_requirement,
                    "strategisch",
                    Requirement("BA05", 4, 1.0),
                    expected_version=version,
                )
        finally:
            event.remove(Session, "before_flush", colleague_saves_first)
        assert meddled
        assert _requirement(mine, "strategisch", "BA05").target == 1
    finally:
        mine.dispose()
        colleague.dispose()


def test_remove_offer_only_when_nothing_refers_to_it(demo_db: Database) -> None:
    version = _do(
        demo_db,
        edit.add_offer,
        TrainingOffer("OPL91", "Nieuw aanbod", effects=(Effect("ST02", 0, 2),)),
    )
    removed = _do(demo_db, edit.remove_offer, "OPL91", expected_version=version)
    assert removed == TrainingOffer(
        "OPL91", "Nieuw aanbod", cost=Decimal("0.00"), effects=(Effect("ST02", 0, 2),)
    )
    assert "OPL91" not in _do(demo_db, edit.load_catalogue).offer_versions

    used = next(
        code
        for code, _v in sorted(_do(demo_db, edit.load_catalogue).offer_versions.items())
        if code in _offers_in_plans(demo_db)
    )
    with pytest.raises(UserError, match=f"Opleiding {used} wordt gebruikt .*niet-actief"):
        _do(
            demo_db,
            edit.remove_offer,
            used,
            expected_version=_do(demo_db, edit.load_catalogue).offer_versions[used],
        )


def test_a_form_refused_half_way_leaves_nothing_saved(empty_db: Database) -> None:
    """The fields and indicators of one form share one unit of work: when the second edit is
    refused, the first one is rolled back with it."""
    snapshot = _do(empty_db, edit.load_reference)
    before = _competency(empty_db, "ST02")
    with (
        pytest.raises(UserError, match="Het niveau moet tussen 1 en 4"),
        empty_db.unit_of_work() as uow,
    ):
        edit.update_competency(
            uow,
            replace(before, name="Half opgeslagen"),
            expected_version=snapshot.competency_versions["ST02"],
        )
        edit.set_indicator(uow, "ST02", 9, "Bestaat niet", expected_version=None)
    assert _competency(empty_db, "ST02") == before
    assert _do(empty_db, edit.load_reference).competency_versions == snapshot.competency_versions
