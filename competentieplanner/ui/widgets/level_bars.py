"""Horizontal bars: the current level against the target, one row per competency.

The axis is honest: it always runs from 0 to the scale's maximum, with a gridline per level, so
a bar of 2 is half as long as a bar of 4. An unknown level shows the word 'onbekend' instead of a
bar of length zero, because "not assessed" is not the same as "level 0".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QFontMetrics, QHelpEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from competentieplanner.ui import theme


@dataclass(frozen=True, slots=True)
class BarRow:
    code: str
    label: str
    current: int | None
    target: int
    critical: bool = False
    tooltip: str = ""


class LevelBarsWidget(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[BarRow] = []
        self._maximum = 4
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(
            QCoreApplication.translate("LevelBars", "Huidig niveau en doelniveau")
        )
        self.setMouseTracking(True)

    # -- data --------------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[BarRow], maximum: int = 4) -> None:
        self._rows = list(rows)
        self._maximum = max(1, maximum)
        unknown = QCoreApplication.translate("LevelBars", "onbekend")
        self.setAccessibleDescription(
            "; ".join(
                f"{row.label}: {row.current if row.current is not None else unknown} "
                + QCoreApplication.translate("LevelBars", "van doel {target}").format(
                    target=row.target
                )
                for row in self._rows
            )
        )
        self.updateGeometry()
        self.update()

    def rows(self) -> list[BarRow]:
        return list(self._rows)

    # -- geometry ----------------------------------------------------------------------------
    def _row_height(self) -> int:
        return QFontMetrics(self.font()).height() + 10

    def _header_height(self) -> int:
        return QFontMetrics(self.font()).height() + 6

    def _label_width(self) -> int:
        return min(max(140, int(self.width() * 0.42)), 320)

    def sizeHint(self) -> QSize:
        return QSize(460, self._header_height() * 2 + self._row_height() * max(1, len(self._rows)))

    def minimumSizeHint(self) -> QSize:
        return QSize(280, self.sizeHint().height())

    def _bar_area(self) -> QRectF:
        left = self._label_width() + 8
        return QRectF(left, self._header_height(), max(40, self.width() - left - 12), 0)

    def _x(self, level: float) -> float:
        area = self._bar_area()
        return area.left() + area.width() * level / self._maximum

    def row_at(self, y: float) -> int | None:
        index = int((y - self._header_height()) // self._row_height())
        return index if 0 <= index < len(self._rows) else None

    # -- painting ----------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        muted = theme.muted_text_color(self)
        grid = palette.color(QPalette.ColorRole.Mid)
        metrics = QFontMetrics(self.font())
        header = self._header_height()
        row_h = self._row_height()
        bottom = header + row_h * len(self._rows)
        dark = theme.is_dark(palette)

        # axis: one gridline and number per level, 0..maximum
        painter.setPen(QPen(grid, 1, Qt.PenStyle.DotLine))
        for level in range(self._maximum + 1):
            x = self._x(level)
            painter.drawLine(QPointF(x, header), QPointF(x, bottom))
        painter.setPen(muted)
        for level in range(self._maximum + 1):
            x = self._x(level)
            painter.drawText(
                QRectF(x - 20, 0, 40, header), Qt.AlignmentFlag.AlignCenter, str(level)
            )

        label_width = self._label_width()
        bold = theme.scaled_font(self.font(), 1.0, bold=True)
        for index, row in enumerate(self._rows):
            top = header + index * row_h
            painter.setFont(bold if row.critical else self.font())
            painter.setPen(text)
            label = QFontMetrics(painter.font()).elidedText(
                row.label, Qt.TextElideMode.ElideRight, label_width
            )
            painter.drawText(
                QRectF(0, top, label_width, row_h),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                label,
            )
            painter.setFont(self.font())
            bar_top = top + 4
            bar_h = row_h - 8
            if row.current is None:
                painter.setPen(muted)
                italic = self.font()
                italic.setItalic(True)
                painter.setFont(italic)
                painter.drawText(
                    QRectF(self._x(0) + 4, top, 120, row_h),
                    Qt.AlignmentFlag.AlignVCenter,
                    QCoreApplication.translate("LevelBars", "onbekend"),
                )
                painter.setFont(self.font())
            elif row.current > 0:
                colors = theme.gap_colors(row.current, row.target, dark)
                rect = QRectF(self._x(0), bar_top, self._x(row.current) - self._x(0), bar_h)
                painter.setPen(QPen(colors.foreground, 1))
                painter.setBrush(QBrush(colors.background))
                painter.drawRoundedRect(rect, 3, 3)
                painter.setPen(colors.foreground)
                painter.drawText(
                    rect.adjusted(0, 0, -6, 0),
                    Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                    str(row.current),
                )
            # target marker: a strong vertical line with a small notch on top
            x = self._x(row.target)
            painter.setPen(QPen(text, 2.5))
            painter.drawLine(QPointF(x, top + 2), QPointF(x, top + row_h - 2))
        # legend
        painter.setPen(muted)
        legend = QCoreApplication.translate(
            "LevelBars", "balk = huidig niveau · streep = doelniveau · vet = kritisch"
        )
        painter.drawText(
            QRectF(self._x(0), bottom + 2, self.width() - self._x(0), metrics.height() + 4),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            legend,
        )
        painter.end()

    # -- tooltips ----------------------------------------------------------------------------
    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            index = self.row_at(event.pos().y())
            if index is not None and self._rows[index].tooltip:
                QToolTip.showText(event.globalPos(), self._rows[index].tooltip, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)
