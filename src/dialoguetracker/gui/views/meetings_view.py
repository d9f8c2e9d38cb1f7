"""The Meetings view: the current dialogue's meetings, newest first, with a period filter.

The table pages through a service query (see :mod:`..meeting.meeting_list_model`); Enter or a
double click opens the meeting in the editor. A new meeting is created at once as a planned
draft dated today — one undoable step — and opened for editing.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dialoguetracker.domain.record_kinds import RecordKind
from dialoguetracker.domain.records import Meeting, MeetingDraft
from dialoguetracker.gui.context import AppContext
from dialoguetracker.gui.meeting.meeting_list_model import (
    DATE,
    FORMAT,
    HOST,
    PLACE,
    RECORD,
    STATUS,
    TITLE,
    MeetingListModel,
    status_texts,
)
from dialoguetracker.gui.meeting.rounds import new_meeting_from_round
from dialoguetracker.gui.operations import MEETINGS, STORE
from dialoguetracker.gui.placeholders import filled
from dialoguetracker.gui.views.base import View
from dialoguetracker.services.meeting_pages import latest_meeting
from dialoguetracker.services.meetings import create_meeting, delete_meeting, meeting_years

ALL, UPCOMING, PAST = "all", "upcoming", "past"


class MeetingsView(View):
    key = "meetings"
    title = "Meetings"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.editing = context.editing
        self.model = MeetingListModel(context.services)

        self.period = QComboBox(self)
        self.period.setObjectName("meetingsPeriod")
        self.period.setAccessibleName(self.tr("Period"))
        self.period.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.period.currentIndexChanged.connect(lambda _index: self._period_changed())
        period_label = QLabel(self.tr("&Period:"), self)
        period_label.setBuddy(self.period)
        self.count = QLabel(self)
        self.count.setObjectName("meetingsCount")
        self.new_button = QPushButton(self.tr("&New meeting"), self)
        self.new_button.setObjectName("newMeetingButton")
        self.new_button.setToolTip(self.tr("A planned draft meeting dated today (Ctrl+Shift+M)"))
        self.new_button.clicked.connect(lambda: self.start_new("meeting"))
        self.next_round_button = QPushButton(self.tr("New meeting from previous &round"), self)
        self.next_round_button.setObjectName("nextRoundButton")
        self.next_round_button.setToolTip(
            self.tr(
                "A draft meeting whose agenda repeats the titles, topics and leads of the "
                "selected meeting, or of the newest one"
            )
        )
        self.next_round_button.clicked.connect(self.new_from_previous_round)
        bar = QHBoxLayout()
        bar.addWidget(period_label)
        bar.addWidget(self.period)
        bar.addWidget(self.count)
        bar.addStretch(1)
        bar.addWidget(self.new_button)
        bar.addWidget(self.next_round_button)

        self.table = QTableView(self)
        self.table.setObjectName("meetingsTable")
        self.table.setAccessibleName(self.tr("Meetings of the dialogue, newest first"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)
        metrics = self.table.fontMetrics()
        status = max(metrics.horizontalAdvance(text) for text in status_texts()) + 40  # icon
        widths = {DATE: 240, STATUS: status, RECORD: 105, FORMAT: 85, PLACE: 170, HOST: 50}
        for column, width in widths.items():
            self.table.setColumnWidth(column, width)
        self.table.activated.connect(self._open)

        self.empty = QLabel(self)
        self.empty.setObjectName("meetingsEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.table)
        self.pages.addWidget(self.empty)

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.pages, 1)
        self.setTabOrder(self.period, self.table)
        self.setTabOrder(self.table, self.new_button)
        self.setTabOrder(self.new_button, self.next_round_button)
        self._fill_periods()

    # -- the period filter ------------------------------------------------------------------

    def _fill_periods(self) -> None:
        chosen = self.period.currentData()
        self.period.blockSignals(True)
        self.period.clear()
        self.period.addItem(self.tr("All meetings"), ALL)
        self.period.addItem(self.tr("Upcoming"), UPCOMING)
        self.period.addItem(self.tr("Past"), PAST)
        if self.dialogue_id is not None:
            for year, count in meeting_years(self.context.services, self.dialogue_id):
                text = filled(self.tr("%1 (%2)"), str(year), str(count))
                self.period.addItem(text, year)
        index = self.period.findData(chosen)
        self.period.setCurrentIndex(max(index, 0))
        self.period.blockSignals(False)

    def _period_changed(self) -> None:
        self.reload(keep_rows=False)
        self.table.scrollToTop()

    def period_range(self) -> tuple[date | None, date | None]:
        chosen = self.period.currentData()
        today = self.context.services.today()
        if chosen == UPCOMING:
            return today, None
        if chosen == PAST:
            return None, today - timedelta(days=1)
        if isinstance(chosen, int):
            return date(chosen, 1, 1), date(chosen, 12, 31)
        return None, None

    # -- View -------------------------------------------------------------------------------

    def set_dialogue(self, dialogue_id: int | None) -> None:
        self.dialogue_id = dialogue_id
        self._fill_periods()
        self.reload(keep_rows=False)

    def reload(self, keep_rows: bool = True) -> None:
        """Read the list afresh; after a change, as many rows as were read before (so the
        view does not jump), after a new filter or dialogue only the first page."""
        selected = self.selected_meeting()
        since, until = self.period_range()
        keep = self.model.rowCount() if keep_rows else 0
        self.model.load(self.dialogue_id, since, until, keep=keep)
        total = self.model.total
        self.count.setText(
            filled(self.tr("Meetings: %1"), str(total)) if self.dialogue_id is not None else ""
        )
        if total:
            self.pages.setCurrentWidget(self.table)
        else:
            self.empty.setText(
                self.tr("Choose a dialogue in the navigator.")
                if self.dialogue_id is None
                else self.tr("No meetings in this period. Press Ctrl+Shift+M to log one.")
            )
            self.pages.setCurrentWidget(self.empty)
        self.next_round_button.setEnabled(total > 0)
        if selected is not None:
            self.select_meeting(selected.id, fetch=keep_rows)

    def on_changed(self, kinds: frozenset[str]) -> None:
        if kinds & {MEETINGS, STORE}:
            self._fill_periods()
            self.reload()

    def open_record(self, record_id: int) -> None:
        self.select_meeting(record_id)

    def offer_no_edits(self) -> None:
        self.new_button.hide()
        self.next_round_button.hide()

    def start_new(self, kind: str) -> None:
        if kind != "meeting":
            return
        if self.dialogue_id is None:
            self.context.operations.message.emit(self.tr("Choose a dialogue first."))
            return
        draft = MeetingDraft(
            dialogue_id=self.dialogue_id,
            title=self.tr("New meeting"),
            start=self.context.services.today(),
        )
        services = self.context.services
        meeting = self.editing.create(
            RecordKind.MEETING,
            filled(self.tr("Create meeting “%1”"), draft.title),
            lambda: create_meeting(services, draft),
            lambda meeting_id: delete_meeting(services, meeting_id),
        )
        self.open_requested.emit(RecordKind.MEETING, meeting.id)

    def new_from_previous_round(self) -> None:
        if self.dialogue_id is None:
            return
        previous = self.selected_meeting() or latest_meeting(
            self.context.services, self.dialogue_id
        )
        if previous is None:
            return
        meeting = new_meeting_from_round(self.context, self.editing, previous)
        self.open_requested.emit(RecordKind.MEETING, meeting.id)

    # -- selection --------------------------------------------------------------------------

    def selected_meeting(self) -> Meeting | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isSelected(index):
            return None
        return self.model.meeting(index.row())

    def select_meeting(self, meeting_id: int, fetch: bool = True) -> bool:
        """Select and show the meeting; with ``fetch``, read pages up to it if need be."""
        row = self.model.row_of(meeting_id, fetch=fetch)
        if row is None:
            return False
        index = self.model.index(row, DATE)
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
        return True

    def _open(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_requested.emit(RecordKind.MEETING, self.model.meeting(index.row()).id)
