"""Item delegates for editing numbers and choices in table cells with proper editors."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

_Index = QModelIndex | QPersistentModelIndex


def _header(index: _Index) -> str:
    """The column title, as the editor's accessible name."""
    return str(index.model().headerData(index.column(), Qt.Orientation.Horizontal) or "")


class SpinBoxDelegate(QStyledItemDelegate):
    """Whole numbers between ``minimum`` and ``maximum`` (the maximum may depend on the row)."""

    def __init__(
        self,
        minimum: int,
        maximum: int | Callable[[_Index], int],
        parent: Any = None,
        *,
        special_text: str = "",
    ) -> None:
        super().__init__(parent)
        self.minimum = minimum
        self.maximum = maximum
        self.special_text = special_text

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:
        editor = QSpinBox(parent)
        maximum = self.maximum(index) if callable(self.maximum) else self.maximum
        editor.setRange(self.minimum, maximum)
        if self.special_text:
            editor.setSpecialValueText(self.special_text)
        editor.setAccessibleName(_header(index))
        return editor

    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        assert isinstance(editor, QSpinBox)
        value = index.data(Qt.ItemDataRole.EditRole)
        editor.setValue(int(value) if value is not None else self.minimum)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: _Index) -> None:
        assert isinstance(editor, QSpinBox)
        editor.interpretText()
        model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)


class DoubleSpinBoxDelegate(QStyledItemDelegate):
    """Decimal numbers (weights, hours, amounts) with a fixed number of decimals."""

    def __init__(
        self,
        minimum: float,
        maximum: float,
        decimals: int = 1,
        parent: Any = None,
        *,
        step: float = 0.5,
        prefix: str = "",
    ) -> None:
        super().__init__(parent)
        self.minimum, self.maximum, self.decimals = minimum, maximum, decimals
        self.step, self.prefix = step, prefix

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:
        editor = QDoubleSpinBox(parent)
        editor.setRange(self.minimum, self.maximum)
        editor.setDecimals(self.decimals)
        editor.setSingleStep(self.step)
        editor.setPrefix(self.prefix)
        editor.setAccessibleName(_header(index))
        return editor

    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        assert isinstance(editor, QDoubleSpinBox)
        value = index.data(Qt.ItemDataRole.EditRole)
        editor.setValue(float(value) if value is not None else self.minimum)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: _Index) -> None:
        assert isinstance(editor, QDoubleSpinBox)
        editor.interpretText()
        model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)


class ChoiceDelegate(QStyledItemDelegate):
    """A drop-down of (shown text, value) choices; the model gets the value."""

    def __init__(
        self,
        choices: Sequence[tuple[str, Any]] | Callable[[_Index], Sequence[tuple[str, Any]]],
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self.choices = choices

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:
        editor = QComboBox(parent)
        choices = self.choices(index) if callable(self.choices) else self.choices
        for text, value in choices:
            editor.addItem(text, value)
        editor.setAccessibleName(_header(index))
        return editor

    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        assert isinstance(editor, QComboBox)
        position = editor.findData(index.data(Qt.ItemDataRole.EditRole))
        editor.setCurrentIndex(max(position, 0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: _Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
