"""Benchmark: the 500-person unit report against plain reportlab building as many pages.

    .venv/bin/python benchmarks/bench_pdf.py [--employees 500] [--seed 1] [--repeat 2]

Builds a demo municipality of ``--employees`` people (its afdeling "Sociaal Domein" contains every
team, so the unit report covers all of them) and then, in the same run and alternating, times

(a) plain reportlab: a SimpleDocTemplate with as many pages as (b) produced, each page one Table
    (18 rows x 4 columns) and one chart (a HorizontalBarChart in a Drawing, 18 categories x 2
    series), in the same embedded DejaVu font (Helvetica cannot print the names);
(b) ``services.pdf_export.export_unit_report`` for that afdeling: reading the database, scoring,
    the team overview and one Ontwikkelplan per member, written to disk.

It prints the median of each and the ratio (b)/(a); the target is at most 2. For context it also
times reportlab's SpiderChart per page on a sample (the obvious radar, about 85 ms a chart).
"""

from __future__ import annotations

import argparse
import gc
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from reportlab.graphics.charts.barcharts import HorizontalBarChart  # noqa: E402
from reportlab.graphics.charts.spider import SpiderChart  # noqa: E402
from reportlab.graphics.shapes import Drawing  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.platypus import PageBreak, SimpleDocTemplate, Table, TableStyle  # noqa: E402

from competentieplanner.reports import fonts  # noqa: E402
from competentieplanner.services import pdf_export  # noqa: E402
from competentieplanner.services.database import open_database  # noqa: E402
from competentieplanner.services.demo import generate_demo  # noqa: E402

UNIT = "Sociaal Domein"


def plain_reportlab(out: Path, pages: int, *, spider: bool = False) -> None:
    """What a plain reportlab user writes: one table and one chart per page."""
    fonts.register_fonts()
    doc = SimpleDocTemplate(str(out), pagesize=A4, initialFontName=fonts.REGULAR)
    style = TableStyle(
        [
            ("FONT", (0, 0), (-1, -1), fonts.REGULAR, 8.3),
            ("FONT", (0, 0), (-1, 0), fonts.BOLD, 8.3),
            ("GRID", (0, 0), (-1, -1), 0.3, "#C9D2DC"),
        ]
    )
    story = []
    for page in range(pages):
        rows = [["Competentie", "Doel", "Huidig", "Kloof"]]
        rows += [[f"BA{i:02d} Competentie {page}", "3", str(i % 4 + 1), "1"] for i in range(18)]
        story.append(Table(rows, colWidths=[90 * mm, 25 * mm, 25 * mm, 25 * mm], style=style))
        story.append(_spider(page) if spider else _bars(page))
        story.append(PageBreak())
    doc.build(story)


def _bars(page: int) -> Drawing:
    drawing = Drawing(170 * mm, 110 * mm)
    chart = HorizontalBarChart()
    chart.x, chart.y, chart.width, chart.height = 60, 10, 380, 290
    chart.data = [[3] * 18, [(i + page) % 4 + 1 for i in range(18)]]
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = 0, 4, 1
    chart.categoryAxis.categoryNames = [f"BA{i:02d}" for i in range(1, 19)]
    chart.categoryAxis.labels.fontName = fonts.REGULAR
    chart.valueAxis.labels.fontName = fonts.REGULAR
    drawing.add(chart)
    return drawing


def _spider(page: int) -> Drawing:
    drawing = Drawing(170 * mm, 110 * mm)
    chart = SpiderChart()
    chart.x, chart.y, chart.width, chart.height = 100, 10, 280, 280
    chart.data = [[3] * 18, [(i + page) % 4 + 1 for i in range(18)], [4] * 18]
    chart.labels = [f"BA{i:02d}" for i in range(1, 19)]
    chart.strands[2].strokeColor = None  # invisible strand at 4: a fixed scale (TOOLCHAIN 6)
    chart.strandLabels.fontName = fonts.REGULAR
    chart.spokeLabels.fontName = fonts.REGULAR
    drawing.add(chart)
    return drawing


def _timed(action: object) -> float:
    gc.collect()
    start = time.perf_counter()
    action()  # type: ignore[operator]
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--employees", type=int, default=500)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=2)
    args = parser.parse_args()
    from pypdf import PdfReader

    with tempfile.TemporaryDirectory(prefix="bench-pdf-") as folder_name:
        folder = Path(folder_name)
        db = open_database(folder / "bench.db")
        generate_demo(db, employees=args.employees, seed=args.seed)
        ours, plain = folder / "unit.pdf", folder / "plain.pdf"
        fonts.register_fonts()

        # one untimed run: imports, font parsing and the page count for the baseline
        def export() -> None:
            with db.unit_of_work() as uow:
                pdf_export.export_unit_report(uow, ours, UNIT)

        export()
        pages = len(PdfReader(str(ours)).pages)
        ours_times: list[float] = []
        plain_times: list[float] = []
        for _ in range(args.repeat):
            plain_times.append(_timed(lambda: plain_reportlab(plain, pages)))
            ours_times.append(_timed(export))
        sample = min(40, pages)
        spider = _timed(lambda: plain_reportlab(folder / "spider.pdf", sample, spider=True))
        db.dispose()
        baseline_pages = len(PdfReader(str(plain)).pages)
    a, b = statistics.median(plain_times), statistics.median(ours_times)
    print(f"unit '{UNIT}': {args.employees} people, {pages} pages (baseline {baseline_pages})")
    print(f"(a) plain reportlab, table + bar chart per page: {a:7.2f} s ({pages / a:4.0f} pages/s)")
    print(f"(b) export_unit_report (db + scoring + pdf):     {b:7.2f} s ({pages / b:4.0f} pages/s)")
    print(f"ratio (b)/(a): {b / a:.2f}  (target <= 2)")
    print(
        f"context: plain reportlab with a SpiderChart per page: {spider / sample * 1000:.0f} ms "
        f"a page on {sample} pages; the whole report that way would take about "
        f"{spider / sample * pages:.0f} s"
    )
    return 0 if b / a <= 2 else 1


if __name__ == "__main__":
    sys.exit(main())
