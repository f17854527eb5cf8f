"""The competence record on a person's page: per competency the level that counts, its trend,
the evidence behind it and the interview that agreed it, with the full text of the chosen row
below the table and a button to go to that person's conversations."""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from competentieplanner.domain.competence_record import RecordLine
from competentieplanner.domain.model import Competency, LevelScale
from competentieplanner.ui import formatting, theme
from competentieplanner.ui.models import competence_record as columns
from competentieplanner.ui.models.competence_record import CompetenceRecordModel
from competentieplanner.ui.widgets.common import Hint, SectionHeader
from competentieplanner.ui.widgets.tables import CompactTable
from competentieplanner.ui.widgets.trend_delegate import TrendDelegate


class CompetenceRecordSection(QWidget):
    """Emits ``open_interview`` with the id of the interview that agreed the chosen level."""

    open_interview = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(theme.SPACING)
        layout.addWidget(SectionHeader(self.tr("Onderbouwing en verloop per competentie"), self))
        self.model = CompetenceRecordModel(self)
        self.table = CompactTable(self.tr("Onderbouwing en verloop per competentie"), self)
        self.table.setModel(self.model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.trend_delegate = TrendDelegate(columns.TREND_ROLE, lambda: self.model.maximum, self)
        self.table.setItemDelegateForColumn(columns.TREND, self.trend_delegate)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        for column in (columns.COMPETENCY, columns.LEVEL, columns.AGREED_IN):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(columns.TREND, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(columns.TREND, 110)
        header.setSectionResizeMode(columns.EVIDENCE, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(self._on_selected)
        layout.addWidget(self.table)

        detail = QHBoxLayout()
        self.detail = QLabel(self)
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.RichText)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setAccessibleName(self.tr("Onderbouwing van de gekozen competentie"))
        detail.addWidget(self.detail, 1)
        self.interview_button = QPushButton(self.tr("Gesprek openen"), self)
        self.interview_button.setAccessibleName(
            self.tr("Het gesprek openen waarin dit niveau is vastgesteld")
        )
        self.interview_button.clicked.connect(self._open_interview)
        detail.addWidget(self.interview_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(detail)
        self.hint = Hint(
            self.tr(
                "Verloop: de niveaus van de teamleider en de vastgestelde niveaus door de tijd; "
                "de grote stip is het huidige niveau."
            ),
            self,
        )
        layout.addWidget(self.hint)

    def set_record(
        self,
        lines: Sequence[RecordLine],
        competencies: Mapping[str, Competency],
        scale: LevelScale | None,
    ) -> None:
        self.model.set_record(lines, competencies, scale)
        self.table.fit_height()
        if lines:
            self.table.selectRow(0)
        else:
            self._show(None)

    def chosen(self) -> RecordLine | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.line_at(rows[0].row()) if rows else None

    def select_competency(self, code: str) -> None:
        for row in range(self.model.rowCount()):
            if self.model.line_at(row).competency == code:
                self.table.selectRow(row)
                return

    def _on_selected(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._show(self.chosen())

    def _show(self, line: RecordLine | None) -> None:
        self.interview_button.setEnabled(line is not None and line.agreed_in is not None)
        if line is None:
            self.detail.setText("")
            return
        parts: list[str] = []
        if line.level is None:
            parts.append(html.escape(self.tr("Nog niet beoordeeld door de teamleider.")))
        elif line.agreed_in is not None:
            ref = line.agreed_in
            text = self.tr("Niveau {level} vastgesteld in het gesprek van {date} met {lead}.")
            lead = ref.team_lead or self.tr("een onbekende teamleider")
            parts.append(
                html.escape(
                    text.format(level=line.level, date=formatting.date(ref.held_on), lead=lead)
                )
            )
        else:
            parts.append(
                html.escape(
                    self.tr("Niveau {level} gegeven door de teamleider op {date}.").format(
                        level=line.level, date=formatting.date(line.assessed_on)
                    )
                )
            )
        if line.evidence:
            parts.append(
                html.escape(
                    self.tr("Onderbouwing ({date}): {text}").format(
                        date=formatting.date(line.evidence_on), text=line.evidence
                    )
                )
            )
        else:
            parts.append(html.escape(self.tr("Geen onderbouwing vastgelegd.")))
        self.detail.setText("<br>".join(parts))

    def _open_interview(self) -> None:
        line = self.chosen()
        if line is not None and line.agreed_in is not None:
            self.open_interview.emit(line.agreed_in.id)
