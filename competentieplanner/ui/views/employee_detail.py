"""The detail pane of one person on the Medewerkers screen.

Fit per relevant profile (pick one to see it in bars and a radar), the gaps with the behavioural
indicator of the next level, the assessment history over time, the authorities held, and the
current development plan; the AVG inzage export and the legal hold (wired up by
``employee_privacy.EmployeePrivacyActions``).
"""

from __future__ import annotations

import html

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from competentieplanner.domain.scoring import Gap
from competentieplanner.services.staff_overview import EmployeeDetail, ProfileFit
from competentieplanner.ui import formatting, theme
from competentieplanner.ui.models.employee_detail import (
    HistoryModel,
    PlanItemsModel,
    ProfileFitModel,
)
from competentieplanner.ui.views.competence_record_section import CompetenceRecordSection
from competentieplanner.ui.widgets.common import EmptyState, Hint, SectionHeader
from competentieplanner.ui.widgets.level_bars import BarRow, LevelBarsWidget
from competentieplanner.ui.widgets.radar_chart import RadarAxis, RadarChartWidget
from competentieplanner.ui.widgets.tables import CompactTable

#: How many gaps are listed before "en nog N".
MAX_GAPS_LISTED = 8
#: From this width of the pane the bars and the radar stand side by side.
WIDE_LAYOUT_MIN_WIDTH = 720


