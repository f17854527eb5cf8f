"""The development interview: prepare it, keep it as a draft while it runs, close it for real.

A conversation is prepared from what the database knows (:func:`prepare_interview`), kept as a
draft after every change (:func:`save_draft`), and closed in one transaction
(:func:`close_interview`): the interview record with its answers, the team lead's and the agreed
assessment, and a new version of the development plan. Nothing is overwritten: an earlier plan
stays readable through ``supersedes_id``. A later voortgangsgesprek records progress as a new
plan version too (:func:`record_progress`).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.orm.attributes import flag_modified

from competentieplanner.domain.errors import NotFoundError, Problem, UserError, ValidationError
from competentieplanner.domain.interview import (
    ActionEntry,
    DraftRules,
    InterviewDraft,
    check_draft,
    suggests_repayment_clause,
)
from competentieplanner.domain.model import (
    Assessment,
    AssessmentKind,
    DevelopmentPlan,
    Employee,
    Framework,
    FundingSource,
    InterviewKind,
    InterviewQuestion,
    LevelScale,
    PlanItem,
    PlanItemStatus,
    PlanStatus,
    Profile,
    Quarter,
    Score,
    TrainingOffer,
)
from competentieplanner.domain.planning import plan_path, simulate
from competentieplanner.domain.scoring import Match, score
from competentieplanner.domain.settings import ScoringSettings, Settings
from competentieplanner.import_export import assessment_sheet
from competentieplanner.import_export.assessment_reader import read_assessments
from competentieplanner.import_export.tables import open_table, sheet_names
from competentieplanner.persistence import records as r
from competentieplanner.persistence import repositories as repo
from competentieplanner.persistence.database import Database
from competentieplanner.services.editing import edit_session

#: Questions for everyone carry this audience; others carry the code of a framework.
AUDIENCE_ALL = "alle"


# -- what the screens get ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PlanVersion:
    """One saved version of a development plan, with the ids needed to update its items."""

    plan: DevelopmentPlan
    item_ids: tuple[int, ...]  # same order as plan.items
    interview_id: int | None
    supersedes_id: int | None

    @property
    def id(self) -> int:
        assert self.plan.id is not None
        return self.plan.id

    @property
    def open_items(self) -> tuple[PlanItem, ...]:
        open_states = (PlanItemStatus.PLANNED, PlanItemStatus.IN_PROGRESS)
        return tuple(item for item in self.plan.items if item.status in open_states)


@dataclass(frozen=True, slots=True)
class AnswerRecord:
    question: InterviewQuestion
    answer: str
    rating: int | None


@dataclass(frozen=True, slots=True)
class InterviewSummary:
    """An interview held earlier, as the history list shows it."""

    id: int
    kind: InterviewKind
    held_on: dt.date
    team_lead: str
    profile: str | None
    agreements: str
    answers: tuple[AnswerRecord, ...]
    plan_id: int | None  # the plan version agreed in it


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

    @property
    def audience(self) -> str:
        return self.framework.code

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


@dataclass(frozen=True, slots=True)
class TeamLead:
    personnel_number: str
    name: str
    unit: str | None
    reports: int  # number of direct reports


@dataclass(frozen=True, slots=True)
class Candidate:
    """An employee in the chooser of step 1; ``own_team`` puts them at the top."""

    employee: Employee
    own_team: bool


@dataclass(frozen=True, slots=True)
class ClosedInterview:
    interview_id: int
    lead_assessment_id: int
    agreed_assessment_id: int
    self_assessment_id: int | None
    plan_id: int
    superseded_plan_id: int | None


@dataclass(frozen=True, slots=True)
class ItemProgress:
    """A change to one item of a plan in a voortgangsgesprek."""

    item_id: int
    status: PlanItemStatus
    quarter: str | None = None  # a new quarter, or None to keep it
    notes: str | None = None  # new notes, or None to keep them


@dataclass(frozen=True, slots=True)
class ProgressResult:
    plan_id: int
    assessment_id: int | None
    raised: Mapping[str, tuple[int | None, int]]  # competency -> (level before, level now)


# -- choosing the employee -----------------------------------------------------------------------


def team_leads(db: Database) -> list[TeamLead]:
    """Everyone with at least one direct report, by name (the "Ik ben teamleider van" list)."""
    with db.read_session() as session:
        counts = Counter(
            manager
            for manager in session.scalars(select(r.EmployeeRecord.manager_id))
            if manager is not None
        )
        if not counts:
            return []
        numbers = dict(
            session.execute(
                select(r.EmployeeRecord.id, r.EmployeeRecord.personnel_number).where(
                    r.EmployeeRecord.id.in_(list(counts))
                )
            ).all()
        )
        people = repo.load_employees(session, personnel_numbers=numbers.values())
    reports = {numbers[key]: count for key, count in counts.items()}
    leads = [
        TeamLead(p.personnel_number, p.name, p.unit, reports[p.personnel_number]) for p in people
    ]
    return sorted(leads, key=lambda lead: (lead.name.casefold(), lead.personnel_number))


def interview_candidates(db: Database, team_lead: str | None = None) -> list[Candidate]:
    """Every current employee, the direct reports of ``team_lead`` (a personnel number) first."""
    with db.read_session() as session:
        employees = repo.load_employees(session)
    today = dt.date.today()
    current = [e for e in employees if e.end_date is None or e.end_date >= today]
    own = [e for e in current if team_lead is not None and e.manager == team_lead]
    others = [e for e in current if not (team_lead is not None and e.manager == team_lead)]
    return [Candidate(e, True) for e in own] + [Candidate(e, False) for e in others]


# -- preparing -----------------------------------------------------------------------------------


def prepare_interview(db: Database, personnel_number: str) -> InterviewPreparation:
    """What the team lead needs before and during the conversation with one employee.

    Raises:
        NotFoundError: no employee has this personnel number.
    """
    with db.read_session() as session:
        employee = repo.get_employee(session, personnel_number)
        emp_id = repo.employee_id(session, personnel_number)
        frameworks = repo.load_frameworks(session)
        all_profiles = repo.load_profiles(session)
        assessments = repo.load_assessments(session, personnel_number)
        framework = _framework_of(session, employee, frameworks, all_profiles, assessments)
        current = repo.load_current_levels(session, employee_ids=[emp_id]).get(personnel_number, {})
        agreed = repo.load_current_levels(
            session, employee_ids=[emp_id], kinds=[AssessmentKind.AGREED]
        ).get(personnel_number, {})
        settings = Settings.from_flat(repo.load_settings(session))
        questions = tuple(
            q for q in repo.load_questions(session) if q.audience in (AUDIENCE_ALL, framework.code)
        )
        catalogue = tuple(repo.load_catalogue(session))
        funding = {
            code: _funding(hint)
            for code, hint in session.execute(
                select(r.TrainingOfferRecord.code, r.TrainingOfferRecord.funding_hint)
            ).all()
        }
        plans = tuple(_plan_versions(session, emp_id, personnel_number))
        interviews = tuple(_interviews(session, emp_id, plans))
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


def _funding(hint: str | None) -> FundingSource:
    try:
        return FundingSource(hint or FundingSource.EMPLOYER.value)
    except ValueError:
        return FundingSource.EMPLOYER


def _framework_of(
    session: Session,
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
        unit_profile = session.scalar(
            select(r.ProfileRecord.code)
            .join(r.OrgUnitRecord, r.OrgUnitRecord.profile_id == r.ProfileRecord.id)
            .where(r.OrgUnitRecord.name == employee.unit)
        )
        if unit_profile in profile_framework:
            return by_code[profile_framework[unit_profile]]
    owner = {c.code: f.code for f in frameworks for c in f.competencies}
    votes = Counter(owner[code] for a in assessments for code in a.scores if code in owner)
    if votes:
        return by_code[votes.most_common(1)[0][0]]
    return frameworks[0]


def _plan_versions(session: Session, emp_id: int, personnel_number: str) -> list[PlanVersion]:
    rows = session.scalars(
        select(r.DevelopmentPlanRecord)
        .where(r.DevelopmentPlanRecord.employee_id == emp_id)
        .options(selectinload(r.DevelopmentPlanRecord.items).selectinload(r.PlanItemRecord.offer))
        .order_by(r.DevelopmentPlanRecord.created_on, r.DevelopmentPlanRecord.id)
    ).all()
    profiles = dict(session.execute(select(r.ProfileRecord.id, r.ProfileRecord.code)).all())
    versions = []
    for record in rows:
        items = sorted(record.items, key=lambda i: (i.quarter, i.id))
        plan = DevelopmentPlan(
            personnel_number=personnel_number,
            profile=profiles.get(record.profile_id) if record.profile_id else None,
            created_on=record.created_on,
            status=PlanStatus(record.status),
            signed_on=record.signed_on,
            id=record.id,
            items=tuple(repo.plan_item_from_record(item) for item in items),
        )
        versions.append(
            PlanVersion(plan, tuple(i.id for i in items), record.interview_id, record.supersedes_id)
        )
    return versions


def _interviews(
    session: Session, emp_id: int, plans: Sequence[PlanVersion]
) -> list[InterviewSummary]:
    rows = session.scalars(
        select(r.InterviewRecord)
        .where(r.InterviewRecord.employee_id == emp_id)
        .options(
            selectinload(r.InterviewRecord.answers).selectinload(r.InterviewAnswerRecord.question)
        )
        .order_by(r.InterviewRecord.held_on, r.InterviewRecord.id)
    ).all()
    profiles = dict(session.execute(select(r.ProfileRecord.id, r.ProfileRecord.code)).all())
    plan_of = {p.interview_id: p.id for p in plans if p.interview_id is not None}
    result = []
    for record in rows:
        answers = sorted(record.answers, key=lambda a: (a.question.sort_order, a.question.code))
        result.append(
            InterviewSummary(
                id=record.id,
                kind=InterviewKind(record.kind),
                held_on=record.held_on,
                team_lead=record.team_lead,
                profile=profiles.get(record.profile_id) if record.profile_id else None,
                agreements=record.agreements,
                answers=tuple(
                    AnswerRecord(
                        InterviewQuestion(
                            a.question.code, a.question.theme, a.question.text, a.question.audience
                        ),
                        a.answer,
                        a.rating,
                    )
                    for a in answers
                ),
                plan_id=plan_of.get(record.id),
            )
        )
    return result


# -- live figures for steps 4 and 5 --------------------------------------------------------------


def fits_for(prep: InterviewPreparation, levels: Mapping[str, int]) -> tuple[Match, ...]:
    """Fit and gaps per profile of the person's framework for ``levels`` (e.g. just scored)."""
    return tuple(score(levels, p, prep.scoring) for p in prep.profiles)


