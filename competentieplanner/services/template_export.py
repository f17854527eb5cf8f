"""Use case: the assessment form for one unit (``export template``); the workbook itself is
:mod:`competentieplanner.import_export.assessment_template`."""

from __future__ import annotations

from pathlib import Path

from competentieplanner.atomic_write import atomic_output, check_target
from competentieplanner.domain.errors import NotFoundError, UserError
from competentieplanner.import_export.assessment_template import write_template
from competentieplanner.persistence import repositories as repo
from competentieplanner.persistence.unit_of_work import UnitOfWork
from competentieplanner.services.audit_trail import record_export


def export_assessment_template(uow: UnitOfWork, out: Path, *, unit: str, framework: str) -> str:
    """Write the form for every member of ``unit`` (and its teams) and record the export, in
    the caller's unit of work; return a Dutch summary."""
    check_target(out)
    frameworks = repo.load_frameworks(uow.session)
    chosen = next((f for f in frameworks if f.code == framework), None)
    if chosen is None:
        known = ", ".join(f.code for f in frameworks)
        raise NotFoundError(f"Competentiekader '{framework}' bestaat niet. Bekend: {known}.")
    members = repo.load_employees(uow.session, unit=unit)
    if not members:
        raise UserError(f"'{unit}' heeft geen medewerkers; er is geen formulier gemaakt.")
    with atomic_output(out) as temporary:
        write_template(chosen, members, unit=unit, path=temporary)
    record_export(uow, "assessment_template", [m.personnel_number for m in members])
    return (
        f"Beoordelingsformulier voor {unit} ({len(members)} medewerkers, "
        f"{len(chosen.competencies)} competenties van '{chosen.name}') geschreven naar {out}."
    )
