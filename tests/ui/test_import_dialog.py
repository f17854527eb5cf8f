"""The import dialog: a bad file shows the validation report and writes nothing; a good file shows
the recognised columns and what would happen, and imports only when the user says so."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from competentieplanner.persistence.database import Database
from competentieplanner.services import catalogue_io
from competentieplanner.ui.context import AppContext
from competentieplanner.ui.dialogs.import_dialog import ImportDialog
from tests.ui.editing_support import close_message_boxes, make_context

HEADERS = [
    "Personeelsnummer",
    "Achternaam",
    "Voornaam",
    "Functie",
    "FTE",
    "Team",
    "Datum in dienst",
    "Telefoon privé",
]


def _workbook(path: Path, rows: list[list[Any]]) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Personeel"
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def _state(db: Database) -> tuple[Any, ...]:
    """What an import could change: people (and their versions), units, offers, assessments."""
    with db.engine.connect() as conn:
        return tuple(
            conn.execute(text(sql)).one()
            for sql in (
                "SELECT COUNT(*), SUM(version), MAX(id) FROM employee",
                "SELECT COUNT(*), SUM(version) FROM org_unit",
                "SELECT COUNT(*), SUM(version) FROM training_offer",
                "SELECT COUNT(*) FROM assessment",
            )
        )


@pytest.fixture
def context(demo_db: Database, tmp_path: Path) -> AppContext:
    return make_context(demo_db, tmp_path)


@pytest.fixture
def changes(context: AppContext) -> list[str]:
    seen: list[str] = []
    context.signals.data_changed.connect(seen.append)
    return seen


def _open(qtbot: QtBot, context: AppContext, kind: str, path: Path | None) -> ImportDialog:
    dialog = ImportDialog(context, kind, path)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    if dialog.last_task is not None:
        qtbot.waitUntil(
            lambda: dialog.last_task is not None and dialog.last_task.done, timeout=20_000
        )
    return dialog


@pytest.fixture(autouse=True)
def _no_leftover_boxes() -> Iterator[None]:
    yield
    close_message_boxes()


def test_bad_file_shows_the_report_and_the_database_is_unchanged(
    qtbot: QtBot, context: AppContext, demo_db: Database, tmp_path: Path, changes: list[str]
) -> None:
    path = _workbook(
        tmp_path / "personeel-fout.xlsx",
        [
            HEADERS,
            [
                "9001",
                "Vermeulen",
                "Ilse",
                "Beleidsadviseur",
                "1",
                "Sociaal team Noord",
                "1-3-2021",
                "0612345678",
            ],
            ["9002", "Bakker", "Sem", "Consulent", "twee", "Sociaal team Noord", "31-2-2020", ""],
            ["9003", "", "Noor", "Consulent", "0,8", "Sociaal team Oost", None, None],
        ],
    )
    before = _state(demo_db)

    dialog = _open(qtbot, context, "staff", path)

    problems = dialog.problem_model
    reported = {
        (problems.index(r, 0).data(), problems.index(r, 1).data(), problems.index(r, 2).data())
        for r in range(problems.rowCount())
    }
    assert ("3", "E (FTE)", "twee") in reported
    assert ("3", "G (Datum in dienst)", "31-2-2020") in reported
    assert any(row == "4" and column.startswith("B") for row, column, _ in reported)
    reasons = [problems.index(r, 3).data() for r in range(problems.rowCount())]
    assert any("geen getal" in reason for reason in reasons)
    assert "fout(en) gevonden" in dialog.status.text()
    assert "personeel-fout.xlsx" in dialog.status.text()
    assert not dialog.import_button.isEnabled()
    # the recognised columns are shown even for a bad file; private data is not read
    fields = {
        dialog.column_model.index(r, 0).data(): dialog.column_model.index(r, 1).data()
        for r in range(dialog.column_model.rowCount())
    }
    assert fields["Personeelsnummer"] == "A" and fields["FTE"] == "E"
    assert "Telefoon privé" in dialog.ignored.text()

    QTest.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)  # disabled: no effect
    assert dialog.last_task is not None and dialog.last_task.done
    assert _state(demo_db) == before
    assert changes == []


def test_good_file_previews_then_imports_on_request(
    qtbot: QtBot, context: AppContext, demo_db: Database, tmp_path: Path, changes: list[str]
) -> None:
    path = _workbook(
        tmp_path / "personeel.xlsx",
        [
            HEADERS,
            [
                "9101",
                "Vermeulen",
                "Ilse",
                "Beleidsadviseur",
                "1",
                "Sociaal team Noord",
                "1-3-2021",
                "0612345678",
            ],
            ["9102", "Bakker", "Sem", "Consulent", "0,8", "Sociaal team Oost", None, None],
        ],
    )
    before = _state(demo_db)

    dialog = _open(qtbot, context, "staff", path)

    assert dialog.problem_model.rowCount() == 0
    assert "geen fouten gevonden" in dialog.status.text()
    assert "2 nieuw" in dialog.outcome.text() and "Proefdraai" in dialog.outcome.text()
    assert dialog.import_button.isEnabled()
    assert _state(demo_db) == before  # the preview's dry run left nothing behind

    QTest.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.imported, timeout=20_000)
    count_before, count_after = before[0][0], _state(demo_db)[0][0]
    assert count_after == count_before + 2
    assert "2 nieuw" in dialog.outcome.text() and "Proefdraai" not in dialog.outcome.text()
    assert changes == ["employees"]
    assert not dialog.import_button.isVisible()


def test_choose_a_catalogue_file_with_the_file_chooser(
    qtbot: QtBot, context: AppContext, demo_db: Database, tmp_path: Path
) -> None:
    exported = tmp_path / "catalogus.xlsx"
    with demo_db.unit_of_work() as uow:
        catalogue_io.export_catalogue(uow, exported)
    book = openpyxl.load_workbook(exported)
    sheet = book["Opleidingen"]
    headers = [cell.value for cell in sheet[1]]
    hours_column = headers.index("Uren") + 1
    sheet.cell(row=3, column=hours_column, value=-8)
    book.save(exported)
    before = _state(demo_db)

    dialog = _open(qtbot, context, "catalogue", None)
    assert dialog.replace_box.isVisible()
    chooser = dialog.choose_file()
    assert isinstance(chooser, QFileDialog) and chooser.isVisible()
    chooser.selectFile(str(exported))
    chooser.accept()
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=20_000)

    assert dialog.path == exported
    assert dialog.problem_model.rowCount() >= 1
    first = dialog.problem_model.rows[0]
    assert first.row == 3 and first.value == "-8"
    assert not dialog.import_button.isEnabled()
    assert _state(demo_db) == before
    assert context.settings.value("import/folder") == str(tmp_path)


def test_missing_file_is_reported_in_the_dialog(
    qtbot: QtBot, context: AppContext, tmp_path: Path
) -> None:
    dialog = _open(qtbot, context, "assessments", tmp_path / "weg.xlsx")
    assert dialog.problem_model.rowCount() == 1
    assert "bestaat niet" in dialog.problem_model.index(0, 3).data()
    assert not dialog.import_button.isEnabled()


def test_closing_while_the_file_is_read_waits_for_the_reader(
    qtbot: QtBot, context: AppContext, tmp_path: Path
) -> None:
    path = _workbook(
        tmp_path / "personeel.xlsx",
        [HEADERS, ["9201", "Smit", "Lotte", "Consulent", "1", "", None, None]],
    )
    dialog = ImportDialog(context, "staff", path)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    destroyed: list[bool] = []
    dialog.destroyed.connect(lambda *_: destroyed.append(True))
    dialog.open()
    dialog.close()  # at once, while the preview runs on its worker thread
    assert not dialog.isVisible()
    qtbot.waitUntil(lambda: context.tasks.running() == 0, timeout=20_000)
    qtbot.waitUntil(lambda: destroyed == [True])
