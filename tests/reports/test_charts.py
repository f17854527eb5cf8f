"""The charts say what the data says: bars exactly as long as the levels on a fixed axis, no bar
for an unknown level, one shared radar background per document, heatmaps split across pages."""

from __future__ import annotations

import re
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from competentieplanner.reports import development_plan, fonts, hrm_overview, styles, team_overview
from competentieplanner.reports.charts import BarRow, Heatmap, HeatRow, LevelBars, RadarChart
from competentieplanner.reports.templates import DocumentMeta, ReportDocument
from tests import pdf_reading
from tests.reports.samples import DAY, SCALE, hrm_data, plan_data, team_data

_RECT = re.compile(rb"([-\d.]+) ([-\d.]+) ([-\d.]+) ([-\d.]+) re")


def _draw(tmp_path: Path, flowable: object) -> bytes:
    """Draw one flowable on a bare page and return the page's content stream."""
    fonts.register_fonts()
    path = tmp_path / "chart.pdf"
    canvas = Canvas(str(path), pagesize=A4, initialFontName=fonts.REGULAR)
    flowable.wrapOn(canvas, 170 * mm, 250 * mm)  # type: ignore[attr-defined]
    flowable.drawOn(canvas, 20 * mm, 20 * mm)  # type: ignore[attr-defined]
    canvas.showPage()
    canvas.save()
    return pdf_reading.content_streams(path)


def test_bars_are_as_long_as_the_levels(tmp_path: Path) -> None:
    rows = [
        BarRow("BA01", "Een", 3, 1),
        BarRow("BA02", "Twee", 2, 4),
        BarRow("BA03", "Drie", 4, None),
        BarRow("BA04", "Vier", 1, 2),
    ]
    bars = LevelBars(rows, maximum=4, scale_labels=SCALE.labels, width=110 * mm)
    stream = _draw(tmp_path, bars)
    widths = [float(m.group(3)) for m in _RECT.finditer(stream)]
    # legend swatches are 9 pt wide; everything else is a bar
    bar_widths = [w for w in widths if abs(w - 9) > 0.01]
    # per row the target bar, then the current bar (none for the unknown level)
    assert len(bar_widths) == 7
    step = bar_widths[0] / 3  # row 1 target 3
    expected = [3, 1, 2, 4, 4, 1, 2]  # BA03 has a target bar only
    assert [round(w / step, 4) for w in bar_widths] == expected  # PDF numbers have 5 decimals
    assert b"(onbekend) Tj" in stream


def test_radar_background_is_one_form_for_many_people(tmp_path: Path) -> None:
    path = tmp_path / "radar.pdf"
    doc = ReportDocument(path, DocumentMeta("Radar", "test", "Gemeente", DAY))
    axes = [f"BA{i:02d}" for i in range(1, 19)]
    story = [
        RadarChart(axes, [3] * 18, [(i + n) % 5 or None for i in range(18)], maximum=4)
        for n in range(12)
    ]
    doc.build_pdf(story)
    radar_forms = {name for name in pdf_reading.form_names(path) if "radar" in name}
    assert len(radar_forms) == 1
    # each chart still draws its own current-level polygon (filled and stroked: B*)
    assert pdf_reading.content_streams(path).count(b"\nB*") == 12


def test_heatmap_splits_across_pages_and_keeps_every_row(tmp_path: Path) -> None:
    path = tmp_path / "heat.pdf"
    doc = ReportDocument(path, DocumentMeta("Heatmap", "test", "Gemeente", DAY))
    rows = [HeatRow(f"Medewerker {i:03d}", (1, 2, None, 4), "ontwikkelbaar") for i in range(150)]
    heatmap = Heatmap(
        ["BA01", "BA02", "BA03", "BA04"],
        [3, 3, 3, 3],
        [True, False, False, False],
        rows,
        width=170 * mm,
        note_title="Gereedheid",
    )
    doc.build_pdf([heatmap])
    text = pdf_reading.layout_text(path)
    assert len(pdf_reading.reader(path).pages) >= 3
    for i in range(150):
        assert f"Medewerker {i:03d}" in text
    assert text.count("doelniveau") == len(pdf_reading.reader(path).pages)  # header repeated
    pdf_reading.assert_only_embedded_dejavu(path)


_COLOUR = re.compile(rb"(?<![\w.])([\d.]+) ([\d.]+) ([\d.]+) (rg|RG)\b")


def _palette() -> list[tuple[float, float, float]]:
    found = [v for v in vars(styles).values() if isinstance(v, colors.Color)]
    return [(c.red, c.green, c.blue) for c in [*found, colors.black, colors.white]]


def test_documents_paint_only_house_colours(tmp_path: Path) -> None:
    """Every fill and stroke colour in the three documents, rendered with user text that tries
    markup ("<font color=red>"), is one of the house palette: user markup never gets through
    and no chart picks a colour of its own (pure red would be both)."""
    hostile = "<font color=red>rood</font>"
    paths = [tmp_path / name for name in ("plan.pdf", "team.pdf", "hrm.pdf")]
    development_plan.render_development_plan(
        paths[0], plan_data(text=hostile), organisation="Gemeente", reference_date=DAY
    )
    team_overview.render_team_report(
        paths[1], team_data(text=hostile), iter([plan_data(text=hostile)]),
        organisation="Gemeente", reference_date=DAY, plan_count=1,
    )
    hrm_overview.render_hrm_overview(
        paths[2], hrm_data(), organisation="Gemeente", reference_date=DAY
    )
    palette = _palette()
    for path in paths:
        used = {
            tuple(float(part) for part in match[:3])
            for match in _COLOUR.findall(pdf_reading.content_streams(path))
        }
        assert used, path.name
        assert (1.0, 0.0, 0.0) not in used, path.name
        strangers = [
            colour
            for colour in used
            if not any(all(abs(a - b) < 0.002 for a, b in zip(colour, known, strict=True))
                       for known in palette)
        ]
        assert strangers == [], path.name
