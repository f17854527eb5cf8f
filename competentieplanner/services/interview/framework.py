"""The competency framework a person is scored on in a conversation."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from competentieplanner.domain.errors import UserError
from competentieplanner.domain.model import Assessment, Employee, Framework, Profile
from competentieplanner.persistence import interviews as queries
from competentieplanner.persistence import repositories as repo
from competentieplanner.persistence.unit_of_work import UnitOfWork


def framework_of(
    uow: UnitOfWork,
    employee: Employee,
    frameworks: Sequence[Framework],
    profiles: Sequence[Profile],
    assessments: Sequence[Assessment],
) -> Framework:
    """The framework a person is scored on: that of their chosen profile, else of their team's
    profile, else the one most of their assessed competencies belong to, else the first."""
    if not frameworks:
        raise UserError(
            "De database bevat geen competentiekader; laad eerst de referentiegegevens."
        )
    by_code = {f.code: f for f in frameworks}
    profile_framework = {p.code: p.framework for p in profiles}
    if employee.target_profile in profile_framework:
        return by_code[profile_framework[employee.target_profile]]
    if employee.unit is not None:
        unit_profile = queries.unit_profile_code(uow.session, employee.unit)
        if unit_profile in profile_framework:
            return by_code[profile_framework[unit_profile]]
    owner = {c.code: f.code for f in frameworks for c in f.competencies}
    votes = Counter(owner[code] for a in assessments for code in a.scores if code in owner)
    if votes:
        return by_code[votes.most_common(1)[0][0]]
    return frameworks[0]


def person_framework(uow: UnitOfWork, personnel_number: str) -> Framework:
    """:func:`framework_of` for one person, reading everything it needs.

    Raises:
        NotFoundError: no employee has this personnel number.
    """
    session = uow.session
    return framework_of(
        uow,
        repo.get_employee(session, personnel_number),
        repo.load_frameworks(session),
        repo.load_profiles(session),
        repo.load_assessments(session, personnel_number),
    )
