"""Walk every screen of the main window and every tab on it, as a user would look at them; the
mnemonic and layout tests check what is on show in each state."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QLabel, QTabBar, QTabWidget, QToolButton, QWidget

from competentieplanner.ui.controllers.employees import DETAIL_DELAY_MS
from competentieplanner.ui.main_window import MainWindow

_MNEMONIC = re.compile(r"&(?!&)(.)")


def mnemonic(text: str) -> str | None:
    """The Alt+letter of a text ("Ve&rwijderen" -> "r"); "&&" is a literal ampersand."""
    found = _MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).lower() if found else None


def on_show(window: MainWindow) -> list[QWidget]:
    return [w for w in window.findChildren(QWidget) if w.isVisibleTo(window)]


def _fill_in(settle: Callable[[], None], window: MainWindow, key: str) -> None:
    """Put something on the screen the way a user would, so its editing controls show: a
    person's plan in Plannen (they are hidden until a person is chosen)."""
    page = window.page(key)
    if key == "employees":
        view = page.table  # type: ignore[union-attr]
        if view.model().rowCount():
            view.selectRow(0)  # the person's detail shows beside the list
            QTest.qWait(DETAIL_DELAY_MS + 50)  # it is read once the selection rests
            settle()
    if key == "plans":
        tab = page.person  # type: ignore[union-attr]
        if tab.controller.person is None and tab.person_model.rows:
            tab.choose_person(tab.person_model.rows[0].personnel_number)
            settle()
            if tab.items_model.rowCount():
                tab.table.selectRow(0)
        organisation = page.organisation  # type: ignore[union-attr]
        if not organisation.total_spin.value():
            organisation.total_spin.setValue(250_000)
        organisation.calculate()  # what the budget buys per unit: amounts in the tables
        settle()


def walk(settle: Callable[[], None], window: MainWindow) -> Iterator[str]:
    """Show each screen and, on it, each tab of each tab widget (nested ones too); yields a
    name for the state ("plans / Budget organisatie") with the state on show. ``settle()``
    waits until the background work is done."""
    for key in window.page_keys():
        window.show_page(key)
        settle()
        _fill_in(settle, window, key)
        yield key
        page = window.page(key)
        if page is not None:
            yield from _walk_tabs(settle, window, page, key)


def _outer_tab_widgets(root: QWidget) -> list[QTabWidget]:
    """The tab widgets under ``root`` that are not inside another tab widget under it."""
    found = []
    for tabs in root.findChildren(QTabWidget):
        parent = tabs.parentWidget()
        while parent is not None and parent is not root and not isinstance(parent, QTabWidget):
            parent = parent.parentWidget()
        if parent is root:
            found.append(tabs)
    return found


def _walk_tabs(
    settle: Callable[[], None], window: MainWindow, root: QWidget, where: str
) -> Iterator[str]:
    for tabs in _outer_tab_widgets(root):
        if not tabs.isVisibleTo(window):
            continue
        start = tabs.currentIndex()
        for index in range(tabs.count()):
            if not tabs.isTabEnabled(index):
                continue
            tabs.setCurrentIndex(index)
            settle()
            name = f"{where} / {tabs.tabText(index).replace('&', '')}"
            if index != start:
                yield name
            page = tabs.widget(index)
            if page is not None:
                yield from _walk_tabs(settle, window, page, name)
        tabs.setCurrentIndex(start)
        settle()


def mnemonics_on_show(window: MainWindow) -> dict[str, list[str]]:
    """Every Alt+letter reachable now (menu bar, buttons, labels with a buddy, tabs) and the
    texts that claim it."""
    claims: dict[str, list[str]] = {}

    def claim(text: str, what: str) -> None:
        letter = mnemonic(text)
        if letter is not None:
            claims.setdefault(letter, []).append(f"{what} '{text}'")

    for action in window.menuBar().actions():
        if action.isVisible():
            claim(action.text(), "menu")
    for widget in on_show(window):
        if isinstance(widget, QToolButton) and widget.defaultAction() is not None:
            continue  # a toolbar button shows the action's icon text: no mnemonic
        if isinstance(widget, QAbstractButton):
            claim(widget.text(), type(widget).__name__)
        elif isinstance(widget, QLabel) and widget.buddy() is not None:
            claim(widget.text(), "label")
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                claim(widget.tabText(index), "tab")
    return claims
