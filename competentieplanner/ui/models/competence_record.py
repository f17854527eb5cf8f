"""The competence record of one person as a table: per competency the level that counts, its
trend, the evidence behind it and the interview that agreed it."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, cast

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from competentieplanner.domain.competence_record import RecordLine
from competentieplanner.domain.model import Competency, LevelScale
from competentieplanner.ui import formatting, theme
from competentieplanner.ui.models.base import HeaderedTableModel

#: The RecordLine of a row.
LINE_ROLE = Qt.ItemDataRole.UserRole + 1
#: The trend of a row: a tuple of (date, level), oldest first (painted by TrendDelegate).
TREND_ROLE = Qt.ItemDataRole.UserRole + 2

COMPETENCY, LEVEL, TREND, EVIDENCE, AGREED_IN = range(5)

_INVALID = QModelIndex()


def interview_text(line: RecordLine) -> str:
    """ "12-10-2026 · T. Leider" for a level agreed in an interview, else ""."""
    ref = line.agreed_in
    if ref is None:
        return ""
    lead = ref.team_lead or QCoreApplication.translate("CompetenceRecord", "teamleider onbekend")
    return f"{formatting.date(ref.held_on)} · {lead}"


class CompetenceRecordModel(HeaderedTableModel):
    translation_context = "CompetenceRecord"
    headers = cast(
        "tuple[str, ...]",
        (
            QT_TRANSLATE_NOOP("CompetenceRecord", "Competentie"),
            QT_TRANSLATE_NOOP("CompetenceRecord", "Niveau"),
            QT_TRANSLATE_NOOP("CompetenceRecord", "Verloop"),
            QT_TRANSLATE_NOOP("CompetenceRecord", "Onderbouwing"),
            QT_TRANSLATE_NOOP("CompetenceRecord", "Vastgesteld in gesprek"),
        ),
    )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lines: list[RecordLine] = []
        self._competencies: Mapping[str, Competency] = {}
        self._scale: LevelScale | None = None

    def set_record(
        self,
        lines: Sequence[RecordLine],
        competencies: Mapping[str, Competency],
        scale: LevelScale | None,
    ) -> None:
        self.beginResetModel()
        self._lines = list(lines)
        self._competencies = competencies
        self._scale = scale
        self.endResetModel()

    def line_at(self, row: int) -> RecordLine:
        return self._lines[row]

    @property
    def maximum(self) -> int:
        return self._scale.maximum if self._scale and self._scale.levels else 4

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _INVALID) -> int:
        return 0 if parent.isValid() else len(self._lines)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        line = self._lines[index.row()]
        column = index.column()
        if role == LINE_ROLE:
            return line
        if role == TREND_ROLE:
            return line.trend
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(line, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(line, column)
        if role == Qt.ItemDataRole.AccessibleTextRole and column == TREND:
            return self._trend_text(line)
        if column == LEVEL and line.level is not None:
            if role == Qt.ItemDataRole.BackgroundRole:
                return theme.level_colors(line.level).background
            if role == Qt.ItemDataRole.ForegroundRole:
                return theme.level_colors(line.level).foreground
        return None

    def _name(self, code: str) -> str:
        competency = self._competencies.get(code)
        return f"{code}  {competency.name}" if competency else code

    def _display(self, line: RecordLine, column: int) -> str:
        if column == COMPETENCY:
            return self._name(line.competency)
        if column == LEVEL:
            return "" if line.level is None else str(line.level)
        if column == TREND:
            return ""  # painted
        if column == EVIDENCE:
            return " ".join(line.evidence.split())
        return interview_text(line)

    def _tooltip(self, line: RecordLine, column: int) -> str:
        # Every text column has one, so a narrow window may elide the cell without losing it.
        if column == COMPETENCY:
            return self._name(line.competency)
        if column == AGREED_IN and line.agreed_in is not None:
            return f"{formatting.word(line.agreed_in.kind)}, {interview_text(line)}"
        if column == LEVEL and line.level is not None:
            kind = formatting.word(line.kind.label) if line.kind else ""
            return f"{formatting.level(line.level, self._scale)} ({kind}, " + (
                f"{formatting.date(line.assessed_on)})"
            )
        if column == TREND:
            return self._trend_text(line)
        if column == EVIDENCE and line.evidence:
            return line.evidence
        return ""

    def _trend_text(self, line: RecordLine) -> str:
        """The trend in words, for the tooltip and screen readers: "12-10-2025: 2, ..."."""
        if not line.trend:
            return QCoreApplication.translate("CompetenceRecord", "nog niet beoordeeld")
        return ", ".join(f"{formatting.date(day)}: {level}" for day, level in line.trend)
