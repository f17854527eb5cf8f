"""The development interview: prepare it, keep it as a draft while it runs, close it for real.

A conversation is prepared from what the database knows (:func:`prepare_interview`), kept as a
draft after every change (:func:`save_draft`), and closed in the caller's one unit of work
(:func:`close_interview`): the interview record with its answers, the team lead's and the agreed
assessment, and a new version of the development plan. Nothing is overwritten: an earlier plan
stays readable through ``supersedes_id``. A later voortgangsgesprek records progress as a new
plan version too (:func:`record_progress`).

The modules, in the order of a conversation: :mod:`.people` (whom to talk with),
:mod:`.preparation` (what is known, with :mod:`.framework`), :mod:`.preparation_form` (the form
the employee fills in beforehand), :mod:`.self_assessment` (reading a filled-in form),
:mod:`.conversation` (live figures and proposals), :mod:`.drafts` (work in progress),
:mod:`.closing` (closing and signing, writing through :mod:`.storing`) and :mod:`.progress`
(the voortgangsgesprek). Callers import from this package.
"""

from __future__ import annotations

from competentieplanner.domain.interview_history import (
    AnswerRecord,
    InterviewSummary,
    PlanVersion,
)
from competentieplanner.services.interview.closing import (
    ClosedInterview,
    UnscoredCompetenciesError,
    close_interview,
    mark_signed,
)
from competentieplanner.services.interview.conversation import (
    carried_actions,
    fits_for,
    levels_after_training,
    new_draft,
    propose_actions,
)
from competentieplanner.services.interview.drafts import (
    DraftChangedError,
    delete_draft,
    load_draft,
    load_drafts,
    save_draft,
)
from competentieplanner.services.interview.people import (
    Candidate,
    TeamLead,
    interview_candidates,
    signed_in_team_lead,
    team_leads,
)
from competentieplanner.services.interview.preparation import (
    AUDIENCE_ALL,
    InterviewPreparation,
    prepare_interview,
)
from competentieplanner.services.interview.preparation_form import export_preparation_form
from competentieplanner.services.interview.progress import (
    ItemProgress,
    ProgressResult,
    record_progress,
)
from competentieplanner.services.interview.record import (
    InterviewRecordView,
    read_interview_record,
)
from competentieplanner.services.interview.self_assessment import (
    PreparationFile,
    SelfAssessmentFile,
    read_preparation,
    read_self_assessment,
)

__all__ = [
    "AUDIENCE_ALL",
    "AnswerRecord",
    "Candidate",
    "ClosedInterview",
    "DraftChangedError",
    "InterviewPreparation",
    "InterviewRecordView",
    "InterviewSummary",
    "ItemProgress",
    "PlanVersion",
    "PreparationFile",
    "ProgressResult",
    "SelfAssessmentFile",
    "TeamLead",
    "UnscoredCompetenciesError",
    "carried_actions",
    "close_interview",
    "delete_draft",
    "export_preparation_form",
    "fits_for",
    "interview_candidates",
    "levels_after_training",
    "load_draft",
    "load_drafts",
    "mark_signed",
    "new_draft",
    "prepare_interview",
    "propose_actions",
    "read_interview_record",
    "read_preparation",
    "read_self_assessment",
    "record_progress",
    "save_draft",
    "signed_in_team_lead",
    "team_leads",
]
