"""Queries for editing the reference data: frameworks, competencies with their indicators,
profiles with their requirements, authorities, training offers with their effects.

The editing services (``services.reference_edit``) hold the rules; they find rows and their
versions here and hand new or removed rows back through :func:`add` and :func:`delete`.
"""

from __future__ import annotations

from typing import Any, TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from competentieplanner.persistence import records as r

Coded = TypeVar(
    "Coded",
    r.FrameworkRecord,
    r.CompetencyRecord,
    r.ProfileRecord,
    r.TrainingOfferRecord,
    r.AuthorityRecord,
)


# -- versions for a screen ------------------------------------------------------------------------


def _versions(
    session: Session, key: InstrumentedAttribute[str], version: InstrumentedAttribute[int]
) -> dict[str, int]:
    return {code: number for code, number in session.execute(select(key, version))}


def framework_versions(session: Session) -> dict[str, int]:
    return _versions(session, r.FrameworkRecord.code, r.FrameworkRecord.version)


def competency_versions(session: Session) -> dict[str, int]:
    return _versions(session, r.CompetencyRecord.code, r.CompetencyRecord.version)


def profile_versions(session: Session) -> dict[str, int]:
    return _versions(session, r.ProfileRecord.code, r.ProfileRecord.version)


def authority_versions(session: Session) -> dict[str, int]:
    return _versions(session, r.AuthorityRecord.code, r.AuthorityRecord.version)


def offer_versions(session: Session) -> dict[str, int]:
    return _versions(session, r.TrainingOfferRecord.code, r.TrainingOfferRecord.version)


def indicator_versions(session: Session) -> dict[tuple[str, int], int]:
    """(competency code, level) -> version."""
    rows = session.execute(
        select(r.CompetencyRecord.code, r.IndicatorRecord.level, r.IndicatorRecord.version).join(
            r.CompetencyRecord, r.IndicatorRecord.competency_id == r.CompetencyRecord.id
        )
    )
    return {(code, level): version for code, level, version in rows}


def requirement_versions(session: Session) -> dict[tuple[str, str], int]:
    """(profile code, competency code) -> version."""
    rows = session.execute(
        select(r.ProfileRecord.code, r.CompetencyRecord.code, r.RequirementRecord.version)
        .join(r.ProfileRecord, r.RequirementRecord.profile_id == r.ProfileRecord.id)
        .join(r.CompetencyRecord, r.RequirementRecord.competency_id == r.CompetencyRecord.id)
    )
    return {(profile, competency): version for profile, competency, version in rows}


def effect_versions(session: Session) -> dict[tuple[str, str], int]:
    """(offer code, competency code) -> version."""
    rows = session.execute(
        select(r.TrainingOfferRecord.code, r.CompetencyRecord.code, r.OfferEffectRecord.version)
        .join(r.TrainingOfferRecord, r.OfferEffectRecord.offer_id == r.TrainingOfferRecord.id)
        .join(r.CompetencyRecord, r.OfferEffectRecord.competency_id == r.CompetencyRecord.id)
    )
    return {(offer, competency): version for offer, competency, version in rows}


def offer_names(session: Session) -> dict[str, str]:
    """Every offer's code -> name, in code order."""
    rows = session.execute(
        select(r.TrainingOfferRecord.code, r.TrainingOfferRecord.name).order_by(
            r.TrainingOfferRecord.code
        )
    )
    return {code: name for code, name in rows}


def competency_names(session: Session) -> dict[str, str]:
    """Every competency's code -> name, by framework and then in framework order."""
    rows = session.execute(
        select(r.CompetencyRecord.code, r.CompetencyRecord.name)
        .join(r.FrameworkRecord, r.CompetencyRecord.framework_id == r.FrameworkRecord.id)
        .order_by(r.FrameworkRecord.code, r.CompetencyRecord.sort_order)
    )
    return {code: name for code, name in rows}


def highest_scale_level(session: Session) -> int:
    return int(session.scalar(select(func.max(r.ScaleLevelRecord.level))) or 1)


# -- rows inside an edit --------------------------------------------------------------------------


def by_code(session: Session, model: type[Coded], code: str) -> Coded | None:
    return session.scalar(select(model).where(model.code == code))


def code_taken(session: Session, model: type[Coded], code: str) -> bool:
    return session.scalar(select(model.id).where(model.code == code)) is not None


def indicator(
    session: Session, competency: r.CompetencyRecord, level: int
) -> r.IndicatorRecord | None:
    return session.scalar(
        select(r.IndicatorRecord).where(
            r.IndicatorRecord.competency_id == competency.id, r.IndicatorRecord.level == level
        )
    )


def requirement(
    session: Session, profile: r.ProfileRecord, competency: r.CompetencyRecord
) -> r.RequirementRecord | None:
    return session.scalar(
        select(r.RequirementRecord).where(
            r.RequirementRecord.profile_id == profile.id,
            r.RequirementRecord.competency_id == competency.id,
        )
    )


def effect(
    session: Session, offer: r.TrainingOfferRecord, competency: r.CompetencyRecord
) -> r.OfferEffectRecord | None:
    return session.scalar(
        select(r.OfferEffectRecord).where(
            r.OfferEffectRecord.offer_id == offer.id,
            r.OfferEffectRecord.competency_id == competency.id,
        )
    )


def next_sort_order(session: Session, framework: r.FrameworkRecord) -> int:
    """The place after the framework's last competency."""
    last = session.scalar(
        select(func.max(r.CompetencyRecord.sort_order)).where(
            r.CompetencyRecord.framework_id == framework.id
        )
    )
    return (last if last is not None else -1) + 1


def _count(session: Session, column: InstrumentedAttribute[Any], value: int) -> int:
    return session.scalar(select(func.count()).where(column == value)) or 0


def competency_uses(session: Session, competency: r.CompetencyRecord) -> dict[str, int]:
    """How often a competency is referred to: by requirements, scores, effects, authorities."""
    return {
        "requirements": _count(session, r.RequirementRecord.competency_id, competency.id),
        "scores": _count(session, r.AssessmentScoreRecord.competency_id, competency.id),
        "effects": _count(session, r.OfferEffectRecord.competency_id, competency.id),
        "authorities": _count(session, r.AuthorityRecord.competency_id, competency.id),
    }


def offer_uses(session: Session, offer: r.TrainingOfferRecord) -> dict[str, int]:
    """How often an offer is referred to: by plan items and by authorities."""
    return {
        "plan_items": _count(session, r.PlanItemRecord.offer_id, offer.id),
        "authorities": _count(session, r.AuthorityRecord.required_offer_id, offer.id),
    }


def add(session: Session, record: object) -> None:
    session.add(record)


def delete(session: Session, record: object) -> None:
    session.delete(record)


def framework_count(session: Session) -> int:
    """How many frameworks there are (none: the reference data is not installed yet)."""
    return session.scalar(select(func.count()).select_from(r.FrameworkRecord)) or 0
