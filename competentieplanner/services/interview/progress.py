"""A voortgangsgesprek: progress on the current plan, recorded as a new plan version."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from competentieplanner.domain.errors import NotFoundError, Problem, UserError, ValidationError
from competentieplanner.domain.interview import ActionEntry, InterviewDraft, check_draft
from competentieplanner.domain.model import (
    AssessmentKind,
    Framework,
    PlanItemStatus,
    PlanStatus,
    Quarter,
    Score,
)
from competentieplanner.persistence import interview_records as store
from competentieplanner.persistence import interviews as queries
from competentieplanner.persistence import records as r
from competentieplanner.persistence import repositories as repo
from competentieplanner.persistence.interviews import ReferenceIds
from competentieplanner.persistence.unit_of_work import UnitOfWork, translated_refusals
from competentieplanner.services.interview.framework import person_framework
from competentieplanner.services.interview.storing import draft_rules


@dataclass(frozen=True, slots=True)
class ItemProgress:
    """A change to one item of a plan in a voortgangsgesprek."""

    item_id: int
    status: PlanItemStatus
    quarter: str | None = None  # a new quarter, or None to keep it
    notes: str | None = None  # new notes, or None to keep them


@dataclass(frozen=True, slots=True)
class ProgressResult:
    plan_id: int
    assessment_id: int | None
    raised: Mapping[str, tuple[int | None, int]]  # competency -> (level before, level now)


def record_progress(
    uow: UnitOfWork,
    plan_id: int,
    updates: Sequence[ItemProgress],
    *,
    held_on: dt.date,
    team_lead: str = "",
    reassessed: Mapping[str, Score] | None = None,
    added: Sequence[ActionEntry] = (),
) -> ProgressResult:
    """A voortgangsgesprek: tick items done, move or cancel them, add new ones, and record the
    team lead's re-assessment after completed training.

    The result is a new plan version (status *vastgesteld*) superseding ``plan_id``; the old
    version stays as it was. A re-assessment becomes a new team-lead assessment dated
    ``held_on``, so the level it raises counts from then on.

    Raises:
        ValidationError: an update names an item of another plan, a level is off the scale, ...
        UserError: ``plan_id`` is not the person's current plan version.
    """
    with translated_refusals("Het ontwikkelplan"):
        return _record(uow, plan_id, updates, held_on, team_lead, dict(reassessed or {}), added)


def _record(
    uow: UnitOfWork,
    plan_id: int,
    updates: Sequence[ItemProgress],
    held_on: dt.date,
    team_lead: str,
    reassessed: Mapping[str, Score],
    added: Sequence[ActionEntry],
) -> ProgressResult:
    session = uow.session
    plan = queries.plan_record(session, plan_id)
    if plan is None:
        raise NotFoundError(f"Ontwikkelplan {plan_id} bestaat niet (meer).")
    latest = queries.latest_plan(session, plan.employee_id)
    if latest is None or latest.id != plan.id:
        raise UserError(
            "Dit is niet meer de actuele versie van het ontwikkelplan; open het plan opnieuw."
        )
    number = queries.personnel_number(session, plan.employee_id)
    ids = queries.reference_ids(session)
    framework = person_framework(uow, number)
    problems = _progress_problems(plan, updates, reassessed, added, framework, ids)
    if problems:
        raise ValidationError(
            problems, "De voortgang kan niet worden vastgelegd; er is niets opgeslagen."
        )
    changes = {u.item_id: u for u in updates}
    items = []
    for item in sorted(plan.items, key=lambda i: (i.quarter, i.id)):
        change = changes.get(item.id)
        items.append(
            store.carried_item(
                item,
                status=change.status if change else None,
                quarter=change.quarter if change else None,
                notes=change.notes if change else None,
            )
        )
    items.extend(store.new_item(action, ids.offers) for action in added)
    successor_id = store.add_plan_version(
        session,
        employee_id=plan.employee_id,
        profile_id=plan.profile_id,
        created_on=max(held_on, plan.created_on),
        status=PlanStatus.AGREED.value,
        items=items,
        supersedes=plan,
    )
    assessment_id = None
    raised: dict[str, tuple[int | None, int]] = {}
    if reassessed:
        before = repo.load_current_levels(session, employee_ids=[plan.employee_id]).get(number, {})
        completed = [
            i.title
            for i in items
            if i.offer_id is not None and i.status == PlanItemStatus.DONE.value
        ]
        assessment_id = store.add_assessment(
            session,
            plan.employee_id,
            held_on,
            AssessmentKind.LEAD,
            reassessed,
            ids.competencies,
            interview_id=None,
            created_at=dt.datetime.now().replace(microsecond=0),
            assessor=team_lead.strip(),
            notes="Herbeoordeling in het voortgangsgesprek"
            + (f" na: {'; '.join(completed)}" if completed else ""),
        )
        raised = {
            code: (before.get(code), s.level)
            for code, s in reassessed.items()
            if s.level > (before.get(code) or 0)
        }
    uow.flush("Het ontwikkelplan")
    return ProgressResult(successor_id, assessment_id, raised)


def _progress_problems(
    plan: r.DevelopmentPlanRecord,
    updates: Sequence[ItemProgress],
    reassessed: Mapping[str, Score],
    added: Sequence[ActionEntry],
    framework: Framework,
    ids: ReferenceIds,
) -> list[Problem]:
    problems: list[Problem] = []
    own = {item.id for item in plan.items}
    seen: set[int] = set()
    for update in updates:
        if update.item_id not in own:
            problems.append(
                Problem(f"activiteit {update.item_id} hoort niet bij dit plan", "Voortgang")
            )
        if update.item_id in seen:
            problems.append(
                Problem(
                    f"activiteit {update.item_id} staat twee keer in de wijzigingen", "Voortgang"
                )
            )
        seen.add(update.item_id)
        if update.quarter:
            try:
                Quarter.parse(update.quarter)
            except ValueError as exc:
                problems.append(Problem(str(exc), "Voortgang", value=update.quarter))
    names = {c.code: c.name for c in framework.competencies}
    top = framework.scale.maximum
    for code, given in reassessed.items():
        if code not in names:
            problems.append(
                Problem(
                    f"competentie {code} hoort niet bij het kader van de medewerker",
                    "Herbeoordeling",
                )
            )
        elif not 1 <= given.level <= top:
            problems.append(
                Problem(
                    f"{names[code]}: het niveau moet tussen 1 en {top} liggen",
                    "Herbeoordeling",
                    value=str(given.level),
                )
            )
    # New items go through the same checks as the actions of a conversation.
    probe = InterviewDraft(personnel_number="", held_on=dt.date.today(), actions=list(added))
    problems.extend(
        p for p in check_draft(probe, draft_rules(framework, ids)) if p.file == "Stap 5 Afspraken"
    )
    return problems
