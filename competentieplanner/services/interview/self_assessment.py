"""The employee's preparation read from a filled-in form, for use in the conversation.

Two forms are read: the team's assessment form (``export template``: the person's row is their
self-assessment) and the preparation form of one person (``export preparation``: the same
self-assessment sheet plus sheet "Voorbereiding" with their answers to the conversation's
questions). Nothing is written: what is read goes into the conversation and is stored when the
conversation is closed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from competentieplanner.domain.errors import UserError, ValidationError
from competentieplanner.import_export import assessment_sheet, preparation_sheet
from competentieplanner.import_export.assessment_reader import read_assessments
from competentieplanner.import_export.tables import open_table, sheet_names
from competentieplanner.persistence import interviews as queries
from competentieplanner.persistence import repositories as repo
from competentieplanner.persistence.unit_of_work import UnitOfWork


@dataclass(frozen=True, slots=True)
class SelfAssessmentFile:
    """The levels one person filled in on the assessment form (not stored until closing)."""

    file: str
    row: int
    assessed_on: dt.date
    levels: Mapping[str, int]


@dataclass(frozen=True, slots=True)
class PreparationFile:
    """What one person prepared on a form: a self-assessment and/or answers per question."""

    file: str
    self_assessment: SelfAssessmentFile | None
    answers: Mapping[str, str] = field(default_factory=dict)  # question code -> preparation


def read_self_assessment(
    uow: UnitOfWork, path: Path, personnel_number: str, *, today: dt.date | None = None
) -> SelfAssessmentFile:
    """Read the person's row from a filled-in assessment form (``export template``) as their
    self-assessment.

    Raises:
        ValidationError: the form has problems (each names row, column and value).
        UserError: the file cannot be read, or has no filled-in row for this person.
    """
    found = _self_assessment(uow, path, sheet_names(path), personnel_number, today)
    if found is None:
        raise UserError(
            f"{path.name} bevat geen ingevulde niveaus voor personeelsnummer "
            f"{personnel_number}; er is niets ingelezen."
        )
    return found


def read_preparation(
    uow: UnitOfWork, path: Path, personnel_number: str, *, today: dt.date | None = None
) -> PreparationFile:
    """Read what the person prepared: the preparation form (``export preparation``) gives the
    self-assessment when levels are filled in and the answers on sheet "Voorbereiding"; the
    team's assessment form gives the self-assessment only. All or nothing: any problem on
    either sheet refuses the whole file.

    Raises:
        ValidationError: the form has problems (each names sheet, row, column and value).
        UserError: the file cannot be read, belongs to someone else, or holds nothing for
            this person.
    """
    names = sheet_names(path)
    sheet = _sheet(names, preparation_sheet.SHEET)
    if sheet is None:
        found = read_self_assessment(uow, path, personnel_number, today=today)
        return PreparationFile(path.name, found)
    with open_table(path, sheet) as table:
        parsed = preparation_sheet.read_preparation(
            table, known_questions={q.code for q in repo.load_questions(uow.session)}
        )
    if parsed.problems:
        raise ValidationError(
            parsed.problems,
            f"{path.name}: {len(parsed.problems)} fout(en) gevonden; er is niets ingelezen.",
        )
    if parsed.personnel_number != personnel_number:
        owner = parsed.personnel_number or "(geen)"
        raise UserError(
            f"{path.name} is het voorbereidingsformulier van personeelsnummer {owner}, niet van "
            f"{personnel_number}; er is niets ingelezen."
        )
    levels = _self_assessment(uow, path, names, personnel_number, today)
    if levels is None and not parsed.answers:
        raise UserError(
            f"{path.name} is nog niet ingevuld: er staan geen niveaus en geen antwoorden in; "
            "er is niets ingelezen."
        )
    return PreparationFile(path.name, levels, dict(parsed.answers))


def _self_assessment(
    uow: UnitOfWork,
    path: Path,
    names: list[str],
    personnel_number: str,
    today: dt.date | None,
) -> SelfAssessmentFile | None:
    """The person's latest filled-in row of the assessment sheet; None when there is none."""
    numbers = queries.known_personnel_numbers(uow.session)
    codes = queries.known_competency_codes(uow.session)
    levels = queries.scale_levels(uow.session)
    level_range = range(levels[0], levels[-1] + 1) if levels else range(1, 5)
    with open_table(path, _sheet(names, assessment_sheet.SHEET)) as table:
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
        return None
    latest = max(rows, key=lambda row: (row.assessed_on, row.row))
    return SelfAssessmentFile(parsed.file, latest.row, latest.assessed_on, dict(latest.levels))


def _sheet(names: list[str], wanted: str) -> str | None:
    return next((n for n in names if n.casefold() == wanted.casefold()), None)
