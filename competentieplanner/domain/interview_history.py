"""What happened before a conversation: earlier interviews and every version of a person's plan,
as the preparation and the history list show them."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from competentieplanner.domain.model import (
    DevelopmentPlan,
    InterviewKind,
    InterviewQuestion,
    PlanItem,
    PlanItemStatus,
)


@dataclass(frozen=True, slots=True)
class PlanVersion:
    """One saved version of a development plan, with the ids needed to update its items."""

    plan: DevelopmentPlan
    item_ids: tuple[int, ...]  # same order as plan.items
    interview_id: int | None

    @property
    def id(self) -> int:
        assert self.plan.id is not None
        return self.plan.id

    @property
    def open_items(self) -> tuple[PlanItem, ...]:
        open_states = (PlanItemStatus.PLANNED, PlanItemStatus.IN_PROGRESS)
        return tuple(item for item in self.plan.items if item.status in open_states)


@dataclass(frozen=True, slots=True)
class AnswerRecord:
    question: InterviewQuestion
    answer: str
    rating: int | None


@dataclass(frozen=True, slots=True)
class InterviewSummary:
    """An interview held earlier, as the history list shows it."""

    id: int
    kind: InterviewKind
    held_on: dt.date
    team_lead: str
    profile: str | None
    agreements: str
    answers: tuple[AnswerRecord, ...]
    plan_id: int | None  # the plan version agreed in it
