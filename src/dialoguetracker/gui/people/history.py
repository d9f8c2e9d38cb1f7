"""A person's meeting history as a table model that fetches a page at a time.

The count is asked for once; rows come in pages of :data:`PAGE` as the view scrolls
(``canFetchMore``/``fetchMore``), so a long career opens as fast as a short one.
"""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from dialoguetracker.gui.vocabulary import (
    day_text,
    meeting_status_name,
    presence_name,
    role_name,
    when_text,
)
from dialoguetracker.gui.widgets.table_model import HeaderedTableModel
from dialoguetracker.services.context import Services
from dialoguetracker.services.people_history import (
    MeetingAttended,
    count_person_meetings,
    person_meetings,
)

PAGE = 100
MEETING_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex


class HistoryModel(HeaderedTableModel[MeetingAttended]):
    DATE, MEETING, STATUS, ROLE, PRESENCE, DIALOGUE = range(6)
    HEADER_CONTEXT = "HistoryModel"
    HEADERS: ClassVar[tuple[object, ...]] = (
        QT_TRANSLATE_NOOP("HistoryModel", "Date"),
        QT_TRANSLATE_NOOP("HistoryModel", "Meeting"),
        QT_TRANSLATE_NOOP("HistoryModel", "Status"),
        QT_TRANSLATE_NOOP("HistoryModel", "Role"),
        QT_TRANSLATE_NOOP("HistoryModel", "Presence"),
        QT_TRANSLATE_NOOP("HistoryModel", "Dialogue"),
    )

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.person_id: int | None = None
        self.total = 0

    def set_person(self, person_id: int | None) -> None:
        self.beginResetModel()
        self.person_id = person_id
        self.rows = []
        self.total = 0 if person_id is None else count_person_meetings(self.services, person_id)
        self.endResetModel()
        if self.canFetchMore(QModelIndex()):
            self.fetchMore(QModelIndex())

    # -- paging ----------------------------------------------------------------------------

    def canFetchMore(self, parent: Index) -> bool:  # noqa: N802 (Qt's name)
        return not parent.isValid() and len(self.rows) < self.total

    def fetchMore(self, parent: Index) -> None:  # noqa: N802 (Qt's name)
        if parent.isValid() or self.person_id is None:
            return
        page = person_meetings(self.services, self.person_id, offset=len(self.rows), limit=PAGE)
        if not page:
            self.total = len(self.rows)  # the store changed under us; stop asking
            return
        first = len(self.rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self.rows.extend(page)
        self.endInsertRows()

    # -- the model -------------------------------------------------------------------------

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        row = self.row_at(index)
        if row is None:
            return None
        column = index.column()
        if role == MEETING_ID_ROLE:
            return row.meeting_id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.MEETING:
                return row.title
            if column == self.DATE:
                return when_text(row.start)
        if role == SORT_ROLE and column == self.DATE:
            return row.start.isoformat()
        return None

    def _text(self, row: MeetingAttended, column: int) -> str | None:
        if column == self.DATE:
            return day_text(row.start)
        if column == self.MEETING:
            return row.title
        if column == self.STATUS:
            return meeting_status_name(row.status)
        if column == self.ROLE:
            return role_name(row.role)
        if column == self.PRESENCE:
            return presence_name(row.presence)
        if column == self.DIALOGUE:
            return row.dialogue
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def meeting_id(self, row: int) -> int:
        return self.rows[row].meeting_id


class HistoryTable(QTableView):
    def __init__(self, model: HistoryModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("personHistory")
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(HistoryModel.MEETING, QHeaderView.ResizeMode.Stretch)
