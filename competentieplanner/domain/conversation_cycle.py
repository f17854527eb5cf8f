"""The gesprekscyclus overview: when each person's next conversation is due (no database, no Qt).

A closed conversation records the next one planned (kind and date). When none was planned, the
next one of the yearly cycle counts (:data:`~competentieplanner.domain.interview.NEXT_IN_CYCLE`).
Someone who never had a conversation is due now, for a planningsgesprek.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable
from dataclasses import dataclass

from competentieplanner.domain.interview import next_in_cycle
from competentieplanner.domain.model import Employee, InterviewKind

#: How far ahead "binnenkort" (due soon) looks by default.
DUE_WITHIN_DAYS = 30


class DueState(enum.StrEnum):
    NEVER = "nog nooit"
    OVERDUE = "te laat"
    DUE = "binnenkort"
    PLANNED = "gepland"


@dataclass(frozen=True, slots=True)
class LastConversation:
    """The most recent closed conversation of one person, as stored."""

    personnel_number: str
    held_on: dt.date
    kind: InterviewKind
    next_kind: InterviewKind | None
    next_on: dt.date | None


@dataclass(frozen=True, slots=True)
class ConversationDue:
    employee: Employee
    last: LastConversation | None
    kind: InterviewKind  # the conversation that is due next
    due: dt.date  # when; for someone who never had one: the reference date
    state: DueState


def conversation_due(
    employee: Employee,
    last: LastConversation | None,
    *,
    today: dt.date,
    within_days: int = DUE_WITHIN_DAYS,
) -> ConversationDue:
    if last is None:
        return ConversationDue(employee, None, InterviewKind.PLANNING, today, DueState.NEVER)
    if last.next_kind is not None and last.next_on is not None:
        kind, due = last.next_kind, last.next_on
    else:
        kind, due = next_in_cycle(last.kind, last.held_on)
    if due < today:
        state = DueState.OVERDUE
    elif due <= today + dt.timedelta(days=within_days):
        state = DueState.DUE
    else:
        state = DueState.PLANNED
    return ConversationDue(employee, last, kind, due, state)


def cycle_overview(
    employees: Iterable[Employee],
    last: dict[str, LastConversation],
    *,
    today: dt.date,
    within_days: int = DUE_WITHIN_DAYS,
) -> list[ConversationDue]:
    """Everyone in service on ``today`` with their next conversation: never first, then by date."""
    rows = [
        conversation_due(e, last.get(e.personnel_number), today=today, within_days=within_days)
        for e in employees
        if (e.start_date is None or e.start_date <= today)
        and (e.end_date is None or e.end_date >= today)
    ]
    order = {DueState.NEVER: 0, DueState.OVERDUE: 1, DueState.DUE: 2, DueState.PLANNED: 3}
    return sorted(rows, key=lambda r: (order[r.state], r.due, r.employee.sort_name))
