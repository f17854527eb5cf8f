"""Benchmark: the HRM workbook (``export excel``) for 20,000 employees x 35 competencies on
XlsxWriter vs. openpyxl write-only writing the same cells, and the export's peak memory.

The demo database (services.demo.generate_demo, 20,000 people) is built once and cached in the
temp folder. Each measurement runs in a fresh subprocess, so its peak resident memory
(ru_maxrss from wait4) is its own. The baseline writes, sheet by sheet and row by row, the same
cells our workbook holds with the same values (read back from its XML before the clock starts:
numbers as numbers, text as text, dates as their serial numbers), only without styles.

Our side runs the steps of ``export_hrm_workbook`` (read the database in one unit of work, score
every person, then write with styles, print setup and chart, and rename) and times its write
phase separately. Targets: the write phase at most 1.0x the openpyxl baseline writing the same
cells; peak memory of the whole export under 200 MB. The whole export's ratio is printed too.

    .venv/bin/python benchmarks/bench_hrm_workbook.py [--employees 20000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

CACHE = Path(tempfile.gettempdir()) / "competentieplanner-bench"
MAIN_NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"


def demo_database(employees: int) -> Path:
    path = CACHE / f"demo-{employees}.db"
    if path.exists():
        return path
    from competentieplanner.services.database import open_database
    from competentieplanner.services.demo import generate_demo

    CACHE.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(".partial.db")
    for leftover in CACHE.glob(partial.name + "*"):
        leftover.unlink()
    print(f"building the {employees}-employee demo database (cached in {CACHE}) ...")
    db = open_database(partial)
    generate_demo(db, employees=employees)
    db.dispose()
    for suffix in ("-wal", "-shm"):
        Path(str(partial) + suffix).unlink(missing_ok=True)
    partial.rename(path)
    return path


def sheet_values(workbook: Path) -> dict[str, list[list[object]]]:
    """Sheet name -> rows of cell values as written (numbers as int/float, text as str)."""
    from lxml import etree

    with zipfile.ZipFile(workbook) as archive:
        names = [
            sheet.get("name")
            for sheet in etree.fromstring(archive.read("xl/workbook.xml")).iter(f"{MAIN_NS}sheet")
        ]
        sheets: dict[str, list[list[object]]] = {}
        for index, name in enumerate(names, start=1):
            rows: list[list[object]] = []
            with archive.open(f"xl/worksheets/sheet{index}.xml") as source:
                for _, row in etree.iterparse(source, tag=f"{MAIN_NS}row"):
                    values: list[object] = []
                    for cell in row.iter(f"{MAIN_NS}c"):
                        if cell.get("t") in ("s", "inlineStr", "str"):
                            values.append("".join(cell.itertext()))
                        else:
                            values.append(_number(cell.findtext(f"{MAIN_NS}v") or "0"))
                    rows.append(values)
                    row.clear()
            sheets[str(name)] = rows
    return sheets


def _number(text: str) -> int | float:
    try:
        return int(text)
    except ValueError:
        return float(text)  # "0.89", "1E-05"


# -- the two measured programs (run as subprocesses) ----------------------------------------------
def child_ours(database: str, out: str) -> None:
    """The steps of ``export_hrm_workbook``, with the write phase timed on its own."""
    from competentieplanner.atomic_write import atomic_output, check_target
    from competentieplanner.import_export.hrm_sheets import write_hrm_workbook
    from competentieplanner.services.database import open_database
    from competentieplanner.services.hrm_workbook import collect_hrm_data

    db = open_database(database)
    start = time.perf_counter()
    check_target(Path(out))
    with db.unit_of_work() as uow:
        data = collect_hrm_data(uow)
    begin_write = time.perf_counter()
    with atomic_output(Path(out)) as temporary:
        write_hrm_workbook(data, temporary)
    end = time.perf_counter()
    db.dispose()
    print(json.dumps({"seconds": end - start, "write": end - begin_write}))


def child_raw(values_file: str, out: str) -> None:
    from openpyxl import Workbook

    sheets: dict[str, list[list[object]]] = json.loads(Path(values_file).read_text())
    start = time.perf_counter()
    workbook = Workbook(write_only=True)
    for name, rows in sheets.items():
        ws = workbook.create_sheet(name)
        for values in rows:
            ws.append(values)
    workbook.save(out)
    elapsed = time.perf_counter() - start
    print(json.dumps({"seconds": elapsed}))


def measure(args: list[str]) -> tuple[dict[str, float], float]:
    """Run this script as a child; return (the timings it reports, peak RSS in MB)."""
    process = subprocess.Popen(
        [sys.executable, __file__, *args], stdout=subprocess.PIPE, text=True
    )
    assert process.stdout is not None
    output = process.stdout.read()
    _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise SystemExit(f"child {args[:2]} failed with exit code {process.returncode}")
    timings: dict[str, float] = json.loads(output.strip().splitlines()[-1])
    return timings, usage.ru_maxrss / 1024  # Linux reports kilobytes


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--employees", type=int, default=20_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--child", nargs=3, metavar=("KIND", "INPUT", "OUT"),
                        help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        kind, source, out = args.child
        (child_ours if kind == "ours" else child_raw)(source, out)
        return
    database = demo_database(args.employees)
    with tempfile.TemporaryDirectory() as folder:
        ours_out = Path(folder) / "hrm.xlsx"
        raw_out = Path(folder) / "raw.xlsx"
        ours, raw = [], []
        for run in range(args.repeat):
            ours.append(measure(["--child", "ours", str(database), str(ours_out)]))
            if run == 0:
                sheets = sheet_values(ours_out)
                values_file = Path(folder) / "values.json"
                values_file.write_text(json.dumps(sheets))
                cells = sum(len(row) for rows in sheets.values() for row in rows)
                print(f"workbook: {args.employees} employees, {cells:,} cells in "
                      + ", ".join(f"{name} {len(rows):,} rows" for name, rows in sheets.items()))
                del sheets
            raw.append(measure(["--child", "raw", str(values_file), str(raw_out)]))
    best_export = min(t["seconds"] for t, _ in ours)
    best_write = min(t["write"] for t, _ in ours)
    best_raw = min(t["seconds"] for t, _ in raw)
    peak = max(m for _, m in ours)
    raw_peak = max(m for _, m in raw)
    print(f"openpyxl write-only, same cells:   {best_raw:6.2f} s  peak {raw_peak:5.0f} MB"
          f"  (best of {args.repeat}; its values are preloaded, hence the memory)")
    print(f"XlsxWriter workbook (write phase): {best_write:6.2f} s")
    print(f"export excel (db + scoring + write): {best_export:6.2f} s  peak {peak:5.0f} MB")
    write_ratio = best_write / best_raw
    print(f"ratio write {write_ratio:.2f}x (target <= 1.0x); whole export "
          f"{best_export / best_raw:.2f}x; peak memory {peak:.0f} MB (target < 200 MB)")
    if write_ratio > 1.0 or peak >= 200:
        raise SystemExit("target missed")


if __name__ == "__main__":
    main()
