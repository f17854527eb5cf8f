"""Step 1 of the interview: per competency the last agreed level and the self-assessment.

The self-assessment column is editable (the employee's own view, typed in during preparation).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from competentieplanner.domain.model import Competency, LevelScale
from competentieplanner.ui import theme
from competentieplanner.ui.models.base import HeaderedTableModel
from competentieplanner.ui.translate_noop import QT_TRANSLATE_NOOP

#: The level (int or None) behind a level cell.
LEVEL_ROLE = Qt.ItemDataRole.UserRole + 1

COLUMNS = (
    QT_TRANSLATE_NOOP("SelfAssessmentModel", "Competentie"),
    QT_TRANSLATE_NOOP("SelfAssessmentModel", "Laatst afgesproken"),
    QT_TRANSLATE_NOOP("SelfAssessmentModel", "Zelfbeoordeling"),
)
NAME, AGREED, SELF = range(3)

_Index = QModelIndex | QPersistentModelIndex


class SelfAssessmentModel(HeaderedTableModel):
    translation_context = "SelfAssessmentModel"
    headers = COLUMNS

    #: The user changed a self-assessed level: (competency code, level or None).
    self_changed = Signal(str, object)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, str, int | None, int | None]] = []  # code, name, agreed, self
        self._scale: LevelScale | None = None
        self._editable = True

    def set_rows(
        self,
        competencies: tuple[Competency, ...],
        scale: LevelScale,
        agreed: Mapping[str, int],
        self_levels: Mapping[str, int],
    ) -> None:
        self.beginResetModel()
        self._scale = scale
        self._rows = [
            (c.code, c.name, agreed.get(c.code), self_levels.get(c.code)) for c in competencies
        ]
        self.endResetModel()

    def clear(self) -> None:
        self.beginResetModel()
        self._rows = []
        self.endResetModel()

    def set_editable(self, editable: bool) -> None:
        self._editable = editable

    def self_levels(self) -> dict[str, int]:
        return {code: level for code, _, _, level in self._rows if level is not None}

    def code_at(self, row: int) -> str:
        return self._rows[row][0]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._rows)

    def _label(self, level: int | None) -> str:
        if level is None:
            return "–"
        label = self._scale.label(level) if self._scale else str(level)
        return f"{level} · {label.split(' (')[0]}"

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        code, name, agreed, own = self._rows[index.row()]
        column = index.column()
        level = agreed if column == AGREED else own if column == SELF else None
        if role == Qt.ItemDataRole.DisplayRole:
            return name if column == NAME else self._label(level)
        if role == Qt.ItemDataRole.EditRole:
            return level if column == SELF else None
        if role == LEVEL_ROLE:
            return level
        if role == Qt.ItemDataRole.ToolTipRole and column == NAME:
            return code
        if role == Qt.ItemDataRole.BackgroundRole and column in (AGREED, SELF) and level:
            return theme.level_colors(level).background
        if role == Qt.ItemDataRole.ForegroundRole and column in (AGREED, SELF) and level:
            return theme.level_colors(level).foreground
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid() and index.column() == SELF and self._editable:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() != SELF:
            return False
        level = int(value) if value not in (None, "", 0) else None
        code, name, agreed, _ = self._rows[index.row()]
        self._rows[index.row()] = (code, name, agreed, level)
        self.dataChanged.emit(index, index)
        self.self_changed.emit(code, level)
        return True
