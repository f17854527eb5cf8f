"""Teams: members x competencies against a profile, the coverage per competency and the
continuity risks (a required competency reached by one member or by nobody)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from competentieplanner.domain.errors import NotFoundError
from competentieplanner.domain.model import Competency, Employee, LevelScale, OrgUnit, Profile
from competentieplanner.domain.registrations import Registration
from competentieplanner.domain.scoring import CompiledProfile, TeamCoverage, team_coverage
from competentieplanner.persistence import analysis_queries, team_queries
from competentieplanner.persistence import registrations as registration_queries
from competentieplanner.persistence import repositories as repo
from competentieplanner.persistence.unit_of_work import UnitOfWork


@dataclass(frozen=True, slots=True)
class TeamInfo:
    name: str
    kind: str  # "team" or "afdeling"
    parent: str | None
    profile: str | None  # the team profile, if any
    members: int  # direct members


@dataclass(frozen=True, slots=True)
class TeamRisk:
    """Continuity risks of a team against its team profile."""

    unit: str
    profile: str
    members: int
    uncovered: tuple[str, ...]  # competency codes nobody in the team reaches
    single: tuple[str, ...]  # competency codes exactly one member reaches

    @property
    def risk_count(self) -> int:
        return len(self.uncovered) + len(self.single)


def continuity_risks(
    units: Sequence[OrgUnit],
    members: Mapping[str, Sequence[tuple[str, Mapping[str, int]]]],
    profiles: Mapping[str, CompiledProfile],
) -> list[TeamRisk]:
    """Risks of every unit that has a team profile and direct members (also when none)."""
    risks = []
    for unit in units:
        team = members.get(unit.name, ())
        if not unit.profile or not team or unit.profile not in profiles:
            continue
        coverage = team_coverage(profiles[unit.profile], team)
        risks.append(
            TeamRisk(unit.name, unit.profile, len(team), coverage.uncovered, coverage.single_cover)
        )
    return risks


def team_risks(uow: UnitOfWork) -> dict[str, TeamRisk]:
    """unit name -> its continuity risks, for every unit with a team profile and members."""
    session = uow.session
    units = repo.load_units(session)
    profiles = {p.code: CompiledProfile.of(p) for p in repo.load_profiles(session)}
    rows = team_queries.profiled_unit_members(session)
    unit_ids = team_queries.profiled_unit_ids(session)
    levels = analysis_queries.current_levels(session, unit_ids=unit_ids) if unit_ids else {}
    members: dict[str, list[tuple[str, Mapping[str, int]]]] = {}
    for unit, number in rows:
        members.setdefault(unit, []).append((number, levels.get(number, {})))
    return {risk.unit: risk for risk in continuity_risks(units, members, profiles)}


@dataclass(frozen=True, slots=True)
class TeamHeatmap:
    unit: str
    profile: Profile
    scale: LevelScale
    competencies: tuple[Competency, ...]  # the profile's competencies, in framework order
    members: tuple[Employee, ...]  # sorted by last name
    levels: Mapping[str, Mapping[str, int]]  # personnel number -> competency -> level
    coverage: TeamCoverage
    #: personnel number -> the member's registrations and certificates (issue 14)
    registrations: Mapping[str, tuple[Registration, ...]] = field(default_factory=dict)
    kind_names: Mapping[str, str] = field(default_factory=dict)  # kind code -> name
    day: dt.date = field(default_factory=dt.date.today)  # validity is judged on this day

    def expired(self, personnel_number: str) -> tuple[Registration, ...]:
        held = self.registrations.get(personnel_number, ())
        return tuple(r for r in held if not r.is_valid(self.day))

    def target(self, competency: str) -> int:
        return next(q.target for q in self.profile.requirements if q.competency == competency)

    def critical(self, competency: str) -> bool:
        return any(q.critical for q in self.profile.requirements if q.competency == competency)


def list_teams(uow: UnitOfWork) -> list[TeamInfo]:
    """Every unit with its direct member count, teams first, then by name."""
    units = repo.load_units(uow.session)
    counts = team_queries.member_counts(uow.session)
    infos = [TeamInfo(u.name, u.kind, u.parent, u.profile, counts.get(u.name, 0)) for u in units]
    infos.sort(key=lambda t: (t.kind != "team", t.name))
    return infos


def profile_choices(uow: UnitOfWork) -> list[tuple[str, str]]:
    """(code, name) of every profile, in the order HR defined them."""
    return [(p.code, p.name) for p in repo.load_profiles(uow.session)]


def default_profile(uow: UnitOfWork, unit: str) -> str | None:
    """The team's own profile, else the most chosen profile among its members."""
    found = _unit(session_units=repo.load_units(uow.session), name=unit)
    if found.profile:
        return found.profile
    chosen = [
        e.target_profile for e in repo.load_employees(uow.session, unit=unit) if e.target_profile
    ]
    if not chosen:
        return None
    return max(sorted(set(chosen)), key=chosen.count)


def _unit(session_units: list[OrgUnit], name: str) -> OrgUnit:
    for unit in session_units:
        if unit.name == name:
            return unit
    known = ", ".join(u.name for u in session_units) or "(geen)"
    raise NotFoundError(f"Afdeling of team '{name}' bestaat niet. Bekend: {known}.")


def team_heatmap(uow: UnitOfWork, unit: str, profile_code: str | None = None) -> TeamHeatmap:
    """The members of ``unit`` (and the teams below it) against ``profile_code`` (default: the
    team's profile, else the most chosen one among its members).

    Raises:
        NotFoundError: the unit or profile does not exist.
        UserError: no profile is given and the team has none.
    """
    code = profile_code or default_profile(uow, unit)
    if code is None:
        raise NotFoundError(
            f"Team '{unit}' heeft geen teamprofiel en niemand in het team heeft een gekozen "
            "profiel; kies een profiel om het team tegen te meten."
        )
    session = uow.session
    profile = repo.get_profile(session, code)
    frameworks = repo.load_frameworks(session)
    members = repo.load_employees(session, unit=unit)
    unit_ids = repo.unit_and_descendants(session, unit)
    levels = analysis_queries.current_levels(session, unit_ids=unit_ids)
    framework = next(f for f in frameworks if f.code == profile.framework)
    required = {q.competency for q in profile.requirements}
    competencies = tuple(c for c in framework.competencies if c.code in required)
    member_levels = [(e.personnel_number, levels.get(e.personnel_number, {})) for e in members]
    held: dict[str, list[Registration]] = {}
    numbers = [e.personnel_number for e in members]
    for registration in registration_queries.load_registrations(session, numbers):
        held.setdefault(registration.personnel_number, []).append(registration)
    kinds = {k.code: k.name for k in registration_queries.load_kinds(session)}
    return TeamHeatmap(
        unit=unit,
        profile=profile,
        scale=framework.scale,
        competencies=competencies,
        members=tuple(members),
        levels={number: lv for number, lv in member_levels},
        coverage=team_coverage(profile, member_levels),
        registrations={number: tuple(items) for number, items in held.items()},
        kind_names=kinds,
    )
