"""The workforce assignment as a mixed-integer program, solved exactly with HiGHS.

Variables: ``x[i,k]`` (binary) = person i takes option k; ``r[j] >= 0`` = FTE recruited for
formation line j. Rows: at most one option per person; per line
``sum(fte[i] * x[i,k]) + r[j] >= wanted[j]``; with a budget, per year the training cost of the
chosen paths in that year at most the budget. Costs are in cents, FTE in thousandths.

Two solves, lexicographically: first the minimal total cost (training + recruitment + direction
penalties), proven optimal with no relative gap allowed; then, with the cost held at that
optimum, the smallest tie-break (:attr:`Option.shortfall`: higher expected fit, nobody assigned
who is not needed). The answer's cost is recomputed exactly by
:func:`competentieplanner.domain.workforce.evaluate`; the second solve is kept only when its exact
cost equals the first's.
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import highspy
import numpy as np

from competentieplanner.domain.formation import FTE_SCALE
from competentieplanner.domain.workforce import WorkforceProblem, evaluate
from competentieplanner.domain.workforce_plan import (
    NOT_SOLVED,
    OPTIMAL,
    TIME_LIMIT,
    WorkforcePlan,
)
from competentieplanner.solvers.highs import new_highs

DEFAULT_TIME_LIMIT = 60.0
#: Cost granularity: recruitment is cents per FTE times thousandths of an FTE.
_COST_STEP = 1.0 / FTE_SCALE


@dataclass(frozen=True, slots=True)
class MilpModel:
    """The program in HiGHS's column-wise form, plus which column is which option."""

    lp: Any  # highspy.HighsLp
    columns: list[tuple[int, int]]  # (person, option) of each x column; r columns follow
    cost: np.ndarray
    tie_break: np.ndarray


def build_model(problem: WorkforceProblem) -> MilpModel:
    columns: list[tuple[int, int]] = []
    people_rows: dict[int, int] = {}
    n_demands = len(problem.demands)
    years = problem.years if problem.budget is not None else ()
    year_row = {y: n_demands + j for j, y in enumerate(years)}
    n_rows = n_demands + len(years)
    for i, person in enumerate(problem.people):
        if len(person.options) > 1:
            people_rows[i] = n_rows
            n_rows += 1
        columns.extend((i, k) for k in range(len(person.options)))
    starts: list[int] = []
    index: list[int] = []
    value: list[float] = []
    cost: list[float] = []
    tie: list[float] = []
    for i, k in columns:
        person = problem.people[i]
        option = person.options[k]
        starts.append(len(index))
        index.append(option.demand)
        value.append(float(person.fte_milli))
        for year, cents in option.cost_by_year:
            row = year_row.get(year)
            if row is not None and cents:
                index.append(row)
                value.append(float(cents))
        if i in people_rows:
            index.append(people_rows[i])
            value.append(1.0)
        cost.append(float(option.cost_cents + problem.penalty_cents(option)))
        tie.append(float(option.shortfall))
    for j, demand in enumerate(problem.demands):
        starts.append(len(index))
        index.append(j)
        value.append(1.0)
        cost.append(float(demand.recruit_cost * 100) / FTE_SCALE)  # cents per thousandth
        tie.append(0.0)
    n_cols = len(cost)
    lp = highspy.HighsLp()
    lp.num_col_ = n_cols
    lp.num_row_ = n_rows
    lp.sense_ = highspy.ObjSense.kMinimize
    lp.col_cost_ = np.array(cost, dtype=np.float64)
    lp.col_lower_ = np.zeros(n_cols)
    upper = np.ones(n_cols)
    upper[len(columns) :] = highspy.kHighsInf
    lp.col_upper_ = upper
    row_lower = np.full(n_rows, -highspy.kHighsInf)
    row_upper = np.full(n_rows, highspy.kHighsInf)
    for j, demand in enumerate(problem.demands):
        row_lower[j] = float(demand.wanted_milli)
    cap = problem.budget_cents
    for row in year_row.values():
        row_upper[row] = float(cap or 0)
    for row in people_rows.values():
        row_upper[row] = 1.0
    lp.row_lower_ = row_lower
    lp.row_upper_ = row_upper
    lp.a_matrix_.format_ = highspy.MatrixFormat.kColwise
    lp.a_matrix_.start_ = np.array([*starts, len(index)], dtype=np.int32)
    lp.a_matrix_.index_ = np.array(index, dtype=np.int32)
    lp.a_matrix_.value_ = np.array(value, dtype=np.float64)
    lp.integrality_ = [highspy.HighsVarType.kInteger] * len(columns) + [
        highspy.HighsVarType.kContinuous
    ] * n_demands
    return MilpModel(lp, columns, np.array(cost), np.array(tie))


# No start solution is handed to HiGHS: with highspy 1.16 a solution set by ``setSolution``
# came back from ``getSolution`` unchanged although HiGHS reported the better optimum's
# objective (found by the exhaustive-search test). Nobody assigned is feasible anyway.


def solve(
    problem: WorkforceProblem,
    *,
    forced: Mapping[int, int] | None = None,
    time_limit: float = DEFAULT_TIME_LIMIT,
) -> WorkforcePlan | None:
    """The optimal plan; with ``forced`` (person -> option) the best plan that gives those
    people those options, or None when no such plan fits the budget."""
    started = time.perf_counter()
    model = build_model(problem)
    solver = new_highs()
    solver.setOptionValue("time_limit", float(time_limit))
    solver.setOptionValue("mip_rel_gap", 0.0)
    solver.setOptionValue("mip_abs_gap", _COST_STEP / 2)
    solver.setOptionValue("threads", 1)
    solver.passModel(model.lp)
    column_of = {key: c for c, key in enumerate(model.columns)}
    for i, k in (forced or {}).items():
        solver.changeColBounds(column_of[(i, k)], 1.0, 1.0)
    solver.run()
    status = _status(solver)
    if status == NOT_SOLVED or solver.getInfo().primal_solution_status != 2:
        return None
    first = _choice(model, solver.getSolution().col_value)
    first_cost = evaluate(problem, first).total
    bound_cents = float(solver.getInfo().mip_dual_bound)
    bound = None
    if bound_cents > -float("inf"):
        bound = Decimal(str(round(bound_cents, 3))) / 100
    choice = first
    if status == OPTIMAL:
        choice = _tie_break(solver, model, problem, first, first_cost, started, time_limit)
    seconds = time.perf_counter() - started
    return WorkforcePlan.of(problem, choice, status, bound, seconds)


def _tie_break(
    solver: Any,
    model: MilpModel,
    problem: WorkforceProblem,
    first: dict[int, int],
    first_cost: Decimal,
    started: float,
    time_limit: float,
) -> dict[int, int]:
    """Hold the cost at the optimum and minimise the tie-break; keep ``first`` unless the
    second answer costs exactly the same."""
    if not np.any(model.tie_break):
        return first
    n = len(model.cost)
    nonzero = np.flatnonzero(model.cost)
    solver.addRow(
        -highspy.kHighsInf,
        float(first_cost * 100) + _COST_STEP / 2,
        len(nonzero),
        nonzero.astype(np.int32),
        model.cost[nonzero],
    )
    solver.changeColsCost(n, np.arange(n, dtype=np.int32), model.tie_break)
    solver.setOptionValue("mip_abs_gap", 0.5)  # the tie-break counts in whole units
    solver.setOptionValue("time_limit", max(1.0, time_limit - (time.perf_counter() - started)))
    solver.run()
    if solver.getInfo().primal_solution_status != 2:
        return first
    second = _choice(model, solver.getSolution().col_value)
    if evaluate(problem, second).total != first_cost:
        return first
    return second


def _choice(model: MilpModel, values: Any) -> dict[int, int]:
    chosen: dict[int, int] = {}
    for (i, k), xv in zip(model.columns, values, strict=False):
        if xv > 0.5:
            chosen[i] = k
    return chosen


def _status(solver: Any) -> str:
    status = solver.getModelStatus()
    if status == highspy.HighsModelStatus.kOptimal:
        return OPTIMAL
    if status == highspy.HighsModelStatus.kTimeLimit:
        return TIME_LIMIT
    return NOT_SOLVED


def solve_bare(model: MilpModel, *, time_limit: float = DEFAULT_TIME_LIMIT) -> float:
    """Seconds HiGHS takes for the cost-minimising solve alone (for the benchmark)."""
    solver = new_highs()
    solver.setOptionValue("time_limit", float(time_limit))
    solver.setOptionValue("mip_rel_gap", 0.0)
    solver.setOptionValue("mip_abs_gap", _COST_STEP / 2)
    solver.setOptionValue("threads", 1)
    solver.passModel(model.lp)
    started = time.perf_counter()
    solver.run()
    return time.perf_counter() - started
