"""The main window: navigation, shortcuts, menus, undo/redo, databases, first start, geometry."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import Workbook
from PySide6.QtCore import QMimeData, QPoint, QPointF, QSettings, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from competentieplanner.persistence.database import Database
from competentieplanner.services.database import open_database
from competentieplanner.services.workspace import database_summary
from competentieplanner.ui.commands import EditCommand
from competentieplanner.ui.context import AppContext
from competentieplanner.ui.database_switching import LAST_KEY, RECENT_KEY
from competentieplanner.ui.main_window import MainWindow
from competentieplanner.ui.operations import editing
from competentieplanner.ui.pages import PAGES, PageSpec
from tests.ui.gui_thread_guard import WAIVED, database_off_the_gui_thread
from tests.ui.shell_support import close_message_boxes, make_context, message_boxes, wait_for_tasks
from tests.unit_of_work_support import call

CONTRACT_ORDER = [
    "Overzicht",
    "Medewerkers",
    "Teams",
    "Profielen & competenties",
    "Opleidingen",
    "Plannen",
    "Gesprekken",
    "Rapportages",
    "Formatie",  # issue 13
    "Auditlog",
]


@pytest.fixture
def window(qtbot, demo_db: Database, tmp_path: Path) -> Iterator[MainWindow]:
    context = make_context(demo_db, tmp_path)
    win = MainWindow(context)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    wait_for_tasks(qtbot, win)
    yield win
    wait_for_tasks(qtbot, win)  # nothing may still be running when the next test starts


def _titles(win: MainWindow) -> list[str]:
    return [win.navigation.item(i).text() for i in range(win.navigation.count())]


def test_navigation_follows_the_contract_order_and_every_screen_builds(window, qtbot) -> None:
    titles = _titles(window)
    assert titles == [t for t in CONTRACT_ORDER if t in titles]
    for mine in ("Overzicht", "Medewerkers", "Teams", "Rapportages"):
        assert mine in titles
    for key in window.page_keys():
        page = window.show_page(key)
        assert page is not None and window.stack.currentWidget() is page
        assert callable(getattr(page, "reload", None))
        wait_for_tasks(qtbot, page)
    close_message_boxes()


def test_ctrl_number_shortcuts_and_keyboard_navigation(window, qtbot) -> None:
    keys = window.page_keys()
    for position, spec in enumerate(PAGES, start=1):
        if spec.key not in keys or position > 9:
            continue
        qtbot.keyClick(window, Qt.Key(Qt.Key.Key_0 + position), Qt.KeyboardModifier.ControlModifier)
        assert window.current_page_key() == spec.key
        assert window.page_actions[spec.key].isChecked()
        wait_for_tasks(qtbot, window)
    # Arrow keys in the navigation list move between screens too.
    window.show_page("overview")
    window.navigation.setFocus()
    qtbot.keyClick(window.navigation, Qt.Key.Key_Down)
    assert window.current_page_key() == keys[1]
    wait_for_tasks(qtbot, window)


def test_menus_hold_the_contract_actions(window) -> None:
    def texts(menu) -> list[str]:
        shown = [a.text().replace("&&", "\0") for a in menu.actions() if not a.isSeparator()]
        return [t.replace("&", "").replace("\0", "&") for t in shown]

    bar = [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert bar == ["Bestand", "Bewerken", "Beeld", "Extra", "Help"]
    assert texts(window.menus["file"]) == [
        "Nieuwe database…",
        "Database openen…",
        "Recente databases",
        "Importeren",
        "Exporteren",
        "Afdrukken…",
        "Afsluiten",
    ]
    assert texts(window.menus["import"]) == [
        "Medewerkers…",
        "Beoordelingen…",
        "Opleidingscatalogus…",
    ]
    assert texts(window.menus["export"]) == ["Excel-overzicht…", "PDF…"]
    assert texts(window.menus["edit"])[0].startswith("Ongedaan maken")
    assert texts(window.menus["edit"])[1].startswith("Opnieuw")
    assert texts(window.menus["view"]) == _titles(window)
    assert texts(window.menus["language"]) == ["Nederlands", "English"]
    assert "Instellingen…" in texts(window.menus["extra"])
    assert texts(window.menus["help"]) == ["Handleiding", "Over Competentieplanner…"]


class _Append(EditCommand):
    """A step whose work runs in a unit of work on the writer thread, like every edit."""

    def __init__(self, log: list[str], value: str) -> None:
        super().__init__(f"'{value}' toevoegen", "test", ("log", value))
        self.log, self.value = log, value

    def apply(self, uow, ledger) -> None:
        assert threading.current_thread() is not threading.main_thread()
        self.log.append(self.value)

    def revert(self, uow, ledger) -> None:
        self.log.remove(self.value)


def test_ctrl_z_and_ctrl_y_drive_the_shared_undo_stack(window, qtbot) -> None:
    log: list[str] = []
    editing.execute(window.context, window, _Append(log, "doel 4"))
    wait_for_tasks(qtbot, window)
    assert log == ["doel 4"]
    assert window.undo_action.text() == "Ongedaan maken 'doel 4' toevoegen"
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    wait_for_tasks(qtbot, window)
    assert log == []
    qtbot.keyClick(window, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    wait_for_tasks(qtbot, window)
    assert log == ["doel 4"]


def test_navigate_signal_opens_a_person_on_medewerkers(window, qtbot, demo_db: Database) -> None:
    page = window.show_page("employees")
    wait_for_tasks(qtbot, page)
    number = page.model.row_at(5).personnel_number
    window.show_page("overview")
    window.context.signals.navigate.emit("employee", number)
    assert window.current_page_key() == "employees"
    qtbot.waitUntil(lambda: page.detail.detail is not None, timeout=5000)
    assert page.detail.detail.employee.personnel_number == number


def test_geometry_and_database_are_remembered(qtbot, demo_db: Database, tmp_path: Path) -> None:
    context = make_context(demo_db, tmp_path)
    first = MainWindow(context)
    qtbot.addWidget(first)
    first.restore_window_state()
    # The offscreen screen is 800 x 800; stay inside it so the window manager changes nothing.
    first.setMinimumSize(400, 300)
    first.resize(760, 540)
    first.show()
    qtbot.waitExposed(first)
    wait_for_tasks(qtbot, first)
    assert first.close()
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    assert settings.value("window/geometry") is not None
    second = MainWindow(make_context(demo_db, tmp_path))
    qtbot.addWidget(second)
    second.setMinimumSize(400, 300)
    second.restore_window_state()
    assert (second.width(), second.height()) == (760, 540)
    wait_for_tasks(qtbot, second)


def test_open_another_database_switches_and_lists_it_as_recent(
    window, qtbot, tmp_path: Path, demo_db_path: Path
) -> None:
    other = tmp_path / "ander.db"
    open_database(other).dispose()  # an empty database with reference data only
    window.show_page("employees")
    wait_for_tasks(qtbot, window)
    handle = window.databases.open_path(other)
    assert handle is not None
    qtbot.waitUntil(lambda: handle.done, timeout=10000)
    assert window.context.db.file == other.resolve()
    assert "ander.db" in window.windowTitle()
    assert window.databases.recent_databases()[0] == str(other.resolve())
    assert window.context.settings.value(LAST_KEY) == str(other.resolve())
    # The screens re-read: the empty database has no staff.
    page = window.page("employees")
    wait_for_tasks(qtbot, page)
    assert page.model.rowCount() == 0
    assert page.states.currentWidget() is page.empty
    # An empty database opened later is the user's own: no demo offer (only on the first start).
    assert window.databases.demo_question is None
    assert call(window.context.db, database_summary).employees == 0
    # The recent menu offers the previous one again.
    window.databases.fill_recent_menu()
    entries = [a.data() for a in window.recent_menu.actions() if a.data()]
    assert entries[0] == str(other.resolve())


def test_accepting_the_demo_offer_fills_the_new_database(qtbot, tmp_path: Path) -> None:
    # The very first start: no database yet, the default one is new and empty.
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(AppContext(db=None, settings=settings))
    qtbot.addWidget(window)
    window.show()
    target = tmp_path / "nieuw.db"
    handle = window.databases.open_path(target)
    assert handle is not None
    qtbot.waitUntil(lambda: handle.done, timeout=10000)
    wait_for_tasks(qtbot, window)  # the offer follows once the new database proved empty
    question = window.databases.demo_question
    assert question is not None
    load = next(b for b in question.buttons() if b.text() == "Demogemeente laden")
    qtbot.mouseClick(load, Qt.MouseButton.LeftButton)
    demo_task = window.databases.last_task
    assert demo_task is not None
    qtbot.waitUntil(lambda: demo_task.done, timeout=60000)
    wait_for_tasks(qtbot, window)
    assert call(window.context.db, database_summary).employees == 120
    assert "120 medewerkers" in window.database_label.text()
    window.close()
    wait_for_tasks(qtbot, window)


def test_a_new_database_never_overwrites_an_existing_file(
    window, qtbot, demo_db_path: Path
) -> None:
    before = demo_db_path.stat().st_size
    assert window.databases.create_path(demo_db_path) is None
    boxes = message_boxes()
    assert boxes and "bestaat al" in boxes[0].text()
    assert demo_db_path.stat().st_size == before
    close_message_boxes()


def _drop(window: MainWindow, path: Path) -> bool:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    enter = QDragEnterEvent(
        QPoint(50, 50),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window, enter)
    if not enter.isAccepted():
        return False
    drop = QDropEvent(
        QPointF(50, 50),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window, drop)
    return True


def _workbook(path: Path, sheets: list[str]) -> Path:
    book = Workbook()
    book.active.title = sheets[0]
    for name in sheets[1:]:
        book.create_sheet(name)
    book.save(path)
    return path


@pytest.mark.parametrize(
    ("sheets", "kind"),
    [
        (["Medewerkers"], "staff"),
        (["Beoordeling", "Gedragsindicatoren"], "assessments"),
        (["Toelichting", "Opleidingen", "Effecten"], "catalogue"),
    ],
)
def test_dropping_a_workbook_opens_the_right_import(
    window, qtbot, tmp_path: Path, sheets, kind
) -> None:
    path = _workbook(tmp_path / "bestand.xlsx", sheets)
    assert _drop(window, path)
    dialog = window.import_dialog
    assert dialog is not None, "the import dialog (helper B) did not open"
    assert dialog.kind == kind
    dialog.close()
    wait_for_tasks(qtbot, dialog)
    close_message_boxes()


def test_dropping_something_else_is_refused(window, tmp_path: Path) -> None:
    other = tmp_path / "notitie.txt"
    other.write_text("geen import")
    assert not _drop(window, other)
    assert window.import_dialog is None


def test_language_choice_is_stored_and_announced(window) -> None:
    window.language_actions["en"].trigger()
    assert window.context.settings.value("ui/language") == "en"
    assert "opnieuw start" in window.statusBar().currentMessage()
    window.language_actions["nl"].trigger()
    assert window.context.settings.value("ui/language") == "nl"


def test_about_dialog_names_version_and_licences(window, qtbot) -> None:
    from competentieplanner import __version__

    dialog = window.open_about()
    qtbot.waitExposed(dialog)
    libraries = dialog.tabs.widget(1).toPlainText()
    for name, licence in (
        ("PySide6", "LGPLv3"),
        ("SQLAlchemy", "MIT"),
        ("openpyxl", "MIT"),
        ("ReportLab", "BSD"),
        ("Alembic", "MIT"),
        ("HiGHS", "MIT"),
        ("defusedxml", "PSF"),
    ):
        assert name in libraries and licence in libraries
    assert f"Versie {__version__}" in dialog.title_label.text()
    dialog.close()


def test_settings_dialog_stores_language_and_reopen_choice(window, qtbot) -> None:
    dialog = window.open_settings()
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.reopen.setChecked(False)
    dialog.accept()
    settings = window.context.settings
    assert settings.value("ui/language") == "en"
    assert settings.value("database/reopen_last") in (False, "false")
    assert window.language_actions["en"].isChecked()


def test_selfcheck_builds_every_screen(demo_db: Database) -> None:
    from competentieplanner.ui.selfcheck import build_and_close_main_window

    line = build_and_close_main_window(demo_db)
    assert line.startswith("gebouwd en gesloten")
    for key in ("overview", "employees", "teams", "reports"):
        assert key in line


def test_recent_list_keeps_the_newest_eight(window, tmp_path: Path) -> None:
    settings = window.context.settings
    settings.setValue(RECENT_KEY, [str(tmp_path / f"db{i}.db") for i in range(8)])
    extra = open_database(tmp_path / "nog-een.db")
    window.databases.remember(extra)
    extra.dispose()
    recent = window.databases.recent_databases()
    assert len(recent) == 8 and recent[0].endswith("nog-een.db")
    assert str(tmp_path / "db7.db") not in recent


def test_window_shows_before_the_database_is_open(
    qtbot, demo_db_path: Path, tmp_path: Path
) -> None:
    from competentieplanner.ui.app import build_main_window, open_startup_database

    settings = QSettings(str(tmp_path / "start.ini"), QSettings.Format.IniFormat)
    win = build_main_window(None, settings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    assert win.context.db is None
    assert win.windowTitle() == "Competentieplanner"
    placeholder = win.stack.currentWidget()
    assert "wordt geopend" in placeholder.text()
    # Menus and navigation already respond.
    win.show_page("teams")
    assert win.current_page_key() == "teams"
    handle = open_startup_database(win, str(demo_db_path))
    qtbot.waitUntil(lambda: handle.done, timeout=20000)
    wait_for_tasks(qtbot, win)
    assert win.context.db is not None and win.context.db.file == demo_db_path.resolve()
    page = win.stack.currentWidget()
    assert page is win.page("teams") and page.loaded
    assert settings.value(LAST_KEY) == str(demo_db_path.resolve())
    win.context.db.dispose()


def test_a_database_that_cannot_be_opened_leaves_a_usable_window(qtbot, tmp_path: Path) -> None:
    from competentieplanner.ui.app import build_main_window, open_startup_database

    not_a_database = tmp_path / "notities.db"
    not_a_database.write_text("dit is geen SQLite-bestand, maar gewone tekst " * 100)
    settings = QSettings(str(tmp_path / "start.ini"), QSettings.Format.IniFormat)
    win = build_main_window(None, settings)
    qtbot.addWidget(win)
    win.show()
    handle = open_startup_database(win, str(not_a_database))
    qtbot.waitUntil(lambda: handle.done, timeout=20000)
    boxes = message_boxes()
    assert len(boxes) == 1 and "notities.db" in boxes[0].text()
    assert win.context.db is None
    assert "Database openen" in win.stack.currentWidget().text()
    assert win.database_label.text() == "Geen database"
    close_message_boxes()


def test_prepare_interview_from_medewerkers_opens_gesprekken(window, qtbot) -> None:
    page = window.show_page("employees")
    qtbot.waitUntil(lambda: page.loaded, timeout=20000)
    number = page.model.row_at(2).personnel_number
    page.select_employee(number)
    page.show_detail_now()
    qtbot.waitUntil(lambda: page.detail.detail is not None, timeout=20000)  # read in the background
    qtbot.mouseClick(page.detail.interview_button, Qt.MouseButton.LeftButton)
    assert window.current_page_key() == "interview"
    wait_for_tasks(qtbot, window)


def test_a_screen_missing_from_the_build_stops_the_start(
    qtbot, demo_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from competentieplanner.ui import main_window

    gone = PageSpec("formatie", "competentieplanner.ui.views.no_such_screen", "Formatie")
    monkeypatch.setattr(main_window, "PAGES", (*PAGES, gone))
    with pytest.raises(ModuleNotFoundError, match="no_such_screen"):
        MainWindow(make_context(demo_db, tmp_path))


def test_a_screen_module_without_a_screen_raises_instead_of_a_placeholder(
    qtbot, demo_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from competentieplanner.ui import main_window

    (tmp_path / "screen_without_widget.py").write_text('"""A module with no screen in it."""\n')
    (tmp_path / "screen_that_cannot_import.py").write_text("import library_not_installed_x\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    empty = PageSpec("leeg", "screen_without_widget", "Leeg")
    broken = PageSpec("kapot", "screen_that_cannot_import", "Kapot")
    monkeypatch.setattr(main_window, "PAGES", (*PAGES, empty, broken))
    win = MainWindow(make_context(demo_db, tmp_path))
    qtbot.addWidget(win)
    assert win.page_keys()[-2:] == ["leeg", "kapot"]
    with pytest.raises(LookupError, match="screen_without_widget"):
        win.page("leeg")
    with pytest.raises(ModuleNotFoundError, match="library_not_installed_x"):
        win.page("kapot")
    wait_for_tasks(qtbot, win)


def test_every_screen_reads_off_the_gui_thread(window, qtbot, tmp_path: Path) -> None:
    """Build and reload every screen, switch the database and refresh the status bar under the
    GUI-thread guard. Only the screens other parts of issue 10 still convert are waived; the
    window itself, start-up and the page registry never are."""
    shell = {
        "app.py",
        "main_window.py",
        "main_actions.py",
        "database_switching.py",
        "pages.py",
        "screenshots.py",
        "selfcheck.py",
    }
    assert not WAIVED  # every screen and editor is off the GUI thread (issue 10)
    assert not shell & WAIVED
    assert not {name for name in WAIVED if name.startswith("operations/")}
    with database_off_the_gui_thread(WAIVED) as found:
        for key in window.page_keys():
            page = window.show_page(key)
            assert page is not None and page is not window.pages[key].placeholder
            wait_for_tasks(qtbot, window)
        window.context.signals.data_changed.emit("all")
        wait_for_tasks(qtbot, window)
        for key in window.page_keys():
            window.show_page(key)  # the stale ones reload now
            wait_for_tasks(qtbot, window)
        other = tmp_path / "tweede.db"
        open_database(other).dispose()
        handle = window.databases.open_path(other)
        assert handle is not None
        wait_for_tasks(qtbot, window)
        assert window.context.db.file == other.resolve()
        wait_for_tasks(qtbot, window)
    assert not found, "\n".join(found[:3])
    assert "tweede.db" in window.database_label.text()
