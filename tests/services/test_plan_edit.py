"""Saving adjusted development plans as new versions, and setting budgets."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import event, func, select, text

from competentieplanner.domain.errors import ConflictError, NotFoundError, UserError
from competentieplanner.domain.model import (
    FundingSource,
    PlanItemStatus,
    PlanStatus,
    Quarter,
)
from competentieplanner.persistence import records as r
from competentieplanner.persistence import repositories as repo
from competentieplanner.persistence.database import Database
from competentieplanner.services import engine, plan_edit
from competentieplanner.services.database import open_database
from tests import engine_support


def _people(db: Database) -> tuple[str, str]:
    """(someone with a plan, someone without)."""
    with db.read_session() as session:
        with_plan = session.scalars(
            select(r.EmployeeRecord.personnel_number)
            .join(r.DevelopmentPlanRecord)
            .order_by(r.EmployeeRecord.id)
        ).first()
        without = session.scalars(
            select(r.EmployeeRecord.personnel_number)
            .where(~r.EmployeeRecord.id.in_(select(r.DevelopmentPlanRecord.employee_id)))
            .order_by(r.EmployeeRecord.id)
        ).first()
    assert with_plan and without
    return with_plan, without


def _items() -> list[plan_edit.PlanItem]:
    return [
        plan_edit.make_item(
            quarter="2027-k1",
            title="Politiek-bestuurlijke sensitiviteit",
            offer="OPL18",
            hours=28,
            cost="1995",
            funding="werkgever",
            repayment_clause=True,
        ),
        plan_edit.make_item(
            quarter=Quarter(2027, 2), title="Meeloopstage in een sociaal team", hours=16
        ),
    ]


def test_first_plan_is_saved_with_its_items(demo_db: Database) -> None:
    _, person = _people(demo_db)
    assert engine_support.current_plan(demo_db, person) is None

    saved = engine_support.save_plan(
        demo_db, person, profile="strategisch", items=_items(), expected=None
    )

    with demo_db.read_session() as session:
        plans = repo.load_plans(session, person)
    assert len(plans) == 1 and plans[0] == saved.plan
    plan = plans[0]
    assert (plan.profile, plan.status) == ("strategisch", PlanStatus.DRAFT)
    assert [(str(i.quarter), i.offer, i.hours, i.cost) for i in plan.items] == [
        ("2027-K1", "OPL18", 28.0, Decimal("1995.00")),
        ("2027-K2", None, 16.0, Decimal("0.00")),
    ]
    assert plan.items[0].repayment_clause and plan.items[0].funding is FundingSource.EMPLOYER
    assert plan.total_cost == Decimal("1995.00")


def test_adjusted_plan_supersedes_the_previous_version(demo_db: Database) -> None:
    person, _ = _people(demo_db)
    current = engine_support.current_plan(demo_db, person)
    assert current is not None

    saved = engine_support.save_plan(
        demo_db, person, profile=current.plan.profile, items=_items(), expected=current.ref
    )

    with demo_db.read_session() as session:
        plans = repo.load_plans(session, person)
        new_record = session.get(r.DevelopmentPlanRecord, saved.ref.plan_id)
        old_record = session.get(r.DevelopmentPlanRecord, current.ref.plan_id)
        assert new_record is not None and old_record is not None
        assert new_record.supersedes_id == current.ref.plan_id
        # the superseded version is kept, and its version moved so a parallel save is refused
        assert old_record.version == current.ref.version + 1
    assert [p.id for p in plans] == [current.plan.id, saved.plan.id]
    assert plans[0] == current.plan
    assert saved.plan.created_on >= current.plan.created_on


def test_version_conflict_with_two_sessions_is_refused(demo_db_path: Path) -> None:
    advisor = open_database(demo_db_path)
    team_lead = open_database(demo_db_path)
    try:
        person, _ = _people(advisor)
        seen_by_advisor = engine_support.current_plan(advisor, person)
        seen_by_lead = engine_support.current_plan(team_lead, person)
        assert seen_by_advisor is not None and seen_by_lead is not None

        lead_items = _items()[1:]
        engine_support.save_plan(
            team_lead, person, profile=None, items=lead_items, expected=seen_by_lead.ref
        )
        with pytest.raises(ConflictError, match=r"intussen opnieuw opgeslagen door \S+ op "):
            engine_support.save_plan(
                advisor, person, profile=None, items=_items(), expected=seen_by_advisor.ref
            )

        latest = engine_support.current_plan(advisor, person)
        assert latest is not None
        assert [i.title for i in latest.plan.items] == [i.title for i in lead_items]
        with advisor.read_session() as session:
            assert len(repo.load_plans(session, person)) == 2
    finally:
        advisor.dispose()
        team_lead.dispose()


def test_saving_a_first_plan_when_one_appeared_meanwhile_is_refused(demo_db: Database) -> None:
    _, person = _people(demo_db)
    engine_support.save_plan(demo_db, person, profile=None, items=_items(), expected=None)
    with pytest.raises(ConflictError, match="toegevoegd"):
        engine_support.save_plan(demo_db, person, profile=None, items=_items(), expected=None)


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"quarter": "2027-Q1"}, "geen kwartaal; schrijf bijvoorbeeld 2027-K1"),
        ({"quarter": "2027-K5"}, "geen kwartaal"),
        ({"hours": -2}, "uren mag niet negatief"),
        ({"cost": "-10"}, "kosten mag niet negatief"),
        ({"cost": "tien"}, "moet een bedrag zijn"),
        ({"title": "  "}, "omschrijving van de activiteit mag niet leeg"),
        ({"funding": "loterij"}, "Financiering 'loterij' is onbekend"),
        ({"status": "misschien"}, "Status 'misschien' is onbekend"),
    ],
)
def test_make_item_refuses_bad_values(fields: dict[str, object], message: str) -> None:
    values: dict[str, object] = {"quarter": "2027-K1", "title": "Coaching", "hours": 6}
    values.update(fields)
    with pytest.raises(UserError, match=message):
        plan_edit.make_item(**values)  # type: ignore[arg-type]


def test_unknown_offer_or_profile_leaves_the_database_unchanged(demo_db: Database) -> None:
    _, person = _people(demo_db)
    bad_offer = [plan_edit.make_item(quarter="2027-K1", title="Onbekend", offer="OPL999")]
    with pytest.raises(NotFoundError, match="OPL999"):
        engine_support.save_plan(demo_db, person, profile=None, items=bad_offer, expected=None)
    with pytest.raises(NotFoundError, match="Profiel 'nergens'"):
        engine_support.save_plan(demo_db, person, profile="nergens", items=_items(), expected=None)
    assert engine_support.current_plan(demo_db, person) is None


def test_item_status_and_plan_status_are_kept(demo_db: Database) -> None:
    _, person = _people(demo_db)
    item = plan_edit.make_item(
        quarter="2026-K4", title="Intervisie", hours=12, status="afgerond", funding="ikb"
    )
    saved = engine_support.save_plan(
        demo_db,
        person,
        profile=None,
        items=[item],
        expected=None,
        status=PlanStatus.AGREED,
        created_on=dt.date(2026, 11, 2),
    )
    assert saved.plan.status is PlanStatus.AGREED
    assert saved.plan.created_on == dt.date(2026, 11, 2)
    assert saved.plan.items[0].status is PlanItemStatus.DONE
    assert saved.plan.items[0].funding is FundingSource.IKB


# -- budgets ------------------------------------------------------------------------------------


def test_set_update_and_remove_budget(demo_db: Database) -> None:
    budgets = engine_support.load_budgets(demo_db, 2027)
    unit, row = next(iter(sorted(budgets.items())))

    version = engine_support.set_budget(
        demo_db, unit, 2027, "12500.50", expected_version=row.version
    )
    assert engine_support.load_budgets(demo_db, 2027)[unit].budget.amount == Decimal("12500.50")
    with pytest.raises(ConflictError, match="gewijzigd"):
        engine_support.set_budget(demo_db, unit, 2027, 1, expected_version=row.version)

    removed = engine_support.remove_budget(demo_db, unit, 2027, expected_version=version)
    assert removed.amount == Decimal("12500.50")
    assert unit not in engine_support.load_budgets(demo_db, 2027)

    created = engine_support.set_budget(demo_db, unit, 2030, 5000, expected_version=None)
    assert created == 1
    assert engine_support.load_budgets(demo_db, 2030)[unit].budget.amount == Decimal("5000.00")


def test_budget_validation(demo_db: Database) -> None:
    unit = next(iter(engine_support.load_budgets(demo_db, 2027)))
    with pytest.raises(UserError, match="budget mag niet negatief"):
        engine_support.set_budget(demo_db, unit, 2031, -1, expected_version=None)
    with pytest.raises(UserError, match="jaar moet tussen 2000 en 2100"):
        engine_support.set_budget(demo_db, unit, 1999, 10, expected_version=None)
    with pytest.raises(NotFoundError, match="Afdeling of team 'Nergens'"):
        engine_support.set_budget(demo_db, "Nergens", 2031, 10, expected_version=None)
    assert engine_support.load_budgets(demo_db, 2031) == {}


def _planned_person_with_a_path(db: Database) -> str:
    """Someone with a saved plan for whom the engine proposes at least one offer."""
    person, _ = _people(db)
    with db.read_session() as session:
        planned = session.scalars(
            select(r.EmployeeRecord.personnel_number).join(r.DevelopmentPlanRecord).distinct()
        ).all()
    for number in [person, *planned]:
        if engine_support.plan(db, number).path.items:
            return number
    raise AssertionError("no suitable person in the demo data")


def test_proposing_and_saving_a_path_is_one_transaction_all_or_nothing(
    demo_db: Database,
) -> None:
    number = _planned_person_with_a_path(demo_db)
    before = engine_support.current_plan(demo_db, number)
    assert before is not None
    with demo_db.session() as session:
        # The database refuses the plan's items (as a full disk or a constraint would), after
        # the new version and the touch of the superseded one were already sent.
        session.execute(
            text(
                "CREATE TRIGGER refuse_items BEFORE INSERT ON plan_item "
                "BEGIN SELECT RAISE(ABORT, 'geweigerd'); END"
            )
        )
    transactions: list[object] = []

    def began(connection: object) -> None:
        transactions.append(connection)

    event.listen(demo_db.engine, "begin", began)
    try:
        with (
            pytest.raises(UserError, match=f"ontwikkelplan van {number} kon niet"),
            demo_db.unit_of_work() as uow,
        ):
            engine.plan_for_employee(uow, number, save=True)
    finally:
        event.remove(demo_db.engine, "begin", began)
    assert len(transactions) == 1  # reading, proposing and saving: one transaction

    after = engine_support.current_plan(demo_db, number)
    assert after == before  # no new version, and the previous one was not touched either
    with demo_db.read_session() as session:
        assert (
            session.scalar(
                select(func.count())
                .select_from(r.DevelopmentPlanRecord)
                .where(r.DevelopmentPlanRecord.supersedes_id == before.ref.plan_id)
            )
            == 0
        )

    with demo_db.session() as session:
        session.execute(text("DROP TRIGGER refuse_items"))
    with demo_db.unit_of_work() as uow:
        saved = engine.plan_for_employee(uow, number, save=True)
    latest = engine_support.current_plan(demo_db, number)
    assert latest is not None and latest.ref.plan_id == saved.saved_plan_id
    assert [i.offer for i in latest.plan.items] == [s.offer.code for s in saved.path.items]
