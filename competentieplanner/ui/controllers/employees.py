"""The state behind the Medewerkers screen: the staff list, the filters, and whose detail is
shown.

The screen (``ui/views/employees.py``) lays out the table, the filter bar and the detail panel,
forwards what the user does and shows what arrives here. Everything is read off the GUI
thread; a list overtaken by a newer reload, or a person the selection has moved on from, is
dropped.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from competentieplanner.services.staff_overview import EmployeeDetail, StaffList
from competentieplanner.ui import tasks
from competentieplanner.ui.context import AppContext
from competentieplanner.ui.operations import overview as operations

#: Wait this long after the selection moves before loading a person (arrow keys stay smooth).
DETAIL_DELAY_MS = 80


def _tr(text: str) -> str:
    return QCoreApplication.translate("EmployeesPage", text)


@dataclass(frozen=True, slots=True)
class StaffFilter:
    """What the table shows: the search text and the chosen unit, job, profile and readiness
    ("": all, as the filter bar says)."""

    search: str = ""
    unit: str = ""
    job_title: str = ""
    profile: str = ""
    readiness: str = ""


def filter_options(staff: StaffList) -> dict[str, list[tuple[str, str]]]:
    """Per filter the (label, value) pairs the staff list holds: units, jobs, used profiles."""
    rows = staff.rows
    used = {r.profile for r in rows if r.profile}
    return {
        "unit": [(u, u) for u in sorted({r.unit for r in rows if r.unit})],
        "job_title": [(j, j) for j in sorted({r.job_title for r in rows if r.job_title})],
        "profile": [(name, code) for code, name in staff.profile_names.items() if code in used],
    }


class EmployeesController(QObject):
    """The staff list as last read, the filter, and the person shown in the detail."""

    loading = Signal()  # the list is being read
    staff_loaded = Signal(object)  # StaffList
    filter_changed = Signal(object)  # StaffFilter
    detail_loaded = Signal(object)  # EmployeeDetail | None

    def __init__(self, context: AppContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.context = context
        self.parent_widget = parent
        self.staff: StaffList | None = None
        self.loaded = False
        self.load_task: tasks.TaskHandle[StaffList] | None = None
        self.filter = StaffFilter()
        self.detail: EmployeeDetail | None = None
        self.detail_task: tasks.TaskHandle[EmployeeDetail | None] | None = None
        #: The person shown in the detail (or to show once the list has arrived).
        self.shown_number: str | None = None
        self._pending_number: str | None = None  # selected, waiting for the short delay
        self._requested_number: str | None = None
        self._generation = 0
        self._detail_timer = QTimer(self)
        self._detail_timer.setSingleShot(True)
        self._detail_timer.setInterval(DETAIL_DELAY_MS)
        self._detail_timer.timeout.connect(self._load_detail)

    # -- the list --------------------------------------------------------------------------------
    def reload(self) -> None:
        """Re-read the staff list in the background; the table keeps showing until it arrives."""
        self.loaded = False
        self.loading.emit()
        self._generation += 1
        generation = self._generation  # a newer reload makes this one's result stale
        self.load_task = operations.load_staff_list(
            self.context,
            self.parent_widget,
            title=_tr("Medewerkers laden"),
            on_done=lambda staff: self._arrived(generation, staff),
        )

    def _arrived(self, generation: int, staff: StaffList) -> None:
        if generation != self._generation:
            return
        self.staff = staff
        self.staff_loaded.emit(staff)
        self.loaded = True

    def set_filter(self, criteria: StaffFilter) -> None:
        self.filter = criteria
        self.filter_changed.emit(criteria)

    # -- selection and detail --------------------------------------------------------------------
    def select(self, personnel_number: str | None) -> None:
        """The selection moved to this person: their detail follows after a short delay."""
        self._pending_number = personnel_number
        self._detail_timer.start()

    def show_now(self, personnel_number: str | None) -> None:
        """Load the selected person immediately (instead of after the short delay)."""
        self._detail_timer.stop()
        self._pending_number = personnel_number
        self._load_detail()

    def refresh_detail(self) -> None:
        """Read the person shown again (after the list was read again)."""
        self._load_detail(force=True)

    def clear_detail(self) -> None:
        self.detail = None
        self.detail_loaded.emit(None)

    def open_employee(self, personnel_number: str) -> bool:
        """Another screen asks for this person; False while the list has not arrived (they are
        selected once it has)."""
        if self.loaded:
            return True
        self.shown_number = personnel_number
        return False

    def _load_detail(self, force: bool = False) -> None:
        number = self._pending_number if not force else self.shown_number
        if number is None or (number == self.shown_number and not force and self.detail):
            return
        self._requested_number = number
        self.detail_task = operations.load_employee_detail(
            self.context,
            self.parent_widget,
            title=_tr("Medewerker laden"),
            personnel_number=number,
            on_done=lambda detail: self._detail_arrived(number, detail),
        )

    def _detail_arrived(self, number: str, detail: EmployeeDetail | None) -> None:
        if number != self._requested_number:
            return  # the selection moved on; a newer request is on its way
        self.detail = detail
        self.shown_number = number if detail else None
        self.detail_loaded.emit(detail)
