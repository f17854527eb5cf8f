"""Solve a :class:`~competentieplanner.domain.optimisation.MixedIntegerProgram` with HiGHS.

:func:`solve` is a :data:`~competentieplanner.domain.optimisation.MipSolver`: the domain states
the problem, this module only translates it to highspy and back. Every call gets its own HiGHS
instance (single-threaded, silent), so calls from different threads do not share state.
highspy (with numpy) takes most of a second to import, so it is loaded on the first solve, not
by every command that merely imports the engine.
"""

from __future__ import annotations

from typing import Any

from competentieplanner.domain.optimisation import INFINITY, MipResult, MixedIntegerProgram
from competentieplanner.solvers.quiet_stdout import silenced_stdout_fd

NAME = "highs"
_FEASIBLE = 2  # HiGHS's solution status "feasible solution available"


def _highspy() -> Any:
    import highspy

    return highspy


def solve(program: MixedIntegerProgram) -> MipResult:
    """The best solution HiGHS finds within the program's time limit, and its proven bound."""
    if program.columns == 0:
        # HiGHS reports no solution for an empty model; choosing nothing is the optimum.
        return MipResult(solution=(), bound=0.0, status="Empty", solver=NAME)
    solver = new_highs()
    solver.setOptionValue("time_limit", float(program.time_limit))
    solver.setOptionValue("mip_rel_gap", float(program.mip_rel_gap))
    for name, value in program.options.items():
        solver.setOptionValue(name, value)
    solver.passModel(_lp(program))
    if program.start is not None:
        solver.setSolution(program.columns, list(range(program.columns)), list(program.start))
    solver.run()
    info = solver.getInfo()
    status = str(solver.modelStatusToString(solver.getModelStatus()))
    if any(program.integer):
        bound = float(info.mip_dual_bound)
    else:  # a linear program solved to optimality is its own bound
        bound = float(info.objective_function_value) if status == "Optimal" else INFINITY
    solution = None
    if info.primal_solution_status == _FEASIBLE:
        solution = tuple(float(x) for x in solver.getSolution().col_value)
    return MipResult(
        solution=solution,
        bound=bound if abs(bound) < INFINITY else None,
        status=status,
        solver=NAME,
    )


def new_highs() -> Any:
    """A HiGHS instance that prints nothing (its banner kept off the console)."""
    highspy = _highspy()
    with silenced_stdout_fd():
        solver = highspy.Highs()
    solver.setOptionValue("output_flag", False)
    # HiGHS starts one thread pool per process, sized by the first run; a later instance asking
    # for another size refuses to run. Every instance asks for the same: one thread.
    solver.setOptionValue("threads", 1)
    return solver


def _lp(program: MixedIntegerProgram) -> Any:
    highspy = _highspy()
    lp = highspy.HighsLp()
    lp.num_col_ = program.columns
    lp.num_row_ = program.rows
    lp.sense_ = highspy.ObjSense.kMaximize if program.maximise else highspy.ObjSense.kMinimize
    lp.col_cost_ = list(program.objective)
    lp.col_lower_ = [_bound(v) for v in program.col_lower]
    lp.col_upper_ = [_bound(v) for v in program.col_upper]
    lp.row_lower_ = [_bound(v) for v in program.row_lower]
    lp.row_upper_ = [_bound(v) for v in program.row_upper]
    lp.a_matrix_.format_ = highspy.MatrixFormat.kColwise
    lp.a_matrix_.start_ = list(program.column_start)
    lp.a_matrix_.index_ = list(program.row_index)
    lp.a_matrix_.value_ = list(program.value)
    lp.integrality_ = [
        highspy.HighsVarType.kInteger if whole else highspy.HighsVarType.kContinuous
        for whole in program.integer
    ]
    return lp


def _bound(value: float) -> float:
    """HiGHS's own infinity for an open side."""
    highspy = _highspy()
    if value == INFINITY:
        return float(highspy.kHighsInf)
    if value == -INFINITY:
        return -float(highspy.kHighsInf)
    return float(value)