def carried_actions(prep: InterviewPreparation, kind: InterviewKind) -> list[ActionEntry]:
    """The items of the current plan that continue into the new version.

    A voortgangsgesprek reviews the whole plan (so done items stay visible); other
    conversations carry over what is still open.
    """
    if prep.current_plan is None:
        return []
    items = prep.current_plan.plan.items if kind is InterviewKind.PROGRESS else prep.open_items
    return [
        ActionEntry(
            title=item.title,
            quarter=str(item.quarter),
            offer=item.offer,
            hours=item.hours,
            cost=item.cost,
            funding=item.funding,
            repayment_clause=item.repayment_clause,
            status=item.status,
            notes=item.notes,
            action_kind="opleiding" if item.offer else _own_kind(item.title),
            origin="plan",
        )
        for item in items
    ]


def _own_kind(title: str) -> str:
    lowered = title.casefold()
    for key, words in (
        ("meelopen", ("meeloop", "meelopen")),
        ("projectrol", ("project",)),
        ("intervisie", ("intervisie",)),
        ("coaching", ("coach",)),
    ):
        if any(word in lowered for word in words):
            return key
    return "anders"


def propose_actions(
    prep: InterviewPreparation,
    *,
    profile: str,
    levels: Mapping[str, int],
    start: Quarter,
    keep: Sequence[ActionEntry] = (),
) -> list[ActionEntry]:
    """The planner's path toward ``profile`` from ``levels``, as actions to agree on.

    Training already in ``keep`` (and not cancelled) is taken as done first, so the proposal
    only adds what is still missing and never repeats an offer.
    """
    target = prep.profile(profile)
    if target is None:
        raise NotFoundError(f"Profiel '{profile}' hoort niet bij het kader van de medewerker.")
    kept_codes = {a.offer for a in keep if a.offer and a.status is not PlanItemStatus.CANCELLED}
    kept_offers = [o for o in prep.catalogue if o.code in kept_codes]
    after_kept = simulate(levels, kept_offers)
    rest = [o for o in prep.catalogue if o.code not in kept_codes]
    path = plan_path(
        after_kept, target, rest, start=start, hours_per_quarter=prep.hours_per_quarter
    )
    return [
        ActionEntry(
            title=item.offer.name,
            quarter=str(item.quarter),
            offer=item.offer.code,
            hours=item.offer.hours,
            cost=item.offer.cost,
            funding=prep.offer_funding.get(item.offer.code, FundingSource.EMPLOYER),
            repayment_clause=suggests_repayment_clause(item.offer.cost),
            action_kind="opleiding",
            origin="planner",
        )
        for item in path.items
    ]


