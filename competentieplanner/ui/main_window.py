"""The main window: navigation between the screens, drag and drop, window state.

Screens are built the first time they are shown (start-up stays quick) and re-read their data
when they become visible after something changed (``AppSignals.data_changed``). The actions and
menus are built in :mod:`~competentieplanner.ui.main_actions`; which database is open is the job
of :class:`~competentieplanner.ui.database_switching.DatabaseSwitcher`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QUndoStack
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressBar,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from competentieplanner.services import import_kind
from competentieplanner.ui import i18n, main_actions, unsaved
from competentieplanner.ui.context import AppContext
from competentieplanner.ui.database_switching import LAST_KEY, RECENT_KEY, DatabaseSwitcher
from competentieplanner.ui.icons import app_icon
from competentieplanner.ui.pages import PAGES, PageSpec, load_page_class, require_page_module
from competentieplanner.ui.permissions import guard_listing
from competentieplanner.ui.widgets.common import EmptyState

if TYPE_CHECKING:
    from competentieplanner.ui.dialogs.about import AboutDialog
    from competentieplanner.ui.dialogs.settings import SettingsDialog
    from competentieplanner.ui.help_window import HelpWindow

__all__ = ["LAST_KEY", "RECENT_KEY", "MainWindow"]

GEOMETRY_KEY = "window/geometry"
STATE_KEY = "window/state"
#: How long closing waits for running work to notice the cancel request.
CLOSE_WAIT_MS = 10_000

#: navigate(kind, payload) kinds and the screen that handles them.
NAVIGATION_TARGETS = {
    "employee": "employees",
    "team": "teams",
    "plan": "plans",
    "profile": "profiles",
    "offer": "catalogue",
    "interview": "interview",
}


class _Page:
    """A screen slot in the stack: the spec, and the widget once built.

    The screen's module is imported when the screen is first shown, so start-up does not pay
    for the imports of every screen (openpyxl, reportlab, ...).
    """

    def __init__(self, spec: PageSpec, placeholder: EmptyState) -> None:
        self.spec = spec
        self.widget: QWidget | None = None
        self.placeholder = placeholder
        self.stale = False


class _PageStack(QStackedWidget):
    """The screens; as big as the screen on show needs (not the biggest one built), so the
    scroll area around it only scrolls when that screen does not fit."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.currentChanged.connect(lambda _index: self.updateGeometry())

    def sizeHint(self) -> QSize:
        current = self.currentWidget()
        return current.sizeHint() if current is not None else super().sizeHint()

    def minimumSizeHint(self) -> QSize:
        current = self.currentWidget()
        return current.minimumSizeHint() if current is not None else super().minimumSizeHint()


