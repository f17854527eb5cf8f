"""Step 6, Afronden: the summary, saving everything in one transaction, the Ontwikkelplan PDF
for signing, marking it signed later, and the history of earlier conversations and plan versions.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QPalette
from PySide6.QtWidgets import (
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from competentieplanner.domain.interview import DraftRules, check_draft
from competentieplanner.domain.model import PlanItemStatus
from competentieplanner.services import interview as service
from competentieplanner.ui import formatting, tasks, theme
from competentieplanner.ui.interview.labels import (
    file_name_part,
    from_qdate,
    kind_label,
    status_label,
)
from competentieplanner.ui.interview.outcome import OutcomeForm
from competentieplanner.ui.interview.session import InterviewSession
from competentieplanner.ui.interview.widgets import (
    StepPage,
    dutch_number,
    euro,
)
from competentieplanner.ui.operations import interview as ops
from competentieplanner.ui.translate_noop import QT_TRANSLATE_NOOP
from competentieplanner.ui.widgets.common import Card, EmptyState, Hint, SectionHeader


def _date(day: dt.date | None) -> str:
    return day.strftime("%d-%m-%Y") if day else "–"


class CloseStep(StepPage):
    heading = QT_TRANSLATE_NOOP("CloseStep", "Afronden")

    def __init__(self, session: InterviewSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self._loading = False
        self.file_dialog: QFileDialog | None = None
        self.pdf_task: tasks.TaskHandle[Path] | None = None
        self.last_pdf: Path | None = None
        self._pdf_plan: int | None = None  # the plan version last_pdf was printed for
        self.stack = QStackedWidget(self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)
        self.empty = EmptyState(self.tr("Kies eerst bij Voorbereiden een medewerker."), self.stack)
        self.stack.addWidget(self.empty)

        page = QWidget(self.stack)
        root = QHBoxLayout(page)
        root.setContentsMargins(0, 0, 0, 0)
        root.setSpacing(theme.MARGIN)

        summary_card = Card(page)
        summary_card.body.addWidget(SectionHeader(self.tr("Samenvatting"), summary_card))
        self.summary = QLabel("", summary_card)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        scroll = QScrollArea(summary_card)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.summary)
        scroll.viewport().setBackgroundRole(QPalette.ColorRole.Base)
        self.summary.setBackgroundRole(QPalette.ColorRole.Base)
        summary_card.body.addWidget(scroll, 1)
        root.addWidget(summary_card, 3)

        side = QVBoxLayout()
        side.setSpacing(theme.MARGIN)
        finish = Card(page)
        finish.body.addWidget(SectionHeader(self.tr("Afspraken vastleggen"), finish))
        label = QLabel(self.tr("&Afspraken en toelichting (komt op het ontwikkelplan)"), finish)
        label.setWordWrap(True)
        finish.body.addWidget(label)
        self.agreements = QPlainTextEdit(finish)
        self.agreements.setTabChangesFocus(True)
        self.agreements.setAccessibleName(self.tr("Afspraken en toelichting"))
        self.agreements.setPlaceholderText(
            self.tr("bijv. wat we evalueren in het voortgangsgesprek, en wanneer")
        )
        self.agreements.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 14)
        label.setBuddy(self.agreements)
        self.agreements.textChanged.connect(self._agreements_changed)
        finish.body.addWidget(self.agreements)
        self.outcome = OutcomeForm(session, finish)
        self.outcome.changed.connect(self._show_state)
        finish.body.addWidget(self.outcome)
        self.problems = Hint("", finish)
        finish.body.addWidget(self.problems)
        self.save_button = QPushButton(self.tr("&Opslaan en afronden"), finish)
        self.save_button.setDefault(True)
        self.save_button.setFont(theme.scaled_font(self.font(), 1.1, bold=True))
        self.save_button.setMinimumHeight(40)
        self.save_button.clicked.connect(self.save_and_close)
        finish.body.addWidget(self.save_button)
        self.saved_label = QLabel("", finish)
        self.saved_label.setWordWrap(True)
        finish.body.addWidget(self.saved_label)
        row = QHBoxLayout()
        self.pdf_button = QPushButton(self.tr("Ontwikkelplan afdrukken (&PDF)…"), finish)
        self.pdf_button.clicked.connect(self.choose_pdf_file)
        row.addWidget(self.pdf_button)
        self.open_pdf_button = QPushButton(self.tr("PDF o&penen"), finish)
        self.open_pdf_button.clicked.connect(self.open_pdf)
        row.addWidget(self.open_pdf_button)
        finish.body.addLayout(row)
        signed = QHBoxLayout()
        signed_label = QLabel(self.tr("Getekend op"), finish)
        self.signed_date = QDateEdit(finish)
        self.signed_date.setCalendarPopup(True)
        self.signed_date.setDisplayFormat("dd-MM-yyyy")
        self.signed_date.setDate(QDate.currentDate())
        self.signed_date.setAccessibleName(self.tr("Datum van ondertekening"))
        signed_label.setBuddy(self.signed_date)
        self.sign_button = QPushButton(self.tr("&Markeren als getekend"), finish)
        self.sign_button.clicked.connect(self.mark_signed)
        signed.addWidget(signed_label)
        signed.addWidget(self.signed_date)
        signed.addWidget(self.sign_button, 1)
        finish.body.addLayout(signed)
        self.after_hint = Hint(
            self.tr(
                "Na het opslaan drukt u het ontwikkelplan af om samen te tekenen; markeer het "
                "daarna als getekend."
            ),
            finish,
        )
        finish.body.addWidget(self.after_hint)
        side.addWidget(finish)

        history = Card(page)
        history.body.addWidget(SectionHeader(self.tr("Eerdere gesprekken en planversies"), history))
        splitter = QSplitter(Qt.Orientation.Vertical, history)
        self.history_list = QListWidget(splitter)
        self.history_list.setAccessibleName(self.tr("Eerdere gesprekken en planversies"))
        self.history_detail = QTextBrowser(splitter)
        self.history_detail.setAccessibleName(self.tr("Details van de gekozen versie"))
        self.history_detail.setOpenLinks(False)
        splitter.setSizes([120, 160])
        history.body.addWidget(splitter, 1)
        self.history_list.currentRowChanged.connect(self._show_history_item)
        side.addWidget(history, 1)
        side_holder = QWidget(page)
        side_holder.setLayout(side)
        side.setContentsMargins(0, 0, 0, 0)
        # On a small screen the column scrolls rather than squeezing its texts over the input.
        side_scroll = QScrollArea(page)
        side_scroll.setWidgetResizable(True)
        side_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        side_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        side_scroll.setWidget(side_holder)
        side_scroll.setMinimumWidth(440)
        side_scroll.setMaximumWidth(520)
        root.addWidget(side_scroll, 2)
        self.stack.addWidget(page)
        self.page = page
        self._history: list[tuple[str, str]] = []

    # -- showing -----------------------------------------------------------------------------------
    def refresh(self) -> None:
        prep, draft = self.session.prep, self.session.draft
        if prep is None or draft is None:
            self.stack.setCurrentWidget(self.empty)
            return
        self.stack.setCurrentWidget(self.page)
        self._loading = True
        try:
            if self.agreements.toPlainText() != draft.agreements:
                self.agreements.setPlainText(draft.agreements)
        finally:
            self._loading = False
        self.agreements.setReadOnly(self.session.is_closed)
        self.outcome.refresh()
        self._show_summary()
        self._show_state()
        self._show_history()

    def enter(self) -> None:
        self.refresh()

    def _show_state(self) -> None:
        closed = self.session.is_closed
        problems = self.current_problems()
        self.save_button.setEnabled(
            not closed and not problems and self.outcome.unscored_confirmed
        )
        self.save_button.setVisible(not closed)
        if closed:
            self.problems.setText("")
        elif problems:
            self.problems.setText(
                self.tr("Nog niet compleet:") + "\n" + "\n".join(f"• {p}" for p in problems)
            )
        else:
            self.problems.setText(
                self.tr(
                    "Alles is ingevuld. Opslaan legt het gesprek, de afgesproken niveaus en het "
                    "nieuwe ontwikkelplan in één keer vast."
                )
            )
        self.pdf_button.setEnabled(closed)
        self.open_pdf_button.setVisible(self._pdf_on_screen() is not None)
        self.after_hint.setVisible(not closed)
        self.sign_button.setEnabled(closed and self._signable_plan() is not None)
        self.signed_date.setEnabled(self.sign_button.isEnabled())
        result = self.session.result
        if result is not None:
            self.saved_label.setText(
                self.tr(
                    "Opgeslagen als ontwikkelplan versie {version}. Druk het af voor "
                    "ondertekening en markeer het daarna als getekend."
                ).format(version=result.plan_version)
            )
        else:
            self.saved_label.setText("")

    def current_problems(self) -> list[str]:
        prep, draft = self.session.prep, self.session.draft
        if prep is None or draft is None:
            return []
        rules = DraftRules(
            competencies={c.code: c.name for c in prep.framework.competencies},
            scale_max=prep.scale.maximum,
            questions=[q.code for q in prep.questions],
            offers=[o.code for o in prep.catalogue],
            profiles=[p.code for p in prep.profiles],
        )
        return [str(p) for p in check_draft(draft, rules)]

    def _show_summary(self) -> None:
        prep, draft = self.session.prep, self.session.draft
        assert prep is not None and draft is not None
        esc = _escape
        names = {c.code: c.name for c in prep.framework.competencies}
        parts: list[str] = []
        parts.append(f"<h2>{esc(draft.employee_name or prep.employee.name)}</h2>")
        parts.append(
            "<p>"
            + esc(
                self.tr("{kind} op {date}").format(
                    kind=kind_label(draft.kind), date=_date(draft.held_on)
                )
            )
            + (
                esc(self.tr(", teamleider {name}").format(name=draft.team_lead))
                if draft.team_lead
                else ""
            )
            + "</p>"
        )
        profile = prep.profile(draft.profile or "")
        parts.append(f"<h3>{esc(self.tr('Richting'))}</h3>")
        if profile is None:
            parts.append(f"<p>{esc(self.tr('Geen profiel gekozen.'))}</p>")
        else:
            now = {m.profile: m for m in service.fits_for(prep, self.session.levels_now())}.get(
                profile.code
            )
            before = {m.profile: m for m in prep.fits}.get(profile.code)
            line = profile.name
            if now is not None:
                line += " — " + self.tr("match {fit} % ({readiness})").format(
                    fit=dutch_number(now.fit_pct), readiness=formatting.word(now.readiness.value)
                )
                if before is not None and not self.session.is_closed:
                    line += "; " + self.tr("vóór dit gesprek {fit} %").format(
                        fit=dutch_number(before.fit_pct)
                    )
            parts.append(f"<p>{esc(line)}</p>")
        scores = draft.scores
        parts.append(f"<h3>{esc(self.tr('Afgesproken niveaus'))}</h3>")
        scored = [(code, entry) for code, entry in scores.items() if entry.lead is not None]
        if not scored:
            parts.append(f"<p>{esc(self.tr('Nog geen competenties gescoord.'))}</p>")
        else:
            order = {c.code: i for i, c in enumerate(prep.framework.competencies)}
            rows = []
            for code, entry in sorted(scored, key=lambda item: order.get(item[0], 999)):
                previous = prep.agreed_levels.get(code) if not self.session.is_closed else None
                change = (
                    f"{previous} → "
                    if previous is not None and previous != entry.agreed_level
                    else ""
                )
                lead = (
                    self.tr(" (teamleider {level})").format(level=entry.lead)
                    if entry.agreed is not None and entry.agreed != entry.lead
                    else ""
                )
                name = esc(names.get(code, code))
                rows.append(
                    f"<td>{name}</td><td><b>{change}{entry.agreed_level}</b>{esc(lead)}</td>"
                )
            # Two columns side by side: the whole list fits beside the plan without scrolling.
            half = (len(rows) + 1) // 2
            pairs = [
                rows[i]
                + '<td width="28"></td>'
                + (rows[i + half] if i + half < len(rows) else "<td></td><td></td>")
                for i in range(half)
            ]
            parts.append(
                '<table cellspacing="0" cellpadding="2">'
                + "".join(f"<tr>{pair}</tr>" for pair in pairs)
                + "</table>"
            )
        asked = prep.questions_for(draft.kind)
        entries = [draft.answers.get(q.code) for q in asked]
        answered = [e for e in entries if e is not None and (e.answer.strip() or e.rating)]
        prepared = [e for e in entries if e is not None and e.prepared.strip()]
        parts.append(f"<h3>{esc(self.tr('Gesprek'))}</h3>")
        answered_text = self.tr("{count} van {total} vragen beantwoord.").format(
            count=len(answered), total=len(asked)
        )
        if prepared:
            answered_text += " " + self.tr(
                "De medewerker heeft {count} vragen vooraf voorbereid."
            ).format(count=len(prepared))
        parts.append(f"<p>{esc(answered_text)}</p>")
        parts.append(f"<h3>{esc(self.tr('Ontwikkelplan'))}</h3>")
        live = list(draft.actions)
        if not live:
            parts.append(f"<p>{esc(self.tr('Geen activiteiten afgesproken.'))}</p>")
        else:
            rows = []
            for action in sorted(live, key=lambda a: (a.quarter, a.title)):
                bits = [
                    self.tr("{hours} uur").format(hours=f"{action.hours:g}".replace(".", ",")),
                    euro(action.cost),
                    formatting.word(action.funding.label),
                ]
                if action.repayment_clause:
                    bits.append(self.tr("studiekostenbeding"))
                if action.status is not PlanItemStatus.PLANNED:
                    bits.append(status_label(action.status))
                if action.smart_missing():
                    bits.append(self.tr("nog niet SMART"))
                details = esc(", ".join(bits))
                rows.append(
                    f"<li><b>{esc(formatting.quarter(action.quarter))}</b> {esc(action.title)} — "
                    f"{details}</li>"
                )
            parts.append("<ul>" + "".join(rows) + "</ul>")
        self.summary.setText("".join(parts))

    def _show_history(self) -> None:
        prep = self.session.prep
        assert prep is not None
        entries: list[tuple[dt.date, int, str, str]] = []
        for interview in prep.interviews:
            title = self.tr("{date} · {kind}").format(
                date=_date(interview.held_on), kind=kind_label(interview.kind)
            )
            lines = [title]
            if interview.team_lead:
                lines.append(self.tr("Teamleider: {name}").format(name=interview.team_lead))
            if interview.profile:
                profile = prep.profile(interview.profile)
                lines.append(
                    self.tr("Richting: {name}").format(
                        name=profile.name if profile else interview.profile
                    )
                )
            if interview.agreements:
                lines.append(self.tr("Afspraken: {text}").format(text=interview.agreements))
            for answer in interview.answers:
                rating = f" ({answer.rating}/5)" if answer.rating else ""
                lines.append(f"\n{answer.question.text}")
                if answer.prepared:
                    lines.append(self.tr("Voorbereiding: {text}").format(text=answer.prepared))
                lines.append(f"→ {answer.answer}{rating}")
            entries.append((interview.held_on, 0, title, "\n".join(lines)))
        for number, version in enumerate(prep.plans, start=1):
            plan = version.plan
            state = formatting.word(plan.status.value) + (
                f" {_date(plan.signed_on)}" if plan.signed_on else ""
            )
            if number < len(prep.plans):
                state += self.tr(", vervangen door versie {n}").format(n=number + 1)
            title = self.tr("{date} · Ontwikkelplan versie {n} ({state})").format(
                date=_date(plan.created_on), n=number, state=state
            )
            lines = [title]
            profile = prep.profile(plan.profile or "")
            if profile is not None:
                lines.append(self.tr("Richting: {name}").format(name=profile.name))
            for item in plan.items:
                lines.append(
                    f"{formatting.quarter(item.quarter)}  {item.title} — "
                    + self.tr("{hours} uur").format(hours=f"{item.hours:g}")
                    + f", {euro(item.cost)}, {formatting.word(item.funding.label)}, "
                    f"{status_label(item.status)}"
                )
            if not plan.items:
                lines.append(self.tr("(geen activiteiten)"))
            entries.append((plan.created_on, 1, title, "\n".join(lines)))
        entries.sort(key=lambda e: (e[0], e[1]), reverse=True)
        self._history = [(title, text) for _, _, title, text in entries]
        self.history_list.clear()
        for title, _ in self._history:
            self.history_list.addItem(QListWidgetItem(title))
        if not self._history:
            self.history_detail.setPlainText(self.tr("Nog geen eerdere gesprekken of plannen."))
        else:
            self.history_list.setCurrentRow(0)

    def _show_history_item(self, row: int) -> None:
        if 0 <= row < len(self._history):
            self.history_detail.setPlainText(self._history[row][1])

    # -- actions -----------------------------------------------------------------------------------
    def _agreements_changed(self) -> None:
        draft = self.session.draft
        if self._loading or draft is None or self.session.is_closed:
            return
        draft.agreements = self.agreements.toPlainText()
        self.session.edited()

    def save_and_close(self) -> None:
        """'Opslaan en afronden': everything in one transaction (off the GUI thread); a problem
        shows a warning."""
        if not self.session.active:
            return

        def closed(result: service.ClosedInterview) -> None:
            self.session.context.signals.status_message.emit(
                self.tr(
                    "Het gesprek is opgeslagen; ontwikkelplan versie {version} is vastgesteld."
                ).format(version=result.plan_version)
            )
            self.refresh()

        self.save_button.setEnabled(False)  # one click, one interview
        self.session.close_interview(
            closed, accept_unscored=self.outcome.confirm_unscored.isChecked()
        )

    def suggested_pdf_name(self) -> str:
        draft = self.session.draft
        name = draft.employee_name if draft else ""
        safe = file_name_part(name, "medewerker")
        day = draft.held_on.isoformat() if draft else dt.date.today().isoformat()
        return f"Ontwikkelplan {safe} {day}.pdf"

    def choose_pdf_file(self) -> QFileDialog | None:
        if not self.session.is_closed:
            return None
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        dialog = QFileDialog(self, self.tr("Ontwikkelplan opslaan als PDF"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        dialog.setNameFilter(self.tr("PDF-bestand (*.pdf)"))
        dialog.setDefaultSuffix("pdf")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        if folder:
            dialog.setDirectory(folder)
        dialog.selectFile(self.suggested_pdf_name())
        dialog.fileSelected.connect(lambda name: self.export_pdf(Path(name)))
        self.file_dialog = dialog
        dialog.open()
        return dialog

    def export_pdf(self, out: Path) -> tasks.TaskHandle[Path] | None:
        """Write the Ontwikkelplan of the person (the plan just agreed) to ``out``."""
        draft = self.session.draft
        if draft is None:
            return None
        number, profile = draft.personnel_number, draft.profile

        result = self.session.result

        def done(path: Path) -> None:
            self.last_pdf = path
            self._pdf_plan = result.plan_id if result else None
            self.open_pdf_button.setVisible(self._pdf_on_screen() is not None)
            self.session.context.signals.status_message.emit(
                self.tr("Ontwikkelplan opgeslagen in {path}").format(path=path)
            )

        from competentieplanner.ui.operations import reports

        self.pdf_task = reports.export_person_pdf(
            self.session.context,
            self,
            title=self.tr("Ontwikkelplan afdrukken"),
            path=out,
            personnel_number=number,
            profile=profile,
            on_done=done,
        )
        return self.pdf_task

    def _pdf_on_screen(self) -> Path | None:
        """The PDF printed for the conversation on screen; another person's is never offered."""
        result = self.session.result
        if result is None or self._pdf_plan != result.plan_id:
            return None
        return self.last_pdf

    def open_pdf(self) -> None:
        path = self._pdf_on_screen()
        if path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def _signable_plan(self) -> int | None:
        prep = self.session.prep
        if prep is None or prep.current_plan is None:
            return None
        plan = prep.current_plan.plan
        return prep.current_plan.id if plan.status.value == "vastgesteld" else None

    def mark_signed(self) -> bool:
        """Record the signature (off the GUI thread); False when there is no plan to sign."""
        plan_id = self._signable_plan()
        draft = self.session.draft
        if plan_id is None or draft is None:
            return False
        shown = self.signed_date.date().toString("dd-MM-yyyy")

        def signed(prep: service.InterviewPreparation) -> None:
            self.session.refresh_after_change(prep)
            self.session.context.signals.data_changed.emit("plans")
            self.session.context.signals.status_message.emit(
                self.tr("Ontwikkelplan gemarkeerd als getekend op {date}.").format(date=shown)
            )
            self.refresh()

        ops.mark_signed(
            self.session.context,
            self,
            title=self.tr("Markeren als getekend"),
            plan_id=plan_id,
            signed_on=from_qdate(self.signed_date.date()),
            personnel_number=draft.personnel_number,
            on_done=signed,
        )
        return True


def _escape(text: str) -> str:
    from html import escape

    return escape(text, quote=False)