class EmployeeDetailPanel(QWidget):
    """Shows an :class:`EmployeeDetail`; emits ``open_plan``, ``prepare_interview``,
    ``person_shown`` with the personnel number, and ``open_interview`` with it and the interview
    that agreed a level."""

    open_plan = Signal(str)
    prepare_interview = Signal(str)
    person_shown = Signal(str)
    open_interview = Signal(str, int)  # personnel number, the interview that agreed a level

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.detail: EmployeeDetail | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(theme.MARGIN, 0, theme.MARGIN, theme.MARGIN)
        layout.setSpacing(theme.SPACING)

        self.empty = EmptyState(self.tr("Kies links een medewerker om de details te zien."), self)
        layout.addWidget(self.empty)

        self.body = QWidget(self)
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(theme.SPACING)
        layout.addWidget(self.body)

        self.name_label = QLabel(self.body)
        self.name_label.setFont(theme.scaled_font(self.font(), 1.45, bold=True))
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.meta_label = Hint("", self.body)
        name_row = QHBoxLayout()
        name_row.addWidget(self.name_label, 1)
        self.interview_button = QPushButton(self.tr("Gesprek voorbereiden"), self.body)
        self.interview_button.setAccessibleName(
            self.tr("Ontwikkelgesprek met deze medewerker voorbereiden")
        )
        self.interview_button.clicked.connect(self._prepare_interview)
        name_row.addWidget(self.interview_button, 0, Qt.AlignmentFlag.AlignTop)
        body.addLayout(name_row)
        body.addWidget(self.meta_label)

        body.addWidget(SectionHeader(self.tr("Geschiktheid per profiel"), self.body))
        self.fit_model = ProfileFitModel(self)
        self.fit_table = CompactTable(self.tr("Geschiktheid per profiel"), self.body)
        self.fit_table.setModel(self.fit_model)
        self.fit_table.selectionModel().selectionChanged.connect(self._on_profile_selected)
        header = self.fit_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        body.addWidget(self.fit_table)
        self.fit_hint = Hint("", self.body)
        body.addWidget(self.fit_hint)

        charts = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.charts = charts
        charts.setSpacing(theme.SPACING * 2)
        self.bars = LevelBarsWidget(self.body)
        self.radar = RadarChartWidget(self.body)
        self.radar.setMinimumSize(300, 300)
        charts.addWidget(self.bars, 3)
        charts.addWidget(self.radar, 2, Qt.AlignmentFlag.AlignTop)
        body.addLayout(charts)

        body.addWidget(SectionHeader(self.tr("Ontwikkelpunten"), self.body))
        self.gaps_label = QLabel(self.body)
        self.gaps_label.setWordWrap(True)
        self.gaps_label.setTextFormat(Qt.TextFormat.RichText)
        self.gaps_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.gaps_label.setAccessibleName(self.tr("Ontwikkelpunten"))
        body.addWidget(self.gaps_label)

        body.addWidget(SectionHeader(self.tr("Beoordelingen door de tijd"), self.body))
        self.history_model = HistoryModel(self)
        self.history_table = CompactTable(self.tr("Beoordelingen door de tijd"), self.body)
        self.history_table.setModel(self.history_model)
        self.history_table.verticalHeader().setVisible(True)
        self.history_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.history_table.horizontalHeader().setStretchLastSection(False)
        body.addWidget(self.history_table)
        self._history_note = self.tr(
            "Het huidige niveau is de meest recente beoordeling door de teamleider of het "
            "vastgestelde niveau; zelfbeoordelingen tellen niet mee."
        )
        self.history_hint = Hint(self._history_note, self.body)
        body.addWidget(self.history_hint)
        self.record = CompetenceRecordSection(self.body)
        self.record.open_interview.connect(self._open_interview)
        body.addWidget(self.record)

        body.addWidget(SectionHeader(self.tr("Bevoegdheden"), self.body))
        self.authorities_label = QLabel(self.body)
        self.authorities_label.setWordWrap(True)
        self.authorities_label.setTextFormat(Qt.TextFormat.RichText)
        self.authorities_label.setAccessibleName(self.tr("Bevoegdheden"))
        body.addWidget(self.authorities_label)
        body.addWidget(SectionHeader(self.tr("Registraties en certificaten"), self.body))
        self.registrations_label = QLabel(self.body)
        self.registrations_label.setWordWrap(True)
        self.registrations_label.setTextFormat(Qt.TextFormat.RichText)
        self.registrations_label.setAccessibleName(self.tr("Registraties en certificaten"))
        body.addWidget(self.registrations_label)

        plan_head = QHBoxLayout()
        plan_head.addWidget(SectionHeader(self.tr("Ontwikkelplan"), self.body))
        plan_head.addStretch(1)
        self.plan_button = QPushButton(self.tr("Plan openen"), self.body)
        self.plan_button.setAccessibleName(self.tr("Ontwikkelplan openen in Plannen"))
        self.plan_button.clicked.connect(self._open_plan)
        plan_head.addWidget(self.plan_button, 0, Qt.AlignmentFlag.AlignBottom)
        body.addLayout(plan_head)
        self.plan_label = Hint("", self.body)
        body.addWidget(self.plan_label)
        self.plan_model = PlanItemsModel(self)
        self.plan_table = CompactTable(self.tr("Activiteiten in het ontwikkelplan"), self.body)
        self.plan_table.setModel(self.plan_model)
        plan_header = self.plan_table.horizontalHeader()
        plan_header.setStretchLastSection(False)
        plan_header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column in (0, 2, 3, 4, 5):
            plan_header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        body.addWidget(self.plan_table)
        self._add_privacy(body)
        body.addStretch(1)
        self.set_detail(None)

    def _add_privacy(self, body: QVBoxLayout) -> None:
        """The AVG row: the inzage export and the legal hold (bewaarplicht) with its reason."""
        body.addWidget(SectionHeader(self.tr("Inzage en bewaarplicht (AVG)"), self.body))
        inzage = QHBoxLayout()
        inzage.addWidget(
            Hint(
                self.tr(
                    "Alles wat over deze medewerker is opgeslagen, voor een inzageverzoek: "
                    "PDF, Excel of JSON."
                ),
                self.body,
            ),
            1,
        )
        self.inzage_button = QPushButton(self.tr("Inzage-export…"), self.body)
        self.inzage_button.setAccessibleName(
            self.tr("Inzage-export: alles wat over deze medewerker is opgeslagen")
        )
        inzage.addWidget(self.inzage_button, 0, Qt.AlignmentFlag.AlignTop)
        body.addLayout(inzage)
        self.hold_box = QCheckBox(self.tr("Bewaarplicht (juridische procedure)"), self.body)
        body.addWidget(self.hold_box)
        self.hold_reason = QLineEdit(self.body)
        self.hold_reason.setMaxLength(200)  # the column's length
        self.hold_reason.setPlaceholderText(self.tr("Reden, bijvoorbeeld een bezwaarprocedure"))
        self.hold_reason.setAccessibleName(self.tr("Reden van de bewaarplicht"))
        self.hold_save = QPushButton(self.tr("Bewaarplicht vastleggen"), self.body)
        row = QHBoxLayout()
        row.addWidget(self.hold_reason, 1)
        row.addWidget(self.hold_save)
        body.addLayout(row)
        body.addWidget(
            Hint(
                self.tr(
                    "Zolang de bewaarplicht geldt, worden de gegevens van deze medewerker niet "
                    "gewist en ook na de bewaartermijn niet verwijderd."
                ),
                self.body,
            )
        )

    def resizeEvent(self, event: QResizeEvent) -> None:
        # Side by side when there is room, the radar below the bars in a narrow pane.
        wide = event.size().width() >= WIDE_LAYOUT_MIN_WIDTH
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        if self.charts.direction() != direction:
            self.charts.setDirection(direction)
        super().resizeEvent(event)

    # -- content -------------------------------------------------------------------------------
    def set_detail(self, detail: EmployeeDetail | None) -> None:
        self.detail = detail
        self.empty.setVisible(detail is None)
        self.body.setVisible(detail is not None)
        if detail is None:
            return
        employee = detail.employee
        self.name_label.setText(employee.name)
        self.name_label.setAccessibleName(employee.name)
        parts = [
            employee.job_title,
            employee.unit or "",
            self.tr("personeelsnr {n}").format(n=employee.personnel_number),
        ]
        if employee.start_date:
            parts.append(
                self.tr("in dienst sinds {date}").format(date=formatting.date(employee.start_date))
            )
        self.meta_label.setText(" · ".join(p for p in parts if p))

        self.fit_model.set_fits(detail.fits)
        self.fit_table.setVisible(bool(detail.fits))
        self.fit_table.fit_height()
        if detail.fits:
            self.fit_table.selectRow(0)
            chosen = any(f.chosen for f in detail.fits)
            self.fit_hint.setText(
                ""
                if chosen
                else self.tr(
                    "Nog geen toekomstprofiel gekozen; de profielen staan op geschiktheid."
                )
            )
        else:
            self.show_profile(None)
            self.fit_hint.setText(
                self.tr(
                    "Nog geen beoordeling door de teamleider en geen gekozen profiel: er is "
                    "nog niets om de geschiktheid aan af te meten."
                )
            )
        self.fit_hint.setVisible(bool(self.fit_hint.text()))

        competencies = [detail.competencies[c.code] for c in detail.framework_competencies]
        self.history_model.set_history(competencies, detail.assessments)
        has_history = self.history_model.columnCount() > 0
        self.history_table.setVisible(has_history)
        self.history_table.resizeColumnsToContents()  # a handful of columns: cheap
        self.history_table.fit_height()
        self.history_hint.setText(
            self._history_note if has_history else self.tr("Nog geen beoordelingen vastgelegd.")
        )
        self.record.set_record(detail.record, detail.competencies, detail.scale)
        self.record.setVisible(has_history)
        self._show_authorities()
        self._show_registrations()
        self._show_plan()
        self.person_shown.emit(employee.personnel_number)

    def _on_profile_selected(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if indexes and self.detail is not None:
            self.show_profile(self.fit_model.fit_at(indexes[0].row()))

    def selected_profile(self) -> str | None:
        rows = self.fit_table.selectionModel().selectedRows()
        return self.fit_model.fit_at(rows[0].row()).profile.code if rows else None

    def select_profile(self, code: str) -> None:
        for row in range(self.fit_model.rowCount()):
            if self.fit_model.fit_at(row).profile.code == code:
                self.fit_table.selectRow(row)
                return

    def show_profile(self, fit: ProfileFit | None) -> None:
        detail = self.detail
        if fit is None or detail is None:
            self.bars.set_rows([])
            self.radar.set_axes([])
            self.gaps_label.setText("")
            return
        order = {c.code: i for i, c in enumerate(detail.framework_competencies)}
        requirements = sorted(fit.profile.requirements, key=lambda q: order.get(q.competency, 999))
        maximum = detail.scale.maximum
        rows = []
        for q in requirements:
            competency = detail.competencies.get(q.competency)
            name = competency.name if competency else q.competency
            current = detail.levels.get(q.competency)
            tip = self._bar_tooltip(q.competency, name, current, q.target, q.critical)
            rows.append(
                BarRow(q.competency, f"{q.competency}  {name}", current, q.target, q.critical, tip)
            )
        self.bars.set_rows(rows, maximum)
        self.radar.set_axes(
            [
                RadarAxis(q.competency, detail.levels.get(q.competency), q.target)
                for q in requirements
            ],
            maximum,
        )
        self.gaps_label.setText(self._gaps_html(fit.match.gaps))

    def _bar_tooltip(
        self, code: str, name: str, current: int | None, target: int, critical: bool
    ) -> str:
        detail = self.detail
        assert detail is not None
        lines = [
            f"{code} {name}",
            self.tr("Huidig: {level}").format(level=formatting.level(current, detail.scale)),
        ]
        lines.append(self.tr("Doel: {level}").format(level=formatting.level(target, detail.scale)))
        if critical:
            lines.append(self.tr("Kritisch voor dit profiel"))
        competency = detail.competencies.get(code)
        if competency and current is not None and competency.indicator(current):
            lines.append(self.tr("Nu: {text}").format(text=competency.indicator(current)))
        return "\n".join(lines)

    def _gaps_html(self, gaps: tuple[Gap, ...]) -> str:
        detail = self.detail
        assert detail is not None
        if not gaps:
            return html.escape(
                self.tr("Geen ontwikkelpunten: alle doelniveaus van dit profiel zijn gehaald.")
            )
        items = []
        for gap in gaps[:MAX_GAPS_LISTED]:
            competency = detail.competencies.get(gap.competency)
            name = competency.name if competency else gap.competency
            current = (
                self.tr("niveau onbekend")
                if gap.level is None
                else self.tr("niveau {level}").format(level=gap.level)
            )
            title = html.escape(f"{gap.competency} {name}")
            head = f"<b>{title}</b> — {html.escape(current)} → "
            head += html.escape(self.tr("doel {target}").format(target=gap.target))
            if gap.critical:
                head += " · <b>" + html.escape(self.tr("kritisch")) + "</b>"
            next_level = (gap.level or 0) + 1
            indicator = competency.indicator(next_level) if competency else ""
            step = ""
            if indicator:
                label = formatting.level(next_level, detail.scale)
                step = "<br>" + html.escape(
                    self.tr("Volgende stap ({label}): {text}").format(label=label, text=indicator)
                )
            items.append(f"<li style='margin-bottom:6px'>{head}{step}</li>")
        rest = len(gaps) - MAX_GAPS_LISTED
        more = (
            "<p>"
            + html.escape(self.tr("en nog {count} kleinere ontwikkelpunten").format(count=rest))
            + "</p>"
            if rest > 0
            else ""
        )
        return f"<ul style='margin-left:-20px'>{''.join(items)}</ul>{more}"

    def _show_authorities(self) -> None:
        detail = self.detail
        assert detail is not None
        if not detail.authorities:
            self.authorities_label.setText(
                html.escape(self.tr("Voor dit competentiekader zijn geen bevoegdheden vastgelegd."))
            )
            return
        held = [s for s in detail.authorities if s.held]
        missing = [s for s in detail.authorities if not s.held]
        lines = []
        for status in held + missing:
            mark = "✔" if status.held else "✗"
            state = self.tr("heeft") if status.held else self.tr("nog niet")
            lines.append(
                f"<tr><td>{mark}</td><td><b>{html.escape(status.authority.name)}</b>"
                f" <span>({html.escape(state)}: {html.escape(status.reason)})</span></td></tr>"
            )
        summary = self.tr("{held} van {total} bevoegdheden").format(
            held=len(held), total=len(detail.authorities)
        )
        self.authorities_label.setText(
            f"<p>{html.escape(summary)}</p><table cellspacing='2'>{''.join(lines)}</table>"
        )

    def _show_registrations(self) -> None:
        detail = self.detail
        assert detail is not None
        if not detail.registrations:
            self.registrations_label.setText(
                html.escape(self.tr("Geen registraties of certificaten vastgelegd."))
            )
            return
        lines = []
        for registration in detail.registrations:
            kind = detail.registration_kinds.get(registration.kind)
            valid = registration.is_valid(detail.today)
            until = (
                registration.valid_until.strftime("%d-%m-%Y")
                if registration.valid_until
                else self.tr("geen einddatum")
            )
            state = self.tr("geldig tot %1") if valid else self.tr("verlopen op %1")
            lines.append(
                f"<tr><td>{'✔' if valid else '✗'}</td>"
                f"<td><b>{html.escape(kind.name if kind else registration.kind)}</b> "
                f"{html.escape(registration.number)} "
                f"<span>({html.escape(state.replace('%1', until))})</span></td></tr>"
            )
        self.registrations_label.setText(f"<table cellspacing='2'>{''.join(lines)}</table>")

    def _show_plan(self) -> None:
        detail = self.detail
        assert detail is not None
        plan = detail.plan
        self.plan_button.setEnabled(True)
        if plan is None:
            self.plan_label.setText(self.tr("Nog geen ontwikkelplan. Stel er een op in Plannen."))
            self.plan_button.setText(self.tr("Plan opstellen"))
            self.plan_model.set_items([])
            self.plan_table.setVisible(False)
            return
        self.plan_button.setText(self.tr("Plan openen"))
        profile = next(
            (f.profile.name for f in detail.fits if f.profile.code == plan.profile),
            plan.profile or "",
        )
        summary = self.tr("Opgesteld {date} · {status}").format(
            date=formatting.date(plan.created_on), status=formatting.word(plan.status.value)
        )
        if profile:
            summary += " · " + self.tr("richting {profile}").format(profile=profile)
        summary += " · " + self.tr("{count} activiteiten, {hours}, {cost}").format(
            count=len(plan.items),
            hours=formatting.hours(plan.total_hours),
            cost=formatting.money(plan.total_cost),
        )
        self.plan_label.setText(summary)
        self.plan_model.set_items(plan.items)
        self.plan_table.setVisible(bool(plan.items))
        self.plan_table.fit_height()

    def _prepare_interview(self) -> None:
        if self.detail is not None:
            self.prepare_interview.emit(self.detail.employee.personnel_number)

    def _open_interview(self, interview_id: int) -> None:
        if self.detail is not None:
            self.open_interview.emit(self.detail.employee.personnel_number, interview_id)

    def _open_plan(self) -> None:
        if self.detail is not None:
            self.open_plan.emit(self.detail.employee.personnel_number)
