"""The screens of the main window, in navigation order, and how to find each screen's class.

A screen whose module is not there (yet) is skipped, so the application runs while other parts
are still being built. Any other import error is a real bug and is raised.
"""

from __future__ import annotations

import importlib
import importlib.util
import inspect
from dataclasses import dataclass
from types import ModuleType

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QWidget


@dataclass(frozen=True, slots=True)
class PageSpec:
    key: str
    module: str
    title: str  # Dutch; translated with the "MainWindow" context
    class_name: str | None = None


PAGES: tuple[PageSpec, ...] = (
    PageSpec(
        "overview",
        "competentieplanner.ui.views.overview",
        QT_TRANSLATE_NOOP("MainWindow", "Overzicht"),
    ),
    PageSpec(
        "employees",
        "competentieplanner.ui.views.employees",
        QT_TRANSLATE_NOOP("MainWindow", "Medewerkers"),
    ),
    PageSpec(
        "teams", "competentieplanner.ui.views.teams", QT_TRANSLATE_NOOP("MainWindow", "Teams")
    ),
    PageSpec(
        "profiles",
        "competentieplanner.ui.views.profiles",
        QT_TRANSLATE_NOOP("MainWindow", "Profielen & competenties"),
    ),
    PageSpec(
        "catalogue",
        "competentieplanner.ui.views.catalogue",
        QT_TRANSLATE_NOOP("MainWindow", "Opleidingen"),
    ),
    PageSpec(
        "plans", "competentieplanner.ui.views.plans", QT_TRANSLATE_NOOP("MainWindow", "Plannen")
    ),
    PageSpec(
        "interview",
        "competentieplanner.ui.views.interview",
        QT_TRANSLATE_NOOP("MainWindow", "Gesprekken"),
        class_name="InterviewPage",
    ),
    PageSpec(
        "reports",
        "competentieplanner.ui.views.reports",
        QT_TRANSLATE_NOOP("MainWindow", "Rapportages"),
    ),
    PageSpec(
        "formation",
        "competentieplanner.ui.views.formation",
        QT_TRANSLATE_NOOP("MainWindow", "Formatie"),
    ),
)


def page_available(spec: PageSpec) -> bool:
    """Whether this build has the screen's module, without importing it."""
    try:
        return importlib.util.find_spec(spec.module) is not None
    except ModuleNotFoundError:
        return False


def import_page_module(spec: PageSpec) -> ModuleType | None:
    """The screen's module, or None when it does not exist in this build."""
    try:
        return importlib.import_module(spec.module)
    except ModuleNotFoundError as exc:
        if exc.name == spec.module:
            return None
        raise


def page_class(spec: PageSpec, module: ModuleType) -> type[QWidget] | None:
    """The screen class: the named one, or the QWidget subclass defined in the module that has
    a ``title`` and a ``reload`` method."""
    if spec.class_name:
        found = getattr(module, spec.class_name, None)
        return found if isinstance(found, type) and issubclass(found, QWidget) else None
    candidates = [
        obj
        for _, obj in inspect.getmembers(module, inspect.isclass)
        if issubclass(obj, QWidget)
        and obj.__module__ == module.__name__
        and "title" in vars(obj)
        and callable(getattr(obj, "reload", None))
    ]
    if not candidates:
        return None
    candidates.sort(key=lambda cls: (not cls.__name__.endswith(("Page", "View")), cls.__name__))
    return candidates[0]
