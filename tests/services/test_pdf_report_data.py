"""The rules behind the reports' content, on the real reference data: authorities held and within
reach, relevant profiles and the union of gaps, the unit's head, who counts as policy advisor."""

from __future__ import annotations

from competentieplanner.domain.model import Employee
from competentieplanner.persistence.database import Database
from competentieplanner.services.pdf_group_data import is_policy_advisor, unit_lead
from competentieplanner.services.pdf_report_data import (
    PersonFacts,
    authority_lines,
    development_plan_data,
    load_reference,
)


def _person(levels: dict[str, int], *, done: frozenset[str] = frozenset(),
            target: str | None = None, valid: frozenset[str] = frozenset()
            ) -> PersonFacts:  # fmt: skip
    employee = Employee("123456", "Anouk", "Visser", target_profile=target)
    return PersonFacts(employee, levels, completed_offers=done, valid_registrations=valid)


def test_authorities_need_the_level_and_a_valid_meldcode_certificate(empty_db: Database) -> None:
    with empty_db.unit_of_work() as uow:
        ref = load_reference(uow)
    meldcode = "Meldcode: alle stappen doorlopen"
    besluiten = "Meldcode: zelfstandig besluiten over een melding bij Veilig Thuis"
    regie = "Regiehouder (casusregie) bij huishoudens met meervoudige problematiek"
    escaleren = "Escaleren en doorbraak- of maatwerkbudget inzetten"

    held, reach = authority_lines(ref, _person({"ST07": 3, "ST09": 1}), {"sociaal-team"})
    held_names = {line.name for line in held}
    reach_by_name = {line.name: line.missing for line in reach}
    assert meldcode not in held_names and besluiten not in held_names  # no valid certificate
    assert "Training meldcode huiselijk geweld" in reach_by_name[meldcode]
    assert "vernieuwen" in reach_by_name[meldcode]
    assert regie in reach_by_name and "van 1 naar 2" in reach_by_name[regie]
    assert escaleren not in reach_by_name  # two levels short: not within reach

    # a completed course alone is no proof any more: the certificate expires
    held, reach = authority_lines(
        ref, _person({"ST07": 3, "ST09": 1}, done=frozenset({"OPL09"})), {"sociaal-team"}
    )
    assert meldcode not in {line.name for line in held}
    held, reach = authority_lines(
        ref, _person({"ST07": 3, "ST09": 1}, valid=frozenset({"meldcode"})), {"sociaal-team"}
    )
    assert {meldcode, besluiten} <= {line.name for line in held}

    # an unknown level is not within reach until it has been assessed
    held, reach = authority_lines(ref, _person({}), {"sociaal-team"})
    assert regie not in {line.name for line in reach}
    # another framework's authorities are not shown at all
    held, reach = authority_lines(ref, _person({"ST07": 4}), {"beleidsadviseur"})
    assert not any(line.name.startswith("Meldcode") for line in (*held, *reach))


def test_plan_data_lists_relevant_profiles_and_merges_gaps(empty_db: Database) -> None:
    with empty_db.unit_of_work() as uow:
        ref = load_reference(uow)
    levels = {code: 2 for code in ref.competencies if code.startswith("BA")}
    data = development_plan_data(
        ref, _person(levels, target="faciliterend"), focus="aanbieders", team_lead="Noë Haile"
    )
    assert [f.code for f in data.fits] == ["aanbieders", "faciliterend", "strategisch"]
    assert [f.chosen for f in data.fits] == [False, True, False]
    codes = [gap.code for gap in data.gaps]
    assert len(codes) == len(set(codes))  # one line per competency, however many profiles
    ba01 = next(gap for gap in data.gaps if gap.code == "BA01")
    assert ba01.level == 2 and ba01.next_level == 3
    assert ba01.indicator == ref.competencies["BA01"].indicator(3)
    targets = dict(ba01.targets)
    assert targets["Strategisch-politiek adviseur"] == 4  # REFERENCE.md section 4
    assert "Faciliterend adviseur sociale teams" not in targets  # target 2 there: no gap
    assert all(len(row.name) > 0 for f in data.fits for row in f.rows)


def test_unit_head_is_the_member_reporting_outside_the_unit() -> None:
    head = Employee("1", "Noë", "Haile", manager="99")
    members = [head, Employee("2", "Kim", "Dijkstra", manager="1"),
               Employee("3", "José", "Doelwijt", manager="1")]  # fmt: skip
    assert unit_lead(members, {m.personnel_number: m for m in members}) == "Noë Haile"


def test_who_counts_as_policy_advisor() -> None:
    futures = ("strategisch", "aanbieders", "faciliterend")
    assert is_policy_advisor(Employee("1", "A", "B", job_title="Senior Beleidsadviseur"), futures)
    assert is_policy_advisor(Employee("2", "A", "B", job_title="Beleidsmedewerker Wmo"), futures)
    contract = Employee("3", "A", "B", job_title="Contractmanager", target_profile="aanbieders")
    assert is_policy_advisor(contract, futures)
    assert not is_policy_advisor(Employee("4", "A", "B", job_title="Wmo-consulent"), futures)
