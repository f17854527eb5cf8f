"""Horizontal stacked bars: per profile, how many people are ready, developable, far, unknown.

Every bar is scaled to its own total (100 %), with the count written in each segment wide enough
to hold it, so profiles with different numbers of people compare by share.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QFontMetrics, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from competentieplanner.domain.model import Readiness
from competentieplanner.ui import formatting, theme


@dataclass(frozen=True, slots=True)
class StackedRow:
    label: str
    counts: tuple[tuple[Readiness, int], ...]
    note: str = ""  # e.g. "12 gekozen"

    @property
    def total(self) -> int:
        return sum(count for _, count in self.counts)


class StackedBarsWidget(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[StackedRow] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(
            QCoreApplication.translate("StackedBars", "Gereedheid per toekomstprofiel")
        )

    def set_rows(self, rows: Sequence[StackedRow]) -> None:
        self._rows = list(rows)
        self.setAccessibleDescription(
            "; ".join(
                f"{row.label}: "
                + ", ".join(f"{formatting.word(kind.value)} {count}" for kind, count in row.counts)
                for row in self._rows
            )
        )
        self.updateGeometry()
        self.update()

    def rows(self) -> list[StackedRow]:
        return list(self._rows)

    def _row_height(self) -> int:
        return QFontMetrics(self.font()).height() * 2 + 6

    def sizeHint(self) -> QSize:
        legend = QFontMetrics(self.font()).height() + 12
        return QSize(560, self._row_height() * max(1, len(self._rows)) + legend)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        muted = theme.muted_text_color(self)
        metrics = QFontMetrics(self.font())
        dark = theme.is_dark(palette)
        label_width = min(300, max(180, self.width() // 3))
        note_width = max((metrics.horizontalAdvance(r.note) for r in self._rows), default=0) + 12
        bar_left = label_width + 8
        bar_width = max(40, self.width() - bar_left - note_width)
        row_h = self._row_height()
        for index, row in enumerate(self._rows):
            top = index * row_h
            painter.setPen(text)
            label = metrics.elidedText(row.label, Qt.TextElideMode.ElideRight, label_width)
            painter.drawText(
                QRectF(0, top, label_width, row_h), Qt.AlignmentFlag.AlignVCenter, label
            )
            bar_top = top + row_h * 0.2
            bar_h = row_h * 0.6
            x = float(bar_left)
            total = row.total
            for kind, count in row.counts:
                if not count or not total:
                    continue
                width = bar_width * count / total
                colors = theme.readiness_colors(kind, dark)
                rect = QRectF(x, bar_top, width, bar_h)
                painter.setPen(QPen(palette.color(QPalette.ColorRole.Window), 1))
                painter.setBrush(QBrush(colors.background))
                painter.drawRect(rect)
                if metrics.horizontalAdvance(str(count)) + 6 < width:
                    painter.setPen(colors.foreground)
                    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(count))
                x += width
            if not total:
                painter.setPen(muted)
                painter.drawText(
                    QRectF(bar_left, top, bar_width, row_h),
                    Qt.AlignmentFlag.AlignVCenter,
                    QCoreApplication.translate("StackedBars", "niemand in dit kader"),
                )
            painter.setPen(muted)
            painter.drawText(
                QRectF(bar_left + bar_width + 8, top, note_width, row_h),
                Qt.AlignmentFlag.AlignVCenter,
                row.note,
            )
        # legend
        y = len(self._rows) * row_h + 6
        x = float(bar_left)
        for kind in Readiness:
            colors = theme.readiness_colors(kind, dark)
            painter.setPen(QPen(colors.foreground, 1))
            painter.setBrush(QBrush(colors.background))
            painter.drawRect(QRectF(x, y + 2, 14, metrics.height() - 4))
            painter.setPen(text)
            label = formatting.word(kind.value)
            painter.drawText(
                QRectF(x + 20, y, 400, metrics.height()), Qt.AlignmentFlag.AlignVCenter, label
            )
            x += 20 + metrics.horizontalAdvance(label) + 18
        painter.end()
