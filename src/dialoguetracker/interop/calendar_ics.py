"""Meetings and due dates as an iCalendar file (RFC 5545), for Outlook, Apple or Google Calendar.

Every event's UID is derived from the record (its dialogue's name, the kind of record and its
id), never random, and DTSTAMP is the store's last change, never "now": exporting the same
store again gives the same file, and a calendar re-importing it updates its events instead of
doubling them. A meeting with a time is written in UTC, since the offset is all the store keeps
of its place's zone; a meeting without one is an all-day event, as is a due date.
"""

from __future__ import annotations

import hashlib
from datetime import UTC, date, datetime, timedelta

from icalendar import Calendar, Event

from dialoguetracker import __version__
from dialoguetracker.domain.enums import MeetingStatus
from dialoguetracker.domain.records import Commitment, Dialogue, Meeting, When
from dialoguetracker.services.calendar import CalendarData

PRODUCT = f"-//Dialogue Tracker//Dialogue Tracker {__version__}//EN"
STATUS = {
    MeetingStatus.PLANNED: "TENTATIVE",
    MeetingStatus.HELD: "CONFIRMED",
    MeetingStatus.CANCELLED: "CANCELLED",
}
DUE_PREFIX = "Due: "
SUMMARY_WIDTH = 120


def calendar_ics(data: CalendarData) -> bytes:
    calendar = Calendar()
    calendar.add("prodid", PRODUCT)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    if len(data.dialogues) == 1:
        calendar.add("x-wr-calname", next(iter(data.dialogues.values())).name)
    for meeting in data.meetings:
        calendar.add_component(_meeting_event(meeting, data.dialogues[meeting.dialogue_id], data))
    for commitment in data.due:
        calendar.add_component(_due_event(commitment, data.dialogues[commitment.dialogue_id], data))
    return bytes(calendar.to_ical())


def _meeting_event(meeting: Meeting, dialogue: Dialogue, data: CalendarData) -> Event:
    event = _event(_uid(dialogue, "meeting", meeting.id), data.stamp)
    event.add("summary", meeting.title)
    start, end = _span(meeting.start, meeting.end)
    event.add("dtstart", start)
    event.add("dtend", end)
    event.add("status", STATUS[meeting.status])
    if meeting.location:
        event.add("location", meeting.location)
    event.add("categories", [dialogue.short_name or dialogue.name])
    if meeting.summary:
        event.add("description", meeting.summary)
    return event


def _due_event(commitment: Commitment, dialogue: Dialogue, data: CalendarData) -> Event:
    assert commitment.due is not None, "only commitments with a due date are exported"
    event = _event(_uid(dialogue, "commitment-due", commitment.id), data.stamp)
    event.add("summary", DUE_PREFIX + _one_line(commitment.text))
    event.add("dtstart", commitment.due)
    event.add("dtend", commitment.due + timedelta(days=1))
    event.add("transp", "TRANSPARENT")  # a deadline, not time taken
    event.add("categories", [dialogue.short_name or dialogue.name])
    event.add("description", commitment.text)
    return event


def _event(uid: str, stamp: datetime) -> Event:
    event = Event()
    event.add("uid", uid)
    event.add("dtstamp", stamp.astimezone(UTC))
    return event


def _uid(dialogue: Dialogue, kind: str, record_id: int) -> str:
    """Stable for the record, distinct between dialogues kept in different stores."""
    digest = hashlib.sha256(dialogue.name.encode("utf-8")).hexdigest()[:16]
    return f"{kind}-{record_id}-{digest}@dialoguetracker"


def _span(start: When, end: When | None) -> tuple[date | datetime, date | datetime]:
    """DTSTART and DTEND: in UTC for timed meetings (an hour when no end is known), whole days
    otherwise, DTEND being the day after the last (RFC 5545 ends are exclusive)."""
    if isinstance(start, datetime):
        begin = start.astimezone(UTC)
        if isinstance(end, datetime):
            return begin, end.astimezone(UTC)
        if isinstance(end, date):
            return begin.date(), end + timedelta(days=1)
        return begin, begin + timedelta(hours=1)
    last = start if end is None else (end.date() if isinstance(end, datetime) else end)
    return start, last + timedelta(days=1)


def _one_line(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= SUMMARY_WIDTH else flat[: SUMMARY_WIDTH - 1] + "…"
