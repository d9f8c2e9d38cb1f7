"""The agenda as a table model: items in their order, internal ones marked, rows dragged to a
new place.

A drop does not move rows itself: it asks, through ``move_requested``, for the item to be
moved by the service (one undoable step), and the model is read afresh when the change is
announced. Returning False from ``dropMimeData`` keeps the view from removing the dragged
row as it would after a move it performed itself.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import ClassVar

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont

from dialoguetracker.domain.enums import Handling
from dialoguetracker.domain.records import AgendaItem
from dialoguetracker.gui.vocabulary import handling_name, side_name
from dialoguetracker.gui.widgets.labels import internal_background, internal_brush
from dialoguetracker.gui.widgets.table_model import HeaderedTableModel

POSITION, TITLE, TOPIC, LEAD, PRESENTER, MINUTES, HANDLING = range(7)
ID_ROLE = Qt.ItemDataRole.UserRole + 1
MIME_TYPE = "application/x-dialoguetracker-agenda-item"

Index = QModelIndex | QPersistentModelIndex


class AgendaModel(HeaderedTableModel[AgendaItem]):
    HEADER_CONTEXT = "AgendaModel"
    HEADERS: ClassVar[tuple[object, ...]] = (
        QT_TRANSLATE_NOOP("AgendaModel", "#"),
        QT_TRANSLATE_NOOP("AgendaModel", "Title"),
        QT_TRANSLATE_NOOP("AgendaModel", "Topic"),
        QT_TRANSLATE_NOOP("AgendaModel", "Lead"),
        QT_TRANSLATE_NOOP("AgendaModel", "Presenter"),
        QT_TRANSLATE_NOOP("AgendaModel", "Minutes"),
        QT_TRANSLATE_NOOP("AgendaModel", "Handling"),
    )

    move_requested = Signal(int, int)
    """(item id, new position from 1): a row was dropped at a new place."""

    def __init__(self) -> None:
        super().__init__()
        self.topics: Mapping[int, str] = {}
        self.people: Mapping[int, str] = {}
        self.locked = False

    def set_items(
        self,
        items: Sequence[AgendaItem],
        topics: Mapping[int, str],
        people: Mapping[int, str],
        locked: bool,
    ) -> None:
        self.beginResetModel()
        self.rows, self.topics, self.people = list(items), topics, people
        self.locked = locked
        self.endResetModel()

    def item(self, row: int) -> AgendaItem:
        return self.rows[row]

    def row_of(self, item_id: int) -> int | None:
        for row, item in enumerate(self.rows):
            if item.id == item_id:
                return row
        return None

    # -- reading ----------------------------------------------------------------------------

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        item = self.row_at(index)
        if item is None:
            return None
        column = index.column()
        internal = item.handling is Handling.INTERNAL
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(item, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if internal:
                return QCoreApplication.translate(
                    "AgendaModel", "Internal: our side only; left out of shared exports"
                )
            return self._text(item, column)
        if role == ID_ROLE:
            return item.id
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (POSITION, MINUTES):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if internal and column == HANDLING:
            if role == Qt.ItemDataRole.ForegroundRole:
                return internal_brush()
            if role == Qt.ItemDataRole.BackgroundRole:
                return internal_background()
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
        return None

    def _text(self, item: AgendaItem, column: int) -> str:
        if column == POSITION:
            return str(item.position)
        if column == TITLE:
            return item.title
        if column == TOPIC:
            return "" if item.topic_id is None else self.topics.get(item.topic_id, "")
        if column == LEAD:
            return side_name(item.lead)
        if column == PRESENTER:
            return "" if item.presenter_id is None else self.people.get(item.presenter_id, "")
        if column == MINUTES:
            return "" if item.planned_minutes is None else str(item.planned_minutes)
        if column == HANDLING:
            text = handling_name(item.handling)
            return text.upper() if item.handling is Handling.INTERNAL else text
        return ""

    # -- drag and drop ----------------------------------------------------------------------

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            if self.locked:
                return Qt.ItemFlag.NoItemFlags
            return Qt.ItemFlag.ItemIsDropEnabled
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not self.locked:
            flags |= Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsDropEnabled
        return flags

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:  # noqa: N802
        data = QMimeData()
        chosen = sorted({index.row() for index in indexes if index.isValid()})
        if chosen:
            data.setData(MIME_TYPE, QByteArray(str(self.rows[chosen[0]].id).encode("ascii")))
        return data

    def canDropMimeData(  # noqa: N802
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,
        parent: Index,
    ) -> bool:
        return not self.locked and data.hasFormat(MIME_TYPE)

    def dropMimeData(  # noqa: N802
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,
        parent: Index,
    ) -> bool:
        if self.locked or not data.hasFormat(MIME_TYPE):
            return False
        try:
            item_id = int(bytes(data.data(MIME_TYPE).data()).decode("ascii"))
        except ValueError:
            return False
        source = self.row_of(item_id)
        if source is None:
            return False
        target = self.drop_target(source, row, parent)
        if target != source:
            self.move_requested.emit(item_id, target + 1)
        return False

    def drop_target(self, source: int, row: int, parent: Index) -> int:
        """The row the dragged item ends up in: dropped on an item it takes that item's
        place; dropped between two items it lands between them."""
        last = len(self.rows) - 1
        if parent.isValid():
            return min(parent.row(), last)
        if row < 0:
            return last
        return min(row if row <= source else row - 1, last)
