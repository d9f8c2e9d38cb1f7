"""The Meeting editor: a header over tabs that each edit one part of a meeting.

The editor owns the meeting shown and the lock: it reads the meeting afresh whenever meetings
change, hands it to every tab (each shows it read-only while the record is final), and offers
the record's actions — finalize, reopen (after a confirmation that never blocks the event
loop), a new meeting from this round, the record exported, or sent as an e-mail draft. The
Preparation, Review and Documents tabs are built elsewhere and embedded as they are.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from dialoguetracker.domain.enums import RecordState
from dialoguetracker.domain.errors import DialogueTrackerError
from dialoguetracker.domain.record_kinds import RecordKind
from dialoguetracker.domain.records import Meeting
from dialoguetracker.gui.context import AppContext
from dialoguetracker.gui.meeting import removal
from dialoguetracker.gui.meeting.agenda_tab import AgendaTab
from dialoguetracker.gui.meeting.attendance_tab import AttendanceTab
from dialoguetracker.gui.meeting.details_tab import DetailsTab
from dialoguetracker.gui.meeting.documents_tab import DocumentsTab
from dialoguetracker.gui.meeting.header import MeetingHeader
from dialoguetracker.gui.meeting.history_tab import HistoryTab
from dialoguetracker.gui.meeting.preparation_tab import PreparationTab
from dialoguetracker.gui.meeting.review_tab import ReviewTab
from dialoguetracker.gui.meeting.rounds import new_meeting_from_round
from dialoguetracker.gui.meeting.tab import MeetingTab
from dialoguetracker.gui.operations import MEETINGS, STORE
from dialoguetracker.gui.placeholders import filled
from dialoguetracker.gui.said import said
from dialoguetracker.gui.views.base import View
from dialoguetracker.gui.widgets.confirm import Confirm, ask
from dialoguetracker.gui.widgets.labels import INTERNAL_COLOR
from dialoguetracker.services.meetings import finalize_record, get_meeting, reopen_record

if TYPE_CHECKING:
    from dialoguetracker.gui.export.record_dialog import MeetingRecordExportDialog

TABS: tuple[type[MeetingTab], ...] = (
    DetailsTab,
    AttendanceTab,
    AgendaTab,
    PreparationTab,
    ReviewTab,
    DocumentsTab,
    HistoryTab,
)
INTERNAL_TABS: tuple[type[MeetingTab], ...] = (PreparationTab,)


class MeetingEditor(View):
    key = "meeting"
    title = "Meeting"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.editing = context.editing
        self.meeting_id: int | None = None
        """The meeting asked for; undo and redo may move it to a new id (see RecordIds)."""
        self.meeting: Meeting | None = None
        self.reopen_box: QMessageBox | None = None
        self.record_export: MeetingRecordExportDialog | None = None

        self.header = MeetingHeader(self)
        self.finalize_button = QPushButton(self.tr("Finalize record"), self)
        self.finalize_button.setObjectName("finalizeRecord")
        self.finalize_button.setToolTip(
            self.tr("Lock the record: every tab becomes read-only until it is reopened")
        )
        self.finalize_button.clicked.connect(lambda: self.finalize())
        self.reopen_button = QPushButton(self.tr("Reopen record…"), self)
        self.reopen_button.setObjectName("reopenRecord")
        self.reopen_button.setToolTip(
            self.tr("Unlock the final record for changes; the audit trail records it")
        )
        self.reopen_button.clicked.connect(lambda: self.ask_reopen())
        self.next_round_button = QPushButton(self.tr("New meeting from previous round"), self)
        self.next_round_button.setObjectName("nextRound")
        self.next_round_button.setToolTip(
            self.tr(
                "Start a new draft meeting whose agenda repeats this meeting's item titles, "
                "topics and leads (not its notes or outcomes)"
            )
        )
        self.next_round_button.clicked.connect(lambda: self.new_from_this_round())
        self.export_button = QPushButton(self.tr("Export meeting record…"), self)
        self.export_button.setObjectName("exportMeetingRecord")
        self.export_button.setToolTip(
            self.tr("The record of this meeting as a PDF, previewed before it is saved")
        )
        self.export_button.clicked.connect(lambda: self.export_record())
        self.send_button = QPushButton(self.tr("Send record…"), self)
        self.send_button.setObjectName("sendMeetingRecord")
        self.send_button.setToolTip(
            self.tr(
                "An e-mail draft to the participants with the record attached as a PDF, "
                "opened in your mail program; nothing is sent by this program"
            )
        )
        self.send_button.clicked.connect(lambda: self.send_record())
        self.delete_button = QPushButton(self.tr("Delete meeting…"), self)
        self.delete_button.setObjectName("deleteMeeting")
        self.delete_button.clicked.connect(lambda: self.ask_delete())
        self.confirm: Confirm = ask
        actions = QHBoxLayout()
        actions.addWidget(self.delete_button)
        actions.addStretch(1)
        for button in (
            self.export_button,
            self.send_button,
            self.next_round_button,
            self.finalize_button,
            self.reopen_button,
        ):
            actions.addWidget(button)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("meetingTabs")
        self.tabs.setDocumentMode(True)
        self.meeting_tabs: dict[type[MeetingTab], MeetingTab] = {}
        for tab_class in TABS:
            tab = tab_class(context, self.tabs)
            self.meeting_tabs[tab_class] = tab
            index = self.tabs.addTab(tab, QCoreApplication.translate("MeetingTab", tab.title))
            if tab_class in INTERNAL_TABS:
                self.tabs.tabBar().setTabTextColor(index, QColor(INTERNAL_COLOR))
                self.tabs.setTabToolTip(
                    index, self.tr("Internal: our side's preparation, never shared")
                )
                self.tabs.tabBar().setAccessibleName(self.tr("Parts of the meeting"))

        shown = QWidget(self)
        shown_layout = QVBoxLayout(shown)
        shown_layout.setContentsMargins(0, 0, 0, 0)
        shown_layout.addWidget(self.header)
        shown_layout.addLayout(actions)
        shown_layout.addWidget(self.tabs, 1)
        self.empty = QLabel(
            self.tr(
                "No meeting is open. Open one from the Meetings view or the navigator, "
                "or press Ctrl+Shift+M for a new one."
            ),
            self,
        )
        self.empty.setObjectName("meetingEditorEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.empty)
        self.pages.addWidget(shown)
        self.shown_page = shown
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        self.setTabOrder(self.export_button, self.send_button)
        self.setTabOrder(self.send_button, self.next_round_button)
        self.setTabOrder(self.next_round_button, self.finalize_button)
        self.setTabOrder(self.finalize_button, self.reopen_button)
        self.setTabOrder(self.reopen_button, self.tabs)
        self._show(None)

    def tab(self, tab_class: type[MeetingTab]) -> MeetingTab:
        return self.meeting_tabs[tab_class]

    @property
    def locked(self) -> bool:
        """Shown read-only: a final record, or a login that may change nothing."""
        if self.context.read_only:
            return True
        return self.meeting is not None and self.meeting.record is RecordState.FINAL

    # -- View -------------------------------------------------------------------------------

    def open_record(self, record_id: int) -> None:
        self.meeting_id = record_id
        self.editing.ids.fresh(RecordKind.MEETING, record_id)
        self.reload()

    def set_dialogue(self, dialogue_id: int | None) -> None:
        self.dialogue_id = dialogue_id

    def reload(self) -> None:
        meeting = None
        if self.meeting_id is not None:
            try:
                meeting = get_meeting(
                    self.context.services, self.editing.current(RecordKind.MEETING, self.meeting_id)
                )
            except DialogueTrackerError:
                meeting = None
        self._show(meeting)

    def on_changed(self, kinds: frozenset[str]) -> None:
        if kinds & {MEETINGS, STORE}:
            self.reload()
            return
        for tab in self.meeting_tabs.values():
            tab.on_changed(kinds)

    def _show(self, meeting: Meeting | None) -> None:
        self.meeting = meeting
        self.header.show_meeting(meeting)
        self.pages.setCurrentWidget(self.shown_page if meeting is not None else self.empty)
        final = self.locked
        writes = not self.context.read_only
        self.finalize_button.setVisible(meeting is not None and not final)
        self.reopen_button.setVisible(final and writes)
        self.next_round_button.setEnabled(meeting is not None and writes)
        self.export_button.setEnabled(meeting is not None)
        self.send_button.setEnabled(meeting is not None)
        self.delete_button.setEnabled(meeting is not None and not final)
        self.delete_button.setToolTip(
            self.tr("Reopen the record to delete the meeting")
            if final
            else self.tr("Delete the meeting with its brief, delegations, agenda and documents")
        )
        for tab in self.meeting_tabs.values():
            tab.set_meeting(meeting)

    # -- the record's actions ---------------------------------------------------------------

    def finalize(self) -> bool:
        meeting = self.meeting
        if meeting is None or self.locked:
            return False
        services, meeting_id = self.context.services, meeting.id

        def current() -> int:
            return self.editing.current(RecordKind.MEETING, meeting_id)

        self.editing.change(
            filled(self.tr("Finalize record of meeting “%1”"), meeting.title),
            lambda: self._noted(finalize_record(services, current())),
            lambda _done: self._noted(reopen_record(services, current())),
        )
        return True

    def ask_reopen(self) -> QMessageBox | None:
        """Ask before unlocking; the box is opened window-modal with ``open()``, so nothing
        waits on it, and the record is reopened only when the user confirms."""
        if self.meeting is None or not self.locked:
            return None
        box = QMessageBox(self)
        box.setObjectName("reopenConfirmation")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Reopen the record?"))
        box.setText(
            filled(self.tr("Reopen the final record of “%1” for changes?"), self.meeting.title)
        )
        box.setInformativeText(
            self.tr(
                "Briefings already printed from it will no longer match once it changes. "
                "The reopening is recorded in the audit trail with your name."
            )
        )
        reopen = box.addButton(self.tr("Reopen"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        reopen.setObjectName("confirmReopen")
        reopen.clicked.connect(lambda: self.reopen())
        box.finished.connect(lambda _result: self._forget_box(box))
        self.reopen_box = box
        box.open()
        return box

    def _forget_box(self, box: QMessageBox) -> None:
        if self.reopen_box is box:
            self.reopen_box = None
        box.deleteLater()

    def reopen(self) -> bool:
        """Reopen without asking (the confirmation's accept button lands here)."""
        meeting = self.meeting
        if meeting is None or not self.locked:
            return False
        services, meeting_id = self.context.services, meeting.id

        def current() -> int:
            return self.editing.current(RecordKind.MEETING, meeting_id)

        self.editing.change(
            filled(self.tr("Reopen record of meeting “%1”"), meeting.title),
            lambda: self._noted(reopen_record(services, current())),
            lambda _done: self._noted(finalize_record(services, current())),
        )
        return True

    def _noted(self, meeting: Meeting) -> Meeting:
        """Finalizing and reopening write the meeting too: note the version they left, so
        the undo of an earlier edit of this window's is not taken for someone else's."""
        self.context.editing.wrote(RecordKind.MEETING, meeting)
        return meeting

    def ask_delete(self) -> bool:
        """Say what goes with the meeting, and delete it only when the user agrees."""
        if self.meeting is None or self.locked:
            return False
        try:
            removal.ask_delete(
                self, self.context.services, self.meeting, self.confirm, self.delete_meeting
            )
        except DialogueTrackerError as error:  # deleted or locked by someone else meanwhile
            self.context.operations.message.emit(said(error))
            self.reload()
            return False
        return True

    def delete_meeting(self) -> bool:
        """Delete without asking (the confirmation's accept button lands here); undoable."""
        if self.meeting is None or self.locked:
            return False
        return removal.delete_meeting(self, self.editing, self.meeting)

    def export_record(self) -> MeetingRecordExportDialog | None:
        """Open the meeting-record export (options and live preview) for this meeting."""
        from dialoguetracker.gui.export.record_dialog import MeetingRecordExportDialog

        if self.meeting is None:
            return None
        if self.record_export is None:
            self.record_export = MeetingRecordExportDialog(self.context, self.meeting.id, self)
        elif self.record_export.meeting is None or self.record_export.meeting.id != self.meeting.id:
            self.record_export.set_meeting(self.meeting.id)
        self.record_export.show()
        self.record_export.raise_()
        self.record_export.activateWindow()
        return self.record_export

    def send_record(self) -> MeetingRecordExportDialog | None:
        """The record export again, its Send… the button to press: the audience and language
        chosen there decide what is attached and to whom the draft is addressed."""
        dialog = self.export_record()
        if dialog is not None:
            dialog.send_button.setDefault(True)
            dialog.send_button.setFocus()
        return dialog

    def new_from_this_round(self) -> Meeting | None:
        if self.meeting is None:
            return None
        meeting = new_meeting_from_round(self.context, self.editing, self.meeting)
        self.open_record(meeting.id)
        return meeting
