"""What an import would do, before anything is written: one shape for the three kinds of import
(staff list, assessment form, training catalogue), for the import dialog.

The preview reads and validates the file and then runs the import as a dry run (everything is
planned and rolled back), so the user sees the same validation report and counts the real
import produces. Problems are returned, not raised, so the dialog can list them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from competentieplanner.domain.errors import Problem, UserError, ValidationError
from competentieplanner.persistence.unit_of_work import UnitOfWork
from competentieplanner.services import assessment_import, catalogue_io, staff_import
from competentieplanner.services.import_kind import ASSESSMENTS, CATALOGUE, STAFF

KINDS: dict[str, str] = {
    STAFF: "Medewerkers",
    ASSESSMENTS: "Beoordelingen",
    CATALOGUE: "Opleidingscatalogus",
}

#: Which data_changed area an import touches.
AREAS: dict[str, str] = {STAFF: "employees", ASSESSMENTS: "assessments", CATALOGUE: "catalogue"}


@dataclass(frozen=True, slots=True)
class RecognisedColumn:
    field: str  # Dutch field name, e.g. "Personeelsnummer", or a competency code
    letter: str  # column letter in the sheet; "" when the reader does not report it
    header: str  # the header as written in the file


@dataclass(frozen=True)
class ImportPreview:
    kind: str
    file: str
    sheet: str = ""
    header_row: int | None = None
    row_count: int | None = None
    columns: list[RecognisedColumn] = field(default_factory=list)
    ignored: list[str] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    outcome: str = ""  # what the import would do (the dry run summary) when there are no problems

    @property
    def importable(self) -> bool:
        return not self.problems


def _check_kind(kind: str) -> None:
    if kind not in KINDS:
        raise UserError(f"Onbekende soort import '{kind}'; kies uit {', '.join(KINDS)}.")


def preview_import(
    uow: UnitOfWork, kind: str, path: Path, *, replace: bool = False
) -> ImportPreview:
    """Validate ``path`` as an import of ``kind`` and describe what importing would do; the
    dry run leaves the unit of work unchanged."""
    _check_kind(kind)
    if not path.is_file():
        return ImportPreview(kind, path.name, problems=[Problem("bestand bestaat niet", str(path))])
    if kind == STAFF:
        return _preview_staff(uow, path)
    try:
        if kind == ASSESSMENTS:
            result = assessment_import.import_assessments(uow, path, dry_run=True)
            columns = [RecognisedColumn(code, "", code) for code in result.competencies]
            return ImportPreview(
                kind,
                result.file,
                row_count=result.assessments + result.not_assessed,
                columns=columns,
                ignored=list(result.ignored),
                outcome=result.summary(),
            )
        catalogue = catalogue_io.import_catalogue(uow, path, replace=replace, dry_run=True)
        return ImportPreview(
            kind,
            catalogue.file,
            row_count=catalogue.new + catalogue.updated + catalogue.unchanged,
            outcome=catalogue.summary(),
        )
    except ValidationError as exc:
        return ImportPreview(kind, path.name, problems=list(exc.problems))
    except UserError as exc:
        return ImportPreview(kind, path.name, problems=[Problem(str(exc), path.name)])


def _preview_staff(uow: UnitOfWork, path: Path) -> ImportPreview:
    try:
        preview = staff_import.preview_staff_import(path, uow=uow)
    except UserError as exc:
        return ImportPreview(STAFF, path.name, problems=[Problem(str(exc), path.name)])
    labels = preview.labels
    columns = [
        RecognisedColumn(labels[key], letter, header)
        for key, (letter, header) in preview.columns.items()
    ]
    problems = list(preview.problems)
    outcome = ""
    if not problems:
        try:
            outcome = staff_import.import_staff(uow, path, dry_run=True).summary()
        except ValidationError as exc:
            problems = list(exc.problems)
        except UserError as exc:
            problems = [Problem(str(exc), path.name)]
    return ImportPreview(
        STAFF,
        preview.file,
        sheet=preview.sheet,
        header_row=preview.header_row,
        row_count=preview.row_count,
        columns=columns,
        ignored=list(preview.ignored),
        problems=problems,
        outcome=outcome,
    )


def run_import(uow: UnitOfWork, kind: str, path: Path, *, replace: bool = False) -> str:
    """Import for real in the caller's unit of work (all or nothing); the Dutch summary.

    Raises:
        ValidationError: the file has problems (it may have changed since the preview).
        UserError: the file cannot be read.
    """
    _check_kind(kind)
    if kind == STAFF:
        return staff_import.import_staff(uow, path).summary()
    if kind == ASSESSMENTS:
        return assessment_import.import_assessments(uow, path).summary()
    return catalogue_io.import_catalogue(uow, path, replace=replace).summary()
