"""Edit responsibilities and authorities and what each requires (a competency level and/or a
completed training)."""

from __future__ import annotations

from competentieplanner.domain.errors import UserError
from competentieplanner.domain.model import Authority
from competentieplanner.persistence import records as r
from competentieplanner.persistence import reference_queries as q
from competentieplanner.persistence.unit_of_work import UnitOfWork
from competentieplanner.services.editing import (
    code_text,
    level_in_scale,
    optional_text,
    required_text,
)
from competentieplanner.services.reference_edit import rows


def _authority_fields(uow: UnitOfWork, authority: Authority) -> dict[str, object]:
    framework = rows.framework(uow, authority.framework)
    competency = rows.competency(uow, authority.competency) if authority.competency else None
    min_level = authority.min_level
    if min_level is not None:
        if competency is None:
            raise UserError(
                "Een minimumniveau hoort bij een competentie: kies eerst de competentie."
            )
        level_in_scale("Het minimumniveau", min_level, 1, rows.scale_maximum(competency.framework))
    offer = rows.offer(uow, authority.required_offer) if authority.required_offer else None
    return {
        "name": required_text("De naam van de bevoegdheid", authority.name, 300),
        "description": optional_text("De omschrijving", authority.description),
        "framework": framework,
        "competency": competency,
        "min_level": min_level,
        "required_offer": offer,
    }


def add_authority(uow: UnitOfWork, authority: Authority) -> int:
    code = code_text("De code van de bevoegdheid", authority.code, 50)
    subject = f"Bevoegdheid {code}"
    fields = _authority_fields(uow, authority)
    if q.code_taken(uow.session, r.AuthorityRecord, code):
        raise UserError(f"Er bestaat al een bevoegdheid met code {code}; kies een andere code.")
    return rows.added(uow, r.AuthorityRecord(code=code, **fields), subject)


def update_authority(uow: UnitOfWork, authority: Authority, *, expected_version: int) -> int:
    """Change everything but the code: name, description, framework, competency with minimum
    level, and the training that must be completed."""
    subject = f"Bevoegdheid {authority.code}"
    record = rows.current(uow, r.AuthorityRecord, authority.code, subject, expected_version)
    rows.assign(record, _authority_fields(uow, authority))
    return rows.written(uow, record, subject)


def remove_authority(uow: UnitOfWork, code: str, *, expected_version: int) -> Authority:
    subject = f"Bevoegdheid {code}"
    record = rows.current(uow, r.AuthorityRecord, code, subject, expected_version)
    removed = Authority(
        code=record.code,
        name=record.name,
        framework=record.framework.code,
        description=record.description,
        competency=record.competency.code if record.competency else None,
        min_level=record.min_level,
        required_offer=record.required_offer.code if record.required_offer else None,
        source=record.source,
    )
    rows.deleted(uow, record, subject)
    return removed
