"""Domain objects: plain, immutable values shared by every layer.

Nothing here imports Qt, SQLAlchemy, openpyxl or reportlab. Levels are integers on the
framework's scale (1 = basis ... 4 = expert); an unknown level is ``None``.
"""

from __future__ import annotations

import datetime as dt
import enum
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal


class AssessmentKind(enum.StrEnum):
    """Who scored: the employee, the team lead, or both together (the agreed level)."""

    SELF = "self"
    LEAD = "lead"
    AGREED = "agreed"

    @property
    def label(self) -> str:
        return {"self": "zelfbeoordeling", "lead": "teamleider", "agreed": "vastgesteld"}[
            self.value
        ]


#: Assessment kinds whose levels count as the current level (self-assessments never do).
CURRENT_LEVEL_KINDS: frozenset[AssessmentKind] = frozenset(
    {AssessmentKind.LEAD, AssessmentKind.AGREED}
)


class Readiness(enum.StrEnum):
    """How close a person is to a profile. The values are the Dutch words HR uses."""

    READY = "inzetbaar"
    DEVELOPABLE = "ontwikkelbaar"
    FAR = "ver weg"
    INSUFFICIENT_DATA = "onvoldoende gegevens"


class PlanItemStatus(enum.StrEnum):
    PLANNED = "gepland"
    IN_PROGRESS = "bezig"
    DONE = "afgerond"
    CANCELLED = "vervallen"


class FundingSource(enum.StrEnum):
    EMPLOYER = "werkgever"
    IKB = "ikb"
    AENO = "aeno"  # A&O fonds Gemeenten

    @property
    def label(self) -> str:
        return {"werkgever": "Werkgever", "ikb": "IKB", "aeno": "A&O fonds"}[self.value]


class PlanStatus(enum.StrEnum):
    DRAFT = "concept"
    AGREED = "vastgesteld"
    SIGNED = "getekend"


class InterviewKind(enum.StrEnum):
    PLANNING = "planningsgesprek"
    PROGRESS = "voortgangsgesprek"
    REVIEW = "beoordelingsgesprek"
    DEVELOPMENT = "ontwikkelgesprek"


_QUARTER_RE = re.compile(r"^(\d{4})-K([1-4])$")


