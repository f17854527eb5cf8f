"""A self-assessment read from a filled-in assessment form, for use in the conversation."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from competentieplanner.domain.errors import UserError, ValidationError
from competentieplanner.import_export import assessment_sheet
from competentieplanner.import_export.assessment_reader import read_assessments
from competentieplanner.import_export.tables import open_table, sheet_names
from competentieplanner.persistence import interviews as queries
from competentieplanner.persistence.unit_of_work import UnitOfWork


@dataclass(frozen=True, slots=True)
class SelfAssessmentFile:
    """The levels one person filled in on the assessment form (not stored until closing)."""

    file: str
    row: int
    assessed_on: dt.date
    levels: Mapping[str, int]


def read_self_assessment(
    uow: UnitOfWork, path: Path, personnel_number: str, *, today: dt.date | None = None
) -> SelfAssessmentFile:
    """Read the person's row from a filled-in assessment form (``export template``) as their
    self-assessment. Nothing is written: the levels go into the conversation and are stored as
    a self-assessment when the conversation is closed.

    Raises:
        ValidationError: the form has problems (each names row, column and value).
        UserError: the file cannot be read, or has no filled-in row for this person.
    """
    numbers = queries.known_personnel_numbers(uow.session)
    codes = queries.known_competency_codes(uow.session)
    levels = queries.scale_levels(uow.session)
    level_range = range(levels[0], levels[-1] + 1) if levels else range(1, 5)
    names = sheet_names(path)
    sheet = next((n for n in names if n.casefold() == assessment_sheet.SHEET.casefold()), None)
    with open_table(path, sheet) as table:
        parsed = read_assessments(
            table,
            known_numbers=numbers,
            known_codes=codes,
            levels=level_range,
            today=today or dt.date.today(),
        )
    if parsed.problems:
        raise ValidationError(
            parsed.problems,
            f"{parsed.file}: {len(parsed.problems)} fout(en) gevonden; er is niets ingelezen.",
        )
    rows = [row for row in parsed.rows if row.personnel_number == personnel_number]
    if not rows:
        raise UserError(
            f"{parsed.file} bevat geen ingevulde niveaus voor personeelsnummer "
            f"{personnel_number}; er is niets ingelezen."
        )
    latest = max(rows, key=lambda row: (row.assessed_on, row.row))
    return SelfAssessmentFile(parsed.file, latest.row, latest.assessed_on, dict(latest.levels))
