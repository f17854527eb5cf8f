"""One interview held earlier, read back whole: what the person's page opens from a level that
interview agreed (the record of the conversation, not a new one)."""

from __future__ import annotations

from dataclasses import dataclass

from competentieplanner.domain.errors import NotFoundError
from competentieplanner.domain.interview_history import LevelsAround, levels_around
from competentieplanner.persistence import report_queries
from competentieplanner.persistence import repositories as repo
from competentieplanner.persistence.unit_of_work import UnitOfWork
from competentieplanner.reports.data import InterviewSummary
from competentieplanner.services.pdf_report_data import interview_summary


@dataclass(frozen=True, slots=True)
class InterviewRecordView:
    """An interview as it was closed, with the levels before and after it."""

    personnel_number: str
    employee_name: str
    summary: InterviewSummary
    levels: LevelsAround
    competencies: tuple[tuple[str, str], ...]  # (code, name) with a level around it, in order


def read_interview_record(
    uow: UnitOfWork, personnel_number: str, interview_id: int
) -> InterviewRecordView:
    """Raises NotFoundError when the person has no such interview (or the login may not see
    it: the server's row security hides it the same way)."""
    session = uow.session
    employee = repo.get_employee(session, personnel_number)
    employee_id = repo.employee_id(session, personnel_number)
    record = report_queries.interview_of(session, employee_id, interview_id)
    if record is None:
        raise NotFoundError(
            f"Het gesprek {interview_id} van medewerker '{personnel_number}' bestaat niet."
        )
    scores = report_queries.scored_levels(session, [employee_id]).get(employee_id, [])
    levels = levels_around(scores, record.id, record.held_on)
    shown = set(levels.before) | set(levels.after) | set(levels.self_levels)
    competencies = tuple(
        (c.code, c.name)
        for framework in repo.load_frameworks(session)
        for c in framework.competencies
        if c.code in shown
    )
    return InterviewRecordView(
        personnel_number=personnel_number,
        employee_name=employee.name,
        summary=interview_summary(record),
        levels=levels,
        competencies=competencies,
    )
