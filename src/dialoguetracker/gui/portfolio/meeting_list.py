"""The next meetings of every dialogue in date order: the day, which dialogue and what (the
hours and the place in its tooltip); a click or Enter opens one."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHeaderView,
    QLabel,
    QStyle,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dialoguetracker.domain.records import Meeting
from dialoguetracker.gui.overview.panels import ID_ROLE, empty_label, list_tree
from dialoguetracker.gui.placeholders import filled
from dialoguetracker.gui.vocabulary import day_text, span_text

TITLE = 2


class MeetingList(QGroupBox):
    meeting_chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("portfolioMeetings")
        self.base_title = self.tr("Next meetings")
        self.tree = list_tree(
            "portfolioMeetingsTree",
            [self.tr("Date"), self.tr("Dialogue"), self.tr("Meeting")],
            self,
        )
        self.tree.setAccessibleName(self.base_title)
        self.tree.header().setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.tree.itemActivated.connect(self._chosen)
        single_click = QStyle.StyleHint.SH_ItemView_ActivateItemOnSingleClick
        if not self.tree.style().styleHint(single_click, None, self.tree):
            self.tree.itemClicked.connect(self._chosen)
        self.empty = empty_label("portfolioMeetingsEmpty", self)
        self.more = QLabel(self)
        self.more.setObjectName("portfolioMeetingsMore")
        self.more.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.more)

    def show_meetings(
        self, meetings: Sequence[Meeting], total: int, dialogue_names: Mapping[int, str]
    ) -> None:
        self.setTitle(f"{self.base_title} ({QLocale().toString(total)})")
        self.tree.clear()
        for meeting in meetings:
            start = meeting.start
            item = QTreeWidgetItem(
                [
                    day_text(start.date() if isinstance(start, datetime) else start),
                    dialogue_names.get(meeting.dialogue_id, ""),
                    meeting.title,
                ]
            )
            item.setData(0, ID_ROLE, meeting.id)
            facts = [meeting.title, span_text(meeting.start, meeting.end), meeting.location or ""]
            for column in range(TITLE + 1):
                item.setToolTip(column, "\n".join(fact for fact in facts if fact))
            self.tree.addTopLevelItem(item)
        self.tree.setVisible(bool(meetings))
        self.empty.setText(self.tr("No meeting is planned in any dialogue."))
        self.empty.setVisible(not meetings)
        self.more.setText(
            filled(
                self.tr("Showing %1 of %2; each dialogue's Meetings view lists them all."),
                QLocale().toString(len(meetings)),
                QLocale().toString(total),
            )
        )
        self.more.setVisible(total > len(meetings))

    def meeting_ids(self) -> list[int]:
        items = (self.tree.topLevelItem(row) for row in range(self.tree.topLevelItemCount()))
        return [int(item.data(0, ID_ROLE)) for item in items if item is not None]

    def _chosen(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        record_id = item.data(0, ID_ROLE)
        if record_id is not None:
            self.meeting_chosen.emit(int(record_id))
