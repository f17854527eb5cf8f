"""Input on a screen that is not saved yet: one question before it could be lost.

A screen holding such input implements :class:`UnsavedWork`. The main window asks every screen
before the window closes, before another database opens and before another screen is shown:
Opslaan saves each screen's input (in turn; a refused save stops there and nothing is lost),
Niet opslaan discards it, Annuleren keeps everything as it is.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Protocol, runtime_checkable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget


def _tr(text: str) -> str:
    return QCoreApplication.translate("UnsavedWork", text)


@runtime_checkable
class UnsavedWork(Protocol):
    def unsaved_changes(self) -> list[str]:
        """What is not saved, one short description each ("Het plan van Jan"); [] if nothing."""
        ...

    def save_changes(self, then: Callable[[], None]) -> None:
        """Save it (off the GUI thread); ``then()`` once saved. A refusal shows its message and
        never calls ``then``."""
        ...

    def discard_changes(self) -> None:
        """Forget the input: the screen shows what is stored again."""
        ...


def pending(widgets: Iterable[QWidget | None]) -> list[UnsavedWork]:
    found: list[UnsavedWork] = []
    for widget in widgets:
        if isinstance(widget, UnsavedWork) and widget.unsaved_changes():
            found.append(widget)
    return found


def save_in_turn(screens: list[UnsavedWork], then: Callable[[], None]) -> None:
    if not screens:
        then()
        return
    first, rest = screens[0], screens[1:]
    first.save_changes(lambda: save_in_turn(rest, then))


def ask_before_leaving(
    parent: QWidget, widgets: Iterable[QWidget | None], proceed: Callable[[], None]
) -> QMessageBox | None:
    """Ask (without blocking) what to do with unsaved input on ``widgets``; ``proceed()`` once
    it is saved or discarded. None, and ``proceed`` is NOT called, when nothing is unsaved."""
    screens = pending(widgets)
    if not screens:
        return None
    descriptions = [text for screen in screens for text in screen.unsaved_changes()]
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(_tr("Niet opgeslagen wijzigingen"))
    box.setText(_tr("Er zijn wijzigingen die nog niet zijn opgeslagen:"))
    box.setInformativeText(
        "\n".join(f"• {text}" for text in descriptions) + "\n\n" + _tr("Wilt u ze opslaan?")
    )
    box.setStandardButtons(
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel
    )
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    box.setEscapeButton(QMessageBox.StandardButton.Cancel)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def answered(button: int) -> None:
        choice = QMessageBox.StandardButton(button)
        if choice == QMessageBox.StandardButton.Save:
            save_in_turn(screens, proceed)
        elif choice == QMessageBox.StandardButton.Discard:
            for screen in screens:
                screen.discard_changes()
            proceed()

    box.finished.connect(answered)
    box.open()
    return box
