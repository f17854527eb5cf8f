"""Operations of the Gesprekken screen: every database call of the development interview, each
in one unit of work on a worker thread, the result delivered on the GUI thread.

The draft on screen keeps changing while a save runs, so :func:`save_draft` works on a copy made
on the GUI thread and hands back what the database assigned (id, version, time).
"""

from __future__ import annotations

import copy
import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from competentieplanner.domain.errors import UserError
from competentieplanner.domain.interview import InterviewDraft
from competentieplanner.domain.model import InterviewKind
from competentieplanner.services import interview as service
from competentieplanner.ui.context import AppContext
from competentieplanner.ui.operations.base import database, run, run_job
from competentieplanner.ui.tasks import Progress, TaskHandle

if TYPE_CHECKING:
    from competentieplanner.persistence.unit_of_work import UnitOfWork

OnError = Callable[[BaseException], None] | None

@dataclass(frozen=True, slots=True)
class People:
    """What the chooser of step 1 lists."""

    team_leads: list[service.TeamLead]
    candidates: list[service.Candidate]
    lead: str | None = None  # the team lead the candidates are ordered for (personnel number)


@dataclass(frozen=True, slots=True)
class SavedDraft:
    """What the database assigned to a stored draft."""

    id: int
    version: int | None
    updated_at: dt.datetime | None


@dataclass(frozen=True, slots=True)
class Closed:
    result: service.ClosedInterview
    prep: service.InterviewPreparation  # the person's data after closing, for the summary


def load_people(
    context: AppContext,
    parent: QWidget | None,
    *,
    title: str,
    team_lead: str | None,
    with_leads: bool,
    on_done: Callable[[People], None],
) -> TaskHandle[People]:
    """The team leads (when ``with_leads``) and the candidates, ``team_lead``'s own team first.
    With no team lead remembered, the signed-in user's own employee record is the team lead."""

    def work(uow: UnitOfWork) -> People:
        lead = team_lead
        leads = service.team_leads(uow) if with_leads else []
        if with_leads and lead is None and (signed_in := service.signed_in_team_lead(uow)):
            lead = signed_in.personnel_number
            if all(known.personnel_number != lead for known in leads):
                leads.append(signed_in)
        return People(leads, service.interview_candidates(uow, lead), lead)

    return run(context, parent, title=title, work=work, on_done=on_done, quiet=True)


def prepare(
    context: AppContext,
    parent: QWidget | None,
    *,
    title: str,
    personnel_number: str,
    on_done: Callable[[service.InterviewPreparation], None],
    on_error: OnError = None,
    quiet: bool = False,
) -> TaskHandle[service.InterviewPreparation]:
    return run(
        context,
        parent,
        title=title,
        work=lambda uow: service.prepare_interview(uow, personnel_number),
        on_done=on_done,
        on_error=on_error,
        quiet=quiet,
    )


def load_drafts(
    context: AppContext,
    parent: QWidget | None,
    *,
    title: str,
    on_done: Callable[[list[InterviewDraft]], None],
) -> TaskHandle[list[InterviewDraft]]:
    return run(context, parent, title=title, work=service.load_drafts, on_done=on_done, quiet=True)


def load_draft(
    context: AppContext,
    parent: QWidget | None,
    *,
    title: str,
    draft_id: int,
    on_done: Callable[[InterviewDraft | None], None],
) -> TaskHandle[InterviewDraft | None]:
    return run(
        context,
        parent,
        title=title,
        work=lambda uow: service.load_draft(uow, draft_id),
        on_done=on_done,
        quiet=True,
    )


def save_draft(
    context: AppContext,
    parent: QWidget | None,
    *,
    title: str,
    draft: InterviewDraft,
    on_done: Callable[[SavedDraft | UserError], None],
) -> TaskHandle[SavedDraft | UserError]:
    """Store a copy of ``draft`` as it is now. A refusal comes back as the result instead of a
    message box: saving happens by itself while typing, so the screen decides how to tell
    (a :class:`service.DraftChangedError` when someone saved the same draft since)."""
    snapshot = copy.deepcopy(draft)
    db = database(context)

    def job(_progress: Progress) -> SavedDraft | UserError:
        try:
            with db.unit_of_work() as uow:
                draft_id = service.save_draft(uow, snapshot)
        except UserError as exc:
            return exc
        return SavedDraft(draft_id, snapshot.version, snapshot.updated_at)

    return run_job(context, parent, title=title, job=job, on_done=on_done, writes=True, quiet=True)


def delete_draft(
    context: AppContext,
    parent: QWidget | None,
    *,
    title: str,
    draft_id: int,
    version: int | None,
    on_done: Callable[[None], None] = lambda _none: None,
) -> TaskHandle[None]:
    return run(
        context,
        parent,
        title=title,
        work=lambda uow: service.delete_draft(uow, draft_id, version),
        on_done=on_done,
        writes=True,
        quiet=True,
    )


def close_interview(
    context: AppContext,
    parent: QWidget | None,
    *,
    title: str,
    draft: InterviewDraft,
    on_done: Callable[[Closed | service.DraftChangedError], None],
    accept_unscored: bool = False,
) -> TaskHandle[Closed | service.DraftChangedError]:
    """Close the conversation in one unit of work, then read the person's data afresh.

    Other refusals are shown as a message; a draft saved elsewhere meanwhile comes back as the
    result, so the screen can offer to reload it."""
    db = database(context)
    snapshot = copy.deepcopy(draft)

    def job(_progress: Progress) -> Closed | service.DraftChangedError:
        try:
            with db.unit_of_work() as uow:
                result = service.close_interview(
                    uow, snapshot, accept_unscored=accept_unscored
                )
        except service.DraftChangedError as exc:
            return exc
        with db.unit_of_work() as uow:
            return Closed(result, service.prepare_interview(uow, snapshot.personnel_number))

    return run_job(
        context, parent, title=title, job=job, on_done=on_done, writes=True, reload_area="plans"
    )


def mark_signed(
    context: AppContext,
    parent: QWidget | None,
    *,
    title: str,
    plan_id: int,
    signed_on: dt.date,
    personnel_number: str,
    on_done: Callable[[service.InterviewPreparation], None],
) -> TaskHandle[service.InterviewPreparation]:
    """Record the signature, then read the person's data afresh."""
    db = database(context)

    def job(_progress: Progress) -> service.InterviewPreparation:
        with db.unit_of_work() as uow:
            service.mark_signed(uow, plan_id, signed_on)
        with db.unit_of_work() as uow:
            return service.prepare_interview(uow, personnel_number)

    return run_job(
        context, parent, title=title, job=job, on_done=on_done, writes=True, reload_area="plans"
    )


def read_preparation(
    context: AppContext,
    parent: QWidget | None,
    *,
    title: str,
    path: Path,
    personnel_number: str,
    on_done: Callable[[service.PreparationFile], None],
) -> TaskHandle[service.PreparationFile]:
    return run(
        context,
        parent,
        title=title,
        work=lambda uow: service.read_preparation(uow, path, personnel_number),
        on_done=on_done,
    )


def export_preparation_form(
    context: AppContext,
    parent: QWidget | None,
    *,
    title: str,
    path: Path,
    personnel_number: str,
    kind: InterviewKind,
    on_done: Callable[[str], None],
) -> TaskHandle[str]:
    """Write the preparation form; writes=True: the export is recorded in the audit log."""
    return run(
        context,
        parent,
        title=title,
        work=lambda uow: service.export_preparation_form(uow, path, personnel_number, kind),
        on_done=on_done,
        writes=True,
    )
