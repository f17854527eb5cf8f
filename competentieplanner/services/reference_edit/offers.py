"""Edit the training catalogue: offers and what each develops (effects)."""

from __future__ import annotations

from decimal import Decimal

from competentieplanner.domain.errors import UserError
from competentieplanner.domain.model import Effect, TrainingOffer
from competentieplanner.domain.provenance import OWN_ENTRY, source_after_edit
from competentieplanner.persistence import records as r
from competentieplanner.persistence import reference_queries as q
from competentieplanner.persistence.unit_of_work import UnitOfWork
from competentieplanner.services.editing import (
    code_text,
    level_in_scale,
    money,
    non_negative_number,
    optional_text,
    required_text,
)
from competentieplanner.services.reference_edit import rows


def _offer_fields(offer: TrainingOffer) -> dict[str, object]:
    hours = non_negative_number("Het aantal uren", offer.hours, "uur")
    if hours > 10_000:
        raise UserError(f"Het aantal uren is te groot (niet {hours:g}; maximaal 10000).")
    return {
        "name": required_text("De naam van de opleiding", offer.name, 300),
        "provider": optional_text("De aanbieder", offer.provider, 200),
        "format": optional_text("De vorm", offer.format, 50),
        "hours": hours,
        "cost": money("De kosten", offer.cost),
        "active": bool(offer.active),
    }


def _effect_values(uow: UnitOfWork, effect: Effect) -> tuple[r.CompetencyRecord, int, int]:
    competency = rows.competency(uow, effect.competency)
    maximum = rows.scale_maximum(competency.framework)
    min_level = level_in_scale("Het startniveau", effect.min_level, 0, maximum - 1)
    to_level = level_in_scale("Het niveau na de opleiding", effect.to_level, 1, maximum)
    if to_level <= min_level:
        raise UserError(
            f"Het niveau na de opleiding ({to_level}) moet hoger zijn dan het startniveau "
            f"({min_level})."
        )
    return competency, min_level, to_level


def add_offer(uow: UnitOfWork, offer: TrainingOffer) -> int:
    """Add an offer to the catalogue, with its effects."""
    code = code_text("De code van de opleiding", offer.code, 50)
    subject = f"Opleiding {code}"
    fields = _offer_fields(offer)
    if q.code_taken(uow.session, r.TrainingOfferRecord, code):
        raise UserError(f"Er bestaat al een opleiding met code {code}; kies een andere code.")
    record = r.TrainingOfferRecord(code=code, **fields)
    seen: set[str] = set()
    for effect in offer.effects:
        if effect.competency in seen:
            raise UserError(f"Competentie {effect.competency} staat twee keer bij de effecten.")
        seen.add(effect.competency)
        competency, min_level, to_level = _effect_values(uow, effect)
        record.effects.append(
            r.OfferEffectRecord(
                competency=competency,
                min_level=min_level,
                to_level=to_level,
                source=effect.source or OWN_ENTRY,
            )
        )
    return rows.added(uow, record, subject)


def update_offer(uow: UnitOfWork, offer: TrainingOffer, *, expected_version: int) -> int:
    """Change name, provider, format, hours, cost and active of an offer (effects separately)."""
    subject = f"Opleiding {offer.code}"
    fields = _offer_fields(offer)
    record = rows.current(uow, r.TrainingOfferRecord, offer.code, subject, expected_version)
    rows.assign(record, fields)
    return rows.written(uow, record, subject)


def set_offer_active(uow: UnitOfWork, code: str, active: bool, *, expected_version: int) -> int:
    """Deactivate (or reactivate) an offer. Deactivated offers stay in existing plans but are no
    longer proposed; offers are never deleted because plans refer to them."""
    subject = f"Opleiding {code}"
    record = rows.current(uow, r.TrainingOfferRecord, code, subject, expected_version)
    record.active = bool(active)
    return rows.written(uow, record, subject)


def add_effect(uow: UnitOfWork, offer: str, effect: Effect) -> int:
    subject = f"Het effect op {effect.competency} van opleiding {offer}"
    record_offer = rows.offer(uow, offer)
    competency, min_level, to_level = _effect_values(uow, effect)
    if q.effect(uow.session, record_offer, competency) is not None:
        raise UserError(
            f"Opleiding {offer} heeft al een effect op {effect.competency}; pas dat aan."
        )
    record = r.OfferEffectRecord(
        offer=record_offer,
        competency=competency,
        min_level=min_level,
        to_level=to_level,
        source=effect.source or OWN_ENTRY,
    )
    return rows.added(uow, record, subject)


def update_effect(uow: UnitOfWork, offer: str, effect: Effect, *, expected_version: int) -> int:
    """Change the start level (0 = no prerequisite) and the level reached after the offer."""
    subject = f"Het effect op {effect.competency} van opleiding {offer}"
    record_offer = rows.offer(uow, offer)
    competency, min_level, to_level = _effect_values(uow, effect)
    record = q.effect(uow.session, record_offer, competency)
    rows.existing(record, subject, expected_version)
    assert record is not None
    changed = (record.min_level, record.to_level) != (min_level, to_level)
    record.source = source_after_edit(record.source, effect.source, changed)
    record.min_level, record.to_level = min_level, to_level
    return rows.written(uow, record, subject)


def remove_effect(uow: UnitOfWork, offer: str, competency: str, *, expected_version: int) -> Effect:
    subject = f"Het effect op {competency} van opleiding {offer}"
    record_offer = rows.offer(uow, offer)
    record = q.effect(uow.session, record_offer, rows.competency(uow, competency))
    rows.existing(record, subject, expected_version)
    assert record is not None
    removed = Effect(competency, record.min_level, record.to_level, record.source)
    rows.deleted(uow, record, subject)
    return removed


def remove_offer(uow: UnitOfWork, code: str, *, expected_version: int) -> TrainingOffer:
    """Delete an offer that nothing refers to (the undo of adding one). An offer that is in a
    plan or required by an authority can only be deactivated."""
    subject = f"Opleiding {code}"
    record = rows.current(uow, r.TrainingOfferRecord, code, subject, expected_version)
    counts = q.offer_uses(uow.session, record)
    uses = rows.uses_text(
        [
            (counts["plan_items"], "planactiviteit", "planactiviteiten"),
            (counts["authorities"], "bevoegdheid", "bevoegdheden"),
        ]
    )
    if uses:
        raise UserError(
            f"Opleiding {code} wordt gebruikt ({', '.join(uses)}) en kan niet worden "
            "verwijderd; zet haar op niet-actief."
        )
    removed = TrainingOffer(
        code=record.code,
        name=record.name,
        provider=record.provider,
        format=record.format,
        hours=record.hours,
        cost=Decimal(record.cost),
        effects=tuple(
            Effect(e.competency.code, e.min_level, e.to_level, e.source)
            for e in sorted(record.effects, key=lambda e: e.competency.code)
        ),
        active=record.active,
    )
    rows.deleted(uow, record, subject)
    return removed
