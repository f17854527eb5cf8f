"""Operations of the reference screens (Profielen & competenties, Opleidingen, Instellingen):
read their data off the GUI thread, and build the undoable edits their forms save.

The edits are :mod:`competentieplanner.ui.commands` objects whose service calls run in the unit
of work of :func:`competentieplanner.ui.operations.editing.execute`; a form with several
changes becomes one :class:`CompositeCommand`, saved entirely or not at all.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from competentieplanner.domain.model import (
    Authority,
    Competency,
    Effect,
    Requirement,
    TrainingOffer,
)
from competentieplanner.services import reference_edit as edit
from competentieplanner.services import settings_edit
from competentieplanner.ui.commands import AddCommand, EditCommand, RemoveCommand, UpdateCommand
from competentieplanner.ui.context import AppContext
from competentieplanner.ui.operations.base import run
from competentieplanner.ui.tasks import TaskHandle

if TYPE_CHECKING:
    from competentieplanner.persistence.unit_of_work import UnitOfWork
    from competentieplanner.services.reference_edit import CatalogueSnapshot, ReferenceSnapshot
    from competentieplanner.services.settings_edit import EditableSetting, SettingSpec

REFERENCE = "reference"
CATALOGUE = "catalogue"


# -- reading --------------------------------------------------------------------------------------


def load_reference(
    context: AppContext,
    parent: QWidget | None,
    title: str,
    on_done: Callable[[ReferenceSnapshot], None],
    on_error: Callable[[BaseException], None] | None = None,
) -> TaskHandle[ReferenceSnapshot]:
    return run(
        context,
        parent,
        title=title,
        work=edit.load_reference,
        on_done=on_done,
        quiet=True,
        on_error=on_error,
    )


def load_catalogue(
    context: AppContext,
    parent: QWidget | None,
    title: str,
    on_done: Callable[[CatalogueSnapshot], None],
    on_error: Callable[[BaseException], None] | None = None,
) -> TaskHandle[CatalogueSnapshot]:
    return run(
        context,
        parent,
        title=title,
        work=edit.load_catalogue,
        on_done=on_done,
        quiet=True,
        on_error=on_error,
    )


def load_settings(
    context: AppContext,
    parent: QWidget | None,
    title: str,
    on_done: Callable[[list[EditableSetting]], None],
    on_error: Callable[[BaseException], None] | None = None,
) -> TaskHandle[list[EditableSetting]]:
    return run(
        context,
        parent,
        title=title,
        work=settings_edit.load_editable_settings,
        on_done=on_done,
        quiet=True,
        on_error=on_error,
    )


def save_settings(
    context: AppContext,
    parent: QWidget | None,
    title: str,
    changes: Mapping[str, tuple[object, int]],
    on_done: Callable[[dict[str, int]], None],
    on_error: Callable[[BaseException], None],
) -> TaskHandle[dict[str, int]]:
    """Save the changed settings together (all or nothing); a refusal is shown titled
    ``title``."""
    frozen = dict(changes)
    return run(
        context,
        parent,
        title=title,
        work=lambda uow: settings_edit.update_settings(uow, frozen),
        on_done=on_done,
        writes=True,
        quiet=True,
        on_error=on_error,
    )


def editable_settings() -> tuple[SettingSpec, ...]:
    """What the settings tab offers (no database needed)."""
    return settings_edit.EDITABLE


def check_setting(key: str, value: object) -> None:
    """Refuse a wrong value with its Dutch message before anything is saved."""
    settings_edit.validate_setting(key, value)


# -- profiles and requirements --------------------------------------------------------------------


def update_profile(
    text: str, code: str, old: tuple[str, str], new: tuple[str, str], version: int
) -> EditCommand:
    def update(uow: UnitOfWork, values: tuple[str, str], expected: int) -> int:
        name, description = values
        return edit.update_profile(
            uow, code, name=name, description=description, expected_version=expected
        )

    return UpdateCommand(
        text, REFERENCE, ("profile", code), update=update, old=old, new=new, version=version
    )


def update_requirement(
    text: str, profile: str, old: Requirement, new: Requirement, version: int
) -> EditCommand:
    return UpdateCommand(
        text,
        REFERENCE,
        ("requirement", profile, old.competency),
        update=lambda uow, q, v: edit.update_requirement(uow, profile, q, expected_version=v),
        old=old,
        new=new,
        version=version,
    )


def add_requirement(text: str, profile: str, requirement: Requirement) -> EditCommand:
    code = requirement.competency
    return AddCommand(
        text,
        REFERENCE,
        ("requirement", profile, code),
        add=lambda uow, q: edit.add_requirement(uow, profile, q),
        remove=lambda uow, v: edit.remove_requirement(uow, profile, code, expected_version=v),
        value=requirement,
    )


def remove_requirement(text: str, profile: str, code: str, version: int) -> EditCommand:
    return RemoveCommand(
        text,
        REFERENCE,
        ("requirement", profile, code),
        remove=lambda uow, v: edit.remove_requirement(uow, profile, code, expected_version=v),
        add=lambda uow, q: edit.add_requirement(uow, profile, q),
        version=version,
    )


# -- frameworks and competencies ------------------------------------------------------------------


def update_framework(
    text: str, code: str, old: tuple[str, str], new: tuple[str, str], version: int
) -> EditCommand:
    def update(uow: UnitOfWork, values: tuple[str, str], expected: int) -> int:
        name, description = values
        return edit.update_framework(
            uow, code, name=name, description=description, expected_version=expected
        )

    return UpdateCommand(
        text, REFERENCE, ("framework", code), update=update, old=old, new=new, version=version
    )


def update_competency(text: str, old: Competency, new: Competency, version: int) -> EditCommand:
    """The competency's own fields (its indicators are separate rows, see below)."""
    return UpdateCommand(
        text,
        REFERENCE,
        ("competency", old.code),
        update=lambda uow, c, v: edit.update_competency(uow, c, expected_version=v),
        old=replace(old, indicators={}),
        new=replace(new, indicators={}),
        version=version,
    )


