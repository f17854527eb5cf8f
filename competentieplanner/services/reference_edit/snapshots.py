"""Reading the reference data and the catalogue as the editing screens show them, with the row
versions an edit passes back."""

from __future__ import annotations

from dataclasses import dataclass, field

from competentieplanner.domain.errors import NotFoundError
from competentieplanner.domain.model import (
    Authority,
    Competency,
    Framework,
    Profile,
    TrainingOffer,
)
from competentieplanner.domain.provenance import lessons_from_settings
from competentieplanner.persistence import reference_queries as q
from competentieplanner.persistence import repositories as repo
from competentieplanner.persistence.unit_of_work import UnitOfWork


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
    lessons: dict[str, str] = field(default_factory=dict)  # "TP7" -> the lesson's text

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


def load_reference(uow: UnitOfWork) -> ReferenceSnapshot:
    session = uow.session
    return ReferenceSnapshot(
        frameworks=repo.load_frameworks(session),
        profiles=repo.load_profiles(session),
        authorities=repo.load_authorities(session),
        framework_versions=q.framework_versions(session),
        competency_versions=q.competency_versions(session),
        indicator_versions=q.indicator_versions(session),
        profile_versions=q.profile_versions(session),
        requirement_versions=q.requirement_versions(session),
        authority_versions=q.authority_versions(session),
        offer_names=q.offer_names(session),
        lessons=lessons_from_settings(repo.load_settings(session)),
    )


def load_catalogue(uow: UnitOfWork) -> CatalogueSnapshot:
    session = uow.session
    return CatalogueSnapshot(
        offers=repo.load_catalogue(session, include_inactive=True),
        offer_versions=q.offer_versions(session),
        effect_versions=q.effect_versions(session),
        competency_names=q.competency_names(session),
        scale_maximum=q.highest_scale_level(session),
    )
