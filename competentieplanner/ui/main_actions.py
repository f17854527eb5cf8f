"""The main window's actions, menus, toolbar and status bar.

Built once by the window; each action calls a method of the window or of its database
switcher. Texts keep the "MainWindow" translation context they always had.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QAction, QActionGroup, QIcon, QKeySequence
from PySide6.QtWidgets import QLabel, QMenu, QProgressBar, QStyle, QToolBar

from competentieplanner.domain.access import Action
from competentieplanner.services import import_kind
from competentieplanner.ui import i18n
from competentieplanner.ui.icons import action_icon
from competentieplanner.ui.permissions import guard, guard_menu_entry
from competentieplanner.ui.undo_actions import undo_redo_actions

if TYPE_CHECKING:
    from competentieplanner.ui.main_window import MainWindow


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


def page_title(title: str) -> str:
    return QCoreApplication.translate("MainWindow", title)


def _action(
    window: MainWindow,
    text: str,
    slot: Callable[..., Any],
    shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
    icon: QIcon | None = None,
    tip: str = "",
) -> QAction:
    action = QAction(text, window)
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


def build_actions(window: MainWindow) -> None:
    sp = QStyle.StandardPixmap
    ti = QIcon.ThemeIcon
    databases = window.databases
    window.new_db_action = _action(
        window,
        _tr("&Nieuwe database…"),
        databases.new_database,
        QKeySequence.StandardKey.New,
        action_icon(ti.DocumentNew, sp.SP_FileIcon),
        _tr("Een nieuwe, lege database aanmaken"),
    )
    window.open_db_action = _action(
        window,
        _tr("Database &openen…"),
        databases.open_dialog,
        QKeySequence.StandardKey.Open,
        action_icon(ti.DocumentOpen, sp.SP_DialogOpenButton),
        _tr("Een bestaande database openen"),
    )
    window.import_staff_action = _action(
        window,
        _tr("&Medewerkers…"),
        lambda: window.open_import_dialog(import_kind.STAFF),
        icon=action_icon(ti.DocumentSend, sp.SP_ArrowDown),
        tip=_tr("Medewerkers importeren uit Excel of CSV"),
    )
    window.import_staff_action.setIconText(_tr("Importeren"))
    window.import_assessments_action = _action(
        window,
        _tr("&Beoordelingen…"),
        lambda: window.open_import_dialog(import_kind.ASSESSMENTS),
    )
    window.import_catalogue_action = _action(
        window,
        _tr("&Opleidingscatalogus…"),
        lambda: window.open_import_dialog(import_kind.CATALOGUE),
    )
    window.export_excel_action = _action(
        window,
        _tr("&Excel-overzicht…"),
        window.export_excel,
        "Ctrl+E",
        action_icon(ti.DocumentSaveAs, sp.SP_DialogSaveButton),
        _tr("Het HRM-overzicht als Excel-werkmap opslaan"),
    )
    window.export_pdf_action = _action(
        window,
        _tr("&PDF…"),
        window.export_pdf,
        "Ctrl+Shift+P",
        action_icon(ti.DocumentPrint, sp.SP_FileDialogDetailedView),
        _tr("Een PDF-rapport maken"),
    )
    # Ctrl+P prints, as everywhere else; the PDF export keeps Ctrl+Shift+P.
    window.print_action = _action(
        window,
        _tr("Af&drukken…"),
        window.print_report,
        QKeySequence.StandardKey.Print,
        tip=_tr("Het gekozen rapport afdrukken"),
    )
    window.quit_action = _action(
        window, _tr("&Afsluiten"), window.close, QKeySequence.StandardKey.Quit
    )
    window.quit_action.setMenuRole(QAction.MenuRole.QuitRole)

    window.undo_action, window.redo_action = undo_redo_actions(
        window.context, window, window.local_history, window.local_history_changed
    )
    window.undo_action.setIcon(action_icon(ti.EditUndo, sp.SP_ArrowBack))
    window.redo_action.setIcon(action_icon(ti.EditRedo, sp.SP_ArrowForward))

    window.page_actions = {}
    group = QActionGroup(window)
    group.setExclusive(True)
    for position, spec in enumerate(window.page_specs(), start=1):
        # "&" would mark a keyboard mnemonic in a menu: "Profielen && competenties".
        action = QAction(page_title(spec.title).replace("&", "&&"), window)
        action.setCheckable(True)
        if position <= 9:  # Ctrl+1 … Ctrl+9; later screens through the navigation and menu
            action.setShortcut(QKeySequence(f"Ctrl+{position}"))
        action.triggered.connect(lambda _=False, key=spec.key: window.show_page(key))
        if spec.needs is not None:
            guard_menu_entry(window.context, spec.needs, action)
        group.addAction(action)
        window.page_actions[spec.key] = action

    window.language_actions = {}
    languages = QActionGroup(window)
    current = i18n.configured_language(window.context.settings)
    for code, name in i18n.LANGUAGES.items():
        action = QAction(name, window)
        action.setCheckable(True)
        action.setChecked(code == current)
        action.triggered.connect(lambda _=False, code=code: window.set_language(code))
        languages.addAction(action)
        window.language_actions[code] = action
    window.settings_action = _action(window, _tr("&Instellingen…"), window.open_settings)
    window.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
    window.retention_action = _action(
        window,
        _tr("Te &verwijderen gegevens…"),
        window.open_retention_due,
        tip=_tr("Wat over de bewaartermijn is, en de back-ups met hun leeftijd (AVG)"),
    )
    window.help_action = _action(
        window,
        _tr("&Handleiding"),
        window.open_help,
        QKeySequence.StandardKey.HelpContents,
        tip=_tr("De handleiding openen bij het huidige scherm"),
    )
    window.help_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
    window.about_action = _action(window, _tr("&Over Competentieplanner…"), window.open_about)
    window.about_action.setMenuRole(QAction.MenuRole.AboutRole)
    # what the signed-in role may not do stays disabled (issue 11)
    guard(window.context, IMPORT_RIGHTS["staff"], window.import_staff_action)
    guard(window.context, IMPORT_RIGHTS["assessments"], window.import_assessments_action)
    # Instellingen stays open to everyone (the language, the log folder); the dialog guards the
    # shared rules and the retention terms itself.
    guard(window.context, IMPORT_RIGHTS["catalogue"], window.import_catalogue_action)
    guard(window.context, Action.ADD_REMOVE_STAFF, window.retention_action)


#: The right each kind of import needs: by menu, by toolbar and by dropping a file alike.
IMPORT_RIGHTS = {
    "staff": Action.ADD_REMOVE_STAFF,
    "assessments": Action.EDIT_STAFF_RECORDS,
    "catalogue": Action.EDIT_REFERENCE_DATA,
}


def build_menus(window: MainWindow) -> dict[str, QMenu]:
    bar = window.menuBar()
    file_menu = bar.addMenu(_tr("&Bestand"))
    file_menu.addAction(window.new_db_action)
    file_menu.addAction(window.open_db_action)
    window.recent_menu = file_menu.addMenu(_tr("&Recente databases"))
    window.recent_menu.aboutToShow.connect(window.databases.fill_recent_menu)
    window.databases.fill_recent_menu()
    file_menu.addSeparator()
    import_menu = file_menu.addMenu(_tr("&Importeren"))
    import_menu.addAction(window.import_staff_action)
    import_menu.addAction(window.import_assessments_action)
    import_menu.addAction(window.import_catalogue_action)
    export_menu = file_menu.addMenu(_tr("&Exporteren"))
    export_menu.addAction(window.export_excel_action)
    export_menu.addAction(window.export_pdf_action)
    file_menu.addAction(window.print_action)
    file_menu.addSeparator()
    file_menu.addAction(window.quit_action)

    edit_menu = bar.addMenu(_tr("Be&werken"))
    edit_menu.addAction(window.undo_action)
    edit_menu.addAction(window.redo_action)

    view_menu = bar.addMenu(_tr("Bee&ld"))
    for action in window.page_actions.values():
        view_menu.addAction(action)

    extra_menu = bar.addMenu(_tr("E&xtra"))
    language_menu = extra_menu.addMenu(_tr("&Taal"))
    for action in window.language_actions.values():
        language_menu.addAction(action)
    extra_menu.addAction(window.settings_action)
    extra_menu.addAction(window.retention_action)

    help_menu = bar.addMenu(_tr("&Help"))
    help_menu.addAction(window.help_action)
    help_menu.addAction(window.about_action)
    return {
        "file": file_menu,
        "import": import_menu,
        "export": export_menu,
        "edit": edit_menu,
        "view": view_menu,
        "extra": extra_menu,
        "language": language_menu,
        "help": help_menu,
    }


def build_toolbar(window: MainWindow) -> QToolBar:
    toolbar = QToolBar(_tr("Werkbalk"), window)
    toolbar.setObjectName("main_toolbar")
    toolbar.setMovable(False)
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    toolbar.setIconSize(QSize(18, 18))
    toolbar.addAction(window.open_db_action)
    toolbar.addSeparator()
    toolbar.addAction(window.import_staff_action)
    toolbar.addAction(window.export_excel_action)
    toolbar.addAction(window.export_pdf_action)
    toolbar.addSeparator()
    toolbar.addAction(window.undo_action)
    toolbar.addAction(window.redo_action)
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)
    return toolbar


def build_status_bar(window: MainWindow) -> None:
    # Shown while background work takes longer than a moment: the window stays usable.
    busy = QProgressBar(window)
    busy.setRange(0, 0)
    busy.setMaximumWidth(120)
    busy.setTextVisible(False)
    busy.setAccessibleName(_tr("Bezig"))
    busy.hide()
    window.statusBar().addPermanentWidget(busy)
    window.context.tasks.busy_changed.connect(busy.setVisible)
    window.busy_indicator = busy
    label = QLabel(window)
    label.setAccessibleName(_tr("Database"))
    window.statusBar().addPermanentWidget(label)
    window.database_label = label
