"""A radar (spider) chart of current against target levels, painted with QPainter.

The scale is fixed from 0 at the centre to the scale maximum at the rim, with a ring per level,
so two people's charts can be compared by eye. Unknown levels are drawn at the centre and their
axis label is marked with a question mark.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFontMetrics,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from competentieplanner.ui import theme


@dataclass(frozen=True, slots=True)
class RadarAxis:
    code: str
    current: int | None
    target: int


class RadarChartWidget(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._axes: list[RadarAxis] = []
        self._maximum = 4
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.setAccessibleName(QCoreApplication.translate("Radar", "Radardiagram van de niveaus"))

    def set_axes(self, axes: Sequence[RadarAxis], maximum: int = 4) -> None:
        self._axes = list(axes)
        self._maximum = max(1, maximum)
        unknown = QCoreApplication.translate("Radar", "onbekend")
        self.setAccessibleDescription(
            "; ".join(
                f"{a.code}: {a.current if a.current is not None else unknown}/{a.target}"
                for a in self._axes
            )
        )
        self.update()

    def axes(self) -> list[RadarAxis]:
        return list(self._axes)

    def sizeHint(self) -> QSize:
        return QSize(340, 320)

    def minimumSizeHint(self) -> QSize:
        return QSize(220, 220)

    def heightForWidth(self, width: int) -> int:
        return width

    def _point(self, centre: QPointF, radius: float, index: int, value: float) -> QPointF:
        angle = -math.pi / 2 + 2 * math.pi * index / len(self._axes)
        distance = radius * value / self._maximum
        return QPointF(
            centre.x() + distance * math.cos(angle), centre.y() + distance * math.sin(angle)
        )

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        muted = theme.muted_text_color(self)
        grid = palette.color(QPalette.ColorRole.Mid)
        accent = theme.accent(palette)
        metrics = QFontMetrics(self.font())
        legend_h = metrics.height() + 8
        if len(self._axes) < 3:
            painter.setPen(muted)
            painter.drawText(
                self.rect(),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                QCoreApplication.translate(
                    "Radar", "Te weinig competenties voor een radardiagram."
                ),
            )
            painter.end()
            return
        label_room = metrics.horizontalAdvance("BA00?") + 10
        side = min(
            self.width() - 2 * label_room, self.height() - legend_h - 2 * metrics.height() - 8
        )
        radius = max(20.0, side / 2)
        centre = QPointF(self.width() / 2, (self.height() - legend_h) / 2 + 2)
        count = len(self._axes)

        # rings per level and spokes
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for level in range(1, self._maximum + 1):
            painter.setPen(
                QPen(
                    grid,
                    1,
                    Qt.PenStyle.SolidLine if level == self._maximum else Qt.PenStyle.DotLine,
                )
            )
            ring = QPolygonF([self._point(centre, radius, i, level) for i in range(count)])
            painter.drawPolygon(ring)
        painter.setPen(QPen(grid, 1))
        for i in range(count):
            painter.drawLine(centre, self._point(centre, radius, i, self._maximum))
        painter.setPen(muted)
        for level in range(1, self._maximum + 1):
            p = self._point(centre, radius, 0, level)
            painter.drawText(
                QRectF(p.x() + 3, p.y() - metrics.height(), 20, metrics.height()), str(level)
            )

        # target (dashed outline) and current (filled)
        target = QPolygonF(
            [self._point(centre, radius, i, a.target) for i, a in enumerate(self._axes)]
        )
        painter.setPen(QPen(text, 1.6, Qt.PenStyle.DashLine))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPolygon(target)
        current = QPolygonF(
            [self._point(centre, radius, i, a.current or 0) for i, a in enumerate(self._axes)]
        )
        fill = QColor(accent)
        fill.setAlpha(90)
        painter.setPen(QPen(accent, 2))
        painter.setBrush(QBrush(fill))
        painter.drawPolygon(current)

        # axis labels
        for i, axis in enumerate(self._axes):
            p = self._point(centre, radius + 6 + metrics.height() * 0.6, i, self._maximum)
            label = axis.code + ("?" if axis.current is None else "")
            painter.setPen(muted if axis.current is None else text)
            width = metrics.horizontalAdvance(label) + 4
            rect = QRectF(p.x() - width / 2, p.y() - metrics.height() / 2, width, metrics.height())
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, label)

        # legend
        y = self.height() - legend_h / 2
        x = 8.0
        painter.setPen(QPen(accent, 2))
        painter.setBrush(QBrush(fill))
        painter.drawRect(QRectF(x, y - 5, 14, 10))
        x += 20
        painter.setPen(text)
        current_label = QCoreApplication.translate("Radar", "huidig")
        painter.drawText(QPointF(x, y + metrics.ascent() / 2 - 1), current_label)
        x += metrics.horizontalAdvance(current_label) + 16
        painter.setPen(QPen(text, 1.6, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(x, y), QPointF(x + 14, y))
        x += 20
        painter.setPen(text)
        target_label = QCoreApplication.translate("Radar", "doel")
        painter.drawText(QPointF(x, y + metrics.ascent() / 2 - 1), target_label)
        x += metrics.horizontalAdvance(target_label) + 16
        if any(a.current is None for a in self._axes):
            painter.setPen(muted)
            painter.drawText(
                QPointF(x, y + metrics.ascent() / 2 - 1),
                QCoreApplication.translate("Radar", "? = onbekend"),
            )
        painter.end()
