"""Gathering what the PDF reports show: bulk reads from the database plus the engine's scoring,
turned into the plain data of :mod:`competentieplanner.reports.data`.

Everything is read in a few bulk queries per export (a 500-person unit does not cost 500 round
trips); the reports package itself never touches the database.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from competentieplanner.domain.competence_record import short, trends_of
from competentieplanner.domain.interview_history import LevelsAround, levels_around
from competentieplanner.domain.model import (
    Authority,
    Competency,
    DevelopmentPlan,
    Employee,
    Framework,
    InterviewKind,
    PlanItem,
    PlanItemStatus,
    Profile,
)
from competentieplanner.domain.registrations import Registration, valid_kinds
from competentieplanner.domain.scoring import (
    CompiledProfile,
    Match,
    Scorer,
    best_match,
)
from competentieplanner.domain.settings import Settings
from competentieplanner.persistence import competence_record as record_queries
from competentieplanner.persistence import registrations as registration_queries
from competentieplanner.persistence import report_queries
from competentieplanner.persistence import repositories as repo
from competentieplanner.persistence.records import InterviewRecord
from competentieplanner.persistence.unit_of_work import UnitOfWork
from competentieplanner.reports import labels
from competentieplanner.reports.charts import BarRow
from competentieplanner.reports.data import (
    AnswerLine,
    AuthorityLine,
    DevelopmentPlanData,
    EvidenceLine,
    GapLine,
    InterviewSummary,
    LevelLine,
    PlanLine,
    PlanSummary,
    ProfileFit,
    Scale,
    TrendLine,
)
from competentieplanner.services import engine

ORGANISATION_SETTING = "reports.organisation_name"

Levels = dict[str, int]


@dataclass(frozen=True)
class Reference:
    """Shared lookups, loaded once per export."""

    competencies: Mapping[str, Competency]
    competency_framework: Mapping[str, str]
    frameworks: Mapping[str, Framework]
    profiles: tuple[Profile, ...]
    compiled: tuple[CompiledProfile, ...]
    scorers: Mapping[str, Scorer]
    authorities: tuple[Authority, ...]
    offer_names: Mapping[str, str]
    settings: Settings
    organisation: str
    registration_names: Mapping[str, str] = field(default_factory=dict)  # kind code -> name

    def profile(self, code: str) -> Profile:
        return next(p for p in self.profiles if p.code == code)

    def profile_name(self, code: str | None) -> str:
        found = next((p.name for p in self.profiles if p.code == code), None)
        return found or (code or "")

    def scale(self, framework_codes: Iterable[str]) -> Scale:
        labels: dict[int, str] = {}
        maximum = 0
        for code in framework_codes:
            fw = self.frameworks.get(code)
            if fw is None:
                continue
            maximum = max(maximum, fw.scale.maximum)
            for level in fw.scale.levels:
                labels.setdefault(level.level, level.label)
        if not maximum:  # no framework at hand: the first one's scale
            first = next(iter(self.frameworks.values()), None)
            maximum = first.scale.maximum if first else 4
            labels = {lv.level: lv.label for lv in first.scale.levels} if first else {}
        return Scale(maximum, labels)


@dataclass
class PersonFacts:
    """What the database holds about one person, read in bulk."""

    employee: Employee
    levels: Levels = field(default_factory=dict)
    plan: DevelopmentPlan | None = None
    completed_offers: frozenset[str] = frozenset()
    registrations: tuple[Registration, ...] = ()
    valid_registrations: frozenset[str] = frozenset()  # kind codes valid on the report's day
    interview: InterviewSummary | None = None
    plan_version: int = 0  # the current plan's number among the person's plans (1, 2, 3)
    levels_around: LevelsAround | None = None  # of the latest interview
    #: competency code -> (day, text) of the latest evidence behind a counting level.
    evidence: dict[str, tuple[dt.date, str]] = field(default_factory=dict)
    #: competency code -> the counting level per day, oldest first.
    trends: dict[str, tuple[tuple[dt.date, int], ...]] = field(default_factory=dict)


def load_reference(uow: UnitOfWork, organisation: str | None = None) -> Reference:
    session = uow.session
    frameworks = repo.load_frameworks(session)
    competencies = {c.code: c for fw in frameworks for c in fw.competencies}
    flat = repo.load_settings(session)
    settings = Settings.from_flat(flat)
    profiles = tuple(repo.load_profiles(session))
    compiled = tuple(CompiledProfile.of(p) for p in profiles)
    return Reference(
        competencies=competencies,
        competency_framework={c.code: c.framework for c in competencies.values()},
        frameworks={fw.code: fw for fw in frameworks},
        profiles=profiles,
        compiled=compiled,
        scorers={p.code: Scorer(p, settings.scoring) for p in compiled},
        authorities=tuple(repo.load_authorities(session)),
        offer_names={o.code: o.name for o in repo.load_catalogue(session, include_inactive=True)},
        settings=settings,
        organisation=organisation or organisation_name(uow, flat),
        registration_names={k.code: k.name for k in registration_queries.load_kinds(session)},
    )


def organisation_name(uow: UnitOfWork, flat_settings: Mapping[str, object]) -> str:
    """The name in every page header: the setting, else the one top unit, else a neutral name."""
    value = flat_settings.get(ORGANISATION_SETTING)
    if isinstance(value, str) and value.strip():
        return value.strip()
    roots = [u.name for u in repo.load_units(uow.session) if u.parent is None]
    return roots[0] if len(roots) == 1 else "Competentieplanner"


# -- bulk reads -----------------------------------------------------------------------------------
def load_facts(
    uow: UnitOfWork,
    employees: Sequence[Employee],
    *,
    levels: Mapping[str, Levels],
    with_interviews: bool = True,
) -> dict[str, PersonFacts]:
    """Plans, completed offers and (optionally) the latest interview of every person, in bulk."""
    ids = report_queries.employee_ids(uow.session, (e.personnel_number for e in employees))
    number_of = {v: k for k, v in ids.items()}
    facts = {
        e.personnel_number: PersonFacts(e, dict(levels.get(e.personnel_number, {})))
        for e in employees
    }
    completed: dict[str, set[str]] = defaultdict(set)
    for plan in report_queries.plans_of(uow.session, number_of):
        number = plan.personnel_number
        facts[number].plan = plan  # oldest first: the last one stays, the current plan
        facts[number].plan_version += 1
        completed[number].update(
            item.offer for item in plan.items if item.offer and item.status is PlanItemStatus.DONE
        )
    for number, offers in completed.items():
        facts[number].completed_offers = frozenset(offers)
    today = dt.date.today()
    held: dict[str, list[Registration]] = defaultdict(list)
    for registration in registration_queries.load_registrations(uow.session, facts):
        held[registration.personnel_number].append(registration)
    for number, registrations in held.items():
        facts[number].registrations = tuple(registrations)
        facts[number].valid_registrations = valid_kinds(registrations, today)
    if with_interviews:
        latest = report_queries.latest_interviews(uow.session, list(number_of))
        scores = report_queries.scored_levels(uow.session, list(number_of))
        for employee_id, scored in scores.items():
            facts[number_of[employee_id]].trends = trends_of(scored)
        for employee_id, evidence in record_queries.latest_evidence(
            uow.session, list(number_of)
        ).items():
            facts[number_of[employee_id]].evidence = evidence
        for employee_id, record in latest.items():
            number = number_of[employee_id]
            facts[number].interview = interview_summary(record)
            facts[number].levels_around = levels_around(
                scores.get(employee_id, ()), record.id, record.held_on
            )
    return facts


def interview_summary(record: InterviewRecord) -> InterviewSummary:
    """One stored interview as the reports show it, with its answers in question order."""
    answers = sorted(record.answers, key=lambda a: (a.question.sort_order, a.question.code))
    return InterviewSummary(
        kind=_interview_kind(record.kind),
        held_on=record.held_on,
        team_lead=record.team_lead,
        answers=tuple(
            AnswerLine(a.question.theme, a.question.text, a.answer, a.rating, a.prepared)
            for a in answers
            if a.answer.strip() or a.rating is not None or a.prepared.strip()
        ),
        agreements=record.agreements,
        unscored=tuple(code for code in record.unscored.split(",") if code),
        judgement=record.judgement or "",
        employee_response=record.employee_response or "",
        next_kind=_interview_kind(record.next_kind) if record.next_kind else "",
        next_on=record.next_on,
    )


def _interview_kind(value: str) -> str:
    try:
        return InterviewKind(value).value
    except ValueError:
        return value or "gesprek"


def names_by_number(uow: UnitOfWork, numbers: Iterable[str]) -> dict[str, Employee]:
    wanted = sorted({n for n in numbers if n})
    found: dict[str, Employee] = {}
    chunk = report_queries.CHUNK
    for start in range(0, len(wanted), chunk):
        for person in repo.load_employees(
            uow.session, personnel_numbers=wanted[start : start + chunk]
        ):
            found[person.personnel_number] = person
    return found


# -- the Ontwikkelplan ----------------------------------------------------------------------------
def relevant_profiles(
    ref: Reference, person: PersonFacts, focus: str | None
) -> list[CompiledProfile]:
    """The focus profile (``--profile``), the chosen one, then every profile of a framework the
    person has a current level in (the engine's rule), in the usual profile order."""
    relevant = engine.relevant_profiles(
        person.employee, person.levels, ref.compiled, ref.competency_framework
    )
    first = [code for code in (focus, person.employee.target_profile) if code]
    by_code = {p.code: p for p in ref.compiled}
    ordered = [by_code[code] for code in dict.fromkeys(first) if code in by_code]
    return ordered + [p for p in relevant if p not in ordered]


def primary_match(ref: Reference, person: PersonFacts) -> Match | None:
    """The chosen profile's match, else the best-fitting relevant profile's."""
    profiles = relevant_profiles(ref, person, None)
    if not profiles:
        return None
    target = person.employee.target_profile
    if target is not None and target in ref.scorers:
        return ref.scorers[target](person.levels)
    return best_match(ref.scorers[p.code](person.levels) for p in profiles)


def development_plan_data(
    ref: Reference,
    person: PersonFacts,
    *,
    focus: str | None,
    team_lead: str,
    language: str = labels.DEFAULT_LANGUAGE,
) -> DevelopmentPlanData:
    employee = person.employee
    profiles = relevant_profiles(ref, person, focus)
    order = {code: index for index, code in enumerate(ref.competencies)}
    fits: list[ProfileFit] = []
    gap_lines: dict[str, GapLine] = {}
    for compiled in profiles:
        match = ref.scorers[compiled.code](person.levels)
        profile = ref.profile(compiled.code)
        requirements = sorted(profile.requirements, key=lambda q: order.get(q.competency, 1 << 30))
        rows = tuple(
            BarRow(
                q.competency,
                competency_name(ref, q.competency),
                q.target,
                person.levels.get(q.competency),
                q.critical,
            )
            for q in requirements
        )
        fits.append(
            ProfileFit(
                compiled.code,
                profile.name,
                match.fit_pct,
                match.coverage_pct,
                match.readiness,
                compiled.code == employee.target_profile,
                rows,
            )
        )
        for gap in match.gaps:
            _add_gap(
                gap_lines, ref, profile.name, gap.competency, gap.level, gap.target, gap.critical
            )
    t = labels.translator(language)
    plan = person.plan
    summary = None
    if plan is not None:
        summary = PlanSummary(
            created_on=plan.created_on,
            status=plan.status.value,
            signed_on=plan.signed_on,
            profile_name=ref.profile_name(plan.profile) if plan.profile else "",
            version=person.plan_version or 1,
            supersedes_version=(person.plan_version - 1) if person.plan_version > 1 else None,
            lines=tuple(
                PlanLine(
                    str(item.quarter),
                    item.title,
                    item.hours,
                    item.cost,
                    item.funding.label,
                    item.status.value,
                    item.repayment_clause,
                    smart_text(item, t),
                )
                for item in plan.items
            ),
        )
    frameworks = {p.framework for p in profiles} | {
        ref.competency_framework[c] for c in person.levels if c in ref.competency_framework
    }
    held, within_reach = authority_lines(ref, person, frameworks, language)
    return DevelopmentPlanData(
        personnel_number=employee.personnel_number,
        name=employee.name,
        sort_name=employee.sort_name,
        unit=employee.unit or "",
        job_title=employee.job_title,
        fte=employee.fte,
        team_lead=team_lead,
        chosen_profile=ref.profile_name(employee.target_profile) if employee.target_profile else "",
        scale=ref.scale(frameworks),
        fits=tuple(fits),
        gaps=tuple(gap_lines.values()),
        plan=summary,
        interview=person.interview,
        authorities_held=held,
        authorities_next=within_reach,
        registrations=registration_lines(ref, person, t),
        evidence=evidence_lines(ref, person),
        trends=trend_lines(ref, person),
        focus_profile=ref.profile_name(focus) if focus else "",
        interview_levels=level_lines(ref, person.levels_around),
        unscored_names=tuple(
            competency_name(ref, code)
            for code in (person.interview.unscored if person.interview else ())
        ),
    )


def level_lines(ref: Reference, around: LevelsAround | None) -> tuple[LevelLine, ...]:
    """Every competency scored before, in or for the interview, in framework order."""
    if around is None:
        return ()
    codes = set(around.before) | set(around.after) | set(around.self_levels)
    order = {code: index for index, code in enumerate(ref.competencies)}
    return tuple(
        LevelLine(
            code,
            competency_name(ref, code),
            around.before.get(code),
            around.after.get(code),
            around.self_levels.get(code),
        )
        for code in sorted(codes, key=lambda c: (order.get(c, 1 << 30), c))
    )


def evidence_lines(ref: Reference, person: PersonFacts) -> tuple[EvidenceLine, ...]:
    """The latest evidence per competency, shortened for the page, in framework order."""
    order = {code: index for index, code in enumerate(ref.competencies)}
    return tuple(
        EvidenceLine(
            code, competency_name(ref, code), person.levels.get(code), day, short(text)
        )
        for code, (day, text) in sorted(
            person.evidence.items(), key=lambda item: (order.get(item[0], 1 << 30), item[0])
        )
    )


def trend_lines(ref: Reference, person: PersonFacts) -> tuple[TrendLine, ...]:
    """The competencies whose level was scored on more than one day, in framework order."""
    order = {code: index for index, code in enumerate(ref.competencies)}
    return tuple(
        TrendLine(code, competency_name(ref, code), points)
        for code, points in sorted(
            person.trends.items(), key=lambda item: (order.get(item[0], 1 << 30), item[0])
        )
        if len(points) > 1
    )


def smart_text(item: PlanItem, t: Callable[[str], str]) -> str:
    """The SMART parts agreed for a plan item, in words of ``t`` ("" when none)."""
    parts = []
    if item.result.strip():
        parts.append(t("resultaat: {result}").format(result=item.result.strip()))
    if item.owner.strip():
        parts.append(t("trekker: {owner}").format(owner=item.owner.strip()))
    if item.deadline is not None:
        parts.append(t("uiterlijk {date}").format(date=item.deadline.strftime("%d-%m-%Y")))
    return "; ".join(parts)


def competency_name(ref: Reference, code: str) -> str:
    found = ref.competencies.get(code)
    return found.name if found else code


def _add_gap(
    lines: dict[str, GapLine],
    ref: Reference,
    profile_name: str,
    code: str,
    level: int | None,
    target: int,
    critical: bool,
) -> None:
    existing = lines.get(code)
    if existing is not None:
        lines[code] = GapLine(
            existing.code,
            existing.name,
            existing.level,
            existing.next_level,
            existing.indicator,
            existing.critical or critical,
            (*existing.targets, (profile_name, target)),
        )
        return
    next_level = target if level is None else level + 1
    competency = ref.competencies.get(code)
    indicator = competency.indicator(next_level) if competency else ""
    lines[code] = GapLine(
        code,
        competency_name(ref, code),
        level,
        next_level,
        indicator,
        critical,
        ((profile_name, target),),
    )


def authority_lines(
    ref: Reference,
    person: PersonFacts,
    frameworks: set[str],
    language: str = labels.DEFAULT_LANGUAGE,
) -> tuple[tuple[AuthorityLine, ...], tuple[AuthorityLine, ...]]:
    """Authorities held, and those within reach: not held, and at most one level short (or only
    the required training still to complete). The conditions are worded in ``language``."""
    t = labels.translator(language)
    held: list[AuthorityLine] = []
    within_reach: list[AuthorityLine] = []
    for authority in ref.authorities:
        if authority.framework not in frameworks:
            continue
        condition: list[str] = []
        missing: list[str] = []
        level_gap = 0
        if authority.competency and authority.min_level:
            name = competency_name(ref, authority.competency)
            condition.append(
                t("{name}: niveau {level}").format(name=name, level=authority.min_level)
            )
            level = person.levels.get(authority.competency)
            if level is None:
                level_gap = 1 << 30  # unknown: not within reach until it has been assessed
                missing.append(t("{name}: niveau onbekend").format(name=name))
            elif level < authority.min_level:
                level_gap = authority.min_level - level
                missing.append(
                    t("{name} van {level} naar {target}").format(
                        name=name, level=level, target=authority.min_level
                    )
                )
        if authority.required_offer:
            offer = ref.offer_names.get(authority.required_offer, authority.required_offer)
            condition.append(t("opleiding '{offer}' afgerond").format(offer=offer))
            if authority.required_offer not in person.completed_offers:
                missing.append(t("opleiding '{offer}' afronden").format(offer=offer))
        if authority.required_registration:
            kind = ref.registration_names.get(
                authority.required_registration, authority.required_registration
            )
            condition.append(t("'{kind}' geldig").format(kind=kind))
            if authority.required_registration not in person.valid_registrations:
                missing.append(t("'{kind}' halen of vernieuwen").format(kind=kind))
        line = AuthorityLine(authority.name, "; ".join(condition) or t("geen voorwaarden"))
        if not missing:
            held.append(line)
        elif level_gap <= 1:
            within_reach.append(AuthorityLine(line.name, line.condition, "; ".join(missing)))
    return tuple(held), tuple(within_reach)


def registration_lines(
    ref: Reference, person: PersonFacts, t: Callable[[str], str]
) -> tuple[tuple[str, str, str], ...]:
    lines = []
    for registration in person.registrations:
        name = ref.registration_names.get(registration.kind, registration.kind)
        until = registration.valid_until
        if until is None:
            state = t("geen einddatum")
        elif registration.kind in person.valid_registrations:
            state = t("geldig tot {date}").format(date=f"{until:%d-%m-%Y}")
        else:
            state = t("verlopen op {date}").format(date=f"{until:%d-%m-%Y}")
        lines.append((name, registration.number, state))
    return tuple(lines)


def team_lead_name(
    person: Employee, managers: Mapping[str, Employee], interview: InterviewSummary | None
) -> str:
    """The manager's name; else the team lead named in the latest interview."""
    if person.manager and person.manager in managers:
        return managers[person.manager].name
    return interview.team_lead if interview else ""


def most_common(values: Iterable[str]) -> str | None:
    counts = Counter(v for v in values if v)
    return counts.most_common(1)[0][0] if counts else None


def period_of(day: dt.date | None) -> dt.date:
    return day or dt.date.today()
