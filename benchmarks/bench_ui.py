"""How the desktop application feels with a 20,000-employee database, against bare Qt.

Run: .venv/bin/python benchmarks/bench_ui.py [--database demo20k.db] [--repeat 3]

Without --database a 20,000-employee demo database is generated in a temporary folder first
(about 10 s). Printed, each as a median of the repeats and as a ratio to bare Qt in the same run:

1. Opening Medewerkers: putting the 20,000 rows into the table model (+ filter proxy) and the
   first paint, against a bare QTableView over a minimal QAbstractTableModel with the same rows
   and columns. The background read of the data (staff list with fit) is printed separately: the
   screen shows "loading" meanwhile and stays responsive.
2. Typing a search term ("jan", key by key): filter applied and table repainted after each key,
   against the bare view filtered by a plain QSortFilterProxyModel (setFilterFixedString).
3. Start-up to a usable window (shown, first paint, event loop running), each in a fresh
   process: our application against a bare PySide6 QMainWindow, both started in this run.

Targets (issue): no visible pause (we read that as <= 100 ms per key and a few hundred ms to open)
and start-up <= 2x the bare window.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
SEARCH = "jan"

BARE_STARTUP = """
import sys, time
from PySide6.QtWidgets import QApplication, QMainWindow, QLabel
app = QApplication(sys.argv)
window = QMainWindow()
window.setCentralWidget(QLabel("Competentieplanner"))
window.resize(1366, 768)
window.show()
window.repaint()
app.processEvents()
print(time.time(), flush=True)
"""

APP_STARTUP = """
import sys, time, tempfile
from pathlib import Path
from PySide6.QtCore import QSettings
from competentieplanner.ui import i18n, tasks
from competentieplanner.ui.app import create_application, build_main_window, open_startup_database
app = create_application([])
settings = QSettings(str(Path(tempfile.mkdtemp()) / "s.ini"), QSettings.Format.IniFormat)
i18n.install_translators(app, "nl")
window = build_main_window(None, settings)
window.resize(1366, 768)
window.show()
window.repaint()
app.processEvents()
print(time.time(), flush=True)  # usable: menus, navigation and shortcuts respond
handle = open_startup_database(window, sys.argv[1])
while not handle.done:
    app.processEvents()
    time.sleep(0.002)
print(time.time(), flush=True)  # database open, first screen built
while window.context.tasks.running():
    app.processEvents()
    time.sleep(0.002)
