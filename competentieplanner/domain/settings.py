"""Typed settings built from the flat key/value table (``repositories.load_settings``).

The thresholds HR may change live in the database, not in code; the defaults below are the values
the reference data ships with (resources/reference/settings.toml) and are only used for a key that
is missing.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from competentieplanner.domain.errors import UserError

#: Default values, by flat key.
DEFAULTS: dict[str, float | int] = {
    "scoring.ready_min_fit_pct": 90.0,
    "scoring.insufficient_coverage_below_pct": 75.0,
    "scoring.developable_max_gap": 2,
    "planning.hours_per_quarter": 40,
    "reports.privacy_min_group": 5,
    "import.fte_full_time_hours": 36.0,
}


@dataclass(frozen=True, slots=True)
class ScoringSettings:
    """Thresholds for the readiness categories (see docs/scoring.md)."""

    ready_min_fit_pct: float = 90.0
    """Fit (in %) from which a fully covered person without critical gaps is *inzetbaar*."""
    insufficient_coverage_below_pct: float = 75.0
    """Below this coverage (in %) the verdict is *onvoldoende gegevens*."""
    developable_max_gap: int = 2
    """Largest gap (in levels) a person may have and still be *ontwikkelbaar*."""


@dataclass(frozen=True, slots=True)
class PlanningSettings:
    hours_per_quarter: float = 40.0
    """At most this many training hours start in one quarter."""


@dataclass(frozen=True, slots=True)
class Settings:
    scoring: ScoringSettings = ScoringSettings()
    planning: PlanningSettings = PlanningSettings()
    privacy_min_group: int = 5
    fte_full_time_hours: float = 36.0

    @classmethod
    def from_flat(cls, flat: Mapping[str, Any]) -> Settings:
        """Build from ``{"scoring.ready_min_fit_pct": 90.0, ...}``; missing keys get defaults.

        Raises:
            UserError: a value has the wrong type or lies outside its sensible range.
        """

        def number(key: str, low: float, high: float) -> float:
            value = flat.get(key, DEFAULTS[key])
            if isinstance(value, bool) or not isinstance(value, int | float):
                raise UserError(f"Instelling {key} moet een getal zijn, niet '{value}'.")
            if not low <= value <= high:
                raise UserError(f"Instelling {key} moet tussen {low:g} en {high:g} liggen.")
            return float(value)

        def whole(key: str, low: int, high: int) -> int:
            value = number(key, low, high)
            if value != int(value):
                raise UserError(f"Instelling {key} moet een geheel getal zijn.")
            return int(value)

        return cls(
            scoring=ScoringSettings(
                ready_min_fit_pct=number("scoring.ready_min_fit_pct", 0, 100),
                insufficient_coverage_below_pct=number(
                    "scoring.insufficient_coverage_below_pct", 0, 100
                ),
                developable_max_gap=whole("scoring.developable_max_gap", 0, 9),
            ),
            planning=PlanningSettings(
                hours_per_quarter=number("planning.hours_per_quarter", 1, 2000)
            ),
            privacy_min_group=whole("reports.privacy_min_group", 1, 1000),
            fte_full_time_hours=number("import.fte_full_time_hours", 1, 80),
        )
