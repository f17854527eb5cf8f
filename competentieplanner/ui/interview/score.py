"""Step 3, Scoren: per competency the level scale with every behavioural indicator visible.

A row per competency: the self-assessment and the previous agreed level beside it, the levels as
cards (clicking one records the team lead's level), the agreed level below the cards (it follows
the team lead's level until chosen otherwise) and an evidence note.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from competentieplanner.domain.interview import ScoreEntry
from competentieplanner.domain.model import Competency, LevelScale, PlanItemStatus
from competentieplanner.services import interview as service
from competentieplanner.ui import theme
from competentieplanner.ui.interview.session import InterviewSession
from competentieplanner.ui.interview.widgets import LevelCard, StepPage, muted
from competentieplanner.ui.translate_noop import QT_TRANSLATE_NOOP
from competentieplanner.ui.widgets.common import Card, EmptyState, Hint


class ScoreRow(Card):
    """One competency: cards for the team lead's level, radio buttons for the agreed level."""

    changed = Signal(bool)  # True: store at once (a choice); False: typing

    def __init__(
        self,
        competency: Competency,
        scale: LevelScale,
        self_level: int | None,
        previous: int | None,
        parent: QWidget | None = None,
        after_training: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.competency = competency
        self.entry = ScoreEntry()
        self._loading = False
        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(6)
        self.body.addLayout(grid)

        info = QVBoxLayout()
        info.setSpacing(4)
        name = QLabel(competency.name, self)
        name.setWordWrap(True)
        name.setFont(theme.scaled_font(self.font(), 1.1, bold=True))
        info.addWidget(name)
        if competency.description:
            about = muted(QLabel(competency.description, self))
            about.setWordWrap(True)
            info.addWidget(about)
        facts = [
            self.tr("Zelfbeoordeling: {level}").format(level=self_level or "–"),
            self.tr("Vorige afspraak: {level}").format(level=previous or "–"),
        ]
        self.facts = QLabel("\n".join(facts), self)
        info.addWidget(self.facts)
        info.addStretch(1)
        holder = QWidget(self)
        holder.setLayout(info)
        holder.setFixedWidth(230)
        grid.addWidget(holder, 0, 0)

        self.cards: list[LevelCard] = []
        self.agreed_group = QButtonGroup(self)
        self.agreed_buttons: dict[int, QRadioButton] = {}
        for column, level in enumerate(scale.levels, start=1):
            card = LevelCard(
                level.level, level.label.split(" (")[0], competency.indicator(level.level), self
            )
            marks = []
            if self_level == level.level:
                marks.append(self.tr("zelfbeoordeling"))
            if previous == level.level:
                marks.append(self.tr("vorige afspraak"))
            if after_training == level.level:
                marks.append(self.tr("verwacht na afgeronde opleiding"))
            card.set_marks(marks)
            card.setAccessibleName(
                self.tr("{competency}, niveau teamleider {level}").format(
                    competency=competency.name, level=card.accessibleName()
                )
            )
            card.clicked.connect(lambda value=level.level: self.choose_lead(value))
            grid.addWidget(card, 0, column)
            grid.setColumnStretch(column, 1)
            self.cards.append(card)
            radio = QRadioButton(self.tr("afgesproken {level}").format(level=level.level), self)
            radio.setAccessibleName(
                self.tr("{competency}, afgesproken niveau {level}").format(
                    competency=competency.name, level=level.level
                )
            )
            self.agreed_group.addButton(radio, level.level)
            self.agreed_buttons[level.level] = radio
            grid.addWidget(radio, 1, column, Qt.AlignmentFlag.AlignHCenter)
        self.agreed_group.idClicked.connect(self.choose_agreed)

        self.evidence = QPlainTextEdit(self)
        self.evidence.setTabChangesFocus(True)
        self.evidence.setPlaceholderText(self.tr("Onderbouwing: een voorbeeld uit de praktijk"))
        self.evidence.setAccessibleName(
            self.tr("Onderbouwing bij {competency}").format(competency=competency.name)
        )
        self.evidence.setFixedWidth(230)
        self.evidence.setMaximumHeight(self.fontMetrics().lineSpacing() * 7)
        self.evidence.textChanged.connect(self._evidence_changed)
        grid.addWidget(self.evidence, 0, len(scale.levels) + 1, 2, 1, Qt.AlignmentFlag.AlignTop)
        self.setAccessibleName(competency.name)

    # -- state -------------------------------------------------------------------------------------
    def set_entry(self, entry: ScoreEntry | None) -> None:
        self._loading = True
        try:
            self.entry = (
                ScoreEntry(entry.lead, entry.agreed, entry.evidence) if entry else ScoreEntry()
            )
            if self.evidence.toPlainText() != self.entry.evidence:
                self.evidence.setPlainText(self.entry.evidence)
            self._show()
        finally:
            self._loading = False

    def _show(self) -> None:
        for card in self.cards:
            card.set_selected(card.level == self.entry.lead)
        agreed = self.entry.agreed_level
        self.agreed_group.setExclusive(False)
        for level, button in self.agreed_buttons.items():
            button.setChecked(level == agreed)
        self.agreed_group.setExclusive(True)

    def set_read_only(self, read_only: bool) -> None:
        for card in self.cards:
            card.setEnabled(not read_only)
        for button in self.agreed_buttons.values():
            button.setEnabled(not read_only)
        self.evidence.setReadOnly(read_only)

    # -- choices -----------------------------------------------------------------------------------
    def choose_lead(self, level: int) -> None:
        if not self.isEnabled() or not self.cards[0].isEnabled():
            return
        self.entry.lead = level
        if self.entry.agreed == level:
            self.entry.agreed = None  # the same as the team lead again: follow it from now on
        self._show()
        self.changed.emit(True)

    def choose_agreed(self, level: int) -> None:
        if self._loading:
            return
        if self.entry.lead is None:
            self.entry.lead = level  # the agreed level needs a team lead's level beside it
        self.entry.agreed = None if level == self.entry.lead else level
        self._show()
        self.changed.emit(True)

    def _evidence_changed(self) -> None:
        if self._loading:
            return
        self.entry.evidence = self.evidence.toPlainText()
        self.changed.emit(False)


class ScoreStep(StepPage):
    heading = QT_TRANSLATE_NOOP("ScoreStep", "Scoren")

    def __init__(self, session: InterviewSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.rows: dict[str, ScoreRow] = {}
        self._built_for: tuple[str, ...] | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.intro = Hint(
            self.tr(
                "Lees per competentie samen de gedragsindicatoren. Klik op de kaart die het "
                "niveau volgens u als teamleider beschrijft; het afgesproken niveau volgt die "
                "keuze, tenzij u samen iets anders afspreekt."
            ),
            self,
        )
        layout.addWidget(self.intro)
        self.progress = QLabel("", self)
        self.progress.setFont(theme.scaled_font(self.font(), 1.0, bold=True))
        layout.addWidget(self.progress)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QScrollArea.Shape.NoFrame)
        layout.addWidget(self.scroll_area, 1)
        self.scroll_area.setWidget(
            EmptyState(self.tr("Kies eerst bij Voorbereiden een medewerker."))
        )

    def refresh(self) -> None:
        prep, draft = self.session.prep, self.session.draft
        if prep is None or draft is None:
            self.rows = {}
            self._built_for = None
            self.scroll_area.setWidget(
                EmptyState(self.tr("Kies eerst bij Voorbereiden een medewerker."))
            )
            self.progress.setText("")
            return
        own = draft.self_levels or prep.self_levels
        expected = self._expected_after_training()
        key = (
            prep.employee.personnel_number,
            *(
                f"{c.code}:{own.get(c.code)}:{prep.agreed_levels.get(c.code)}:"
                f"{expected.get(c.code)}"
                for c in prep.framework.competencies
            ),
        )
        if key != self._built_for:
            self._build(own, expected)
            self._built_for = key
        for code, row in self.rows.items():
            row.set_entry(draft.scores.get(code))
            row.set_read_only(self.session.is_closed)
        self._show_progress()

    def enter(self) -> None:
        self.refresh()  # the self-assessment may have changed in step 1

    def _expected_after_training(self) -> dict[str, int]:
        """Levels the catalogue expects from training ticked done in this conversation (a
        voortgangsgesprek): shown on the cards as a suggestion, never recorded by itself."""
        prep, draft = self.session.prep, self.session.draft
        if prep is None or draft is None:
            return {}
        before = prep.current_plan.plan.items if prep.current_plan else ()
        done_before = {i.offer for i in before if i.status is PlanItemStatus.DONE}
        done = [
            a.offer
            for a in draft.actions
            if a.offer and a.status is PlanItemStatus.DONE and a.offer not in done_before
        ]
        if not done:
            return {}
        after = service.levels_after_training(prep, prep.current_levels, done)
        return {
            code: level
            for code, level in after.items()
            if level > (prep.current_levels.get(code) or 0)
        }

    def _build(self, own: dict[str, int], expected: dict[str, int]) -> None:
        prep = self.session.prep
        assert prep is not None
        content = QWidget(self)  # a parent from the start: it inherits the page's larger font
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, theme.MARGIN, 0)
        column.setSpacing(theme.MARGIN)
        self.rows = {}
        cluster = None
        for competency in prep.framework.competencies:
            if competency.cluster and competency.cluster != cluster:
                cluster = competency.cluster
                label = QLabel(cluster, content)
                label.setFont(theme.scaled_font(label.font(), 1.15, bold=True))
                column.addWidget(label)
            row = ScoreRow(
                competency,
                prep.scale,
                own.get(competency.code),
                prep.agreed_levels.get(competency.code),
                content,
                after_training=expected.get(competency.code),
            )
            row.changed.connect(
                lambda immediate, code=competency.code: self._row_changed(code, immediate)
            )
            self.rows[competency.code] = row
            column.addWidget(row)
        column.addStretch(1)
        self.scroll_area.setWidget(content)

    def _row_changed(self, code: str, immediate: bool) -> None:
        draft = self.session.draft
        if draft is None:
            return
        entry = self.rows[code].entry
        if entry.is_empty:
            draft.scores.pop(code, None)
        else:
            draft.scores[code] = ScoreEntry(entry.lead, entry.agreed, entry.evidence)
        self._show_progress()
        self.session.edited(immediate=immediate)

    def _show_progress(self) -> None:
        draft = self.session.draft
        scored = len(draft.lead_levels()) if draft else 0
        self.progress.setText(
            self.tr("{scored} van {total} competenties gescoord").format(
                scored=scored, total=len(self.rows)
            )
        )