class MainWindow(QMainWindow):
    #: The screen on show changed, or the unsaved-edit history of that screen did.
    local_history_changed = Signal()

    # Built by main_actions (declared here for the type checker).
    new_db_action: QAction
    open_db_action: QAction
    import_staff_action: QAction
    import_assessments_action: QAction
    import_catalogue_action: QAction
    export_excel_action: QAction
    export_pdf_action: QAction
    quit_action: QAction
    undo_action: QAction
    redo_action: QAction
    settings_action: QAction
    retention_action: QAction
    about_action: QAction
    help_action: QAction
    print_action: QAction
    page_actions: dict[str, QAction]
    language_actions: dict[str, QAction]
    recent_menu: QMenu
    busy_indicator: QProgressBar
    database_label: QLabel

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowIcon(app_icon())
        self.setAcceptDrops(True)
        # Small enough for 1366×768 at 150 % (910×512 logical pixels) and 1024×768 at 100 %:
        # a screen that needs more scrolls (see the scroll area below).
        self.setMinimumSize(QSize(640, 420))
        self.import_dialog: QWidget | None = None
        #: The open "save your changes?" question, if any (see :mod:`.unsaved`).
        self.leave_question: QMessageBox | None = None
        self._leaving_confirmed = False  # the question was answered: close / switch now
        self._shown_key: str | None = None  # the screen on show (the one being left)
        self._after_switch: Callable[[], None] | None = None
        self.databases = DatabaseSwitcher(self)

        self.navigation = QListWidget(self)
        self.navigation.setObjectName("navigation")
        self.navigation.setAccessibleName(self.tr("Navigatie"))
        self.navigation.setMinimumWidth(150)
        self.navigation.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.navigation.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.navigation.setUniformItemSizes(True)
        self.stack: QStackedWidget = _PageStack(self)
        self.pages: dict[str, _Page] = {}
        self._build_pages()

        # A screen larger than the window scrolls instead of pushing its buttons off screen;
        # the navigation can be made narrower with the splitter.
        self.page_scroll = QScrollArea(self)
        self.page_scroll.setObjectName("page_scroll")
        self.page_scroll.setWidgetResizable(True)
        self.page_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.page_scroll.setWidget(self.stack)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("main_splitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.navigation)
        self.splitter.addWidget(self.page_scroll)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([190, 1000])
        self.setCentralWidget(self.splitter)

        main_actions.build_actions(self)
        self.menus = main_actions.build_menus(self)
        self.toolbar: QToolBar = main_actions.build_toolbar(self)
        main_actions.build_status_bar(self)

        self.navigation.currentRowChanged.connect(self._on_navigation)
        signals = context.signals
        signals.data_changed.connect(self._on_data_changed)
        signals.navigate.connect(self.navigate)
        signals.status_message.connect(self.show_status)
        if self.navigation.count():
            self.navigation.setCurrentRow(0)
        self.databases.update_title()
        QTimer.singleShot(0, self.databases.refresh_status)

    # -- pages ---------------------------------------------------------------------------------
    def _build_pages(self) -> None:
        for spec in PAGES:
            require_page_module(spec)  # a screen missing from the build fails at start-up
            placeholder = EmptyState(self.tr("Database wordt geopend…"), self.stack)
            self.stack.addWidget(placeholder)
            self.pages[spec.key] = _Page(spec, placeholder)
            item = QListWidgetItem(main_actions.page_title(spec.title))
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            item.setSizeHint(QSize(150, 36))
            self.navigation.addItem(item)
            if spec.needs is not None:  # e.g. the Auditlog, for beheerder only
                guard_listing(self.context, spec.needs, item)

    def page_keys(self) -> list[str]:
        return list(self.pages)

    def page_specs(self) -> list[PageSpec]:
        return [slot.spec for slot in self.pages.values()]

    def page(self, key: str) -> QWidget | None:
        """The screen widget, built on first use; the placeholder while no database is open;
        None for an unknown key. A screen that fails to import or build raises."""
        slot = self.pages.get(key)
        if slot is None:
            return None
        if slot.widget is None:
            if self.context.db is None:
                return slot.placeholder  # still opening the database
            widget = load_page_class(slot.spec)(self.context, self.stack)
            index = self.stack.indexOf(slot.placeholder)
            self.stack.insertWidget(index, widget)
            self.stack.removeWidget(slot.placeholder)
            slot.placeholder.deleteLater()
            slot.widget = widget
            slot.stale = False
            history = getattr(widget, "local_history_changed", None)
            if history is not None:
                history.connect(self.local_history_changed)
        return slot.widget

    def current_page_key(self) -> str | None:
        item = self.navigation.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def show_page(self, key: str) -> QWidget | None:
        keys = self.page_keys()
        if key not in keys or self.navigation.item(keys.index(key)).isHidden():
            return None  # unknown, or not for this role (pages.PageSpec.needs)
        self.navigation.setCurrentRow(keys.index(key))
        return self.page(key)

    def show_placeholder_text(self, text: str) -> None:
        """What the screens not built yet say (e.g. that no database could be opened)."""
        for slot in self.pages.values():
            if slot.widget is None:
                slot.placeholder.setText(text)

    def local_history(self) -> QUndoStack | None:
        """The in-memory undo history of the screen on show (a plan being edited), if any."""
        history = getattr(self.stack.currentWidget(), "local_history", None)
        return history() if callable(history) else None

    def built_pages(self) -> list[QWidget]:
        return [slot.widget for slot in self.pages.values() if slot.widget is not None]

    def ask_before_leaving(
        self, proceed: Callable[[], None], widgets: list[QWidget] | None = None
    ) -> bool:
        """True when nothing on ``widgets`` (every screen) is unsaved: go ahead now. Otherwise
        ask; ``proceed()`` runs once the input is saved or discarded (not at all on Annuleren)."""
        box = unsaved.ask_before_leaving(
            self, self.built_pages() if widgets is None else widgets, proceed
        )
        if box is None:
            return True
        self.leave_question = box
        box.finished.connect(lambda *_: setattr(self, "leave_question", None))
        return False

    def _switch_confirmed(self, key: str, after: Callable[[], None] | None) -> None:
        self._after_switch = after
        self._leaving_confirmed = True
        try:
            self.show_page(key)
        finally:
            self._leaving_confirmed = False

    @Slot(int)
    def _on_navigation(self, row: int) -> None:
        if row < 0:
            return
        key = self.page_keys()[row]
        shown = self._shown_key
        leaving = self.pages[shown].widget if shown else None
        if shown and leaving is not None and key != shown and not self._leaving_confirmed:
            after = self._after_switch
            if not self.ask_before_leaving(lambda: self._switch_confirmed(key, after), [leaving]):
                # Stay on the screen with the unsaved input until the question is answered.
                self._after_switch = None
                self.navigation.blockSignals(True)
                self.navigation.setCurrentRow(self.page_keys().index(shown))
                self.navigation.blockSignals(False)
                shown_action = self.page_actions.get(shown)
                if shown_action is not None:
                    shown_action.setChecked(True)
                return
        widget = self.page(key)
        slot = self.pages[key]
        if widget is None:
            return
        self.stack.setCurrentWidget(widget)
        if slot.widget is not None:
            self._shown_key = key
        if slot.stale and slot.widget is not None:
            slot.stale = False
            widget.reload()  # type: ignore[attr-defined]
        action = self.page_actions.get(key)
        if action is not None:
            action.setChecked(True)
        self.local_history_changed.emit()
        after, self._after_switch = self._after_switch, None
        if after is not None:
            after()

    @Slot(str)
    def _on_data_changed(self, area: str) -> None:
        current = self.current_page_key()
        for key, slot in self.pages.items():
            if slot.widget is None:
                continue
            if key == current:
                slot.widget.reload()  # type: ignore[attr-defined]
            else:
                slot.stale = True
        self.databases.refresh_status()

    @Slot(str, object)
    def navigate(self, kind: str, payload: object) -> None:
        """Show the screen for ``kind`` ("employee", "team", "plan", ... or a screen key)."""
        key = NAVIGATION_TARGETS.get(kind, kind)
        keys = self.page_keys()
        if key not in keys or self.navigation.item(keys.index(key)).isHidden():
            return

        def open_it() -> None:
            opener = getattr(self.page(key), "open_item", None)
            if callable(opener) and payload is not None:
                opener(kind, payload)

        if self.current_page_key() == key:
            open_it()
            return
        self._after_switch = open_it  # after the switch, which may wait for a question
        self.show_page(key)
        self._after_switch = None

    @Slot(str)
    def show_status(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    # -- databases (see DatabaseSwitcher) --------------------------------------------------------
    def database_opened(self, *, first: bool) -> None:
        """A database became the open one: build the current screen or let every screen reload."""
        if first:
            self._on_navigation(self.navigation.currentRow())
            self.databases.refresh_status()
        else:
            self.context.signals.data_changed.emit("all")

    def offer_interview_drafts(self) -> None:
        """Once after start-up: the Gesprekken screen offers a conversation left open."""
        page = self.page("interview")
        offer = getattr(page, "offer_drafts", None)
        if callable(offer):
            offer()

    # -- import and export ---------------------------------------------------------------------
    def open_import_dialog(self, kind: str, path: Path | None = None) -> QWidget | None:
        if self.context.db is None:
            self.show_status(self.tr("Even geduld: de database wordt nog geopend."))
            return None
        if not self.context.permissions.may(main_actions.IMPORT_RIGHTS[kind]):
            self.show_status(self.context.permissions.refusal())  # e.g. a file dropped
            return None
        from competentieplanner.ui.dialogs.import_dialog import ImportDialog

        dialog = ImportDialog(self.context, kind, path, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda *_: setattr(self, "import_dialog", None))
        self.import_dialog = dialog
        dialog.open()
        return dialog

    def export_excel(self) -> None:
        page = self.show_page("reports")
        action = getattr(page, "export_hrm_workbook", None)
        if callable(action):
            action()

    def export_pdf(self) -> None:
        page = self.show_page("reports")
        focus = getattr(page, "focus_pdf", None)
        if callable(focus):
            focus()

    @staticmethod
    def _dropped_file(event: QDragEnterEvent | QDropEvent) -> Path | None:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        if len(urls) != 1 or not urls[0].isLocalFile():
            return None
        path = Path(urls[0].toLocalFile())
        return path if import_kind.is_importable(path) else None

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._dropped_file(event) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        path = self._dropped_file(event)
        if path is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self.import_dropped_file(path)

    def import_dropped_file(self, path: Path) -> QWidget | None:
        return self.open_import_dialog(import_kind.detect_import_kind(path), path)

    # -- extra and help ------------------------------------------------------------------------
    def set_language(self, code: str) -> None:
        if code == i18n.configured_language(self.context.settings):
            return
        i18n.set_configured_language(self.context.settings, code)
        self.show_status(
            self.tr("De nieuwe taal wordt gebruikt nadat u Competentieplanner opnieuw start.")
        )

    def open_settings(self) -> SettingsDialog:
        from competentieplanner.ui.dialogs.settings import SettingsDialog

        dialog = SettingsDialog(self.context.settings, self, context=self.context)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def accepted() -> None:
            code = i18n.configured_language(self.context.settings)
            self.language_actions[code].setChecked(True)

        dialog.accepted.connect(accepted)
        dialog.open()
        return dialog

    def open_retention_due(self) -> QWidget | None:
        """Extra ▸ Te verwijderen gegevens (AVG): what is past its term, and the backups."""
        if self.context.db is None:
            self.show_status(self.tr("Even geduld: de database wordt nog geopend."))
            return None
        from competentieplanner.ui.dialogs.retention_due import RetentionDueDialog

        dialog = RetentionDueDialog(self.context, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_help(self) -> HelpWindow:
        """F1: the manual, opened at the section of the current screen (one window, reused)."""
        from competentieplanner.ui.help_window import HelpWindow

        window = self.findChild(HelpWindow)
        if window is None:
            window = HelpWindow(self)
        window.show()
        window.show_screen(self.current_page_key())
        window.activateWindow()
        return window

    def print_report(self) -> None:
        page = self.show_page("reports")
        action = getattr(page, "print_current_report", None)
        if callable(action):
            action()

    def open_about(self) -> AboutDialog:
        from competentieplanner.ui.dialogs.about import AboutDialog

        dialog = AboutDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    # -- window state --------------------------------------------------------------------------
    def restore_window_state(self) -> None:
        geometry = self.context.settings.value(GEOMETRY_KEY)
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            # First start: a comfortable size that still fits a small laptop screen.
            screen = self.screen().availableGeometry()
            self.resize(min(1280, int(screen.width() * 0.92)), min(800, int(screen.height() * 0.9)))
        state = self.context.settings.value(STATE_KEY)
        if state is not None:
            self.restoreState(state)

    def _close_confirmed(self) -> None:
        self._leaving_confirmed = True
        try:
            self.close()
        finally:
            self._leaving_confirmed = False

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._leaving_confirmed and not self.ask_before_leaving(self._close_confirmed):
            event.ignore()  # closes once the unsaved input is saved or discarded
            return
        for slot in self.pages.values():
            can_close = getattr(slot.widget, "can_close", None)
            if callable(can_close) and not can_close():
                event.ignore()
                return
        if self.context.tasks.running():
            # Exports write to a temporary file, so stopping them leaves nothing half written;
            # background loads just stop. Wait for the threads before the database goes away.
            self.context.tasks.cancel_all()
            self.context.tasks.wait_for_all(CLOSE_WAIT_MS)
        self.context.settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        self.context.settings.setValue(STATE_KEY, self.saveState())
        self.context.settings.sync()
        super().closeEvent(event)