def levels_after_training(
    prep: InterviewPreparation, levels: Mapping[str, int], offers: Sequence[str]
) -> dict[str, int]:
    """The levels the catalogue expects once the given offers are completed (a suggestion for
    the team lead's re-assessment in a voortgangsgesprek, never recorded by itself)."""
    done = [o for code in offers if (o := prep.offer(code)) is not None]
    return simulate(levels, done)


def new_draft(
    prep: InterviewPreparation,
    *,
    kind: InterviewKind = InterviewKind.DEVELOPMENT,
    held_on: dt.date | None = None,
    team_lead: str = "",
) -> InterviewDraft:
    """An empty conversation with the person, aimed at their chosen profile when they have one."""
    chosen = prep.employee.target_profile
    profile = chosen if prep.profile(chosen or "") is not None else None
    if profile is None and len(prep.profiles) == 1:
        profile = prep.profiles[0].code
    return InterviewDraft(
        personnel_number=prep.employee.personnel_number,
        held_on=held_on or dt.date.today(),
        kind=kind,
        team_lead=team_lead,
        profile=profile,
        employee_name=prep.employee.name,
    )


# -- drafts ----------------------------------------------------------------------------------------


def save_draft(db: Database, draft: InterviewDraft) -> int:
    """Store everything entered so far; sets and returns ``draft.id``.

    A draft whose row has disappeared (removed elsewhere) is stored as a new row rather than lost.
    """
    now = dt.datetime.now().replace(microsecond=0)
    with edit_session(db, "Het concept-gesprek") as session:
        emp_id = repo.employee_id(session, draft.personnel_number)
        record = session.get(r.InterviewDraftRecord, draft.id) if draft.id is not None else None
        if record is None:
            record = r.InterviewDraftRecord(employee_id=emp_id, updated_at=now)
            session.add(record)
        record.employee_id = emp_id
        record.step = draft.step
        record.data = draft.to_data()
        record.updated_at = now
        session.flush()
        draft.id = record.id
    draft.updated_at = now
    return record.id


