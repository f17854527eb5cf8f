"""The drop-down editor of a self-assessment level cell in step 1."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from competentieplanner.ui.models.interview_levels import LEVEL_ROLE


class LevelDelegate(QStyledItemDelegate):
    """Edits a level cell with a drop-down of the scale (empty = not filled in)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.levels: list[tuple[int, str]] = []

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        editor = QComboBox(parent)
        editor.addItem(self.tr("(niet ingevuld)"), 0)
        for level, label in self.levels:
            editor.addItem(f"{level} · {label}", level)
        editor.setAccessibleName(self.tr("Niveau zelfbeoordeling"))
        editor.activated.connect(lambda _row, e=editor: self.commitData.emit(e))
        return editor

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        level = index.data(LEVEL_ROLE) or 0
        editor.setCurrentIndex(max(0, editor.findData(level)))

    def setModelData(
        self, editor: QWidget, model: QAbstractItemModel, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
