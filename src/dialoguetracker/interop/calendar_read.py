"""Meeting invitations read from an iCalendar file (RFC 5545), as Outlook, Google Calendar and
Thunderbird write them: time zones, all-day events, attendees.

Each event becomes an :class:`~dialoguetracker.domain.invitations.Invitation`. A timed event
keeps its wall time and the offset its zone had at that moment (what the store keeps of a
place's zone); a floating time (no zone at all) is read in this computer's zone. An all-day
event's end is exclusive in the file (the day after), inclusive here. A recurring event
yields its first occurrence, marked as recurring, so the importer can say so. The due dates
this program writes into its own calendars are not meetings and are left out.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from dialoguetracker.domain.errors import ValidationError
from dialoguetracker.domain.invitations import Attendee, Invitation
from dialoguetracker.domain.records import When
from dialoguetracker.domain.words import translate

OUR_DUE_DATES = "commitment-due-"
"""The UID prefix of the due dates in this program's own calendar files."""


def read_invitations(raw: bytes) -> list[Invitation]:
    """Every event of the file, in file order; a file that is not iCalendar is refused."""
    from icalendar import Calendar

    try:
        calendar = Calendar.from_ical(raw)
    except ValueError as error:
        raise ValidationError(
            "file", translate("Errors", "is not an iCalendar file ({reason})").format(reason=error)
        ) from None
    invitations = []
    for number, event in enumerate(calendar.walk("VEVENT"), start=1):
        uid = str(event.get("UID") or "").strip()
        if uid.startswith(OUR_DUE_DATES):
            continue
        if not uid:
            raise ValidationError(
                translate("Errors", "event {number}").format(number=number),
                translate("Errors", "has no UID, so it cannot be matched later"),
            )
        if "DTSTART" not in event:
            raise ValidationError(
                translate("Errors", "event {number} ({uid})").format(number=number, uid=uid),
                translate("Errors", "has no start (DTSTART)"),
            )
        start = _when(event.decoded("DTSTART"))
        invitations.append(
            Invitation(
                uid=uid,
                title=str(event.get("SUMMARY") or "").strip() or uid,
                start=start,
                end=_end(event, start),
                location=str(event.get("LOCATION") or "").strip() or None,
                cancelled=str(event.get("STATUS") or "").upper() == "CANCELLED",
                recurring="RRULE" in event or "RDATE" in event,
                attendees=tuple(_attendees(event)),
            )
        )
    return invitations


def _when(value: object) -> When:
    if isinstance(value, datetime):
        moment = value if value.tzinfo is not None else value.astimezone()
        offset = moment.utcoffset() or timedelta(0)
        return moment.astimezone(timezone(timedelta(minutes=round(offset.total_seconds() / 60))))
    if isinstance(value, date):
        return value
    raise ValidationError(
        "DTSTART", translate("Errors", "is not a date or a time: {value!r}").format(value=value)
    )


def _end(event: object, start: When) -> When | None:
    """DTEND, or DTSTART plus DURATION; None when the event ends where it starts."""
    if "DTEND" in event:  # type: ignore[operator]
        end = _when(event.decoded("DTEND"))  # type: ignore[attr-defined]
    elif "DURATION" in event:  # type: ignore[operator]
        end = start + event.decoded("DURATION")  # type: ignore[attr-defined]
    else:
        return None
    if not isinstance(end, datetime) and not isinstance(start, datetime):
        end = end - timedelta(days=1)  # all-day: the file's end is the day after the last
        return end if end > start else None
    return end if end != start else None


def _attendees(event: object) -> list[Attendee]:
    found = event.get("ATTENDEE") or []  # type: ignore[attr-defined]
    if not isinstance(found, list):
        found = [found]
    attendees = []
    for address in found:
        text = str(address)
        email = text[len("mailto:") :] if text.lower().startswith("mailto:") else None
        name = getattr(address, "params", {}).get("CN")
        attendees.append(Attendee(str(name).strip() if name else None, email or None))
    return attendees
