"""The manual in the application (F1, context help per screen) and printing with Ctrl+P."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication

from competentieplanner import paths
from competentieplanner.persistence import repositories as repo
from competentieplanner.persistence.database import Database
from competentieplanner.ui import printing
from competentieplanner.ui.help_window import DOCUMENTS, SCREEN_SECTIONS, HelpWindow, headings
from competentieplanner.ui.main_window import MainWindow
from tests.pdf_reading import reader
from tests.ui.shell_support import make_context, wait_for_tasks


@pytest.fixture
def window(qtbot, demo_db: Database, tmp_path: Path) -> Iterator[MainWindow]:
    win = MainWindow(make_context(demo_db, tmp_path))
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    wait_for_tasks(qtbot, win)
    yield win
    wait_for_tasks(qtbot, win)


def _help(win: MainWindow) -> HelpWindow | None:
    return win.findChild(HelpWindow)


def test_every_screen_has_a_section_in_the_manual(qtbot) -> None:
    """Context help cannot point at a heading the manual lacks (renamed or removed)."""
    from competentieplanner.ui.pages import PAGES

    assert {spec.key for spec in PAGES} == set(SCREEN_SECTIONS)
    help_window = HelpWindow()
    qtbot.addWidget(help_window)
    for key, (name, heading) in SCREEN_SECTIONS.items():
        assert help_window.show_section(name, heading), (key, name, heading)
    for name, _title in DOCUMENTS:
        assert help_window.open_document(name)
        assert headings(help_window.browser.document()), name


def test_f1_opens_the_manual_at_the_section_of_the_current_screen(window, qtbot) -> None:
    window.show_page("teams")
    wait_for_tasks(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    help_window = _help(window)
    assert help_window is not None and help_window.isVisible()
    assert help_window.current_document == "ui.md"
    qtbot.waitUntil(lambda: help_window.visible_heading() == "Teams")
    # the text is the Markdown rendered (a table and headings), not the raw file
    assert "| Toets |" not in help_window.browser.toPlainText()
    assert "Ctrl+1" in help_window.browser.toPlainText()

    window.show_page("interview")
    wait_for_tasks(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    assert _help(window) is help_window  # one help window, reused
    assert help_window.current_document == "interview.md"
    assert help_window.visible_heading() == "Het ontwikkelgesprek (Gesprekken)"

    help_window.contents.setCurrentRow(2)
    assert help_window.current_document == "scoring.md"
    assert "Opleidingspad" in help_window.browser.toPlainText()
    wait_for_tasks(qtbot, window)


def test_links_between_manual_files_follow(qtbot) -> None:
    help_window = HelpWindow()
    qtbot.addWidget(help_window)
    help_window.open_document("ui.md")
    help_window.browser.setSource(help_window.browser.source().resolved("interview.md"))
    assert "Niets gaat verloren" in help_window.browser.toPlainText()


def test_the_manual_is_found_in_a_frozen_bundle(qtbot, tmp_path: Path, monkeypatch) -> None:
    """Frozen, the docs come from the bundle folder (build_installer.spec puts them there)."""
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "ui.md").write_text("# Gebundeld\n\n## Teams\ntekst\n", encoding="utf-8")
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert paths.docs_dir() == tmp_path / "docs"
    help_window = HelpWindow()
    qtbot.addWidget(help_window)
    assert help_window.show_section("ui.md", "Teams")
    assert "Gebundeld" in help_window.browser.toPlainText()
    assert not help_window.open_document("scoring.md")
    assert "niet gevonden" in help_window.browser.toPlainText()


def test_the_bundle_spec_ships_the_manual() -> None:
    spec = (Path(__file__).resolve().parents[2] / "build_installer.spec").read_text()
    assert '(str(ROOT / "docs"), "docs")' in spec


def _pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setResolution(96)
    return printer


def test_print_pdf_puts_every_page_on_the_printer(qapp: QApplication, tmp_path: Path) -> None:
    from reportlab.pdfgen import canvas

    source = tmp_path / "bron.pdf"
    drawing = canvas.Canvas(str(source))
    for number in (1, 2, 3):
        drawing.drawString(100, 700, f"Pagina {number}")
        drawing.showPage()
    drawing.save()
    printed = tmp_path / "printer.pdf"
    assert printing.print_pdf(source, _pdf_printer(printed)) == 3
    assert len(reader(printed).pages) == 3


def test_ctrl_p_prints_the_chosen_persons_plan(window, qtbot, demo_db, tmp_path: Path) -> None:
    with demo_db.read_session() as session:
        person = repo.load_employees(session)[3]
    page = window.show_page("reports")
    qtbot.waitUntil(lambda: page.loaded, timeout=20000)
    page.select_person(person.personnel_number)
    printed = tmp_path / "afgedrukt.pdf"
    page.printer = _pdf_printer(printed)
    messages: list[str] = []
    window.context.signals.status_message.connect(messages.append)
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.print_dialog is not None, timeout=60000)
    dialog = page.print_dialog
    assert isinstance(dialog, QPrintDialog) and dialog.isVisible()
    dialog.accept()  # the user presses Afdrukken: the dialog keeps the PDF printer it was given
    exported = Path(page._print_folder.name) / "rapport.pdf"
    assert printed.exists() and len(reader(printed).pages) == len(reader(exported).pages)
    assert person.last_name in "\n".join(p.extract_text() or "" for p in reader(exported).pages)
    assert any("afgedrukt" in m for m in messages)
    wait_for_tasks(qtbot, window)
