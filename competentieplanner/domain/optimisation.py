"""A mixed-integer linear program as plain data, and the shape of a solver for it.

The domain states its optimisation problems (the organisation's training budget, later the
workforce plan) in this form and hands them to a :data:`MipSolver`. The solver itself (HiGHS)
lives outside the domain, in :mod:`competentieplanner.solvers`, so the domain stays pure Python
and a test can run the model against any solver.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

INFINITY = float("inf")


@dataclass(frozen=True, slots=True)
class MixedIntegerProgram:
    """Optimise ``sum(objective[j] * x[j])`` subject to ``row_lower <= A x <= row_upper`` and
    ``col_lower <= x <= col_upper``.

    ``A`` is given column by column (compressed sparse column): the entries of column ``j`` are
    ``row_index[column_start[j]:column_start[j + 1]]`` with ``value[...]`` alongside, and
    ``column_start`` has one element more than there are columns. Use :data:`INFINITY` (or its
    negative) for a side without a bound.
    """

    objective: Sequence[float]
    col_lower: Sequence[float]
    col_upper: Sequence[float]
    row_lower: Sequence[float]
    row_upper: Sequence[float]
    column_start: Sequence[int]
    row_index: Sequence[int]
    value: Sequence[float]
    integer: Sequence[bool]  # per column: must x[j] be whole?
    maximise: bool = True
    #: A feasible solution to start from (e.g. a greedy one): column values, or None.
    start: Sequence[float] | None = None
    time_limit: float = 60.0  # seconds
    mip_rel_gap: float = 1e-4  # stop once provably within this fraction of the optimum
    #: Solver options that matter for speed only (e.g. {"presolve": "off"}); the adapter decides
    #: threads and console output itself.
    options: dict[str, bool | int | float | str] = field(default_factory=dict)

    @property
    def columns(self) -> int:
        return len(self.objective)

    @property
    def rows(self) -> int:
        return len(self.row_upper)


@dataclass(frozen=True, slots=True)
class MipResult:
    """What a solver found: a feasible solution (None when it found none within the time limit)
    and its proven bound on the optimum (None when it proved none)."""

    solution: tuple[float, ...] | None
    bound: float | None
    status: str  # the solver's own word for how it ended ("Optimal", "Time limit reached", ...)
    solver: str  # which solver answered ("highs"): reports name it


MipSolver = Callable[[MixedIntegerProgram], MipResult]
