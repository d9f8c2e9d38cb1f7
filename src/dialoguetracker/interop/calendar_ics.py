"""Meetings and due dates as an iCalendar file (RFC 5545), for Outlook, Apple or Google Calendar.

Every event's UID is derived from the record (its dialogue's name, the kind of record and its
id), never random, and DTSTAMP is the store's last change, never "now": exporting the same
store again gives the same file, and a calendar re-importing it updates its events instead of
doubling them. A meeting with a time is written in UTC, since the offset is all the store keeps
of its place's zone; a meeting without one is an all-day event, as is a due date.

The file is written here directly rather than through a general iCalendar library: the few
properties used are simple, and a ministry's calendar of 10,000 meetings and 50,000 due dates
must take a second, not half a minute. The tests read every file back with ``icalendar``.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta

from dialoguetracker import __version__
from dialoguetracker.domain.enums import MeetingStatus
from dialoguetracker.domain.progress import Progress, Steps, no_progress
from dialoguetracker.domain.records import Dialogue, Meeting, When
from dialoguetracker.services.calendar import CalendarData, DueDate

PRODUCT = f"-//Dialogue Tracker//Dialogue Tracker {__version__}//EN"
STATUS = {
    MeetingStatus.PLANNED: "TENTATIVE",
    MeetingStatus.HELD: "CONFIRMED",
    MeetingStatus.CANCELLED: "CANCELLED",
}
DUE_PREFIX = "Due: "
SUMMARY_WIDTH = 120
LINE_OCTETS = 75
"""RFC 5545 §3.1: content lines longer than this are folded."""


def calendar_ics(data: CalendarData, progress: Progress = no_progress) -> bytes:
    """The calendar file; ``progress`` hears of every event written and may stop it."""
    steps = Steps(progress, len(data.meetings) + len(data.due))
    return "".join(_fold(line) for line in _lines(data, steps)).encode("utf-8")


def _lines(data: CalendarData, steps: Steps) -> Iterator[str]:
    yield "BEGIN:VCALENDAR"
    yield "VERSION:2.0"
    yield f"PRODID:{_text(PRODUCT)}"
    yield "CALSCALE:GREGORIAN"
    yield "METHOD:PUBLISH"
    if len(data.dialogues) == 1:
        yield f"X-WR-CALNAME:{_text(next(iter(data.dialogues.values())).name)}"
    stamp = _utc(data.stamp)
    for meeting in data.meetings:
        yield from _meeting_event(meeting, data.dialogues[meeting.dialogue_id], stamp)
        steps.step()
    for due in data.due:
        yield from _due_event(due, data.dialogues[due.dialogue_id], stamp)
        steps.step()
    yield "END:VCALENDAR"


def _meeting_event(meeting: Meeting, dialogue: Dialogue, stamp: str) -> Iterator[str]:
    start, end = _span(meeting.start, meeting.end)
    yield "BEGIN:VEVENT"
    yield f"UID:{_uid(dialogue, 'meeting', meeting.id)}"
    yield f"DTSTAMP:{stamp}"
    yield _moment("DTSTART", start)
    yield _moment("DTEND", end)
    yield f"SUMMARY:{_text(meeting.title)}"
    yield f"STATUS:{STATUS[meeting.status]}"
    if meeting.location:
        yield f"LOCATION:{_text(meeting.location)}"
    yield f"CATEGORIES:{_text(dialogue.short_name or dialogue.name)}"
    if meeting.summary:
        yield f"DESCRIPTION:{_text(meeting.summary)}"
    yield "END:VEVENT"


def _due_event(due: DueDate, dialogue: Dialogue, stamp: str) -> Iterator[str]:
    yield "BEGIN:VEVENT"
    yield f"UID:{_uid(dialogue, 'commitment-due', due.commitment_id)}"
    yield f"DTSTAMP:{stamp}"
    yield _moment("DTSTART", due.due)
    yield _moment("DTEND", due.due + timedelta(days=1))
    yield f"SUMMARY:{_text(DUE_PREFIX + _one_line(due.text))}"
    yield "TRANSP:TRANSPARENT"  # a deadline, not time taken
    yield f"CATEGORIES:{_text(dialogue.short_name or dialogue.name)}"
    yield f"DESCRIPTION:{_text(due.text)}"
    yield "END:VEVENT"


def _uid(dialogue: Dialogue, kind: str, record_id: int) -> str:
    """Stable for the record, distinct between dialogues kept in different stores."""
    digest = hashlib.sha256(dialogue.name.encode("utf-8")).hexdigest()[:16]
    return f"{kind}-{record_id}-{digest}@dialoguetracker"


def _span(start: When, end: When | None) -> tuple[date | datetime, date | datetime]:
    """DTSTART and DTEND: in UTC for timed meetings (an hour when no end is known), whole days
    otherwise, DTEND being the day after the last (RFC 5545 ends are exclusive)."""
    if isinstance(start, datetime):
        if isinstance(end, datetime):
            return start, end
        if isinstance(end, date):
            return start.astimezone(UTC).date(), end + timedelta(days=1)
        return start, start + timedelta(hours=1)
    last = start if end is None else (end.date() if isinstance(end, datetime) else end)
    return start, last + timedelta(days=1)


def _moment(name: str, when: date | datetime) -> str:
    if isinstance(when, datetime):
        return f"{name}:{_utc(when)}"
    return f"{name};VALUE=DATE:{when.strftime('%Y%m%d')}"


def _utc(when: datetime) -> str:
    moment = when if when.tzinfo is not None else when.replace(tzinfo=UTC)
    return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def _text(value: str) -> str:
    """A TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma and newline escaped."""
    return (
        value.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\r", "\\n")
        .replace("\n", "\\n")
    )


def _fold(line: str) -> str:
    """One content line ending in CRLF, folded so that no line passes 75 octets, never inside
    a character's UTF-8 bytes."""
    if len(line.encode("utf-8")) <= LINE_OCTETS:
        return line + "\r\n"
    parts: list[str] = []
    current: list[str] = []
    size = 0
    limit = LINE_OCTETS
    for character in line:
        width = len(character.encode("utf-8"))
        if size + width > limit:
            parts.append("".join(current))
            current, size, limit = [], 0, LINE_OCTETS - 1  # continuation lines start with a space
        current.append(character)
        size += width
    parts.append("".join(current))
    return "\r\n ".join(parts) + "\r\n"


def _one_line(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= SUMMARY_WIDTH else flat[: SUMMARY_WIDTH - 1] + "…"
