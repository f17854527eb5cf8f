"""Choosing a person on the Plannen screen with 20,000 employees, against bare Qt.

Run: .venv/bin/python benchmarks/bench_plans_search.py [--database demo20k.db] [--repeat 3]

Without --database a 20,000-employee demo database is generated in a temporary folder first.
Printed, each as a median of the repeats and as a ratio to bare Qt doing the same in this run:

1. Opening Plannen: reading people, profiles, catalogue, units and budgets and building both
   tabs, against reading the same people and showing them in a bare editable QComboBox over a
   QStringListModel with Qt's own QCompleter (contains-matching) - the textbook way to make a
   searchable person chooser.
2. Typing "jan" key by key until the suggestion list is shown, against the same bare combo box.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QSettings, QStringListModel, Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QComboBox, QCompleter, QWidget  # noqa: E402

from competentieplanner.persistence import repositories as repo  # noqa: E402
from competentieplanner.services.database import open_database  # noqa: E402
from competentieplanner.services.demo import generate_demo  # noqa: E402
from competentieplanner.ui.context import AppContext  # noqa: E402
from competentieplanner.ui.views.plans import PlansView  # noqa: E402

SEARCH = "jan"


def _median(run: Callable[[], float], repeat: int) -> float:
    return statistics.median(run() for _ in range(repeat))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--database", type=Path)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    folder = Path(tempfile.mkdtemp())
    path = args.database
    if path is None:
        path = folder / "demo-20000.db"
        print("20.000 medewerkers genereren…", flush=True)
        generated = open_database(path)
        generate_demo(generated, employees=20_000, seed=1)
        generated.dispose()
    db = open_database(path)
    with db.read_session() as session:
        names = [
            f"{e.sort_name} · {e.personnel_number} · {e.unit or ''}"
            for e in repo.load_employees(session)
        ]
    print(f"{len(names)} medewerkers", flush=True)
    settings = QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat)

    def ours_open() -> tuple[float, PlansView]:
        start = time.perf_counter()
        view = PlansView(AppContext(db=db, settings=settings))
        view.resize(1366, 700)
        view.show()
        app.processEvents()
        return time.perf_counter() - start, view

    def bare_open() -> tuple[float, QWidget]:
        start = time.perf_counter()
        with db.read_session() as session:  # the same read of the people
            names = [
                f"{e.sort_name} · {e.personnel_number} · {e.unit or ''}"
                for e in repo.load_employees(session)
            ]
        window = QWidget()
        combo = QComboBox(window)
        combo.setEditable(True)
        combo.setModel(QStringListModel(names, combo))
        completer = QCompleter(combo.model(), combo)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        combo.setCompleter(completer)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        window.combo = combo  # type: ignore[attr-defined]
        window.resize(1366, 700)
        window.show()
        app.processEvents()
        return time.perf_counter() - start, window

    def typing(line_edit: QWidget, popup: Callable[[], QWidget]) -> float:
        line_edit.setFocus()
        line_edit.clear()  # type: ignore[attr-defined]
        app.processEvents()
        start = time.perf_counter()
        for key in SEARCH:
            QTest.keyClicks(line_edit, key)
            app.processEvents()
        assert popup().isVisible()
        elapsed = time.perf_counter() - start
        popup().hide()
        return elapsed

    opened: list[tuple[float, float]] = []
    typed: list[tuple[float, float]] = []
    for _ in range(args.repeat):
        ours_time, view = ours_open()
        bare_time, bare = bare_open()
        opened.append((ours_time, bare_time))
        person = view.person
        ours_typing = typing(person.person_combo.lineEdit(), person.person_completer.popup)
        combo: QComboBox = bare.combo  # type: ignore[attr-defined]
        bare_typing = typing(combo.lineEdit(), combo.completer().popup)
        typed.append((ours_typing, bare_typing))
        view.deleteLater()
        bare.deleteLater()
        app.processEvents()

    for label, pairs in (("Plannen openen", opened), (f"'{SEARCH}' typen", typed)):
        ours = statistics.median(p[0] for p in pairs)
        bare = statistics.median(p[1] for p in pairs)
        print(
            f"{label:<16} ons {ours * 1000:8.1f} ms   kaal Qt {bare * 1000:8.1f} ms   "
            f"verhouding {ours / bare:5.2f}x"
        )
    db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
