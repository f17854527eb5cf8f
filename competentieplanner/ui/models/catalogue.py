"""Table models for the Opleidingen screen: the training offers and the effects of one offer.

The effects model edits in place: it emits ``change_requested(old, new)`` and the screen turns
that into an undoable edit.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication

from competentieplanner import formats
from competentieplanner.domain.model import Effect, TrainingOffer
from competentieplanner.domain.provenance import shown_source
from competentieplanner.ui import formatting
from competentieplanner.ui.models.rows import Column, RowTableModel

_Index = QModelIndex | QPersistentModelIndex


def _tr(text: str) -> str:
    return QCoreApplication.translate("CatalogueModels", text)


def euro(amount: Decimal) -> str:
    """€ 1.995,00 - Dutch thousands separator and decimal comma (a price list shows cents)."""
    return formats.money(amount, cents=True, locale=formatting.locale())


def hours_text(hours: float) -> str:
    """``7.5`` -> ``'7,5'`` (the column header says "Uren")."""
    return formats.hours_number(hours, locale=formatting.locale())


@dataclass(frozen=True, slots=True)
class OfferRow:
    offer: TrainingOffer
    version: int
    effects_text: str  # "BA01 → 3, BA03 → 4"


class OfferTableModel(RowTableModel[OfferRow]):
    """Every offer of the catalogue; inactive offers are shown muted and in italics."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                Column(_tr("Code"), lambda o: o.offer.code),
                Column(_tr("Opleiding"), lambda o: o.offer.name, tooltip=lambda o: o.offer.name),
                Column(_tr("Aanbieder"), lambda o: o.offer.provider),
                Column(_tr("Vorm"), lambda o: o.offer.format),
                Column(
                    _tr("Uren"),
                    lambda o: hours_text(o.offer.hours),
                    sort_key=lambda o: o.offer.hours,
                    numeric=True,
                ),
                Column(
                    _tr("Kosten"),
                    lambda o: euro(o.offer.cost),
                    sort_key=lambda o: o.offer.cost,
                    numeric=True,
                ),
                Column(
                    _tr("Actief"),
                    lambda o: _tr("ja") if o.offer.active else _tr("nee"),
                    sort_key=lambda o: not o.offer.active,
                ),
                Column(_tr("Ontwikkelt"), lambda o: o.effects_text),
            ],
            parent,
        )

    def key(self, row: OfferRow) -> str:
        return row.offer.code

    def extra_data(self, row: OfferRow, column: int, role: int) -> Any:
        if row.offer.active:
            return None
        if role == Qt.ItemDataRole.FontRole:
            font = QFont(QApplication.font())
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole:
            return QApplication.palette().color(QPalette.ColorRole.PlaceholderText)
        return None


@dataclass(frozen=True, slots=True)
class EffectRow:
    effect: Effect
    name: str  # competency name
    version: int
    maximum: int  # highest level of the scale


START_COLUMN, TO_COLUMN = 2, 3


class EffectTableModel(RowTableModel[EffectRow]):
    """What one offer develops: per competency the start level needed and the level reached."""

    change_requested = Signal(object, object)  # (old Effect, new Effect)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                Column(_tr("Code"), lambda e: e.effect.competency),
                Column(_tr("Competentie"), lambda e: e.name),
                Column(
                    _tr("Vanaf niveau"),
                    lambda e: str(e.effect.min_level) if e.effect.min_level else _tr("geen eis"),
                    sort_key=lambda e: e.effect.min_level,
                    numeric=True,
                ),
                Column(
                    _tr("Brengt naar niveau"),
                    lambda e: str(e.effect.to_level),
                    sort_key=lambda e: e.effect.to_level,
                    numeric=True,
                ),
                Column(
                    _tr("Bron"),
                    lambda e: shown_source(e.effect.source),
                    tooltip=lambda e: shown_source(e.effect.source),
                ),
            ],
            parent,
        )

    def key(self, row: EffectRow) -> str:
        return row.effect.competency

    def extra_data(self, row: EffectRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.EditRole:
            if column == START_COLUMN:
                return row.effect.min_level
            if column == TO_COLUMN:
                return row.effect.to_level
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.column() in (START_COLUMN, TO_COLUMN):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        row = self.row_at(index)
        if row is None or role != Qt.ItemDataRole.EditRole:
            return False
        old = row.effect
        if index.column() == START_COLUMN:
            new = replace(old, min_level=int(value))
        elif index.column() == TO_COLUMN:
            new = replace(old, to_level=int(value))
        else:
            return False
        if new == old:
            return False
        self.change_requested.emit(old, new)
        return True