def load_drafts(db: Database) -> list[InterviewDraft]:
    """Every conversation in progress, the most recently changed first.

    A draft that cannot be read (stored by a newer app version, or damaged) is left out here and
    stays in the database untouched; :func:`delete_draft` removes it.
    """
    with db.read_session() as session:
        rows = session.execute(
            select(r.InterviewDraftRecord, r.EmployeeRecord)
            .join(r.EmployeeRecord, r.InterviewDraftRecord.employee_id == r.EmployeeRecord.id)
            .order_by(r.InterviewDraftRecord.updated_at.desc(), r.InterviewDraftRecord.id.desc())
        ).all()
        drafts = []
        for record, person in rows:
            try:
                draft = InterviewDraft.from_data(
                    record.data, draft_id=record.id, updated_at=record.updated_at
                )
            except UserError:
                continue
            draft.step = record.step
            draft.personnel_number = person.personnel_number
            draft.employee_name = _name(person)
            drafts.append(draft)
    return drafts


def delete_draft(db: Database, draft_id: int) -> None:
    """Remove a draft; removing one that is already gone is not an error."""
    with db.session() as session:
        record = session.get(r.InterviewDraftRecord, draft_id)
        if record is not None:
            session.delete(record)


def _name(person: r.EmployeeRecord) -> str:
    return " ".join(part for part in (person.first_name, person.infix, person.last_name) if part)


