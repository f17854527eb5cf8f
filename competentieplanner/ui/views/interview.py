"""Gesprekken: the team lead's guided development interview, from preparation to signed plan.

Six steps (1 Voorbereiden · 2 Gesprek · 3 Scoren · 4 Richting · 5 Afspraken · 6 Afronden) with
Vorige/Volgende and a step indicator that jumps to any step. The conversation is kept as a draft
after every change; a draft left by a closed window or a crash is offered again at start-up
(:meth:`InterviewPage.offer_drafts`).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QHideEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from competentieplanner.domain.interview import InterviewDraft
from competentieplanner.ui import theme
from competentieplanner.ui.context import AppContext
from competentieplanner.ui.interview.actions import ActionsStep
from competentieplanner.ui.interview.close import CloseStep
from competentieplanner.ui.interview.direction import DirectionStep
from competentieplanner.ui.interview.labels import kind_label
from competentieplanner.ui.interview.prepare import PrepareStep
from competentieplanner.ui.interview.score import ScoreStep
from competentieplanner.ui.interview.session import InterviewSession
from competentieplanner.ui.interview.talk import TalkStep
from competentieplanner.ui.interview.widgets import StepIndicator, StepPage, muted, step_title
from competentieplanner.ui.operations import interview as ops
from competentieplanner.ui.widgets.common import PageTitle

#: How much larger than the system font the conversation screen reads (the employee watches).
READING_SCALE = 1.1


class InterviewPage(QWidget):
    title = "Gesprekken"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.message_box: QMessageBox | None = None
        self._drafts: list[InterviewDraft] = []  # as read last, for the Concepten menu
        self._lists_loaded = False
        self.setFont(theme.scaled_font(self.font(), READING_SCALE))
        self.session = InterviewSession(context, self)

        root = QVBoxLayout(self)
        root.setContentsMargins(theme.MARGIN, theme.MARGIN, theme.MARGIN, theme.MARGIN)
        root.setSpacing(theme.SPACING)
        top = QHBoxLayout()
        self.page_title = PageTitle(self.tr("Gesprekken"), self)
        top.addWidget(self.page_title)
        self.subject = muted(QLabel("", self))
        self.subject.setFont(theme.scaled_font(self.font(), 1.1))
        top.addWidget(self.subject, 1, Qt.AlignmentFlag.AlignBottom)
        self.drafts_button = QToolButton(self)
        self.drafts_button.setText(self.tr("&Concepten"))
        self.drafts_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.drafts_button.setAccessibleName(self.tr("Onafgeronde gesprekken"))
        self.drafts_menu = QMenu(self.drafts_button)
        self.drafts_menu.aboutToShow.connect(lambda: self._fill_drafts_menu())
        self.drafts_button.setMenu(self.drafts_menu)
        top.addWidget(self.drafts_button)
        self.cycle_button = QPushButton(self.tr("Wie is aan de beur&t…"), self)
        self.cycle_button.setAccessibleName(self.tr("Gesprekscyclus: wie is aan de beurt"))
        self.cycle_button.clicked.connect(self.open_cycle)
        top.addWidget(self.cycle_button)
        self.new_button = QPushButton(self.tr("&Nieuw gesprek"), self)
        self.new_button.setAccessibleName(self.tr("Nieuw gesprek beginnen"))
        self.new_button.clicked.connect(self.new_interview)
        top.addWidget(self.new_button)
        root.addLayout(top)

        self.indicator = StepIndicator(self)
        self.indicator.step_chosen.connect(self.go_to)
        root.addWidget(self.indicator)

        self.steps: list[StepPage] = [
            PrepareStep(self.session, self),
            TalkStep(self.session, self),
            ScoreStep(self.session, self),
            DirectionStep(self.session, self),
            ActionsStep(self.session, self),
            CloseStep(self.session, self),
        ]
        self.stack = QStackedWidget(self)
        for step in self.steps:
            self.stack.addWidget(step)
        root.addWidget(self.stack, 1)

        bottom = QHBoxLayout()
        self.saved_label = muted(QLabel("", self))
        bottom.addWidget(self.saved_label, 1)
        self.back_button = QPushButton(self.tr("← &Vorige"), self)
        self.back_button.clicked.connect(lambda: self.go_to(self.current_step() - 1))
        self.next_button = QPushButton(self.tr("Volgende &→"), self)
        self.next_button.setDefault(True)
        self.next_button.clicked.connect(lambda: self.go_to(self.current_step() + 1))
        for button in (self.back_button, self.next_button):
            button.setMinimumWidth(130)
            button.setMinimumHeight(36)
            bottom.addWidget(button)
        root.addLayout(bottom)
        forward = QShortcut(QKeySequence("Alt+Right"), self)
        forward.activated.connect(lambda: self.go_to(self.current_step() + 1))
        back = QShortcut(QKeySequence("Alt+Left"), self)
        back.activated.connect(lambda: self.go_to(self.current_step() - 1))

        self.session.started.connect(self._on_started)
        self.session.saved.connect(self.saved_label.setText)
        self.session.closed.connect(lambda _result: self._update_navigation())
        self.session.conflict.connect(self.offer_reload)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.session.save_now)
        self.prepare_step.load_lists()
        self._lists_loaded = True
        self._show_step(0)

    @property
    def prepare_step(self) -> PrepareStep:
        step = self.steps[0]
        assert isinstance(step, PrepareStep)
        return step

    # -- the screen contract -----------------------------------------------------------------------
    def reload(self) -> None:
        """Data changed elsewhere (or another database was opened): re-read lists and the
        person's data; the conversation on screen stays."""
        self.session.refresh_preparation()
        self.prepare_step.load_lists()
        self._refresh_steps()

    def open_item(self, kind: str, payload: object) -> None:
        """navigate("interview", personnel_number): prepare a conversation with that person."""
        if kind != "interview" or not isinstance(payload, str):
            return
        if (
            self.session.active
            and self.session.draft is not None
            and self.session.draft.has_content
        ):
            return  # a conversation is running; it is not pushed aside silently
        self.go_to(0)
        self.prepare_step.choose_person(payload)

    def open_cycle(self) -> QWidget | None:
        """The gesprekscyclus overview: who is due, overdue or never had a conversation."""
        if self.context.db is None:
            return None  # the database is still being opened
        from competentieplanner.ui.dialogs.conversations_due import ConversationsDueDialog

        dialog = ConversationsDueDialog(self.context, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    # -- drafts ------------------------------------------------------------------------------------
    def offer_drafts(self) -> None:
        """Once after start-up: offer to continue a conversation that was not closed (the
        question appears as :attr:`message_box` once the drafts are read)."""
        ops.load_drafts(
            self.context, self, title=self.tr("Gesprekken"), on_done=self._offer_first_draft
        )

    def _offer_first_draft(self, drafts: list[InterviewDraft]) -> None:
        self._drafts = drafts
        if not drafts:
            return
        draft = drafts[0]
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Onafgerond gesprek"))
        box.setText(
            self.tr("Er is een onafgerond gesprek met {name} van {date}. Verdergaan?").format(
                name=draft.employee_name or draft.personnel_number,
                date=draft.held_on.strftime("%d-%m-%Y"),
            )
        )
        info = self.tr("{kind}, bewaard bij stap {step} ({title}).").format(
            kind=kind_label(draft.kind), step=draft.step + 1, title=step_title(draft.step)
        )
        if len(drafts) > 1:
            info += " " + self.tr(
                "Er zijn nog {count} andere onafgeronde gesprekken; u vindt ze onder Concepten."
            ).format(count=len(drafts) - 1)
        box.setInformativeText(info)
        resume = box.addButton(self.tr("Verdergaan"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Later"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(resume)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def answered(button: object) -> None:
            self.message_box = None
            if button is resume:
                self.context.signals.navigate.emit("interview", None)
                self.resume_draft(draft)

        box.buttonClicked.connect(answered)
        self.message_box = box
        box.open()

    def resume_draft(self, draft: InterviewDraft) -> None:
        """Open a stored draft at the step where it was left."""
        step = min(max(draft.step, 0), len(self.steps) - 1)
        self.session.resume(draft, on_done=lambda: self._show_step(step))

    def _refresh_drafts(self) -> None:
        """Re-read the drafts for the Concepten menu; an open menu is filled again."""

        def loaded(drafts: list[InterviewDraft]) -> None:
            self._drafts = drafts
            if self.drafts_menu.isVisible():
                self._fill_drafts_menu(refresh=False)

        ops.load_drafts(self.context, self, title=self.tr("Concepten"), on_done=loaded)

    def _fill_drafts_menu(self, refresh: bool = True) -> None:
        """Fill the menu from the drafts read last; opening it also reads them afresh."""
        if refresh:
            self._refresh_drafts()
        self.drafts_menu.clear()
        drafts = self._drafts
        current = self.session.draft.id if self.session.draft else None
        for draft in drafts:
            text = self.tr("{name} — {kind}, {date} (stap {step})").format(
                name=draft.employee_name or draft.personnel_number,
                kind=kind_label(draft.kind),
                date=draft.held_on.strftime("%d-%m-%Y"),
                step=draft.step + 1,
            )
            action = self.drafts_menu.addAction(text)
            action.setEnabled(draft.id != current)
            action.triggered.connect(lambda _checked=False, d=draft: self.resume_draft(d))
        if not drafts:
            empty = self.drafts_menu.addAction(self.tr("Geen onafgeronde gesprekken"))
            empty.setEnabled(False)
        if self.session.active and self.session.draft is not None:
            self.drafts_menu.addSeparator()
            discard = self.drafts_menu.addAction(self.tr("Dit gesprek verwerpen…"))
            discard.triggered.connect(self.ask_discard)

    def offer_reload(self, message: str) -> QMessageBox:
        """Someone saved this conversation elsewhere: say so and offer their version."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Concept elders gewijzigd"))
        box.setText(message)
        reload = box.addButton(self.tr("Opnieuw laden"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Later"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(reload)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def answered(button: object) -> None:
            self.message_box = None
            if button is reload:
                self.session.reload_draft()

        box.buttonClicked.connect(answered)
        self.message_box = box
        box.open()
        return box

    def ask_discard(self) -> QMessageBox | None:
        draft = self.session.draft
        if draft is None or not self.session.active:
            return None
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Gesprek verwerpen"))
        box.setText(
            self.tr("Het gesprek met {name} verwerpen? Wat u hebt ingevuld gaat verloren.").format(
                name=draft.employee_name
            )
        )
        discard = box.addButton(self.tr("Verwerpen"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("Annuleren"), QMessageBox.ButtonRole.RejectRole)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def answered(button: object) -> None:
            self.message_box = None
            if button is discard:
                self.discard_current()

        box.buttonClicked.connect(answered)
        self.message_box = box
        box.open()
        return box

    def discard_current(self) -> None:
        self.session.discard()
        self._show_step(0)

    def new_interview(self) -> None:
        """Start over at step 1; a conversation with content stays stored as a draft."""
        self.session.reset()
        self.saved_label.setText("")
        self._show_step(0)

    # -- navigation --------------------------------------------------------------------------------
    def current_step(self) -> int:
        return self.stack.currentIndex()

    def go_to(self, step: int) -> None:
        if not 0 <= step < len(self.steps):
            return
        if step > 0 and self.session.draft is None:
            self.indicator.set_current(self.current_step())
            return
        self.session.set_step(step)
        self._show_step(step)

    def _show_step(self, step: int) -> None:
        self.stack.setCurrentIndex(step)
        self.steps[step].enter()
        self._update_navigation()

    def _update_navigation(self) -> None:
        step = self.current_step()
        has_person = self.session.draft is not None
        self.indicator.set_current(step)
        self.indicator.set_enabled_steps(
            {0} | (set(range(len(self.steps))) if has_person else set())
        )
        self.back_button.setEnabled(step > 0)
        self.next_button.setVisible(step < len(self.steps) - 1)
        self.next_button.setEnabled(has_person)
        draft = self.session.draft
        if draft is None:
            self.subject.setText(self.tr("Kies een medewerker om te beginnen"))
        else:
            state = self.tr(" — afgerond") if self.session.is_closed else ""
            self.subject.setText(
                self.tr("{kind} met {name}").format(
                    kind=kind_label(draft.kind), name=draft.employee_name
                )
                + state
            )
        self.new_button.setEnabled(has_person)

    def _on_started(self) -> None:
        self._refresh_steps()

    def _refresh_steps(self) -> None:
        for step in self.steps:
            step.refresh()
        self.steps[self.current_step()].enter()
        self._update_navigation()

    def can_close(self) -> bool:
        """The window is closing: store what is pending (the window waits for running work)."""
        self.session.save_now()
        return True

    def hideEvent(self, event: QHideEvent) -> None:
        self.session.save_now()  # leaving the screen or closing the window: nothing pending
        super().hideEvent(event)
