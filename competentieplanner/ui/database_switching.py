"""Which database the window shows: new, open, recent, switching, the demo offer on the very first
start (never the default answer), and the database line of the status bar.

All database work runs through :mod:`competentieplanner.ui.operations.database`, off the GUI
thread; this controller only holds the state (the recent list, the open question) and updates
the window when a result arrives.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QAbstractButton, QFileDialog, QMessageBox

from competentieplanner.domain.errors import UserError
from competentieplanner.ui import formatting, tasks
from competentieplanner.ui.dialogs.server_sign_in import ServerSignInDialog
from competentieplanner.ui.operations import access
from competentieplanner.ui.operations import database as operations

if TYPE_CHECKING:
    from competentieplanner.persistence.database import Database
    from competentieplanner.services.demo import DemoSummary
    from competentieplanner.services.workspace import DatabaseSummary
    from competentieplanner.ui.main_window import MainWindow

RECENT_KEY = "database/recent"
SERVER_KEY = "database/server"  # the last server URL, never with a password
LAST_KEY = "database/last"
#: Set once the demo municipality was offered: it is offered on the very first start only.
DEMO_OFFERED_KEY = "database/demo_offered"
MAX_RECENT = 8


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


DATABASE_FILTER = _tr("Competentieplanner-database (*.db)")


def _read_only_status() -> str:
    return _tr(
        "Database alleen-lezen geopend: {name}. U kunt gegevens bekijken; wijzigingen kunnen "
        "niet worden opgeslagen."
    )


class DatabaseSwitcher(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.context = window.context
        self.demo_question: QMessageBox | None = None
        #: The latest database task (opening, the demo): tests and start-up wait for it.
        self.last_task: tasks.TaskHandle[Any] | None = None

    # -- the recent list -------------------------------------------------------------------
    def recent_databases(self) -> list[str]:
        value = self.context.settings.value(RECENT_KEY, [])
        if isinstance(value, str):  # QSettings' INI format reads a one-item list as text
            value = [value]
        return [str(v) for v in value if v] if isinstance(value, list) else []

    def remember(self, db: Database) -> None:
        if db.file is None:
            return
        path = str(db.file)
        recent = [p for p in self.recent_databases() if p != path]
        recent.insert(0, path)
        self.context.settings.setValue(RECENT_KEY, recent[:MAX_RECENT])
        self.context.settings.setValue(LAST_KEY, path)

    def fill_recent_menu(self) -> None:
        menu = self.window.recent_menu
        menu.clear()
        recent = self.recent_databases()
        if not recent:
            empty = menu.addAction(_tr("(geen)"))
            empty.setEnabled(False)
            return
        for position, path in enumerate(recent, start=1):
            action = menu.addAction(f"&{position} {path}" if position < 10 else path)
            action.setData(path)
            action.triggered.connect(lambda _=False, p=path: self.open_path(Path(p)))
        menu.addSeparator()
        clear = menu.addAction(_tr("Lijst wissen"))
        clear.triggered.connect(lambda: self.context.settings.setValue(RECENT_KEY, []))

    # -- new and open ------------------------------------------------------------------------
    def _folder(self) -> str:
        db_file = self.context.db.file if self.context.db is not None else None
        return str(db_file.parent) if db_file else str(Path.home())

    def new_database(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self.window,
            _tr("Nieuwe database"),
            str(Path(self._folder()) / "nieuw.db"),
            DATABASE_FILTER,
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if path:
            self.create_path(Path(path))

    def create_path(self, path: Path) -> tasks.TaskHandle[Database] | None:
        if path.suffix == "":
            path = path.with_suffix(".db")
        if path.exists():
            tasks.show_user_error(
                self.window,
                _tr("Nieuwe database"),
                UserError(
                    _tr(
                        "Het bestand {name} bestaat al. Kies een nieuwe naam, of open het "
                        "bestand met Bestand ▸ Database openen."
                    ).format(name=str(path))
                ),
            )
            return None
        return self.open_path(path, title=_tr("Nieuwe database aanmaken"))

    def open_dialog(self) -> None:
        """Database openen: a file (Bestand) or a shared database on a server (Server)."""
        choice = QMessageBox(
            QMessageBox.Icon.Question,
            _tr("Database openen"),
            _tr("Welke database wilt u openen?"),
            QMessageBox.StandardButton.Cancel,
            self.window,
        )
        file_button = choice.addButton(_tr("&Bestand…"), QMessageBox.ButtonRole.AcceptRole)
        server_button = choice.addButton(_tr("&Server…"), QMessageBox.ButtonRole.AcceptRole)
        choice.setDefaultButton(file_button)
        choice.exec()
        if choice.clickedButton() is server_button:
            self.open_server_dialog()
        elif choice.clickedButton() is file_button:
            self.open_file_dialog()

    def open_server_dialog(self) -> ServerSignInDialog:
        """Sign in to a server; the URL without its password is remembered for next time."""
        dialog = ServerSignInDialog(self.window, str(self.context.settings.value(SERVER_KEY, "")))

        def accepted() -> None:
            self.context.settings.setValue(SERVER_KEY, dialog.url(with_password=False))
            self.last_task = operations.open_database(
                self.context,
                self.window,
                path=dialog.url(),
                title=_tr("Aanmelden bij de server"),
                on_done=self.switch_to,
            )

        dialog.accepted.connect(accepted)
        dialog.open()
        return dialog

    def open_file_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.window, _tr("Database openen"), self._folder(), DATABASE_FILTER
        )
        if path:
            self.open_path(Path(path))

    def open_path(
        self, path: Path, *, title: str | None = None
    ) -> tasks.TaskHandle[Database] | None:
        current = self.context.db
        if current is not None and current.file is not None and path.resolve() == current.file:
            self.window.show_status(_tr("Deze database is al geopend."))
            return None
        # Unsaved input belongs to the database that is open now: save or discard it first.
        def go() -> None:
            self._open(path, title)

        if not self.window.ask_before_leaving(go):
            return None
        return self._open(path, title)

    def _open(self, path: Path, title: str | None) -> tasks.TaskHandle[Database]:
        self.last_task = operations.open_database(
            self.context,
            self.window,
            path=path,
            title=title or _tr("Database openen"),
            on_done=self.switch_to,
        )
        return self.last_task

    def switch_to(self, db: Database) -> None:
        """Make ``db`` the open database: every screen re-reads, the undo history starts afresh."""
        old = self.context.db
        very_first_start = old is None and not self.recent_databases()
        self.context.db = db
        access.load_permissions(self.context, self.window)  # what this login's role may do
        self.context.undo_stack.clear()
        if old is not None and old is not db:
            operations.close_database(self.context, old)
        self.remember(db)
        self.update_title()
        self.window.database_opened(first=old is None)
        if db.read_only:  # say it at once: edits would only fail on saving
            self.window.show_status(_read_only_status().format(name=db.display_name))
            return
        self.window.show_status(_tr("Database geopend: {name}").format(name=db.display_name))
        # A database the user made or opened later is meant for real people: no demo there.
        if very_first_start and not self.context.settings.value(DEMO_OFFERED_KEY, False, bool):
            self.offer_demo_if_empty()

    def show_no_database(self) -> None:
        """Start-up could not open a database: say what to do instead of 'opening…'."""
        if self.context.db is not None:
            return
        self.window.show_placeholder_text(
            _tr(
                "Er is geen database geopend. Kies Bestand ▸ Database openen, of maak een nieuwe "
                "database met Bestand ▸ Nieuwe database."
            )
        )
        self.window.database_label.setText(_tr("Geen database"))

    # -- title and status bar ---------------------------------------------------------------
    def update_title(self) -> None:
        db = self.context.db
        if db is None:
            self.window.setWindowTitle("Competentieplanner")
            return
        name = Path(db.display_name).name
        if db.read_only:
            name = _tr("{name} (alleen-lezen)").format(name=name)
        self.window.setWindowTitle(f"{name} — Competentieplanner")
        self.window.setWindowFilePath(db.display_name if db.file else "")

    def refresh_status(self) -> None:
        label = self.window.database_label
        db = self.context.db
        if db is None:
            label.setText(_tr("Database wordt geopend…"))
            return

        def show(summary: DatabaseSummary | None) -> None:
            if db is not self.context.db:
                return  # switched meanwhile: a newer refresh follows
            if summary is None:
                label.setText(db.display_name)
                return
            label.setText(
                _tr("{name} · {count} medewerkers").format(
                    name=Path(summary.display_name).name, count=formatting.count(summary.employees)
                )
            )
            label.setToolTip(summary.display_name)

        operations.read_summary(self.context, self.window, on_done=show)

    # -- first start: the demo municipality --------------------------------------------------
    def offer_demo_if_empty(self) -> None:
        """Ask whether to load the demo municipality when the open database has no staff."""
        db = self.context.db
        if db is None:
            return

        def ask(summary: DatabaseSummary | None) -> None:
            if summary is not None and summary.is_empty and db is self.context.db:
                self.context.settings.setValue(DEMO_OFFERED_KEY, True)
                self._ask_for_demo()

        operations.read_summary(self.context, self.window, on_done=ask)

    def _ask_for_demo(self) -> None:
        box = QMessageBox(self.window)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(_tr("Lege database"))
        box.setText(
            _tr("Wilt u de demogemeente Dijkwaarden laden om de mogelijkheden te verkennen?")
        )
        box.setInformativeText(
            _tr(
                "De demogemeente is volledig fictief: 120 medewerkers met beoordelingen en "
                "ontwikkelplannen. Voor echt gebruik maakt u later een nieuwe, lege database "
                "aan (Bestand ▸ Nieuwe database)."
            )
        )
        load = box.addButton(_tr("Demogemeente laden"), QMessageBox.ButtonRole.AcceptRole)
        empty = box.addButton(_tr("Leeg beginnen"), QMessageBox.ButtonRole.RejectRole)
        # Enter must never fill a database with fictional people.
        box.setDefaultButton(empty)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def answered(button: QAbstractButton) -> None:
            self.demo_question = None
            if button is load:
                self.load_demo()

        box.buttonClicked.connect(answered)
        self.demo_question = box
        box.open()

    def load_demo(self) -> tasks.TaskHandle[DemoSummary]:
        def done(summary: DemoSummary) -> None:
            self.context.signals.data_changed.emit("all")
            self.window.show_status(
                _tr("Demogemeente geladen: {count} medewerkers.").format(count=summary.employees)
            )

        self.last_task = operations.load_demo(
            self.context, self.window, title=_tr("Demogemeente aanmaken"), on_done=done
        )
        return self.last_task