# -- closing -------------------------------------------------------------------------------------


def close_interview(
    db: Database, draft_or_data: InterviewDraft | Mapping[str, Any]
) -> ClosedInterview:
    """Save the conversation for real, in one transaction, and remove its draft.

    Writes the interview record with its answers, a team lead's and an agreed assessment (and the
    self-assessment when it was entered during the conversation), and a new plan version
    (status *vastgesteld*) that supersedes the current one. The employee's chosen target profile
    becomes the profile of the conversation.

    Raises:
        ValidationError: something entered is incomplete or no longer valid; nothing is saved.
        NotFoundError: the employee no longer exists.
        ConflictError: someone saved a plan for this person at the same moment.
    """
    draft = (
        draft_or_data
        if isinstance(draft_or_data, InterviewDraft)
        else InterviewDraft.from_data(draft_or_data)
    )
    subject = "Het gesprek"
    with edit_session(db, subject) as session:
        employee = session.scalar(
            select(r.EmployeeRecord).where(
                r.EmployeeRecord.personnel_number == draft.personnel_number
            )
        )
        if employee is None:
            raise NotFoundError(
                f"Medewerker met personeelsnummer '{draft.personnel_number}' bestaat niet (meer); "
                "het gesprek is niet opgeslagen."
            )
        ids = _ReferenceIds.load(session)
        domain_employee = repo.get_employee(session, draft.personnel_number)
        framework = _framework_of(
            session,
            domain_employee,
            repo.load_frameworks(session),
            repo.load_profiles(session),
            repo.load_assessments(session, draft.personnel_number),
        )
        problems = check_draft(draft, _rules(framework, ids))
        if problems:
            raise ValidationError(
                problems, "Het gesprek kan nog niet worden afgerond; er is niets opgeslagen."
            )
        profile_id = ids.profiles[draft.profile] if draft.profile else None
        interview = r.InterviewRecord(
            employee_id=employee.id,
            kind=draft.kind.value,
            held_on=draft.held_on,
            team_lead=draft.team_lead.strip(),
            profile_id=profile_id,
            agreements=draft.agreements.strip(),
        )
        interview.answers = [
            r.InterviewAnswerRecord(
                question_id=ids.questions[code], answer=answer.answer.strip(), rating=answer.rating
            )
            for code, answer in sorted(draft.answers.items())
            if not answer.is_empty
        ]
        session.add(interview)
        session.flush()
        now = dt.datetime.now().replace(microsecond=0)
        self_id = None
        if draft.self_levels:
            self_id = _add_assessment(
                session,
                employee.id,
                draft.held_on,
                AssessmentKind.SELF,
                {code: Score(level) for code, level in draft.self_levels.items()},
                ids.competencies,
                interview_id=interview.id,
                created_at=now,
                notes="Ingevuld tijdens het gesprek",
            )
        scored = {code: entry for code, entry in draft.scores.items() if entry.lead is not None}
        lead_id = _add_assessment(
            session,
            employee.id,
            draft.held_on,
            AssessmentKind.LEAD,
            {code: Score(e.lead, e.evidence.strip()) for code, e in scored.items() if e.lead},
            ids.competencies,
            interview_id=interview.id,
            created_at=now,
            assessor=draft.team_lead.strip(),
        )
        agreed_id = _add_assessment(
            session,
            employee.id,
            draft.held_on,
            AssessmentKind.AGREED,
            {
                code: Score(level, e.evidence.strip())
                for code, e in scored.items()
                if (level := e.agreed_level) is not None
            },
            ids.competencies,
            interview_id=interview.id,
            created_at=now,
            assessor=draft.team_lead.strip(),
        )
        latest = _latest_plan(session, employee.id)
        if latest is not None:
            # Touch the superseded version so a colleague saving from the same starting point at
            # the same moment is refused by the version check (as services.plan_edit does).
            flag_modified(latest, "status")
        plan = r.DevelopmentPlanRecord(
            employee_id=employee.id,
            profile_id=profile_id,
            created_on=max(draft.held_on, latest.created_on) if latest else draft.held_on,
            status=PlanStatus.AGREED.value,
            interview_id=interview.id,
            supersedes_id=latest.id if latest else None,
        )
        plan.items = [_item_record(action, ids.offers) for action in draft.actions]
        session.add(plan)
        if profile_id is not None:
            employee.target_profile_id = profile_id
        if draft.id is not None:
            stored = session.get(r.InterviewDraftRecord, draft.id)
            if stored is not None:
                session.delete(stored)
        session.flush()
        return ClosedInterview(
            interview_id=interview.id,
            lead_assessment_id=lead_id,
            agreed_assessment_id=agreed_id,
            self_assessment_id=self_id,
            plan_id=plan.id,
            superseded_plan_id=latest.id if latest else None,
        )


