"""The screens follow the signed-in role (issue 11): what a role may not do is disabled, also
after the screen's own logic would enable it, and comes back when a role that may opens.

Real widgets on a real demo database; the context is built with each role, as it is when a
server login signs in (on SQLite there is no sign-in: the local user acts as ``hr``)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView

from competentieplanner.domain.access import Role
from competentieplanner.persistence.database import Database
from competentieplanner.ui.context import AppContext
from competentieplanner.ui.main_window import MainWindow
from competentieplanner.ui.operations import access
from competentieplanner.ui.permissions import Permissions
from competentieplanner.ui.views.budget_planner import OrganisationBudgetTab
from competentieplanner.ui.views.catalogue import CatalogueView
from competentieplanner.ui.views.profiles import ProfilesView
from tests.ui.shell_support import make_context, wait_for_tasks
from tests.ui.test_main_window import _drop, _workbook

NO_EDITING = QAbstractItemView.EditTrigger.NoEditTriggers
#: role -> (reference data and catalogue, budgets, staff import, assessment import)
ALLOWED = {
    Role.BEHEERDER: (True, True, True, True),
    Role.HR: (False, True, True, True),
    Role.TEAMLEIDER: (False, False, False, True),
    Role.MANAGEMENT: (False, False, False, False),
}


def _context(db: Database, tmp_path: Path, role: Role | None, embedded: bool) -> AppContext:
    context = make_context(db, tmp_path)
    context.permissions = Permissions(role, embedded=embedded)
    return context


@pytest.fixture
def built(qtbot, demo_db: Database, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[
    tuple[AppContext, MainWindow, ProfilesView, CatalogueView, OrganisationBudgetTab]
]:
    role, embedded = request.param
    context = _context(demo_db, tmp_path, role, embedded)
    window = MainWindow(context)
    profiles, catalogue = ProfilesView(context), CatalogueView(context)
    budgets = OrganisationBudgetTab(context)
    for widget in (window, profiles, catalogue, budgets):
        qtbot.addWidget(widget)
    wait_for_tasks(qtbot, context)
    yield context, window, profiles, catalogue, budgets
    wait_for_tasks(qtbot, context)


def _select_first(view: QAbstractItemView) -> None:
    view.selectRow(0)


def _state(window: MainWindow, profiles: ProfilesView, catalogue: CatalogueView,
           budgets: OrganisationBudgetTab) -> tuple[bool, bool, bool, bool]:
    """What the screens let the user do now, after selecting a row on each."""
    _select_first(profiles.competencies.table)
    _select_first(catalogue.table)
    reference = [
        profiles.competencies.details.isEnabled(),
        profiles.competencies.add_button.isEnabled(),
        profiles.competencies.remove_button.isEnabled(),
        profiles.profiles.add_button.isEnabled(),
        profiles.profiles.table.editTriggers() != NO_EDITING,
        profiles.authorities.new_button.isEnabled(),
        catalogue.new_button.isEnabled(),
        catalogue.save_button.isEnabled() or catalogue.active_button.isEnabled(),
        window.import_catalogue_action.isEnabled(),
    ]
    assert window.settings_action.isEnabled()  # the language and log folder are everyone's
    assert len(set(reference)) == 1, reference  # all or nothing
    return (
        reference[0],
        budgets.budget_table.editTriggers() != NO_EDITING,
        window.import_staff_action.isEnabled(),
        window.import_assessments_action.isEnabled(),
    )


@pytest.mark.parametrize(
    ("built", "expected"),
    [((role, False), allowed) for role, allowed in ALLOWED.items()],
    indirect=["built"],
    ids=[role.value for role in ALLOWED],
)
def test_each_role_sees_only_what_it_may_do(built, expected) -> None:
    _context, window, profiles, catalogue, budgets = built
    assert _state(window, profiles, catalogue, budgets) == expected


@pytest.mark.parametrize("built", [(Role.HR, True)], indirect=True, ids=["sqlite"])
def test_the_local_user_keeps_everything_but_user_management(built) -> None:
    _context, window, profiles, catalogue, budgets = built
    assert _state(window, profiles, catalogue, budgets) == (True, True, True, True)


@pytest.mark.parametrize("built", [(Role.TEAMLEIDER, False)], indirect=True, ids=["teamleider"])
def test_another_role_signing_in_changes_the_screens(built) -> None:
    context, window, profiles, catalogue, budgets = built
    assert "teamleider" in window.import_catalogue_action.toolTip()
    context.permissions.set(Role.BEHEERDER, embedded=False)
    assert window.import_catalogue_action.isEnabled() and window.import_staff_action.isEnabled()
    assert profiles.competencies.details.isEnabled()
    assert budgets.budget_table.editTriggers() != NO_EDITING
    assert "teamleider" not in window.import_catalogue_action.toolTip()
    context.permissions.set(Role.MANAGEMENT, embedded=False)
    assert _state(window, profiles, catalogue, budgets) == ALLOWED[Role.MANAGEMENT]


def test_opening_a_sqlite_database_signs_in_the_local_user_as_hr(
    qtbot, demo_db: Database, tmp_path: Path
) -> None:
    context = _context(demo_db, tmp_path, Role.MANAGEMENT, False)
    changes: list[None] = []
    context.permissions.changed.connect(lambda: changes.append(None))
    access.load_permissions(context, None)
    wait_for_tasks(qtbot, context)
    assert (context.permissions.role, context.permissions.embedded) == (Role.HR, True)
    assert changes == [None]


def _listed(window: MainWindow) -> list[str]:
    navigation = window.navigation
    return [
        str(navigation.item(row).data(Qt.ItemDataRole.UserRole))
        for row in range(navigation.count())
        if not navigation.item(row).isHidden()
    ]


INDIVIDUAL_SCREENS = {"employees", "teams", "plans", "interview", "reports", "formation"}


@pytest.mark.parametrize("built", [(Role.TEAMLEIDER, False)], indirect=True, ids=["teamleider"])
def test_management_gets_no_screen_about_individuals(built) -> None:
    context, window, *_ = built
    assert set(_listed(window)) >= INDIVIDUAL_SCREENS
    window.show_page("plans")
    assert window.current_page_key() == "plans"
    context.permissions.set(Role.MANAGEMENT, embedded=False)
    listed = set(_listed(window))
    assert listed == {"overview", "profiles", "catalogue"}
    # the screen on show went away: the first one the role may see is shown instead
    assert window.current_page_key() == "overview"
    # neither the Beeld menu, Ctrl+number, nor a link from the overview opens them
    assert not any(window.page_actions[key].isVisible() for key in INDIVIDUAL_SCREENS)
    window.page_actions["employees"].trigger()
    window.navigate("team", "Wijkteam Noord")
    assert window.show_page("interview") is None
    assert window.current_page_key() == "overview"
    context.permissions.set(Role.HR, embedded=False)
    assert set(_listed(window)) >= INDIVIDUAL_SCREENS
    assert window.page_actions["employees"].isVisible()


@pytest.mark.parametrize("built", [(Role.TEAMLEIDER, False)], indirect=True, ids=["teamleider"])
def test_a_dropped_file_is_refused_like_the_menu_entry(built, tmp_path: Path) -> None:
    _context, window, *_ = built
    staff = _workbook(tmp_path / "personeel.xlsx", ["Medewerkers"])
    catalogue = _workbook(tmp_path / "catalogus.xlsx", ["Toelichting", "Opleidingen", "Effecten"])
    for path in (staff, catalogue):  # the team lead may import neither
        _drop(window, path)
        assert window.import_dialog is None
        assert "teamleider" in window.statusBar().currentMessage()
    assessments = _workbook(tmp_path / "scores.xlsx", ["Beoordeling", "Gedragsindicatoren"])
    _drop(window, assessments)  # but may import assessments of their own units
    assert window.import_dialog is not None and window.import_dialog.kind == "assessments"
    window.import_dialog.close()


@pytest.mark.parametrize(
    ("built", "rules", "terms"),
    [
        ((Role.BEHEERDER, False), True, True),
        ((Role.HR, False), False, True),  # hr keeps the retention terms (issue 12)
        ((Role.TEAMLEIDER, False), False, False),
    ],
    indirect=["built"],
    ids=["beheerder", "hr", "teamleider"],
)
def test_settings_open_for_everyone_with_shared_parts_by_role(qtbot, built, rules, terms) -> None:
    _context, window, *_ = built
    assert window.settings_action.isEnabled()
    dialog = window.open_settings()
    wait_for_tasks(qtbot, window)
    assert dialog.language.isEnabled()  # a personal preference
    assert all(editor.isEnabled() == rules for editor in dialog.editors.values())
    assert dialog.retention_page is not None
    assert all(editor.isEnabled() == terms for editor in dialog.retention_page.editors.values())
    dialog.reject()
