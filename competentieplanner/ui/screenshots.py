"""Screenshots of every main screen at 1366 x 768, for the documentation and for review.

Each screen is shown as a user would see it after a few clicks: the Medewerkers screen with a
policy advisor selected who chose a future profile and has a plan, the Teams screen with the team
that has the most continuity risks, and so on. Settings go to a throw-away file, so taking
screenshots never changes the user's recent databases or window layout.
"""

from __future__ import annotations

import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from competentieplanner.ui import i18n, tasks
from competentieplanner.ui.app import create_application
from competentieplanner.ui.context import AppContext
from competentieplanner.ui.main_window import MainWindow
from competentieplanner.ui.operations.screenshots import find_showcase
from competentieplanner.ui.pages import PAGES

if TYPE_CHECKING:
    from competentieplanner.persistence.database import Database
    from competentieplanner.services.showcase import Showcase

SIZE = (1366, 768)
#: File name per screen: number in navigation order and the Dutch name.
FILE_NAMES = {
    "overview": "01-overzicht.png",
    "employees": "02-medewerkers.png",
    "teams": "03-teams.png",
    "profiles": "04-profielen.png",
    "catalogue": "05-opleidingen.png",
    "plans": "06-plannen.png",
    "interview": "07-gesprekken.png",
    "reports": "08-rapportages.png",
    "formation": "09-formatie.png",
    "audit": "10-auditlog.png",
}


def settle(
    app: QApplication, runner: tasks.TaskRunner, *, minimum: float = 0.3, timeout: float = 60.0
) -> None:
    """Process events until background loads are done and the screen had time to paint."""
    start = time.monotonic()
    while time.monotonic() - start < timeout:
        app.processEvents()
        if not runner.running() and time.monotonic() - start >= minimum:
            break
        time.sleep(0.01)
    app.processEvents()


def take_screenshots(
    db: Database,
    out_dir: Path,
    *,
    language: str = "nl",
    on_screen: Callable[[str, MainWindow], None] | None = None,
) -> list[Path]:
    """Write one PNG per screen to ``out_dir``; returns the files written. ``on_screen(key,
    window)`` sees each screen as photographed (the language test reads its texts)."""
    app = create_application([])
    i18n.install_translators(app, language)
    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    with tempfile.TemporaryDirectory() as folder:
        settings = QSettings(str(Path(folder) / "screenshots.ini"), QSettings.Format.IniFormat)
        i18n.set_configured_language(settings, language)
        context = AppContext(db=db, settings=settings)
        window = MainWindow(context)
        window.resize(*SIZE)
        window.show()
        found: list[Showcase] = []
        find_showcase(context, window, on_done=found.append)
        settle(app, context.tasks)
        person, team = (found[0].employee, found[0].team) if found else (None, None)
        preparations: dict[str, Callable[[], None]] = {}
        if person:
            preparations["employees"] = lambda: window.navigate("employee", person)
            preparations["plans"] = lambda: window.navigate("plan", person)
            preparations["interview"] = lambda: window.navigate("interview", person)
            preparations["reports"] = lambda: window.navigate("reports", None)
        if team:
            preparations["teams"] = lambda: window.navigate("team", team)
        for spec in PAGES:
            window.show_page(spec.key)
            settle(app, context.tasks)
            prepare = preparations.get(spec.key)
            if prepare is not None:
                prepare()
                settle(app, context.tasks, minimum=0.5)
            if spec.key == "teams":
                _select_gap_cell(window)
                settle(app, context.tasks)
            if spec.key == "employees":
                page = window.page("employees")
                show_now = getattr(page, "show_detail_now", None)
                if callable(show_now):
                    show_now()
                    settle(app, context.tasks)
            if on_screen is not None:
                on_screen(spec.key, window)
            target = out_dir / FILE_NAMES[spec.key]
            if not window.grab().save(str(target)):
                raise OSError(f"Kan {target} niet schrijven.")
            written.append(target)
        window.close()
        window.deleteLater()
        settle(app, context.tasks, minimum=0.0)
    return written


def _select_gap_cell(window: MainWindow) -> None:
    page = window.page("teams")
    find = getattr(page, "first_gap_cell", None)
    cell = find() if callable(find) else None
    if cell is not None:
        page.select_cell(*cell)  # type: ignore[union-attr]
