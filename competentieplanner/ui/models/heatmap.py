"""Models for the Teams screen: the team list, and the heatmap of members x competencies.

The heatmap has one row per member and a last row with the coverage: how many members reach the
target of each competency. A coverage of one or zero is a continuity risk; those columns carry a
warning sign in their header. A last column shows each member's registrations and certificates
(SKJ, meldcode training) and whether they are still valid.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
)
from PySide6.QtGui import QFont, QFontMetrics

from competentieplanner.domain.model import Competency, Employee
from competentieplanner.services.team_overview import TeamHeatmap, TeamInfo, TeamRisk
from competentieplanner.ui import formatting, theme

#: Competency code of a cell or column.
COMPETENCY_ROLE = Qt.ItemDataRole.UserRole + 1
#: Level of a member cell (int or None); the coverage count in the coverage row.
LEVEL_ROLE = Qt.ItemDataRole.UserRole + 2
#: True on the coverage row.
COVERAGE_ROW_ROLE = Qt.ItemDataRole.UserRole + 3
#: Number of members reaching the target of a column (0, 1, ...), on every cell.
COVERAGE_COUNT_ROLE = Qt.ItemDataRole.UserRole + 4
#: The unit name of a team-list row.
UNIT_ROLE = Qt.ItemDataRole.UserRole + 5

RISK_MARK = "⚠"
VALID_MARK = "✓"
EXPIRED_MARK = "✗"
_INVALID = QModelIndex()


def _validity_color(role: int, expired: bool) -> Any:
    colors = theme.coverage_colors(0 if expired else 2)  # red when expired, green when valid
    return colors.background if role == Qt.ItemDataRole.BackgroundRole else colors.foreground


class TeamListModel(QAbstractListModel):
    """Teams with member count, and a warning sign when a team has continuity risks."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._teams: list[TeamInfo] = []
        self._risks: dict[str, TeamRisk] = {}

    def set_teams(self, teams: Sequence[TeamInfo], risks: Mapping[str, TeamRisk]) -> None:
        self.beginResetModel()
        self._teams = [t for t in teams if t.members or t.kind != "team"]
        self._risks = dict(risks)
        self.endResetModel()

    def team_at(self, row: int) -> TeamInfo:
        return self._teams[row]

    def row_of(self, unit: str) -> int | None:
        return next((i for i, t in enumerate(self._teams) if t.name == unit), None)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _INVALID) -> int:
        return 0 if parent.isValid() else len(self._teams)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        team = self._teams[index.row()]
        risk = self._risks.get(team.name)
        if role == Qt.ItemDataRole.DisplayRole:
            mark = f"  {RISK_MARK} {risk.risk_count}" if risk and risk.risk_count else ""
            return f"{team.name} ({team.members}){mark}"
        if role == Qt.ItemDataRole.SizeHintRole:
            return QSize(160, QFontMetrics(QFont()).height() + 12)
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [
                QCoreApplication.translate("Heatmap", "{count} medewerkers").format(
                    count=team.members
                )
            ]
            if team.kind != "team":
                lines[0] = QCoreApplication.translate(
                    "Heatmap", "Afdeling: alle teams eronder samen"
                )
            if risk and risk.risk_count:
                lines.append(
                    QCoreApplication.translate(
                        "Heatmap",
                        "Continuïteitsrisico's: {none} niet gedekt, {one} door één persoon",
                    ).format(none=len(risk.uncovered), one=len(risk.single))
                )
            return "\n".join(lines)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            text = f"{team.name}, {team.members} medewerkers"
            if risk and risk.risk_count:
                text += ", " + QCoreApplication.translate(
                    "Heatmap", "{count} continuïteitsrisico's"
                ).format(count=risk.risk_count)
            return text
        if role == UNIT_ROLE:
            return team.name
        return None


class HeatmapModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.heatmap: TeamHeatmap | None = None
        self._members: list[Employee] = []
        self._competencies: list[Competency] = []
        self._targets: list[int] = []
        self._counts: list[int] = []
        self._names: dict[str, str] = {}

    def set_heatmap(self, heatmap: TeamHeatmap | None) -> None:
        self.beginResetModel()
        self.heatmap = heatmap
        if heatmap is None:
            self._members, self._competencies, self._targets, self._counts = [], [], [], []
        else:
            self._members = list(heatmap.members)
            self._competencies = list(heatmap.competencies)
            self._targets = [heatmap.target(c.code) for c in self._competencies]
            by_code = {c.competency: c.count for c in heatmap.coverage.competencies}
            self._counts = [by_code.get(c.code, 0) for c in self._competencies]
            self._names = {m.personnel_number: m.name for m in self._members}
        self.endResetModel()

    def member_count(self) -> int:
        return len(self._members)

    def is_coverage_row(self, row: int) -> bool:
        return row == len(self._members)

    def competency_count(self) -> int:
        """The competency columns; the registrations column follows them."""
        return len(self._competencies)

    def is_registration_column(self, column: int) -> bool:
        return column == len(self._competencies)

    def is_below_target(self, row: int, column: int) -> bool:
        if self.heatmap is None or self.is_coverage_row(row) or self.is_registration_column(column):
            return False
        member = self._members[row]
        level = self.heatmap.levels.get(member.personnel_number, {}).get(
            self._competencies[column].code
        )
        return (level or 0) < self._targets[column]

    def risk_columns(self) -> list[int]:
        return [i for i, count in enumerate(self._counts) if count <= 1]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _INVALID) -> int:
        if parent.isValid() or self.heatmap is None:
            return 0
        return len(self._members) + 1

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _INVALID) -> int:
        if parent.isValid() or self.heatmap is None:
            return 0
        return len(self._competencies) + 1  # the last: registrations

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if self.heatmap is None:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if self.is_registration_column(section):
                return self._registration_header(role)
            competency = self._competencies[section]
            risk = self._counts[section] <= 1
            if role == Qt.ItemDataRole.DisplayRole:
                mark = f"{RISK_MARK} " if risk else ""
                return f"{mark}{competency.code}\n" + QCoreApplication.translate(
                    "Heatmap", "doel {target}"
                ).format(target=self._targets[section])
            if role == Qt.ItemDataRole.ToolTipRole:
                lines = [
                    competency.name,
                    QCoreApplication.translate("Heatmap", "Doelniveau {target}").format(
                        target=self._targets[section]
                    ),
                ]
                if self.heatmap.critical(competency.code):
                    lines.append(QCoreApplication.translate("Heatmap", "Kritisch voor het profiel"))
                if self._counts[section] == 0:
                    lines.append(
                        QCoreApplication.translate(
                            "Heatmap", "Continuïteitsrisico: niemand in het team haalt het doel"
                        )
                    )
                elif self._counts[section] == 1:
                    lines.append(
                        QCoreApplication.translate(
                            "Heatmap", "Continuïteitsrisico: maar één persoon haalt het doel"
                        )
                    )
                return "\n".join(lines)
            if role == Qt.ItemDataRole.FontRole and risk:
                font = QFont()
                font.setBold(True)
                return font
            if role == COMPETENCY_ROLE:
                return competency.code
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if self.is_coverage_row(section):
                return QCoreApplication.translate("Heatmap", "Dekking (aantal op doel)")
            return self._members[section].sort_name
        if role == Qt.ItemDataRole.FontRole and self.is_coverage_row(section):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and not self.is_coverage_row(section):
            member = self._members[section]
            return f"{member.name} · {member.job_title}"
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or self.heatmap is None:
            return None
        row, column = index.row(), index.column()
        if self.is_registration_column(column):
            return self._registration_data(row, role)
        competency = self._competencies[column]
        target = self._targets[column]
        count = self._counts[column]
        if self.is_coverage_row(row):
            return self._coverage_data(role, competency, count)
        member = self._members[row]
        level = self.heatmap.levels.get(member.personnel_number, {}).get(competency.code)
        if role == Qt.ItemDataRole.DisplayRole:
            return "?" if level is None else str(level)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.BackgroundRole:
            return theme.gap_colors(level, target).background
        if role == Qt.ItemDataRole.ForegroundRole:
            return theme.gap_colors(level, target).foreground
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.describe(row, column)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{member.name}, {competency.code}: {formatting.level(level)}"
        if role == COMPETENCY_ROLE:
            return competency.code
        if role == LEVEL_ROLE:
            return level
        if role == COVERAGE_ROW_ROLE:
            return False
        if role == COVERAGE_COUNT_ROLE:
            return count
        return None

    def _coverage_data(self, role: int, competency: Competency, count: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{RISK_MARK} {count}" if count <= 1 else str(count)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.BackgroundRole:
            return theme.coverage_colors(count).background
        if role == Qt.ItemDataRole.ForegroundRole:
            return theme.coverage_colors(count).foreground
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.describe(len(self._members), self._competencies.index(competency))
        if role == COMPETENCY_ROLE:
            return competency.code
        if role in (LEVEL_ROLE, COVERAGE_COUNT_ROLE):
            return count
        if role == COVERAGE_ROW_ROLE:
            return True
        return None

    def _registration_header(self, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("Heatmap", "Registraties")
        if role == Qt.ItemDataRole.ToolTipRole:
            return QCoreApplication.translate(
                "Heatmap",
                "Registraties en certificaten (SKJ, meldcode): {valid} geldig, {expired} verlopen",
            ).format(valid=VALID_MARK, expired=EXPIRED_MARK)
        return None

    def _registration_data(self, row: int, role: int) -> Any:
        heatmap = self.heatmap
        assert heatmap is not None
        if self.is_coverage_row(row):
            lapsed = sum(1 for m in self._members if heatmap.expired(m.personnel_number))
            if role == Qt.ItemDataRole.DisplayRole:
                return (
                    QCoreApplication.translate("Heatmap", "{count} verlopen").format(count=lapsed)
                    if lapsed
                    else VALID_MARK
                )
            if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole):
                return _validity_color(role, bool(lapsed))
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.describe(row, len(self._competencies))
            if role == COVERAGE_ROW_ROLE:
                return True
            return None
        member = self._members[row]
        held = heatmap.registrations.get(member.personnel_number, ())
        expired = heatmap.expired(member.personnel_number)
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                ", ".join(
                    f"{r.kind} {VALID_MARK if r.is_valid(heatmap.day) else EXPIRED_MARK}"
                    for r in held
                )
                or "—"
            )
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole) and held:
            return _validity_color(role, bool(expired))
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.describe(row, len(self._competencies))
        if role == COVERAGE_ROW_ROLE:
            return False
        return None

    def _describe_registrations(self, row: int) -> str:
        heatmap = self.heatmap
        assert heatmap is not None
        if self.is_coverage_row(row):
            lapsed = [m.name for m in self._members if heatmap.expired(m.personnel_number)]
            if not lapsed:
                return QCoreApplication.translate(
                    "Heatmap", "Niemand in het team heeft een verlopen registratie."
                )
            return QCoreApplication.translate(
                "Heatmap", "Verlopen registratie of certificaat: {names}"
            ).format(names=", ".join(lapsed))
        member = self._members[row]
        held = heatmap.registrations.get(member.personnel_number, ())
        lines = [member.name]
        if not held:
            lines.append(
                QCoreApplication.translate(
                    "Heatmap", "Geen registraties of certificaten vastgelegd."
                )
            )
        for registration in held:
            name = heatmap.kind_names.get(registration.kind, registration.kind)
            if registration.valid_until is None:
                until = QCoreApplication.translate("Heatmap", "zonder einddatum")
            elif registration.is_valid(heatmap.day):
                until = QCoreApplication.translate("Heatmap", "geldig tot {date}").format(
                    date=formatting.date(registration.valid_until)
                )
            else:
                until = QCoreApplication.translate("Heatmap", "verlopen op {date}").format(
                    date=formatting.date(registration.valid_until)
                )
            number = f" {registration.number}" if registration.number else ""
            lines.append(f"{name}{number}: {until}")
        return "\n".join(lines)

    def describe(self, row: int, column: int) -> str:
        """Plain text about a cell: who, which competency, the level and what it looks like."""
        heatmap = self.heatmap
        if heatmap is None:
            return ""
        if self.is_registration_column(column):
            return self._describe_registrations(row)
        competency = self._competencies[column]
        target = self._targets[column]
        if self.is_coverage_row(row):
            coverage = next(
                c for c in heatmap.coverage.competencies if c.competency == competency.code
            )
            names = [self._names.get(n, n) for n in coverage.reached_by]
            lines = [
                f"{competency.code} {competency.name}",
                QCoreApplication.translate(
                    "Heatmap", "{count} van {total} medewerkers halen doelniveau {target}."
                ).format(count=coverage.count, total=len(self._members), target=target),
            ]
            if coverage.count == 0:
                lines.append(
                    QCoreApplication.translate(
                        "Heatmap", "Continuïteitsrisico: niemand in het team haalt het doel."
                    )
                )
            elif coverage.count == 1:
                lines.append(
                    QCoreApplication.translate(
                        "Heatmap", "Continuïteitsrisico: alleen {name} haalt het doel."
                    ).format(name=names[0])
                )
            elif len(names) <= 6:
                lines.append(
                    QCoreApplication.translate("Heatmap", "Op doel: {names}").format(
                        names=", ".join(names)
                    )
                )
            return "\n".join(lines)
        member = self._members[row]
        level = heatmap.levels.get(member.personnel_number, {}).get(competency.code)
        lines = [
            f"{member.name} — {competency.code} {competency.name}",
            QCoreApplication.translate("Heatmap", "Niveau: {level} · doel {target}").format(
                level=formatting.level(level, heatmap.scale), target=target
            ),
        ]
        if level is None:
            lines.append(
                QCoreApplication.translate("Heatmap", "Nog niet beoordeeld door de teamleider.")
            )
        elif competency.indicator(level):
            lines.append(
                QCoreApplication.translate("Heatmap", "Op dit niveau: {text}").format(
                    text=competency.indicator(level)
                )
            )
        if level is None or level < target:
            step = (level or 0) + 1
            if competency.indicator(step):
                lines.append(
                    QCoreApplication.translate(
                        "Heatmap", "Volgende niveau ({level}): {text}"
                    ).format(level=step, text=competency.indicator(step))
                )
        return "\n".join(lines)
