"""Plain data the documents are drawn from. The services gather it (database, engine); the report
modules only lay it out, so they need neither SQLAlchemy nor any scoring of their own."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal

from competentieplanner.domain.model import Readiness
from competentieplanner.reports.charts import BarRow

READINESS_ORDER: tuple[Readiness, ...] = (
    Readiness.READY,
    Readiness.DEVELOPABLE,
    Readiness.FAR,
    Readiness.INSUFFICIENT_DATA,
)


@dataclass(frozen=True, slots=True)
class Scale:
    maximum: int
    labels: Mapping[int, str]  # level -> "basis", "gevorderd", ...


# -- Ontwikkelplan --------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class ProfileFit:
    """How the person meets one relevant profile, with one bar row per requirement."""

    code: str
    name: str
    fit_pct: float
    coverage_pct: float
    readiness: Readiness
    chosen: bool
    rows: tuple[BarRow, ...]


@dataclass(frozen=True, slots=True)
class GapLine:
    """A competency below target (or unknown) in at least one relevant profile."""

    code: str
    name: str
    level: int | None
    next_level: int
    indicator: str  # behavioural indicator of ``next_level``
    critical: bool
    targets: tuple[tuple[str, int], ...]  # (profile name, target) where this is a gap


@dataclass(frozen=True, slots=True)
class PlanLine:
    quarter: str
    title: str
    hours: float
    cost: Decimal
    funding: str
    status: str
    repayment_clause: bool = False
    smart: str = ""  # "Resultaat: …; trekker: …; uiterlijk …", "" when none was agreed


@dataclass(frozen=True, slots=True)
class PlanSummary:
    created_on: dt.date
    status: str
    signed_on: dt.date | None
    profile_name: str
    lines: tuple[PlanLine, ...]
    version: int = 1  # numbered per person: 1, 2, 3 (never the database id)
    supersedes_version: int | None = None  # the version this one replaced

    @property
    def total_hours(self) -> float:
        return sum(line.hours for line in self.lines)

    @property
    def total_cost(self) -> Decimal:
        return sum((line.cost for line in self.lines), Decimal("0"))


@dataclass(frozen=True, slots=True)
class AnswerLine:
    theme: str
    question: str
    answer: str
    rating: int | None = None
    prepared: str = ""  # what the employee wrote beforehand


@dataclass(frozen=True, slots=True)
class InterviewSummary:
    kind: str
    held_on: dt.date
    team_lead: str
    answers: tuple[AnswerLine, ...]
    agreements: str
    unscored: tuple[str, ...] = ()  # competency codes left unscored when it was closed
    judgement: str = ""  # beoordelingsgesprek only
    employee_response: str = ""  # "voor gezien" / "akkoord"
    next_kind: str = ""
    next_on: dt.date | None = None


@dataclass(frozen=True, slots=True)
class TrendLine:
    """How one competency's counting level went over time, oldest first."""

    code: str
    name: str
    points: tuple[tuple[dt.date, int], ...]


@dataclass(frozen=True, slots=True)
class EvidenceLine:
    """The latest evidence (onderbouwing) behind one competency's level, already shortened."""

    code: str
    name: str
    level: int | None  # the current level
    given_on: dt.date
    text: str


@dataclass(frozen=True, slots=True)
class LevelLine:
    """One competency around the interview: before it, agreed in it, and the self-assessment."""

    code: str
    name: str
    before: int | None
    after: int | None
    self_level: int | None


@dataclass(frozen=True, slots=True)
class AuthorityLine:
    name: str
    condition: str  # what it requires, in words
    missing: str = ""  # for one within reach: what is still needed


@dataclass(frozen=True, slots=True)
class DevelopmentPlanData:
    personnel_number: str
    name: str
    sort_name: str
    unit: str
    job_title: str
    team_lead: str
    chosen_profile: str  # name of the chosen target profile, "" when none
    scale: Scale
    fits: tuple[ProfileFit, ...]
    gaps: tuple[GapLine, ...]
    plan: PlanSummary | None
    interview: InterviewSummary | None
    authorities_held: tuple[AuthorityLine, ...] = ()
    authorities_next: tuple[AuthorityLine, ...] = ()
    focus_profile: str = ""  # name of the profile asked for (``--profile``), "" when none
    fte: float | None = None  # shown beside the job title
    interview_levels: tuple[LevelLine, ...] = ()  # of the latest interview
    unscored_names: tuple[str, ...] = ()  # competencies its team lead did not score
    #: (kind name, number, "geldig tot 14-03-2027" or "verlopen op ...") per registration.
    registrations: tuple[tuple[str, str, str], ...] = ()
    evidence: tuple[EvidenceLine, ...] = ()  # per competency with evidence, framework order
    trends: tuple[TrendLine, ...] = ()  # per competency scored more than once, framework order


