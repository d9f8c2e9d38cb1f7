"""The base of the simple read-only table models: one row per item of ``rows``, and a header row
whose texts are marked in ``HEADERS`` and translated when shown.

A subclass sets ``HEADERS`` (each text marked with ``QT_TRANSLATE_NOOP`` in the subclass's
context, so that lupdate finds it) and ``HEADER_CONTEXT``, fills ``rows``, and writes ``data``;
paging, drag and drop and the rest stay its own.
"""

from __future__ import annotations

from typing import ClassVar, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

RowT = TypeVar("RowT")
Index = QModelIndex | QPersistentModelIndex


class HeaderedTableModel(QAbstractTableModel, Generic[RowT]):
    HEADERS: ClassVar[tuple[object, ...]] = ()
    """The column headers, one per column, marked with ``QT_TRANSLATE_NOOP``."""
    HEADER_CONTEXT: ClassVar[str] = ""
    """The translation context the headers are marked in."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[RowT] = []

    def row_at(self, index: Index) -> RowT | None:
        """The item on ``index``'s row; None for an invalid index or a row past the end."""
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        return self.rows[index.row()]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(  # noqa: N802
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> object:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.HEADERS)
        ):
            return QCoreApplication.translate(self.HEADER_CONTEXT, str(self.HEADERS[section]))
        return None