@dataclass(frozen=True, slots=True)
class _ReferenceIds:
    competencies: dict[str, int]
    questions: dict[str, int]
    offers: dict[str, int]
    profiles: dict[str, int]

    @classmethod
    def load(cls, session: Session) -> _ReferenceIds:
        def pairs(code: Any, key: Any) -> dict[str, int]:
            return dict(session.execute(select(code, key)).all())

        return cls(
            competencies=pairs(r.CompetencyRecord.code, r.CompetencyRecord.id),
            questions=pairs(r.InterviewQuestionRecord.code, r.InterviewQuestionRecord.id),
            offers=pairs(r.TrainingOfferRecord.code, r.TrainingOfferRecord.id),
            profiles=pairs(r.ProfileRecord.code, r.ProfileRecord.id),
        )


def _rules(framework: Framework, ids: _ReferenceIds) -> DraftRules:
    return DraftRules(
        competencies={c.code: c.name for c in framework.competencies},
        scale_max=framework.scale.maximum,
        questions=ids.questions.keys(),
        offers=ids.offers.keys(),
        profiles=ids.profiles.keys(),
    )


def _add_assessment(
    session: Session,
    employee_id: int,
    day: dt.date,
    kind: AssessmentKind,
    scores: Mapping[str, Score],
    competency_ids: Mapping[str, int],
    *,
    interview_id: int | None,
    created_at: dt.datetime,
    assessor: str = "",
    notes: str = "",
) -> int:
    record = r.AssessmentRecord(
        employee_id=employee_id,
        assessed_on=day,
        kind=kind.value,
        assessor=assessor,
        notes=notes,
        interview_id=interview_id,
        created_at=created_at,
    )
    record.scores = [
        r.AssessmentScoreRecord(
            competency_id=competency_ids[code], level=s.level, evidence=s.evidence
        )
        for code, s in sorted(scores.items())
    ]
    session.add(record)
    session.flush()
    return record.id


def _latest_plan(session: Session, employee_id: int) -> r.DevelopmentPlanRecord | None:
    return session.scalars(
        select(r.DevelopmentPlanRecord)
        .where(r.DevelopmentPlanRecord.employee_id == employee_id)
        .order_by(r.DevelopmentPlanRecord.created_on.desc(), r.DevelopmentPlanRecord.id.desc())
        .limit(1)
    ).first()


def _item_record(action: ActionEntry, offer_ids: Mapping[str, int]) -> r.PlanItemRecord:
    return r.PlanItemRecord(
        offer_id=offer_ids[action.offer] if action.offer else None,
        title=action.title.strip(),
        quarter=str(Quarter.parse(action.quarter)),
        status=action.status.value,
        hours=float(action.hours),
        cost=action.cost.quantize(Decimal("0.01")),
        funding=action.funding.value,
        repayment_clause=action.repayment_clause,
        notes=action.notes.strip(),
    )


# -- after the conversation ------------------------------------------------------------------------


