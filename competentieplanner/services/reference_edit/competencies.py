"""Edit frameworks, competencies and their behavioural indicators."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from competentieplanner.domain.errors import UserError
from competentieplanner.domain.model import Competency
from competentieplanner.persistence import records as r
from competentieplanner.persistence import reference_queries as q
from competentieplanner.persistence.unit_of_work import UnitOfWork
from competentieplanner.services.editing import (
    added_meanwhile,
    code_text,
    level_in_scale,
    optional_text,
    required_text,
)
from competentieplanner.services.reference_edit import rows


def update_framework(
    uow: UnitOfWork, code: str, *, name: str, description: str, expected_version: int
) -> int:
    """Rename a framework or change its description."""
    subject = f"Kader {code}"
    name = required_text("De naam van het kader", name, 200)
    description = optional_text("De omschrijving", description)
    record = rows.framework(uow, code)
    rows.existing(record, subject, expected_version)
    record.name, record.description = name, description
    return rows.written(uow, record, subject)


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


def update_competency(uow: UnitOfWork, competency: Competency, *, expected_version: int) -> int:
    """Change name, cluster, description, source and tags (the code and framework stay)."""
    subject = f"Competentie {competency.code}"
    fields = _competency_fields(competency)
    record = rows.current(uow, r.CompetencyRecord, competency.code, subject, expected_version)
    rows.assign(record, fields)
    return rows.written(uow, record, subject)


def set_indicator(
    uow: UnitOfWork, competency: str, level: int, text: str, *, expected_version: int | None
) -> int | None:
    """Set what ``level`` of a competency looks like in practice.

    ``expected_version`` is None when the screen showed no indicator for that level. Empty text
    removes the indicator. Returns the indicator's new version, or None when it was removed.
    """
    subject = f"De gedragsindicator van {competency} niveau {level}"
    text = text.strip()
    comp = rows.competency(uow, competency)
    level_in_scale("Het niveau", level, 1, rows.scale_maximum(comp.framework))
    record = q.indicator(uow.session, comp, level)
    if expected_version is None:
        if record is not None:
            raise added_meanwhile(subject)
        if not text:
            return None
        return rows.added(uow, r.IndicatorRecord(competency=comp, level=level, text=text), subject)
    rows.existing(record, subject, expected_version)
    assert record is not None
    if not text:
        rows.deleted(uow, record, subject)
        return None
    record.text = text
    return rows.written(uow, record, subject)


@dataclass(frozen=True, slots=True)
class RemovedCompetency:
    competency: Competency
    sort_order: int


def add_competency(
    uow: UnitOfWork, competency: Competency, *, sort_order: int | None = None
) -> int:
    """Add a competency (with its indicators) to ``competency.framework``; at the end unless
    ``sort_order`` says where (an undo of a removal puts it back in its old place)."""
    code = code_text("De code van de competentie", competency.code, 20)
    subject = f"Competentie {code}"
    fields = _competency_fields(competency)
    framework = rows.framework(uow, competency.framework)
    maximum = rows.scale_maximum(framework)
    for level in competency.indicators:
        level_in_scale("Het niveau van een gedragsindicator", level, 1, maximum)
    if q.code_taken(uow.session, r.CompetencyRecord, code):
        raise UserError(f"Er bestaat al een competentie met code {code}; kies een andere code.")
    if sort_order is None:
        sort_order = q.next_sort_order(uow.session, framework)
    record = r.CompetencyRecord(framework=framework, code=code, sort_order=sort_order, **fields)
    record.indicators = [
        r.IndicatorRecord(level=level, text=text.strip())
        for level, text in sorted(competency.indicators.items())
        if text.strip()
    ]
    return rows.added(uow, record, subject)


def remove_competency(uow: UnitOfWork, code: str, *, expected_version: int) -> RemovedCompetency:
    """Remove an unused competency. One that is assessed, required by a profile, developed by an
    offer or needed for an authority stays: the message says where it is used."""
    subject = f"Competentie {code}"
    record = rows.current(uow, r.CompetencyRecord, code, subject, expected_version)
    counts = q.competency_uses(uow.session, record)
    uses = rows.uses_text(
        [
            (counts["requirements"], "profieleis", "profieleisen"),
            (counts["scores"], "beoordeling", "beoordelingen"),
            (counts["effects"], "opleiding", "opleidingen"),
            (counts["authorities"], "bevoegdheid", "bevoegdheden"),
        ]
    )
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
    rows.deleted(uow, record, subject)
    return removed
