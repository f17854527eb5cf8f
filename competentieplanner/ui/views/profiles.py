"""Profielen & competenties: edit frameworks and competencies with their indicators, the future
profiles (target level, weight and critical per competency) and the authorities.

Every change is saved at once as an undoable step (Ctrl+Z / Ctrl+Y); a refused value shows a
clear message and changes nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from competentieplanner.domain.access import Action
from competentieplanner.domain.model import Profile, Requirement
from competentieplanner.domain.provenance import OWN, PROPOSED, SOURCED, source_kind
from competentieplanner.ui import forms, theme, unsaved
from competentieplanner.ui.commands import EditCommand
from competentieplanner.ui.context import AppContext
from competentieplanner.ui.controllers.snapshot import Snapshot, save
from competentieplanner.ui.delegates import DoubleSpinBoxDelegate, SpinBoxDelegate
from competentieplanner.ui.models.reference import (
    TARGET_COLUMN,
    WEIGHT_COLUMN,
    RequirementRow,
    RequirementTableModel,
)
from competentieplanner.ui.operations import reference as operations
from competentieplanner.ui.permissions import guard
from competentieplanner.ui.views.authority_editor import AuthorityEditor
from competentieplanner.ui.views.competency_editor import CompetencyEditor
from competentieplanner.ui.widgets.common import Card, Hint, PageTitle, SectionHeader

if TYPE_CHECKING:
    from competentieplanner.services.reference_edit import ReferenceSnapshot


class ProfilesView(QWidget):
    title = "Profielen & competenties"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.data: Snapshot[ReferenceSnapshot] = Snapshot(
            context, self, self.tr("Profielen en competenties laden"), operations.load_reference
        )
        self.data.loaded.connect(self._show)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(theme.MARGIN, theme.MARGIN, theme.MARGIN, theme.MARGIN)
        layout.setSpacing(theme.SPACING)
        layout.addWidget(PageTitle(self.tr("Profielen & competenties"), self))
        layout.addWidget(
            Hint(
                self.tr(
                    "Wijzigingen worden direct in de database opgeslagen; met Ctrl+Z maakt u ze "
                    "ongedaan en met Ctrl+Y opnieuw."
                ),
                self,
            )
        )
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Onderdelen"))
        self.competencies = CompetencyEditor(context, self.data, self.tabs)
        self.profiles = ProfileEditor(context, self.data, self.tabs)
        self.authorities = AuthorityEditor(context, self.data, self.tabs)
        self.tabs.addTab(self.competencies, self.tr("&Competenties"))
        self.tabs.addTab(self.profiles, self.tr("&Profielen"))
        self.tabs.addTab(self.authorities, self.tr("Bevoe&gdheden"))
        layout.addWidget(self.tabs, 1)
        c, p, a = self.competencies, self.profiles, self.authorities
        guard(context, Action.EDIT_REFERENCE_DATA, c.details, c.add_button, c.remove_button,
              c.edit_framework_button, p.save_button, p.add_button, p.remove_button, p.table,
              a.new_button, a.remove_button, a.save_button)
        self.reload()

    @property
    def snapshot(self) -> ReferenceSnapshot | None:
        return self.data.current

    def reload(self) -> None:
        self.data.reload()

    def _show(self, snapshot: ReferenceSnapshot) -> None:
        self.competencies.set_snapshot(snapshot)
        self.profiles.set_snapshot(snapshot)
        self.authorities.set_snapshot(snapshot)

    # -- unsaved work (ui.unsaved.UnsavedWork) --------------------------------------------------
    def unsaved_changes(self) -> list[str]:
        return [
            text
            for editor in (self.competencies, self.profiles, self.authorities)
            for text in editor.unsaved_changes()
        ]

    def save_changes(self, then: Callable[[], None]) -> None:
        editors = (self.competencies, self.profiles, self.authorities)
        unsaved.save_in_turn([e for e in editors if e.unsaved_changes()], then)

    def discard_changes(self) -> None:
        for editor in (self.competencies, self.profiles, self.authorities):
            editor.discard_changes()

    def open_item(self, kind: str, payload: object) -> None:
        """Show a profile ("profile", code) or a competency ("competency", code)."""
        if self.data.current is None:  # still loading: show it once the data is there
            self.data.then(lambda: self.open_item(kind, payload))
            return
        code = str(payload)
        if kind == "profile" and self.profiles.select_profile(code):
            self.tabs.setCurrentWidget(self.profiles)
        elif kind == "competency" and self.competencies.select_code(code):
            self.tabs.setCurrentWidget(self.competencies)


class ProfileEditor(QWidget):
    """A profile's name and description and its requirements, edited in the table."""

    def __init__(
        self, context: AppContext, data: Snapshot[ReferenceSnapshot], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.data = data
        self.snapshot: ReferenceSnapshot | None = None
        self.profile: Profile | None = None
        self._filling = False

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, theme.SPACING, 0, 0)
        layout.setSpacing(theme.SPACING)
        top = QHBoxLayout()
        self.profile_combo = QComboBox(self)
        self.profile_combo.setMinimumContentsLength(30)
        profile_label = QLabel(self.tr("P&rofiel:"), self)
        profile_label.setBuddy(self.profile_combo)
        self.profile_combo.setAccessibleName(self.tr("Profiel"))
        self.profile_combo.currentIndexChanged.connect(self._profile_chosen)
        top.addWidget(profile_label)
        top.addWidget(self.profile_combo, 1)
        top.addStretch(1)
        layout.addLayout(top)

        card = Card(self)
        form = QFormLayout()
        self.name_edit = QLineEdit(card)
        self.description_edit = forms.text_box(card, 3)
        forms.add_row(form, self.tr("&Naam:"), self.name_edit, self.tr("Naam van het profiel"))
        forms.add_row(
            form,
            self.tr("Om&schrijving:"),
            self.description_edit,
            self.tr("Omschrijving van het profiel"),
        )
        card.body.addLayout(form)
        self.save_button = forms.button(card, self.tr("Profiel &opslaan"))
        self.save_button.clicked.connect(lambda: self.save_profile())
        card.body.addLayout(forms.button_row(self.save_button))
        self.name_edit.textChanged.connect(self._update_buttons)
        self.description_edit.textChanged.connect(self._update_buttons)
        layout.addWidget(card)

        layout.addWidget(SectionHeader(self.tr("Eisen per competentie"), self))
        source_row = QHBoxLayout()
        self.source_filter = QComboBox(self)
        for label, kind in (
            (self.tr("Alle bronnen"), ""),
            (self.tr("Gepubliceerde bron"), SOURCED),
            (self.tr("Voorstel Competentieplanner"), PROPOSED),
            (self.tr("Eigen invoer"), OWN),
        ):
            self.source_filter.addItem(label, kind)
        source_label = QLabel(self.tr("Bron:"), self)
        source_label.setBuddy(self.source_filter)
        self.source_filter.setAccessibleName(self.tr("Eisen filteren op bron"))
        self.source_filter.currentIndexChanged.connect(lambda _i: self._show_profile())
        source_row.addWidget(source_label)
        source_row.addWidget(self.source_filter)
        source_row.addStretch(1)
        layout.addLayout(source_row)
        layout.addWidget(
            Hint(
                self.tr(
                    "Wijzig doelniveau en gewicht met F2 of een dubbelklik; vink 'Kritisch' aan "
                    "voor competenties waarop iemand het doel moet halen om inzetbaar te zijn."
                ),
                self,
            )
        )
        self.model = RequirementTableModel(self)
        self.model.change_requested.connect(
            self._change_requirement, Qt.ConnectionType.QueuedConnection
        )
        self.table = QTableView(self)
        self.table.setModel(self.model)
        forms.prepare_table(self.table, self.tr("Eisen van het profiel"))
        self.table.setEditTriggers(
            QTableView.EditTrigger.DoubleClicked
            | QTableView.EditTrigger.EditKeyPressed
            | QTableView.EditTrigger.AnyKeyPressed
        )
        self.table.setItemDelegateForColumn(
            TARGET_COLUMN, SpinBoxDelegate(1, self._maximum_at, self.table)
        )
        self.table.setItemDelegateForColumn(
            WEIGHT_COLUMN, DoubleSpinBoxDelegate(0.1, 100.0, 1, self.table, step=0.5)
        )
        header = self.table.horizontalHeader()
        for column, width in enumerate((70, 340, 100, 90)):
            header.resizeSection(column, width)
        layout.addWidget(self.table, 1)

        add_row = QHBoxLayout()
        self.add_combo = QComboBox(self)
        self.add_combo.setMinimumContentsLength(30)
        self.add_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        add_label = QLabel(self.tr("Competentie &toevoegen:"), self)
        add_label.setBuddy(self.add_combo)
        self.add_combo.setAccessibleName(self.tr("Competentie om toe te voegen"))
        self.add_target = QSpinBox(self)
        self.add_target.setRange(1, 4)
        self.add_target.setValue(2)
        self.add_target.setPrefix(self.tr("doel "))
        self.add_target.setAccessibleName(self.tr("Doelniveau van de nieuwe eis"))
        self.add_weight = QDoubleSpinBox(self)
        self.add_weight.setRange(0.1, 100.0)
        self.add_weight.setDecimals(1)
        self.add_weight.setSingleStep(0.5)
        self.add_weight.setValue(1.0)
        self.add_weight.setPrefix(self.tr("gewicht "))
        self.add_weight.setAccessibleName(self.tr("Gewicht van de nieuwe eis"))
        self.add_critical = QCheckBox(self.tr("Kritisch"), self)
        self.add_critical.setAccessibleName(self.tr("Nieuwe eis is kritisch"))
        self.add_button = forms.button(self, self.tr("&Eis toevoegen"))
        self.add_button.clicked.connect(self.add_requirement)
        self.remove_button = forms.button(
            self, self.tr("Eis &verwijderen"), self.tr("Geselecteerde eis verwijderen")
        )
        self.remove_button.clicked.connect(self.remove_requirement)
        add_row.addWidget(add_label)
        add_row.addWidget(self.add_combo, 1)
        for widget in (self.add_target, self.add_weight, self.add_critical, self.add_button):
            add_row.addWidget(widget)
        add_row.addSpacing(theme.MARGIN * 2)
        add_row.addWidget(self.remove_button)
        layout.addLayout(add_row)

    # -- data ----------------------------------------------------------------------------------
    def set_snapshot(self, snapshot: ReferenceSnapshot) -> None:
        keep = self.profile_combo.currentData()
        self.snapshot = snapshot
        self._filling = True
        try:
            self.profile_combo.clear()
            for profile in snapshot.profiles:
                self.profile_combo.addItem(profile.name, profile.code)
            self.profile_combo.setCurrentIndex(max(self.profile_combo.findData(keep), 0))
        finally:
            self._filling = False
        self._show_profile()

    def select_profile(self, code: str) -> bool:
        index = self.profile_combo.findData(code)
        if index < 0:
            return False
        self.profile_combo.setCurrentIndex(index)
        return True

    def _profile_chosen(self, _index: int) -> None:
        if self._filling:
            return
        if self._profile_dirty() and self.profile is not None:
            # Stay on the profile being edited until it is saved; refused, nothing typed is lost.
            target = self.profile_combo.currentData()
            self._choose_quietly(self.profile.code)
            self.save_profile(then=lambda: self._choose_quietly(target, show=True))
            return
        self._show_profile()

    def _choose_quietly(self, code: str, *, show: bool = False) -> None:
        self._filling = True
        self.profile_combo.setCurrentIndex(max(self.profile_combo.findData(code), 0))
        self._filling = False
        if show:
            self._show_profile()

    def _show_profile(self) -> None:
        assert self.snapshot is not None
        code = self.profile_combo.currentData()
        fresh = next((p for p in self.snapshot.profiles if p.code == code), None)
        keep_typed = (
            fresh is not None
            and self.profile is not None
            and fresh.code == self.profile.code
            and (fresh.name, fresh.description) == (self.profile.name, self.profile.description)
            and self._profile_dirty()
        )
        self.profile = fresh
        if fresh is None:
            self.model.set_rows([])
            return
        if not keep_typed:
            self._filling = True
            self.name_edit.setText(fresh.name)
            self.description_edit.setPlainText(fresh.description)
            self._filling = False
        names = {c.code: c for f in self.snapshot.frameworks for c in f.competencies}
        maxima = {f.code: f.scale.maximum for f in self.snapshot.frameworks}
        selected = self._selected_code()
        self.model.set_rows(
            [
                RequirementRow(
                    requirement=q,
                    name=names[q.competency].name if q.competency in names else "",
                    version=self.snapshot.requirement_versions[(fresh.code, q.competency)],
                    maximum=maxima.get(
                        names[q.competency].framework if q.competency in names else "", 4
                    ),
                )
                for q in fresh.requirements
                if not self.source_filter.currentData()
                or source_kind(q.source) == self.source_filter.currentData()
            ]
        )
        if selected is not None and (row := self.model.row_of(selected)) >= 0:
            self.table.selectRow(row)
        required = {q.competency for q in fresh.requirements}
        current_choice = self.add_combo.currentData()
        self.add_combo.clear()
        for framework in self.snapshot.frameworks:
            for competency in framework.competencies:
                if competency.code not in required:
                    self.add_combo.addItem(f"{competency.code} {competency.name}", competency.code)
        self.add_combo.setCurrentIndex(max(self.add_combo.findData(current_choice), 0))
        self.add_target.setMaximum(max(maxima.values(), default=4))
        self._update_buttons()

    def _selected_code(self) -> str | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        row = self.model.row_at(rows[0]) if rows else None
        return row.requirement.competency if row else None

    def _maximum_at(self, index: QModelIndex | QPersistentModelIndex) -> int:
        row = self.model.row_at(index)
        return row.maximum if row else 4

    def _profile_dirty(self) -> bool:
        if self.profile is None:
            return False
        return (self.name_edit.text().strip(), self.description_edit.toPlainText().strip()) != (
            self.profile.name.strip(),
            self.profile.description.strip(),
        )

    def _update_buttons(self) -> None:
        if not self._filling:
            self.save_button.setEnabled(self._profile_dirty())
        self.add_button.setEnabled(self.add_combo.count() > 0)

    # -- edits ---------------------------------------------------------------------------------
    def _run(self, command: EditCommand, then: Callable[[], None] | None = None) -> None:
        save(self.context, self, self.data, command, then=then)

    def _change_requirement(self, old: Requirement, new: Requirement) -> None:
        if self.profile is None:
            return
        row = self.model.row_of(old.competency)
        if row < 0:
            return
        what = self._describe_change(old, new)
        version = self.model.rows[row].version
        self._run(operations.update_requirement(what, self.profile.code, old, new, version))

    def _describe_change(self, old: Requirement, new: Requirement) -> str:
        values: tuple[str, str, object, object]
        if old.target != new.target:
            text = self.tr("Doelniveau %1 in %2: %3 → %4")
            values = (
                old.competency,
                self.profile.code if self.profile else "",
                old.target,
                new.target,
            )
        elif old.weight != new.weight:
            text = self.tr("Gewicht %1 in %2: %3 → %4")
            values = (
                old.competency,
                self.profile.code if self.profile else "",
                old.weight,
                new.weight,
            )
        else:
            text = self.tr("Kritisch %1 in %2: %3 → %4")
            yes, no = self.tr("ja"), self.tr("nee")
            values = (
                old.competency,
                self.profile.code if self.profile else "",
                yes if old.critical else no,
                yes if new.critical else no,
            )
        for number, value in enumerate(values, start=1):
            text = text.replace(
                f"%{number}", f"{value:g}" if isinstance(value, float) else str(value)
            )
        return text

    def save_profile(self, then: Callable[[], None] | None = None) -> None:
        """Save name and description; ``then`` once saved (a refusal shows its message)."""
        if self.profile is None or self.snapshot is None or not self._profile_dirty():
            if then is not None:
                then()
            return
        profile = self.profile
        command = operations.update_profile(
            self.tr("Profiel %1 wijzigen").replace("%1", profile.code),
            profile.code,
            (profile.name, profile.description),
            (self.name_edit.text(), self.description_edit.toPlainText()),
            self.snapshot.profile_versions[profile.code],
        )
        self._run(command, then)

    def unsaved_changes(self) -> list[str]:
        if self.profile is None or not self._profile_dirty():
            return []
        return [self.tr("Profiel %1").replace("%1", self.profile.code)]

    def save_changes(self, then: Callable[[], None]) -> None:
        self.save_profile(then=then)

    def discard_changes(self) -> None:
        if self.profile is None:
            return
        self._filling = True
        self.name_edit.setText(self.profile.name)
        self.description_edit.setPlainText(self.profile.description)
        self._filling = False
        self._update_buttons()

    def add_requirement(self) -> None:
        code = self.add_combo.currentData()
        if self.profile is None or not code:
            return
        profile = self.profile.code
        requirement = Requirement(
            code, self.add_target.value(), self.add_weight.value(), self.add_critical.isChecked()
        )
        text = self.tr("Eis %1 toevoegen aan %2").replace("%1", code).replace("%2", profile)
        self._run(operations.add_requirement(text, profile, requirement))

    def remove_requirement(self) -> None:
        code = self._selected_code()
        if self.profile is None or code is None:
            return
        row = self.model.rows[self.model.row_of(code)]
        profile = self.profile.code
        text = self.tr("Eis %1 verwijderen uit %2").replace("%1", code).replace("%2", profile)
        self._run(operations.remove_requirement(text, profile, code, row.version))
