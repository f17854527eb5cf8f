"""Benchmark: import a 20,000-row staff workbook vs. openpyxl read-only reading the same file.

The workbook is built the way Excel saves it: strings in xl/sharedStrings.xml (openpyxl itself
writes inline strings, which read 1.65x slower and would flatter the ratio), dates as date
cells. Both sides read every row; the import also validates, plans and writes in one transaction
into a fresh database (created before the clock starts). Target: ratio <= 1.5.

    .venv/bin/python benchmarks/bench_import_staff.py [--rows 20000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import tempfile
import time
from pathlib import Path

import openpyxl

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "import_export"))
import hostile  # noqa: E402  (the shared-strings writer lives with the test file generators)

from competentieplanner.services.database import open_database  # noqa: E402
from competentieplanner.services.staff_import import import_staff  # noqa: E402

HEADER = ["Personeelsnummer", "Voornaam", "Tussenvoegsel", "Achternaam", "Afdeling", "Team",
          "Functie", "FTE", "Leidinggevende", "E-mail", "Datum in dienst"]
FIRST = ["Anna", "Bram", "Chantal", "Daan", "Emine", "Fleur", "Gijs", "Hanna", "Iris", "Joost",
         "Karim", "Lotte", "Mohamed", "Noor", "Olga", "Pieter", "Renée", "Sven", "Tess", "Zoë"]
LAST = [("", "Jansen"), ("de", "Vries"), ("van den", "Berg"), ("", "Bakker"), ("", "Yılmaz"),
        ("van", "Dijk"), ("", "Smit"), ("de", "Boer"), ("", "Mulder"), ("", "Çelik")]
TITLES = ["Generalist sociaal team", "Wmo-consulent", "Beleidsadviseur sociaal domein",
          "Jeugd- en gezinsprofessional", "Contractmanager sociaal domein"]


def make_workbook(path: Path, rows: int) -> None:
    rng = random.Random(4)
    workbook = openpyxl.Workbook(write_only=True)
    ws = workbook.create_sheet("Personeel")
    ws.append(HEADER)
    date_cell = openpyxl.cell.WriteOnlyCell(ws)
    date_cell.number_format = "DD-MM-YYYY"
    managers = [f"{n:06d}" for n in range(1, 51)]
    for n in range(1, rows + 1):
        infix, last = rng.choice(LAST)
        first = rng.choice(FIRST)
        team = n % 400
        date_cell.value = dt.date(rng.randint(1990, 2026), rng.randint(1, 12), 1)
        ws.append(
            [f"{n:06d}", first, infix, last, f"Afdeling {team // 20}", f"Team {team}",
             rng.choice(TITLES), rng.choice((1.0, 0.89, 0.78, 0.67)),
             managers[n % 50] if n > 50 else None, f"m{n}@gemeente.example", date_cell]
        )
    inline = path.with_name("inline.xlsx")
    workbook.save(inline)
    hostile.with_shared_strings(inline, path)


def read_with_openpyxl(path: Path) -> int:
    workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    cells = 0
    for row in workbook.worksheets[0].iter_rows(values_only=True):
        cells += len(row)
    workbook.close()
    return cells


def best(times: list[float]) -> float:
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=20_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        path = base / "personeel.xlsx"
        make_workbook(path, args.rows)
        print(f"workbook: {args.rows} rows x {len(HEADER)} columns, shared strings, "
              f"{path.stat().st_size / 1e6:.1f} MB")
        raw, ours, dry = [], [], []
        for run in range(args.repeat):
            start = time.perf_counter()
            cells = read_with_openpyxl(path)
            raw.append(time.perf_counter() - start)

            db = open_database(base / f"fresh-{run}.db")
            start = time.perf_counter()
            with db.unit_of_work() as uow:
                result = import_staff(uow, path)
            ours.append(time.perf_counter() - start)
            assert result.new == args.rows, result.summary()

            start = time.perf_counter()
            with db.unit_of_work() as uow:
                import_staff(uow, path, dry_run=True)
            dry.append(time.perf_counter() - start)
            db.dispose()
        print(f"openpyxl read-only, all {cells} cell values: {best(raw):6.2f} s (best of "
              f"{args.repeat})")
        print(f"import staff into a fresh database:     {best(ours):6.2f} s  "
              f"ratio {best(ours) / best(raw):.2f} (target <= 1.5)")
        print(f"re-import, dry run (all unchanged):     {best(dry):6.2f} s  "
              f"ratio {best(dry) / best(raw):.2f}")


if __name__ == "__main__":
    main()
