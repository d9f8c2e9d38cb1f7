"""The calendar file: read back with icalendar, it holds each meeting once — all-day or timed
in UTC — and each open due date, with stable UIDs; the same store gives the same bytes, and an
audience sees nothing above it."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from icalendar import Calendar

from dialoguetracker.domain.enums import Audience, CommitmentStatus, Handling, MeetingStatus
from dialoguetracker.domain.records import CommitmentDraft, MeetingDraft
from dialoguetracker.interop.calendar_ics import calendar_ics
from dialoguetracker.interop.sample import load_sample
from dialoguetracker.services import Services, meetings
from dialoguetracker.services.calendar import calendar_data
from dialoguetracker.services.commitments import create_commitment
from dialoguetracker.services.dialogues import list_dialogues
from moments import TEST_NOW

CST = timezone(timedelta(hours=-6))


@pytest.fixture
def sample(services: Services) -> Services:
    """The sample, loaded on the tests' day: its round falls on 2 February 2027."""
    services.clock = lambda: TEST_NOW
    load_sample(services)
    return services


def events(ics: bytes) -> dict[str, dict[str, object]]:
    """UID → the event's properties, decoded."""
    found: dict[str, dict[str, object]] = {}
    for event in Calendar.from_ical(ics).walk("VEVENT"):
        found[str(event["UID"])] = {
            "summary": str(event["SUMMARY"]),
            "start": event.decoded("DTSTART"),
            "end": event.decoded("DTEND"),
            "status": str(event.get("STATUS", "")),
            "description": str(event.get("DESCRIPTION", "")),
        }
    return found


def test_meetings_are_all_day_or_timed_in_utc_and_due_dates_are_all_day(sample: Services) -> None:
    found = events(calendar_ics(calendar_data(sample)))

    first = next(e for uid, e in found.items() if uid.startswith("meeting-1-"))
    assert (first["start"], first["end"], first["status"]) == (
        date(2022, 8, 10),
        date(2022, 8, 11),  # RFC 5545: the end of an all-day event is the next day
        "CONFIRMED",
    )
    second = next(e for uid, e in found.items() if uid.startswith("meeting-2-"))
    assert second["start"] == datetime(2027, 2, 2, 15, 0, tzinfo=UTC)  # 09:00 at UTC−06:00
    assert second["end"] == datetime(2027, 2, 2, 23, 0, tzinfo=UTC)
    assert second["status"] == "TENTATIVE"
    due = sorted(
        (e["start"], e["summary"]) for uid, e in found.items() if uid.startswith("commitment-due-")
    )
    assert [day for day, _summary in due] == [
        date(2023, 6, 30),
        date(2026, 11, 21),  # ten days before the sample was loaded
        date(2026, 12, 19),  # eighteen days after
    ]
    assert all(str(summary).startswith("Due: ") for _day, summary in due)


def test_the_same_store_gives_the_same_bytes_and_uids_follow_the_record(sample: Services) -> None:
    once = calendar_ics(calendar_data(sample))
    assert calendar_ics(calendar_data(sample)) == once
    [dialogue] = list_dialogues(sample)
    meeting = meetings.create_meeting(
        sample, MeetingDraft(dialogue.id, "Experts call", datetime(2027, 6, 1, 10, 0, tzinfo=CST))
    )
    again = events(calendar_ics(calendar_data(sample)))
    assert set(events(once)) < set(again)  # every earlier event keeps its UID
    added = set(again) - set(events(once))
    assert added == {next(uid for uid in again if uid.startswith(f"meeting-{meeting.id}-"))}


def test_an_audience_sees_no_commitment_or_summary_above_it(sample: Services) -> None:
    [dialogue] = list_dialogues(sample)
    secret = create_commitment(
        sample,
        CommitmentDraft(
            dialogue.id, "Brief the minister privately", "US", handling=Handling.INTERNAL
        ),
        CommitmentStatus.AGREED,
        date(2027, 1, 15),
    )
    planned = meetings.list_meetings(sample, dialogue.id)[1]
    meetings.update_meeting(
        sample,
        planned.id,
        replace(planned, summary="Our read-out", summary_handling=Handling.INTERNAL),
    )

    internal = events(calendar_ics(calendar_data(sample)))
    public = events(calendar_ics(calendar_data(sample, audience=Audience.COUNTERPART)))

    assert any(uid.startswith(f"commitment-due-{secret.id}-") for uid in internal)
    assert not any(uid.startswith(f"commitment-due-{secret.id}-") for uid in public)
    assert any(e["description"] == "Our read-out" for e in internal.values())
    assert all("Our read-out" not in str(e["description"]) for e in public.values())


def test_a_cancelled_meeting_is_marked_so_and_closed_commitments_have_no_due_event(
    sample: Services,
) -> None:
    [dialogue] = list_dialogues(sample)
    planned = meetings.list_meetings(sample, dialogue.id)[1]
    meetings.update_meeting(sample, planned.id, replace(planned, status=MeetingStatus.CANCELLED))

    data = calendar_data(sample, with_due_dates=False)
    found = events(calendar_ics(data))

    assert data.due == []
    assert not any(uid.startswith("commitment-due-") for uid in found)
    cancelled = next(e for uid, e in found.items() if uid.startswith(f"meeting-{planned.id}-"))
    assert cancelled["status"] == "CANCELLED"


def test_text_with_separators_newlines_and_long_accented_words_reads_back_exactly(
    sample: Services,
) -> None:
    [dialogue] = list_dialogues(sample)
    title = "Cyber norms, \\ capacity; and\nnext steps"
    place = "Secretaría de Relaciones Exteriores, Tlatelolco — " + "é" * 90 + " 🇲🇽"
    meetings.create_meeting(
        sample, MeetingDraft(dialogue.id, title, date(2027, 9, 1), location=place)
    )

    ics = calendar_ics(calendar_data(sample))

    assert all(len(line) <= 75 for line in ics.split(b"\r\n"))
    assert ics.endswith(b"END:VCALENDAR\r\n")
    [event] = [e for e in Calendar.from_ical(ics).walk("VEVENT") if "norms" in str(e["SUMMARY"])]
    assert str(event["SUMMARY"]) == title
    assert str(event["LOCATION"]) == place
