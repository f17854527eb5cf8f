"""Helpers for the editing forms: labelled rows with buddies and accessible names, plain-text
boxes of a sensible height, and the small button rows under a form."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)


def add_row(form: QFormLayout, text: str, field: QWidget, accessible: str = "") -> QLabel:
    """A form row whose label is the field's buddy (Alt+letter jumps there) and whose name
    screen readers announce."""
    label = QLabel(text, form.parentWidget())
    label.setBuddy(field)
    field.setAccessibleName(accessible or text.replace("&", "").rstrip(":"))
    form.addRow(label, field)
    return label


def text_box(parent: QWidget, lines: int = 3) -> QPlainTextEdit:
    """A plain-text box about ``lines`` lines high; Tab moves on instead of typing a tab."""
    box = QPlainTextEdit(parent)
    box.setTabChangesFocus(True)
    metrics = QFontMetrics(box.font())
    box.setFixedHeight(metrics.lineSpacing() * lines + 14)
    return box


def button(parent: QWidget, text: str, accessible: str = "") -> QPushButton:
    widget = QPushButton(text, parent)
    widget.setAccessibleName(accessible or text.replace("&", "").rstrip("…"))
    widget.setAutoDefault(False)
    return widget


def button_row(*buttons: QWidget, stretch_first: bool = True) -> QHBoxLayout:
    row = QHBoxLayout()
    row.setContentsMargins(0, 0, 0, 0)
    if stretch_first:
        row.addStretch(1)
    for widget in buttons:
        row.addWidget(widget)
    return row


def prepare_table(view: QTableView, accessible: str) -> None:
    """Common table settings: whole rows, one at a time, sortable, no per-row resizing."""
    view.setAccessibleName(accessible)
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    # No sort column until the user clicks a header: rows keep their natural order.
    view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    view.setSortingEnabled(True)
    view.setWordWrap(False)
    rows = view.verticalHeader()
    rows.setVisible(False)
    rows.setDefaultSectionSize(view.fontMetrics().height() + 10)
    header = view.horizontalHeader()
    header.setResizeContentsPrecision(0)
    header.setStretchLastSection(True)
    header.setHighlightSections(False)
    view.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside it


@dataclass(frozen=True, slots=True)
class ListPanel:
    """A table of rows with "new" and "remove" buttons under it, left of an editing form."""

    widget: QWidget
    table: QTableView
    new_button: QPushButton
    remove_button: QPushButton


def list_panel(
    parent: QWidget,
    model: QAbstractItemModel,
    accessible: str,
    widths: Iterable[int],
    new_text: str,
    remove_text: str,
    remove_accessible: str,
) -> ListPanel:
    """The table showing ``model`` (columns ``widths`` wide) above its new/remove buttons."""
    widget = QWidget(parent)
    layout = QVBoxLayout(widget)
    layout.setContentsMargins(0, 0, 0, 0)
    table = QTableView(widget)
    table.setModel(model)
    prepare_table(table, accessible)
    header = table.horizontalHeader()
    for column, width in enumerate(widths):
        header.resizeSection(column, width)
    layout.addWidget(table, 1)
    new_button = button(widget, new_text)
    remove_button = button(widget, remove_text, remove_accessible)
    layout.addLayout(button_row(new_button, remove_button, stretch_first=False))
    return ListPanel(widget, table, new_button, remove_button)
