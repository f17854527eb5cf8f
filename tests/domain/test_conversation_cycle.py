"""The gesprekscyclus rules: the next conversation of the cycle and who is due."""

from __future__ import annotations

import datetime as dt

from competentieplanner.domain.conversation_cycle import (
    DueState,
    LastConversation,
    conversation_due,
    cycle_overview,
)
from competentieplanner.domain.interview import add_months, next_in_cycle
from competentieplanner.domain.model import Employee, InterviewKind

TODAY = dt.date(2027, 3, 1)


def _person(number: str, last_name: str, **kwargs: object) -> Employee:
    return Employee(personnel_number=number, first_name="Sam", last_name=last_name, **kwargs)  # type: ignore[arg-type]


def test_add_months_keeps_the_day_or_takes_the_months_last() -> None:
    assert add_months(dt.date(2026, 11, 16), 6) == dt.date(2027, 5, 16)
    assert add_months(dt.date(2026, 8, 31), 6) == dt.date(2027, 2, 28)
    assert add_months(dt.date(2027, 8, 31), 6) == dt.date(2028, 2, 29)
    assert add_months(dt.date(2026, 12, 5), 1) == dt.date(2027, 1, 5)


def test_the_yearly_cycle() -> None:
    day = dt.date(2026, 1, 15)
    assert next_in_cycle(InterviewKind.PLANNING, day) == (
        InterviewKind.PROGRESS,
        dt.date(2026, 7, 15),
    )
    assert next_in_cycle(InterviewKind.PROGRESS, day) == (
        InterviewKind.REVIEW,
        dt.date(2026, 7, 15),
    )
    assert next_in_cycle(InterviewKind.REVIEW, day) == (
        InterviewKind.PLANNING,
        dt.date(2026, 2, 15),
    )
    assert next_in_cycle(InterviewKind.DEVELOPMENT, day) == (
        InterviewKind.DEVELOPMENT,
        dt.date(2027, 1, 15),
    )


def test_due_states() -> None:
    person = _person("1", "Jansen")
    never = conversation_due(person, None, today=TODAY)
    assert (never.state, never.kind, never.due) == (DueState.NEVER, InterviewKind.PLANNING, TODAY)

    planned = LastConversation("1", dt.date(2026, 11, 1), InterviewKind.PLANNING,
                               InterviewKind.PROGRESS, dt.date(2027, 3, 20))  # fmt: skip
    soon = conversation_due(person, planned, today=TODAY)
    assert (soon.state, soon.kind, soon.due) == (DueState.DUE, InterviewKind.PROGRESS,
                                                 dt.date(2027, 3, 20))  # fmt: skip
    assert conversation_due(person, planned, today=TODAY, within_days=7).state is DueState.PLANNED
    late = conversation_due(person, planned, today=dt.date(2027, 3, 21))
    assert late.state is DueState.OVERDUE

    unplanned = LastConversation("1", dt.date(2026, 6, 1), InterviewKind.PLANNING, None, None)
    by_cycle = conversation_due(person, unplanned, today=TODAY)
    assert (by_cycle.state, by_cycle.kind, by_cycle.due) == (
        DueState.OVERDUE,
        InterviewKind.PROGRESS,
        dt.date(2026, 12, 1),
    )


def test_overview_skips_leavers_and_orders_never_overdue_due_planned() -> None:
    people = [
        _person("1", "Aarts"),
        _person("2", "Bakker"),
        _person("3", "Claes"),
        _person("4", "Dekker", end_date=dt.date(2027, 1, 31)),  # left
        _person("5", "Evers", start_date=dt.date(2027, 6, 1)),  # not started yet
        _person("6", "Feenstra"),
    ]
    last = {
        "1": LastConversation("1", dt.date(2026, 11, 1), InterviewKind.PLANNING,
                              InterviewKind.PROGRESS, dt.date(2027, 9, 1)),
        "2": LastConversation("2", dt.date(2026, 11, 1), InterviewKind.PLANNING,
                              InterviewKind.PROGRESS, dt.date(2027, 3, 10)),
        "3": LastConversation("3", dt.date(2026, 1, 1), InterviewKind.REVIEW, None, None),
    }  # fmt: skip
    rows = cycle_overview(people, last, today=TODAY)
    assert [(r.employee.personnel_number, r.state) for r in rows] == [
        ("6", DueState.NEVER),
        ("3", DueState.OVERDUE),
        ("2", DueState.DUE),
        ("1", DueState.PLANNED),
    ]


def test_smart_agreements_name_what_is_missing_and_survive_the_draft_json() -> None:
    from competentieplanner.domain.interview import ActionEntry, InterviewDraft

    action = ActionEntry(title="Meeloopstage", quarter="2027-K1")
    assert action.smart_missing() == ["het resultaat", "wie het trekt", "een einddatum"]
    action.result, action.owner = "Kent de werkwijze van het wijkteam", "medewerker"
    assert action.smart_missing() == ["een einddatum"]
    action.deadline = dt.date(2027, 3, 31)
    assert action.smart_missing() == []
    draft = InterviewDraft("1", TODAY, actions=[action])
    again = InterviewDraft.from_data(draft.to_data()).actions[0]
    assert (again.result, again.owner, again.deadline) == (
        "Kent de werkwijze van het wijkteam",
        "medewerker",
        dt.date(2027, 3, 31),
    )
