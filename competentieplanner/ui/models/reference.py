"""Table models for the Profielen & competenties screen: competencies, requirements, authorities.

Editing a cell does not write anything itself: the requirements model emits
``change_requested(old, new)`` and the screen turns that into an undoable edit.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal

from competentieplanner.domain.model import Authority, Competency, Requirement
from competentieplanner.domain.provenance import lesson_lines, shown_source
from competentieplanner.ui.models.rows import Column, RowTableModel

_Index = QModelIndex | QPersistentModelIndex


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReferenceModels", text)


def _number(value: float) -> str:
    """1.5 -> '1,5', 2.0 -> '2' (Dutch decimal comma)."""
    return f"{value:g}".replace(".", ",")


class CompetencyListModel(RowTableModel[Competency]):
    """The competencies of one framework, in framework order, with their source and labels (a
    lesson label "TP7" shows the lesson's text as its tooltip)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                Column(_tr("Code"), lambda c: c.code),
                Column(_tr("Competentie"), lambda c: c.name, tooltip=lambda c: c.description),
                Column(_tr("Cluster"), lambda c: c.cluster),
                Column(
                    _tr("Bron"),
                    lambda c: shown_source(c.source),
                    tooltip=lambda c: (
                        _tr("Competentie: %1\nIndicatoren: %2")
                        .replace("%1", shown_source(c.source))
                        .replace("%2", shown_source(c.indicator_source))
                    ),
                ),
                Column(
                    _tr("Labels"),
                    lambda c: ", ".join(c.tags),
                    # the whole list first (a narrow column cuts it), then what each lesson says
                    tooltip=lambda c: "\n".join(
                        [", ".join(c.tags), *lesson_lines(c.tags, self.lessons)]
                    ).strip(),
                ),
            ],
            parent,
        )
        #: "TP7" -> text of the lesson; set by the screen from the reference snapshot.
        self.lessons: dict[str, str] = {}

    def key(self, row: Competency) -> str:
        return row.code


@dataclass(frozen=True, slots=True)
class RequirementRow:
    requirement: Requirement
    name: str  # competency name
    version: int
    maximum: int  # highest level of the competency's scale


TARGET_COLUMN, WEIGHT_COLUMN, CRITICAL_COLUMN, SOURCE_COLUMN = 2, 3, 4, 5


class RequirementTableModel(RowTableModel[RequirementRow]):
    """A profile's requirements; target, weight and critical are edited in place."""

    change_requested = Signal(object, object)  # (old Requirement, new Requirement)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                Column(_tr("Code"), lambda q: q.requirement.competency),
                Column(_tr("Competentie"), lambda q: q.name),
                Column(
                    _tr("Doelniveau"),
                    lambda q: str(q.requirement.target),
                    sort_key=lambda q: q.requirement.target,
                    numeric=True,
                ),
                Column(
                    _tr("Gewicht"),
                    lambda q: _number(q.requirement.weight),
                    sort_key=lambda q: q.requirement.weight,
                    numeric=True,
                ),
                Column(
                    _tr("Kritisch"),
                    lambda q: _tr("ja") if q.requirement.critical else _tr("nee"),
                    sort_key=lambda q: not q.requirement.critical,
                ),
                Column(
                    _tr("Bron"),
                    lambda q: shown_source(q.requirement.source),
                    tooltip=lambda q: shown_source(q.requirement.source),
                ),
            ],
            parent,
        )

    def key(self, row: RequirementRow) -> str:
        return row.requirement.competency

    def extra_data(self, row: RequirementRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.EditRole:
            if column == TARGET_COLUMN:
                return row.requirement.target
            if column == WEIGHT_COLUMN:
                return row.requirement.weight
        if role == Qt.ItemDataRole.CheckStateRole and column == CRITICAL_COLUMN:
            checked = row.requirement.critical
            return Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # The check box says it all; no "ja"/"nee" next to it.
        if role == Qt.ItemDataRole.DisplayRole and index.column() == CRITICAL_COLUMN:
            return None
        return super().data(index, role)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.column() in (TARGET_COLUMN, WEIGHT_COLUMN):
            flags |= Qt.ItemFlag.ItemIsEditable
        elif index.column() == CRITICAL_COLUMN:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        row = self.row_at(index)
        if row is None:
            return False
        old = row.requirement
        if role == Qt.ItemDataRole.EditRole and index.column() == TARGET_COLUMN:
            new = replace(old, target=int(value))
        elif role == Qt.ItemDataRole.EditRole and index.column() == WEIGHT_COLUMN:
            new = replace(old, weight=float(value))
        elif role == Qt.ItemDataRole.CheckStateRole and index.column() == CRITICAL_COLUMN:
            new = replace(old, critical=Qt.CheckState(value) == Qt.CheckState.Checked)
        else:
            return False
        if new == old:
            return False
        self.change_requested.emit(old, new)
        return True


@dataclass(frozen=True, slots=True)
class AuthorityRow:
    authority: Authority
    competency_name: str
    offer_name: str
    version: int


class AuthorityTableModel(RowTableModel[AuthorityRow]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                Column(_tr("Code"), lambda a: a.authority.code),
                Column(
                    _tr("Verantwoordelijkheid of bevoegdheid"),
                    lambda a: a.authority.name,
                    tooltip=lambda a: a.authority.description,
                ),
                Column(
                    _tr("Competentie"),
                    lambda a: (
                        f"{a.authority.competency} {a.competency_name}"
                        if a.authority.competency
                        else ""
                    ),
                ),
                Column(
                    _tr("Vanaf niveau"),
                    lambda a: str(a.authority.min_level) if a.authority.min_level else "",
                    sort_key=lambda a: a.authority.min_level,
                    numeric=True,
                ),
                Column(_tr("Vereiste opleiding"), lambda a: a.offer_name),
                Column(
                    _tr("Bron"),
                    lambda a: shown_source(a.authority.source),
                    tooltip=lambda a: shown_source(a.authority.source),
                ),
            ],
            parent,
        )

    def key(self, row: AuthorityRow) -> str:
        return row.authority.code
