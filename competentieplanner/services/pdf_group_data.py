"""Gathering the group documents' data: the Teamoverzicht (heatmap, coverage, plan, budget of a
unit) and the HRM-overzicht (futures of the policy advisors, shortfalls, budget per quarter).

Works on :class:`~competentieplanner.services.pdf_report_data.PersonFacts` read in bulk; the
privacy suppression itself is applied where the figures are laid out
(:mod:`competentieplanner.reports.privacy`), because it depends on which totals are printed.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from decimal import Decimal

from competentieplanner.domain.model import (
    Budget,
    Employee,
    FundingSource,
    OrgUnit,
    PlanItem,
    PlanItemStatus,
    Readiness,
)
from competentieplanner.domain.registrations import expiring
from competentieplanner.domain.scoring import CompiledProfile, best_match, team_coverage
from competentieplanner.reports.data import (
    BudgetLine,
    BudgetYear,
    CoverageLine,
    FutureRow,
    HeatmapMember,
    HrmOverviewData,
    ShortfallGroup,
    ShortfallLine,
    TeamOverviewData,
    TeamPlanLine,
    TeamProfileView,
    TeamRegistrationLine,
    UnitBudgetRow,
)
from competentieplanner.services import engine
from competentieplanner.services.pdf_report_data import (
    PersonFacts,
    Reference,
    competency_name,
    most_common,
    primary_match,
)

#: Profile codes of the three futures of the policy advisor (see docs/cli-pdf.md).
FUTURES: tuple[str, ...] = ("strategisch", "aanbieders", "faciliterend")
#: How far ahead the Teamoverzicht looks for registrations that expire (issue 14).
EXPIRING_WITHIN_DAYS = 90
#: Job titles containing one of these words count as policy advisor in the HRM overview.
ADVISOR_TITLE_WORDS: tuple[str, ...] = ("beleidsadviseur", "beleidsmedewerker")


# -- the Teamoverzicht ----------------------------------------------------------------------------
def unit_lead(members: Sequence[Employee], everyone: Mapping[str, Employee]) -> str:
    """The head of the unit: the one member whose manager is outside the unit; otherwise the
    manager most members report to."""
    numbers = {m.personnel_number for m in members}
    tops = [m for m in members if m.manager not in numbers]
    if len(tops) == 1:
        return tops[0].name
    manager = most_common(m.manager or "" for m in members)
    return everyone[manager].name if manager and manager in everyone else ""


def team_profile_views(
    ref: Reference,
    facts: Sequence[PersonFacts],
    unit_profile: str | None,
) -> tuple[TeamProfileView, ...]:
    """The unit's own profile (all members); without one, every profile relevant for at least
    one member (the engine's rule), each with the members it is relevant for."""
    by_code = {p.code: p for p in ref.compiled}
    # (profile, the members it is shown for, how many of them chose it; None: the unit's own)
    plan: list[tuple[CompiledProfile, list[PersonFacts], int | None]]
    if unit_profile in by_code:
        plan = [(by_code[unit_profile], list(facts), None)]
    else:
        relevant: dict[str, list[PersonFacts]] = defaultdict(list)
        for person in facts:
            for relevant_profile in engine.relevant_profiles(
                person.employee, person.levels, ref.compiled, ref.competency_framework
            ):
                relevant[relevant_profile.code].append(person)
        plan = []
        for compiled in ref.compiled:
            people = relevant.get(compiled.code)
            if not people:
                continue
            chosen = sum(p.employee.target_profile == compiled.code for p in people)
            plan.append((compiled, people, chosen))
    order = {code: index for index, code in enumerate(ref.competencies)}
    views = []
    for compiled, people, chosen_by in plan:
        profile = ref.profile(compiled.code)
        requirements = sorted(profile.requirements, key=lambda q: order.get(q.competency, 1 << 30))
        scorer = ref.scorers[compiled.code]
        members = tuple(
            HeatmapMember(
                p.employee.personnel_number,
                p.employee.sort_name,
                tuple(p.levels.get(q.competency) for q in requirements),
                scorer(p.levels).readiness,
            )
            for p in people
        )
        coverage = team_coverage(
            compiled, [(p.employee.personnel_number, p.levels) for p in people]
        )
        name_of = {p.employee.personnel_number: p.employee.sort_name for p in people}
        by_competency = {c.competency: c for c in coverage.competencies}
        views.append(
            TeamProfileView(
                code=compiled.code,
                name=profile.name,
                chosen_by=chosen_by,
                competencies=tuple(
                    (q.competency, competency_name(ref, q.competency), q.target, q.critical)
                    for q in requirements
                ),
                members=members,
                coverage=tuple(
                    CoverageLine(
                        q.competency,
                        competency_name(ref, q.competency),
                        q.target,
                        q.critical,
                        tuple(name_of[n] for n in by_competency[q.competency].reached_by),
                        by_competency[q.competency].risk,
                    )
                    for q in requirements
                ),
            )
        )
    return tuple(views)


def current_items(facts: Iterable[PersonFacts]) -> Iterator[tuple[PersonFacts, PlanItem]]:
    """Items of everyone's current plan that still count (cancelled ones do not)."""
    for person in facts:
        if person.plan is None:
            continue
        for item in person.plan.items:
            if item.status is not PlanItemStatus.CANCELLED:
                yield person, item


def team_plan_lines(facts: Sequence[PersonFacts]) -> tuple[TeamPlanLine, ...]:
    lines = [
        TeamPlanLine(
            str(item.quarter),
            person.employee.sort_name,
            item.title,
            item.hours,
            item.cost,
            item.funding.label,
            item.status.value,
        )
        for person, item in current_items(facts)
    ]
    lines.sort(key=lambda line: (line.quarter, line.member, line.title))
    return tuple(lines)


def team_budget(
    facts: Sequence[PersonFacts], budgets: Mapping[int, Decimal]
) -> tuple[BudgetLine, ...]:
    employer: dict[int, Decimal] = defaultdict(Decimal)
    other: dict[int, Decimal] = defaultdict(Decimal)
    for _, item in current_items(facts):
        target = employer if item.funding is FundingSource.EMPLOYER else other
        target[item.quarter.year] += item.cost
    years = sorted(set(budgets) | set(employer) | set(other))
    return tuple(
        BudgetLine(
            year, budgets.get(year), employer.get(year, Decimal("0")), other.get(year, Decimal("0"))
        )
        for year in years
    )


def team_registrations(
    ref: Reference, facts: Sequence[PersonFacts], day: dt.date
) -> tuple[TeamRegistrationLine, ...]:
    """The members' registrations that expired or expire within the next 90 days."""
    names = {p.employee.personnel_number: p.employee.sort_name for p in facts}
    held = [r for p in facts for r in p.registrations]
    return tuple(
        TeamRegistrationLine(
            names[r.personnel_number],
            ref.registration_names.get(r.kind, r.kind),
            r.number,
            r.valid_until,
            not r.is_valid(day),
        )
        for r in expiring(held, day, EXPIRING_WITHIN_DAYS)
        if r.valid_until is not None
    )


def team_overview_data(
    ref: Reference,
    *,
    unit: OrgUnit,
    facts: Sequence[PersonFacts],
    everyone: Mapping[str, Employee],
    budgets: Mapping[int, Decimal],
    day: dt.date | None = None,
) -> TeamOverviewData:
    """The Teamoverzicht's data; registrations are judged on ``day`` (default today)."""
    return TeamOverviewData(
        unit=unit.name,
        kind=unit.kind,
        parent=unit.parent or "",
        team_lead=unit_lead([p.employee for p in facts], everyone),
        member_count=len(facts),
        profiles=team_profile_views(ref, facts, unit.profile),
        unscored=tuple(p.employee.sort_name for p in facts if not p.levels),
        plan_lines=team_plan_lines(facts),
        budget=team_budget(facts, budgets),
        registrations=team_registrations(ref, facts, day or dt.date.today()),
        registrations_held=sum(len(p.registrations) for p in facts),
    )


# -- the HRM-overzicht ----------------------------------------------------------------------------
def is_policy_advisor(employee: Employee, futures: Iterable[str]) -> bool:
    """A job title with 'beleidsadviseur'/'beleidsmedewerker', or one of the futures chosen."""
    title = employee.job_title.lower()
    return any(word in title for word in ADVISOR_TITLE_WORDS) or employee.target_profile in set(
        futures
    )


def future_rows(ref: Reference, facts: Sequence[PersonFacts]) -> tuple[int, tuple[FutureRow, ...]]:
    futures = [code for code in FUTURES if code in ref.scorers]
    counts: dict[str, Counter[Readiness]] = {code: Counter() for code in futures}
    chosen: Counter[str] = Counter()
    fit_sum: dict[str, float] = defaultdict(float)
    advisors = 0
    for person in facts:
        if not futures or not is_policy_advisor(person.employee, futures):
            continue
        advisors += 1
        target = person.employee.target_profile
        if target in counts:
            match = ref.scorers[target](person.levels)
            chosen[target] += 1
        else:
            best = best_match(ref.scorers[code](person.levels) for code in futures)
            assert best is not None  # futures is not empty
            match = best
        counts[match.profile][match.readiness] += 1
        fit_sum[match.profile] += match.fit_pct
    rows = []
    for code in futures:
        total = sum(counts[code].values())
        rows.append(
            FutureRow(
                code,
                ref.profile_name(code),
                dict(counts[code]),
                chosen[code],
                round(fit_sum[code] / total, 1) if total else None,
            )
        )
    return advisors, tuple(rows)


def shortfall_groups(ref: Reference, facts: Sequence[PersonFacts]) -> tuple[ShortfallGroup, ...]:
    """Per framework: how many people fall short on each competency of their primary profile."""
    short: dict[str, Counter[str]] = defaultdict(Counter)
    unknown: dict[str, Counter[str]] = defaultdict(Counter)
    critical: dict[str, Counter[str]] = defaultdict(Counter)
    size: Counter[str] = Counter()
    for person in facts:
        if not person.levels:
            continue  # nothing assessed yet: counted nowhere rather than as all gaps
        match = primary_match(ref, person)
        if match is None:
            continue
        framework = ref.profile(match.profile).framework
        size[framework] += 1
        for gap in match.gaps:
            if gap.level is None:
                unknown[framework][gap.competency] += 1
            else:
                short[framework][gap.competency] += 1
                if gap.critical:
                    critical[framework][gap.competency] += 1
    groups = []
    for code, framework_info in ref.frameworks.items():
        if not size[code]:
            continue
        ranked = sorted(short[code].items(), key=lambda item: (-item[1], item[0]))
        groups.append(
            ShortfallGroup(
                framework_info.name,
                size[code],
                tuple(
                    ShortfallLine(
                        competency,
                        competency_name(ref, competency),
                        count,
                        unknown[code][competency],
                        critical[code][competency],
                        size[code],
                    )
                    for competency, count in ranked
                ),
            )
        )
    return tuple(groups)


def budget_years(facts: Sequence[PersonFacts], budgets: Sequence[Budget]) -> tuple[BudgetYear, ...]:
    """Employer-paid planned cost per unit and quarter against each unit's budget of the year."""
    money: dict[tuple[int, str], list[Decimal]] = defaultdict(lambda: [Decimal("0")] * 4)
    people: dict[tuple[int, str], list[set[str]]] = defaultdict(
        lambda: [set(), set(), set(), set()]
    )
    for person, item in current_items(facts):
        if item.funding is not FundingSource.EMPLOYER:
            continue
        key = (item.quarter.year, person.employee.unit or "")
        money[key][item.quarter.number - 1] += item.cost
        people[key][item.quarter.number - 1].add(person.employee.personnel_number)
    available = {(b.year, b.unit): b.amount for b in budgets}
    years = sorted({year for year, _ in money} | {year for year, _ in available})
    result = []
    for year in years:
        units = sorted({u for y, u in money if y == year} | {u for y, u in available if y == year})
        rows = []
        for unit in units:
            quarters = money.get((year, unit), [Decimal("0")] * 4)
            who = people.get((year, unit), [set(), set(), set(), set()])
            rows.append(
                UnitBudgetRow(
                    unit,
                    (quarters[0], quarters[1], quarters[2], quarters[3]),
                    (len(who[0]), len(who[1]), len(who[2]), len(who[3])),
                    len(set().union(*who)),
                    available.get((year, unit)),
                )
            )
        result.append(BudgetYear(year, tuple(rows)))
    return tuple(result)


def hrm_overview_data(
    ref: Reference, facts: Sequence[PersonFacts], budgets: Sequence[Budget]
) -> HrmOverviewData:
    advisors, futures = future_rows(ref, facts)
    return HrmOverviewData(
        organisation_size=len(facts),
        advisors=advisors,
        futures=futures,
        shortfalls=shortfall_groups(ref, facts),
        budget_years=budget_years(facts, budgets),
        privacy_min_group=ref.settings.privacy_min_group,
        unscored=sum(1 for p in facts if not p.levels),
    )