def mark_signed(
    db: Database, plan_id: int, signed_on: dt.date, *, today: dt.date | None = None
) -> DevelopmentPlan:
    """Record that the plan version was signed on ``signed_on``.

    Raises:
        NotFoundError: no plan with this id.
        UserError: the plan is already signed, a newer version exists, or the date is before the
            plan was agreed or in the future.
    """
    today = today or dt.date.today()
    with edit_session(db, "Het ontwikkelplan") as session:
        plan = session.get(r.DevelopmentPlanRecord, plan_id)
        if plan is None:
            raise NotFoundError(f"Ontwikkelplan {plan_id} bestaat niet (meer).")
        if plan.status == PlanStatus.SIGNED.value:
            raise UserError(
                f"Dit ontwikkelplan is al getekend op {_dutch_date(plan.signed_on)}."
                if plan.signed_on
                else "Dit ontwikkelplan is al getekend."
            )
        newer = session.scalar(
            select(r.DevelopmentPlanRecord.id).where(
                r.DevelopmentPlanRecord.supersedes_id == plan_id
            )
        )
        if newer is not None:
            raise UserError("Er is al een nieuwere versie van dit ontwikkelplan; teken die versie.")
        if signed_on < plan.created_on:
            raise UserError(
                f"De datum van ondertekening ({_dutch_date(signed_on)}) ligt vóór de datum van "
                f"het plan ({_dutch_date(plan.created_on)})."
            )
        if signed_on > today:
            raise UserError(
                f"De datum van ondertekening ({_dutch_date(signed_on)}) ligt in de toekomst."
            )
        plan.status = PlanStatus.SIGNED.value
        plan.signed_on = signed_on
        session.flush()
        employee = session.get(r.EmployeeRecord, plan.employee_id)
        assert employee is not None
        versions = _plan_versions(session, employee.id, employee.personnel_number)
    return next(v.plan for v in versions if v.id == plan_id)


def record_progress(
    db: Database,
    plan_id: int,
    updates: Sequence[ItemProgress],
    *,
    held_on: dt.date,
    team_lead: str = "",
    reassessed: Mapping[str, Score] | None = None,
    added: Sequence[ActionEntry] = (),
) -> ProgressResult:
    """A voortgangsgesprek: tick items done, move or cancel them, add new ones, and record the
    team lead's re-assessment after completed training.

    The result is a new plan version (status *vastgesteld*) superseding ``plan_id``; the old
    version stays as it was. A re-assessment becomes a new team-lead assessment dated
    ``held_on``, so the level it raises counts from then on.

    Raises:
        ValidationError: an update names an item of another plan, a level is off the scale, ...
        UserError: ``plan_id`` is not the person's current plan version.
    """
    reassessed = dict(reassessed or {})
    with edit_session(db, "Het ontwikkelplan") as session:
        plan = session.get(r.DevelopmentPlanRecord, plan_id)
        if plan is None:
            raise NotFoundError(f"Ontwikkelplan {plan_id} bestaat niet (meer).")
        employee = session.get(r.EmployeeRecord, plan.employee_id)
        assert employee is not None
        latest = _latest_plan(session, employee.id)
        if latest is None or latest.id != plan.id:
            raise UserError(
                "Dit is niet meer de actuele versie van het ontwikkelplan; open het plan opnieuw."
            )
        ids = _ReferenceIds.load(session)
        domain_employee = repo.get_employee(session, employee.personnel_number)
        framework = _framework_of(
            session,
            domain_employee,
            repo.load_frameworks(session),
            repo.load_profiles(session),
            repo.load_assessments(session, employee.personnel_number),
        )
        problems = _progress_problems(plan, updates, reassessed, added, framework, ids)
        if problems:
            raise ValidationError(
                problems, "De voortgang kan niet worden vastgelegd; er is niets opgeslagen."
            )
        changes = {u.item_id: u for u in updates}
        flag_modified(plan, "status")
        successor = r.DevelopmentPlanRecord(
            employee_id=employee.id,
            profile_id=plan.profile_id,
            created_on=max(held_on, plan.created_on),
            status=PlanStatus.AGREED.value,
            supersedes_id=plan.id,
        )
        items = []
        for item in sorted(plan.items, key=lambda i: (i.quarter, i.id)):
            change = changes.get(item.id)
            items.append(
                r.PlanItemRecord(
                    offer_id=item.offer_id,
                    title=item.title,
                    quarter=str(Quarter.parse(change.quarter))
                    if change and change.quarter
                    else item.quarter,
                    status=change.status.value if change else item.status,
                    hours=item.hours,
                    cost=item.cost,
                    funding=item.funding,
                    repayment_clause=item.repayment_clause,
                    notes=change.notes.strip()
                    if change and change.notes is not None
                    else item.notes,
                )
            )
        items.extend(_item_record(action, ids.offers) for action in added)
        successor.items = items
        session.add(successor)
        session.flush()
        assessment_id = None
        raised: dict[str, tuple[int | None, int]] = {}
        if reassessed:
            before = repo.load_current_levels(session, employee_ids=[employee.id]).get(
                employee.personnel_number, {}
            )
            completed = [
                i.title
                for i in successor.items
                if i.offer_id is not None and i.status == PlanItemStatus.DONE.value
            ]
            assessment_id = _add_assessment(
                session,
                employee.id,
                held_on,
                AssessmentKind.LEAD,
                reassessed,
                ids.competencies,
                interview_id=None,
                created_at=dt.datetime.now().replace(microsecond=0),
                assessor=team_lead.strip(),
                notes="Herbeoordeling in het voortgangsgesprek"
                + (f" na: {'; '.join(completed)}" if completed else ""),
            )
            raised = {
                code: (before.get(code), s.level)
                for code, s in reassessed.items()
                if s.level > (before.get(code) or 0)
            }
        return ProgressResult(successor.id, assessment_id, raised)


