"""The JSON shapes of ``match``, ``coverage`` and ``plan`` (documented in docs/cli.md)."""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal
from typing import Any

from competentieplanner.domain.budget import OrganisationPlan
from competentieplanner.domain.model import Readiness
from competentieplanner.domain.scoring import Gap, Match
from competentieplanner.services.engine import (
    CoverageReport,
    EmployeeMatch,
    PlanResult,
    paused_gc,
)


def _gap_json(gap: Gap, *, critical: bool = True) -> dict[str, Any]:
    data: dict[str, Any] = {"competency": gap.competency, "level": gap.level, "target": gap.target}
    if critical:
        data["critical"] = gap.critical
    return data


def _money(amount: Decimal) -> float:
    return float(amount.quantize(Decimal("0.01")))


def match_json(matches: Iterable[EmployeeMatch]) -> list[dict[str, Any]]:
    """The ``match --format json`` list.

    The scorer hands out shared Gap objects (and one shared Match for everyone without data for
    a profile), so the JSON dicts are made once per distinct object and shared as well. The
    caches keep a reference to each object whose ``id`` they use.
    """
    gaps: dict[int, tuple[Gap, dict[str, Any]]] = {}
    lists: dict[int, tuple[Match, list[dict[str, Any]]]] = {}
    readiness = {r: r.value for r in Readiness}
    out: list[dict[str, Any]] = []
    append = out.append
    with paused_gc():
        for item in matches:
            m = item.match
            cached = lists.get(id(m))
            if cached is None:
                shared = []
                for gap in m.gaps:
                    entry = gaps.get(id(gap))
                    if entry is None:
                        entry = gaps[id(gap)] = (gap, _gap_json(gap))
                    shared.append(entry[1])
                lists[id(m)] = (m, shared)
            else:
                shared = cached[1]
            append(
                {
                    "personeelsnummer": item.employee.personnel_number,
                    "profile": m.profile,
                    "fit_pct": m.fit_pct,
                    "coverage_pct": m.coverage_pct,
                    "readiness": readiness[m.readiness],
                    "gaps": shared,
                }
            )
    return out


def coverage_json(report: CoverageReport) -> list[dict[str, Any]]:
    return [
        {
            "unit": report.unit,
            "profile": coverage.profile,
            "members": len(coverage.members),
            "competencies": [
                {
                    "competency": row.competency,
                    "target": row.target,
                    "critical": row.critical,
                    "reached": row.count,
                    "members": list(row.reached_by),
                    "risk": row.risk,
                }
                for row in coverage.competencies
            ],
            "uncovered": list(coverage.uncovered),
            "single_cover": list(coverage.single_cover),
        }
        for coverage in report.coverages
    ]


def plan_json(result: PlanResult) -> dict[str, Any]:
    path = result.path
    return {
        "personeelsnummer": result.employee.personnel_number,
        "profile": path.profile,
        "budget": None if path.budget is None else _money(path.budget),
        "items": [
            {
                "offer": item.offer.code,
                "quarter": str(item.quarter),
                "hours": item.hours,
                "cost": _money(item.cost),
                "effects": [
                    {"competency": e.competency, "from": e.from_level, "to": e.to_level}
                    for e in item.effects
                ],
            }
            for item in path.items
        ],
        "total_cost": _money(path.total_cost),
        "total_hours": path.total_hours,
        "remaining_gaps": [_gap_json(g, critical=False) for g in path.remaining],
    }


def organisation_json(plan: OrganisationPlan) -> dict[str, Any]:
    return {
        "budget": _money(plan.budget),
        "spent": _money(plan.spent),
        "people": len(plan.assignments),
        "weighted_gap_before": round(plan.open_before, 3),
        "weighted_gap_closed": round(plan.closed, 3),
        "weighted_gap_remaining": round(plan.remaining_open, 3),
        "upper_bound_closed": round(plan.bound, 3),
        "gap_to_bound_pct": round(plan.gap_to_bound_pct, 3),
        "solver": plan.solver,
        "unit_budgets": {u: _money(a) for u, a in sorted(plan.unit_budgets.items())},
        "units": [
            {
                "unit": s.unit or None,
                "people": s.people,
                "spent": _money(s.spent),
                "weighted_gap_closed": round(s.closed, 3),
                "weighted_gap_remaining": round(s.remaining_open, 3),
            }
            for s in plan.by_unit()
        ],
        "employees": [
            {
                "personeelsnummer": a.person.personnel_number,
                "unit": a.person.unit,
                "profile": a.person.profile.code,
                "offers": list(a.candidate.codes),
                "cost": _money(a.candidate.cost),
                "weighted_gap_closed": round(a.candidate.gain, 3),
                "weighted_gap_remaining": round(a.open_after, 3),
            }
            for a in plan.assignments
        ],
        "remaining_gaps": [
            {
                "competency": o.competency,
                "people": o.people,
                "weighted_gap": round(o.weighted_gap, 3),
            }
            for o in plan.open_competencies()
        ],
    }
