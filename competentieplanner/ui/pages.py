"""The screens of the main window, in navigation order, and how to find each screen's class.

Every screen listed here is part of the application: a screen module that is missing or fails to
import is a broken build, so the error is raised (and shown by the crash dialog) instead of being
hidden behind a placeholder.
"""

from __future__ import annotations

import importlib
import importlib.util
import inspect
from collections.abc import Callable
from dataclasses import dataclass
from types import ModuleType
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QWidget

from competentieplanner.domain.access import Action

if TYPE_CHECKING:
    from competentieplanner.ui.context import AppContext

#: What builds a screen: its class, called with the context and the parent widget.
ScreenFactory = Callable[["AppContext", QWidget], QWidget]


@dataclass(frozen=True, slots=True)
class PageSpec:
    key: str
    module: str
    title: str  # Dutch; translated with the "MainWindow" context
    class_name: str | None = None
    #: The screen is only listed for roles that may take this action (issue 11): management
    #: sees the aggregated overview and the reference data, no screen about individuals.
    needs: Action | None = None


PAGES: tuple[PageSpec, ...] = (
    PageSpec(
        "overview",
        "competentieplanner.ui.views.overview",
        str(QT_TRANSLATE_NOOP("MainWindow", "Overzicht")),
    ),
    PageSpec(
        "employees",
        "competentieplanner.ui.views.employees",
        str(QT_TRANSLATE_NOOP("MainWindow", "Medewerkers")),
        needs=Action.VIEW_INDIVIDUALS,
    ),
    PageSpec(
        "teams",
        "competentieplanner.ui.views.teams",
        str(QT_TRANSLATE_NOOP("MainWindow", "Teams")),
        needs=Action.VIEW_INDIVIDUALS,  # the heatmap shows each member's levels
    ),
    PageSpec(
        "profiles",
        "competentieplanner.ui.views.profiles",
        str(QT_TRANSLATE_NOOP("MainWindow", "Profielen & competenties")),
    ),
    PageSpec(
        "catalogue",
        "competentieplanner.ui.views.catalogue",
        str(QT_TRANSLATE_NOOP("MainWindow", "Opleidingen")),
    ),
    PageSpec(
        "plans",
        "competentieplanner.ui.views.plans",
        str(QT_TRANSLATE_NOOP("MainWindow", "Plannen")),
        needs=Action.VIEW_INDIVIDUALS,
    ),
    PageSpec(
        "interview",
        "competentieplanner.ui.views.interview",
        str(QT_TRANSLATE_NOOP("MainWindow", "Gesprekken")),
        class_name="InterviewPage",
        needs=Action.VIEW_INDIVIDUALS,
    ),
    PageSpec(
        "reports",
        "competentieplanner.ui.views.reports",
        str(QT_TRANSLATE_NOOP("MainWindow", "Rapportages")),
        needs=Action.VIEW_INDIVIDUALS,  # team documents, plans and the staff workbook
    ),
    PageSpec(
        "formation",
        "competentieplanner.ui.views.formation",
        str(QT_TRANSLATE_NOOP("MainWindow", "Formatie")),
        needs=Action.VIEW_INDIVIDUALS,  # who moves to which future
    ),
    PageSpec(
        "audit",
        "competentieplanner.ui.views.audit",
        str(QT_TRANSLATE_NOOP("MainWindow", "Auditlog")),
        class_name="AuditView",
        needs=Action.VIEW_AUDIT,
    ),
)


def require_page_module(spec: PageSpec) -> None:
    """Fail now, at start-up, when this build lacks a screen's module (it is imported later,
    when the screen is first shown, so start-up stays quick)."""
    if importlib.util.find_spec(spec.module) is None:
        raise ModuleNotFoundError(
            f"Screen '{spec.key}': module {spec.module} is missing from this build",
            name=spec.module,
        )


def page_class(spec: PageSpec, module: ModuleType) -> type[QWidget]:
    """The screen class: the named one, or the QWidget subclass defined in the module that has
    a ``title`` and a ``reload`` method. A module without one is a programming error."""
    if spec.class_name:
        found = getattr(module, spec.class_name, None)
        if isinstance(found, type) and issubclass(found, QWidget):
            return found
        raise LookupError(f"Screen '{spec.key}': {spec.module} has no widget {spec.class_name}")
    candidates = [
        obj
        for _, obj in inspect.getmembers(module, inspect.isclass)
        if issubclass(obj, QWidget)
        and obj.__module__ == module.__name__
        and "title" in vars(obj)
        and callable(getattr(obj, "reload", None))
    ]
    if not candidates:
        raise LookupError(f"Screen '{spec.key}': {spec.module} defines no screen widget")
    candidates.sort(key=lambda cls: (not cls.__name__.endswith(("Page", "View")), cls.__name__))
    return candidates[0]


def load_page_class(spec: PageSpec) -> ScreenFactory:
    """Import the screen's module (any import error propagates) and return its class, which
    every screen constructs as ``cls(context, parent)``."""
    return cast(ScreenFactory, page_class(spec, importlib.import_module(spec.module)))
