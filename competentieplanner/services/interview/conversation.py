"""What the steps work out from a preparation while the conversation runs (no database access):
the draft to start with, live fit figures, and the actions to carry over or propose."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence

from competentieplanner.domain.errors import NotFoundError
from competentieplanner.domain.interview import (
    ActionEntry,
    InterviewDraft,
    suggests_repayment_clause,
)
from competentieplanner.domain.model import FundingSource, InterviewKind, PlanItemStatus, Quarter
from competentieplanner.domain.planning import plan_path, simulate
from competentieplanner.domain.scoring import Match, score
from competentieplanner.services.interview.preparation import InterviewPreparation


def fits_for(prep: InterviewPreparation, levels: Mapping[str, int]) -> tuple[Match, ...]:
    """Fit and gaps per profile of the person's framework for ``levels`` (e.g. just scored)."""
    return tuple(score(levels, p, prep.scoring) for p in prep.profiles)


def carried_actions(prep: InterviewPreparation, kind: InterviewKind) -> list[ActionEntry]:
    """The items of the current plan that continue into the new version.

    A voortgangsgesprek reviews the whole plan (so done items stay visible); other
    conversations carry over what is still open.
    """
    if prep.current_plan is None:
        return []
    items = prep.current_plan.plan.items if kind is InterviewKind.PROGRESS else prep.open_items
    return [
        ActionEntry(
            title=item.title,
            quarter=str(item.quarter),
            offer=item.offer,
            hours=item.hours,
            cost=item.cost,
            funding=item.funding,
            repayment_clause=item.repayment_clause,
            status=item.status,
            notes=item.notes,
            action_kind="opleiding" if item.offer else _own_kind(item.title),
            origin="plan",
            result=item.result,
            owner=item.owner,
            deadline=item.deadline,
        )
        for item in items
    ]


def _own_kind(title: str) -> str:
    lowered = title.casefold()
    for key, words in (
        ("meelopen", ("meeloop", "meelopen")),
        ("projectrol", ("project",)),
        ("intervisie", ("intervisie",)),
        ("coaching", ("coach",)),
    ):
        if any(word in lowered for word in words):
            return key
    return "anders"


def propose_actions(
    prep: InterviewPreparation,
    *,
    profile: str,
    levels: Mapping[str, int],
    start: Quarter,
    keep: Sequence[ActionEntry] = (),
) -> list[ActionEntry]:
    """The planner's path toward ``profile`` from ``levels``, as actions to agree on.

    Training already in ``keep`` (and not cancelled) is taken as done first, so the proposal
    only adds what is still missing and never repeats an offer.
    """
    target = prep.profile(profile)
    if target is None:
        raise NotFoundError(f"Profiel '{profile}' hoort niet bij het kader van de medewerker.")
    kept_codes = {a.offer for a in keep if a.offer and a.status is not PlanItemStatus.CANCELLED}
    kept_offers = [o for o in prep.catalogue if o.code in kept_codes]
    after_kept = simulate(levels, kept_offers)
    rest = [o for o in prep.catalogue if o.code not in kept_codes]
    path = plan_path(
        after_kept, target, rest, start=start, hours_per_quarter=prep.hours_per_quarter
    )
    return [
        ActionEntry(
            title=item.offer.name,
            quarter=str(item.quarter),
            offer=item.offer.code,
            hours=item.offer.hours,
            cost=item.offer.cost,
            funding=prep.offer_funding.get(item.offer.code, FundingSource.EMPLOYER),
            repayment_clause=suggests_repayment_clause(item.offer.cost),
            action_kind="opleiding",
            origin="planner",
        )
        for item in path.items
    ]


def levels_after_training(
    prep: InterviewPreparation, levels: Mapping[str, int], offers: Sequence[str]
) -> dict[str, int]:
    """The levels the catalogue expects once the given offers are completed (a suggestion for
    the team lead's re-assessment in a voortgangsgesprek, never recorded by itself)."""
    done = [o for code in offers if (o := prep.offer(code)) is not None]
    return simulate(levels, done)


def new_draft(
    prep: InterviewPreparation,
    *,
    kind: InterviewKind = InterviewKind.DEVELOPMENT,
    held_on: dt.date | None = None,
    team_lead: str = "",
    team_lead_number: str = "",
) -> InterviewDraft:
    """An empty conversation with the person, aimed at their chosen profile when they have one."""
    chosen = prep.employee.target_profile
    profile = chosen if prep.profile(chosen or "") is not None else None
    if profile is None and len(prep.profiles) == 1:
        profile = prep.profiles[0].code
    return InterviewDraft(
        personnel_number=prep.employee.personnel_number,
        held_on=held_on or dt.date.today(),
        kind=kind,
        team_lead=team_lead,
        team_lead_number=team_lead_number,
        profile=profile,
        employee_name=prep.employee.name,
    )
