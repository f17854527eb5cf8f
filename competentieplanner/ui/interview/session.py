"""The conversation in progress, shared by the six steps: preparation, draft and autosave.

Steps edit ``session.draft`` directly and then call :meth:`InterviewSession.edited`. A discrete
choice (a level, a profile, a plan change) is stored at once; typing is stored after a short pause
so that a crash or a closed window loses at most that pause, without a database write per key.

Every database call goes through :mod:`competentieplanner.ui.operations.interview` on a worker
thread. One save of the draft is under way at a time: a change made meanwhile is stored right
after it, and closing or discarding waits for it, so each write carries the version the previous
one produced. When someone saved the same draft elsewhere, the save is refused and
``conflict`` offers to reload the stored draft.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from competentieplanner.domain.errors import UserError
from competentieplanner.domain.interview import InterviewDraft, levels_after
from competentieplanner.domain.model import InterviewKind
from competentieplanner.services import interview as service
from competentieplanner.ui.context import AppContext
from competentieplanner.ui.operations import interview as ops

#: Pause after the last key stroke before the draft is stored, in milliseconds.
AUTOSAVE_DELAY_MS = 400


def _tr(text: str) -> str:
    return QCoreApplication.translate("InterviewSession", text)


class InterviewSession(QObject):
    """Holds the preparation and the draft of the conversation on screen."""

    #: The person (and so the preparation) changed, or a draft was resumed or reloaded.
    started = Signal()
    #: Something in the draft changed; steps that show derived figures recompute.
    edited_signal = Signal()
    #: The draft was stored; the argument is a short Dutch status text.
    saved = Signal(str)
    #: The conversation was closed for real (argument: service.ClosedInterview).
    closed = Signal(object)
    #: Someone saved the same draft elsewhere; the argument is the Dutch message. The screen
    #: offers :meth:`reload_draft`.
    conflict = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.context = context
        self.widget = parent  # owns the messages of the work started here
        self.prep: service.InterviewPreparation | None = None
        self.draft: InterviewDraft | None = None
        self.result: service.ClosedInterview | None = None
        self._db: object = context.db  # the database the draft lives in (compared, not used)
        self._request = 0  # the newest preparation asked for; older answers are dropped
        self._saving = False
        self._resave: InterviewDraft | None = None  # changed while its save was under way
        self._after_save: list[Callable[[], object]] = []
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

    @property
    def save_pending(self) -> bool:
        """Typing not stored yet, or a save under way."""
        return self._timer.isActive() or self._saving

    def levels_now(self) -> dict[str, int]:
        """Current levels with the agreed levels of step 3 applied (what counts after closing)."""
        if self.prep is None or self.draft is None:
            return {}
        return levels_after(self.prep.current_levels, self.draft)

    # -- starting ----------------------------------------------------------------------------------
    def _prepare(
        self,
        personnel_number: str,
        title: str,
        then: Callable[[service.InterviewPreparation], None],
        *,
        quiet: bool = False,
    ) -> None:
        self._request += 1
        request = self._request

        def prepared(prep: service.InterviewPreparation) -> None:
            if request == self._request:  # the user has not asked for someone else since
                then(prep)

        ops.prepare(
            self.context,
            self.widget,
            title=title,
            personnel_number=personnel_number,
            on_done=prepared,
            quiet=quiet,
        )

    def start(
        self,
        personnel_number: str,
        *,
        kind: InterviewKind,
        held_on: dt.date,
        team_lead: str,
        team_lead_number: str = "",
    ) -> None:
        """A new conversation with this person. A previous draft without content is dropped;
        one with content stays stored as a draft."""

        def prepared(prep: service.InterviewPreparation) -> None:
            self.save_now()
            self._drop_blank_draft()
            self._db = self.context.db
            self.prep = prep
            self.draft = service.new_draft(
                prep,
                kind=kind,
                held_on=held_on,
                team_lead=team_lead,
                team_lead_number=team_lead_number,
            )
            self.result = None
            self.started.emit()

        self._prepare(personnel_number, _tr("Gesprek voorbereiden"), prepared)

    def resume(self, draft: InterviewDraft, on_done: Callable[[], None] | None = None) -> None:
        """Continue a stored draft; ``on_done`` once it is on screen."""

        def prepared(prep: service.InterviewPreparation) -> None:
            self.save_now()
            self._drop_blank_draft()
            self._db = self.context.db
            self.prep = prep
            self.draft = draft
            if not draft.employee_name:
                draft.employee_name = prep.employee.name
            self.result = None
            self.started.emit()
            if on_done is not None:
                on_done()

        self._prepare(draft.personnel_number, _tr("Gesprek hervatten"), prepared)

    def reset(self) -> None:
        """Nothing on screen: stores what is pending first."""
        self._request += 1  # a preparation still under way is no longer wanted
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
            self._timer.stop()
            self.prep = None
            self.draft = None
            self._db = self.context.db
            self.started.emit()
            return

        def prepared(prep: service.InterviewPreparation) -> None:
            self.prep = prep
            self.started.emit()

        self._prepare(
            self.draft.personnel_number, _tr("Gegevens bijwerken"), prepared, quiet=True
        )

    def refresh_after_change(self, prep: service.InterviewPreparation) -> None:
        """The person's data as read after this screen changed it (e.g. a plan was signed)."""
        if self.draft is not None and prep.employee.personnel_number == self.draft.personnel_number:
            self.prep = prep

    def _drop_blank_draft(self) -> None:
        self._timer.stop()
        draft = self.draft
        if draft is not None and draft.id is not None and not draft.has_content:
            draft_id, draft.id = draft.id, None
            self._when_saved(
                lambda: ops.delete_draft(
                    self.context,
                    self.widget,
                    title=_tr("Concept verwijderen"),
                    draft_id=draft_id,
                    version=draft.version,
                )
            )

    def discard(self) -> None:
        """Remove the conversation on screen and its stored draft (after a save under way)."""
        draft = self.draft
        self._timer.stop()
        if self._resave is draft:
            self._resave = None
        self.draft = None
        if draft is not None and draft.id is not None:
            draft_id = draft.id
            self._when_saved(
                lambda: ops.delete_draft(
                    self.context,
                    self.widget,
                    title=_tr("Gesprek verwerpen"),
                    draft_id=draft_id,
                    version=draft.version,
                )
            )
        self.reset()

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
        if self.draft is not None:
            self._save(self.draft)

    def _save(self, draft: InterviewDraft) -> None:
        if (draft is self.draft and self.is_closed) or not draft.has_content:
            return
        if self._saving:
            self._resave = draft  # stored with the version the running save produces
            return
        self._saving = True

        def done(outcome: ops.SavedDraft | UserError) -> None:
            self._saving = False
            if isinstance(outcome, ops.SavedDraft):
                draft.id, draft.version, draft.updated_at = (
                    outcome.id,
                    outcome.version,
                    outcome.updated_at,
                )
                if draft is self.draft:
                    stamp = outcome.updated_at or dt.datetime.now()
                    self.saved.emit(
                        _tr("Concept bewaard om {time}").format(time=stamp.strftime("%H:%M"))
                    )
            elif isinstance(outcome, service.DraftChangedError):
                self._resave = None  # saving again would be refused the same way
                self.saved.emit(_tr("Concept niet bewaard: het is elders gewijzigd."))
                self.conflict.emit(str(outcome))
            else:  # e.g. the database is busy: the next change tries again
                self.saved.emit(_tr("Concept niet bewaard: {reason}").format(reason=str(outcome)))
            pending, self._resave = self._resave, None
            if pending is not None:
                self._save(pending)
            if not self._saving:
                waiting, self._after_save = self._after_save, []
                for then in waiting:
                    then()

        ops.save_draft(
            self.context, self.widget, title=_tr("Concept bewaren"), draft=draft, on_done=done
        )

    def _when_saved(self, then: Callable[[], object]) -> None:
        """Run ``then`` once no save is under way (it then sees the latest version)."""
        if self._saving:
            self._after_save.append(then)
        else:
            then()

    def reload_draft(self) -> None:
        """Show the draft as it is stored now (after someone else saved it)."""
        draft = self.draft
        if draft is None or draft.id is None:
            return
        self._timer.stop()

        def loaded(stored: InterviewDraft | None) -> None:
            if self.draft is not draft:
                return  # the user went on to something else meanwhile
            if stored is None:
                draft.id, draft.version = None, None  # removed elsewhere: kept as a new one
                self.saved.emit(_tr("Het concept is elders verwijderd; uw versie blijft staan."))
                return
            self.draft = stored
            self.saved.emit(_tr("Concept opnieuw geladen"))
            self.started.emit()

        ops.load_draft(
            self.context,
            self.widget,
            title=_tr("Concept opnieuw laden"),
            draft_id=draft.id,
            on_done=loaded,
        )

    def set_step(self, step: int) -> None:
        if self.draft is not None and self.draft.step != step and not self.is_closed:
            self.draft.step = step
            self.edited(immediate=True)

    # -- closing ---------------------------------------------------------------------------------
    def close_interview(
        self,
        on_done: Callable[[service.ClosedInterview], None],
        *,
        accept_unscored: bool = False,
    ) -> None:
        """Save everything for real (one transaction) once a save under way is done; a refusal
        is shown as a Dutch message, a draft saved elsewhere meanwhile offers to reload.
        ``accept_unscored``: the team lead confirmed closing with competencies unscored."""
        draft = self.draft
        if draft is None or not self.active:
            return
        self._timer.stop()

        def closed(outcome: ops.Closed | service.DraftChangedError) -> None:
            if isinstance(outcome, service.DraftChangedError):
                self.conflict.emit(str(outcome))
                return
            if self.draft is not draft:
                return
            self.result = outcome.result
            self.prep = outcome.prep
            draft.id = None
            self.closed.emit(outcome.result)
            for area in ("assessments", "plans"):
                self.context.signals.data_changed.emit(area)
            on_done(outcome.result)

        self._when_saved(
            lambda: ops.close_interview(
                self.context,
                self.widget,
                title=_tr("Gesprek afronden"),
                draft=draft,
                accept_unscored=accept_unscored,
                on_done=closed,
            )
        )
