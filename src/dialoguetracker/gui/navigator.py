"""The dialogue navigator: *All dialogues* at its head (the portfolio across them), then
each dialogue, its years, and that year's meetings.

Years are listed at once with their counts; a year's meetings are read only when the year is
opened, so a dialogue with ten thousand meetings costs one small query to show.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QTreeView, QWidget

from dialoguetracker.domain.records import Dialogue
from dialoguetracker.gui.commitments.marks import warning_icon
from dialoguetracker.gui.placeholders import filled
from dialoguetracker.gui.vocabulary import day_month_text, past_planned_note

if TYPE_CHECKING:
    from dialoguetracker.gui.context import AppContext

DialogueYears = list[tuple[Dialogue, list[tuple[int, int]]]]
"""Each dialogue with its (year, meetings) pairs, newest year first."""

KIND_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
LOADED_ROLE = Qt.ItemDataRole.UserRole + 3
ALL = "all"
"""The kind of the head item, *All dialogues*."""


class Navigator(QTreeView):
    dialogue_selected = Signal(int)
    meeting_selected = Signal(int)
    all_selected = Signal()
    """*All dialogues* was chosen."""

    def __init__(self, context: AppContext | None, parent: QWidget | None = None) -> None:
        """``context`` None: a navigator of the first screen, filled by :meth:`show_dialogues`
        alone (its years open once the services have replaced it)."""
        super().__init__(parent)
        self.context = context
        self.setObjectName("navigator")
        self.setAccessibleName(self.tr("Dialogues and meetings"))
        self.setHeaderHidden(True)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.items = QStandardItemModel(self)
        self.setModel(self.items)
        self.expanded.connect(self._fill_year)
        self.selectionModel().currentChanged.connect(self._current_changed)
        self.activated.connect(self._current_changed)

    def reload(self, select_dialogue: int | None = None, *, all_dialogues: bool = False) -> None:
        """Read the dialogues and years again, choosing ``select_dialogue`` or (with
        ``all_dialogues``) the head; with neither, what was chosen stays chosen."""
        from dialoguetracker.services.dialogues import list_dialogues
        from dialoguetracker.services.meetings import meeting_years

        assert self.context is not None, "a first-screen navigator is filled, not reloaded"
        if select_dialogue is None and not all_dialogues:
            select_dialogue, all_dialogues = self.current_dialogue(), self.all_chosen()
        services = self.context.services
        self.show_dialogues(
            [
                (dialogue, meeting_years(services, dialogue.id))
                for dialogue in list_dialogues(services)
            ],
            select_dialogue,
            all_dialogues=all_dialogues,
        )

    def show_dialogues(
        self,
        entries: DialogueYears,
        select_dialogue: int | None = None,
        *,
        all_dialogues: bool = False,
    ) -> None:
        """The dialogues with their years, under *All dialogues* (when there is any
        dialogue); ``select_dialogue`` chosen, or the head with ``all_dialogues``."""
        self.items.clear()
        if entries:
            head = self._item(self.tr("All dialogues"), ALL, 0)
            head.setToolTip(self.tr("Every dialogue at a glance, and their commitments"))
            font = head.font()
            font.setBold(True)
            head.setFont(font)
            self.items.appendRow(head)
            if all_dialogues:
                self.setCurrentIndex(head.index())
        for dialogue, years in entries:
            item = self._item(dialogue.short_name or dialogue.name, "dialogue", dialogue.id)
            item.setToolTip(dialogue.name)
            for year, count in years:
                label = filled(self.tr("%1 (%2)"), str(year), str(count))
                year_item = self._item(label, "year", year)
                year_item.appendRow(QStandardItem(""))  # lets the year show as expandable
                item.appendRow(year_item)
            self.items.appendRow(item)
            if dialogue.id == select_dialogue and not all_dialogues:
                self.setCurrentIndex(item.index())
                self.expand(item.index())

    @staticmethod
    def _item(text: str, kind: str, record_id: int) -> QStandardItem:
        item = QStandardItem(text)
        item.setData(kind, KIND_ROLE)
        item.setData(record_id, ID_ROLE)
        return item

    def _fill_year(self, index: QModelIndex) -> None:
        item = self.items.itemFromIndex(index)
        if item is None or item.data(KIND_ROLE) != "year" or item.data(LOADED_ROLE):
            return
        if self.context is None:
            return
        from dialoguetracker.services.meetings import list_meetings

        year, dialogue_id = int(item.data(ID_ROLE)), int(item.parent().data(ID_ROLE))
        item.removeRows(0, item.rowCount())
        meetings = list_meetings(
            self.context.services, dialogue_id, date(year, 1, 1), date(year, 12, 31)
        )
        today = self.context.services.today()
        for meeting in meetings:
            day = day_month_text(meeting.start)
            child = self._item(f"{day} · {meeting.title}", "meeting", meeting.id)
            child.setToolTip(meeting.title)
            if meeting.planned_but_past(today):
                child.setIcon(warning_icon())
                child.setToolTip(f"{meeting.title}\n{past_planned_note(meeting)}")
            item.appendRow(child)
        item.setData(True, LOADED_ROLE)

    def _current_changed(self, index: QModelIndex) -> None:
        kind = index.data(KIND_ROLE)
        if kind == ALL:
            self.all_selected.emit()
            return
        if kind == "meeting":
            self.meeting_selected.emit(int(index.data(ID_ROLE)))
        node = index
        while node.isValid() and node.data(KIND_ROLE) != "dialogue":
            node = node.parent()
        if node.isValid():
            self.dialogue_selected.emit(int(node.data(ID_ROLE)))

    def select_all(self) -> bool:
        """Choose *All dialogues*; False when the navigator lists no dialogue."""
        head = self.items.item(0)
        if head is None or head.data(KIND_ROLE) != ALL:
            return False
        self.setCurrentIndex(head.index())
        return True

    def select_dialogue(self, dialogue_id: int | None = None) -> int | None:
        """Choose a dialogue (None: the first one listed) and open it; its id, or None when
        there is none such."""
        for row in range(self.items.rowCount()):
            item = self.items.item(row)
            if item.data(KIND_ROLE) == "dialogue" and dialogue_id in (None, item.data(ID_ROLE)):
                self.setCurrentIndex(item.index())
                self.expand(item.index())
                return int(item.data(ID_ROLE))
        return None

    def all_chosen(self) -> bool:
        return bool(self.currentIndex().data(KIND_ROLE) == ALL)

    def current_dialogue(self) -> int | None:
        node = self.currentIndex()
        while node.isValid() and node.data(KIND_ROLE) != "dialogue":
            node = node.parent()
        return int(node.data(ID_ROLE)) if node.isValid() else None
