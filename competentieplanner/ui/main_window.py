"""The main window: navigation, menus, toolbar, status bar, database switching, drag and drop.

Screens are built the first time they are shown (start-up stays quick) and re-read their data
when they become visible after something changed (``AppSignals.data_changed``).
"""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer, Slot
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QIcon,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QStackedWidget,
    QStyle,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from competentieplanner.domain.errors import UserError
from competentieplanner.services import import_kind
from competentieplanner.ui import formatting, i18n, tasks
from competentieplanner.ui.context import AppContext
from competentieplanner.ui.icons import action_icon, app_icon
from competentieplanner.ui.pages import (
    PAGES,
    PageSpec,
    import_page_module,
    page_available,
    page_class,
)
from competentieplanner.ui.undo_actions import undo_redo_actions
from competentieplanner.ui.widgets.common import EmptyState

if TYPE_CHECKING:  # the database stack is imported on first use: the window shows sooner
    from competentieplanner.persistence.database import Database

RECENT_KEY = "database/recent"
LAST_KEY = "database/last"
GEOMETRY_KEY = "window/geometry"
STATE_KEY = "window/state"
MAX_RECENT = 8
#: How long closing waits for running work to notice the cancel request.
CLOSE_WAIT_MS = 10_000
DATABASE_FILTER = QCoreApplication.translate("MainWindow", "Competentieplanner-database (*.db)")
IMPORT_DIALOG_MODULE = "competentieplanner.ui.dialogs.import_dialog"

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

    def __init__(self, spec: PageSpec, placeholder: QWidget) -> None:
        self.spec = spec
        self.widget: QWidget | None = None
        self.placeholder = placeholder
        self.stale = False


