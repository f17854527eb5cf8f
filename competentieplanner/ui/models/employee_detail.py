"""Small read-only models for the detail pane of a person: fit per profile, assessment history
over time, and the items of the current development plan."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, cast

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from competentieplanner.domain.model import Assessment, Competency, PlanItem
from competentieplanner.services.staff_overview import ProfileFit
from competentieplanner.ui import formatting, theme
from competentieplanner.ui.models.base import HeaderedTableModel

#: The ProfileFit of a line in the fit table.
FIT_ROLE = Qt.ItemDataRole.UserRole + 1

_INVALID = QModelIndex()


class ProfileFitModel(HeaderedTableModel):
    translation_context = "EmployeeDetail"
    headers = cast(
        "tuple[str, ...]",
        (
            QT_TRANSLATE_NOOP("EmployeeDetail", "Profiel"),
            QT_TRANSLATE_NOOP("EmployeeDetail", "Geschiktheid"),
            QT_TRANSLATE_NOOP("EmployeeDetail", "Dekking"),
            QT_TRANSLATE_NOOP("EmployeeDetail", "Gereedheid"),
        ),
    )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._fits: list[ProfileFit] = []

    def set_fits(self, fits: Sequence[ProfileFit]) -> None:
        self.beginResetModel()
        self._fits = list(fits)
        self.endResetModel()

    def fit_at(self, row: int) -> ProfileFit:
        return self._fits[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _INVALID) -> int:
        return 0 if parent.isValid() else len(self._fits)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        fit = self._fits[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                suffix = (
                    QCoreApplication.translate("EmployeeDetail", " (gekozen)") if fit.chosen else ""
                )
                return fit.profile.name + suffix
            if column == 1:
                return formatting.pct(fit.match.fit_pct)
            if column == 2:
                return formatting.pct(fit.match.coverage_pct)
            return formatting.word(fit.match.readiness.value)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (1, 2):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if column == 3 and role == Qt.ItemDataRole.BackgroundRole:
            return theme.readiness_colors(fit.match.readiness).background
        if column == 3 and role == Qt.ItemDataRole.ForegroundRole:
            return theme.readiness_colors(fit.match.readiness).foreground
        if role == Qt.ItemDataRole.ToolTipRole and column == 0:
            return fit.profile.description
        if role == FIT_ROLE:
            return fit
        return None


class HistoryModel(QAbstractTableModel):
    """Rows: competencies; columns: assessments oldest first; cells: the level given."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._competencies: list[Competency] = []
        self._assessments: list[Assessment] = []

    def set_history(
        self, competencies: Sequence[Competency], assessments: Sequence[Assessment]
    ) -> None:
        self.beginResetModel()
        codes = {c.code for c in competencies}
        self._competencies = list(competencies)
        self._assessments = [a for a in assessments if codes & set(a.scores)]
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _INVALID) -> int:
        return 0 if parent.isValid() else len(self._competencies)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _INVALID) -> int:
        return 0 if parent.isValid() else len(self._assessments)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if orientation == Qt.Orientation.Horizontal:
                a = self._assessments[section]
                return f"{formatting.date(a.date)}\n{formatting.word(a.kind.label)}"
            return self._competencies[section].code
        if role == Qt.ItemDataRole.ToolTipRole:
            if orientation == Qt.Orientation.Vertical:
                return self._competencies[section].name
            a = self._assessments[section]
            note = QCoreApplication.translate(
                "EmployeeDetail", "Zelfbeoordelingen tellen niet mee voor het huidige niveau."
            )
            return note if a.kind.value == "self" else ""
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        competency = self._competencies[index.row()]
        assessment = self._assessments[index.column()]
        found = assessment.scores.get(competency.code)
        value = found.level if found else None
        if role == Qt.ItemDataRole.DisplayRole:
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if value is not None and role == Qt.ItemDataRole.BackgroundRole:
            return theme.level_colors(value).background
        if value is not None and role == Qt.ItemDataRole.ForegroundRole:
            return theme.level_colors(value).foreground
        if role == Qt.ItemDataRole.ToolTipRole:
            level_text = formatting.level(value)
            evidence = found.evidence if found else ""
            text = f"{competency.name}: {level_text} ({formatting.word(assessment.kind.label)})"
            return f"{text}\n{evidence}" if evidence else text
        return None


class PlanItemsModel(HeaderedTableModel):
    translation_context = "EmployeeDetail"
    headers = cast(
        "tuple[str, ...]",
        (
            QT_TRANSLATE_NOOP("EmployeeDetail", "Kwartaal"),
            QT_TRANSLATE_NOOP("EmployeeDetail", "Activiteit"),
            QT_TRANSLATE_NOOP("EmployeeDetail", "Uren"),
            QT_TRANSLATE_NOOP("EmployeeDetail", "Kosten"),
            QT_TRANSLATE_NOOP("EmployeeDetail", "Financiering"),
            QT_TRANSLATE_NOOP("EmployeeDetail", "Status"),
        ),
    )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: list[PlanItem] = []

    def set_items(self, items: Sequence[PlanItem]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _INVALID) -> int:
        return 0 if parent.isValid() else len(self._items)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        item = self._items[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                formatting.quarter(item.quarter),
                item.title,
                formatting.hours(item.hours),
                formatting.money(item.cost),
                formatting.word(item.funding.label),
                formatting.word(item.status.value),
            )[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (2, 3):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == 1:
            return item.title + (f"\n{item.notes}" if item.notes else "")
        return None
