"""A search box plus drop-down filters above a table; emits ``changed`` on every edit."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from competentieplanner.ui import theme

#: The value a drop-down filter has when it does not filter.
ALL = ""


class FilterBar(QWidget):
    """Search-as-you-type and named drop-down filters.

    With ``search_in_bar=False`` the screen places ``search`` itself (e.g. beside its title).
    ``values()`` returns ``{key: selected value}`` with ``ALL`` for "no filter"; ``search_text()``
    the lowercased search string.
    """

    changed = Signal()

    def __init__(
        self, placeholder: str, parent: QWidget | None = None, *, search_in_bar: bool = True
    ) -> None:
        super().__init__(parent)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(placeholder)
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(QCoreApplication.translate("FilterBar", "Zoeken"))
        self.search.setMinimumWidth(260)
        self.search.setMaximumWidth(560)
        self.search.textChanged.connect(self.changed)
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(theme.SPACING)
        if search_in_bar:
            self._layout.addWidget(self.search, 1)
        self.combos: dict[str, QComboBox] = {}
        self._layout.addStretch(1)
        self.reset_button = QPushButton(
            QCoreApplication.translate("FilterBar", "Filters wissen"), self
        )
        self.reset_button.setAccessibleName(
            QCoreApplication.translate("FilterBar", "Alle filters wissen")
        )
        self.reset_button.clicked.connect(self.clear)
        self._layout.addWidget(self.reset_button)
        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        find.activated.connect(self.focus_search)

    def add_filter(self, key: str, label: str, all_text: str) -> QComboBox:
        """Add a drop-down filter; its first entry (``all_text``) means "no filter"."""
        caption = QLabel(label, self)
        combo = QComboBox(self)
        combo.setAccessibleName(label.rstrip(":"))
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(12)
        combo.addItem(all_text, ALL)
        caption.setBuddy(combo)
        combo.currentIndexChanged.connect(self.changed)
        index = self._layout.count() - 2  # before the stretch and the reset button
        self._layout.insertWidget(index, caption)
        self._layout.insertWidget(index + 1, combo)
        self.combos[key] = combo
        return combo

    def set_options(self, key: str, options: Sequence[tuple[str, str]]) -> None:
        """Replace a filter's choices with (shown text, value) pairs, keeping the selection."""
        combo = self.combos[key]
        current = combo.currentData()
        combo.blockSignals(True)
        try:
            while combo.count() > 1:
                combo.removeItem(combo.count() - 1)
            for text, value in options:
                combo.addItem(text, value)
            index = combo.findData(current)
            combo.setCurrentIndex(index if index >= 0 else 0)
        finally:
            combo.blockSignals(False)
        if combo.currentData() != current:
            self.changed.emit()

    def select(self, key: str, value: str) -> None:
        combo = self.combos[key]
        index = combo.findData(value)
        combo.setCurrentIndex(index if index >= 0 else 0)

    def values(self) -> dict[str, str]:
        return {key: str(combo.currentData() or ALL) for key, combo in self.combos.items()}

    def search_text(self) -> str:
        return self.search.text().strip().lower()

    def clear(self) -> None:
        self.blockSignals(True)
        try:
            self.search.clear()
            for combo in self.combos.values():
                combo.setCurrentIndex(0)
        finally:
            self.blockSignals(False)
        self.changed.emit()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()
