"""Formatie driven as a user: the plan is computed off the GUI thread, a wanted FTE changed in
the grid re-solves on the analysed supply, and accepting makes draft development plans only on a
click."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from competentieplanner.domain.model import PlanStatus
from competentieplanner.persistence import repositories as repo
from competentieplanner.persistence.database import Database
from competentieplanner.services import formation
from competentieplanner.ui.models.formation import FIXED_COLUMNS
from competentieplanner.ui.views.formation import FormationPage
from tests.ui.shell_support import make_context, wait_for_tasks


def _fill(db: Database) -> None:
    with db.unit_of_work() as uow:
        for profile, fte in (("strategisch", 4), ("aanbieders", 6), ("faciliterend", 8)):
            formation.set_formation(uow, scenario="Koers 2028", year=2028, profile=profile, fte=fte)
        formation.set_formation(uow, scenario="Ambitieus", year=2028, profile="strategisch", fte=9)


@pytest.fixture
def page(qtbot: QtBot, demo_db: Database, tmp_path: Path) -> Iterator[FormationPage]:
    _fill(demo_db)
    widget = FormationPage(make_context(demo_db, tmp_path))
    qtbot.addWidget(widget)
    widget.resize(1600, 900)
    widget.show()
    qtbot.waitExposed(widget)
    wait_for_tasks(qtbot, widget)
    yield widget


def _plans(db: Database, number: str) -> list[PlanStatus]:
    with db.read_session() as session:
        return [p.status for p in repo.load_plans(session, number)]


def test_scenarios_side_by_side_and_the_plan_as_bars(page: FormationPage) -> None:
    grid = page.grid_model
    headers = [grid.headerData(c, Qt.Orientation.Horizontal) for c in range(grid.columnCount())]
    assert headers[FIXED_COLUMNS:] == ["Ambitieus (2028)", "Koers 2028 (2028)"]
    assert len(grid.rows) == 3
    plan = page.controller.plan
    assert plan is not None and plan.problem.scenario == "Ambitieus"
    assert plan.status == "optimal"
    assert "optimaal" in page.status.text()
    bars = page.bars.bars()
    assert [b.wanted for b in bars] == [9.0]
    bar = bars[0]
    assert bar.ready_now + bar.grown + bar.recruit == pytest.approx(
        max(bar.wanted, bar.ready_now + bar.grown)
    )
    assert page.assignment_model.rowCount() == len(plan.assignments)


def test_changing_a_wanted_fte_recomputes_quickly(qtbot: QtBot, page: FormationPage) -> None:
    page.scenario.setCurrentText("Koers 2028")
    wait_for_tasks(qtbot, page)
    plan = page.controller.plan
    assert plan is not None and plan.problem.scenario == "Koers 2028"
    supply = plan.problem.people
    grid = page.grid_model
    column = FIXED_COLUMNS + 1  # Koers 2028
    row = grid.rows.index(("strategisch", None))
    started = time.perf_counter()
    assert grid.setData(grid.index(row, column), 6.0)
    qtbot.waitUntil(
        lambda: (
            page.controller.plan is not None
            and page.controller.plan.problem.demands[-1].wanted_milli == 6000
        ),
        timeout=30_000,
    )
    wait_for_tasks(qtbot, page)
    elapsed = time.perf_counter() - started
    changed = page.controller.plan
    assert changed is not None
    assert changed.problem.people is supply  # re-solved on the supply already analysed
    assert grid.wanted("Koers 2028", "strategisch", None) == 6.0
    strategic = [o for o in changed.evaluation.outcomes if o.demand.profile == "strategisch"]
    assert strategic[0].demand.wanted_fte == 6.0
    print(f"recomputed in {elapsed:.2f} s")


def test_accept_makes_draft_plans_only_on_click(
    qtbot: QtBot, page: FormationPage, demo_db: Database
) -> None:
    page.scenario.setCurrentText("Koers 2028")
    wait_for_tasks(qtbot, page)
    plan = page.controller.plan
    assert plan is not None
    grown = [
        i for i, row in enumerate(page.assignment_model.rows) if not row.assignment.option.ready_now
    ]
    assert grown, "someone grows into a profile in the demo municipality"
    row = page.assignment_model.rows[grown[0]]
    number = row.assignment.person.personnel_number
    before = _plans(demo_db, number)
    page.assignments.selectRow(grown[0])
    assert row.assignment.person.name in page.path.text()
    assert _plans(demo_db, number) == before  # selecting saves nothing
    qtbot.mouseClick(page.accept_button, Qt.MouseButton.LeftButton)
    wait_for_tasks(qtbot, page)
    after = _plans(demo_db, number)
    assert (
        len(after) == len(before) + 1
        and after[-1] is PlanStatus.DRAFT
        or (PlanStatus.DRAFT in after and len(after) == len(before) + 1)
    )
    with demo_db.read_session() as session:
        newest = max(repo.load_plans(session, number), key=lambda p: p.id or 0)
    assert newest.profile == row.assignment.option.profile
    assert [i.offer for i in newest.items] == [
        item.offer.code
        for item in row.assignment.option.path.items  # type: ignore[union-attr]
    ]
    assert "1 conceptontwikkelplan" in page.explanation.text()


def test_explain_someone_not_chosen(qtbot: QtBot, page: FormationPage, demo_db: Database) -> None:
    plan = page.controller.plan
    assert plan is not None
    chosen = {a.person.personnel_number for a in plan.assignments}
    other = next(p for p in plan.problem.people if p.personnel_number not in chosen)
    page.explain_number.setText(other.personnel_number)
    qtbot.mouseClick(page.explain_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: other.personnel_number in page.explanation.text(), timeout=30_000)
    assert "strategisch" in page.explanation.text()


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_management_report_is_exported_from_the_screen(
    qtbot: QtBot, page: FormationPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    language: str,
) -> None:
    import openpyxl
    from PySide6.QtWidgets import QFileDialog

    from competentieplanner.ui import i18n
    from tests.pdf_reading import flat, text

    i18n.set_configured_language(page.context.settings, language)
    scenario = page.controller.scenario
    assert scenario is not None
    sheet, pdf = tmp_path / "spp.xlsx", tmp_path / "spp"  # the PDF chosen without a suffix
    for target, kind in ((sheet, "Excel-werkmap (*.xlsx)"), (pdf, "PDF-document (*.pdf)")):
        # the file chooser answers as a user would: this path, this type
        monkeypatch.setattr(
            QFileDialog, "getSaveFileName", lambda *_a, t=target, k=kind: (str(t), k)
        )
        qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
        wait_for_tasks(qtbot, page)
    assert "Strategisch personeelsplan" in openpyxl.load_workbook(sheet).sheetnames
    written = flat(text(tmp_path / "spp.pdf"))
    title = "Strategic workforce plan" if language == "en" else "Strategisch personeelsplan"
    assert title in written and scenario in written
