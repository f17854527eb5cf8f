"""The formation (demand side of strategic personnel planning): how many FTE of each future
profile a scenario wants, per unit or organisation-wide, by its target year.

A scenario has one target year. A line names a profile and a unit (None: organisation-wide).
Which line a person can fill: the line of the profile for their own unit or the nearest unit
above it; without one, the organisation-wide line of that profile; otherwise none. So every
assignment counts toward exactly one line (docs/workforce.md).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal

from competentieplanner.domain.errors import UserError

#: Recruitment cost per unfilled FTE when a profile has no setting of its own (euro): roughly a
#: year of a new hire's onboarding, agency and vacancy costs in a Dutch municipality.
DEFAULT_RECRUIT_COST = Decimal("15000")
#: Penalty per assignment against the person's stated direction, when direction is respected.
DEFAULT_DIRECTION_PENALTY = Decimal("5000")
#: FTE are handled in thousandths so that sums are exact.
FTE_SCALE = 1000
MIN_YEAR, MAX_YEAR = 2000, 2100


@dataclass(frozen=True, slots=True)
class FormationLine:
    scenario: str
    year: int
    profile: str  # profile code
    unit: str | None  # None: organisation-wide
    fte: float


@dataclass(frozen=True, slots=True)
class Demand:
    """One formation line as the optimisation sees it."""

    profile: str
    unit: str | None
    wanted_milli: int  # wanted FTE in thousandths
    recruit_cost: Decimal  # euro per FTE

    @property
    def wanted_fte(self) -> float:
        return self.wanted_milli / FTE_SCALE


@dataclass(frozen=True, slots=True)
class WorkforceSettings:
    """Recruitment cost per profile and the penalty for going against a stated direction."""

    recruit_costs: Mapping[str, Decimal]
    default_recruit_cost: Decimal = DEFAULT_RECRUIT_COST
    direction_penalty: Decimal = DEFAULT_DIRECTION_PENALTY

    def recruit_cost(self, profile: str) -> Decimal:
        return self.recruit_costs.get(profile, self.default_recruit_cost)


def milli_fte(value: float) -> int:
    return round(value * FTE_SCALE)


def check_year(year: int) -> int:
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise UserError(f"Doeljaar {year} ligt niet tussen {MIN_YEAR} en {MAX_YEAR}.")
    return year


def check_fte(fte: float) -> float:
    if not 0 <= fte <= 100_000 or fte != fte:
        raise UserError(f"Gewenste FTE {fte:g} moet tussen 0 en 100000 liggen.")
    return round(fte, 3)


def check_name(name: str) -> str:
    text = name.strip()
    if not text:
        raise UserError("Geef het scenario een naam, bijvoorbeeld 'Koers 2028'.")
    if len(text) > 100:
        raise UserError("De naam van een scenario mag hoogstens 100 tekens lang zijn.")
    return text


def check_money(value: Decimal, what: str) -> Decimal:
    if not value.is_finite() or value < 0:
        raise UserError(f"{what} moet een bedrag van 0 of meer zijn, niet {value}.")
    return value.quantize(Decimal("0.01"))


def demands(lines: Iterable[FormationLine], settings: WorkforceSettings) -> tuple[Demand, ...]:
    """The lines of one scenario as demands, by profile then unit (organisation-wide first)."""
    result = [
        Demand(line.profile, line.unit, milli_fte(line.fte), settings.recruit_cost(line.profile))
        for line in lines
    ]
    result.sort(key=lambda d: (d.profile, d.unit is not None, d.unit or ""))
    return tuple(result)


def demand_for(demand_list: Sequence[Demand], profile: str, within: Sequence[str]) -> int | None:
    """Index of the line a person in ``within`` (their unit, then every unit above it) fills
    when they take ``profile``: the nearest unit's line, else the organisation-wide one."""
    by_unit = {d.unit: i for i, d in enumerate(demand_list) if d.profile == profile}
    for unit in within:
        if unit in by_unit:
            return by_unit[unit]
    return by_unit.get(None)
