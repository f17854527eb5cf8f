"""Use case: the preparation form for one employee (``export preparation``); the workbook
itself is :mod:`competentieplanner.import_export.preparation_form`, reading it back is
:func:`.self_assessment.read_preparation`."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from competentieplanner.atomic_write import atomic_output, check_target
from competentieplanner.domain.errors import UserError
from competentieplanner.domain.model import InterviewKind
from competentieplanner.import_export.preparation_form import write_preparation_form
from competentieplanner.persistence import repositories as repo
from competentieplanner.persistence.unit_of_work import UnitOfWork
from competentieplanner.services.audit_trail import record_export
from competentieplanner.services.interview.framework import person_framework
from competentieplanner.services.interview.preparation import questions_for_framework


def export_preparation_form(
    uow: UnitOfWork,
    out: Path,
    personnel_number: str,
    kind: InterviewKind,
    *,
    today: dt.date | None = None,
) -> str:
    """Write the form the employee fills in before a conversation of ``kind`` (self-assessment
    and the questions of that kind) and record the export, in the caller's unit of work; return
    a Dutch summary.

    Raises:
        NotFoundError: no employee has this personnel number.
        UserError: the target cannot be written, or no question is asked in this kind.
    """
    check_target(out)
    employee = repo.get_employee(uow.session, personnel_number)
    framework = person_framework(uow, personnel_number)
    questions = [
        q
        for q in questions_for_framework(repo.load_questions(uow.session), framework)
        if q.asked_in(kind)
    ]
    if not questions:
        raise UserError(
            f"Er zijn geen gespreksvragen voor een {kind.value} met {employee.name}; er is geen "
            "formulier gemaakt. Voeg ze toe onder Profielen & competenties ▸ Gespreksvragen."
        )
    with atomic_output(out) as temporary:
        write_preparation_form(
            framework,
            employee,
            questions,
            conversation=kind.value,
            today=today or dt.date.today(),
            path=temporary,
        )
    record_export(uow, "preparation_form", [personnel_number])
    return (
        f"Voorbereidingsformulier voor {employee.name} ({kind.value}: {len(questions)} vragen, "
        f"{len(framework.competencies)} competenties van '{framework.name}') geschreven naar "
        f"{out}."
    )
