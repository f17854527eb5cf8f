"""The HiGHS adapter: solves programs stated as plain data, silently and safely across threads."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from competentieplanner.domain.optimisation import INFINITY, MixedIntegerProgram
from competentieplanner.solvers import highs
from competentieplanner.solvers.quiet_stdout import silenced_stdout_fd

ROOT = Path(__file__).resolve().parents[2]


def _program(**changes: object) -> MixedIntegerProgram:
    """max 5a + 4b + 3c  s.t.  2a + 3b + c <= 5,  4a + b + 2c <= 11,  3a + 4b + 2c <= 8;
    a, b, c >= 0 whole. Optimum 13 at (2, 0, 1)."""
    values: dict[str, object] = {
        "objective": [5.0, 4.0, 3.0],
        "col_lower": [0.0, 0.0, 0.0],
        "col_upper": [INFINITY] * 3,
        "row_lower": [-INFINITY] * 3,
        "row_upper": [5.0, 11.0, 8.0],
        "column_start": [0, 3, 6, 9],
        "row_index": [0, 1, 2] * 3,
        "value": [2.0, 4.0, 3.0, 3.0, 1.0, 4.0, 1.0, 2.0, 2.0],
        "integer": [True, True, True],
    }
    values.update(changes)
    return MixedIntegerProgram(**values)  # type: ignore[arg-type]


def test_integer_program_is_solved_to_the_optimum() -> None:
    result = highs.solve(_program())
    assert result.solver == "highs" and result.status == "Optimal"
    assert result.solution == pytest.approx((2.0, 0.0, 1.0))
    assert result.bound == pytest.approx(13.0)


def test_relaxation_and_minimisation_follow_the_program() -> None:
    relaxed = highs.solve(_program(integer=[False] * 3))
    assert relaxed.bound == pytest.approx(13.0) and relaxed.solution is not None
    assert sum(c * x for c, x in zip((5, 4, 3), relaxed.solution, strict=True)) == pytest.approx(
        13.0
    )
    # min a + b  s.t.  a + b >= 2.5 (whole numbers): 3
    low = highs.solve(
        MixedIntegerProgram(
            objective=[1.0, 1.0],
            col_lower=[0.0, 0.0],
            col_upper=[10.0, 10.0],
            row_lower=[2.5],
            row_upper=[INFINITY],
            column_start=[0, 1, 2],
            row_index=[0, 0],
            value=[1.0, 1.0],
            integer=[True, True],
            maximise=False,
        )
    )
    assert low.solution is not None and sum(low.solution) == pytest.approx(3.0)


def test_infeasible_program_has_no_solution() -> None:
    result = highs.solve(_program(row_lower=[6.0, -INFINITY, -INFINITY], integer=[True] * 3,
                                  col_upper=[1.0, 1.0, 1.0]))
    assert result.solution is None and result.status == "Infeasible"


def test_empty_program_chooses_nothing() -> None:
    empty = _program(
        objective=[], col_lower=[], col_upper=[], column_start=[0], row_index=[], value=[],
        integer=[],
    )
    assert highs.solve(empty).solution == ()


def test_the_banner_never_reaches_stdout() -> None:
    code = (
        "from competentieplanner.solvers import highs\n"
        "from tests.solvers.test_highs import _program\n"
        "print(highs.solve(_program()).bound)\n"
        "print(highs.solve(_program()).bound)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert out.stdout.split() == ["13.0", "13.0"]


def test_stdout_survives_redirects_from_many_threads(capfd: pytest.CaptureFixture[str]) -> None:
    """Without the lock, overlapping redirects leave descriptor 1 on the null device."""
    real = os.fstat(1)

    def work() -> None:
        for _ in range(50):
            with silenced_stdout_fd():
                pass

    threads = [threading.Thread(target=work) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    after = os.fstat(1)
    assert (after.st_dev, after.st_ino) == (real.st_dev, real.st_ino)
    os.write(1, b"still here\n")
    assert capfd.readouterr().out == "still here\n"