window.repaint()
print(time.time(), flush=True)  # Overzicht computed and painted
window.close()
"""


def _startup(code: str, *args: str) -> list[float]:
    """Seconds from starting the process to each time stamp it prints."""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    start = time.time()
    out = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, env=env, check=True
    )
    return [float(line) - start for line in out.stdout.split()]


def _median(values: list[float]) -> float:
    return statistics.median(values)


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:8.1f} ms"


def bench_in_process(database: Path, repeat: int) -> None:
    from PySide6.QtCore import (
        QAbstractTableModel,
        QModelIndex,
        QSettings,
        QSortFilterProxyModel,
        Qt,
    )
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QTableView

    from competentieplanner.services import staff_overview
    from competentieplanner.services.database import open_database
    from competentieplanner.ui.context import AppContext
    from competentieplanner.ui.views.employees import EmployeesPage

    app = QApplication.instance() or QApplication([])
    db = open_database(database)
    fetch_times = []
    staff = None
    for _ in range(repeat):
        start = time.perf_counter()
        with db.unit_of_work() as uow:
            staff = staff_overview.staff_list(uow)
        fetch_times.append(time.perf_counter() - start)
    assert staff is not None
    rows = staff.rows
    plain_rows = [
        (
            r.personnel_number,
            r.sort_name,
            r.unit,
            r.job_title,
            r.profile or "",
            str(r.fit_pct),
            str(r.readiness),
        )
        for r in rows
    ]

    class MinimalModel(QAbstractTableModel):
        def __init__(self, data: list[tuple[str, ...]]) -> None:
            super().__init__()
            self.rows = data

        def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
            return 0 if parent.isValid() else len(self.rows)

        def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
            return 0 if parent.isValid() else 7

        def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
            if role == Qt.ItemDataRole.DisplayRole:
                return self.rows[index.row()][index.column()]
            return None

    bare_open, ours_open, bare_key, ours_key = [], [], [], []
    for _ in range(repeat):
        # bare Qt: model + view + first paint
        start = time.perf_counter()
        model = MinimalModel(plain_rows)
        proxy = QSortFilterProxyModel()
        proxy.setSourceModel(model)
        proxy.setFilterKeyColumn(1)
        proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        view = QTableView()
        view.setModel(proxy)
        view.horizontalHeader().setResizeContentsPrecision(0)
        view.resize(900, 600)
        view.show()
        view.repaint()
        app.processEvents()
        bare_open.append(time.perf_counter() - start)
        typed = ""
        for char in SEARCH:
            typed += char
            start = time.perf_counter()
            proxy.setFilterFixedString(typed)
            view.repaint()
            app.processEvents()
            bare_key.append(time.perf_counter() - start)
        view.close()
        view.deleteLater()

        # ours: the real screen, given the data its background load delivers
        with tempfile.TemporaryDirectory() as folder:
            settings = QSettings(str(Path(folder) / "s.ini"), QSettings.Format.IniFormat)
            page = EmployeesPage(AppContext(db=db, settings=settings))
            page.resize(1366, 700)
            page.show()
            while not page.loaded:
                app.processEvents()
                time.sleep(0.002)
            page.model.set_rows([], {})  # start from an empty table, as on first opening
            app.processEvents()
            start = time.perf_counter()
            page._on_loaded(staff)
            page.repaint()
            app.processEvents()
            ours_open.append(time.perf_counter() - start)
            page.filter_bar.search.setFocus()
            for char in SEARCH:
                start = time.perf_counter()
                QTest.keyClicks(page.filter_bar.search, char)
                page.table.repaint()
                app.processEvents()
                ours_key.append(time.perf_counter() - start)
            shown = page.proxy.rowCount()
            page.close()
            page.deleteLater()
            app.processEvents()
    db.dispose()

    print(f"rows: {len(rows)}; after typing '{SEARCH}': {shown} shown")
    print(f"staff list read in background (ours only):   {_ms(_median(fetch_times))}")
    bo, oo = _median(bare_open), _median(ours_open)
    print(
        f"open Medewerkers, model + first paint: bare {_ms(bo)}  ours {_ms(oo)}  "
        f"ratio {oo / bo:5.2f}"
    )
    bk, ok = _median(bare_key), _median(ours_key)
    worst = max(ours_key)
    print(
        f"search, per key (filter + repaint):    bare {_ms(bk)}  ours {_ms(ok)}  "
        f"ratio {ok / bk:5.2f}"
        f"  (slowest key {_ms(worst).strip()})"
    )


def bench_startup(database: Path, small: Path, repeat: int) -> None:
    bare: list[float] = []
    ours_small: list[list[float]] = []
    ours_large: list[list[float]] = []
    for _ in range(repeat):  # interleaved, so background load on the machine hits all alike
        bare.append(_startup(BARE_STARTUP)[0])
        ours_small.append(_startup(APP_STARTUP, str(small)))
        ours_large.append(_startup(APP_STARTUP, str(database)))
    b = _median(bare)
    for label, runs in (("120 employees", ours_small), ("20,000 employees", ours_large)):
        usable = _median([run[0] for run in runs])
        opened = _median([run[1] for run in runs])
        filled = _median([run[2] for run in runs])
        print(
            f"start-up to usable window, {label:>16}: bare {_ms(b)}  ours {_ms(usable)}  "
            f"ratio {usable / b:5.2f}   (database open {_ms(opened).strip()}, "
            f"Overzicht filled {_ms(filled).strip()})"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--database", type=Path, help="a 20,000-employee database to use")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    from competentieplanner.services.database import open_database
    from competentieplanner.services.demo import generate_demo

    with tempfile.TemporaryDirectory() as folder:
        database = args.database
        if database is None:
            database = Path(folder) / "demo20k.db"
            db = open_database(database)
            started = time.perf_counter()
            generate_demo(db, employees=20_000)
            db.dispose()
            print(f"generated the 20,000-employee demo in {time.perf_counter() - started:.1f} s")
        small = Path(folder) / "demo120.db"
        db = open_database(small)
        generate_demo(db)
        db.dispose()
        bench_in_process(database, args.repeat)
        bench_startup(database, small, args.repeat)


if __name__ == "__main__":
    main()