def _progress_problems(
    plan: r.DevelopmentPlanRecord,
    updates: Sequence[ItemProgress],
    reassessed: Mapping[str, Score],
    added: Sequence[ActionEntry],
    framework: Framework,
    ids: _ReferenceIds,
) -> list[Problem]:
    problems: list[Problem] = []
    own = {item.id for item in plan.items}
    seen: set[int] = set()
    for update in updates:
        if update.item_id not in own:
            problems.append(
                Problem(f"activiteit {update.item_id} hoort niet bij dit plan", "Voortgang")
            )
        if update.item_id in seen:
            problems.append(
                Problem(
                    f"activiteit {update.item_id} staat twee keer in de wijzigingen", "Voortgang"
                )
            )
        seen.add(update.item_id)
        if update.quarter:
            try:
                Quarter.parse(update.quarter)
            except ValueError as exc:
                problems.append(Problem(str(exc), "Voortgang", value=update.quarter))
    names = {c.code: c.name for c in framework.competencies}
    top = framework.scale.maximum
    for code, given in reassessed.items():
        if code not in names:
            problems.append(
                Problem(
                    f"competentie {code} hoort niet bij het kader van de medewerker",
                    "Herbeoordeling",
                )
            )
        elif not 1 <= given.level <= top:
            problems.append(
                Problem(
                    f"{names[code]}: het niveau moet tussen 1 en {top} liggen",
                    "Herbeoordeling",
                    value=str(given.level),
                )
            )
    # New items go through the same checks as the actions of a conversation.
    probe = InterviewDraft(personnel_number="", held_on=dt.date.today(), actions=list(added))
    rules = DraftRules(names, top, ids.questions.keys(), ids.offers.keys(), ids.profiles.keys())
    problems.extend(p for p in check_draft(probe, rules) if p.file == "Stap 5 Afspraken")
    return problems


def _dutch_date(day: dt.date | None) -> str:
    return day.strftime("%d-%m-%Y") if day else "?"


# -- a self-assessment from the assessment form ------------------------------------------------


@dataclass(frozen=True, slots=True)
class SelfAssessmentFile:
    """The levels one person filled in on the assessment form (not stored until closing)."""

    file: str
    row: int
    assessed_on: dt.date
    levels: Mapping[str, int]


def read_self_assessment(
    db: Database, path: Path, personnel_number: str, *, today: dt.date | None = None
) -> SelfAssessmentFile:
    """Read the person's row from a filled-in assessment form (``export template``) as their
    self-assessment. Nothing is written: the levels go into the conversation and are stored as
    a self-assessment when the conversation is closed.

    Raises:
        ValidationError: the form has problems (each names row, column and value).
        UserError: the file cannot be read, or has no filled-in row for this person.
    """
    with db.read_session() as session:
        numbers = set(session.scalars(select(r.EmployeeRecord.personnel_number)))
        codes = set(session.scalars(select(r.CompetencyRecord.code)))
        levels = sorted(set(session.scalars(select(r.ScaleLevelRecord.level))))
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
