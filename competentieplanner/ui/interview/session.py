"""The conversation in progress, shared by the six steps: preparation, draft and autosave.

Steps edit ``session.draft`` directly and then call :meth:`InterviewSession.edited`. A discrete
choice (a level, a profile, a plan change) is stored at once; typing is stored after a short pause
so that a crash or a closed window loses at most that pause, without a database write per key.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from competentieplanner.domain.errors import UserError
from competentieplanner.domain.interview import InterviewDraft, levels_after
from competentieplanner.domain.model import InterviewKind
from competentieplanner.persistence.database import Database
from competentieplanner.services import interview as service
from competentieplanner.ui.context import AppContext

#: Pause after the last key stroke before the draft is stored, in milliseconds.
AUTOSAVE_DELAY_MS = 400


class InterviewSession(QObject):
    """Holds the preparation and the draft of the conversation on screen."""

    #: The person (and so the preparation) changed, or a draft was resumed.
    started = Signal()
    #: Something in the draft changed; steps that show derived figures recompute.
    edited_signal = Signal()
    #: The draft was stored; the argument is a short Dutch status text.
    saved = Signal(str)
    #: The conversation was closed for real (argument: service.ClosedInterview).
    closed = Signal(object)

    def __init__(self, context: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.prep: service.InterviewPreparation | None = None
        self.draft: InterviewDraft | None = None
        self.result: service.ClosedInterview | None = None
        self._db: Database = context.db  # the database the draft lives in
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_DELAY_MS)
        self._timer.timeout.connect(self.save_now)

    # -- state -----------------------------------------------------------------------------------
    @property
    def active(self) -> bool:
        """A person is chosen and the conversation is not closed yet."""
        return self.draft is not None and self.prep is not None and self.result is None

    @property
    def is_closed(self) -> bool:
        return self.result is not None

    def levels_now(self) -> dict[str, int]:
        """Current levels with the agreed levels of step 3 applied (what counts after closing)."""
        if self.prep is None or self.draft is None:
            return {}
        return levels_after(self.prep.current_levels, self.draft)

    # -- starting ----------------------------------------------------------------------------------
    def start(
        self, personnel_number: str, *, kind: InterviewKind, held_on: dt.date, team_lead: str
    ) -> None:
        """A new conversation with this person. A previous draft without content is dropped;
        one with content stays stored as a draft."""
        prep = service.prepare_interview(self.context.db, personnel_number)
        self._drop_blank_draft()
        self._db = self.context.db
        self.prep = prep
        self.draft = service.new_draft(prep, kind=kind, held_on=held_on, team_lead=team_lead)
        self.result = None
        self.started.emit()

    def resume(self, draft: InterviewDraft) -> None:
        """Continue a stored draft."""
        prep = service.prepare_interview(self.context.db, draft.personnel_number)
        self.save_now()
        self._db = self.context.db
        self.prep = prep
        self.draft = draft
        if not draft.employee_name:
            draft.employee_name = prep.employee.name
        self.result = None
        self.started.emit()

    def reset(self) -> None:
        """Nothing on screen: stores what is pending first."""
        self.save_now()
        self._drop_blank_draft()
        self.prep = None
        self.draft = None
        self.result = None
        self._db = self.context.db
        self.started.emit()

    def refresh_preparation(self) -> None:
        """Re-read the person's data (after a change elsewhere), keeping the draft."""
        if self.draft is None or self.prep is None or self.is_closed:
            return
        if self._db is not self.context.db:  # another database was opened: start afresh
            self.save_now()
            self.prep = None
            self.draft = None
            self._db = self.context.db
            self.started.emit()
            return
        self.prep = service.prepare_interview(self._db, self.draft.personnel_number)
        self.started.emit()

    def refresh_after_change(self) -> None:
        """Re-read the person's data after this screen changed it (e.g. a plan was signed)."""
        if self.draft is not None:
            self.prep = service.prepare_interview(self._db, self.draft.personnel_number)

    def _drop_blank_draft(self) -> None:
        self._timer.stop()
        if self.draft is not None and self.draft.id is not None and not self.draft.has_content:
            service.delete_draft(self._db, self.draft.id)
            self.draft.id = None

    # -- editing and storing -----------------------------------------------------------------------
    def edited(self, *, immediate: bool = False) -> None:
        """A step changed the draft: recompute, and store now or after a short pause."""
        if not self.active:
            return
        self.edited_signal.emit()
        if immediate:
            self.save_now()
        else:
            self._timer.start()

    def save_now(self) -> None:
        """Store the draft if anything worth keeping was entered."""
        self._timer.stop()
        draft = self.draft
        if draft is None or self.is_closed or not draft.has_content:
            return
        try:
            service.save_draft(self._db, draft)
        except UserError as exc:  # e.g. the database is busy: the next change tries again
            self.saved.emit(
                QCoreApplication.translate(
                    "InterviewSession", "Concept niet bewaard: {reason}"
                ).format(reason=str(exc))
            )
            return
        stamp = draft.updated_at or dt.datetime.now()
        self.saved.emit(
            QCoreApplication.translate("InterviewSession", "Concept bewaard om {time}").format(
                time=stamp.strftime("%H:%M")
            )
        )

    @property
    def save_pending(self) -> bool:
        return self._timer.isActive()

    def set_step(self, step: int) -> None:
        if self.draft is not None and self.draft.step != step and not self.is_closed:
            self.draft.step = step
            self.edited(immediate=True)

    # -- closing ---------------------------------------------------------------------------------
    def close_interview(self) -> service.ClosedInterview:
        """Save everything for real (one transaction); raises UserError with Dutch text."""
        assert self.draft is not None
        self._timer.stop()
        result = service.close_interview(self._db, self.draft)
        self.result = result
        self.draft.id = None
        # The person's data changed (new levels, a new plan); re-read for the summary.
        self.prep = service.prepare_interview(self._db, self.draft.personnel_number)
        self.closed.emit(result)
        for area in ("assessments", "plans"):
            self.context.signals.data_changed.emit(area)
        return result
