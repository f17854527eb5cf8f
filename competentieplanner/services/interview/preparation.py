"""Preparing a conversation: what the database knows about one person, read in one go."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from competentieplanner.domain.interview_history import InterviewSummary, PlanVersion
from competentieplanner.domain.model import (
    Assessment,
    AssessmentKind,
    Employee,
    Framework,
    FundingSource,
    InterviewKind,
    InterviewQuestion,
    LevelScale,
    PlanItem,
    Profile,
    TrainingOffer,
)
from competentieplanner.domain.scoring import Match, score
from competentieplanner.domain.settings import ScoringSettings, Settings
from competentieplanner.persistence import interviews as queries
from competentieplanner.persistence import repositories as repo
from competentieplanner.persistence.unit_of_work import UnitOfWork
from competentieplanner.services.interview.framework import framework_of

#: Questions for everyone carry this audience; others carry the code of a framework.
AUDIENCE_ALL = "alle"


@dataclass(frozen=True, slots=True)
class InterviewPreparation:
    """Everything step 1 shows and the later steps compute with, for one employee."""

    employee: Employee
    framework: Framework
    profiles: tuple[Profile, ...]  # the profiles of the employee's framework
    current_levels: Mapping[str, int]  # the levels that count now (team lead or agreed)
    agreed_levels: Mapping[str, int]  # the most recent agreed level per competency
    self_assessment: Assessment | None  # the latest self-assessment, if any
    fits: tuple[Match, ...]  # per profile, from current_levels, in profile order
    current_plan: PlanVersion | None
    questions: tuple[InterviewQuestion, ...]
    catalogue: tuple[TrainingOffer, ...]
    offer_funding: Mapping[str, FundingSource]  # offer code -> usual source of funding
    scoring: ScoringSettings
    hours_per_quarter: float
    interviews: tuple[InterviewSummary, ...]  # earlier interviews, oldest first
    plans: tuple[PlanVersion, ...]  # every plan version, oldest first

    @property
    def scale(self) -> LevelScale:
        return self.framework.scale

    def questions_for(self, kind: InterviewKind) -> tuple[InterviewQuestion, ...]:
        """The question set of this kind of conversation (planning, progress, review, ...)."""
        return tuple(q for q in self.questions if q.asked_in(kind))

    @property
    def open_items(self) -> tuple[PlanItem, ...]:
        return self.current_plan.open_items if self.current_plan else ()

    @property
    def self_levels(self) -> dict[str, int]:
        if self.self_assessment is None:
            return {}
        return {code: s.level for code, s in self.self_assessment.scores.items()}

    def profile(self, code: str) -> Profile | None:
        return next((p for p in self.profiles if p.code == code), None)

    def offer(self, code: str) -> TrainingOffer | None:
        return next((o for o in self.catalogue if o.code == code), None)


def prepare_interview(uow: UnitOfWork, personnel_number: str) -> InterviewPreparation:
    """What the team lead needs before and during the conversation with one employee.

    Raises:
        NotFoundError: no employee has this personnel number.
    """
    session = uow.session
    employee = repo.get_employee(session, personnel_number)
    emp_id = repo.employee_id(session, personnel_number)
    frameworks = repo.load_frameworks(session)
    all_profiles = repo.load_profiles(session)
    assessments = repo.load_assessments(session, personnel_number)
    framework = framework_of(uow, employee, frameworks, all_profiles, assessments)
    current = repo.load_current_levels(session, employee_ids=[emp_id]).get(personnel_number, {})
    agreed = repo.load_current_levels(
        session, employee_ids=[emp_id], kinds=[AssessmentKind.AGREED]
    ).get(personnel_number, {})
    settings = Settings.from_flat(repo.load_settings(session))
    questions = questions_for_framework(repo.load_questions(session), framework)
    catalogue = tuple(repo.load_catalogue(session))
    funding = {code: _funding(hint) for code, hint in queries.offer_funding_hints(session).items()}
    plans = tuple(queries.load_plan_versions(session, emp_id, personnel_number))
    interviews = tuple(queries.load_interviews(session, emp_id, plans))
    codes = {c.code for c in framework.competencies}
    profiles = tuple(p for p in all_profiles if p.framework == framework.code)
    selves = [a for a in assessments if a.kind is AssessmentKind.SELF]
    return InterviewPreparation(
        employee=employee,
        framework=framework,
        profiles=profiles,
        current_levels={c: lv for c, lv in current.items() if c in codes},
        agreed_levels={c: lv for c, lv in agreed.items() if c in codes},
        self_assessment=selves[-1] if selves else None,
        fits=tuple(score(current, p, settings.scoring) for p in profiles),
        current_plan=plans[-1] if plans else None,
        questions=questions,
        catalogue=catalogue,
        offer_funding=funding,
        scoring=settings.scoring,
        hours_per_quarter=settings.planning.hours_per_quarter,
        interviews=interviews,
        plans=plans,
    )


def questions_for_framework(
    questions: Iterable[InterviewQuestion], framework: Framework
) -> tuple[InterviewQuestion, ...]:
    """The questions for everyone and those for people on ``framework``."""
    return tuple(q for q in questions if q.audience in (AUDIENCE_ALL, framework.code))


def _funding(hint: str | None) -> FundingSource:
    try:
        return FundingSource(hint or FundingSource.EMPLOYER.value)
    except ValueError:
        return FundingSource.EMPLOYER
