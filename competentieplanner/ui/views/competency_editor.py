"""The "Competenties" tab of Profielen & competenties: a framework's competencies and, for the
selected one, its details and the behavioural indicator of every level.

Changes are saved with Opslaan (or when another competency is chosen) as one undoable step.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from competentieplanner.domain.model import Competency, Framework
from competentieplanner.domain.provenance import lesson_lines, shown_source
from competentieplanner.ui import forms, theme
from competentieplanner.ui.commands import CompositeCommand, EditCommand
from competentieplanner.ui.context import AppContext
from competentieplanner.ui.controllers.snapshot import Snapshot, save
from competentieplanner.ui.models.reference import CompetencyListModel
from competentieplanner.ui.operations import reference as operations
from competentieplanner.ui.widgets.common import Card, EmptyState, Hint, SectionHeader

if TYPE_CHECKING:
    from competentieplanner.services.reference_edit import ReferenceSnapshot


def _tags(text: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in text.split(",") if part.strip())


class CompetencyEditor(QWidget):
    """Framework chooser, competency list and the details form of the selected competency."""

    def __init__(
        self, context: AppContext, data: Snapshot[ReferenceSnapshot], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.data = data
        self.snapshot: ReferenceSnapshot | None = None
        self.framework: Framework | None = None
        self.current: Competency | None = None  # as loaded; None while adding a new one
        self.adding = False
        self._filling = False
        self._quiet = False

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, theme.SPACING, 0, 0)
        layout.setSpacing(theme.SPACING)

        top = QHBoxLayout()
        self.framework_combo = QComboBox(self)
        framework_label = QLabel(self.tr("&Kader:"), self)
        framework_label.setBuddy(self.framework_combo)
        self.framework_combo.setAccessibleName(self.tr("Competentiekader"))
        self.framework_combo.setMinimumContentsLength(28)
        self.framework_combo.currentIndexChanged.connect(self._framework_chosen)
        self.edit_framework_button = forms.button(
            self,
            self.tr("Kad&er bewerken…"),
            self.tr("Naam en omschrijving van het kader bewerken"),
        )
        self.edit_framework_button.clicked.connect(self.open_framework_dialog)
        top.addWidget(framework_label)
        top.addWidget(self.framework_combo, 1)
        top.addWidget(self.edit_framework_button)
        layout.addLayout(top)
        self.framework_hint = Hint("", self)
        layout.addWidget(self.framework_hint)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        self.model = CompetencyListModel(self)
        panel = forms.list_panel(
            splitter,
            self.model,
            self.tr("Competenties van het kader"),
            (70, 260),
            self.tr("Nieuwe co&mpetentie"),
            self.tr("Competentie verw&ijderen"),
            self.tr("Geselecteerde competentie verwijderen"),
        )
        left, self.table = panel.widget, panel.table
        self.add_button, self.remove_button = panel.new_button, panel.remove_button
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.add_button.clicked.connect(self.start_new)
        self.remove_button.clicked.connect(self.remove_current)

        self.details = self._build_details()
        scroll = QScrollArea(splitter)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.details)
        splitter.addWidget(left)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout.addWidget(splitter, 1)

        self.empty = EmptyState(
            self.tr("Kies links een competentie om haar te bekijken en te bewerken."), self
        )
        self.details_body.addWidget(self.empty)
        self._show_form(False)

    # -- layout --------------------------------------------------------------------------------
    def _build_details(self) -> QWidget:
        card = Card()
        self.details_body = card.body
        self.heading = SectionHeader("", card)
        card.body.addWidget(self.heading)
        self.form_widget = QWidget(card)
        form = QFormLayout(self.form_widget)
        form.setContentsMargins(0, 0, 0, 0)
        self.code_edit = QLineEdit(self.form_widget)
        self.code_edit.setMaxLength(20)
        self.name_edit = QLineEdit(self.form_widget)
        self.cluster_edit = QLineEdit(self.form_widget)
        self.source_edit = QLineEdit(self.form_widget)
        self.source_edit.setPlaceholderText(self.tr("bijv. BCP 2017; Movisie CMO 2013 of voorstel"))
        self.tags_edit = QLineEdit(self.form_widget)
        self.tags_edit.setPlaceholderText(self.tr("labels, gescheiden door komma's"))
        self.description_edit = forms.text_box(self.form_widget, 3)
        forms.add_row(form, self.tr("Co&de:"), self.code_edit, self.tr("Code"))
        forms.add_row(form, self.tr("&Naam:"), self.name_edit, self.tr("Naam"))
        forms.add_row(form, self.tr("Cl&uster:"), self.cluster_edit, self.tr("Cluster"))
        forms.add_row(form, self.tr("B&ron:"), self.source_edit, self.tr("Bron"))
        forms.add_row(form, self.tr("L&abels:"), self.tags_edit, self.tr("Labels"))
        forms.add_row(
            form, self.tr("Om&schrijving:"), self.description_edit, self.tr("Omschrijving")
        )
        card.body.addWidget(self.form_widget)
        self.lessons_label = Hint("", card)
        self.lessons_label.setAccessibleName(self.tr("Lessen bij de labels"))
        card.body.addWidget(self.lessons_label)
        self.indicator_header = SectionHeader(self.tr("Gedragsindicatoren per niveau"), card)
        card.body.addWidget(self.indicator_header)
        self.indicator_source_label = Hint("", card)
        self.indicator_source_label.setAccessibleName(self.tr("Bron van de indicatoren"))
        card.body.addWidget(self.indicator_source_label)
        self.indicator_widget = QWidget(card)
        self.indicator_form = QFormLayout(self.indicator_widget)
        self.indicator_form.setContentsMargins(0, 0, 0, 0)
        self.indicator_edits: dict[int, QPlainTextEdit] = {}
        card.body.addWidget(self.indicator_widget)
        self.save_button = forms.button(card, self.tr("&Opslaan"), self.tr("Competentie opslaan"))
        self.save_button.clicked.connect(lambda: self.save())
        self.discard_button = forms.button(
            card, self.tr("Wijzigingen &verwerpen"), self.tr("Wijzigingen verwerpen")
        )
        self.discard_button.clicked.connect(self.discard)
        card.body.addLayout(forms.button_row(self.discard_button, self.save_button))
        card.body.addStretch(1)
        for field in (
            self.code_edit,
            self.name_edit,
            self.cluster_edit,
            self.source_edit,
            self.tags_edit,
        ):
            field.textChanged.connect(self._update_buttons)
        self.description_edit.textChanged.connect(self._update_buttons)
        return card

    def _show_form(self, visible: bool) -> None:
        for widget in (
            self.heading,
            self.form_widget,
            self.indicator_header,
            self.indicator_source_label,
            self.indicator_widget,
            self.save_button,
            self.discard_button,
        ):
            widget.setVisible(visible)
        self.empty.setVisible(not visible)
        self._update_buttons()

    def _rebuild_indicator_fields(self, framework: Framework) -> None:
        levels = [(lv.level, lv.label) for lv in framework.scale.levels]
        if [level for level, _ in levels] == sorted(self.indicator_edits):
            return
        while self.indicator_form.rowCount():
            self.indicator_form.removeRow(0)
        self.indicator_edits = {}
        for level, label in levels:
            box = forms.text_box(self.indicator_widget, 3)
            box.textChanged.connect(self._update_buttons)
            forms.add_row(
                self.indicator_form,
                f"&{level} · {label}:",
                box,
                self.tr("Gedragsindicator niveau %1").replace("%1", str(level)),
            )
            self.indicator_edits[level] = box

    # -- data ----------------------------------------------------------------------------------
    def set_snapshot(self, snapshot: ReferenceSnapshot) -> None:
        """Show fresh data, keeping the chosen framework and competency."""
        keep_framework = self.framework_combo.currentData()
        keep_code = self.current.code if self.current else None
        self.snapshot = snapshot
        self._filling = True
        try:
            self.framework_combo.clear()
            for framework in snapshot.frameworks:
                self.framework_combo.addItem(framework.name, framework.code)
            index = self.framework_combo.findData(keep_framework)
            self.framework_combo.setCurrentIndex(max(index, 0))
        finally:
            self._filling = False
        self._load_framework(keep_code)

    def _framework_chosen(self, _index: int) -> None:
        if self._filling:
            return
        if self.is_dirty() and self.framework is not None:
            # Stay on the framework being edited until the form is saved.
            target = self.framework_combo.currentData()
            self._choose_framework_quietly(self.framework.code)
            self.save(then=lambda: self._choose_framework_quietly(target, load=True))
            return
        self._load_framework(None)

    def _choose_framework_quietly(self, code: str, *, load: bool = False) -> None:
        self._filling = True
        self.framework_combo.setCurrentIndex(max(self.framework_combo.findData(code), 0))
        self._filling = False
        if load:
            self._load_framework(None)

    def _load_framework(self, keep_code: str | None) -> None:
        assert self.snapshot is not None
        code = self.framework_combo.currentData()
        self.framework = next((f for f in self.snapshot.frameworks if f.code == code), None)
        if self.framework is None:
            self.model.set_rows([])
            self._show_form(False)
            return
        # The first sentence as a hint; the full description in the tooltip and the dialog.
        first = self.framework.description.split(". ")[0].strip()
        if first and not first.endswith("."):
            first += "."
        self.framework_hint.setText(first)
        self.framework_hint.setToolTip(self.framework.description)
        self.framework_combo.setToolTip(self.framework.description)
        self.framework_hint.setVisible(bool(first))
        self._rebuild_indicator_fields(self.framework)
        was_adding = self.adding
        self.model.lessons = self.snapshot.lessons
        self.model.set_rows(self.framework.competencies)
        row = self.model.row_of(keep_code) if keep_code else -1
        if was_adding and keep_code is None:
            return  # a new competency is being typed; keep the form
        if row < 0 and keep_code is None and self.model.rowCount():
            row = 0  # show a competency rather than an empty form
        if row >= 0:
            self.select_row(row)
        else:
            self.table.clearSelection()
            self.current = None
            self._show_form(False)

    def select_code(self, code: str) -> bool:
        """Show ``code`` (switching framework when needed); False when it does not exist."""
        if self.snapshot is None:
            return False
        for framework in self.snapshot.frameworks:
            if any(c.code == code for c in framework.competencies):
                index = self.framework_combo.findData(framework.code)
                self._filling = True
                self.framework_combo.setCurrentIndex(index)
                self._filling = False
                self._load_framework(code)
                return True
        return False

    def select_row(self, row: int) -> None:
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))

    def _selection_changed(self, selected: QItemSelection, deselected: QItemSelection) -> None:
        if self._quiet:
            return
        rows = self.table.selectionModel().selectedRows()
        competency = self.model.row_at(rows[0]) if rows else None
        if competency is None:
            return
        if self.current is not None and competency.code == self.current.code:
            self._fill(competency, keep_typed=True)
            return
        if self.is_dirty():
            # Stay on the competency being edited until it is saved; refused, nothing typed
            # is lost.
            target = competency.code
            self._select_quietly(self.current.code if self.current else None)
            self.save(then=lambda: self._show_code(target))
            return
        self._fill(competency)

    def _show_code(self, code: str) -> None:
        position = self.model.row_of(code)
        if position >= 0:
            self._select_quietly(code)
            self._fill(self.model.rows[position])

    def _select_quietly(self, code: str | None) -> None:
        row = self.model.row_of(code) if code else -1
        self._quiet = True
        try:
            if row >= 0:
                self.table.selectRow(row)
            else:
                self.table.clearSelection()
        finally:
            self._quiet = False

    def _fill(self, competency: Competency, *, keep_typed: bool = False) -> None:
        """Put ``competency`` in the form; with ``keep_typed`` unsaved typing survives a reload
        as long as the stored competency did not change underneath it."""
        if keep_typed and self.is_dirty() and self.current == competency:
            return
        self.adding = False
        self.current = competency
        self._filling = True
        try:
            self.heading.setText(f"{competency.code} · {competency.name}")
            self.code_edit.setText(competency.code)
            self.code_edit.setReadOnly(True)
            self.name_edit.setText(competency.name)
            self.cluster_edit.setText(competency.cluster)
            self.source_edit.setText(competency.source)
            self.tags_edit.setText(", ".join(competency.tags))
            self.description_edit.setPlainText(competency.description)
            for level, box in self.indicator_edits.items():
                box.setPlainText(competency.indicator(level))
            self.indicator_source_label.setText(
                self.tr("Bron van de indicatoren: %1").replace(
                    "%1", shown_source(competency.indicator_source)
                )
            )
            lessons = lesson_lines(competency.tags, self.model.lessons)
            self.lessons_label.setText("\n".join(lessons))
            self.lessons_label.setVisible(bool(lessons))
            self.tags_edit.setToolTip("\n".join(lessons))
        finally:
            self._filling = False
        self._show_form(True)

    def start_new(self) -> None:
        """Empty form with an editable code; Opslaan adds the competency to the framework."""
        if self.framework is None:
            return
        if self.is_dirty():
            self.save(then=self._start_new)
            return
        self._start_new()

    def _start_new(self) -> None:
        if self.framework is None:
            return
        self.table.clearSelection()
        self.current = None
        self.adding = True
        self._filling = True
        try:
            self.heading.setText(
                self.tr("Nieuwe competentie in %1").replace("%1", self.framework.name)
            )
            for field in (self.code_edit, self.name_edit, self.cluster_edit, self.tags_edit):
                field.clear()
            self.code_edit.setReadOnly(False)
            self.source_edit.setText(self.tr("voorstel"))
            self.description_edit.clear()
            for box in self.indicator_edits.values():
                box.clear()
        finally:
            self._filling = False
        self._show_form(True)
        self.code_edit.setFocus()

    def form_value(self) -> Competency:
        framework = self.framework.code if self.framework else ""
        base = self.current or Competency(
            code=self.code_edit.text().strip(), name="", framework=framework
        )
        return replace(
            base,
            name=self.name_edit.text(),
            cluster=self.cluster_edit.text(),
            source=self.source_edit.text(),
            tags=_tags(self.tags_edit.text()),
            description=self.description_edit.toPlainText(),
            indicators={
                level: box.toPlainText().strip()
                for level, box in self.indicator_edits.items()
                if box.toPlainText().strip()
            },
        )

    def is_dirty(self) -> bool:
        if self.adding:
            return bool(self.code_edit.text().strip() or self.name_edit.text().strip())
        if self.current is None:
            return False
        value = self.form_value()
        return _comparable(value) != _comparable(self.current) or dict(value.indicators) != {
            k: v for k, v in self.current.indicators.items() if v
        }

    def _update_buttons(self) -> None:
        if self._filling:
            return
        dirty = self.is_dirty()
        self.save_button.setEnabled(dirty)
        self.discard_button.setEnabled(dirty)
        self.remove_button.setEnabled(self.current is not None)

    # -- actions -------------------------------------------------------------------------------
    def _save(
        self,
        command: EditCommand,
        *,
        saved: Callable[[], None] | None = None,
        then: Callable[[], None] | None = None,
    ) -> None:
        save(self.context, self, self.data, command, saved=saved, then=then)

    def save(self, then: Callable[[], None] | None = None) -> None:
        """Save the form as one undo step (all or nothing); ``then`` once it is saved and
        shown. A refused value shows its message and the typing stays."""
        if self.snapshot is None or not self.is_dirty():
            if then is not None:
                then()
            return
        value = self.form_value()
        if self.adding:

            def added() -> None:
                # The form now shows the new competency; the reload selects and fills it.
                self.adding, self.current = False, value

            text = self.tr("Competentie %1 toevoegen").replace("%1", value.code)
            self._save(operations.add_competency(text, value), saved=added, then=then)
            return
        assert self.current is not None
        old = self.current
        steps: list[EditCommand] = []
        if _comparable(value) != _comparable(old):
            version = self.snapshot.competency_versions[old.code]
            steps.append(operations.update_competency("", old, value, version))
        for level in self.indicator_edits:
            before, after = old.indicator(level), value.indicator(level)
            if before.strip() != after:
                version_shown = self.snapshot.indicator_versions.get((old.code, level))
                steps.append(
                    operations.set_indicator("", old.code, level, before, after, version_shown)
                )
        text = self.tr("Competentie %1 wijzigen").replace("%1", old.code)
        self._save(CompositeCommand(text, steps), then=then)

    # -- unsaved work (ui.unsaved.UnsavedWork) --------------------------------------------------
    def unsaved_changes(self) -> list[str]:
        if not self.is_dirty():
            return []
        if self.adding or self.current is None:
            return [self.tr("Een nieuwe competentie")]
        return [self.tr("Competentie %1").replace("%1", self.current.code)]

    def save_changes(self, then: Callable[[], None]) -> None:
        self.save(then=then)

    def discard_changes(self) -> None:
        self.discard()

    def discard(self) -> None:
        if self.adding:
            self.adding = False
            self.current = None
            self._show_form(False)
        elif self.current is not None:
            self._fill(self.current)

    def remove_current(self) -> None:
        if self.snapshot is None or self.current is None:
            return
        code = self.current.code
        text = self.tr("Competentie %1 verwijderen").replace("%1", code)
        command = operations.remove_competency(text, code, self.snapshot.competency_versions[code])
        self._save(command, saved=lambda: setattr(self, "current", None))

    def open_framework_dialog(self) -> QDialog | None:
        if self.framework is None or self.snapshot is None:
            return None
        dialog = FrameworkDialog(self.framework, self)
        framework = self.framework
        version = self.snapshot.framework_versions[framework.code]

        def accepted() -> None:
            command = operations.update_framework(
                self.tr("Kader %1 wijzigen").replace("%1", framework.name),
                framework.code,
                (framework.name, framework.description),
                dialog.values(),
                version,
            )
            self._save(command)

        dialog.accepted.connect(accepted)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.framework_dialog = dialog
        return dialog


def _comparable(competency: Competency) -> tuple[Any, ...]:
    return (
        competency.name.strip(),
        competency.cluster.strip(),
        competency.source.strip(),
        competency.description.strip(),
        tuple(competency.tags),
    )


class FrameworkDialog(QDialog):
    """Name and description of a framework."""

    def __init__(self, framework: Framework, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Kader bewerken"))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.name_edit = QLineEdit(framework.name, self)
        self.description_edit = forms.text_box(self, 5)
        self.description_edit.setPlainText(framework.description)
        forms.add_row(form, self.tr("&Naam:"), self.name_edit, self.tr("Naam van het kader"))
        forms.add_row(
            form,
            self.tr("Om&schrijving:"),
            self.description_edit,
            self.tr("Omschrijving van het kader"),
        )
        layout.addLayout(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def values(self) -> tuple[str, str]:
        return self.name_edit.text(), self.description_edit.toPlainText()