@dataclass(frozen=True, order=True, slots=True)
class Quarter:
    """A calendar quarter, written as ``2027-K1`` (K = kwartaal)."""

    year: int
    number: int

    @classmethod
    def parse(cls, text: str) -> Quarter:
        match = _QUARTER_RE.match(text.strip().upper())
        if not match:
            raise ValueError(f"'{text}' is geen kwartaal; schrijf bijvoorbeeld 2027-K1")
        return cls(int(match.group(1)), int(match.group(2)))

    @classmethod
    def of(cls, day: dt.date) -> Quarter:
        return cls(day.year, (day.month - 1) // 3 + 1)

    def next(self, steps: int = 1) -> Quarter:
        index = self.year * 4 + (self.number - 1) + steps
        return Quarter(index // 4, index % 4 + 1)

    def __str__(self) -> str:
        return f"{self.year}-K{self.number}"


@dataclass(frozen=True, slots=True)
class ScaleLevel:
    level: int
    label: str
    description: str


@dataclass(frozen=True, slots=True)
class LevelScale:
    code: str
    name: str
    levels: tuple[ScaleLevel, ...]

    @property
    def maximum(self) -> int:
        return max(level.level for level in self.levels)

    def label(self, level: int) -> str:
        for item in self.levels:
            if item.level == level:
                return item.label
        return str(level)


@dataclass(frozen=True, slots=True)
class Competency:
    code: str
    name: str
    framework: str  # framework code
    cluster: str = ""
    description: str = ""
    source: str = ""  # e.g. "BCP 2017; Movisie CMO 2013" or "voorstel"
    tags: tuple[str, ...] = ()
    indicators: Mapping[int, str] = field(default_factory=dict)  # level -> behavioural indicator
    # Where the indicators come from ("voorstel Competentieplanner: ..." if our own).
    indicator_source: str = field(default="", compare=False)

    def indicator(self, level: int) -> str:
        return self.indicators.get(level, "")


@dataclass(frozen=True, slots=True)
class Framework:
    code: str
    name: str
    description: str
    scale: LevelScale
    competencies: tuple[Competency, ...]


@dataclass(frozen=True, slots=True)
class Requirement:
    competency: str  # competency code
    target: int
    weight: float = 1.0
    critical: bool = False
    # Where target, weight and critical flag come from: provenance, not part of the value.
    source: str = field(default="", compare=False)


@dataclass(frozen=True, slots=True)
class Profile:
    code: str
    name: str
    framework: str
    description: str = ""
    requirements: tuple[Requirement, ...] = ()


@dataclass(frozen=True, slots=True)
class Authority:
    """A responsibility or mandate (bevoegdheid) and what it requires."""

    code: str
    name: str
    framework: str
    description: str = ""
    competency: str | None = None
    min_level: int | None = None
    required_offer: str | None = None  # training offer code that must be completed
    required_registration: str | None = None  # registration kind that must be valid
    source: str = field(default="", compare=False)


@dataclass(frozen=True, slots=True)
class Effect:
    competency: str
    min_level: int  # level needed to start (0 = no prerequisite)
    to_level: int
    # Why the offer develops this competency: provenance, not part of the value.
    source: str = field(default="", compare=False)


@dataclass(frozen=True, slots=True)
class TrainingOffer:
    code: str
    name: str
    provider: str = ""
    format: str = ""
    hours: float = 0.0
    cost: Decimal = Decimal("0")
    effects: tuple[Effect, ...] = ()
    active: bool = True


@dataclass(frozen=True, slots=True)
class OrgUnit:
    name: str
    kind: str = "team"  # "afdeling" or "team"
    parent: str | None = None
    profile: str | None = None  # profile code the team is measured against


@dataclass(frozen=True, slots=True)
class Employee:
    personnel_number: str
    first_name: str
    last_name: str
    infix: str = ""  # tussenvoegsel: "van", "de", "van der"
    unit: str | None = None
    job_title: str = ""
    fte: float | None = None
    manager: str | None = None  # personnel number
    start_date: dt.date | None = None
    end_date: dt.date | None = None
    email: str = ""
    target_profile: str | None = None  # chosen profile code

    @property
    def name(self) -> str:
        """Display name, Dutch style: 'Jan van der Berg'."""
        return " ".join(part for part in (self.first_name, self.infix, self.last_name) if part)

    @property
    def sort_name(self) -> str:
        """Name as a Dutch list sorts it: 'Berg, Jan van der'."""
        given = " ".join(part for part in (self.first_name, self.infix) if part)
        return f"{self.last_name}, {given}" if given else self.last_name


@dataclass(frozen=True, slots=True)
class Score:
    level: int
    evidence: str = ""


@dataclass(frozen=True, slots=True)
class Assessment:
    personnel_number: str
    date: dt.date
    kind: AssessmentKind
    scores: Mapping[str, Score]  # competency code -> score
    assessor: str = ""
    notes: str = ""
    id: int | None = None


@dataclass(frozen=True, slots=True)
class PlanItem:
    quarter: Quarter
    title: str
    offer: str | None = None  # training offer code; None for an own action
    hours: float = 0.0
    cost: Decimal = Decimal("0")
    funding: FundingSource = FundingSource.EMPLOYER
    status: PlanItemStatus = PlanItemStatus.PLANNED
    repayment_clause: bool = False
    notes: str = ""
    result: str = ""  # SMART: what it should deliver
    owner: str = ""  # SMART: who carries it
    deadline: dt.date | None = None  # SMART: by when


@dataclass(frozen=True, slots=True)
class DevelopmentPlan:
    personnel_number: str
    profile: str | None
    created_on: dt.date
    items: tuple[PlanItem, ...] = ()
    status: PlanStatus = PlanStatus.DRAFT
    signed_on: dt.date | None = None
    id: int | None = None

    @property
    def total_cost(self) -> Decimal:
        return sum((item.cost for item in self.items), Decimal("0"))

    @property
    def total_hours(self) -> float:
        return sum(item.hours for item in self.items)


@dataclass(frozen=True, slots=True)
class InterviewQuestion:
    code: str
    theme: str
    text: str
    audience: str = "alle"  # "alle", "beleidsadviseur" or "sociaal-team"
    #: The conversation kinds (InterviewKind values) that ask it; empty: every kind.
    kinds: tuple[str, ...] = ()

    def asked_in(self, kind: InterviewKind) -> bool:
        return not self.kinds or kind.value in self.kinds


@dataclass(frozen=True, slots=True)
class Budget:
    """A unit's training budget for a year, or (``quarter`` 1-4) for one quarter of it."""

    unit: str
    year: int
    amount: Decimal
    quarter: int | None = None
