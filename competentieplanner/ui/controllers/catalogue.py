"""What the Opleidingen screen's actions do: each edit of an offer or its effects becomes one
undoable step, saved off the GUI thread; the screen (``ui/views/catalogue.py``) only lays out
and shows the data."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QWidget

from competentieplanner.domain.model import Effect, TrainingOffer
from competentieplanner.ui.commands import EditCommand
from competentieplanner.ui.context import AppContext
from competentieplanner.ui.controllers.snapshot import Snapshot, save
from competentieplanner.ui.operations import reference as operations

if TYPE_CHECKING:
    from competentieplanner.services.reference_edit import CatalogueSnapshot


def _tr(text: str) -> str:
    return QCoreApplication.translate("CatalogueView", text)


class CatalogueController(QObject):
    """The catalogue as last read, and the edits the screen asks for."""

    def __init__(self, context: AppContext, view: QWidget) -> None:
        super().__init__(view)
        self.context = context
        self.view = view
        self.data: Snapshot[CatalogueSnapshot] = Snapshot(
            context, view, _tr("Opleidingen laden"), operations.load_catalogue
        )

    def _save(
        self,
        command: EditCommand,
        *,
        saved: Callable[[], None] | None = None,
        then: Callable[[], None] | None = None,
        refused: Callable[[], None] | None = None,
    ) -> None:
        save(self.context, self.view, self.data, command, saved=saved, then=then, refused=refused)

    def add_offer(
        self,
        offer: TrainingOffer,
        *,
        saved: Callable[[], None],
        then: Callable[[], None] | None = None,
    ) -> None:
        text = _tr("Opleiding %1 toevoegen").replace("%1", offer.code)
        self._save(operations.add_offer(text, offer), saved=saved, then=then)

    def update_offer(
        self,
        old: TrainingOffer,
        new: TrainingOffer,
        version: int,
        then: Callable[[], None] | None = None,
    ) -> None:
        text = _tr("Opleiding %1 wijzigen").replace("%1", new.code)
        self._save(operations.update_offer(text, old, new, version), then=then)

    def toggle_active(self, offer: TrainingOffer, version: int) -> None:
        text = (
            _tr("Opleiding %1 op niet-actief zetten")
            if offer.active
            else _tr("Opleiding %1 weer actief maken")
        )
        command = operations.set_offer_active(
            text.replace("%1", offer.code), offer.code, not offer.active, version
        )
        self._save(command)

    def change_effect(self, offer: str, old: Effect, new: Effect, version: int) -> None:
        text = _tr("Effect %1 van %2 wijzigen").replace("%1", old.competency).replace("%2", offer)
        self._save(operations.update_effect(text, offer, old, new, version))

    def add_effect(self, offer: str, effect: Effect) -> None:
        code = effect.competency
        text = _tr("Effect %1 toevoegen aan %2").replace("%1", code).replace("%2", offer)
        self._save(operations.add_effect(text, offer, effect))

    def remove_effect(self, offer: str, code: str, version: int) -> None:
        text = _tr("Effect %1 verwijderen uit %2").replace("%1", code).replace("%2", offer)
        self._save(operations.remove_effect(text, offer, code, version))
