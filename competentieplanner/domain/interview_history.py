"""What happened before a conversation: earlier interviews and every version of a person's plan,
as the preparation and the history list show them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
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
    prepared: str = ""  # the employee's preparation


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


@dataclass(frozen=True, slots=True)
class ScoredLevel:
    """One stored score, as the history of levels is read: which assessment, of which kind."""

    assessment_id: int
    kind: str  # "self", "lead" or "agreed"
    assessed_on: dt.date
    interview_id: int | None
    competency: str
    level: int


@dataclass(frozen=True, slots=True)
class LevelsAround:
    """The levels of one interview: what counted before it, what it agreed, the self-view."""

    before: dict[str, int]
    after: dict[str, int]
    self_levels: dict[str, int]


def levels_around(
    scores: Iterable[ScoredLevel], interview_id: int, held_on: dt.date
) -> LevelsAround:
    """Before: the latest agreed (else team lead's) level from earlier assessments; after: what
    this interview agreed; self: the self-assessment of this interview, else the latest one up
    to its day."""
    ordered = sorted(scores, key=lambda s: (s.assessed_on, s.assessment_id))
    before_lead: dict[str, int] = {}
    before_agreed: dict[str, int] = {}
    after: dict[str, int] = {}
    own_self: dict[str, int] = {}
    earlier_self: dict[str, int] = {}
    for s in ordered:
        if s.interview_id == interview_id:
            if s.kind == "agreed":
                after[s.competency] = s.level
            elif s.kind == "self":
                own_self[s.competency] = s.level
            continue
        if s.assessed_on > held_on:
            continue
        if s.kind == "agreed":
            before_agreed[s.competency] = s.level
        elif s.kind == "lead":
            before_lead[s.competency] = s.level
        else:
            earlier_self[s.competency] = s.level
    return LevelsAround(
        before={**before_lead, **before_agreed},
        after=after,
        self_levels=own_self or earlier_self,
    )
