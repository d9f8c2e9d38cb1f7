"""Invitations as Outlook, Google Calendar and Thunderbird write them, read as planned
meetings: zones, UTC, all-day events, recurrence, attendees."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from dialoguetracker.domain.errors import ValidationError
from dialoguetracker.domain.invitations import Attendee
from dialoguetracker.interop.calendar_read import read_invitations

CALENDARS = Path(__file__).parents[1] / "fixtures" / "calendars"
MEXICO_CITY = timezone(timedelta(hours=-6))


def test_outlook_keeps_the_wall_time_and_its_offset_and_the_attendees() -> None:
    (invitation,) = read_invitations((CALENDARS / "outlook.ics").read_bytes())
    assert invitation.title == "Segunda ronda del diálogo cibernético"
    assert invitation.start == datetime(2027, 3, 9, 9, 0, tzinfo=MEXICO_CITY)
    assert invitation.start.utcoffset() == timedelta(hours=-6)  # type: ignore[union-attr]
    assert invitation.end == datetime(2027, 3, 9, 17, 0, tzinfo=MEXICO_CITY)
    assert invitation.location == "Secretaría de Relaciones Exteriores, Ciudad de México"
    assert invitation.uid.startswith("040000008200E00074C5B7101A82E008")
    assert Attendee("John Doe", "jdoe@state.gov") in invitation.attendees
    assert len(invitation.attendees) == 3


def test_google_in_utc_and_a_recurring_event_marked_so() -> None:
    call, monthly = read_invitations((CALENDARS / "google.ics").read_bytes())
    assert call.start == datetime(2027, 4, 20, 14, 0, tzinfo=UTC)
    assert call.end == datetime(2027, 4, 20, 15, 30, tzinfo=UTC)
    assert not call.recurring
    assert monthly.recurring and monthly.title == "Monthly points of contact check-in"
    assert monthly.start.utcoffset() == timedelta(hours=-5)  # type: ignore[union-attr]


def test_an_all_day_event_ends_on_its_last_day() -> None:
    (workshop,) = read_invitations((CALENDARS / "thunderbird.ics").read_bytes())
    assert (workshop.start, workshop.end) == (date(2027, 5, 12), date(2027, 5, 13))
    assert workshop.location == "Washington, D.C."


@pytest.mark.parametrize(
    ("raw", "says"),
    [
        (b"not a calendar", "is not an iCalendar file"),
        (
            b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nSUMMARY:x\r\n"
            b"DTSTART:20270101T100000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
            "has no UID",
        ),
    ],
)
def test_a_file_it_cannot_use_is_refused_with_the_reason(raw: bytes, says: str) -> None:
    with pytest.raises(ValidationError, match=says):
        read_invitations(raw)
