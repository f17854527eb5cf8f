"""Step 4, Richting: the profile the employee wants to grow toward, with fit and gaps recomputed
live from the levels agreed in step 3 (for advisors one of the three futures)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QRadioButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from competentieplanner.domain.scoring import Match
from competentieplanner.services import interview as service
from competentieplanner.ui import theme
from competentieplanner.ui.interview.session import InterviewSession
from competentieplanner.ui.interview.widgets import ReadinessChip, StepPage, dutch_number, muted
from competentieplanner.ui.models.interview_gaps import GapsModel
from competentieplanner.ui.translate_noop import QT_TRANSLATE_NOOP
from competentieplanner.ui.widgets.common import Card, EmptyState, Hint, SectionHeader


class DirectionStep(StepPage):
    heading = QT_TRANSLATE_NOOP("DirectionStep", "Richting")

    def __init__(self, session: InterviewSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self._loading = False
        self._built_for: tuple[str, ...] = ()
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
        self.choice_card = Card(page)
        self.choice_card.setMinimumWidth(440)
        self.choice_card.setMaximumWidth(520)
        self.choice_card.body.addWidget(
            SectionHeader(self.tr("Naar welk profiel wil de medewerker groeien?"), self.choice_card)
        )
        self.choice_hint = Hint("", self.choice_card)
        self.choice_card.body.addWidget(self.choice_hint)
        self.choices = QVBoxLayout()
        self.choices.setSpacing(10)
        self.choice_card.body.addLayout(self.choices)
        self.choice_card.body.addStretch(1)
        self.group = QButtonGroup(self)
        self.group.idClicked.connect(self._chosen)
        self.profile_codes: list[str] = []
        root.addWidget(self.choice_card)

        right = QVBoxLayout()
        right.setSpacing(theme.MARGIN)
        figures = Card(page)
        self.fit_title = SectionHeader("", figures)
        figures.body.addWidget(self.fit_title)
        self.figures_row = QWidget(figures)
        row = QHBoxLayout(self.figures_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.fit_value = QLabel("–", figures)
        self.fit_value.setFont(theme.scaled_font(self.font(), 2.4, bold=True))
        row.addWidget(self.fit_value)
        details = QVBoxLayout()
        self.fit_before = muted(QLabel("", figures))
        details.addWidget(self.fit_before)
        self.chip = ReadinessChip(figures)
        details.addWidget(self.chip, 0, Qt.AlignmentFlag.AlignLeft)
        self.coverage = muted(QLabel("", figures))
        details.addWidget(self.coverage)
        row.addLayout(details)
        row.addStretch(1)
        figures.body.addWidget(self.figures_row)
        self.no_choice = Hint(
            self.tr("Kies links een profiel om de match en de kloven te zien."), figures
        )
        figures.body.addWidget(self.no_choice)
        self.others = QGridLayout()
        self.others.setHorizontalSpacing(theme.MARGIN)
        figures.body.addLayout(self.others)
        right.addWidget(figures)

        gaps_card = Card(page)
        gaps_card.body.addWidget(
            SectionHeader(self.tr("Ontwikkelpunten (kloven) na dit gesprek"), gaps_card)
        )
        self.gaps_hint = Hint("", gaps_card)
        gaps_card.body.addWidget(self.gaps_hint)
        self.gaps = GapsModel(self)
        self.gaps_view = QTableView(gaps_card)
        self.gaps_view.setModel(self.gaps)
        self.gaps_view.setAccessibleName(self.tr("Kloven naar het gekozen profiel"))
        self.gaps_view.verticalHeader().hide()
        self.gaps_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.gaps_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        head = self.gaps_view.horizontalHeader()
        head.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 5):
            head.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            head.resizeSection(column, 90)
        gaps_card.body.addWidget(self.gaps_view, 1)
        right.addWidget(gaps_card, 1)
        root.addLayout(right, 1)
        self.stack.addWidget(page)
        self.page = page

    def refresh(self) -> None:
        prep, draft = self.session.prep, self.session.draft
        if prep is None or draft is None:
            self.stack.setCurrentWidget(self.empty)
            return
        self.stack.setCurrentWidget(self.page)
        codes = tuple(p.code for p in prep.profiles)
        if codes != self._built_for:
            self._build_choices()
            self._built_for = codes
        self._loading = True
        try:
            for index, code in enumerate(self.profile_codes):
                button = self.group.button(index)
                button.setChecked(code == draft.profile)
                button.setEnabled(not self.session.is_closed)
        finally:
            self._loading = False
        self.recompute()

    def enter(self) -> None:
        self.refresh()

    def _build_choices(self) -> None:
        prep = self.session.prep
        assert prep is not None
        while self.choices.count():
            item = self.choices.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        for button in self.group.buttons():
            self.group.removeButton(button)
        self.profile_codes = []
        for index, profile in enumerate(prep.profiles):
            button = QRadioButton(profile.name, self.choice_card)
            button.setFont(theme.scaled_font(self.font(), 1.1, bold=True))
            button.setAccessibleName(profile.name)
            button.setAccessibleDescription(profile.description)
            self.group.addButton(button, index)
            self.choices.addWidget(button)
            if profile.description:
                about = muted(QLabel(profile.description, self.choice_card))
                about.setWordWrap(True)
                about.setContentsMargins(26, 0, 0, 6)
                self.choices.addWidget(about)
            self.profile_codes.append(profile.code)
        if len(prep.profiles) > 1:
            self.choice_hint.setText(
                self.tr(
                    "Kies samen één richting. De match rechts rekent met de niveaus die u bij "
                    "Scoren hebt afgesproken."
                )
            )
        else:
            self.choice_hint.setText(
                self.tr(
                    "Voor deze functie is er één profiel; de match rechts rekent met de zojuist "
                    "afgesproken niveaus."
                )
            )

    def _chosen(self, index: int) -> None:
        draft = self.session.draft
        if self._loading or draft is None:
            return
        draft.profile = self.profile_codes[index]
        self.recompute()
        self.session.edited(immediate=True)

    def recompute(self) -> None:
        """Fit and gaps from the current levels with this conversation's agreed levels."""
        prep, draft = self.session.prep, self.session.draft
        if prep is None or draft is None:
            return
        levels = self.session.levels_now()
        fits = service.fits_for(prep, levels)
        by_code = {m.profile: m for m in fits}
        before = {m.profile: m for m in prep.fits}
        names = {c.code: c.name for c in prep.framework.competencies}
        self._show_others(fits, before)
        chosen = by_code.get(draft.profile or "")
        if chosen is None:
            self.fit_title.setText(self.tr("Nog geen richting gekozen"))
            self.figures_row.hide()
            self.no_choice.show()
            self.gaps.set_gaps((), names)
            self.gaps_hint.setText("")
            return
        profile = prep.profile(chosen.profile)
        assert profile is not None
        self.figures_row.show()
        self.no_choice.hide()
        self.fit_title.setText(self.tr("Match met {name}").format(name=profile.name))
        self.fit_value.setText(f"{dutch_number(chosen.fit_pct)} %")
        self.fit_value.setAccessibleName(
            self.tr("Match na dit gesprek: {fit} procent").format(fit=dutch_number(chosen.fit_pct))
        )
        old = before.get(chosen.profile)
        self.fit_before.setText(
            self.tr("voor dit gesprek: {fit} %").format(fit=dutch_number(old.fit_pct))
            if old
            else ""
        )
        self.chip.show_fit(chosen.fit_pct, chosen.readiness)
        self.coverage.setText(
            self.tr("bekend voor {cov} % van de competenties").format(
                cov=dutch_number(chosen.coverage_pct)
            )
        )
        self.gaps.set_gaps(chosen.gaps, names)
        self.gaps_hint.setText(
            self.tr("Geen kloven: alle niveaus halen het doel.")
            if not chosen.gaps
            else self.tr(
                "Kritische competenties eerst, dan de grootste kloof. Deze punten neemt de "
                "planner mee bij Afspraken."
            )
        )

    def _show_others(self, fits: tuple[Match, ...], before: dict[str, Match]) -> None:
        prep = self.session.prep
        assert prep is not None
        while self.others.count():
            item = self.others.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        if len(fits) < 2:
            return
        for row, match in enumerate(fits):
            profile = prep.profile(match.profile)
            name = QLabel(profile.name if profile else match.profile, self.page)
            old = before.get(match.profile)
            change = QLabel(
                (f"{dutch_number(old.fit_pct)} % → " if old else "")
                + f"{dutch_number(match.fit_pct)} %",
                self.page,
            )
            chip = ReadinessChip(self.page)
            chip.show_fit(match.fit_pct, match.readiness)
            self.others.addWidget(name, row, 0)
            self.others.addWidget(muted(change), row, 1)
            self.others.addWidget(chip, row, 2)
