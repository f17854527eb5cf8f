"""Step 2, Gesprek: the interview questions by theme, each with the employee's preparation beside
room for the answer and an optional 1-5 rating. The preparation is typed in here (before or
during the conversation) or read from the employee's preparation form in step 1. The questions
are reference data (editable under Profielen & competenties); the person's audience and the kind
of conversation decide which ones appear."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from competentieplanner.domain.interview import RATING_MAX, AnswerEntry
from competentieplanner.domain.model import InterviewQuestion
from competentieplanner.ui import theme
from competentieplanner.ui.interview.session import InterviewSession
from competentieplanner.ui.interview.widgets import StepPage, muted
from competentieplanner.ui.translate_noop import QT_TRANSLATE_NOOP
from competentieplanner.ui.widgets.common import Card, EmptyState, Hint, SectionHeader


class QuestionBox(QWidget):
    """One question: its text, the employee's preparation beside the answer noted in the
    conversation, and a 1-5 rating that can be cleared."""

    def __init__(self, question: InterviewQuestion, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question = question
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 8)
        layout.setSpacing(6)
        self.label = QLabel(question.text, self)
        self.label.setWordWrap(True)
        self.label.setFont(theme.scaled_font(self.font(), 1.05, bold=True))
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.label)
        height = self.fontMetrics().lineSpacing() * 4 + 14
        self.prepared = QPlainTextEdit(self)
        self.prepared.setTabChangesFocus(True)
        self.prepared.setPlaceholderText(
            self.tr("Wat de medewerker vooraf heeft geschreven (formulier of hier ingetypt)")
        )
        self.prepared.setAccessibleName(
            self.tr("Voorbereiding van de medewerker op vraag {code}").format(code=question.code)
        )
        self.prepared.setFixedHeight(height)
        self.answer = QPlainTextEdit(self)
        self.answer.setTabChangesFocus(True)
        self.answer.setPlaceholderText(self.tr("Antwoord, in de woorden van de medewerker"))
        self.answer.setAccessibleName(
            self.tr("Antwoord op vraag {code}").format(code=question.code)
        )
        self.answer.setFixedHeight(height)
        self.label.setBuddy(self.answer)
        columns = QHBoxLayout()
        columns.setSpacing(theme.MARGIN)
        for title, editor in (
            (self.tr("Voorbereiding medewerker"), self.prepared),
            (self.tr("In het gesprek"), self.answer),
        ):
            column = QVBoxLayout()
            column.setSpacing(2)
            column.addWidget(muted(QLabel(title, self)))
            column.addWidget(editor)
            columns.addLayout(column, 1)
        layout.addLayout(columns)
        rating_row = QHBoxLayout()
        rating_row.setSpacing(4)
        caption = muted(QLabel(self.tr("Score (optioneel):"), self))
        rating_row.addWidget(caption)
        self.ratings = QButtonGroup(self)
        self.ratings.setExclusive(False)  # a second click clears the rating
        for value in range(1, RATING_MAX + 1):
            button = QToolButton(self)
            button.setText(str(value))
            button.setCheckable(True)
            button.setMinimumWidth(34)
            button.setAccessibleName(
                self.tr("Score {value} voor vraag {code}").format(value=value, code=question.code)
            )
            self.ratings.addButton(button, value)
            rating_row.addWidget(button)
        rating_row.addStretch(1)
        layout.addLayout(rating_row)

    def rating(self) -> int | None:
        checked = [self.ratings.id(b) for b in self.ratings.buttons() if b.isChecked()]
        return checked[0] if checked else None

    def set_entry(self, entry: AnswerEntry | None) -> None:
        self.prepared.setPlainText(entry.prepared if entry else "")
        self.answer.setPlainText(entry.answer if entry else "")
        for button in self.ratings.buttons():
            button.setChecked(entry is not None and self.ratings.id(button) == entry.rating)

    def set_read_only(self, read_only: bool) -> None:
        self.prepared.setReadOnly(read_only)
        self.answer.setReadOnly(read_only)
        for button in self.ratings.buttons():
            button.setEnabled(not read_only)


class TalkStep(StepPage):
    heading = QT_TRANSLATE_NOOP("TalkStep", "Gesprek")

    def __init__(self, session: InterviewSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.boxes: dict[str, QuestionBox] = {}
        self._loading = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        intro = Hint(
            self.tr(
                "Neem de vragen samen door; u hoeft ze niet allemaal te stellen. Links staat wat "
                "de medewerker vooraf heeft voorbereid, rechts noteert u kort wat de medewerker "
                "in het gesprek zegt. Alles wordt direct als concept bewaard."
            ),
            self,
        )
        layout.addWidget(intro)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QScrollArea.Shape.NoFrame)
        layout.addWidget(self.scroll_area, 1)
        self._content: QWidget | None = None
        self._build([])

    def _build(self, questions: list[InterviewQuestion]) -> None:
        content = QWidget(self)  # a parent from the start: it inherits the page's larger font
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, theme.MARGIN, 0)
        column.setSpacing(theme.MARGIN)
        self.boxes = {}
        if not questions:
            column.addWidget(
                EmptyState(
                    self.tr(
                        "Er zijn geen gespreksvragen voor deze medewerker. Voeg ze toe onder "
                        "Profielen & competenties ▸ Gespreksvragen."
                    ),
                    content,
                )
            )
        themes: dict[str, list[InterviewQuestion]] = {}
        for question in questions:
            themes.setdefault(question.theme, []).append(question)
        for theme_name, items in themes.items():
            card = Card(content)
            card.body.addWidget(SectionHeader(theme_name, card))
            for question in items:
                box = QuestionBox(question, card)
                box.answer.textChanged.connect(
                    lambda code=question.code: self._answer_changed(code)
                )
                box.prepared.textChanged.connect(
                    lambda code=question.code: self._prepared_changed(code)
                )
                box.ratings.idToggled.connect(
                    lambda value, checked, code=question.code: self._rating_toggled(
                        code, value, checked
                    )
                )
                self.boxes[question.code] = box
                card.body.addWidget(box)
            column.addWidget(card)
        column.addStretch(1)
        self.scroll_area.setWidget(content)
        self._content = content

    def enter(self) -> None:
        self.refresh()  # the kind chosen in step 1 decides the questions

    def refresh(self) -> None:
        prep, draft = self.session.prep, self.session.draft
        questions = list(prep.questions_for(draft.kind)) if prep and draft else []
        self._loading = True
        try:
            if [b.question for b in self.boxes.values()] != questions:
                self._build(questions)
            for code, box in self.boxes.items():
                box.set_entry(draft.answers.get(code) if draft else None)
                box.set_read_only(self.session.is_closed)
        finally:
            self._loading = False

    def _answer_changed(self, code: str) -> None:
        draft = self.session.draft
        if self._loading or draft is None:
            return
        entry = draft.answers.setdefault(code, AnswerEntry())
        entry.answer = self.boxes[code].answer.toPlainText()
        self.session.edited()

    def _prepared_changed(self, code: str) -> None:
        draft = self.session.draft
        if self._loading or draft is None:
            return
        entry = draft.answers.setdefault(code, AnswerEntry())
        entry.prepared = self.boxes[code].prepared.toPlainText()
        self.session.edited()

    def _rating_toggled(self, code: str, value: int, checked: bool) -> None:
        draft = self.session.draft
        if self._loading or draft is None:
            return
        box = self.boxes[code]
        if checked:  # one rating at a time; the group is not exclusive so it can be cleared
            self._loading = True
            try:
                for button in box.ratings.buttons():
                    if box.ratings.id(button) != value:
                        button.setChecked(False)
            finally:
                self._loading = False
        entry = draft.answers.setdefault(code, AnswerEntry())
        entry.rating = box.rating()
        self.session.edited(immediate=True)
