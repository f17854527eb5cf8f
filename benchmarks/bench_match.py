"""Benchmark: ``match`` for every employee and profile against plain sqlite3 reading the same rows.

    .venv/bin/python benchmarks/bench_match.py [--employees 20000] [--seed 1] [--repeat 3]

Builds a demo database once (cached in the temp folder, or ``--cache-dir``) and then, in the same
run and alternating, times

(a) plain ``sqlite3``: every team-lead and agreed score with the employee's personnel number and
    the competency code (the rows the current levels are made from), fetched into Python;
(b) ``services.engine.match_employees`` for all employees and all profiles, plus turning the
    result into the JSON-ready list that ``match --format json`` prints.

It prints the median of each and the ratio (b)/(a); the target is at most 2. It also times the
training path for a few people (target: well under a second each).
"""

from __future__ import annotations

import argparse
import gc
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from competentieplanner.cli import engine_json  # noqa: E402
from competentieplanner.persistence import repositories as repo  # noqa: E402
from competentieplanner.services import engine  # noqa: E402
from competentieplanner.services.database import open_database  # noqa: E402
from competentieplanner.services.demo import generate_demo  # noqa: E402

RAW_SQL = """
SELECT e.personnel_number, c.code, s.level
FROM assessment_score AS s
JOIN assessment AS a ON a.id = s.assessment_id
JOIN employee AS e ON e.id = a.employee_id
JOIN competency AS c ON c.id = s.competency_id
WHERE a.kind IN ('lead', 'agreed')
"""


def demo_database(cache_dir: Path, employees: int, seed: int, fresh: bool) -> Path:
    """The cached demo database, built when missing (or with ``fresh``)."""
    cache_dir.mkdir(parents=True, exist_ok=True)
    path = cache_dir / f"demo-{employees}-{seed}.db"
    if path.exists() and not fresh:
        with sqlite3.connect(path) as conn:
            try:
                count = conn.execute("SELECT COUNT(*) FROM employee").fetchone()[0]
            except sqlite3.DatabaseError:
                count = -1
        if count == employees:
            return path
    for leftover in path.parent.glob(path.name + "*"):
        leftover.unlink()
    print(f"Demodatabase met {employees} medewerkers aanmaken in {path} ...", flush=True)
    started = time.perf_counter()
    db = open_database(path)
    try:
        generate_demo(db, employees=employees, seed=seed)
    finally:
        db.dispose()
    print(f"  klaar in {time.perf_counter() - started:.1f} s", flush=True)
    return path


def time_raw(path: Path) -> tuple[float, int]:
    gc.collect()
    started = time.perf_counter()
    conn = sqlite3.connect(path)
    try:
        rows = conn.execute(RAW_SQL).fetchall()
    finally:
        conn.close()
    elapsed = time.perf_counter() - started
    return elapsed, len(rows)


def time_match(path: Path) -> tuple[float, int]:
    db = open_database(path, upgrade=False)
    try:
        gc.collect()
        started = time.perf_counter()
        with db.unit_of_work() as uow:
            matches = engine.match_employees(uow)
        result = engine_json.match_json(matches)
        elapsed = time.perf_counter() - started
    finally:
        db.dispose()
    return elapsed, len(result)


def time_plans(path: Path, people: int) -> list[float]:
    db = open_database(path, upgrade=False)
    try:
        with db.read_session() as session:
            numbers = sorted(e.personnel_number for e in repo.load_employees(session))
        chosen = numbers[:: max(1, len(numbers) // people)][:people]
        times = []
        for number in chosen:
            started = time.perf_counter()
            with db.unit_of_work() as uow:
                engine.plan_for_employee(uow, number)
            times.append(time.perf_counter() - started)
    finally:
        db.dispose()
    return times


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--employees", type=int, default=20_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--plans", type=int, default=5, help="time this many one-person paths")
    parser.add_argument(
        "--cache-dir",
        type=Path,
        default=Path(tempfile.gettempdir()) / "competentieplanner-bench",
    )
    parser.add_argument("--fresh", action="store_true", help="build the demo database again")
    args = parser.parse_args(argv)

    path = demo_database(args.cache_dir, args.employees, args.seed, args.fresh)
    # one warm-up of each so that both read a warm page cache
    _, rows = time_raw(path)
    _, entries = time_match(path)
    raw_times, match_times = [], []
    for _ in range(args.repeat):
        raw_times.append(time_raw(path)[0])
        match_times.append(time_match(path)[0])
    raw = statistics.median(raw_times)
    matched = statistics.median(match_times)
    print(f"database:          {path}")
    print(f"medewerkers:       {args.employees}")
    print(f"(a) sqlite3 rijen:  {rows} scores in {raw:.3f} s (mediaan van {args.repeat})")
    print(f"(b) match + JSON:  {entries} regels in {matched:.3f} s (mediaan van {args.repeat})")
    print(f"verhouding (b)/(a): {matched / raw:.2f}  (doel: hoogstens 2)")
    if args.plans:
        plans = time_plans(path, args.plans)
        print(
            f"opleidingspad voor één persoon: mediaan {statistics.median(plans):.3f} s, "
            f"langste {max(plans):.3f} s over {len(plans)} personen"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