class MainWindow(QMainWindow):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowIcon(app_icon())
        self.setAcceptDrops(True)
        self.setMinimumSize(QSize(960, 600))
        self.import_dialog: QWidget | None = None
        self.demo_question: QMessageBox | None = None
        self.last_task: tasks.TaskHandle[Any] | None = None

        self.navigation = QListWidget(self)
        self.navigation.setObjectName("navigation")
        self.navigation.setAccessibleName(self.tr("Navigatie"))
        self.navigation.setFixedWidth(220)
        self.navigation.setUniformItemSizes(True)
        self.stack = QStackedWidget(self)
        self.pages: dict[str, _Page] = {}
        self._build_pages()

        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        nav_column = QVBoxLayout()
        nav_column.setContentsMargins(0, 0, 0, 0)
        nav_column.addWidget(self.navigation)
        layout.addLayout(nav_column)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self._build_status_bar()

        self.navigation.currentRowChanged.connect(self._on_navigation)
        signals = context.signals
        signals.data_changed.connect(self._on_data_changed)
        signals.navigate.connect(self.navigate)
        signals.status_message.connect(self._show_status)
        if self.navigation.count():
            self.navigation.setCurrentRow(0)
        self._update_title()
        QTimer.singleShot(0, self._refresh_status)

    # -- pages ---------------------------------------------------------------------------------
    def _build_pages(self) -> None:
        for spec in PAGES:
            if not page_available(spec):
                continue
            placeholder = EmptyState(self.tr("Database wordt geopend…"), self.stack)
            self.stack.addWidget(placeholder)
            self.pages[spec.key] = _Page(spec, placeholder)
            item = QListWidgetItem(self._page_title(spec))
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            item.setSizeHint(QSize(200, 36))
            self.navigation.addItem(item)

    @staticmethod
    def _page_title(spec: PageSpec) -> str:
        return QCoreApplication.translate("MainWindow", spec.title)

    def page_keys(self) -> list[str]:
        return list(self.pages)

    def page(self, key: str) -> QWidget | None:
        """The screen widget, built on first use; None when this build has no such screen."""
        slot = self.pages.get(key)
        if slot is None:
            return None
        if slot.widget is None:
            if self.context.db is None:
                return slot.placeholder  # still opening the database
            module = import_page_module(slot.spec)
            cls = page_class(slot.spec, module) if module is not None else None
            if cls is None:
                slot.placeholder.setText(self.tr("Dit scherm is in deze uitgave niet beschikbaar."))
                return slot.placeholder
            widget = cls(self.context, self.stack)
            index = self.stack.indexOf(slot.placeholder)
            self.stack.insertWidget(index, widget)
            self.stack.removeWidget(slot.placeholder)
            slot.placeholder.deleteLater()
            slot.widget = widget
            slot.stale = False
        return slot.widget

    def current_page_key(self) -> str | None:
        item = self.navigation.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def show_page(self, key: str) -> QWidget | None:
        keys = self.page_keys()
        if key not in keys:
            return None
        self.navigation.setCurrentRow(keys.index(key))
        return self.page(key)

    @Slot(int)
    def _on_navigation(self, row: int) -> None:
        if row < 0:
            return
        key = self.page_keys()[row]
        widget = self.page(key)
        slot = self.pages[key]
        if widget is None:
            return
        self.stack.setCurrentWidget(widget)
        if slot.stale and slot.widget is not None:
            slot.stale = False
            widget.reload()  # type: ignore[attr-defined]
        action = self.page_actions.get(key)
        if action is not None:
            action.setChecked(True)

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
        self._refresh_status()

    @Slot(str, object)
    def navigate(self, kind: str, payload: object) -> None:
        """Show the screen for ``kind`` ("employee", "team", "plan", ... or a screen key)."""
        key = NAVIGATION_TARGETS.get(kind, kind)
        widget = self.show_page(key)
        if widget is None:
            return
        opener = getattr(widget, "open_item", None)
        if callable(opener) and payload is not None:
            opener(kind, payload)

    # -- actions and menus ---------------------------------------------------------------------
    def _action(
        self,
        text: str,
        slot: Any,
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
        icon: QIcon | None = None,
        tip: str = "",
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(
                shortcut if isinstance(shortcut, QKeySequence) else QKeySequence(shortcut)
            )
        if icon is not None:
            action.setIcon(icon)
        if tip:
            action.setStatusTip(tip)
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        sp = QStyle.StandardPixmap
        ti = QIcon.ThemeIcon
        self.new_db_action = self._action(
            self.tr("&Nieuwe database…"),
            self.new_database,
            QKeySequence.StandardKey.New,
            action_icon(ti.DocumentNew, sp.SP_FileIcon),
            self.tr("Een nieuwe, lege database aanmaken"),
        )
        self.open_db_action = self._action(
            self.tr("Database &openen…"),
            self.open_database_dialog,
            QKeySequence.StandardKey.Open,
            action_icon(ti.DocumentOpen, sp.SP_DialogOpenButton),
            self.tr("Een bestaande database openen"),
        )
        self.import_staff_action = self._action(
            self.tr("&Medewerkers…"),
            lambda: self.open_import_dialog(import_kind.STAFF),
            icon=action_icon(ti.DocumentSend, sp.SP_ArrowDown),
            tip=self.tr("Medewerkers importeren uit Excel of CSV"),
        )
        self.import_staff_action.setIconText(self.tr("Importeren"))
        self.import_assessments_action = self._action(
            self.tr("&Beoordelingen…"), lambda: self.open_import_dialog(import_kind.ASSESSMENTS)
        )
        self.import_catalogue_action = self._action(
            self.tr("&Opleidingscatalogus…"), lambda: self.open_import_dialog(import_kind.CATALOGUE)
        )
        self.export_excel_action = self._action(
            self.tr("&Excel-overzicht…"),
            self.export_excel,
            "Ctrl+E",
            action_icon(ti.DocumentSaveAs, sp.SP_DialogSaveButton),
            self.tr("Het HRM-overzicht als Excel-werkmap opslaan"),
        )
        self.export_pdf_action = self._action(
            self.tr("&PDF…"),
            self.export_pdf,
            "Ctrl+P",
            action_icon(ti.DocumentPrint, sp.SP_FileDialogDetailedView),
            self.tr("Een PDF-rapport maken"),
        )
        self.quit_action = self._action(
            self.tr("&Afsluiten"), self.close, QKeySequence.StandardKey.Quit
        )
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)

        self.undo_action, self.redo_action = undo_redo_actions(self.context, self)
        self.undo_action.setIcon(action_icon(ti.EditUndo, sp.SP_ArrowBack))
        self.redo_action.setIcon(action_icon(ti.EditRedo, sp.SP_ArrowForward))

        self.page_actions: dict[str, QAction] = {}
        group = QActionGroup(self)
        group.setExclusive(True)
        for position, spec in enumerate(PAGES, start=1):
            if spec.key not in self.pages:
                continue
            # "&" would mark a keyboard mnemonic in a menu: "Profielen && competenties".
            action = QAction(self._page_title(spec).replace("&", "&&"), self)
            action.setCheckable(True)
            action.setShortcut(QKeySequence(f"Ctrl+{position}"))
            action.triggered.connect(lambda _=False, key=spec.key: self.show_page(key))
            group.addAction(action)
            self.page_actions[spec.key] = action

        self.language_actions: dict[str, QAction] = {}
        languages = QActionGroup(self)
        current = i18n.configured_language(self.context.settings)
        for code, name in i18n.LANGUAGES.items():
            action = QAction(name, self)
            action.setCheckable(True)
            action.setChecked(code == current)
            action.triggered.connect(lambda _=False, code=code: self.set_language(code))
            languages.addAction(action)
            self.language_actions[code] = action
        self.settings_action = self._action(self.tr("&Instellingen…"), self.open_settings)
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.about_action = self._action(self.tr("&Over Competentieplanner…"), self.open_about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&Bestand"))
        file_menu.addAction(self.new_db_action)
        file_menu.addAction(self.open_db_action)
        self.recent_menu = file_menu.addMenu(self.tr("&Recente databases"))
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self._fill_recent_menu()
        file_menu.addSeparator()
        import_menu = file_menu.addMenu(self.tr("&Importeren"))
        import_menu.addAction(self.import_staff_action)
        import_menu.addAction(self.import_assessments_action)
        import_menu.addAction(self.import_catalogue_action)
        export_menu = file_menu.addMenu(self.tr("&Exporteren"))
        export_menu.addAction(self.export_excel_action)
        export_menu.addAction(self.export_pdf_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)

        edit_menu = bar.addMenu(self.tr("Be&werken"))
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)

        view_menu = bar.addMenu(self.tr("Bee&ld"))
        for action in self.page_actions.values():
            view_menu.addAction(action)

        extra_menu = bar.addMenu(self.tr("E&xtra"))
        language_menu = extra_menu.addMenu(self.tr("&Taal"))
        for action in self.language_actions.values():
            language_menu.addAction(action)
        extra_menu.addAction(self.settings_action)

        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.about_action)
        self.menus = {
            "file": file_menu,
            "import": import_menu,
            "export": export_menu,
            "edit": edit_menu,
            "view": view_menu,
            "extra": extra_menu,
            "language": language_menu,
            "help": help_menu,
        }

    def _build_toolbar(self) -> None:
        toolbar = QToolBar(self.tr("Werkbalk"), self)
        toolbar.setObjectName("main_toolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.setIconSize(QSize(18, 18))
        toolbar.addAction(self.open_db_action)
        toolbar.addSeparator()
        toolbar.addAction(self.import_staff_action)
        toolbar.addAction(self.export_excel_action)
        toolbar.addAction(self.export_pdf_action)
        toolbar.addSeparator()
        toolbar.addAction(self.undo_action)
        toolbar.addAction(self.redo_action)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)
        self.toolbar = toolbar

    def _build_status_bar(self) -> None:
        # Shown while background work takes longer than a moment: the window stays usable.
        self.busy_indicator = QProgressBar(self)
        self.busy_indicator.setRange(0, 0)
        self.busy_indicator.setMaximumWidth(120)
        self.busy_indicator.setTextVisible(False)
        self.busy_indicator.setAccessibleName(self.tr("Bezig"))
        self.busy_indicator.hide()
        self.statusBar().addPermanentWidget(self.busy_indicator)
        self.context.tasks.busy_changed.connect(self.busy_indicator.setVisible)
        self.database_label = QLabel(self)
        self.database_label.setAccessibleName(self.tr("Database"))
        self.statusBar().addPermanentWidget(self.database_label)

    @Slot(str)
    def _show_status(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    @Slot()
    def _refresh_status(self) -> None:
        if self.context.db is None:
            self.database_label.setText(self.tr("Database wordt geopend…"))
            return
        from competentieplanner.services import workspace

        try:
            with self.context.db.unit_of_work() as uow:
                summary = workspace.database_summary(uow)
        except Exception:  # the status line must never take the window down
            self.database_label.setText(self.context.db.display_name)
            return
        self.database_label.setText(
            self.tr("{name} · {count} medewerkers").format(
                name=Path(summary.display_name).name, count=formatting.count(summary.employees)
            )
        )
        self.database_label.setToolTip(summary.display_name)

    def _update_title(self) -> None:
        db = self.context.db
        if db is None:
            self.setWindowTitle("Competentieplanner")
            return
        self.setWindowTitle(f"{Path(db.display_name).name} — Competentieplanner")
        self.setWindowFilePath(db.display_name if db.file else "")

    # -- databases -----------------------------------------------------------------------------
    def recent_databases(self) -> list[str]:
        value = self.context.settings.value(RECENT_KEY, [])
        if isinstance(value, str):
            value = [value]
        return [str(v) for v in (value or []) if v]

    def _remember_database(self, db: Database) -> None:
        if db.file is None:
            return
        path = str(db.file)
        recent = [p for p in self.recent_databases() if p != path]
        recent.insert(0, path)
        self.context.settings.setValue(RECENT_KEY, recent[:MAX_RECENT])
        self.context.settings.setValue(LAST_KEY, path)

    def _fill_recent_menu(self) -> None:
        menu = self.recent_menu
        menu.clear()
        recent = self.recent_databases()
        if not recent:
            empty = menu.addAction(self.tr("(geen)"))
            empty.setEnabled(False)
            return
        for position, path in enumerate(recent, start=1):
            action = menu.addAction(f"&{position} {path}" if position < 10 else path)
            action.setData(path)
            action.triggered.connect(lambda _=False, p=path: self.open_database_path(Path(p)))
        menu.addSeparator()
        clear = menu.addAction(self.tr("Lijst wissen"))
        clear.triggered.connect(lambda: self.context.settings.setValue(RECENT_KEY, []))

    def _database_folder(self) -> str:
        db_file = self.context.db.file if self.context.db is not None else None
        return str(db_file.parent) if db_file else str(Path.home())

    def new_database(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Nieuwe database"),
            str(Path(self._database_folder()) / "nieuw.db"),
            DATABASE_FILTER,
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if path:
            self.create_database_path(Path(path))

    def create_database_path(self, path: Path) -> tasks.TaskHandle[Database] | None:
        if path.suffix == "":
            path = path.with_suffix(".db")
        if path.exists():
            tasks.show_user_error(
                self,
                self.tr("Nieuwe database"),
                UserError(
                    self.tr(
                        "Het bestand {name} bestaat al. Kies een nieuwe naam, of open het "
                        "bestand met Bestand ▸ Database openen."
                    ).format(name=str(path))
                ),
            )
            return None
        return self.open_database_path(path, title=self.tr("Nieuwe database aanmaken"))

    def open_database_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Database openen"), self._database_folder(), DATABASE_FILTER
        )
        if path:
            self.open_database_path(Path(path))

    def open_database_path(
        self, path: Path, *, title: str | None = None
    ) -> tasks.TaskHandle[Database] | None:
        from competentieplanner.services.database import open_database

        current = self.context.db
        if current is not None and current.file is not None and path.resolve() == current.file:
            self._show_status(self.tr("Deze database is al geopend."))
            return None
        self.last_task = self.context.tasks.run(
            self,
            title or self.tr("Database openen"),
            lambda _progress: open_database(path),
            self.switch_database,
            cancellable=False,
        )
        return self.last_task

    def switch_database(self, db: Database) -> None:
        """Make ``db`` the open database: every screen re-reads, the undo history starts afresh."""
        old = self.context.db
        self.context.db = db
        self.context.undo_stack.clear()
        if old is not None and old is not db:
            old.dispose()
        self._remember_database(db)
        self._update_title()
        if old is None:
            self._on_navigation(self.navigation.currentRow())  # build the first screen now
            self._refresh_status()
        else:
            self.context.signals.data_changed.emit("all")
        self._show_status(self.tr("Database geopend: {name}").format(name=db.display_name))
        self.offer_demo_if_empty()

    def show_no_database(self) -> None:
        """Start-up could not open a database: say what to do instead of 'opening…'."""
        if self.context.db is not None:
            return
        text = self.tr(
            "Er is geen database geopend. Kies Bestand ▸ Database openen, of maak een nieuwe "
            "database met Bestand ▸ Nieuwe database."
        )
        for slot in self.pages.values():
            slot.placeholder.setText(text)
        self.database_label.setText(self.tr("Geen database"))

    # -- first start: the demo municipality --------------------------------------------------
    def offer_demo_if_empty(self) -> QMessageBox | None:
        from competentieplanner.services import workspace

        if self.context.db is None:
            return None
        with self.context.db.unit_of_work() as uow:
            if not workspace.database_summary(uow).is_empty:
                return None
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Lege database"))
        box.setText(
            self.tr("Wilt u de demogemeente Dijkwaarden laden om de mogelijkheden te verkennen?")
        )
        box.setInformativeText(
            self.tr(
                "De demogemeente is volledig fictief: 120 medewerkers met beoordelingen en "
                "ontwikkelplannen. Voor echt gebruik maakt u later een nieuwe, lege database "
                "aan (Bestand ▸ Nieuwe database)."
            )
        )
        load = box.addButton(self.tr("Demogemeente laden"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Leeg beginnen"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(load)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.buttonClicked.connect(lambda button: self._demo_answer(button is load))
        self.demo_question = box
        box.open()
        return box

    def _demo_answer(self, load: bool) -> None:
        self.demo_question = None
        if load:
            self.load_demo()

    def load_demo(self) -> tasks.TaskHandle[Any]:
        from competentieplanner.services.demo import generate_demo

        db = self.context.db

        def done(summary: Any) -> None:
            self.context.signals.data_changed.emit("all")
            self._show_status(
                self.tr("Demogemeente geladen: {count} medewerkers.").format(
                    count=summary.employees
                )
            )

        self.last_task = self.context.tasks.run(
            self,
            self.tr("Demogemeente aanmaken"),
            lambda _progress: generate_demo(db),
            done,
            cancellable=False,
        )
        return self.last_task

    def offer_interview_drafts(self) -> None:
        """Once after start-up: the Gesprekken screen offers a conversation left open."""
        if "interview" not in self.pages:
            return
        page = self.page("interview")
        offer = getattr(page, "offer_drafts", None)
        if callable(offer):
            offer()

    # -- import and export ---------------------------------------------------------------------
    def open_import_dialog(self, kind: str, path: Path | None = None) -> QWidget | None:
        if self.context.db is None:
            self._show_status(self.tr("Even geduld: de database wordt nog geopend."))
            return None
        try:
            module = importlib.import_module(IMPORT_DIALOG_MODULE)
        except ModuleNotFoundError as exc:
            if exc.name != IMPORT_DIALOG_MODULE:
                raise
            tasks.show_user_error(
                self,
                self.tr("Importeren"),
                UserError(self.tr("Importeren is in deze uitgave nog niet beschikbaar.")),
            )
            return None
        dialog = module.ImportDialog(self.context, kind, path, self)
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
        self._show_status(
            self.tr("De nieuwe taal wordt gebruikt nadat u Competentieplanner opnieuw start.")
        )

    def open_settings(self) -> QWidget:
        from competentieplanner.ui.dialogs.settings import SettingsDialog

        dialog = SettingsDialog(self.context.settings, self, context=self.context)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def accepted() -> None:
            code = i18n.configured_language(self.context.settings)
            self.language_actions[code].setChecked(True)

        dialog.accepted.connect(accepted)
        dialog.open()
        return dialog

    def open_about(self) -> QWidget:
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

    def closeEvent(self, event: QCloseEvent) -> None:
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