# -- Teamoverzicht --------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class HeatmapMember:
    personnel_number: str
    sort_name: str
    levels: tuple[int | None, ...]  # in the order of TeamProfileView.competencies
    readiness: Readiness


@dataclass(frozen=True, slots=True)
class CoverageLine:
    code: str
    name: str
    target: int
    critical: bool
    covered_by: tuple[str, ...]  # names
    risk: str  # "", "één persoon", "niet gedekt" (Dutch source words; the report translates)


@dataclass(frozen=True, slots=True)
class TeamProfileView:
    """The team against one profile: heatmap, coverage and readiness counts."""

    code: str
    name: str
    #: Why it is shown: None for the unit's own profile, else relevant for every member listed
    #: and chosen by this many of them (the report words it in its language).
    chosen_by: int | None
    competencies: tuple[tuple[str, str, int, bool], ...]  # (code, name, target, critical)
    members: tuple[HeatmapMember, ...]
    coverage: tuple[CoverageLine, ...]

    @property
    def readiness_counts(self) -> dict[Readiness, int]:
        counts = dict.fromkeys(READINESS_ORDER, 0)
        for member in self.members:
            counts[member.readiness] += 1
        return counts


@dataclass(frozen=True, slots=True)
class TeamPlanLine:
    quarter: str  # "2027-K1"; the report writes it in its language
    member: str
    title: str
    hours: float
    cost: Decimal
    funding: str
    status: str


@dataclass(frozen=True, slots=True)
class BudgetLine:
    """One year of a unit's training budget against its planned cost."""

    year: int
    available: Decimal | None  # None: no budget recorded
    planned_employer: Decimal  # cost paid by the employer, which the budget has to carry
    planned_other: Decimal  # IKB and A&O fonds: not charged to the unit's budget


@dataclass(frozen=True, slots=True)
class TeamRegistrationLine:
    """A member's registration or certificate that expired or expires soon."""

    member: str  # sort name
    kind: str  # the kind's name
    number: str
    valid_until: dt.date
    expired: bool  # on the reference date


@dataclass(frozen=True, slots=True)
class TeamOverviewData:
    unit: str
    kind: str
    parent: str
    team_lead: str
    member_count: int
    profiles: tuple[TeamProfileView, ...]
    unscored: tuple[str, ...]  # names of members without any current level
    plan_lines: tuple[TeamPlanLine, ...]
    budget: tuple[BudgetLine, ...]
    #: registrations that expired or expire within ``EXPIRING_WITHIN_DAYS``, by end date
    registrations: tuple[TeamRegistrationLine, ...] = ()
    registrations_held: int = 0  # how many registrations the members hold in all


# -- HRM-overzicht --------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class FutureRow:
    """Policy advisors assigned to one future, counted by readiness."""

    code: str
    name: str
    counts: Mapping[Readiness, int]
    chosen: int  # how many chose this future themselves (the rest: best fit)
    mean_fit: float | None


@dataclass(frozen=True, slots=True)
class ShortfallLine:
    code: str
    name: str
    short: int  # people below target (known level)
    unknown: int  # people whose level is unknown
    critical_short: int
    group_size: int


@dataclass(frozen=True, slots=True)
class ShortfallGroup:
    """Most frequent gaps in one group of staff (one framework)."""

    name: str
    group_size: int
    lines: tuple[ShortfallLine, ...]


@dataclass(frozen=True, slots=True)
class UnitBudgetRow:
    """Planned employer cost per quarter for one unit and year, with the people behind each."""

    unit: str  # "" for staff without a unit
    quarters: tuple[Decimal, Decimal, Decimal, Decimal]
    people: tuple[int, int, int, int]  # distinct people with planned cost in that quarter
    people_year: int
    available: Decimal | None


@dataclass(frozen=True, slots=True)
class BudgetYear:
    year: int
    rows: tuple[UnitBudgetRow, ...]


@dataclass(frozen=True, slots=True)
class HrmOverviewData:
    organisation_size: int
    advisors: int
    futures: tuple[FutureRow, ...]
    shortfalls: tuple[ShortfallGroup, ...]
    budget_years: tuple[BudgetYear, ...]
    privacy_min_group: int
    unscored: int = 0  # staff without any agreed level (left out of the shortfalls)
