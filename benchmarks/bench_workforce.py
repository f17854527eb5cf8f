"""Benchmark: the workforce plan (issue 13) for 1,000 and 20,000 staff with three profiles.

    .venv/bin/python benchmarks/bench_workforce.py [--employees 1000 20000] [--repeat 3]
        [--time-limit 60]

Per size it builds a demo database once (cached in the temp folder, or ``--cache-dir``) and
plans two formations of three profiles, organisation-wide: the issue's example (4, 6 and 8 FTE)
and one scaled to the organisation (4 %, 6 % and 8 % of the staff). For each it times, in the
same run and alternating:

(a) HiGHS alone on the bare model: the cost-minimising MILP the plan solves, built beforehand;
(b) ``services.workforce.plan_workforce``: read the database, the supply analysis with every
    person's exact training path, both solves (cost, then the tie-break) and the exact cost check.

It prints the medians, the ratio (b)/(a), the solver status and the gap to the proven bound (a
plan not proven optimal within the time limit says so), and once (c) the issue's formation with
a training budget per year. Goal: (b) under 2 s for 1,000 staff and under 30 s for 20,000.
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from competentieplanner.persistence.database import Database  # noqa: E402
from competentieplanner.services import formation, workforce  # noqa: E402
from competentieplanner.services.database import open_database  # noqa: E402
from competentieplanner.services.demo import generate_demo  # noqa: E402
from competentieplanner.solvers import workforce_milp  # noqa: E402

YEAR = 2028
PROFILES = ("strategisch", "aanbieders", "faciliterend")
FORMATIONS = {
    "issue (4/6/8 FTE)": lambda employees: (4.0, 6.0, 8.0),
    "scaled (4/6/8 %)": lambda employees: tuple(round(employees * s) for s in (0.04, 0.06, 0.08)),
}


def demo_database(cache_dir: Path, employees: int) -> Path:
    cache_dir.mkdir(parents=True, exist_ok=True)
    path = cache_dir / f"demo-{employees}-1.db"
    if path.exists():
        with sqlite3.connect(path) as conn:
            try:
                count = conn.execute("SELECT COUNT(*) FROM employee").fetchone()[0]
            except sqlite3.DatabaseError:
                count = -1
        if count == employees:
            return path
        path.unlink()
    print(f"demo database with {employees} staff in {path} ...", flush=True)
    db = open_database(path)
    try:
        generate_demo(db, employees=employees, seed=1)
    finally:
        db.dispose()
    return path


def set_formation(db: Database, scenario: str, wanted: tuple[float, ...]) -> None:
    with db.unit_of_work() as uow:
        for profile, fte in zip(PROFILES, wanted, strict=True):
            formation.set_formation(uow, scenario=scenario, year=YEAR, profile=profile, fte=fte)


def run(employees: int, cache_dir: Path, repeat: int, time_limit: float) -> None:
    path = demo_database(cache_dir, employees)
    db = open_database(path)
    try:
        for label, wanted_of in FORMATIONS.items():
            scenario = f"Benchmark {label}"
            set_formation(db, scenario, wanted_of(employees))
            request = workforce.PlanRequest(scenario)
            with db.unit_of_work() as uow:
                started = time.perf_counter()
                problem = workforce.load_problem(uow, request)
                supply_seconds = time.perf_counter() - started
            model = workforce_milp.build_model(problem)
            bare: list[float] = []
            ours: list[float] = []
            plan = None
            for _ in range(repeat):
                bare.append(workforce_milp.solve_bare(model, time_limit=time_limit))
                with db.unit_of_work() as uow:
                    started = time.perf_counter()
                    plan = workforce.plan_workforce(uow, request, time_limit=time_limit)
                    ours.append(time.perf_counter() - started)
            assert plan is not None
            print(
                f"\n{employees} staff, formation {label}: {len(model.columns)} assignment columns"
            )
            print(f"(a) HiGHS on the bare model:      {statistics.median(bare):7.2f} s")
            print(
                f"(b) plan_workforce (db to plan):  {statistics.median(ours):7.2f} s  status "
                f"{plan.status}, gap to bound EUR {plan.bound_gap:.2f}"
            )
            print(f"    supply analysis (db + paths): {supply_seconds:7.2f} s")
            print(f"    solver (both solves):         {plan.seconds:7.2f} s")
            ratio = statistics.median(ours) / max(statistics.median(bare), 1e-9)
            goal = 2.0 if employees <= 1000 else 30.0
            met = (
                "met" if statistics.median(ours) < goal and plan.status == "optimal" else "NOT met"
            )
            print(f"ratio (b)/(a): {ratio:.1f}; goal optimal in < {goal:g} s: {met}", flush=True)
        budget = workforce.parse_amount(employees * 100)
        with db.unit_of_work() as uow:
            started = time.perf_counter()
            plan = workforce.plan_workforce(
                uow,
                workforce.PlanRequest("Benchmark issue (4/6/8 FTE)", budget=budget),
                time_limit=time_limit,
            )
        print(
            f"(c) issue formation, budget EUR {budget}/year: {time.perf_counter() - started:.2f} s"
            f"  status {plan.status}",
            flush=True,
        )
    finally:
        db.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--employees", type=int, nargs="+", default=[1000, 20_000])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--time-limit", type=float, default=60.0)
    parser.add_argument("--cache-dir", type=Path, default=Path(tempfile.gettempdir()) / "cp-bench")
    args = parser.parse_args()
    for employees in args.employees:
        run(employees, args.cache_dir, args.repeat, args.time_limit)


if __name__ == "__main__":
    main()
