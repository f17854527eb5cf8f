"""Charts drawn with canvas primitives: level bars (target against current level per competency)
and a radar chart as the overview picture.

reportlab's SpiderChart costs about 85 ms a chart; a report of hundreds of people would spend
minutes on it. The radar's fixed background (rings, spokes, labels) is drawn once per document as
a form XObject and only the two polygons are drawn per person. The bars are plain rectangles on
a fixed 0..maximum axis, so a bar is exactly as long as the level it shows; an unknown level gets
no bar and the word "onbekend", never a silent 0.
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from competentieplanner.reports import fonts, labels, styles
from competentieplanner.reports.templates import fit_text

_LABEL_SIZE = 7.3
_TICK_SIZE = 6.6


@dataclass(frozen=True, slots=True)
class BarRow:
    """One competency in a bar chart."""

    code: str
    name: str
    target: int
    level: int | None  # None: unknown
    critical: bool = False


class LevelBars(Flowable):  # type: ignore[misc]
    """Per competency a target bar and a current-level bar on the same 0..maximum axis."""

    row_height = 15.0
    top = 24.0  # room for the level labels above the plot
    bottom = 22.0  # room for the legend

    def __init__(
        self,
        rows: Sequence[BarRow],
        *,
        maximum: int,
        scale_labels: Mapping[int, str],
        width: float,
        label_width: float = 58 * mm,
        language: str = labels.DEFAULT_LANGUAGE,
    ) -> None:
        super().__init__()
        self.t = labels.translator(language)
        self.rows = tuple(rows)
        self.maximum = max(1, maximum)
        self.scale_labels = dict(scale_labels)
        self.width = width
        self.label_width = label_width
        self.height = self.top + self.row_height * len(self.rows) + self.bottom

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canvas: Canvas = self.canv
        x0 = self.label_width + 4
        plot_width = self.width - x0 - 12  # room for the centred label of the last level
        step = plot_width / self.maximum
        y_top = self.height - self.top
        y_bottom = self.bottom
        canvas.saveState()
        # gridlines and level labels (number and scale word) above the plot
        canvas.setLineWidth(0.4)
        for level in range(self.maximum + 1):
            x = x0 + level * step
            canvas.setStrokeColor(styles.RULE if level else styles.TARGET_EDGE)
            canvas.line(x, y_bottom, x, y_top + 2)
            canvas.setFillColor(styles.MUTED)
            canvas.setFont(fonts.BOLD, _TICK_SIZE)
            canvas.drawCentredString(x, y_top + 12, str(level))
            # the first word only ("Basis (startbekwaam)" -> "Basis"); the full scale is in a note
            words = self.scale_labels.get(level, "").replace("(", " ").replace("/", " ").split()
            if words:
                canvas.setFont(fonts.REGULAR, _TICK_SIZE - 0.6)
                canvas.drawCentredString(
                    x, y_top + 4.5, fit_text(words[0], fonts.REGULAR, _TICK_SIZE - 0.6, step - 2)
                )
        # rows
        bar = 4.6
        for index, row in enumerate(self.rows):
            y = y_top - (index + 1) * self.row_height
            middle = y + self.row_height / 2
            font = fonts.BOLD if row.critical else fonts.REGULAR
            canvas.setFillColor(styles.INK)
            canvas.setFont(font, _LABEL_SIZE)
            label = fit_text(f"{row.code} {row.name}", font, _LABEL_SIZE, self.label_width - 2)
            canvas.drawString(0, middle - 2.5, label)
            # target: light bar with an edge
            canvas.setFillColor(styles.TARGET_FILL)
            canvas.setStrokeColor(styles.TARGET_EDGE)
            canvas.setLineWidth(0.5)
            canvas.rect(x0, middle + 0.6, row.target * step, bar, stroke=1, fill=1)
            # current level: green when the target is met, warm when below, text when unknown
            if row.level is None:
                canvas.setFillColor(styles.MUTED)
                canvas.setFont(fonts.ITALIC, _TICK_SIZE)
                canvas.drawString(x0 + 3, middle - bar - 0.2, self.t("onbekend"))
            else:
                shown = min(row.level, self.maximum)
                canvas.setFillColor(styles.MET if row.level >= row.target else styles.BELOW)
                canvas.rect(x0, middle - bar - 0.6, shown * step, bar, stroke=0, fill=1)
            canvas.setStrokeColor(styles.RULE)
            canvas.setLineWidth(0.25)
            canvas.line(0, y, x0 + plot_width, y)
        self._legend(x0)
        canvas.restoreState()

    def _legend(self, x0: float) -> None:
        canvas: Canvas = self.canv
        y = 4.0
        x = x0
        canvas.setFont(fonts.REGULAR, _TICK_SIZE)
        items = (
            (styles.TARGET_FILL, styles.TARGET_EDGE, self.t("doelniveau")),
            (styles.MET, None, self.t("huidig, doel gehaald")),
            (styles.BELOW, None, self.t("huidig, onder doel")),
        )
        for fill, edge, text in items:
            canvas.setFillColor(fill)
            if edge is not None:
                canvas.setStrokeColor(edge)
                canvas.setLineWidth(0.5)
            canvas.rect(x, y, 9, 4.6, stroke=1 if edge is not None else 0, fill=1)
            canvas.setFillColor(styles.MUTED)
            canvas.drawString(x + 12, y + 0.6, text)
            x += 12 + canvas.stringWidth(text, fonts.REGULAR, _TICK_SIZE) + 10
        canvas.setFont(fonts.BOLD, _TICK_SIZE)
        canvas.drawString(0, y + 0.6, self.t("vet = kritische competentie"))


class RadarChart(Flowable):  # type: ignore[misc]
    """Target and current level on one spider web; the web itself is a cached form XObject."""

    def __init__(
        self,
        axes: Sequence[str],
        targets: Sequence[int],
        levels: Sequence[int | None],
        *,
        maximum: int,
        size: float = 62 * mm,
        language: str = labels.DEFAULT_LANGUAGE,
    ) -> None:
        super().__init__()
        self.t = labels.translator(language)
        if not len(axes) == len(targets) == len(levels):
            raise ValueError("radar: axes, targets and levels must have the same length")
        self.axes = tuple(axes)
        self.targets = tuple(targets)
        self.levels = tuple(levels)
        self.maximum = max(1, maximum)
        self.size = size
        self.width = size
        self.height = size + 12  # the legend goes below the web
        self.radius = size / 2 - 11
        digest = hashlib.sha1("|".join(self.axes).encode()).hexdigest()[:10]
        self.form_name = f"radar{len(self.axes)}x{self.maximum}x{int(size)}x{digest}"

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def _point(self, index: int, value: float) -> tuple[float, float]:
        angle = math.pi / 2 - 2 * math.pi * index / max(1, len(self.axes))
        r = self.radius * value / self.maximum
        return r * math.cos(angle), r * math.sin(angle)

    def _background(self, canvas: Canvas) -> None:
        """Rings at every level, spokes and axis labels, drawn around (0, 0)."""
        n = len(self.axes)
        canvas.setLineWidth(0.4)
        for level in range(1, self.maximum + 1):
            canvas.setStrokeColor(styles.RULE if level < self.maximum else styles.TARGET_EDGE)
            path = canvas.beginPath()
            for index in range(n):
                x, y = self._point(index, level)
                if index:
                    path.lineTo(x, y)
                else:
                    path.moveTo(x, y)
            path.close()
            canvas.drawPath(path, stroke=1, fill=0)
        canvas.setStrokeColor(styles.RULE)
        canvas.setFont(fonts.REGULAR, 5.6)
        canvas.setFillColor(styles.MUTED)
        for index, label in enumerate(self.axes):
            x, y = self._point(index, self.maximum)
            canvas.line(0, 0, x, y)
            lx, ly = self._point(index, self.maximum + 0.55)
            if abs(lx) < 3:
                canvas.drawCentredString(lx, ly - 2, label)
            elif lx > 0:
                canvas.drawString(lx - 2, ly - 2, label)
            else:
                canvas.drawRightString(lx + 2, ly - 2, label)
        canvas.setFont(fonts.REGULAR, 5)
        for level in range(1, self.maximum + 1):
            x, y = self._point(0, level)
            canvas.drawString(x + 1.5, y + 0.8, str(level))

    def draw(self) -> None:
        canvas: Canvas = self.canv
        if not canvas.hasForm(self.form_name):
            extent = self.size
            canvas.beginForm(self.form_name, -extent, -extent, extent, extent)
            self._background(canvas)
            canvas.endForm()
        canvas.saveState()
        canvas.translate(self.size / 2, 12 + self.size / 2)
        canvas.doForm(self.form_name)
        if self.axes:
            canvas.setStrokeColor(styles.TARGET_EDGE)
            canvas.setLineWidth(0.9)
            canvas.setDash(2.2, 1.6)
            self._polygon(canvas, [float(t) for t in self.targets], fill=False)
            canvas.setDash()
            canvas.setStrokeColor(styles.HOUSE)
            canvas.setFillColor(styles.HOUSE)
            canvas.setFillAlpha(0.22)
            canvas.setLineWidth(1.1)
            self._polygon(canvas, [float(lv or 0) for lv in self.levels], fill=True)
            canvas.setFillAlpha(1)
            unknown = [i for i, lv in enumerate(self.levels) if lv is None]
            canvas.setStrokeColor(styles.BELOW)
            canvas.setLineWidth(0.7)
            for index in unknown:
                x, y = self._point(index, self.maximum)
                canvas.circle(x, y, 1.8, stroke=1, fill=0)
        canvas.restoreState()
        self._legend(canvas, any(lv is None for lv in self.levels))

    def _polygon(self, canvas: Canvas, values: Sequence[float], *, fill: bool) -> None:
        path = canvas.beginPath()
        for index, value in enumerate(values):
            x, y = self._point(index, value)
            if index:
                path.lineTo(x, y)
            else:
                path.moveTo(x, y)
        path.close()
        canvas.drawPath(path, stroke=1, fill=1 if fill else 0)

    def _legend(self, canvas: Canvas, has_unknown: bool) -> None:
        canvas.saveState()
        canvas.setFont(fonts.REGULAR, 5.8)
        canvas.setFillColor(styles.MUTED)
        canvas.setStrokeColor(styles.TARGET_EDGE)
        canvas.setLineWidth(0.8)
        canvas.setDash(2.2, 1.6)
        canvas.line(4, 6, 14, 6)
        canvas.setDash()
        canvas.drawString(17, 4, self.t("doel"))
        canvas.setStrokeColor(styles.HOUSE)
        canvas.setFillColor(styles.HOUSE)
        canvas.setFillAlpha(0.22)
        canvas.rect(38, 3.6, 10, 4.6, stroke=1, fill=1)
        canvas.setFillAlpha(1)
        canvas.setFillColor(styles.MUTED)
        canvas.drawString(51, 4, self.t("huidig"))
        if has_unknown:
            canvas.setStrokeColor(styles.BELOW)
            canvas.circle(81, 6, 1.8, stroke=1, fill=0)
            canvas.drawString(85, 4, self.t("onbekend (als 0)"))
        canvas.restoreState()


@dataclass(frozen=True, slots=True)
class HeatRow:
    label: str
    levels: tuple[int | None, ...]
    note: str = ""  # e.g. the readiness, printed in the last column


class Heatmap(Flowable):  # type: ignore[misc]
    """Members against the competencies of a profile: each cell the level, coloured by its
    distance to the target (met, one short, more, unknown). Splits between rows across pages and
    repeats its header; drawn with canvas primitives because hundreds of rows of per-cell table
    styles are slow."""

    header_height = 36.0
    row_height = 11.0
    legend_height = 16.0

    def __init__(
        self,
        columns: Sequence[str],
        targets: Sequence[int],
        critical: Sequence[bool],
        rows: Sequence[HeatRow],
        *,
        width: float,
        label_width: float = 44 * mm,
        note_width: float = 22 * mm,
        note_title: str = "",
        legend: bool = True,
        language: str = labels.DEFAULT_LANGUAGE,
    ) -> None:
        super().__init__()
        self.language = language
        self.t = labels.translator(language)
        self.columns = tuple(columns)
        self.targets = tuple(targets)
        self.critical = tuple(critical)
        self.rows = tuple(rows)
        self.width = width
        self.label_width = label_width
        self.note_width = note_width if note_title else 0.0
        self.note_title = note_title
        self.legend = legend
        self.height = self._height(len(self.rows), legend)

    def _height(self, count: int, legend: bool) -> float:
        return self.header_height + count * self.row_height + (self.legend_height if legend else 0)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def _copy(self, rows: Sequence[HeatRow], legend: bool) -> Heatmap:
        return Heatmap(
            self.columns,
            self.targets,
            self.critical,
            rows,
            width=self.width,
            label_width=self.label_width,
            note_width=self.note_width or 22 * mm,
            note_title=self.note_title,
            legend=legend,
            language=self.language,
        )

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        fits = int((available_height - self.header_height) // self.row_height)
        # all rows but not the legend fitting: carry the last row over with the legend
        fits = min(fits, len(self.rows) - 1)
        if fits < 3:
            return []
        return [self._copy(self.rows[:fits], False), self._copy(self.rows[fits:], self.legend)]

    def draw(self) -> None:
        canvas: Canvas = self.canv
        cell = (self.width - self.label_width - self.note_width) / max(1, len(self.columns))
        top = self.height
        canvas.saveState()
        # header band: codes (critical in bold) and the target level below them
        canvas.setFillColor(styles.HOUSE_LIGHT)
        canvas.rect(0, top - self.header_height, self.width, self.header_height, stroke=0, fill=1)
        canvas.setFillColor(styles.HOUSE)
        canvas.setFont(fonts.BOLD, 7)
        canvas.drawString(3, top - 12, self.t("Medewerker"))
        canvas.setFont(fonts.REGULAR, 6.2)
        canvas.drawString(3, top - self.header_height + 3.5, self.t("doelniveau"))
        for index, code in enumerate(self.columns):
            x = self.label_width + index * cell + cell / 2
            font = fonts.BOLD if self.critical[index] else fonts.REGULAR
            canvas.saveState()
            canvas.translate(x + 2.2, top - self.header_height + 13)
            canvas.rotate(90)
            canvas.setFont(font, 6.4)
            canvas.drawString(0, 0, fit_text(code, font, 6.4, self.header_height - 15))
            canvas.restoreState()
            canvas.setFont(fonts.BOLD, 6.6)
            canvas.drawCentredString(x, top - self.header_height + 3.5, str(self.targets[index]))
        if self.note_title:
            canvas.setFont(fonts.BOLD, 7)
            canvas.drawString(self.width - self.note_width + 3, top - 12, self.note_title)
        canvas.setStrokeColor(styles.HOUSE)
        canvas.setLineWidth(0.8)
        canvas.line(0, top - self.header_height, self.width, top - self.header_height)
        # rows
        y = top - self.header_height
        for row in self.rows:
            y -= self.row_height
            canvas.setFillColor(styles.INK)
            canvas.setFont(fonts.REGULAR, 7)
            canvas.drawString(
                3, y + 3.2, fit_text(row.label, fonts.REGULAR, 7, self.label_width - 5)
            )
            for index, level in enumerate(row.levels):
                x = self.label_width + index * cell
                target = self.targets[index]
                if level is None:
                    fill = styles.HEAT_UNKNOWN
                elif level >= target:
                    fill = styles.HEAT_MET
                elif target - level == 1:
                    fill = styles.HEAT_ONE
                else:
                    fill = styles.HEAT_MORE
                canvas.setFillColor(fill)
                canvas.rect(x + 0.6, y + 0.6, cell - 1.2, self.row_height - 1.2, stroke=0, fill=1)
                canvas.setFillColor(styles.INK if level is not None else styles.MUTED)
                canvas.setFont(fonts.REGULAR, 6.8)
                canvas.drawCentredString(
                    x + cell / 2, y + 3.2, "?" if level is None else str(level)
                )
            if self.note_width:
                canvas.setFillColor(styles.INK)
                canvas.setFont(fonts.REGULAR, 6.8)
                canvas.drawString(
                    self.width - self.note_width + 3,
                    y + 3.2,
                    fit_text(row.note, fonts.REGULAR, 6.8, self.note_width - 5),
                )
            canvas.setStrokeColor(styles.RULE)
            canvas.setLineWidth(0.25)
            canvas.line(0, y, self.width, y)
        if self.legend:
            self._legend()
        canvas.restoreState()

    def _legend(self) -> None:
        canvas: Canvas = self.canv
        x, y = 0.0, 3.0
        canvas.setFont(fonts.REGULAR, 6.6)
        for fill, text in (
            (styles.HEAT_MET, self.t("doel gehaald")),
            (styles.HEAT_ONE, self.t("1 niveau onder doel")),
            (styles.HEAT_MORE, self.t("2 of meer onder doel")),
            (styles.HEAT_UNKNOWN, self.t("? = onbekend")),
        ):
            canvas.setFillColor(fill)
            canvas.rect(x, y, 9, 6, stroke=0, fill=1)
            canvas.setFillColor(styles.MUTED)
            canvas.drawString(x + 12, y + 1.2, text)
            x += 12 + canvas.stringWidth(text, fonts.REGULAR, 6.6) + 12
        canvas.setFont(fonts.BOLD, 6.6)
        canvas.drawString(x, y + 1.2, self.t("vet = kritisch"))


class TrendLineChart(Flowable):  # type: ignore[misc]
    """A small line of one competency's level over time: days along, 0..maximum up, a dot per
    score and the last one stressed (the level that counts now)."""

    def __init__(
        self,
        points: Sequence[tuple[object, int]],
        *,
        maximum: int,
        width: float = 30 * mm,
        height: float = 7 * mm,
    ) -> None:
        super().__init__()
        self.points = tuple(points)
        self.maximum = max(1, maximum)
        self.width, self.height = width, height

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def _xy(self) -> list[tuple[float, float]]:
        days = [p[0].toordinal() for p in self.points]  # type: ignore[attr-defined]
        first, span = days[0], max(1, days[-1] - days[0])
        pad = 2.0
        return [
            (
                pad + (self.width - 2 * pad) * (day - first) / span,
                pad + (self.height - 2 * pad) * level / self.maximum,
            )
            for day, (_, level) in zip(days, self.points, strict=True)
        ]

    def draw(self) -> None:
        canvas: Canvas = self.canv
        canvas.saveState()
        canvas.setStrokeColor(styles.RULE)
        canvas.setLineWidth(0.4)
        canvas.line(0, 2.0, self.width, 2.0)  # the 0 line
        xy = self._xy()
        canvas.setStrokeColor(styles.HOUSE)
        canvas.setFillColor(styles.HOUSE)
        canvas.setLineWidth(1.0)
        path = canvas.beginPath()
        path.moveTo(*xy[0])
        for x, y in xy[1:]:
            path.lineTo(x, y)
        canvas.drawPath(path, stroke=1, fill=0)
        for x, y in xy[:-1]:
            canvas.circle(x, y, 0.8, stroke=0, fill=1)
        canvas.circle(*xy[-1], 1.5, stroke=0, fill=1)
        canvas.restoreState()
