"""Issue 15: no two actions reachable at once share an Alt+letter (Alt+L used to open Beeld
instead of Later ▶ in Plannen). Every screen and every tab on it is walked, in Dutch and in
English."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from competentieplanner.persistence.database import Database
from competentieplanner.ui import i18n
from competentieplanner.ui.main_window import MainWindow
from tests.ui.screen_walk import mnemonic, mnemonics_on_show, walk
from tests.ui.shell_support import close_message_boxes, make_context, wait_for_tasks


@pytest.fixture(params=["nl", "en"])
def window(
    request: pytest.FixtureRequest,
    qapp: QApplication,
    qtbot: QtBot,
    demo_db: Database,
    tmp_path: Path,
) -> Iterator[MainWindow]:
    i18n.install_translators(qapp, request.param)
    request.addfinalizer(lambda: i18n.install_translators(qapp, "nl"))
    win = MainWindow(make_context(demo_db, tmp_path))
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    wait_for_tasks(qtbot, win)
    yield win
    close_message_boxes()
    wait_for_tasks(qtbot, win)


def test_mnemonic_reads_the_letter_after_a_single_ampersand() -> None:
    assert mnemonic("Ve&rwijderen") == "r"
    assert mnemonic("Profielen && competenties") is None
    assert mnemonic("&&Samen &Later") == "l"


def test_no_two_actions_on_show_share_a_mnemonic(qtbot: QtBot, window: MainWindow) -> None:
    clashes = []
    states = 0
    for state in walk(lambda: wait_for_tasks(qtbot, window), window):
        states += 1
        for letter, texts in sorted(mnemonics_on_show(window).items()):
            if len(texts) > 1:
                clashes.append(f"{state}: Alt+{letter.upper()}: {', '.join(texts)}")
    assert states > len(window.page_keys())  # the tabs were walked too
    assert not clashes, "\n".join(dict.fromkeys(clashes))
