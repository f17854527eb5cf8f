"""Edit future profiles and their requirements (target level, weight, critical)."""

from __future__ import annotations

from competentieplanner.domain.errors import UserError
from competentieplanner.domain.model import Requirement
from competentieplanner.domain.provenance import OWN_ENTRY, source_after_edit
from competentieplanner.persistence import records as r
from competentieplanner.persistence import reference_queries as q
from competentieplanner.persistence.unit_of_work import UnitOfWork
from competentieplanner.services.editing import (
    level_in_scale,
    optional_text,
    positive_number,
    required_text,
)
from competentieplanner.services.reference_edit import rows


def update_profile(
    uow: UnitOfWork, code: str, *, name: str, description: str, expected_version: int
) -> int:
    subject = f"Profiel {code}"
    name = required_text("De naam van het profiel", name, 200)
    description = optional_text("De omschrijving", description)
    record = rows.profile(uow, code)
    rows.existing(record, subject, expected_version)
    record.name, record.description = name, description
    return rows.written(uow, record, subject)


def _requirement_values(requirement: Requirement, maximum: int) -> tuple[int, float, bool]:
    target = level_in_scale("Het doelniveau", requirement.target, 1, maximum)
    weight = positive_number("Het gewicht", requirement.weight)
    if weight > 100:
        raise UserError(f"Het gewicht is te groot (niet {weight:g}; maximaal 100).")
    return target, weight, bool(requirement.critical)


def update_requirement(
    uow: UnitOfWork, profile: str, requirement: Requirement, *, expected_version: int
) -> int:
    """Change the target level (1..scale maximum), weight (> 0) or critical flag."""
    subject = f"De eis {requirement.competency} van profiel {profile}"
    prof = rows.profile(uow, profile)
    comp = rows.competency(uow, requirement.competency)
    target, weight, critical = _requirement_values(requirement, rows.scale_maximum(comp.framework))
    record = q.requirement(uow.session, prof, comp)
    rows.existing(record, subject, expected_version)
    assert record is not None
    changed = (record.target, record.weight, record.critical) != (target, weight, critical)
    record.source = source_after_edit(record.source, requirement.source, changed)
    record.target, record.weight, record.critical = target, weight, critical
    return rows.written(uow, record, subject)


def add_requirement(uow: UnitOfWork, profile: str, requirement: Requirement) -> int:
    subject = f"De eis {requirement.competency} van profiel {profile}"
    prof = rows.profile(uow, profile)
    comp = rows.competency(uow, requirement.competency)
    target, weight, critical = _requirement_values(requirement, rows.scale_maximum(comp.framework))
    if q.requirement(uow.session, prof, comp) is not None:
        raise UserError(f"Profiel {profile} vraagt {requirement.competency} al; pas die eis aan.")
    record = r.RequirementRecord(
        profile=prof,
        competency=comp,
        target=target,
        weight=weight,
        critical=critical,
        source=requirement.source or OWN_ENTRY,
    )
    return rows.added(uow, record, subject)


def remove_requirement(
    uow: UnitOfWork, profile: str, competency: str, *, expected_version: int
) -> Requirement:
    subject = f"De eis {competency} van profiel {profile}"
    prof = rows.profile(uow, profile)
    comp = rows.competency(uow, competency)
    record = q.requirement(uow.session, prof, comp)
    rows.existing(record, subject, expected_version)
    assert record is not None
    if len(prof.requirements) <= 1:
        raise UserError(f"Profiel {profile} moet minstens één eis houden.")
    removed = Requirement(competency, record.target, record.weight, record.critical, record.source)
    rows.deleted(uow, record, subject)
    return removed
