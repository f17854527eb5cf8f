"""Reference data: read the TOML files in resources/reference and put them into a new database.

The files are the source of the built-in frameworks, profiles, authorities, catalogue, interview
questions and settings. They are loaded once into every new database and edited there afterwards.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from competentieplanner import paths
from competentieplanner.domain.errors import UserError
from competentieplanner.domain.model import (
    Authority,
    Competency,
    Effect,
    Framework,
    InterviewKind,
    InterviewQuestion,
    LevelScale,
    Profile,
    Requirement,
    ScaleLevel,
    TrainingOffer,
)
from competentieplanner.domain.registrations import RegistrationKind
from competentieplanner.persistence import records as r
from competentieplanner.persistence.reference_queries import framework_count

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


@dataclass(frozen=True)
class OfferExtras:
    funding_hint: str = "werkgever"
    source: str = ""


@dataclass
class ReferenceSet:
    scale: LevelScale
    frameworks: list[Framework]
    framework_sources: dict[str, str]
    profiles: list[Profile]
    profile_rationales: dict[str, str]
    authorities: list[Authority]
    offers: list[TrainingOffer]
    offer_extras: dict[str, OfferExtras]
    questions: list[InterviewQuestion]
    settings: dict[str, Any] = field(default_factory=dict)
    registration_kinds: list[RegistrationKind] = field(default_factory=list)

    @property
    def competency_codes(self) -> set[str]:
        return {c.code for f in self.frameworks for c in f.competencies}


def _read(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except FileNotFoundError as exc:
        raise UserError(f"Referentiebestand ontbreekt: {path}") from exc
    except tomllib.TOMLDecodeError as exc:
        raise UserError(f"Referentiebestand {path} is onleesbaar: {exc}") from exc


def _scale(data: dict[str, Any]) -> LevelScale:
    levels = tuple(
        ScaleLevel(int(item["level"]), item["label"], item.get("description", ""))
        for item in data["level"]
    )
    return LevelScale(data["code"], data["name"], levels)


def _framework(data: dict[str, Any], scale: LevelScale) -> Framework:
    code = data["code"]
    indicator_source = data.get("indicator_source", "")
    competencies = tuple(
        Competency(
            code=item["code"],
            name=item["name"],
            framework=code,
            cluster=item.get("cluster", ""),
            description=item.get("description", ""),
            source=item.get("source", "voorstel"),
            tags=tuple(item.get("tags", ())),
            indicators={int(k): v for k, v in item.get("indicators", {}).items()},
            indicator_source=item.get("indicator_source", indicator_source),
        )
        for item in data["competency"]
    )
    return Framework(code, data["name"], data.get("description", ""), scale, competencies)


def load_reference_files(directory: Path | None = None) -> ReferenceSet:
    """Read and cross-check every reference file; raise UserError naming the file on a problem."""
    directory = directory or paths.reference_dir()
    scale = _scale(_read(directory / "scale.toml"))
    frameworks: list[Framework] = []
    framework_sources: dict[str, str] = {}
    for file in sorted((directory / "frameworks").glob("*.toml")):
        data = _read(file)
        frameworks.append(_framework(data, scale))
        framework_sources[data["code"]] = data.get("source", "")

    profile_data = _read(directory / "profiles.toml")
    profiles = [
        Profile(
            code=item["code"],
            name=item["name"],
            framework=item["framework"],
            description=item.get("description", ""),
            requirements=tuple(
                Requirement(
                    req["competency"],
                    int(req["target"]),
                    float(req.get("weight", 1.0)),
                    bool(req.get("critical", False)),
                    req.get("source", ""),
                )
                for req in item["requirement"]
            ),
        )
        for item in profile_data["profile"]
    ]
    rationales = {item["code"]: item.get("rationale", "") for item in profile_data["profile"]}

    authorities = [
        Authority(
            code=item["code"],
            name=item["name"],
            framework=item["framework"],
            description=item.get("description", ""),
            competency=item.get("competency"),
            min_level=item.get("min_level"),
            required_offer=item.get("required_offer"),
            required_registration=item.get("required_registration"),
            source=item.get("source", ""),
        )
        for item in _read(directory / "authorities.toml")["authority"]
    ]

    offers: list[TrainingOffer] = []
    extras: dict[str, OfferExtras] = {}
    for item in _read(directory / "catalogue.toml")["offer"]:
        offers.append(
            TrainingOffer(
                code=item["code"],
                name=item["name"],
                provider=item.get("provider", ""),
                format=item.get("format", ""),
                hours=float(item.get("hours", 0)),
                cost=Decimal(str(item.get("cost", 0))),
                effects=tuple(
                    Effect(
                        e["competency"],
                        int(e.get("min_level", 0)),
                        int(e["to_level"]),
                        e.get("source", ""),
                    )
                    for e in item.get("effect", ())
                ),
            )
        )
        extras[item["code"]] = OfferExtras(
            item.get("funding_hint", "werkgever"), item.get("source", "")
        )

    questions = [
        InterviewQuestion(
            item["code"],
            item["theme"],
            item["text"],
            item.get("audience", "alle"),
            tuple(InterviewKind(kind).value for kind in item.get("kinds", ())),
        )
        for item in _read(directory / "interview_questions.toml")["question"]
    ]
    settings = _read(directory / "settings.toml")
    kinds = [
        RegistrationKind(
            code=item["code"],
            name=item["name"],
            validity_months=item.get("validity_months"),
            role=item.get("role", ""),
            source=item.get("source", ""),
        )
        for item in _read(directory / "registrations.toml")["kind"]
    ]
    refset = ReferenceSet(
        scale,
        frameworks,
        framework_sources,
        profiles,
        rationales,
        authorities,
        offers,
        extras,
        questions,
        settings,
        kinds,
    )
    _cross_check(refset, directory)
    return refset


def _cross_check(refset: ReferenceSet, directory: Path) -> None:
    codes = refset.competency_codes
    offer_codes = {o.code for o in refset.offers}
    framework_codes = {f.code for f in refset.frameworks}
    kind_codes = {k.code for k in refset.registration_kinds}
    problems: list[str] = []
    for profile in refset.profiles:
        if profile.framework not in framework_codes:
            problems.append(f"profiel {profile.code}: onbekend kader {profile.framework}")
        problems += [
            f"profiel {profile.code}: onbekende competentie {req.competency}"
            for req in profile.requirements
            if req.competency not in codes
        ]
    for offer in refset.offers:
        problems += [
            f"opleiding {offer.code}: onbekende competentie {e.competency}"
            for e in offer.effects
            if e.competency not in codes
        ]
    for auth in refset.authorities:
        if auth.competency and auth.competency not in codes:
            problems.append(f"bevoegdheid {auth.code}: onbekende competentie {auth.competency}")
        if auth.required_offer and auth.required_offer not in offer_codes:
            problems.append(f"bevoegdheid {auth.code}: onbekende opleiding {auth.required_offer}")
        if auth.required_registration and auth.required_registration not in kind_codes:
            problems.append(
                f"bevoegdheid {auth.code}: onbekende registratie {auth.required_registration}"
            )
    if problems:
        raise UserError(
            f"Referentiegegevens in {directory} kloppen niet:\n- " + "\n- ".join(problems)
        )


def flatten_settings(settings: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    """``{"scoring": {"ready_min_fit_pct": 90}}`` -> ``{"scoring.ready_min_fit_pct": 90}``."""
    flat: dict[str, Any] = {}
    for key, value in settings.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            flat.update(flatten_settings(value, name + "."))
        else:
            flat[name] = value
    return flat


def is_installed(session: Session) -> bool:
    return framework_count(session) > 0


def install_reference_data(session: Session, refset: ReferenceSet | None = None) -> None:
    """Insert the reference set into an empty database (inside the caller's transaction)."""
    refset = refset or load_reference_files()
    scale = r.LevelScaleRecord(code=refset.scale.code, name=refset.scale.name)
    scale.levels = [
        r.ScaleLevelRecord(level=lv.level, label=lv.label, description=lv.description)
        for lv in refset.scale.levels
    ]
    session.add(scale)
    competencies: dict[str, r.CompetencyRecord] = {}
    frameworks: dict[str, r.FrameworkRecord] = {}
    for framework in refset.frameworks:
        record = r.FrameworkRecord(
            code=framework.code,
            name=framework.name,
            description=framework.description,
            source=refset.framework_sources.get(framework.code, ""),
            scale=scale,
        )
        session.add(record)
        frameworks[framework.code] = record
        for order, comp in enumerate(framework.competencies):
            comp_record = r.CompetencyRecord(
                framework=record,
                code=comp.code,
                name=comp.name,
                cluster=comp.cluster,
                description=comp.description,
                source=comp.source,
                tags=list(comp.tags),
                indicator_source=comp.indicator_source,
                sort_order=order,
            )
            comp_record.indicators = [
                r.IndicatorRecord(level=level, text=text)
                for level, text in sorted(comp.indicators.items())
            ]
            session.add(comp_record)
            competencies[comp.code] = comp_record
    for profile in refset.profiles:
        prof = r.ProfileRecord(
            code=profile.code,
            name=profile.name,
            framework=frameworks[profile.framework],
            description=profile.description,
            rationale=refset.profile_rationales.get(profile.code, ""),
        )
        prof.requirements = [
            r.RequirementRecord(
                competency=competencies[req.competency],
                target=req.target,
                weight=req.weight,
                critical=req.critical,
                source=req.source,
            )
            for req in profile.requirements
        ]
        session.add(prof)
    offers: dict[str, r.TrainingOfferRecord] = {}
    for offer in refset.offers:
        extra = refset.offer_extras.get(offer.code, OfferExtras())
        rec = r.TrainingOfferRecord(
            code=offer.code,
            name=offer.name,
            provider=offer.provider,
            format=offer.format,
            hours=offer.hours,
            cost=offer.cost,
            funding_hint=extra.funding_hint,
            source=extra.source,
            active=True,
        )
        rec.effects = [
            r.OfferEffectRecord(
                competency=competencies[e.competency],
                min_level=e.min_level,
                to_level=e.to_level,
                source=e.source,
            )
            for e in offer.effects
        ]
        session.add(rec)
        offers[offer.code] = rec
    kinds: dict[str, r.RegistrationKindRecord] = {}
    for kind in refset.registration_kinds:
        kinds[kind.code] = r.RegistrationKindRecord(
            code=kind.code,
            name=kind.name,
            validity_months=kind.validity_months,
            role=kind.role,
            source=kind.source,
        )
        session.add(kinds[kind.code])
    for auth in refset.authorities:
        session.add(
            r.AuthorityRecord(
                code=auth.code,
                name=auth.name,
                description=auth.description,
                framework=frameworks[auth.framework],
                competency=competencies.get(auth.competency) if auth.competency else None,
                min_level=auth.min_level,
                required_offer=offers.get(auth.required_offer) if auth.required_offer else None,
                required_registration=(
                    kinds.get(auth.required_registration) if auth.required_registration else None
                ),
                source=auth.source,
            )
        )
    for order, question in enumerate(refset.questions):
        session.add(
            r.InterviewQuestionRecord(
                code=question.code,
                theme=question.theme,
                text=question.text,
                audience=question.audience,
                kinds=",".join(question.kinds),
                sort_order=order,
            )
        )
    for key, value in flatten_settings(refset.settings).items():
        session.add(r.SettingRecord(key=key, value=value))
    session.flush()
