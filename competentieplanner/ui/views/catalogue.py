"""Opleidingen: the training catalogue. Add, edit and deactivate offers and say what each one
develops (effects: from which level, to which level). Every change is an undoable step."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from competentieplanner.domain.access import Action
from competentieplanner.domain.model import Effect, TrainingOffer
from competentieplanner.domain.provenance import OWN, PROPOSED, SOURCED, source_kind
from competentieplanner.ui import forms, theme
from competentieplanner.ui.context import AppContext
from competentieplanner.ui.controllers.catalogue import CatalogueController
from competentieplanner.ui.delegates import SpinBoxDelegate
from competentieplanner.ui.models.catalogue import (
    START_COLUMN,
    TO_COLUMN,
    EffectRow,
    EffectTableModel,
    OfferRow,
    OfferTableModel,
)
from competentieplanner.ui.models.rows import SearchProxy
from competentieplanner.ui.permissions import guard
from competentieplanner.ui.widgets.common import Card, EmptyState, Hint, PageTitle, SectionHeader

if TYPE_CHECKING:
    from competentieplanner.services.reference_edit import CatalogueSnapshot

FORMATS = (
    "klassikaal",
    "e-learning",
    "blended",
    "in-company",
    "intervisie",
    "coaching",
    "werkplek",
)


class CatalogueView(QWidget):
    title = "Opleidingen"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.controller = CatalogueController(context, self)
        self.controller.data.loaded.connect(self._show)
        self.current: OfferRow | None = None
        self.adding = False
        self._filling = False
        self._quiet = False

        layout = QVBoxLayout(self)
        layout.setContentsMargins(theme.MARGIN, theme.MARGIN, theme.MARGIN, theme.MARGIN)
        layout.setSpacing(theme.SPACING)
        layout.addWidget(PageTitle(self.tr("Opleidingen"), self))
        layout.addWidget(
            Hint(
                self.tr(
                    "De opleidingscatalogus waaruit de planner kiest. Een opleiding die in plannen "
                    "staat, zet u op niet-actief: ze blijft in bestaande plannen staan, maar wordt "
                    "niet meer voorgesteld. Ctrl+Z maakt een wijziging ongedaan."
                ),
                self,
            )
        )
        top = QHBoxLayout()
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Zoek op code, naam, aanbieder of competentie"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Opleidingen zoeken"))
        self.search.textChanged.connect(self._filter)
        self.show_inactive = QCheckBox(self.tr("Ook n&iet-actieve tonen"), self)
        self.show_inactive.setAccessibleName(self.tr("Ook niet-actieve opleidingen tonen"))
        self.show_inactive.setChecked(True)
        self.show_inactive.toggled.connect(self._filter)
        self.source_filter = QComboBox(self)
        for label, kind in (
            (self.tr("Effecten: alle bronnen"), ""),
            (self.tr("Effecten uit een bron"), SOURCED),
            (self.tr("Effecten als voorstel Competentieplanner"), PROPOSED),
            (self.tr("Effecten uit eigen invoer"), OWN),
        ):
            self.source_filter.addItem(label, kind)
        self.source_filter.setAccessibleName(self.tr("Opleidingen filteren op bron van een effect"))
        self.source_filter.currentIndexChanged.connect(lambda _i: self._filter())
        self.new_button = forms.button(self, self.tr("Nieuwe o&pleiding"))
        self.new_button.clicked.connect(self.start_new)
        top.addWidget(self.search, 2)
        top.addWidget(self.show_inactive)
        top.addWidget(self.source_filter)
        top.addStretch(1)
        top.addWidget(self.new_button)
        layout.addLayout(top)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        self.model = OfferTableModel(self)
        self.proxy = SearchProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(splitter)
        self.table.setModel(self.proxy)
        forms.prepare_table(self.table, self.tr("Opleidingscatalogus"))
        header = self.table.horizontalHeader()
        for column, width in enumerate((64, 300, 170, 90, 60, 90, 56)):
            header.resizeSection(column, width)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        splitter.addWidget(self.table)
        scroll = QScrollArea(splitter)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        details = self._build_details()
        scroll.setWidget(details)
        # Never narrower than the form: the splitter used to squeeze it until the fields and
        # buttons were cut off on the right (the screen scrolls instead, see the main window).
        scroll.setMinimumWidth(
            details.minimumSizeHint().width() + scroll.verticalScrollBar().sizeHint().width()
        )
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([560, 520])
        layout.addWidget(splitter, 1)
        guard(context, Action.EDIT_REFERENCE_DATA, self.new_button, details)
        self._show_form(False)
        self.reload()

    # -- layout --------------------------------------------------------------------------------
    def _build_details(self) -> QWidget:
        card = Card()
        self.heading = SectionHeader("", card)
        card.body.addWidget(self.heading)
        self.form_widget = QWidget(card)
        form = QFormLayout(self.form_widget)
        form.setContentsMargins(0, 0, 0, 0)
        self.code_edit = QLineEdit(self.form_widget)
        self.code_edit.setMaxLength(50)
        self.name_edit = QLineEdit(self.form_widget)
        self.provider_edit = QLineEdit(self.form_widget)
        self.format_combo = QComboBox(self.form_widget)
        self.format_combo.setEditable(True)
        self.format_combo.addItems(FORMATS)
        self.hours_spin = QDoubleSpinBox(self.form_widget)
        self.hours_spin.setRange(0, 10_000)
        self.hours_spin.setDecimals(1)
        self.hours_spin.setSuffix(self.tr(" uur"))
        self.cost_spin = QDoubleSpinBox(self.form_widget)
        self.cost_spin.setRange(0, 10_000_000)
        self.cost_spin.setDecimals(2)
        self.cost_spin.setSingleStep(50)
        self.cost_spin.setPrefix("€ ")
        self.cost_spin.setGroupSeparatorShown(True)
        forms.add_row(form, self.tr("Co&de:"), self.code_edit, self.tr("Code"))
        forms.add_row(form, self.tr("&Naam:"), self.name_edit, self.tr("Naam"))
        forms.add_row(form, self.tr("&Aanbieder:"), self.provider_edit, self.tr("Aanbieder"))
        forms.add_row(form, self.tr("&Vorm:"), self.format_combo, self.tr("Vorm"))
        forms.add_row(form, self.tr("&Uren:"), self.hours_spin, self.tr("Contacturen"))
        forms.add_row(form, self.tr("&Kosten:"), self.cost_spin, self.tr("Kosten per deelnemer"))
        card.body.addWidget(self.form_widget)
        self.active_button = forms.button(card, self.tr("Op niet-actief zetten"))
        self.active_button.clicked.connect(self.toggle_active)
        self.discard_button = forms.button(card, self.tr("Wijzigingen ve&rwerpen"))
        self.discard_button.clicked.connect(self.discard)
        self.save_button = forms.button(card, self.tr("&Opslaan"), self.tr("Opleiding opslaan"))
        self.save_button.clicked.connect(lambda: self.save())
        row = forms.button_row(self.active_button, stretch_first=False)
        row.addStretch(1)
        row.addWidget(self.discard_button)
        row.addWidget(self.save_button)
        card.body.addLayout(row)
        for field in (self.code_edit, self.name_edit, self.provider_edit):
            field.textChanged.connect(self._update_buttons)
        self.format_combo.currentTextChanged.connect(self._update_buttons)
        self.hours_spin.valueChanged.connect(self._update_buttons)
        self.cost_spin.valueChanged.connect(self._update_buttons)

        self.effects_header = SectionHeader(self.tr("Ontwikkelt"), card)
        card.body.addWidget(self.effects_header)
        self.effects_hint = Hint(
            self.tr(
                "Per competentie: vanaf welk niveau iemand kan instromen (geen eis = 0) en naar "
                "welk niveau de opleiding brengt. Wijzig met F2 of een dubbelklik."
            ),
            card,
        )
        card.body.addWidget(self.effects_hint)
        self.effect_model = EffectTableModel(self)
        self.effect_model.change_requested.connect(
            self._change_effect, Qt.ConnectionType.QueuedConnection
        )
        self.effects = QTableView(card)
        self.effects.setModel(self.effect_model)
        forms.prepare_table(self.effects, self.tr("Effecten van de opleiding"))
        self.effects.setEditTriggers(
            QTableView.EditTrigger.DoubleClicked
            | QTableView.EditTrigger.EditKeyPressed
            | QTableView.EditTrigger.AnyKeyPressed
        )
        self.effects.setItemDelegateForColumn(
            START_COLUMN,
            SpinBoxDelegate(0, self._start_maximum, self.effects, special_text=self.tr("geen eis")),
        )
        self.effects.setItemDelegateForColumn(
            TO_COLUMN, SpinBoxDelegate(1, self._maximum, self.effects)
        )
        effects_header = self.effects.horizontalHeader()
        for column, width in enumerate((60, 200, 100)):
            effects_header.resizeSection(column, width)
        self.effects.setMinimumHeight(150)
        card.body.addWidget(self.effects, 1)

        self.effect_row = QWidget(card)
        add = QFormLayout(self.effect_row)
        add.setContentsMargins(0, 0, 0, 0)
        self.effect_combo = QComboBox(self.effect_row)
        self.effect_combo.setMinimumContentsLength(18)
        self.effect_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.effect_from = QSpinBox(self.effect_row)
        self.effect_from.setRange(0, 3)
        self.effect_from.setSpecialValueText(self.tr("geen eis"))
        self.effect_from.setAccessibleName(self.tr("Vanaf niveau"))
        self.effect_to = QSpinBox(self.effect_row)
        self.effect_to.setRange(1, 4)
        self.effect_to.setValue(2)
        self.effect_to.setAccessibleName(self.tr("Brengt naar niveau"))
        self.add_effect_button = forms.button(self.effect_row, self.tr("Effect &toevoegen"))
        self.add_effect_button.clicked.connect(self.add_effect)
        self.remove_effect_button = forms.button(
            self.effect_row,
            self.tr("Effect v&erwijderen"),
            self.tr("Geselecteerd effect verwijderen"),
        )
        self.remove_effect_button.clicked.connect(self.remove_effect)
        forms.add_row(
            add,
            self.tr("&Competentie:"),
            self.effect_combo,
            self.tr("Competentie voor een nieuw effect"),
        )
        levels = QHBoxLayout()
        from_label = QLabel(self.tr("vanaf"), self.effect_row)
        from_label.setBuddy(self.effect_from)
        to_label = QLabel(self.tr("naar"), self.effect_row)
        to_label.setBuddy(self.effect_to)
        for widget in (from_label, self.effect_from, to_label, self.effect_to):
            levels.addWidget(widget)
        levels.addStretch(1)
        add.addRow(self.tr("Niveau:"), levels)
        add.addRow(forms.button_row(self.remove_effect_button, self.add_effect_button))
        card.body.addWidget(self.effect_row)
        self.empty = EmptyState(
            self.tr("Kies links een opleiding om haar te bekijken en te bewerken."), card
        )
        card.body.addWidget(self.empty)
        return card

    def _show_form(self, visible: bool) -> None:
        for widget in (self.heading, self.form_widget, self.save_button, self.discard_button):
            widget.setVisible(visible)
        existing = visible and not self.adding and self.current is not None
        for widget in (
            self.active_button,
            self.effects_header,
            self.effects_hint,
            self.effects,
            self.effect_row,
        ):
            widget.setVisible(existing)
        self.empty.setVisible(not visible)
        self._update_buttons()

    # -- data ----------------------------------------------------------------------------------
    @property
    def snapshot(self) -> CatalogueSnapshot | None:
        return self.controller.data.current

    def reload(self) -> None:
        self.controller.data.reload()

    def _show(self, snapshot: CatalogueSnapshot) -> None:
        keep = self.current.offer.code if self.current else None
        rows = [
            OfferRow(
                offer=offer,
                version=snapshot.offer_versions[offer.code],
                effects_text=", ".join(f"{e.competency} → {e.to_level}" for e in offer.effects),
            )
            for offer in snapshot.offers
        ]
        self.model.set_rows(rows)
        self.effect_from.setMaximum(snapshot.scale_maximum - 1)
        self.effect_to.setMaximum(snapshot.scale_maximum)
        if self.adding:
            return
        position = self.model.row_of(keep) if keep else -1
        if position < 0 and keep is None and self.model.rowCount():
            position = 0  # show an offer rather than an empty form
            keep = self.model.rows[0].offer.code
        if position < 0:
            self.current = None
            self._show_form(False)
            return
        fresh = self.model.rows[position]
        keep_typed = (
            self.current is not None and fresh.offer == self.current.offer and self.is_dirty()
        )
        self._select_quietly(keep)
        if keep_typed:
            self.current = fresh  # new version; the user's typing stays in the form
            self._fill_effects(fresh)
        else:
            self._fill(fresh)

    def open_item(self, kind: str, payload: object) -> None:
        """Show an offer ("offer", code)."""
        if self.snapshot is None:  # still loading: show it once the data is there
            self.controller.data.then(lambda: self.open_item(kind, payload))
            return
        position = self.model.row_of(str(payload))
        if position >= 0:
            self.search.clear()
            self.show_inactive.setChecked(True)
            self._select_quietly(str(payload))
            self._fill(self.model.rows[position])

    def _filter(self) -> None:
        self.proxy.set_search(self.search.text())
        show_all = self.show_inactive.isChecked()
        kind = self.source_filter.currentData()

        def shown(row: OfferRow) -> bool:
            if not show_all and not row.offer.active:
                return False
            return not kind or any(source_kind(e.source) == kind for e in row.offer.effects)

        self.proxy.set_predicate(None if show_all and not kind else shown)

    def _select_quietly(self, code: str | None) -> None:
        source_row = self.model.row_of(code) if code else -1
        index = (
            self.proxy.mapFromSource(self.model.index(source_row, 0)) if source_row >= 0 else None
        )
        self._quiet = True
        try:
            if index is not None and index.isValid():
                self.table.selectRow(index.row())
                self.table.scrollTo(index)
            else:
                self.table.clearSelection()
        finally:
            self._quiet = False

    def selected_row(self) -> OfferRow | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.row_at(self.proxy.mapToSource(rows[0]))

    def _selection_changed(self, selected: QItemSelection, deselected: QItemSelection) -> None:
        if self._quiet:
            return
        row = self.selected_row()
        if row is None or (self.current is not None and row.offer.code == self.current.offer.code):
            return
        if self.is_dirty():
            # Stay on the offer being edited until it is saved; refused, nothing typed is lost.
            target = row.offer.code
            self._select_quietly(self.current.offer.code if self.current else None)
            self.save(then=lambda: self._show_code(target))
            return
        self._fill(row)

    def _show_code(self, code: str) -> None:
        position = self.model.row_of(code)
        if position >= 0:
            self._select_quietly(code)
            self._fill(self.model.rows[position])

    def _fill(self, row: OfferRow) -> None:
        self.adding = False
        self.current = row
        offer = row.offer
        self._filling = True
        try:
            state = "" if offer.active else self.tr(" (niet actief)")
            self.heading.setText(f"{offer.code} · {offer.name}{state}")
            self.code_edit.setText(offer.code)
            self.code_edit.setReadOnly(True)
            self.name_edit.setText(offer.name)
            self.provider_edit.setText(offer.provider)
            self.format_combo.setCurrentText(offer.format)
            self.hours_spin.setValue(offer.hours)
            self.cost_spin.setValue(float(offer.cost))
            self.active_button.setText(
                self.tr("Op niet-actief zetten") if offer.active else self.tr("Weer actief maken")
            )
        finally:
            self._filling = False
        self._fill_effects(row)
        self._show_form(True)

    def _fill_effects(self, row: OfferRow) -> None:
        assert self.snapshot is not None
        names = self.snapshot.competency_names
        maximum = self.snapshot.scale_maximum
        self.effect_model.set_rows(
            [
                EffectRow(
                    effect=effect,
                    name=names.get(effect.competency, ""),
                    version=self.snapshot.effect_versions[(row.offer.code, effect.competency)],
                    maximum=maximum,
                )
                for effect in row.offer.effects
            ]
        )
        present = {effect.competency for effect in row.offer.effects}
        choice = self.effect_combo.currentData()
        self.effect_combo.clear()
        for code, name in names.items():
            if code not in present:
                self.effect_combo.addItem(f"{code} {name}", code)
        self.effect_combo.setCurrentIndex(max(self.effect_combo.findData(choice), 0))

    def _maximum(self, index: object) -> int:
        return self.snapshot.scale_maximum if self.snapshot else 4

    def _start_maximum(self, index: object) -> int:
        return self._maximum(index) - 1

    def start_new(self) -> None:
        if self.is_dirty():
            self.save(then=self._start_new)
            return
        self._start_new()

    def _start_new(self) -> None:
        self._select_quietly(None)
        self.current = None
        self.adding = True
        self._filling = True
        try:
            self.heading.setText(self.tr("Nieuwe opleiding"))
            for field in (self.code_edit, self.name_edit, self.provider_edit):
                field.clear()
            self.code_edit.setReadOnly(False)
            self.format_combo.setCurrentText(FORMATS[0])
            self.hours_spin.setValue(0)
            self.cost_spin.setValue(0)
        finally:
            self._filling = False
        self._show_form(True)
        self.code_edit.setFocus()

    def form_value(self) -> TrainingOffer:
        base = self.current.offer if self.current else TrainingOffer(code="", name="")
        return TrainingOffer(
            code=self.code_edit.text().strip() if self.adding else base.code,
            name=self.name_edit.text(),
            provider=self.provider_edit.text(),
            format=self.format_combo.currentText(),
            hours=self.hours_spin.value(),
            cost=Decimal(str(round(self.cost_spin.value(), 2))).quantize(Decimal("0.01")),
            effects=base.effects,
            active=base.active,
        )

    def is_dirty(self) -> bool:
        if self.adding:
            return bool(self.code_edit.text().strip() or self.name_edit.text().strip())
        if self.current is None:
            return False
        value, stored = self.form_value(), self.current.offer
        return (
            value.name.strip(),
            value.provider.strip(),
            value.format.strip(),
            value.hours,
            value.cost,
        ) != (
            stored.name.strip(),
            stored.provider.strip(),
            stored.format.strip(),
            stored.hours,
            stored.cost,
        )

    def _update_buttons(self) -> None:
        if self._filling:
            return
        dirty = self.is_dirty()
        self.save_button.setEnabled(dirty)
        self.discard_button.setEnabled(dirty)
        self.remove_effect_button.setEnabled(self.effect_model.rowCount() > 0)
        self.add_effect_button.setEnabled(self.effect_combo.count() > 0)

    # -- edits ---------------------------------------------------------------------------------
    def save(self, then: Callable[[], None] | None = None) -> None:
        """Save the form as one undo step; ``then`` once it is saved and shown. A refused value
        shows its message and the typing stays."""
        if not self.is_dirty():
            if then is not None:
                then()
            return
        value = self.form_value()
        if self.adding:

            def added() -> None:
                # Point the form at the new code: the reload selects it and fills it in.
                self.adding, self.current = False, OfferRow(value, 0, "")

            self.controller.add_offer(value, saved=added, then=then)
            return
        assert self.current is not None
        self.controller.update_offer(self.current.offer, value, self.current.version, then)

    # -- unsaved work (ui.unsaved.UnsavedWork) --------------------------------------------------
    def unsaved_changes(self) -> list[str]:
        if not self.is_dirty():
            return []
        if self.adding or self.current is None:
            return [self.tr("Een nieuwe opleiding")]
        return [self.tr("Opleiding %1").replace("%1", self.current.offer.code)]

    def save_changes(self, then: Callable[[], None]) -> None:
        self.save(then=then)

    def discard_changes(self) -> None:
        self.discard()

    def discard(self) -> None:
        if self.adding:
            self.adding = False
            self._show_form(False)
        elif self.current is not None:
            self._fill(self.current)

    def toggle_active(self) -> None:
        if self.current is None:
            return
        if self.is_dirty():
            self.save(then=self._toggle_active)
            return
        self._toggle_active()

    def _toggle_active(self) -> None:
        if self.current is not None:
            self.controller.toggle_active(self.current.offer, self.current.version)

    def _change_effect(self, old: Effect, new: Effect) -> None:
        if self.current is None:
            return
        position = self.effect_model.row_of(old.competency)
        if position >= 0:
            version = self.effect_model.rows[position].version
            self.controller.change_effect(self.current.offer.code, old, new, version)

    def add_effect(self) -> None:
        code = self.effect_combo.currentData()
        if self.current is None or not code:
            return
        effect = Effect(code, self.effect_from.value(), self.effect_to.value())
        self.controller.add_effect(self.current.offer.code, effect)

    def remove_effect(self) -> None:
        rows = self.effects.selectionModel().selectedRows()
        row = self.effect_model.row_at(rows[0]) if rows else None
        if self.current is not None and row is not None:
            self.controller.remove_effect(
                self.current.offer.code, row.effect.competency, row.version
            )
