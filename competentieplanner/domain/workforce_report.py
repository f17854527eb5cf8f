"""What the management sheet and PDF "Strategisch personeelsplan" show: group figures per
formation line, no names, figures about fewer people than the privacy threshold hidden."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

TITLE = "Strategisch personeelsplan"


@dataclass(frozen=True, slots=True)
class ReportRow:
    profile: str  # name, or "Totaal"
    unit: str  # name, "hele organisatie", or "" for the total
    wanted_fte: float
    ready_now_fte: float
    ready_now_people: int
    grown_fte: float
    grown_people: int
    recruit_fte: float
    training_cost: Decimal
    recruit_cost: Decimal
    hide_ready: bool = False  # figures about too few people (or giving such a figure away)
    hide_grown: bool = False
    hide_recruit: bool = False


@dataclass(frozen=True, slots=True)
class StrategicPlanReport:
    organisation: str
    scenario: str
    year: int
    reference_date: dt.date
    status: str
    objective: Decimal
    bound_gap: Decimal
    penalty: Decimal
    rows: tuple[ReportRow, ...]
    total: ReportRow
    threshold: int
    budget: Decimal | None
    respect_direction: bool
