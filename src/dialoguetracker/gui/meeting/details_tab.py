"""The meeting's Details tab: title, start and end, place, format, host, status, summary.

Each field is saved when the user finishes it (leaves it, presses Enter, picks an entry) as
one undoable service call; a value the service refuses is shown at its field. While the
record is final every field is read-only.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dialoguetracker.domain.enums import Handling, MeetingFormat, MeetingStatus
from dialoguetracker.domain.errors import DialogueTrackerError, StaleRecordError, ValidationError
from dialoguetracker.domain.record_kinds import RecordKind
from dialoguetracker.domain.records import Meeting
from dialoguetracker.gui.context import AppContext
from dialoguetracker.gui.editing import its_version, with_field
from dialoguetracker.gui.field_errors import FieldErrors
from dialoguetracker.gui.meeting.tab import MeetingTab
from dialoguetracker.gui.meeting.unsaved import finished_line, show_line, show_text
from dialoguetracker.gui.operations import MEETINGS
from dialoguetracker.gui.placeholders import filled
from dialoguetracker.gui.said import said
from dialoguetracker.gui.vocabulary import format_name, meeting_status_name
from dialoguetracker.gui.widgets.labels import handling_combo, select_data
from dialoguetracker.gui.widgets.text_fields import CommittingTextEdit
from dialoguetracker.gui.widgets.when_edit import WhenEdit
from dialoguetracker.services.dialogues import get_dialogue
from dialoguetracker.services.directory import list_parties
from dialoguetracker.services.meetings import get_meeting, update_meeting

NONE = ""
"""The data of a combo box entry that means "not recorded"."""

CHANGE_TEXTS = {
    "title": QT_TRANSLATE_NOOP("DetailsTab", "Change title of meeting “%1”"),
    "start": QT_TRANSLATE_NOOP("DetailsTab", "Change start of meeting “%1”"),
    "end": QT_TRANSLATE_NOOP("DetailsTab", "Change end of meeting “%1”"),
    "location": QT_TRANSLATE_NOOP("DetailsTab", "Change place of meeting “%1”"),
    "format": QT_TRANSLATE_NOOP("DetailsTab", "Change format of meeting “%1”"),
    "host": QT_TRANSLATE_NOOP("DetailsTab", "Change host of meeting “%1”"),
    "status": QT_TRANSLATE_NOOP("DetailsTab", "Change status of meeting “%1”"),
    "summary": QT_TRANSLATE_NOOP("DetailsTab", "Change summary of meeting “%1”"),
    "summary_handling": QT_TRANSLATE_NOOP(
        "DetailsTab", "Change handling of the summary of meeting “%1”"
    ),
}


class DetailsTab(MeetingTab):
    title = str(QT_TRANSLATE_NOOP("MeetingTab", "&Details"))

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("meetingDetailsTab")
        self.editing = context.editing

        self.title_edit = QLineEdit(self)
        self.title_edit.setObjectName("meetingTitle")
        self.title_edit.setAccessibleName(self.tr("Title"))
        self.title_edit.editingFinished.connect(
            lambda: self.commit("title", finished_line(self.title_edit))
        )
        self.start = WhenEdit("meetingStart", parent=self)
        self.start.set_accessible_names(self.tr("Start"))
        self.start.committed.connect(lambda: self.commit("start", self.start.value()))
        self.end = WhenEdit("meetingEnd", optional=True, present_text=self.tr("Ends"), parent=self)
        self.end.set_accessible_names(self.tr("End"))
        self.end.partner = self.start
        self.end.committed.connect(lambda: self.commit("end", self.end.value()))
        self.location = QLineEdit(self)
        self.location.setObjectName("meetingLocation")
        self.location.setAccessibleName(self.tr("Place"))
        self.location.editingFinished.connect(
            lambda: self.commit("location", finished_line(self.location) or None)
        )
        self.format = self._combo("meetingFormat", self.tr("Format"))
        self.format.addItem(self.tr("Not recorded"), NONE)
        for meeting_format in MeetingFormat:
            self.format.addItem(format_name(meeting_format), meeting_format.value)
        self.format.activated.connect(
            lambda _index: self.commit("format", _enum(MeetingFormat, self.format.currentData()))
        )
        self.host = self._combo("meetingHost", self.tr("Host"))
        self.host.activated.connect(
            lambda _index: self.commit("host", self.host.currentData() or None)
        )
        self.status = self._combo("meetingStatus", self.tr("Status"))
        for status in MeetingStatus:
            self.status.addItem(meeting_status_name(status), status.value)
        self.status.activated.connect(
            lambda _index: self.commit("status", MeetingStatus(self.status.currentData()))
        )
        self.summary = CommittingTextEdit(self, lines=5)
        self.summary.setObjectName("meetingSummary")
        self.summary.setAccessibleName(self.tr("Summary"))
        self.summary.editingFinished.connect(lambda: self.commit("summary", self.summary.value()))
        self.summary_handling = handling_combo(self)
        self.summary_handling.setObjectName("meetingSummaryHandling")
        self.summary_handling.setAccessibleName(self.tr("Handling of the summary"))
        self.summary_handling.activated.connect(
            lambda _index: self.commit(
                "summary_handling", Handling(self.summary_handling.currentData())
            )
        )
        self.handling_note = QLabel(self)
        self.handling_note.setObjectName("summaryHandlingNote")

        message = QLabel(self)
        message.setObjectName("meetingDetailsMessage")
        self.errors = FieldErrors(
            {
                "title": self.title_edit,
                "start": self.start.date,  # the date part: a frame around the whole
                "end": self.end.date,  # row would frame every box in it
                "location": self.location,
                "format": self.format,
                "host": self.host,
                "status": self.status,
                "summary": self.summary,
                "summary_handling": self.summary_handling,
            },
            message,
        )

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        rows: tuple[tuple[str, QWidget], ...] = (
            (self.tr("Tit&le:"), self.title_edit),
            (self.tr("&Start:"), self.start),
            (self.tr("E&nd:"), self.end),
            (self.tr("&Place:"), self.location),
            (self.tr("F&ormat:"), self.format),
            (self.tr("Hos&t:"), self.host),
            (self.tr("Stat&us:"), self.status),
            (self.tr("Su&mmary:"), self.summary),
        )
        for text, widget in rows:
            row_label = QLabel(text, self)
            row_label.setBuddy(widget.focusProxy() or widget)
            form.addRow(row_label, widget)
        handling_row = QHBoxLayout()
        handling_row.addWidget(self.summary_handling)
        handling_row.addWidget(self.handling_note)
        handling_row.addStretch(1)
        handling_label = QLabel(self.tr("Handl&ing of the summary:"), self)
        handling_label.setBuddy(self.summary_handling)
        form.addRow(handling_label, handling_row)
        # Shown when a save is refused because another program changed the meeting since
        # it was read: the message names who and when, the button shows their version.
        self.stale_banner = QWidget(self)
        self.stale_banner.setObjectName("meetingStaleBanner")
        self.stale_message = QLabel(self.stale_banner)
        self.stale_message.setObjectName("meetingStaleMessage")
        self.stale_message.setWordWrap(True)
        self.reload_button = QPushButton(self.tr("&Reload"), self.stale_banner)
        self.reload_button.setObjectName("meetingReloadButton")
        self.reload_button.clicked.connect(self.reload_from_store)
        banner_row = QHBoxLayout(self.stale_banner)
        banner_row.setContentsMargins(0, 0, 0, 0)
        banner_row.addWidget(self.stale_message, 1)
        banner_row.addWidget(self.reload_button)
        self.stale_banner.hide()

        layout = QVBoxLayout(self)
        layout.addWidget(self.stale_banner)
        layout.addLayout(form)
        layout.addWidget(message)
        layout.addStretch(1)
        self._parties: dict[str, str] = {}
        self._shown_id: int | None = None
        self.reload()

    def _combo(self, name: str, accessible: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.setAccessibleName(accessible)
        return combo

    # -- showing ----------------------------------------------------------------------------

    def reload(self) -> None:
        meeting = self.meeting
        self.stale_banner.hide()
        self.setEnabled(meeting is not None)
        if meeting is None:
            return
        self._fill_hosts(meeting)
        for combo in (self.format, self.host, self.status, self.summary_handling):
            combo.blockSignals(True)
        show_line(self.title_edit, meeting.title)
        same = meeting.id == self._shown_id
        self._shown_id = meeting.id
        self.start.set_value(meeting.start, keep_zone=same)
        self.end.set_value(meeting.end, keep_zone=same)
        show_line(self.location, meeting.location or "")
        select_data(self.format, NONE if meeting.format is None else meeting.format.value)
        select_data(self.host, meeting.host or NONE)
        select_data(self.status, meeting.status.value)
        show_text(self.summary, meeting.summary)
        select_data(self.summary_handling, meeting.summary_handling.value)
        for combo in (self.format, self.host, self.status, self.summary_handling):
            combo.blockSignals(False)
        self._note_handling(meeting.summary_handling)
        self._lock(self.locked)

    def _fill_hosts(self, meeting: Meeting) -> None:
        if not self._parties:
            self._parties = {
                party.code: party.name for party in list_parties(self.context.services)
            }
        codes = get_dialogue(self.context.services, meeting.dialogue_id).parties
        wanted = [NONE, *codes]
        if [self.host.itemData(index) for index in range(self.host.count())] == wanted:
            return
        self.host.blockSignals(True)
        self.host.clear()
        self.host.addItem(self.tr("Not recorded"), NONE)
        for code in codes:
            self.host.addItem(f"{code} — {self._parties.get(code, code)}", code)
        self.host.blockSignals(False)

    def _note_handling(self, handling: Handling) -> None:
        if handling is Handling.INTERNAL:
            self.handling_note.setText(self.tr("Internal: our side only"))
            self.handling_note.setStyleSheet("color: #a93226; font-weight: bold;")
        else:
            self.handling_note.setText("")
            self.handling_note.setStyleSheet("")

    def _lock(self, locked: bool) -> None:
        self.title_edit.setReadOnly(locked)
        self.location.setReadOnly(locked)
        self.location.setPlaceholderText(
            "" if locked else self.tr("City, building, or the video platform")
        )
        self.summary.setReadOnly(locked)
        self.start.set_read_only(locked)
        self.end.set_read_only(locked)
        for combo in (self.format, self.host, self.status, self.summary_handling):
            combo.setEnabled(not locked)

    # -- saving -----------------------------------------------------------------------------

    def commit(self, field: str, value: object) -> bool:
        """Save one field as one undoable step; False when nothing was saved."""
        meeting = self.meeting
        if meeting is None or self.locked:
            return False
        old = getattr(meeting, field)
        if _same(old, value):
            self.errors.clear()
            return False
        services = self.context.services

        def write(meeting_id: int, expected: int | None, value: object) -> Meeting:
            draft = with_field(get_meeting(services, meeting_id), field, value)
            return update_meeting(services, meeting_id, draft, expected_version=expected)

        text = filled(self.tr(str(CHANGE_TEXTS[field])), meeting.title)
        try:
            self.editing.change_checked(
                RecordKind.MEETING,
                meeting.id,
                meeting.version,
                text,
                lambda meeting_id, expected: write(meeting_id, expected, value),
                lambda _saved, meeting_id, expected: write(meeting_id, expected, old),
                its_version,
            )
        except StaleRecordError as error:
            self.show_stale(said(error))
            return False
        except ValidationError as error:
            self.errors.show(error)
            return False
        except DialogueTrackerError as error:
            self.errors.show(ValidationError(field, error.message))
            return False
        self.errors.clear()
        return True

    def show_stale(self, message: str) -> None:
        self.errors.clear()
        self.stale_message.setText(message)
        self.stale_banner.show()

    def reload_from_store(self) -> None:
        """Show the meeting as the store holds it now (the editor reads it afresh)."""
        self.stale_banner.hide()
        self.context.operations.announce({MEETINGS})


def _enum(kind: type[MeetingFormat], value: object) -> MeetingFormat | None:
    return kind(str(value)) if value else None


def _same(old: object, new: object) -> bool:
    """Equal values in the same form: 09:00−06:00 and 10:00−05:00 are one instant, yet two
    different records."""
    if old != new:
        return False
    iso_old = getattr(old, "isoformat", None)
    iso_new = getattr(new, "isoformat", None)
    if iso_old is not None and iso_new is not None:
        return bool(iso_old() == iso_new())
    return type(old) is type(new) or old is None or new is None
