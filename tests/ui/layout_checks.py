"""What "fits the screen" means, checked on the window as it is on show: every control lies
inside the window or inside a scroll area that reaches it, and no text is cut off without a
tooltip that shows it whole (labels and table cells)."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import Qt  # QtGui's Qt also has mightBeRichText
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QStatusBar,
    QTabBar,
    QTableView,
    QWidget,
)

from competentieplanner.ui.main_window import MainWindow
from tests.ui.screen_walk import on_show

#: Controls the user acts on (and the status bar, which says what happened).
ACTIONABLE = (QAbstractButton, QComboBox, QLineEdit, QAbstractSpinBox, QTabBar, QStatusBar)
#: Table rows checked per table for cut-off cells (the first screenful is what one sees).
ROWS_CHECKED = 40
#: Room a table cell's text needs beside the text itself (the style's cell padding).
CELL_PADDING = 8


def _name(widget: QWidget) -> str:
    text = getattr(widget, "text", None)
    shown = text() if callable(text) else ""
    return f"{type(widget).__name__} '{shown or widget.accessibleName() or widget.objectName()}'"


def _clipped(widget: QWidget, window: MainWindow) -> bool:
    """Part of ``widget`` is cut off by an ancestor (the window included) that cannot scroll."""
    rect = QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())
    parent = widget.parentWidget()
    while parent is not None:
        area = QRect(parent.mapTo(window, parent.rect().topLeft()), parent.size())
        scroll = parent.parentWidget()
        if isinstance(scroll, QAbstractScrollArea) and parent is scroll.viewport():
            # Scrolling reaches it, unless that direction cannot scroll.
            off = Qt.ScrollBarPolicy.ScrollBarAlwaysOff
            across = rect.left() < area.left() - 1 or rect.right() > area.right() + 1
            down = rect.top() < area.top() - 1 or rect.bottom() > area.bottom() + 1
            return (scroll.horizontalScrollBarPolicy() == off and across) or (
                scroll.verticalScrollBarPolicy() == off and down
            )
        if not area.contains(rect):
            return True
        if parent is window:
            return False
        parent = parent.parentWidget()
    return False


def off_screen(window: MainWindow) -> list[str]:
    found = []
    for widget in on_show(window):
        if isinstance(widget, ACTIONABLE) and widget.width() > 0 and _clipped(widget, window):
            found.append(f"outside the visible area: {_name(widget)}")
    return found


def _elided_label(label: QLabel) -> bool:
    text = label.text()
    if not text or label.wordWrap() or label.toolTip() or Qt.mightBeRichText(text):
        return False
    width = label.fontMetrics().horizontalAdvance(text.replace("&", "") if label.buddy() else text)
    return width > label.contentsRect().width() + 1


def _elided_cells(view: QTableView) -> list[str]:
    model = view.model()
    if model is None:
        return []
    metrics = view.fontMetrics()
    found = []
    for row in range(min(model.rowCount(), ROWS_CHECKED)):
        for column in range(model.columnCount()):
            if view.isColumnHidden(column):
                continue
            index = model.index(row, column)
            text = index.data(Qt.ItemDataRole.DisplayRole)
            if not isinstance(text, str) or not text or index.data(Qt.ItemDataRole.ToolTipRole):
                continue
            needed = metrics.horizontalAdvance(text) + CELL_PADDING
            if index.data(Qt.ItemDataRole.DecorationRole) is not None:
                needed += view.iconSize().width() + 4
            if needed > view.columnWidth(column):
                header = model.headerData(column, Qt.Orientation.Horizontal)
                where = f"{view.accessibleName()!r}, column {header!r}"
                found.append(f"cut-off cell in {where}: {text!r}")
                break
    return found


def cut_off_texts(window: MainWindow) -> list[str]:
    found = []
    for widget in on_show(window):
        if isinstance(widget, QLabel) and _elided_label(widget):
            found.append(f"label cut off without a tooltip: {widget.text()!r}")
        elif isinstance(widget, QTableView):
            found.extend(_elided_cells(widget))
    return found
