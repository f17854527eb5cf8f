"""Step 5's SMART fields of the selected agreement: the result, who carries it and the date it is
due, with a prompt that names what is still missing."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QDateEdit, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from competentieplanner.domain.interview import ActionEntry
from competentieplanner.ui.interview.labels import from_qdate, to_qdate
from competentieplanner.ui.widgets.common import Hint

#: The date edit's "no date" value (shown as its special text): a QDateEdit cannot be empty.
NO_DATE = QDate(2000, 1, 1)


class SmartFields(QWidget):
    """``edited(field, value)`` for ``result``, ``owner`` or ``deadline`` (a date or None)."""

    edited = Signal(str, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        column.addLayout(row)
        self.result_edit = QLineEdit(self)
        self.result_edit.setPlaceholderText(self.tr("bijv. zelfstandig een adviesnota opstellen"))
        self.owner_edit = QLineEdit(self)
        self.owner_edit.setMaxLength(200)
        self.owner_edit.setPlaceholderText(self.tr("bijv. de medewerker"))
        self.deadline_edit = QDateEdit(self)
        self.deadline_edit.setCalendarPopup(True)
        self.deadline_edit.setDisplayFormat("dd-MM-yyyy")
        self.deadline_edit.setMinimumDate(NO_DATE)
        self.deadline_edit.setSpecialValueText(self.tr("(geen datum)"))
        for text, widget, stretch in (
            (self.tr("&Resultaat"), self.result_edit, 3),
            (self.tr("&Trekker"), self.owner_edit, 2),
            (self.tr("&Uiterlijk"), self.deadline_edit, 0),
        ):
            label = QLabel(text, self)
            label.setBuddy(widget)
            widget.setAccessibleName(text.replace("&", ""))
            row.addWidget(label)
            row.addWidget(widget, stretch)
        self.prompt = Hint("", self)
        column.addWidget(self.prompt)
        self.result_edit.textEdited.connect(lambda text: self._emit("result", text))
        self.owner_edit.textEdited.connect(lambda text: self._emit("owner", text))
        self.deadline_edit.dateChanged.connect(lambda day: self._emit("deadline", _day(day)))

    def show_action(self, action: ActionEntry) -> None:
        self._loading = True
        try:
            self.result_edit.setText(action.result)
            self.owner_edit.setText(action.owner)
            self.deadline_edit.setDate(to_qdate(action.deadline) if action.deadline else NO_DATE)
        finally:
            self._loading = False
        self.show_prompt(action)

    def show_prompt(self, action: ActionEntry) -> None:
        missing = action.smart_missing()
        self.prompt.setText(
            self.tr("Nog niet SMART: vul {missing} in.").format(missing=", ".join(missing))
            if missing
            else self.tr("SMART: resultaat, trekker en einddatum zijn afgesproken.")
        )

    def _emit(self, field: str, value: object) -> None:
        if not self._loading:
            self.edited.emit(field, value)


def _day(day: QDate) -> dt.date | None:
    return None if day == NO_DATE else from_qdate(day)
