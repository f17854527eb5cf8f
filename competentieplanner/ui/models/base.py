"""A table model whose columns are a fixed tuple of headers, translated when shown.

Subclasses list their headers with ``QT_TRANSLATE_NOOP(context, text)`` (so lupdate finds them)
and name that same context in ``translation_context``; they add ``rowCount`` and ``data``.
"""

from __future__ import annotations

from typing import Any, ClassVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

_Index = QModelIndex | QPersistentModelIndex


class HeaderedTableModel(QAbstractTableModel):
    """One column per entry of ``headers``, shown translated in ``translation_context``."""

    headers: ClassVar[tuple[str, ...]]
    translation_context: ClassVar[str]

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(self.translation_context, self.headers[section])
        return None
