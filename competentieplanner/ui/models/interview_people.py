"""The employee chooser of the interview: the team lead's own team first, then everyone else.

A list model over cached rows, so the chooser stays quick with thousands of employees. The two
group headings are rows that cannot be selected.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from competentieplanner.services.interview import Candidate

#: The personnel number of a row (None for a heading).
PERSONNEL_NUMBER_ROLE = Qt.ItemDataRole.UserRole + 1

_Index = QModelIndex | QPersistentModelIndex


class PeopleModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, str | None]] = []  # (text, personnel number or None)

    def set_candidates(
        self, candidates: list[Candidate], own_heading: str, others_heading: str
    ) -> None:
        own = [c for c in candidates if c.own_team]
        others = [c for c in candidates if not c.own_team]
        rows: list[tuple[str, str | None]] = []
        if own:
            rows.append((own_heading, None))
            rows.extend(_row(c) for c in own)
            rows.append((others_heading, None))
        rows.extend(_row(c) for c in others)
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def row_of(self, personnel_number: str) -> int:
        for row, (_, number) in enumerate(self._rows):
            if number == personnel_number:
                return row
        return -1

    def number_at(self, row: int) -> str | None:
        return self._rows[row][1] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        text, number = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return text
        if role == PERSONNEL_NUMBER_ROLE:
            return number
        if role == Qt.ItemDataRole.FontRole and number is None:
            from PySide6.QtGui import QFont

            font = QFont()
            font.setBold(True)
            return font
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self._rows[index.row()][1] is None:
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


def _row(candidate: Candidate) -> tuple[str, str | None]:
    e = candidate.employee
    detail = ", ".join(part for part in (e.job_title, e.unit or "") if part)
    text = f"{e.sort_name} ({e.personnel_number})" + (f" — {detail}" if detail else "")
    return text, e.personnel_number
