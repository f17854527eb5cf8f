"""Horizontal bars per formation line: ready now, grown and recruit, against the wanted FTE.

All bars share one scale (the largest wanted or filled FTE), so lines compare by size; a tick
marks the wanted FTE.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetrics, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from competentieplanner.domain.model import Readiness
from competentieplanner.ui import theme


@dataclass(frozen=True, slots=True)
class FormationBar:
    label: str
    wanted: float
    ready_now: float
    grown: float
    recruit: float


def _tr(text: str) -> str:
    return QCoreApplication.translate("FormationBars", text)


class FormationBarsWidget(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bars: list[FormationBar] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(_tr("Gewenst, nu inzetbaar, gegroeid en werven per profiel"))

    def set_bars(self, bars: Sequence[FormationBar]) -> None:
        self._bars = list(bars)
        self.setAccessibleDescription(
            "; ".join(
                _tr("{label}: gewenst {w:g}, nu {r:g}, gegroeid {g:g}, werven {x:g}").format(
                    label=b.label, w=b.wanted, r=b.ready_now, g=b.grown, x=b.recruit
                )
                for b in self._bars
            )
        )
        self.updateGeometry()
        self.update()

    def bars(self) -> list[FormationBar]:
        return list(self._bars)

    def _row_height(self) -> int:
        return QFontMetrics(self.font()).height() * 2 + 6

    def sizeHint(self) -> QSize:
        legend = QFontMetrics(self.font()).height() + 12
        return QSize(560, self._row_height() * max(1, len(self._bars)) + legend)

    def _segments(self, dark: bool) -> list[tuple[str, QColor, QColor]]:
        ready = theme.readiness_colors(Readiness.READY, dark)
        grown = theme.readiness_colors(Readiness.DEVELOPABLE, dark)
        recruit = theme.readiness_colors(Readiness.FAR, dark)
        return [
            (_tr("nu inzetbaar"), ready.background, ready.foreground),
            (_tr("gegroeid"), grown.background, grown.foreground),
            (_tr("werven"), recruit.background, recruit.foreground),
        ]

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        metrics = QFontMetrics(self.font())
        segments = self._segments(theme.is_dark(palette))
        label_width = min(300, max(160, self.width() // 3))
        bar_left = label_width + 8
        bar_width = max(40.0, self.width() - bar_left - 70.0)
        scale = (
            max([max(b.wanted, b.ready_now + b.grown + b.recruit) for b in self._bars] or [1.0])
            or 1.0
        )
        row_h = self._row_height()
        for index, bar in enumerate(self._bars):
            top = index * row_h
            painter.setPen(text)
            label = metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight, label_width)
            painter.drawText(
                QRectF(0, top, label_width, row_h), Qt.AlignmentFlag.AlignVCenter, label
            )
            x = float(bar_left)
            bar_top, bar_h = top + row_h * 0.2, row_h * 0.6
            for value, (_name, background, foreground) in zip(
                (bar.ready_now, bar.grown, bar.recruit), segments, strict=True
            ):
                width = bar_width * value / scale
                if width <= 0:
                    continue
                rect = QRectF(x, bar_top, width, bar_h)
                painter.setPen(QPen(palette.color(QPalette.ColorRole.Window), 1))
                painter.setBrush(QBrush(background))
                painter.drawRect(rect)
                shown = f"{value:g}".replace(".", ",")
                if metrics.horizontalAdvance(shown) + 6 < width:
                    painter.setPen(foreground)
                    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, shown)
                x += width
            tick = bar_left + bar_width * bar.wanted / scale
            painter.setPen(QPen(text, 2))
            painter.drawLine(int(tick), int(top + row_h * 0.1), int(tick), int(top + row_h * 0.9))
            painter.drawText(
                QRectF(bar_left + bar_width + 8, top, 62, row_h),
                Qt.AlignmentFlag.AlignVCenter,
                f"{bar.wanted:g}".replace(".", ","),
            )
        y = len(self._bars) * row_h + 6
        x = float(bar_left)
        for name, background, foreground in segments:
            painter.setPen(QPen(foreground, 1))
            painter.setBrush(QBrush(background))
            painter.drawRect(QRectF(x, y + 2, 14, metrics.height() - 4))
            painter.setPen(text)
            painter.drawText(
                QRectF(x + 20, y, 300, metrics.height()), Qt.AlignmentFlag.AlignVCenter, name
            )
            x += 20 + metrics.horizontalAdvance(name) + 18
        painter.end()
