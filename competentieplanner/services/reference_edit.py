"""Edit the reference data one row at a time: frameworks, competencies and their indicators,
profile requirements, authorities, training offers and their effects.

Every function opens its own transaction, validates the new values (``UserError`` with a Dutch
message when they are wrong) and checks ``expected_version`` against the stored row
(``ConflictError`` when someone else changed it meanwhile). Updates and additions return the
row's new version; removals return the removed value, so an undo can put it back.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from typing import TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from competentieplanner.domain.errors import NotFoundError, UserError
from competentieplanner.domain.model import (
    Authority,
    Competency,
    Effect,
    Framework,
    Profile,
    Requirement,
    TrainingOffer,
)
from competentieplanner.persistence import records as r
from competentieplanner.persistence import repositories as repo
from competentieplanner.persistence.base import Versioned
from competentieplanner.persistence.database import Database
from competentieplanner.services.editing import (
    added_meanwhile,
    check_version,
    code_text,
    edit_session,
    level_in_scale,
    money,
    non_negative_number,
    optional_text,
    positive_number,
    removed_meanwhile,
    required_text,
)

# -- reading, with the versions an edit needs ---------------------------------------------------


@dataclass(frozen=True, slots=True)
class ReferenceSnapshot:
    """Frameworks, profiles and authorities as one screen shows them, with row versions."""

    frameworks: list[Framework]
    profiles: list[Profile]
    authorities: list[Authority]
    framework_versions: dict[str, int]
    competency_versions: dict[str, int]
    indicator_versions: dict[tuple[str, int], int]  # (competency, level)
    profile_versions: dict[str, int]
    requirement_versions: dict[tuple[str, str], int]  # (profile, competency)
    authority_versions: dict[str, int]
    offer_names: dict[str, str]  # code -> name, for the "required offer" choice of an authority

    def framework(self, code: str) -> Framework:
        for framework in self.frameworks:
            if framework.code == code:
                return framework
        raise NotFoundError(f"Kader '{code}' bestaat niet.")

    def competency(self, code: str) -> Competency:
        for framework in self.frameworks:
            for competency in framework.competencies:
                if competency.code == code:
                    return competency
        raise NotFoundError(f"Competentie '{code}' bestaat niet.")

    def profile(self, code: str) -> Profile:
        for profile in self.profiles:
            if profile.code == code:
                return profile
        raise NotFoundError(f"Profiel '{code}' bestaat niet.")


@dataclass(frozen=True, slots=True)
class CatalogueSnapshot:
    """Every training offer (also the inactive ones) with row versions."""

    offers: list[TrainingOffer]
    offer_versions: dict[str, int]
    effect_versions: dict[tuple[str, str], int]  # (offer, competency)
    competency_names: dict[str, str]  # code -> name, for choosing an effect's competency
    scale_maximum: int


def load_reference(db: Database) -> ReferenceSnapshot:
    with db.read_session() as session:
        frameworks = repo.load_frameworks(session)
        profiles = repo.load_profiles(session)
        authorities = repo.load_authorities(session)
        competency_codes = dict(
            session.execute(select(r.CompetencyRecord.id, r.CompetencyRecord.code)).all()
        )
        profile_codes = dict(
            session.execute(select(r.ProfileRecord.id, r.ProfileRecord.code)).all()
        )
        return ReferenceSnapshot(
            frameworks=frameworks,
            profiles=profiles,
            authorities=authorities,
            framework_versions=_versions(
                session, r.FrameworkRecord.code, r.FrameworkRecord.version
            ),
            competency_versions=_versions(
                session, r.CompetencyRecord.code, r.CompetencyRecord.version
            ),
            indicator_versions={
                (competency_codes[cid], level): version
                for cid, level, version in session.execute(
                    select(
                        r.IndicatorRecord.competency_id,
                        r.IndicatorRecord.level,
                        r.IndicatorRecord.version,
                    )
                )
            },
            profile_versions=_versions(session, r.ProfileRecord.code, r.ProfileRecord.version),
            requirement_versions={
                (profile_codes[pid], competency_codes[cid]): version
                for pid, cid, version in session.execute(
                    select(
                        r.RequirementRecord.profile_id,
                        r.RequirementRecord.competency_id,
                        r.RequirementRecord.version,
                    )
                )
            },
            authority_versions=_versions(
                session, r.AuthorityRecord.code, r.AuthorityRecord.version
            ),
            offer_names=dict(
                session.execute(
                    select(r.TrainingOfferRecord.code, r.TrainingOfferRecord.name).order_by(
                        r.TrainingOfferRecord.code
                    )
                ).all()
            ),
        )


def load_catalogue(db: Database) -> CatalogueSnapshot:
    with db.read_session() as session:
        offers = repo.load_catalogue(session, include_inactive=True)
        offer_codes = dict(
            session.execute(select(r.TrainingOfferRecord.id, r.TrainingOfferRecord.code)).all()
        )
        competencies = session.execute(
            select(r.CompetencyRecord.id, r.CompetencyRecord.code, r.CompetencyRecord.name)
            .join(r.FrameworkRecord, r.CompetencyRecord.framework_id == r.FrameworkRecord.id)
            .order_by(r.FrameworkRecord.code, r.CompetencyRecord.sort_order)
        ).all()
        competency_codes = {cid: code for cid, code, _name in competencies}
        maximum = session.scalar(select(func.max(r.ScaleLevelRecord.level))) or 1
        return CatalogueSnapshot(
            offers=offers,
            offer_versions=_versions(
                session, r.TrainingOfferRecord.code, r.TrainingOfferRecord.version
            ),
            effect_versions={
                (offer_codes[oid], competency_codes[cid]): version
                for oid, cid, version in session.execute(
                    select(
                        r.OfferEffectRecord.offer_id,
                        r.OfferEffectRecord.competency_id,
                        r.OfferEffectRecord.version,
                    )
                )
            },
            competency_names={code: name for _cid, code, name in competencies},
            scale_maximum=int(maximum),
        )


def _versions(
    session: Session, key: InstrumentedAttribute[str], version: InstrumentedAttribute[int]
) -> dict[str, int]:
    return dict(session.execute(select(key, version)).all())


# -- lookups inside an edit ---------------------------------------------------------------------


_Coded = TypeVar(
    "_Coded",
    r.FrameworkRecord,
    r.CompetencyRecord,
    r.ProfileRecord,
    r.TrainingOfferRecord,
    r.AuthorityRecord,
)


def _by_code(session: Session, model: type[_Coded], code: str) -> _Coded | None:
    return session.scalar(select(model).where(model.code == code))


def _found(session: Session, model: type[_Coded], code: str, what: str) -> _Coded:
    """The row with ``code``; NotFoundError naming it as ``what`` when there is none."""
    record = _by_code(session, model, code)
    if record is None:
        raise NotFoundError(f"{what} '{code}' bestaat niet.")
    return record


def _framework(session: Session, code: str) -> r.FrameworkRecord:
    return _found(session, r.FrameworkRecord, code, "Kader")


def _competency(session: Session, code: str) -> r.CompetencyRecord:
    return _found(session, r.CompetencyRecord, code, "Competentie")


def _profile(session: Session, code: str) -> r.ProfileRecord:
    return _found(session, r.ProfileRecord, code, "Profiel")


def _offer(session: Session, code: str) -> r.TrainingOfferRecord:
    return _found(session, r.TrainingOfferRecord, code, "Opleiding")


def _scale_maximum(framework: r.FrameworkRecord) -> int:
    return max((level.level for level in framework.scale.levels), default=1)


def _existing(record: Versioned | None, subject: str, expected_version: int) -> None:
    """The row must still exist and have the version the screen showed."""
    if record is None:
        raise removed_meanwhile(subject)
    check_version(subject, record.version, expected_version)


def _current(
    session: Session, model: type[_Coded], code: str, subject: str, expected_version: int
) -> _Coded:
    """The row with ``code`` as the screen showed it (see ``_existing``)."""
    record = _by_code(session, model, code)
    _existing(record, subject, expected_version)
    assert record is not None
    return record


def _assign(record: object, fields: dict[str, object]) -> None:
    """Copy validated field values onto a row."""
    for key, value in fields.items():
        setattr(record, key, value)


def _flush_version(session: Session, record: Versioned) -> int:
    session.flush()
    return record.version


# -- frameworks and competencies ----------------------------------------------------------------


def update_framework(
    db: Database, code: str, *, name: str, description: str, expected_version: int
) -> int:
    """Rename a framework or change its description."""
    subject = f"Kader {code}"
    name = required_text("De naam van het kader", name, 200)
    description = optional_text("De omschrijving", description)
    with edit_session(db, subject) as session:
        record = _framework(session, code)
        _existing(record, subject, expected_version)
        record.name, record.description = name, description
        return _flush_version(session, record)


def _clean_tags(tags: Iterable[str]) -> list[str]:
    cleaned: list[str] = []
    for tag in tags:
        text = tag.strip()
        if len(text) > 50:
            raise UserError(f"Het label '{text[:20]}…' is te lang (maximaal 50 tekens).")
        if text and text.casefold() not in {t.casefold() for t in cleaned}:
            cleaned.append(text)
    return cleaned


def _competency_fields(competency: Competency) -> dict[str, object]:
    return {
        "name": required_text("De naam van de competentie", competency.name, 200),
        "cluster": optional_text("Het cluster", competency.cluster, 100),
        "description": optional_text("De omschrijving", competency.description),
        "source": optional_text("De bron", competency.source),
        "tags": _clean_tags(competency.tags),
    }


def update_competency(db: Database, competency: Competency, *, expected_version: int) -> int:
    """Change name, cluster, description, source and tags (the code and framework stay)."""
    subject = f"Competentie {competency.code}"
    fields = _competency_fields(competency)
    with edit_session(db, subject) as session:
        record = _current(session, r.CompetencyRecord, competency.code, subject, expected_version)
        _assign(record, fields)
        return _flush_version(session, record)


def set_indicator(
    db: Database, competency: str, level: int, text: str, *, expected_version: int | None
) -> int | None:
    """Set what ``level`` of a competency looks like in practice.

    ``expected_version`` is None when the screen showed no indicator for that level. Empty text
    removes the indicator. Returns the indicator's new version, or None when it was removed.
    """
    subject = f"De gedragsindicator van {competency} niveau {level}"
    text = text.strip()
    with edit_session(db, subject) as session:
        comp = _competency(session, competency)
        level_in_scale("Het niveau", level, 1, _scale_maximum(comp.framework))
        record = session.scalar(
            select(r.IndicatorRecord).where(
                r.IndicatorRecord.competency_id == comp.id, r.IndicatorRecord.level == level
            )
        )
        if expected_version is None:
            if record is not None:
                raise added_meanwhile(subject)
            if not text:
                return None
            record = r.IndicatorRecord(competency=comp, level=level, text=text)
            session.add(record)
            return _flush_version(session, record)
        _existing(record, subject, expected_version)
        assert record is not None
        if not text:
            session.delete(record)
            return None
        record.text = text
        return _flush_version(session, record)


@dataclass(frozen=True, slots=True)
class RemovedCompetency:
    competency: Competency
    sort_order: int


def add_competency(db: Database, competency: Competency, *, sort_order: int | None = None) -> int:
    """Add a competency (with its indicators) to ``competency.framework``; at the end unless
    ``sort_order`` says where (an undo of a removal puts it back in its old place)."""
    code = code_text("De code van de competentie", competency.code, 20)
    subject = f"Competentie {code}"
    fields = _competency_fields(competency)
    with edit_session(db, subject) as session:
        framework = _framework(session, competency.framework)
        maximum = _scale_maximum(framework)
        for level in competency.indicators:
            level_in_scale("Het niveau van een gedragsindicator", level, 1, maximum)
        if session.scalar(select(r.CompetencyRecord.id).where(r.CompetencyRecord.code == code)):
            raise UserError(f"Er bestaat al een competentie met code {code}; kies een andere code.")
        if sort_order is None:
            last = session.scalar(
                select(func.max(r.CompetencyRecord.sort_order)).where(
                    r.CompetencyRecord.framework_id == framework.id
                )
            )
            sort_order = (last if last is not None else -1) + 1
        record = r.CompetencyRecord(framework=framework, code=code, sort_order=sort_order, **fields)
        record.indicators = [
            r.IndicatorRecord(level=level, text=text.strip())
            for level, text in sorted(competency.indicators.items())
            if text.strip()
        ]
        session.add(record)
        return _flush_version(session, record)


def remove_competency(db: Database, code: str, *, expected_version: int) -> RemovedCompetency:
    """Remove an unused competency. One that is assessed, required by a profile, developed by an
    offer or needed for an authority stays: the message says where it is used."""
    subject = f"Competentie {code}"
    with edit_session(db, subject) as session:
        record = _current(session, r.CompetencyRecord, code, subject, expected_version)
        uses = _competency_uses(session, record.id)
        if uses:
            raise UserError(
                f"Competentie {code} wordt nog gebruikt ({', '.join(uses)}) en kan niet worden "
                "verwijderd. Haal haar eerst daar weg."
            )
        removed = RemovedCompetency(
            Competency(
                code=record.code,
                name=record.name,
                framework=record.framework.code,
                cluster=record.cluster,
                description=record.description,
                source=record.source,
                tags=tuple(record.tags or ()),
                indicators={ind.level: ind.text for ind in record.indicators},
            ),
            record.sort_order,
        )
        session.delete(record)
        session.flush()
        return removed


def _competency_uses(session: Session, competency_id: int) -> list[str]:
    def count(column: InstrumentedAttribute[int] | InstrumentedAttribute[int | None]) -> int:
        return session.scalar(select(func.count()).where(column == competency_id)) or 0

    uses = [
        (count(r.RequirementRecord.competency_id), "profieleis", "profieleisen"),
        (count(r.AssessmentScoreRecord.competency_id), "beoordeling", "beoordelingen"),
        (count(r.OfferEffectRecord.competency_id), "opleiding", "opleidingen"),
        (count(r.AuthorityRecord.competency_id), "bevoegdheid", "bevoegdheden"),
    ]
    return [f"{n} {one if n == 1 else many}" for n, one, many in uses if n]


# -- profiles and requirements ------------------------------------------------------------------


def update_profile(
    db: Database, code: str, *, name: str, description: str, expected_version: int
) -> int:
    subject = f"Profiel {code}"
    name = required_text("De naam van het profiel", name, 200)
    description = optional_text("De omschrijving", description)
    with edit_session(db, subject) as session:
        record = _profile(session, code)
        _existing(record, subject, expected_version)
        record.name, record.description = name, description
        return _flush_version(session, record)


def _requirement_values(requirement: Requirement, maximum: int) -> tuple[int, float, bool]:
    target = level_in_scale("Het doelniveau", requirement.target, 1, maximum)
    weight = positive_number("Het gewicht", requirement.weight)
    if weight > 100:
        raise UserError(f"Het gewicht is te groot (niet {weight:g}; maximaal 100).")
    return target, weight, bool(requirement.critical)


def _requirement(
    session: Session, profile: r.ProfileRecord, competency: r.CompetencyRecord
) -> r.RequirementRecord | None:
    return session.scalar(
        select(r.RequirementRecord).where(
            r.RequirementRecord.profile_id == profile.id,
            r.RequirementRecord.competency_id == competency.id,
        )
    )


def update_requirement(
    db: Database, profile: str, requirement: Requirement, *, expected_version: int
) -> int:
    """Change the target level (1..scale maximum), weight (> 0) or critical flag."""
    subject = f"De eis {requirement.competency} van profiel {profile}"
    with edit_session(db, subject) as session:
        prof = _profile(session, profile)
        comp = _competency(session, requirement.competency)
        target, weight, critical = _requirement_values(requirement, _scale_maximum(comp.framework))
        record = _requirement(session, prof, comp)
        _existing(record, subject, expected_version)
        assert record is not None
        record.target, record.weight, record.critical = target, weight, critical
        return _flush_version(session, record)


def add_requirement(db: Database, profile: str, requirement: Requirement) -> int:
    subject = f"De eis {requirement.competency} van profiel {profile}"
    with edit_session(db, subject) as session:
        prof = _profile(session, profile)
        comp = _competency(session, requirement.competency)
        target, weight, critical = _requirement_values(requirement, _scale_maximum(comp.framework))
        if _requirement(session, prof, comp) is not None:
            raise UserError(
                f"Profiel {profile} vraagt {requirement.competency} al; pas die eis aan."
            )
        record = r.RequirementRecord(
            profile=prof, competency=comp, target=target, weight=weight, critical=critical
        )
        session.add(record)
        return _flush_version(session, record)


def remove_requirement(
    db: Database, profile: str, competency: str, *, expected_version: int
) -> Requirement:
    subject = f"De eis {competency} van profiel {profile}"
    with edit_session(db, subject) as session:
        prof = _profile(session, profile)
        comp = _competency(session, competency)
        record = _requirement(session, prof, comp)
        _existing(record, subject, expected_version)
        assert record is not None
        if len(prof.requirements) <= 1:
            raise UserError(f"Profiel {profile} moet minstens één eis houden.")
        removed = Requirement(competency, record.target, record.weight, record.critical)
        session.delete(record)
        session.flush()
        return removed


# -- authorities --------------------------------------------------------------------------------


def _authority_fields(session: Session, authority: Authority) -> dict[str, object]:
    framework = _framework(session, authority.framework)
    competency = _competency(session, authority.competency) if authority.competency else None
    min_level = authority.min_level
    if min_level is not None:
        if competency is None:
            raise UserError(
                "Een minimumniveau hoort bij een competentie: kies eerst de competentie."
            )
        level_in_scale("Het minimumniveau", min_level, 1, _scale_maximum(competency.framework))
    offer = _offer(session, authority.required_offer) if authority.required_offer else None
    return {
        "name": required_text("De naam van de bevoegdheid", authority.name, 300),
        "description": optional_text("De omschrijving", authority.description),
        "framework": framework,
        "competency": competency,
        "min_level": min_level,
        "required_offer": offer,
    }


def add_authority(db: Database, authority: Authority) -> int:
    code = code_text("De code van de bevoegdheid", authority.code, 50)
    subject = f"Bevoegdheid {code}"
    with edit_session(db, subject) as session:
        fields = _authority_fields(session, authority)
        if session.scalar(select(r.AuthorityRecord.id).where(r.AuthorityRecord.code == code)):
            raise UserError(f"Er bestaat al een bevoegdheid met code {code}; kies een andere code.")
        record = r.AuthorityRecord(code=code, **fields)
        session.add(record)
        return _flush_version(session, record)


def update_authority(db: Database, authority: Authority, *, expected_version: int) -> int:
    """Change everything but the code: name, description, framework, competency with minimum
    level, and the training that must be completed."""
    subject = f"Bevoegdheid {authority.code}"
    with edit_session(db, subject) as session:
        record = _current(session, r.AuthorityRecord, authority.code, subject, expected_version)
        fields = _authority_fields(session, authority)
        _assign(record, fields)
        return _flush_version(session, record)


def remove_authority(db: Database, code: str, *, expected_version: int) -> Authority:
    subject = f"Bevoegdheid {code}"
    with edit_session(db, subject) as session:
        record = _current(session, r.AuthorityRecord, code, subject, expected_version)
        removed = Authority(
            code=record.code,
            name=record.name,
            framework=record.framework.code,
            description=record.description,
            competency=record.competency.code if record.competency else None,
            min_level=record.min_level,
            required_offer=record.required_offer.code if record.required_offer else None,
        )
        session.delete(record)
        session.flush()
        return removed


# -- training offers and effects ----------------------------------------------------------------


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


def _effect_values(session: Session, effect: Effect) -> tuple[r.CompetencyRecord, int, int]:
    competency = _competency(session, effect.competency)
    maximum = _scale_maximum(competency.framework)
    min_level = level_in_scale("Het startniveau", effect.min_level, 0, maximum - 1)
    to_level = level_in_scale("Het niveau na de opleiding", effect.to_level, 1, maximum)
    if to_level <= min_level:
        raise UserError(
            f"Het niveau na de opleiding ({to_level}) moet hoger zijn dan het startniveau "
            f"({min_level})."
        )
    return competency, min_level, to_level


def add_offer(db: Database, offer: TrainingOffer) -> int:
    """Add an offer to the catalogue, with its effects."""
    code = code_text("De code van de opleiding", offer.code, 50)
    subject = f"Opleiding {code}"
    fields = _offer_fields(offer)
    with edit_session(db, subject) as session:
        if session.scalar(
            select(r.TrainingOfferRecord.id).where(r.TrainingOfferRecord.code == code)
        ):
            raise UserError(f"Er bestaat al een opleiding met code {code}; kies een andere code.")
        record = r.TrainingOfferRecord(code=code, **fields)
        seen: set[str] = set()
        for effect in offer.effects:
            if effect.competency in seen:
                raise UserError(f"Competentie {effect.competency} staat twee keer bij de effecten.")
            seen.add(effect.competency)
            competency, min_level, to_level = _effect_values(session, effect)
            record.effects.append(
                r.OfferEffectRecord(competency=competency, min_level=min_level, to_level=to_level)
            )
        session.add(record)
        return _flush_version(session, record)


def update_offer(db: Database, offer: TrainingOffer, *, expected_version: int) -> int:
    """Change name, provider, format, hours, cost and active of an offer (effects separately)."""
    subject = f"Opleiding {offer.code}"
    fields = _offer_fields(offer)
    with edit_session(db, subject) as session:
        record = _current(session, r.TrainingOfferRecord, offer.code, subject, expected_version)
        _assign(record, fields)
        return _flush_version(session, record)


def set_offer_active(db: Database, code: str, active: bool, *, expected_version: int) -> int:
    """Deactivate (or reactivate) an offer. Deactivated offers stay in existing plans but are no
    longer proposed; offers are never deleted because plans refer to them."""
    subject = f"Opleiding {code}"
    with edit_session(db, subject) as session:
        record = _current(session, r.TrainingOfferRecord, code, subject, expected_version)
        record.active = bool(active)
        return _flush_version(session, record)


def _effect(
    session: Session, offer: r.TrainingOfferRecord, competency: r.CompetencyRecord
) -> r.OfferEffectRecord | None:
    return session.scalar(
        select(r.OfferEffectRecord).where(
            r.OfferEffectRecord.offer_id == offer.id,
            r.OfferEffectRecord.competency_id == competency.id,
        )
    )


def add_effect(db: Database, offer: str, effect: Effect) -> int:
    subject = f"Het effect op {effect.competency} van opleiding {offer}"
    with edit_session(db, subject) as session:
        record_offer = _offer(session, offer)
        competency, min_level, to_level = _effect_values(session, effect)
        if _effect(session, record_offer, competency) is not None:
            raise UserError(
                f"Opleiding {offer} heeft al een effect op {effect.competency}; pas dat aan."
            )
        record = r.OfferEffectRecord(
            offer=record_offer, competency=competency, min_level=min_level, to_level=to_level
        )
        session.add(record)
        return _flush_version(session, record)


def update_effect(db: Database, offer: str, effect: Effect, *, expected_version: int) -> int:
    """Change the start level (0 = no prerequisite) and the level reached after the offer."""
    subject = f"Het effect op {effect.competency} van opleiding {offer}"
    with edit_session(db, subject) as session:
        record_offer = _offer(session, offer)
        competency, min_level, to_level = _effect_values(session, effect)
        record = _effect(session, record_offer, competency)
        _existing(record, subject, expected_version)
        assert record is not None
        record.min_level, record.to_level = min_level, to_level
        return _flush_version(session, record)


def remove_effect(db: Database, offer: str, competency: str, *, expected_version: int) -> Effect:
    subject = f"Het effect op {competency} van opleiding {offer}"
    with edit_session(db, subject) as session:
        record_offer = _offer(session, offer)
        record = _effect(session, record_offer, _competency(session, competency))
        _existing(record, subject, expected_version)
        assert record is not None
        removed = Effect(competency, record.min_level, record.to_level)
        session.delete(record)
        session.flush()
        return removed


def remove_offer(db: Database, code: str, *, expected_version: int) -> TrainingOffer:
    """Delete an offer that nothing refers to (the undo of adding one). An offer that is in a
    plan or required by an authority can only be deactivated."""
    subject = f"Opleiding {code}"
    with edit_session(db, subject) as session:
        record = _current(session, r.TrainingOfferRecord, code, subject, expected_version)
        in_plans = (
            session.scalar(select(func.count()).where(r.PlanItemRecord.offer_id == record.id)) or 0
        )
        in_authorities = (
            session.scalar(
                select(func.count()).where(r.AuthorityRecord.required_offer_id == record.id)
            )
            or 0
        )
        uses = [
            f"{n} {one if n == 1 else many}"
            for n, one, many in (
                (in_plans, "planactiviteit", "planactiviteiten"),
                (in_authorities, "bevoegdheid", "bevoegdheden"),
            )
            if n
        ]
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
                Effect(e.competency.code, e.min_level, e.to_level)
                for e in sorted(record.effects, key=lambda e: e.competency.code)
            ),
            active=record.active,
        )
        session.delete(record)
        session.flush()
        return removed
