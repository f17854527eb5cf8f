"""Medewerkers: the staff table with search-as-you-type and filters, and a person's detail."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from competentieplanner.domain.model import Readiness
from competentieplanner.services.staff_overview import EmployeeDetail, StaffList
from competentieplanner.ui import formatting, tasks, theme
from competentieplanner.ui.context import AppContext
from competentieplanner.ui.controllers.employees import (
    EmployeesController,
    StaffFilter,
    filter_options,
)
from competentieplanner.ui.dialogs.interview_record import InterviewRecordDialog
from competentieplanner.ui.models.employees import (
    COL_NAME,
    NUMBER_ROLE,
    WIDTHS_IN_CHARS,
    EmployeeFilterProxy,
    EmployeeTableModel,
)
from competentieplanner.ui.views.employee_detail import EmployeeDetailPanel
from competentieplanner.ui.views.employee_privacy import EmployeePrivacyActions
from competentieplanner.ui.widgets.common import EmptyState, Hint, PageTitle
from competentieplanner.ui.widgets.filter_bar import FilterBar
from competentieplanner.ui.widgets.tables import configure_table, set_column_widths


class EmployeesPage(QWidget):
    """Lays out the table, filters and detail; :class:`EmployeesController` holds the state."""

    title = "Medewerkers"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.controller = EmployeesController(context, self)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(theme.MARGIN, theme.MARGIN, theme.MARGIN, 0)
        layout.setSpacing(theme.SPACING)
        self.filter_bar = FilterBar(
            self.tr("Zoeken op naam, personeelsnummer, functie of eenheid…"),
            self,
            search_in_bar=False,
        )
        head = QHBoxLayout()
        head.addWidget(PageTitle(self.tr("Medewerkers"), self))
        head.addSpacing(theme.MARGIN * 2)
        head.addWidget(self.filter_bar.search, 1)
        head.addSpacing(theme.MARGIN)
        self.count_label = Hint("", self)
        head.addWidget(self.count_label)
        layout.addLayout(head)

        self.filter_bar.add_filter("unit", self.tr("&Eenheid:"), self.tr("Alle eenheden"))
        self.filter_bar.add_filter("job_title", self.tr("F&unctie:"), self.tr("Alle functies"))
        self.filter_bar.add_filter("profile", self.tr("&Profiel:"), self.tr("Alle profielen"))
        self.filter_bar.add_filter("readiness", self.tr("&Gereedheid:"), self.tr("Alle"))
        self.filter_bar.set_options(
            "readiness", [(formatting.word(r.value), r.value) for r in Readiness]
        )
        self.filter_bar.changed.connect(self.apply_filters)
        layout.addWidget(self.filter_bar)

        self.model = EmployeeTableModel(self)
        self.proxy = EmployeeFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(self)
        configure_table(self.table, name=self.tr("Medewerkers"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(COL_NAME, Qt.SortOrder.AscendingOrder)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        set_column_widths(self.table, WIDTHS_IN_CHARS)
        self.table.selectionModel().selectionChanged.connect(self._on_selection)

        self.detail = EmployeeDetailPanel(self)
        self.detail.open_plan.connect(lambda number: context.signals.navigate.emit("plan", number))
        self.detail.prepare_interview.connect(
            lambda number: context.signals.navigate.emit("interview", number)
        )
        self.detail.open_interview.connect(self.open_interview_record)
        self.privacy = EmployeePrivacyActions(context, self.detail)
        self.detail_scroll = QScrollArea(self)
        self.detail_scroll.setWidget(self.detail)
        self.detail_scroll.setWidgetResizable(True)
        self.detail_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.detail_scroll.setAccessibleName(self.tr("Details van de medewerker"))
        self.detail_scroll.setMinimumWidth(420)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail_scroll)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([480, 640])
        self.splitter.setChildrenCollapsible(False)

        self.loading = EmptyState(self.tr("Medewerkers worden geladen…"), self)
        self.empty = EmptyState(
            self.tr(
                "Er staan nog geen medewerkers in deze database. Importeer een personeelslijst "
                "via Bestand ▸ Importeren ▸ Medewerkers, of sleep een Excel- of CSV-bestand op "
                "dit venster."
            ),
            self,
        )
        self.states = QStackedWidget(self)
        self.states.addWidget(self.loading)
        self.states.addWidget(self.empty)
        self.states.addWidget(self.splitter)
        layout.addWidget(self.states, 1)

        self.setTabOrder(self.filter_bar.search, self.table)
        c = self.controller
        c.loading.connect(self._show_loading)
        c.staff_loaded.connect(self._show_staff)
        c.filter_changed.connect(self._show_filter)
        c.detail_loaded.connect(self._show_detail)
        self.reload()

    # -- what the controller holds ---------------------------------------------------------------
    @property
    def loaded(self) -> bool:
        return self.controller.loaded

    @property
    def load_task(self) -> tasks.TaskHandle[StaffList] | None:
        return self.controller.load_task

    @property
    def detail_task(self) -> tasks.TaskHandle[EmployeeDetail | None] | None:
        return self.controller.detail_task

    def reload(self) -> None:
        """Re-read the staff list in the background; the table keeps showing until it arrives."""
        self.controller.reload()

    # -- showing ---------------------------------------------------------------------------------
    def _show_loading(self) -> None:
        if self.model.rowCount() == 0:
            self.states.setCurrentWidget(self.loading)

    def _show_staff(self, staff: StaffList) -> None:
        keep = self.controller.shown_number
        header = self.table.horizontalHeader()
        self.model.set_rows(
            staff.rows,
            dict(staff.profile_names),
            sort=(header.sortIndicatorSection(), header.sortIndicatorOrder()),
        )
        for name, options in filter_options(staff).items():
            self.filter_bar.set_options(name, options)
        self.states.setCurrentWidget(self.splitter if staff.rows else self.empty)
        self.apply_filters()
        if keep and self.select_employee(keep):
            self.controller.refresh_detail()
        elif not keep:
            self.controller.clear_detail()

    # -- filtering -----------------------------------------------------------------------------
    def apply_filters(self) -> None:
        values = self.filter_bar.values()
        self.controller.set_filter(
            StaffFilter(
                search=self.filter_bar.search_text(),
                unit=values["unit"],
                job_title=values["job_title"],
                profile=values["profile"],
                readiness=values["readiness"],
            )
        )

    def _show_filter(self, criteria: StaffFilter) -> None:
        self.proxy.set_criteria(
            search=criteria.search,
            unit=criteria.unit,
            job_title=criteria.job_title,
            profile=criteria.profile,
            readiness=criteria.readiness,
        )
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count_label.setText(
            self.tr("{shown} van {total} medewerkers").format(
                shown=formatting.count(shown), total=formatting.count(total)
            )
        )
        self.table.setAccessibleDescription(self.count_label.text())

    # -- selection and detail ------------------------------------------------------------------
    def select_employee(self, personnel_number: str) -> bool:
        """Select a person in the table (clearing filters that hide them); False if unknown."""
        source_row = self.model.source_row_of(personnel_number)
        if source_row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(source_row, 0))
        if not index.isValid():
            self.filter_bar.clear()
            index = self.proxy.mapFromSource(self.model.index(source_row, 0))
        self.table.selectionModel().select(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        return True

    def selected_number(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return str(rows[0].data(NUMBER_ROLE)) if rows else None

    def _on_selection(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self.controller.select(self.selected_number())

    def _show_detail(self, detail: EmployeeDetail | None) -> None:
        previous_profile = self.detail.selected_profile()
        self.detail.set_detail(detail)
        if previous_profile:
            self.detail.select_profile(previous_profile)

    def show_detail_now(self) -> None:
        """Load the selected person immediately (instead of after the short delay)."""
        self.controller.show_now(self.selected_number())

    # -- navigation from elsewhere -------------------------------------------------------------
    def open_item(self, kind: str, payload: object) -> None:
        # Before the list has arrived, the person is selected once it has.
        if (
            kind == "employee"
            and isinstance(payload, str)
            and self.controller.open_employee(payload)
        ):
            self.select_employee(payload)
            self.show_detail_now()

    def open_interview_record(self, personnel_number: str, interview_id: int) -> QDialog:
        """"Gesprek openen" on a level: the record of the interview that agreed it."""
        dialog = InterviewRecordDialog(self.context, personnel_number, interview_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog
