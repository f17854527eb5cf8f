"""A sparkline in a table cell: the levels of one competency over time.

The x axis is time (the days of the scores, so a long gap between two conversations shows as a
long line), the y axis the level from 1 at the bottom to the scale's maximum at the top; the
last point, the level that counts now, is drawn larger. The model gives the points under
``trend_role`` as (date, level) pairs, oldest first.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPalette, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from competentieplanner.ui import theme

_Index = QModelIndex | QPersistentModelIndex
PADDING = 4.0
WIDTH = 96


def trend_points(trend: Sequence[tuple[dt.date, int]], area: QRectF, maximum: int) -> list[QPointF]:
    """The points of ``trend`` inside ``area``: time left to right, level 1..maximum bottom to
    top. One score is a single point in the middle."""
    if not trend:
        return []
    first, last = trend[0][0], trend[-1][0]
    span = (last - first).days
    top = max(maximum, max(level for _, level in trend))
    steps = max(top - 1, 1)
    points = []
    for day, level in trend:
        share = 0.5 if span == 0 else (day - first).days / span
        x = area.left() + share * area.width()
        y = area.bottom() - (min(max(level, 1), top) - 1) / steps * area.height()
        points.append(QPointF(x, y))
    return points


class TrendDelegate(QStyledItemDelegate):
    """Paints the trend of ``trend_role`` on a scale up to ``maximum()``."""

    def __init__(
        self, trend_role: int, maximum: Callable[[], int], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.trend_role = trend_role
        self.maximum = maximum  # the scale's top level, asked at every paint

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        hint = super().sizeHint(option, index)
        return QSize(max(hint.width(), WIDTH), hint.height())

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        # The cell's background and selection first, as for any other cell.
        widget = option.widget
        if widget is not None:
            widget.style().drawPrimitive(
                QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, widget
            )
        trend = index.data(self.trend_role) or ()
        if not trend:
            return
        maximum = self.maximum()
        rect = QRectF(option.rect).adjusted(PADDING * 2, PADDING, -PADDING * 2, -PADDING)
        points = trend_points(trend, rect, maximum)
        palette = option.palette
        colour = theme.accent(palette)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        grid = palette.color(QPalette.ColorRole.Mid)
        painter.setPen(QPen(grid, 1, Qt.PenStyle.DotLine))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        painter.setPen(QPen(colour, 1.6))
        for start, end in zip(points, points[1:], strict=False):
            painter.drawLine(start, end)
        painter.setBrush(colour)
        for point in points[:-1]:
            painter.drawEllipse(point, 1.6, 1.6)
        painter.drawEllipse(points[-1], 3.0, 3.0)
        painter.restore()
