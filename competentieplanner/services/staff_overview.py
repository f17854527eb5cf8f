"""The staff list and one person's detail, as the Medewerkers screen shows them.

The rules are the engine's, so the screen agrees with ``match`` and the HRM workbook: current
levels from :func:`analysis_queries.current_levels`, relevant profiles from
:func:`engine.relevant_profiles` (every profile of a framework the person has a counting score
in, plus the chosen profile), fit and readiness from :class:`~competentieplanner.domain.scoring.
Scorer` with the thresholds stored in the database. The table shows the chosen profile, else the
best-fitting relevant one.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

from competentieplanner.domain.competence_record import RecordLine, competence_record
from competentieplanner.domain.model import (
    Assessment,
    Authority,
    Competency,
    DevelopmentPlan,
    Employee,
    Framework,
    LevelScale,
    PlanItemStatus,
    Profile,
    Readiness,
    TrainingOffer,
)
from competentieplanner.domain.registrations import Registration, RegistrationKind, valid_kinds
from competentieplanner.domain.scoring import CompiledProfile, Match, Scorer, best_match
from competentieplanner.domain.settings import Settings
from competentieplanner.persistence import analysis_queries
from competentieplanner.persistence import competence_record as record_queries
from competentieplanner.persistence import registrations as registration_queries
from competentieplanner.persistence import repositories as repo
from competentieplanner.persistence.unit_of_work import UnitOfWork
from competentieplanner.services import engine

#: Called as progress(done, total, text) by the longer functions here.
ProgressCallback = Callable[[int, int, str], None]


@dataclass(frozen=True, slots=True)
class EmployeeRow:
    """One line of the staff table."""

    personnel_number: str
    name: str
    sort_name: str
    unit: str
    job_title: str
    target_profile: str | None  # code of the chosen profile
    profile: str | None  # the profile fit and readiness refer to: the chosen, else the best
    fit_pct: float | None
    coverage_pct: float | None
    readiness: Readiness | None
    best_profile: str | None


@dataclass(frozen=True, slots=True)
class StaffList:
    rows: tuple[EmployeeRow, ...]
    profile_names: Mapping[str, str]  # code -> name, every profile


@dataclass(frozen=True, slots=True)
class ProfileFit:
    profile: Profile
    match: Match
    chosen: bool  # the person's chosen (target) profile


@dataclass(frozen=True, slots=True)
class AuthorityStatus:
    authority: Authority
    held: bool
    reason: str  # Dutch: why (not), e.g. "niveau 3 van 3 nodig" / "opleiding X nog niet afgerond"


@dataclass(frozen=True, slots=True)
class EmployeeDetail:
    employee: Employee
    frameworks: tuple[Framework, ...]  # those of the relevant profiles and of scored competencies
    scale: LevelScale
    competencies: Mapping[str, Competency]  # every competency of every framework, by code
    levels: Mapping[str, int]  # current level per competency (lead or agreed, most recent)
    fits: tuple[ProfileFit, ...]  # chosen profile first, then by fit
    assessments: tuple[Assessment, ...]  # oldest first, every kind
    authorities: tuple[AuthorityStatus, ...]
    plan: DevelopmentPlan | None  # the current (latest) plan
    offers: Mapping[str, TrainingOffer]  # by code, including inactive ones
    registrations: tuple[Registration, ...] = ()  # by kind
    registration_kinds: Mapping[str, RegistrationKind] = field(default_factory=dict)
    today: dt.date = field(default_factory=dt.date.today)  # the day validity was judged on
    #: Per shown competency: current level, its evidence and the interview that agreed it.
    record: tuple[RecordLine, ...] = ()

    def fit_for(self, profile_code: str) -> ProfileFit | None:
        return next((f for f in self.fits if f.profile.code == profile_code), None)

    @property
    def framework_competencies(self) -> tuple[Competency, ...]:
        """The competencies of the shown frameworks, in framework order."""
        return tuple(c for f in self.frameworks for c in f.competencies)


def _competency_frameworks(frameworks: Sequence[Framework]) -> dict[str, str]:
    return {c.code: f.code for f in frameworks for c in f.competencies}


def shown_match(employee: Employee, matches: Sequence[Match]) -> Match | None:
    """The match the table shows: the chosen profile, else the best-fitting relevant one."""
    chosen = next((m for m in matches if m.profile == employee.target_profile), None)
    return chosen or best_match(matches)


def staff_list(uow: UnitOfWork, progress: ProgressCallback | None = None) -> StaffList:
    """Every employee with fit and readiness for their chosen profile (else their best one)."""
    session = uow.session
    employees = repo.load_employees(session)
    frameworks = repo.load_frameworks(session)
    profiles = repo.load_profiles(session)
    settings = Settings.from_flat(repo.load_settings(session))
    if progress:
        progress(0, len(employees), "Niveaus lezen…")
    with engine.paused_gc():
        levels = analysis_queries.current_levels(session)
    compiled = [CompiledProfile.of(p) for p in profiles]
    scorers = {p.code: Scorer(p, settings.scoring) for p in compiled}
    owner = _competency_frameworks(frameworks)
    rows: list[EmployeeRow] = []
    total = len(employees)
    empty: dict[str, int] = {}
    with engine.paused_gc():
        for index, employee in enumerate(employees):
            person = levels.get(employee.personnel_number, empty)
            relevant = engine.relevant_profiles(employee, person, compiled, owner)
            matches = [scorers[p.code](person) for p in relevant]
            best = best_match(matches)
            shown = shown_match(employee, matches)
            rows.append(
                EmployeeRow(
                    personnel_number=employee.personnel_number,
                    name=employee.name,
                    sort_name=employee.sort_name,
                    unit=employee.unit or "",
                    job_title=employee.job_title,
                    target_profile=employee.target_profile,
                    profile=shown.profile if shown else None,
                    fit_pct=shown.fit_pct if shown else None,
                    coverage_pct=shown.coverage_pct if shown else None,
                    readiness=shown.readiness if shown else Readiness.INSUFFICIENT_DATA,
                    best_profile=best.profile if best else None,
                )
            )
            if progress and index % 2000 == 1999:
                progress(index + 1, total, "Geschiktheid berekenen…")
    return StaffList(tuple(rows), {p.code: p.name for p in profiles})


def _authority_status(
    authority: Authority,
    levels: Mapping[str, int],
    completed_offers: set[str],
    offers: Mapping[str, TrainingOffer],
    competencies: Mapping[str, Competency],
    valid_registrations: frozenset[str] = frozenset(),
    kinds: Mapping[str, RegistrationKind] | None = None,
) -> AuthorityStatus:
    missing: list[str] = []
    met: list[str] = []
    if authority.competency and authority.min_level:
        level = levels.get(authority.competency)
        name = (
            competencies[authority.competency].name
            if authority.competency in competencies
            else authority.competency
        )
        if level is None:
            missing.append(f"{name}: niveau onbekend, {authority.min_level} nodig")
        elif level < authority.min_level:
            missing.append(f"{name}: niveau {level}, {authority.min_level} nodig")
        else:
            met.append(f"{name}: niveau {level} (≥ {authority.min_level})")
    if authority.required_offer:
        offer = offers.get(authority.required_offer)
        title = offer.name if offer else authority.required_offer
        if authority.required_offer in completed_offers:
            met.append(f"opleiding '{title}' afgerond")
        else:
            missing.append(f"opleiding '{title}' nog niet afgerond")
    if authority.required_registration:
        kind = (kinds or {}).get(authority.required_registration)
        title = kind.name if kind else authority.required_registration
        if authority.required_registration in valid_registrations:
            met.append(f"'{title}' geldig")
        else:
            missing.append(f"'{title}' ontbreekt of is verlopen")
    if not met and not missing:
        return AuthorityStatus(authority, True, "geen voorwaarden")
    if missing:
        return AuthorityStatus(authority, False, "; ".join(missing))
    return AuthorityStatus(authority, True, "; ".join(met))


def employee_detail(
    uow: UnitOfWork, personnel_number: str, *, today: dt.date | None = None
) -> EmployeeDetail:
    """Everything the detail pane shows about one person.

    Raises:
        NotFoundError: no employee has this personnel number.
    """
    session = uow.session
    employee = repo.get_employee(session, personnel_number)
    frameworks = repo.load_frameworks(session)
    profiles = repo.load_profiles(session)
    settings = Settings.from_flat(repo.load_settings(session))
    levels = analysis_queries.current_levels(session, personnel_number=personnel_number).get(
        personnel_number, {}
    )
    assessments = repo.load_assessments(session, personnel_number)
    plans = repo.load_plans(session, personnel_number)
    authorities = repo.load_authorities(session)
    offers = {o.code: o for o in repo.load_catalogue(session, include_inactive=True)}
    owner = _competency_frameworks(frameworks)
    by_code = {p.code: p for p in profiles}
    relevant = engine.relevant_profiles(
        employee, levels, [CompiledProfile.of(p) for p in profiles], owner
    )
    fits = [
        ProfileFit(
            by_code[p.code],
            Scorer(p, settings.scoring)(levels),
            p.code == employee.target_profile,
        )
        for p in relevant
    ]
    fits.sort(key=lambda f: (not f.chosen, -f.match.fit_pct, f.profile.code))
    relevant_frameworks = {p.framework for p in relevant}
    # History also shows competencies that were scored in a framework without a relevant profile.
    relevant_frameworks |= {owner[c] for a in assessments for c in a.scores if c in owner}
    shown = tuple(f for f in frameworks if f.code in relevant_frameworks) or tuple(frameworks[:1])
    completed = {
        item.offer
        for plan in plans
        for item in plan.items
        if item.offer and item.status is PlanItemStatus.DONE
    }
    competencies = {c.code: c for f in frameworks for c in f.competencies}
    today = today or dt.date.today()
    registrations = tuple(registration_queries.load_registrations(session, [personnel_number]))
    kinds = {k.code: k for k in registration_queries.load_kinds(session)}
    valid = valid_kinds(registrations, today)
    statuses = tuple(
        _authority_status(a, levels, completed, offers, competencies, valid, kinds)
        for a in authorities
        if a.framework in relevant_frameworks
    )
    return EmployeeDetail(
        employee=employee,
        frameworks=shown,
        scale=shown[0].scale if shown else LevelScale("", "", ()),
        competencies=competencies,
        levels=levels,
        fits=tuple(fits),
        assessments=tuple(assessments),
        authorities=statuses,
        plan=plans[-1] if plans else None,
        offers=offers,
        registrations=registrations,
        registration_kinds=kinds,
        today=today,
        record=competence_record(
            assessments,
            [c.code for f in shown for c in f.competencies],
            record_queries.assessment_interviews(session, personnel_number),
        ),
    )


def history_matrix(
    assessments: Sequence[Assessment], competencies: Sequence[str]
) -> list[tuple[Assessment, list[int | None]]]:
    """Per assessment (oldest first) the level of each competency in ``competencies``."""
    return [
        (a, [a.scores[c].level if c in a.scores else None for c in competencies])
        for a in assessments
        if any(c in a.scores for c in competencies)
    ]