def set_indicator(
    text: str, competency: str, level: int, old: str, new: str, version: int | None
) -> EditCommand:
    return UpdateCommand(
        text,
        REFERENCE,
        ("indicator", competency, level),
        update=lambda uow, words, v: edit.set_indicator(
            uow, competency, level, words, expected_version=v
        ),
        old=old,
        new=new,
        version=version,
    )


def add_competency(text: str, competency: Competency) -> EditCommand:
    code = competency.code
    return AddCommand(
        text,
        REFERENCE,
        ("competency", code),
        add=lambda uow, c: edit.add_competency(uow, c),
        remove=lambda uow, v: edit.remove_competency(uow, code, expected_version=v),
        value=competency,
        related=lambda c: [("indicator", c.code, level) for level in c.indicators],
    )


def remove_competency(text: str, code: str, version: int) -> EditCommand:
    return RemoveCommand(
        text,
        REFERENCE,
        ("competency", code),
        remove=lambda uow, v: edit.remove_competency(uow, code, expected_version=v),
        add=lambda uow, removed: edit.add_competency(
            uow, removed.competency, sort_order=removed.sort_order
        ),
        version=version,
        related=lambda removed: [
            ("indicator", code, level) for level in removed.competency.indicators
        ],
    )


# -- authorities ----------------------------------------------------------------------------------


def add_authority(text: str, authority: Authority) -> EditCommand:
    code = authority.code
    return AddCommand(
        text,
        REFERENCE,
        ("authority", code),
        add=lambda uow, a: edit.add_authority(uow, a),
        remove=lambda uow, v: edit.remove_authority(uow, code, expected_version=v),
        value=authority,
    )


def update_authority(text: str, old: Authority, new: Authority, version: int) -> EditCommand:
    return UpdateCommand(
        text,
        REFERENCE,
        ("authority", old.code),
        update=lambda uow, a, v: edit.update_authority(uow, a, expected_version=v),
        old=old,
        new=new,
        version=version,
    )


def remove_authority(text: str, code: str, version: int) -> EditCommand:
    return RemoveCommand(
        text,
        REFERENCE,
        ("authority", code),
        remove=lambda uow, v: edit.remove_authority(uow, code, expected_version=v),
        add=lambda uow, a: edit.add_authority(uow, a),
        version=version,
    )


# -- training offers and effects ------------------------------------------------------------------


def add_offer(text: str, offer: TrainingOffer) -> EditCommand:
    code = offer.code
    return AddCommand(
        text,
        CATALOGUE,
        ("offer", code),
        add=lambda uow, o: edit.add_offer(uow, o),
        remove=lambda uow, v: edit.remove_offer(uow, code, expected_version=v),
        value=offer,
    )


def update_offer(text: str, old: TrainingOffer, new: TrainingOffer, version: int) -> EditCommand:
    return UpdateCommand(
        text,
        CATALOGUE,
        ("offer", old.code),
        update=lambda uow, o, v: edit.update_offer(uow, o, expected_version=v),
        old=old,
        new=new,
        version=version,
    )


def set_offer_active(text: str, code: str, active: bool, version: int) -> EditCommand:
    return UpdateCommand(
        text,
        CATALOGUE,
        ("offer", code),
        update=lambda uow, a, v: edit.set_offer_active(uow, code, a, expected_version=v),
        old=not active,
        new=active,
        version=version,
    )


def update_effect(text: str, offer: str, old: Effect, new: Effect, version: int) -> EditCommand:
    return UpdateCommand(
        text,
        CATALOGUE,
        ("effect", offer, old.competency),
        update=lambda uow, e, v: edit.update_effect(uow, offer, e, expected_version=v),
        old=old,
        new=new,
        version=version,
    )


def add_effect(text: str, offer: str, effect: Effect) -> EditCommand:
    code = effect.competency
    return AddCommand(
        text,
        CATALOGUE,
        ("effect", offer, code),
        add=lambda uow, e: edit.add_effect(uow, offer, e),
        remove=lambda uow, v: edit.remove_effect(uow, offer, code, expected_version=v),
        value=effect,
    )


def remove_effect(text: str, offer: str, code: str, version: int) -> EditCommand:
    return RemoveCommand(
        text,
        CATALOGUE,
        ("effect", offer, code),
        remove=lambda uow, v: edit.remove_effect(uow, offer, code, expected_version=v),
        add=lambda uow, e: edit.add_effect(uow, offer, e),
        version=version,
    )
