"""The "Bevoegdheden" tab: responsibilities and authorities and what each one requires (a level
of a competency and/or a completed training)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from competentieplanner.domain.model import Authority
from competentieplanner.ui import forms, theme
from competentieplanner.ui.context import AppContext
from competentieplanner.ui.controllers.snapshot import Snapshot, save
from competentieplanner.ui.models.reference import AuthorityRow, AuthorityTableModel
from competentieplanner.ui.operations import reference as operations
from competentieplanner.ui.widgets.common import Card, EmptyState, SectionHeader

if TYPE_CHECKING:
    from competentieplanner.services.reference_edit import ReferenceSnapshot


class AuthorityEditor(QWidget):
    def __init__(
        self, context: AppContext, data: Snapshot[ReferenceSnapshot], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.data = data
        self.snapshot: ReferenceSnapshot | None = None
        self.current: AuthorityRow | None = None
        self.adding = False
        self._filling = False
        self._quiet = False

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, theme.SPACING, 0, 0)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        self.model = AuthorityTableModel(self)
        panel = forms.list_panel(
            splitter,
            self.model,
            self.tr("Verantwoordelijkheden en bevoegdheden"),
            (80, 300, 200, 90),
            self.tr("Nie&uwe bevoegdheid"),
            self.tr("Bevoegdheid &verwijderen"),
            self.tr("Geselecteerde bevoegdheid verwijderen"),
        )
        left, self.table = panel.widget, panel.table
        self.new_button, self.remove_button = panel.new_button, panel.remove_button
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.new_button.clicked.connect(self.start_new)
        self.remove_button.clicked.connect(self.remove_current)

        card = Card(splitter)
        self.heading = SectionHeader("", card)
        card.body.addWidget(self.heading)
        self.form_widget = QWidget(card)
        form = QFormLayout(self.form_widget)
        form.setContentsMargins(0, 0, 0, 0)
        self.code_edit = QLineEdit(self.form_widget)
        self.code_edit.setMaxLength(50)
        self.name_edit = QLineEdit(self.form_widget)
        self.description_edit = forms.text_box(self.form_widget, 3)
        self.framework_combo = QComboBox(self.form_widget)
        self.competency_combo = QComboBox(self.form_widget)
        self.level_spin = QSpinBox(self.form_widget)
        self.level_spin.setSpecialValueText(self.tr("geen eis"))
        self.offer_combo = QComboBox(self.form_widget)
        self.offer_combo.setMinimumContentsLength(24)
        self.offer_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.competency_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.competency_combo.setMinimumContentsLength(24)
        forms.add_row(form, self.tr("Co&de:"), self.code_edit, self.tr("Code"))
        forms.add_row(form, self.tr("&Naam:"), self.name_edit, self.tr("Naam"))
        forms.add_row(
            form, self.tr("Om&schrijving:"), self.description_edit, self.tr("Omschrijving")
        )
        forms.add_row(form, self.tr("&Kader:"), self.framework_combo, self.tr("Kader"))
        forms.add_row(form, self.tr("Co&mpetentie:"), self.competency_combo, self.tr("Competentie"))
        forms.add_row(form, self.tr("Vanaf n&iveau:"), self.level_spin, self.tr("Vanaf niveau"))
        forms.add_row(
            form, self.tr("Vereiste opl&eiding:"), self.offer_combo, self.tr("Vereiste opleiding")
        )
        card.body.addWidget(self.form_widget)
        self.save_button = forms.button(card, self.tr("&Opslaan"), self.tr("Bevoegdheid opslaan"))
        self.save_button.clicked.connect(lambda: self.save())
        card.body.addLayout(forms.button_row(self.save_button))
        self.empty = EmptyState(self.tr("Kies links een bevoegdheid, of maak een nieuwe."), card)
        card.body.addWidget(self.empty)
        card.body.addStretch(1)
        splitter.addWidget(left)
        splitter.addWidget(card)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout.addWidget(splitter, 1)
        self.competency_combo.currentIndexChanged.connect(self._competency_chosen)
        self._show_form(False)

    def _show_form(self, visible: bool) -> None:
        for widget in (self.heading, self.form_widget, self.save_button):
            widget.setVisible(visible)
        self.empty.setVisible(not visible)
        self.remove_button.setEnabled(self.current is not None and not self.adding)

    # -- data ----------------------------------------------------------------------------------
    def set_snapshot(self, snapshot: ReferenceSnapshot) -> None:
        keep = self.current.authority.code if self.current else None
        # Measured before the choice lists are refilled (which resets them).
        typed = self.form_value() if not self.adding and self.is_dirty() else None
        self.snapshot = snapshot
        names = {c.code: c.name for f in snapshot.frameworks for c in f.competencies}
        rows = [
            AuthorityRow(
                authority=a,
                competency_name=names.get(a.competency or "", ""),
                offer_name=(
                    f"{a.required_offer} {snapshot.offer_names.get(a.required_offer, '')}"
                    if a.required_offer
                    else ""
                ),
                version=snapshot.authority_versions[a.code],
            )
            for a in snapshot.authorities
        ]
        self._filling = True
        try:
            self.framework_combo.clear()
            for framework in snapshot.frameworks:
                self.framework_combo.addItem(framework.name, framework.code)
            self.competency_combo.clear()
            self.competency_combo.addItem(self.tr("(geen)"), None)
            for framework in snapshot.frameworks:
                for competency in framework.competencies:
                    self.competency_combo.addItem(
                        f"{competency.code} {competency.name}", competency.code
                    )
            self.offer_combo.clear()
            self.offer_combo.addItem(self.tr("(geen)"), None)
            for code, name in snapshot.offer_names.items():
                self.offer_combo.addItem(f"{code} {name}", code)
        finally:
            self._filling = False
        self.model.set_rows(rows)
        if self.adding:
            return
        row = self.model.row_of(keep) if keep else -1
        if row < 0 and keep is None and self.model.rowCount():
            row = 0  # show an authority rather than an empty form
        if row >= 0:
            fresh = self.model.rows[row]
            unchanged = self.current is not None and fresh.authority == self.current.authority
            self._quiet = True
            self.table.selectRow(row)
            self._quiet = False
            if unchanged and typed is not None:
                self.current = fresh  # new version, the user's typing stays in the form
                self._choose(typed)
                self.level_spin.setValue(typed.min_level or 0)
            else:
                self._fill(fresh)
        else:
            self.current = None
            self._show_form(False)

    def _selection_changed(self, selected: QItemSelection, deselected: QItemSelection) -> None:
        if self._quiet:
            return
        rows = self.table.selectionModel().selectedRows()
        row = self.model.row_at(rows[0]) if rows else None
        if row is None or (
            self.current is not None and row.authority.code == self.current.authority.code
        ):
            return
        if self.is_dirty():
            # Stay on the authority being edited until it is saved; refused, nothing typed is
            # lost.
            target = row.authority.code
            self._reselect_current()
            self.save(then=lambda: self._show_code(target))
            return
        self._fill(row)

    def _show_code(self, code: str) -> None:
        position = self.model.row_of(code)
        if position < 0:
            return
        self._quiet = True
        self.table.selectRow(position)
        self._quiet = False
        self._fill(self.model.rows[position])

    def _reselect_current(self) -> None:
        old = self.model.row_of(self.current.authority.code) if self.current else -1
        self._quiet = True
        try:
            if old >= 0:
                self.table.selectRow(old)
            else:
                self.table.clearSelection()
        finally:
            self._quiet = False

    def is_dirty(self) -> bool:
        if self.adding:
            return bool(self.code_edit.text().strip() or self.name_edit.text().strip())
        return self.current is not None and self.form_value() != self.current.authority

    def _fill(self, row: AuthorityRow) -> None:
        self.adding = False
        self.current = row
        authority = row.authority
        self.heading.setText(f"{authority.code} · {authority.name}")
        self.code_edit.setText(authority.code)
        self.code_edit.setReadOnly(True)
        self.name_edit.setText(authority.name)
        self.description_edit.setPlainText(authority.description)
        self._choose(authority)
        self.level_spin.setValue(authority.min_level or 0)
        self._show_form(True)

    def _choose(self, authority: Authority) -> None:
        """Point the choice lists at ``authority``'s framework, competency and offer."""
        self.framework_combo.setCurrentIndex(
            max(self.framework_combo.findData(authority.framework), 0)
        )
        self.competency_combo.setCurrentIndex(
            max(self.competency_combo.findData(authority.competency), 0)
        )
        self.offer_combo.setCurrentIndex(
            max(self.offer_combo.findData(authority.required_offer), 0)
        )

    def _competency_chosen(self, _index: int) -> None:
        code = self.competency_combo.currentData()
        maximum = 0
        if code and self.snapshot is not None:
            framework = self.snapshot.framework(self.snapshot.competency(code).framework)
            maximum = framework.scale.maximum
        self.level_spin.setRange(0, maximum)
        self.level_spin.setEnabled(bool(code))

    def start_new(self) -> None:
        self.table.clearSelection()
        self.current = None
        self.adding = True
        self.heading.setText(self.tr("Nieuwe verantwoordelijkheid of bevoegdheid"))
        for field in (self.code_edit, self.name_edit):
            field.clear()
        self.code_edit.setReadOnly(False)
        self.description_edit.clear()
        self.competency_combo.setCurrentIndex(0)
        self.offer_combo.setCurrentIndex(0)
        self.level_spin.setValue(0)
        self._show_form(True)
        self.code_edit.setFocus()

    def form_value(self) -> Authority:
        return Authority(
            code=self.code_edit.text().strip(),
            name=self.name_edit.text(),
            framework=self.framework_combo.currentData() or "",
            description=self.description_edit.toPlainText(),
            competency=self.competency_combo.currentData(),
            min_level=self.level_spin.value() or None,
            required_offer=self.offer_combo.currentData(),
        )

    # -- actions -------------------------------------------------------------------------------
    def save(self, then: Callable[[], None] | None = None) -> None:
        """Save the form as one undo step; ``then`` once it is saved and shown. A refused value
        shows its message and the typing stays."""
        if self.snapshot is None:
            return
        value = self.form_value()
        if self.adding:
            text = self.tr("Bevoegdheid %1 toevoegen").replace("%1", value.code)
            command = operations.add_authority(text, value)

            def saved() -> None:
                # Point the form at the new code: the reload selects it and fills in its values.
                self.adding, self.current = False, AuthorityRow(value, "", "", 0)

        else:
            assert self.current is not None
            if value == self.current.authority:
                if then is not None:
                    then()
                return
            text = self.tr("Bevoegdheid %1 wijzigen").replace("%1", value.code)
            command = operations.update_authority(
                text, self.current.authority, value, self.current.version
            )

            def saved() -> None:
                pass

        save(self.context, self, self.data, command, saved=saved, then=then)

    # -- unsaved work (ui.unsaved.UnsavedWork) --------------------------------------------------
    def unsaved_changes(self) -> list[str]:
        if not self.is_dirty():
            return []
        if self.adding or self.current is None:
            return [self.tr("Een nieuwe bevoegdheid")]
        return [self.tr("Bevoegdheid %1").replace("%1", self.current.authority.code)]

    def save_changes(self, then: Callable[[], None]) -> None:
        self.save(then=then)

    def discard_changes(self) -> None:
        if self.adding:
            self.adding = False
            self.current = None
            self._show_form(False)
        elif self.current is not None:
            self._fill(self.current)

    def remove_current(self) -> None:
        if self.current is None:
            return
        code = self.current.authority.code
        text = self.tr("Bevoegdheid %1 verwijderen").replace("%1", code)
        command = operations.remove_authority(text, code, self.current.version)
        save(self.context, self, self.data, command, saved=lambda: setattr(self, "current", None))
