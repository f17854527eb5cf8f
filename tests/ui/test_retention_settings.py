"""Extra ▸ Instellingen ▸ Bewaartermijnen (issue 12): per kind of data the term, its default
and source; changed terms are saved together, a colleague's change meanwhile is refused, and
only beheerder and hr may change them. Real dialog on a real demo database."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from competentieplanner import paths
from competentieplanner.domain.access import Role
from competentieplanner.domain.errors import UserError
from competentieplanner.domain.retention import TERMS
from competentieplanner.persistence import repositories as repo
from competentieplanner.persistence.database import Database
from competentieplanner.services.privacy import retention
from competentieplanner.ui.dialogs.retention_page import TERM_TEXTS, RetentionPage
from competentieplanner.ui.dialogs.settings import SettingsDialog
from competentieplanner.ui.permissions import Permissions
from tests.ui.shell_support import close_message_boxes, make_context, message_boxes, wait_for_tasks


def _dialog(qtbot, db: Database, tmp_path: Path, permissions: Permissions | None = None):  # type: ignore[no-untyped-def]
    context = make_context(db, tmp_path)
    if permissions is not None:
        context.permissions = permissions
    dialog = SettingsDialog(context.settings, context=context)
    qtbot.addWidget(dialog)
    dialog.show()
    wait_for_tasks(qtbot, dialog)
    page = dialog.retention_page
    assert isinstance(page, RetentionPage)
    dialog.tabs.setCurrentWidget(page)
    return dialog, page


def _stored(db: Database) -> dict[str, object]:
    with db.read_session() as session:
        return {k: v for k, v in repo.load_settings(session).items() if k.startswith("retention.")}


DEFAULTS = {t.setting_key: t.default_months for t in TERMS}


def _set(db: Database, kind: str, months: int) -> None:
    """A change made elsewhere (a colleague, or the CLI), with the version it read."""
    with db.unit_of_work() as uow:
        version = {t.kind: t.version for t in retention.load_terms(uow)}[kind]
        retention.update_terms(uow, {kind: (months, version)})


def test_every_term_shows_its_months_default_and_source(
    qtbot, demo_db: Database, tmp_path: Path
) -> None:
    _set(demo_db, "medewerker", 30)
    _dialog_, page = _dialog(qtbot, demo_db, tmp_path)
    assert page.isEnabled()
    assert list(page.editors) == [t.kind for t in TERMS]
    for term in TERMS:
        editor = page.editors[term.kind]
        assert editor.accessibleName() == term.label
        assert (editor.minimum(), editor.maximum()) == (1, 360)
        shown = page.defaults[term.kind].text()
        assert f"Standaard {term.default_months} maanden" in shown
        assert term.counts_from in shown and term.source in shown
    assert page.editors["medewerker"].value() == 30
    assert page.editors["gespreksconcept"].value() == 6
    assert "(2 jaar)" in page.defaults["medewerker"].text()


def test_accepting_saves_the_changed_terms_and_the_policy_uses_them(
    qtbot, demo_db: Database, tmp_path: Path
) -> None:
    dialog, page = _dialog(qtbot, demo_db, tmp_path)
    page.editors["gespreksconcept"].setValue(3)
    page.editors["beoordeling"].setValue(84)
    dialog.accept()
    wait_for_tasks(qtbot, dialog)
    assert not dialog.isVisible()
    assert _stored(demo_db) == DEFAULTS | {
        "retention.gespreksconcept_months": 3,
        "retention.beoordeling_months": 84,
    }
    with demo_db.unit_of_work() as uow:
        policy = retention.policy(uow)
    assert policy.months["gespreksconcept"] == 3 and policy.months["beoordeling"] == 84
    assert policy.months["medewerker"] == 24


def test_a_colleagues_change_meanwhile_is_refused_and_nothing_is_half_saved(
    qtbot, demo_db: Database, tmp_path: Path
) -> None:
    dialog, page = _dialog(qtbot, demo_db, tmp_path)
    _set(demo_db, "medewerker", 48)  # a colleague sets the leavers' term meanwhile
    page.editors["gespreksconcept"].setValue(2)
    page.editors["medewerker"].setValue(12)
    dialog.accept()
    wait_for_tasks(qtbot, dialog)
    try:
        assert dialog.isVisible()
        assert any("intussen gewijzigd door " in b.text() for b in message_boxes())
        assert _stored(demo_db) == DEFAULTS | {"retention.medewerker_months": 48}
        assert page.editors["medewerker"].value() == 48  # reloaded
    finally:
        close_message_boxes()


@pytest.mark.parametrize(
    ("role", "editable"), [(Role.HR, True), (Role.BEHEERDER, True), (Role.TEAMLEIDER, False)]
)
def test_only_beheerder_and_hr_change_the_terms(
    qtbot, demo_db: Database, tmp_path: Path, role: Role, editable: bool
) -> None:
    _dialog_, page = _dialog(qtbot, demo_db, tmp_path, Permissions(role, embedded=False))
    assert all(e.isEnabled() is editable for e in page.editors.values())


def test_wrong_terms_are_refused_in_dutch(demo_db: Database) -> None:
    with pytest.raises(UserError, match="tussen 1 en 360 maanden"):
        retention.check_term("medewerker", 0)
    with pytest.raises(UserError, match="geheel aantal maanden"):
        retention.check_term("gespreksconcept", 2.5)
    with demo_db.unit_of_work() as uow, pytest.raises(UserError, match="tussen 1 en 360"):
        versions = {t.kind: t.version for t in retention.load_terms(uow)}
        retention.update_terms(
            uow,
            {
                "gespreksconcept": (4, versions["gespreksconcept"]),
                "medewerker": (400, versions["medewerker"]),
            },
        )
    assert _stored(demo_db) == DEFAULTS  # all or nothing


def test_term_texts_are_offered_for_translation() -> None:
    texts = {text for t in TERMS for text in (t.label, t.counts_from, t.source)}
    assert set(TERM_TEXTS) == texts
    ts = paths.resources_dir() / "translations" / "competentieplanner_en.ts"
    translated = {
        m.findtext("source")
        for c in ET.parse(ts).getroot().findall("context")
        if c.findtext("name") == "RetentionTerm"
        for m in c.findall("message")
        if (m.findtext("translation") or "").strip()
    }
    assert texts <= translated
