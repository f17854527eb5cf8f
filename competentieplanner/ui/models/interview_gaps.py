"""Step 4 of the interview: the gaps toward the chosen profile, from the levels just scored."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from competentieplanner.domain.scoring import Gap
from competentieplanner.ui import theme
from competentieplanner.ui.models.base import HeaderedTableModel
from competentieplanner.ui.translate_noop import QT_TRANSLATE_NOOP

COLUMNS = (
    QT_TRANSLATE_NOOP("GapsModel", "Competentie"),
    QT_TRANSLATE_NOOP("GapsModel", "Niveau"),
    QT_TRANSLATE_NOOP("GapsModel", "Doel"),
    QT_TRANSLATE_NOOP("GapsModel", "Kloof"),
    QT_TRANSLATE_NOOP("GapsModel", "Kritisch"),
)
NAME, LEVEL, TARGET, SHORTFALL, CRITICAL = range(5)

_Index = QModelIndex | QPersistentModelIndex


class GapsModel(HeaderedTableModel):
    translation_context = "GapsModel"
    headers = COLUMNS

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._gaps: list[Gap] = []
        self._names: Mapping[str, str] = {}

    def set_gaps(self, gaps: tuple[Gap, ...], names: Mapping[str, str]) -> None:
        self.beginResetModel()
        self._gaps = list(gaps)
        self._names = names
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._gaps)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        gap = self._gaps[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == NAME:
                return self._names.get(gap.competency, gap.competency)
            if column == LEVEL:
                return "–" if gap.level is None else str(gap.level)
            if column == TARGET:
                return str(gap.target)
            if column == SHORTFALL:
                return str(gap.shortfall)
            return QCoreApplication.translate("GapsModel", "ja") if gap.critical else ""
        if role == Qt.ItemDataRole.TextAlignmentRole and column != NAME:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole) and column in (
            LEVEL,
            SHORTFALL,
        ):
            colors = theme.gap_colors(gap.level, gap.target)
            return (
                colors.background if role == Qt.ItemDataRole.BackgroundRole else colors.foreground
            )
        if role == Qt.ItemDataRole.ToolTipRole and column == NAME:
            return gap.competency
        return None
