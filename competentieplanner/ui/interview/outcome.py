"""Step 6's fields for the gesprekscyclus: the next conversation (kind and date, proposed by the
yearly cycle), the overall judgement and the employee's "voor gezien/akkoord" of a
beoordelingsgesprek, and the confirmation to close with competencies unscored."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QWidget,
)

from competentieplanner.domain.interview import (
    EMPLOYEE_RESPONSES,
    JUDGEMENTS,
    InterviewDraft,
    next_in_cycle,
    unscored_competencies,
)
from competentieplanner.domain.model import InterviewKind
from competentieplanner.ui.interview.labels import from_qdate, kind_label, to_qdate
from competentieplanner.ui.interview.session import InterviewSession


class OutcomeForm(QWidget):
    """Reads and writes the session's draft; ``changed`` after every edit."""

    changed = Signal()

    def __init__(self, session: InterviewSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._loading = False
        self._draft: InterviewDraft | None = None
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        self.next_kind = QComboBox(self)
        for kind in InterviewKind:
            self.next_kind.addItem(kind_label(kind), kind.value)
        self.next_kind.setAccessibleName(self.tr("Soort volgend gesprek"))
        self.next_date = QDateEdit(self)
        self.next_date.setCalendarPopup(True)
        self.next_date.setDisplayFormat("dd-MM-yyyy")
        self.next_date.setAccessibleName(self.tr("Datum volgend gesprek"))
        # Two fields a row: step 6 has to fit a 1366x768 screen beside the summary.
        next_row = QHBoxLayout()
        next_row.addWidget(self.next_kind, 1)
        on_label = QLabel(self.tr("&op"), self)
        on_label.setBuddy(self.next_date)
        next_row.addWidget(on_label)
        next_row.addWidget(self.next_date)
        next_label = QLabel(self.tr("&Volgend gesprek"), self)
        next_label.setBuddy(self.next_kind)
        form.addRow(next_label, next_row)
        self.judgement = QComboBox(self)
        self.judgement.addItem(self.tr("(kies)"), "")
        for value in JUDGEMENTS:
            self.judgement.addItem(value, value)
        self.judgement.setAccessibleName(self.tr("Eindoordeel"))
        self.response = QComboBox(self)
        self.response.addItem(self.tr("(kies)"), "")
        for value in EMPLOYEE_RESPONSES:
            self.response.addItem(value, value)
        self.response.setAccessibleName(self.tr("Medewerker tekent"))
        self.judgement_label = QLabel(self.tr("&Eindoordeel"), self)
        self.judgement_label.setBuddy(self.judgement)
        self.response_label = QLabel(self.tr("medewerker &tekent"), self)
        self.response_label.setBuddy(self.response)
        review_row = QHBoxLayout()
        review_row.addWidget(self.judgement, 1)
        review_row.addWidget(self.response_label)
        review_row.addWidget(self.response, 1)
        form.addRow(self.judgement_label, review_row)
        self.confirm_unscored = QCheckBox(self)
        self.confirm_unscored.setSizePolicy(
            QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum
        )
        form.addRow(self.confirm_unscored)
        self.next_kind.activated.connect(self._edited)
        self.next_date.dateChanged.connect(self._edited)
        self.judgement.activated.connect(self._edited)
        self.response.activated.connect(self._edited)
        self.confirm_unscored.toggled.connect(lambda _on: self.changed.emit())

    def unscored_names(self) -> list[str]:
        prep, draft = self.session.prep, self.session.draft
        if prep is None or draft is None:
            return []
        names = {c.code: c.name for c in prep.framework.competencies}
        return [names[code] for code in unscored_competencies(draft, names)]

    @property
    def unscored_confirmed(self) -> bool:
        return not self.unscored_names() or self.confirm_unscored.isChecked()

    def refresh(self) -> None:
        """Show the draft; without a next conversation chosen, the cycle's proposal."""
        draft = self.session.draft
        if draft is None:
            return
        if draft is not self._draft:  # another conversation: its own confirmation
            self._draft = draft
            self.confirm_unscored.setChecked(False)
        # Until the team lead changes it, the proposal follows the kind and date of step 1 (and
        # closing records that same proposal).
        if draft.next_kind is None or draft.next_on is None:
            next_kind, next_on = next_in_cycle(draft.kind, draft.held_on)
        else:
            next_kind, next_on = draft.next_kind, draft.next_on
        self._loading = True
        try:
            self.next_kind.setCurrentIndex(max(0, self.next_kind.findData(next_kind.value)))
            self.next_date.setDate(to_qdate(next_on))
            self.judgement.setCurrentIndex(max(0, self.judgement.findData(draft.judgement)))
            self.response.setCurrentIndex(max(0, self.response.findData(draft.employee_response)))
        finally:
            self._loading = False
        review = draft.kind is InterviewKind.REVIEW
        for widget in (self.judgement, self.judgement_label, self.response, self.response_label):
            widget.setVisible(review)
        closed = self.session.is_closed
        for editor in (self.next_kind, self.next_date, self.judgement, self.response):
            editor.setEnabled(not closed)
        unscored = self.unscored_names()
        self.confirm_unscored.setVisible(bool(unscored) and not closed)
        self.confirm_unscored.setText(
            self.tr(
                "Afronden zonder score voor {count} competentie(s); dit wordt vastgelegd"
            ).format(count=len(unscored))
        )
        self.confirm_unscored.setToolTip(", ".join(unscored))

    def _edited(self, *_args: object) -> None:
        draft = self.session.draft
        if self._loading or draft is None or self.session.is_closed:
            return
        draft.next_kind = InterviewKind(self.next_kind.currentData())
        draft.next_on = from_qdate(self.next_date.date())
        if draft.kind is InterviewKind.REVIEW:
            draft.judgement = self.judgement.currentData() or ""
            draft.employee_response = self.response.currentData() or ""
        self.session.edited()
        self.changed.emit()
