"""Step 1, Voorbereiden: who, what kind of conversation, when; and what the app already knows.

The team lead chooses themself once ("Ik ben teamleider van", remembered in the settings), so
their own team heads the employee list. The right half shows the last agreed levels beside the
self-assessment, which can be typed in here or read from a filled-in form: the employee's
preparation form (self-assessment and answers to the questions, made here for them) or the
team's assessment form.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QDate,
    QModelIndex,
    QStandardPaths,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from competentieplanner.domain.interview import AnswerEntry
from competentieplanner.domain.model import InterviewKind
from competentieplanner.services import interview as service
from competentieplanner.ui import formatting, theme
from competentieplanner.ui.interview.labels import (
    file_name_part,
    from_qdate,
    kind_label,
    status_label,
    to_qdate,
)
from competentieplanner.ui.interview.level_delegate import LevelDelegate
from competentieplanner.ui.interview.session import InterviewSession
from competentieplanner.ui.interview.widgets import (
    ReadinessChip,
    StepPage,
    heading_label,
    muted,
)
from competentieplanner.ui.models.interview_levels import SELF, SelfAssessmentModel
from competentieplanner.ui.models.interview_people import PeopleModel
from competentieplanner.ui.operations import interview as ops
from competentieplanner.ui.translate_noop import QT_TRANSLATE_NOOP
from competentieplanner.ui.widgets.common import Card, EmptyState, Hint, SectionHeader

#: QSettings key of "Ik ben teamleider van" (a personnel number).
TEAM_LEAD_KEY = "interview/team_lead"


class PrepareStep(StepPage):
    heading = QT_TRANSLATE_NOOP("PrepareStep", "Voorbereiden")

    def __init__(self, session: InterviewSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self._updating = False
        self._people_request = 0  # the newest list asked for; older answers are dropped
        self.file_dialog: QFileDialog | None = None
        root = QHBoxLayout(self)
        root.setContentsMargins(0, 0, 0, 0)
        root.setSpacing(theme.MARGIN)

        left = QVBoxLayout()
        left.setSpacing(theme.MARGIN)
        root.addLayout(left, 0)
        form_card = Card(self)
        form_card.setMinimumWidth(430)
        form_card.setMaximumWidth(480)
        form_card.body.addWidget(SectionHeader(self.tr("Wie en wanneer"), form_card))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(10)
        form_card.body.addLayout(form)

        self.lead_combo = QComboBox(form_card)
        self.lead_combo.setAccessibleName(self.tr("Ik ben teamleider van"))
        self.lead_combo.setMinimumContentsLength(20)
        form.addRow(
            self._buddy(self.tr("&Ik ben teamleider van"), self.lead_combo), self.lead_combo
        )

        self.people = PeopleModel(self)
        self.person_combo = QComboBox(form_card)
        self.person_combo.setModel(self.people)
        self.person_combo.setEditable(True)
        self.person_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.person_combo.setMinimumContentsLength(20)
        self.person_combo.setAccessibleName(self.tr("Medewerker"))
        self._person_line().setPlaceholderText(self.tr("Typ een naam of personeelsnummer"))
        completer = QCompleter(self.people, self.person_combo)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.person_combo.setCompleter(completer)
        form.addRow(self._buddy(self.tr("&Medewerker"), self.person_combo), self.person_combo)
        self.locked_hint = Hint(
            self.tr(
                "Dit gesprek is begonnen. Kies ‘Nieuw gesprek’ om met iemand anders te praten."
            ),
            form_card,
        )
        self.locked_hint.hide()
        form.addRow("", self.locked_hint)

        self.kind_combo = QComboBox(form_card)
        for kind in (
            InterviewKind.DEVELOPMENT,
            InterviewKind.PLANNING,
            InterviewKind.PROGRESS,
            InterviewKind.REVIEW,
        ):
            self.kind_combo.addItem(kind_label(kind), kind.value)
        self.kind_combo.setAccessibleName(self.tr("Soort gesprek"))
        form.addRow(self._buddy(self.tr("&Soort gesprek"), self.kind_combo), self.kind_combo)

        self.date_edit = QDateEdit(form_card)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dd-MM-yyyy")
        self.date_edit.setDate(QDate.currentDate())
        self.date_edit.setAccessibleName(self.tr("Datum gesprek"))
        form.addRow(self._buddy(self.tr("&Datum gesprek"), self.date_edit), self.date_edit)
        left.addWidget(form_card)

        self.fit_card = Card(self)
        self.fit_card.setMaximumWidth(480)
        self.fit_card.body.addWidget(
            SectionHeader(self.tr("Match met de profielen nu"), self.fit_card)
        )
        self.fit_grid = QGridLayout()
        self.fit_grid.setHorizontalSpacing(theme.MARGIN)
        self.fit_card.body.addLayout(self.fit_grid)
        left.addWidget(self.fit_card)

        self.open_card = Card(self)
        self.open_card.setMaximumWidth(480)
        self.open_card.body.addWidget(
            SectionHeader(self.tr("Afspraken uit het huidige plan"), self.open_card)
        )
        self.open_items = QLabel(self.open_card)
        self.open_items.setWordWrap(True)
        self.open_items.setTextFormat(Qt.TextFormat.PlainText)
        self.open_card.body.addWidget(self.open_items)
        left.addWidget(self.open_card)
        left.addStretch(1)

        self.right = QStackedWidget(self)
        root.addWidget(self.right, 1)
        self.empty = EmptyState(
            self.tr(
                "Kies links de medewerker met wie u het gesprek voert. Hier verschijnen dan de "
                "laatst afgesproken niveaus, de zelfbeoordeling, de match met de profielen en de "
                "open afspraken."
            ),
            self.right,
        )
        self.right.addWidget(self.empty)
        levels_card = Card(self.right)
        self.person_title = heading_label("", levels_card, 1.3)
        levels_card.body.addWidget(self.person_title)
        self.person_detail = muted(QLabel("", levels_card))
        self.person_detail.setWordWrap(True)
        levels_card.body.addWidget(self.person_detail)
        levels_card.body.addWidget(
            SectionHeader(self.tr("Niveaus en zelfbeoordeling"), levels_card)
        )
        buttons = QHBoxLayout()
        self.form_button = QPushButton(self.tr("Formulier voor medewerker &aanmaken…"), levels_card)
        self.form_button.setToolTip(
            self.tr(
                "Een werkmap die de medewerker vooraf invult: de zelfbeoordeling en de vragen "
                "van dit soort gesprek. Lees hem daarna in met ‘Voorbereiding inlezen’."
            )
        )
        self.form_button.clicked.connect(self.choose_form_file)
        buttons.addWidget(self.form_button)
        self.import_button = QPushButton(
            self.tr("Voorbereiding inlezen uit &formulier…"), levels_card
        )
        self.import_button.setAccessibleName(
            self.tr(
                "Voorbereiding inlezen uit het voorbereidingsformulier of het beoordelingsformulier"
            )
        )
        self.import_button.clicked.connect(self.choose_self_assessment_file)
        buttons.addWidget(self.import_button)
        buttons.addStretch(1)
        levels_card.body.addLayout(buttons)
        self.self_source = Hint("", levels_card)
        levels_card.body.addWidget(self.self_source)
        self.levels_model = SelfAssessmentModel(self)
        self.levels_view = QTableView(levels_card)
        self.levels_view.setModel(self.levels_model)
        self.levels_view.setAccessibleName(self.tr("Niveaus en zelfbeoordeling per competentie"))
        self.levels_view.verticalHeader().hide()
        self.levels_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.levels_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.levels_view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.SelectedClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.levels_view.setAlternatingRowColors(True)
        self.levels_view.setWordWrap(False)
        head = self.levels_view.horizontalHeader()
        head.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        head.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        head.setSectionResizeMode(2, QHeaderView.ResizeMode.Fixed)
        head.resizeSection(1, 185)
        head.resizeSection(2, 185)
        self.level_delegate = LevelDelegate(self.levels_view)
        self.levels_view.setItemDelegateForColumn(SELF, self.level_delegate)
        levels_card.body.addWidget(self.levels_view, 1)
        self.right.addWidget(levels_card)
        self.levels_card = levels_card

        self.lead_combo.currentIndexChanged.connect(self._lead_changed)
        self.person_combo.activated.connect(self._person_activated)
        # The index overload of activated carries the personnel number; PySide6's stub does not
        # declare signal overloads as indexable.
        completer.activated[QModelIndex].connect(self._completer_activated)  # type: ignore[index]
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self.date_edit.dateChanged.connect(self._date_changed)
        self.levels_model.self_changed.connect(self._self_changed)
        self.setTabOrder(self.lead_combo, self.person_combo)
        self.setTabOrder(self.person_combo, self.kind_combo)
        self.setTabOrder(self.kind_combo, self.date_edit)
        self.setTabOrder(self.date_edit, self.form_button)
        self.setTabOrder(self.form_button, self.import_button)
        self.setTabOrder(self.import_button, self.levels_view)

    @staticmethod
    def _buddy(text: str, widget: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(widget)
        return label

    # -- lists -------------------------------------------------------------------------------------
    def load_lists(self) -> None:
        """(Re)read the team leads and employees (off the GUI thread); keeps the choices made."""
        self._load_people(with_leads=True)

    def _fill_people(self) -> None:
        self._load_people(with_leads=False)

    def _load_people(self, *, with_leads: bool) -> None:
        if with_leads:
            lead = str(self.session.context.settings.value(TEAM_LEAD_KEY, "") or "") or None
        else:
            lead = self.lead_combo.currentData() or None
        self._people_request += 1
        request = self._people_request

        def loaded(people: ops.People) -> None:
            if request != self._people_request:
                return  # the team lead was changed again meanwhile
            if with_leads:
                self._show_leads(people.team_leads, lead or people.lead or "")
            self._updating = True
            try:
                self.people.set_candidates(
                    people.candidates, self.tr("Mijn team"), self.tr("Overige medewerkers")
                )
                self._show_person_in_combo()
            finally:
                self._updating = False

        ops.load_people(
            self.session.context,
            self,
            title=self.tr("Medewerkers laden"),
            team_lead=lead,
            with_leads=with_leads,
            on_done=loaded,
        )

    def _show_leads(self, leads: list[service.TeamLead], remembered: str) -> None:
        self._updating = True
        try:
            self.lead_combo.clear()
            self.lead_combo.addItem(self.tr("(geen keuze: iedereen op naam)"), "")
            for lead in leads:
                unit = f" — {lead.unit}" if lead.unit else ""
                self.lead_combo.addItem(f"{lead.name}{unit}", lead.personnel_number)
            index = self.lead_combo.findData(remembered)
            self.lead_combo.setCurrentIndex(max(0, index))
        finally:
            self._updating = False

    def _show_person_in_combo(self) -> None:
        draft = self.session.draft
        row = self.people.row_of(draft.personnel_number) if draft else -1
        self.person_combo.setCurrentIndex(row)
        if row < 0:
            self.person_combo.setEditText("")
        self._person_line().setCursorPosition(0)  # show the name, not the end

    def _person_line(self) -> QLineEdit:
        line = self.person_combo.lineEdit()
        assert line is not None, "the person chooser is editable"
        return line

    def team_lead_name(self) -> str:
        number = self.lead_combo.currentData()
        if not number:
            return ""
        return self.lead_combo.currentText().split(" — ")[0]

    # -- reactions ---------------------------------------------------------------------------------
    def _lead_changed(self, _index: int) -> None:
        if self._updating:
            return
        self.session.context.settings.setValue(TEAM_LEAD_KEY, self.lead_combo.currentData() or "")
        self._fill_people()
        if self.session.active and self.session.draft is not None:
            self.session.draft.team_lead = self.team_lead_name()
            self.session.draft.team_lead_number = self.lead_combo.currentData() or ""
            self.session.edited(immediate=True)

    def _completer_activated(self, index: QModelIndex) -> None:
        number = index.data(Qt.ItemDataRole.UserRole + 1)
        if number:
            self.choose_person(str(number))

    def _person_activated(self, row: int) -> None:
        if self._updating:
            return
        number = self.people.number_at(row)
        if number:
            self.choose_person(number)

    def choose_person(self, personnel_number: str) -> None:
        """Start the conversation with this person (the chooser's action)."""
        draft = self.session.draft
        if draft is not None and draft.personnel_number == personnel_number and self.session.active:
            return
        if self.session.active and draft is not None and draft.has_content:
            self._show_person_in_combo()  # locked: a conversation with content is running
            return
        self.session.start(
            personnel_number,
            kind=InterviewKind(self.kind_combo.currentData()),
            held_on=from_qdate(self.date_edit.date()),
            team_lead=self.team_lead_name(),
            team_lead_number=self.lead_combo.currentData() or "",
        )

    def _kind_changed(self, _index: int) -> None:
        if self._updating or not self.session.active or self.session.draft is None:
            return
        self.session.draft.kind = InterviewKind(self.kind_combo.currentData())
        self.session.edited(immediate=True)

    def _date_changed(self, day: QDate) -> None:
        if self._updating or not self.session.active or self.session.draft is None:
            return
        self.session.draft.held_on = from_qdate(day)
        self.session.edited(immediate=True)

    def _self_changed(self, code: str, level: object) -> None:
        draft = self.session.draft
        if self._updating or draft is None or not self.session.active:
            return
        if not draft.self_levels and self.session.prep is not None:
            # Start from the stored self-assessment: the conversation updates it.
            draft.self_levels = dict(self.session.prep.self_levels)
        if isinstance(level, int) and level:
            draft.self_levels[code] = level
        else:
            draft.self_levels.pop(code, None)
        self._show_self_source()
        self.session.edited(immediate=True)

    # -- the employee's preparation on a form ------------------------------------------------------
    def choose_form_file(self) -> QFileDialog | None:
        draft = self.session.draft
        if draft is None or not self.session.active:
            return None
        dialog = QFileDialog(self, self.tr("Voorbereidingsformulier opslaan"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        dialog.setNameFilter(self.tr("Excel-werkmap (*.xlsx)"))
        dialog.setDefaultSuffix("xlsx")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        if folder:
            dialog.setDirectory(folder)
        name = file_name_part(draft.employee_name, draft.personnel_number)
        dialog.selectFile(self.tr("Voorbereiding {name}.xlsx").format(name=name))
        dialog.fileSelected.connect(lambda chosen: self.export_form(Path(chosen)))
        self.file_dialog = dialog
        dialog.open()
        return dialog

    def export_form(self, path: Path) -> bool:
        """Write the preparation form of the person and kind on screen (off the GUI thread);
        False when there is no conversation to make it for."""
        draft = self.session.draft
        if draft is None or not self.session.active:
            return False

        def written(_summary: str) -> None:
            self.session.context.signals.status_message.emit(
                self.tr("Voorbereidingsformulier opgeslagen in {path}.").format(path=path)
            )

        ops.export_preparation_form(
            self.session.context,
            self,
            title=self.tr("Voorbereidingsformulier maken"),
            path=path,
            personnel_number=draft.personnel_number,
            kind=draft.kind,
            on_done=written,
        )
        return True

    def choose_self_assessment_file(self) -> QFileDialog | None:
        if not self.session.active:
            return None
        dialog = QFileDialog(self, self.tr("Voorbereiding inlezen"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilter(self.tr("Voorbereidings- of beoordelingsformulier (*.xlsx *.csv)"))
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.fileSelected.connect(lambda name: self.import_self_assessment(Path(name)))
        self.file_dialog = dialog
        dialog.open()
        return dialog

    def import_self_assessment(self, path: Path) -> bool:
        """Read what the person prepared on a filled-in form (their self-assessment, and their
        answers from a preparation form) into this conversation (off the GUI thread); False
        when there is no conversation to read it into."""
        draft = self.session.draft
        if draft is None or not self.session.active:
            return False

        def read(found: service.PreparationFile) -> None:
            if self.session.draft is not draft or not self.session.active:
                return
            if found.self_assessment is not None:
                draft.self_levels = dict(found.self_assessment.levels)
            for code, text in found.answers.items():
                draft.answers.setdefault(code, AnswerEntry()).prepared = text
            self._show_levels()
            self.session.edited(immediate=True)
            self.session.context.signals.status_message.emit(self._read_message(found))

        ops.read_preparation(
            self.session.context,
            self,
            title=self.tr("Voorbereiding inlezen"),
            path=path,
            personnel_number=draft.personnel_number,
            on_done=read,
        )
        return True

    def _read_message(self, found: service.PreparationFile) -> str:
        parts = []
        if found.self_assessment is not None:
            parts.append(
                self.tr("zelfbeoordeling (rij {row})").format(row=found.self_assessment.row)
            )
        if found.answers:
            parts.append(self.tr("{count} voorbereide vragen").format(count=len(found.answers)))
        return self.tr("Ingelezen uit {file}: {what}.").format(
            file=found.file, what=self.tr(" en ").join(parts)
        )

    # -- showing -----------------------------------------------------------------------------------
    def refresh(self) -> None:
        session = self.session
        draft, prep = session.draft, session.prep
        self._updating = True
        try:
            self._show_person_in_combo()
            if draft is not None:
                self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(draft.kind.value)))
                self.date_edit.setDate(to_qdate(draft.held_on))
        finally:
            self._updating = False
        locked = (
            bool(session.active and draft is not None and draft.has_content) or session.is_closed
        )
        self.person_combo.setEnabled(not locked)
        self.locked_hint.setVisible(locked)
        editable = not session.is_closed
        for widget in (self.kind_combo, self.date_edit, self.form_button, self.import_button):
            widget.setEnabled(editable and prep is not None)
        self.levels_model.set_editable(editable)
        if prep is None or draft is None:
            self.right.setCurrentWidget(self.empty)
            self.levels_model.clear()
            self.fit_card.hide()
            self.open_card.hide()
            return
        self.right.setCurrentWidget(self.levels_card)
        employee = prep.employee
        self.person_title.setText(employee.name)
        profile = prep.profile(employee.target_profile or "")
        parts = [
            employee.job_title,
            employee.unit or "",
            f"personeelsnummer {employee.personnel_number}",
        ]
        if profile is not None:
            parts.append(self.tr("gekozen richting: {name}").format(name=profile.name))
        self.person_detail.setText(" · ".join(p for p in parts if p))
        self.level_delegate.levels = [(lv.level, lv.label) for lv in prep.scale.levels]
        self._show_levels()
        self._show_fits()
        self._show_open_items()

    def _show_levels(self) -> None:
        prep, draft = self.session.prep, self.session.draft
        if prep is None or draft is None:
            return
        own = draft.self_levels or prep.self_levels
        self._updating = True
        try:
            self.levels_model.set_rows(
                prep.framework.competencies, prep.scale, prep.agreed_levels, own
            )
        finally:
            self._updating = False
        self._show_self_source()

    def _show_self_source(self) -> None:
        prep, draft = self.session.prep, self.session.draft
        if prep is None or draft is None:
            return
        if draft.self_levels:
            text = self.tr(
                "De zelfbeoordeling is in dit gesprek ingevuld of bijgewerkt; ze wordt bij het "
                "afronden opgeslagen."
            )
        elif prep.self_assessment is not None:
            text = self.tr(
                "Zelfbeoordeling van {date}. Dubbelklik een niveau om het bij te werken."
            ).format(date=prep.self_assessment.date.strftime("%d-%m-%Y"))
        else:
            text = self.tr(
                "Er is nog geen zelfbeoordeling. Dubbelklik in de kolom Zelfbeoordeling om een "
                "niveau in te vullen, of importeer het ingevulde beoordelingsformulier."
            )
        if not prep.agreed_levels:
            text += " " + self.tr("Er zijn nog geen afgesproken niveaus.")
        asked = prep.questions_for(draft.kind)
        prepared = sum(
            1 for q in asked if (entry := draft.answers.get(q.code)) and entry.prepared.strip()
        )
        if prepared:
            text += " " + self.tr(
                "De medewerker heeft {count} van de {total} vragen voorbereid; u ziet de "
                "antwoorden in stap 2 naast uw aantekeningen."
            ).format(count=prepared, total=len(asked))
        self.self_source.setText(text)

    def _show_fits(self) -> None:
        prep = self.session.prep
        assert prep is not None
        while self.fit_grid.count():
            item = self.fit_grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        for row, (profile, match) in enumerate(zip(prep.profiles, prep.fits, strict=True)):
            name = QLabel(profile.name, self.fit_card)
            name.setWordWrap(True)
            chip = ReadinessChip(self.fit_card)
            chip.show_fit(match.fit_pct, match.readiness)
            chip.setMinimumWidth(170)
            self.fit_grid.addWidget(name, row, 0)
            self.fit_grid.addWidget(chip, row, 1)
        if not prep.profiles:
            self.fit_grid.addWidget(
                Hint(self.tr("Geen profielen voor dit competentiekader."), self.fit_card), 0, 0
            )
        self.fit_card.show()

    def _show_open_items(self) -> None:
        prep = self.session.prep
        assert prep is not None
        plan = prep.current_plan
        if plan is None:
            self.open_items.setText(self.tr("Er is nog geen ontwikkelplan."))
        else:
            items = (
                plan.plan.items
                if self.session.draft and self.session.draft.kind is InterviewKind.PROGRESS
                else plan.open_items
            )
            head = self.tr("Plan van {date} ({status}).").format(
                date=plan.plan.created_on.strftime("%d-%m-%Y"),
                status=formatting.word(plan.plan.status.value),
            )
            lines = [
                f"• {formatting.quarter(item.quarter)}  {item.title} ({status_label(item.status)})"
                for item in items
            ]
            self.open_items.setText(
                "\n".join([head, *lines])
                if lines
                else head + " " + self.tr("Alle afspraken zijn afgerond.")
            )
        self.open_card.show()
