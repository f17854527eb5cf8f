"""Use case: import a filled-in assessment form (``import assessments``).

Every filled row adds one assessment of kind *team lead* (``lead``), dated by 'Datum gesprek',
with one score per filled level cell and its 'Onderbouwing' where filled in. Assessments are
history: nothing is updated or removed. All rows are validated first; one problem and nothing is
written.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from competentieplanner.domain.errors import Problem, ValidationError
from competentieplanner.domain.model import AssessmentKind
from competentieplanner.import_export import assessment_sheet as layout
from competentieplanner.import_export.assessment_reader import read_assessments
from competentieplanner.import_export.tables import open_table, sheet_names
from competentieplanner.persistence import assessment_import_store as store
from competentieplanner.persistence.unit_of_work import UnitOfWork


@dataclass
class AssessmentImportResult:
    file: str
    dry_run: bool
    assessments: int = 0
    scores: int = 0
    not_assessed: int = 0  # member rows left empty
    competencies: list[str] = field(default_factory=list)
    ignored: list[str] = field(default_factory=list)
    sheet: str = ""  # the worksheet read

    def summary(self) -> str:
        verb = "zouden worden toegevoegd" if self.dry_run else "toegevoegd"
        lines = [
            f"{self.file}" + (f" ({self.sheet})" if self.sheet else "")
            + f": {self.assessments} beoordelingen (teamleider) met {self.scores} "
            f"niveaus {verb}; {self.not_assessed} rijen zonder niveaus overgeslagen."
            + (" Proefdraai: er is niets opgeslagen." if self.dry_run else "")
        ]
        if self.ignored:
            lines.append("Genegeerde kolommen: " + ", ".join(self.ignored))
        return "\n".join(lines)


def import_assessments(
    uow: UnitOfWork,
    path: Path,
    *,
    dry_run: bool = False,
    today: dt.date | None = None,
    sheet: str | None = None,
) -> AssessmentImportResult:
    """Import the form at ``path`` in the caller's unit of work; all or nothing.

    ``sheet`` names the worksheet; by default the visible sheet named like the form's, else the
    first visible sheet.

    Raises:
        ValidationError: problems in the file (each names row, column and value); nothing saved.
        UserError: the file cannot be read safely.
    """
    today = today or dt.date.today()
    numbers = store.employee_ids(uow.session)
    codes = store.competency_ids(uow.session)
    levels = store.scale_levels(uow.session)
    level_range = range(levels[0], levels[-1] + 1) if levels else range(1, 5)
    if sheet is None:
        names = sheet_names(path)
        sheet = next((n for n in names if n.casefold() == layout.SHEET.casefold()), None)
    with open_table(path, sheet) as table:
        parsed = read_assessments(
            table, known_numbers=numbers.keys(), known_codes=codes.keys(),
            levels=level_range, today=today,
        )
    if not parsed.problems and not parsed.rows:
        parsed.problems.append(
            Problem("bevat geen ingevulde niveaus; er is niets om in te lezen", file=parsed.file)
        )
    if parsed.problems:
        raise ValidationError(
            parsed.problems,
            f"{parsed.file}: {len(parsed.problems)} fout(en) gevonden; er is niets opgeslagen.",
        )
    result = AssessmentImportResult(
        parsed.file,
        dry_run,
        sheet=parsed.sheet,
        not_assessed=parsed.empty_rows,
        competencies=sorted(parsed.competencies),
        ignored=[c.header for c in parsed.ignored],
    )
    created = dt.datetime.now().replace(microsecond=0)
    rows = [
        {
            "employee_id": numbers[row.personnel_number],
            "assessed_on": row.assessed_on,
            "kind": AssessmentKind.LEAD.value,
            "assessor": row.assessor,
            "notes": "",
            "interview_id": None,
            "created_at": created,
        }
        for row in parsed.rows
    ]
    result.assessments = len(rows)
    result.scores = sum(len(row.levels) for row in parsed.rows)
    if dry_run:
        return result
    store.insert_assessments(
        uow.session,
        rows,
        [{codes[code]: level for code, level in row.levels.items()} for row in parsed.rows],
        [{codes[code]: text for code, text in row.evidence.items()} for row in parsed.rows],
    )
    return result
