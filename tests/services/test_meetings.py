from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from meeting_scenario import CDT, EDT, WorkingGroup, plan_meeting, working_group

from dialoguetracker.domain.enums import (
    DocumentKind,
    MeetingFormat,
    MeetingStatus,
    RecordState,
    Role,
)
from dialoguetracker.domain.errors import NotFoundError, RecordLockedError, ValidationError
from dialoguetracker.domain.records import (
    AgendaItemDraft,
    AttendanceDraft,
    DocumentDraft,
    MeetingBrief,
    MeetingDraft,
)
from dialoguetracker.services import Services, agenda, attendance, briefs, documents, meetings
from dialoguetracker.services.audit import history


@pytest.fixture
def wg(services: Services) -> WorkingGroup:
    return working_group(services)


def actions(services: Services, meeting_id: int) -> list[str]:
    return [entry.action for entry in history(services, "meeting", meeting_id)]


# -- time zones ----------------------------------------------------------------------------


def test_a_timed_meeting_reads_back_in_the_zone_it_was_entered_in(
    services: Services, wg: WorkingGroup
) -> None:
    kathmandu = timezone(timedelta(hours=5, minutes=45))
    start = datetime(2022, 8, 10, 9, 0, tzinfo=CDT)
    end = datetime(2022, 8, 11, 18, 30, 15, 250, tzinfo=kathmandu)

    created = plan_meeting(services, wg, start=start, end=end)
    stored = meetings.get_meeting(services, created.id)

    assert stored.start == start
    assert (stored.start.hour, stored.start.tzinfo) == (9, CDT)
    assert isinstance(stored.end, datetime)
    assert (stored.end.time().isoformat(), stored.end.tzinfo) == ("18:30:15.000250", kathmandu)
    assert stored.end.isoformat() == "2022-08-11T18:30:15.000250+05:45"
    assert meetings.list_meetings(services) == [stored]


def test_a_date_only_meeting_never_gains_a_time(services: Services, wg: WorkingGroup) -> None:
    created = plan_meeting(services, wg, start=date(2022, 8, 10), end=date(2022, 8, 11))

    stored = meetings.get_meeting(services, created.id)
    assert type(stored.start) is date
    assert type(stored.end) is date
    assert (stored.start, stored.end) == (date(2022, 8, 10), date(2022, 8, 11))


def test_a_time_without_a_utc_offset_is_refused(services: Services, wg: WorkingGroup) -> None:
    with pytest.raises(ValidationError, match=r"^start: a time needs a UTC offset$"):
        plan_meeting(services, wg, start=datetime(2022, 8, 10, 9, 0))
    with pytest.raises(ValidationError) as raised:
        plan_meeting(services, wg, start=date(2022, 8, 10), end=datetime(2022, 8, 10, 17, 0))
    assert raised.value.field == "end"
    assert meetings.list_meetings(services) == []


def test_an_offset_with_seconds_is_refused(services: Services, wg: WorkingGroup) -> None:
    odd = timezone(timedelta(hours=-6, minutes=-36, seconds=-36))
    with pytest.raises(ValidationError, match="whole number of minutes") as raised:
        plan_meeting(services, wg, start=datetime(1900, 1, 1, 9, tzinfo=odd))
    assert raised.value.field == "start"
    assert meetings.list_meetings(services) == []


def test_an_end_before_the_start_is_refused_and_the_store_is_unchanged(
    services: Services, wg: WorkingGroup
) -> None:
    meeting = plan_meeting(services, wg, start=date(2022, 8, 10), end=date(2022, 8, 11))
    early = MeetingDraft(wg.dialogue_id, "Second plenary", date(2022, 8, 10), date(2022, 8, 9))

    with pytest.raises(ValidationError, match="ends before it starts") as raised:
        meetings.update_meeting(services, meeting.id, early)
    assert raised.value.field == "end"
    with pytest.raises(ValidationError):
        meetings.create_meeting(services, replace(early, title="Another"))

    assert meetings.list_meetings(services) == [meeting]
    assert actions(services, meeting.id) == ["create"]


def test_two_times_are_compared_as_instants_not_as_wall_clocks(
    services: Services, wg: WorkingGroup
) -> None:
    # 09:00 in Washington is 08:00 in Mexico City: an end at 08:30 there is half an hour later.
    start = datetime(2022, 8, 10, 9, 0, tzinfo=EDT)
    fine = plan_meeting(services, wg, start=start, end=datetime(2022, 8, 10, 8, 30, tzinfo=CDT))
    assert meetings.get_meeting(services, fine.id).end == datetime(2022, 8, 10, 13, 30, tzinfo=UTC)

    # 10:00 in Washington is 09:00 in Mexico City: an end at 09:30 Washington time is too early.
    with pytest.raises(ValidationError) as raised:
        plan_meeting(
            services,
            wg,
            title="Too early",
            start=datetime(2022, 8, 10, 9, 0, tzinfo=CDT),
            end=datetime(2022, 8, 10, 9, 30, tzinfo=EDT),
        )
    assert raised.value.field == "end"
    assert [m.title for m in meetings.list_meetings(services)] == ["Second plenary"]


def test_the_host_must_be_a_party_of_the_dialogue(services: Services, wg: WorkingGroup) -> None:
    for code in ("CA", "XX"):
        with pytest.raises(ValidationError) as raised:
            plan_meeting(services, wg, host=code)
        assert raised.value.field == "host"
    assert meetings.list_meetings(services) == []
    assert plan_meeting(services, wg, host="US").host == "US"


def test_an_unknown_status_or_format_names_its_field(services: Services, wg: WorkingGroup) -> None:
    draft = MeetingDraft(wg.dialogue_id, "Round", date(2022, 8, 10))
    for field, bad in (("status", "postponed"), ("format", "telepathy")):
        with pytest.raises(ValidationError) as raised:
            meetings.create_meeting(services, replace(draft, **{field: bad}))
        assert raised.value.field == field
    assert meetings.list_meetings(services) == []


def test_an_update_audits_each_changed_field(services: Services, wg: WorkingGroup) -> None:
    start = datetime(2022, 8, 10, 9, 0, tzinfo=EDT)
    meeting = plan_meeting(services, wg, start=start)
    same_instant_in_utc = datetime(2022, 8, 10, 13, 0, tzinfo=UTC)
    draft = MeetingDraft(
        wg.dialogue_id,
        "Second plenary",
        same_instant_in_utc,
        location="Mexico City",
        format=MeetingFormat.HYBRID,
        host="MX",
        status=MeetingStatus.HELD,
    )

    updated = meetings.update_meeting(services, meeting.id, draft)

    assert updated.start.tzinfo == UTC
    assert meetings.get_meeting(services, meeting.id) == updated
    changes = [(e.field, e.old, e.new) for e in history(services, "meeting", meeting.id)[1:]]
    assert changes == [
        ("format", None, "hybrid"),
        ("status", "planned", "held"),
        ("start", "2022-08-10T09:00:00-04:00", "2022-08-10T13:00:00+00:00"),
    ]


def test_meetings_are_listed_by_date_then_time_and_filtered(
    services: Services, wg: WorkingGroup
) -> None:
    afternoon = plan_meeting(services, wg, "Afternoon", datetime(2022, 8, 10, 15, tzinfo=CDT))
    later = plan_meeting(services, wg, "Next round", date(2023, 3, 2))
    whole_day = plan_meeting(services, wg, "Whole day", date(2022, 8, 10))
    morning = plan_meeting(services, wg, "Morning", datetime(2022, 8, 10, 9, tzinfo=CDT))
    earlier = plan_meeting(services, wg, "First round", date(2021, 12, 1))
    elsewhere = meetings.create_meeting(
        services, MeetingDraft(wg.other_dialogue_id, "Elsewhere", date(2022, 8, 10))
    )

    def titles(**filters: object) -> list[str]:
        return [m.title for m in meetings.list_meetings(services, **filters)]

    assert titles(dialogue_id=wg.dialogue_id) == [
        earlier.title,
        whole_day.title,
        morning.title,
        afternoon.title,
        later.title,
    ]
    assert titles(since=date(2022, 8, 10), until=date(2022, 8, 10)) == [
        whole_day.title,
        elsewhere.title,
        morning.title,
        afternoon.title,
    ]
    assert titles(dialogue_id=wg.dialogue_id, since=date(2022, 8, 11)) == [later.title]


def test_deleting_a_meeting_takes_what_it_holds_and_is_audited(
    services: Services, wg: WorkingGroup
) -> None:
    meeting = plan_meeting(services, wg)
    item = agenda.create_agenda_item(services, AgendaItemDraft(meeting.id, "Cybercrime"))
    attendance.create_attendance(services, AttendanceDraft(meeting.id, wg.mx_head_id))
    documents.create_document(
        services, DocumentDraft(meeting.id, DocumentKind.JOINT_STATEMENT, "Joint statement")
    )
    briefs.set_brief(services, MeetingBrief(meeting.id, "Agree a work plan."))

    meetings.delete_meeting(services, meeting.id)

    with pytest.raises(NotFoundError):
        meetings.get_meeting(services, meeting.id)
    with pytest.raises(NotFoundError):
        agenda.get_agenda_item(services, item.id)
    assert documents.list_documents(services) == []
    assert actions(services, meeting.id) == ["create", "delete"]


# -- the record lock -----------------------------------------------------------------------


def test_finalizing_and_reopening_are_audited(services: Services, wg: WorkingGroup) -> None:
    meeting = plan_meeting(services, wg)

    final = meetings.finalize_record(services, meeting.id)
    assert final.record is RecordState.FINAL
    reopened = meetings.reopen_record(services, meeting.id)
    assert reopened.record is RecordState.DRAFT

    entries = history(services, "meeting", meeting.id)[1:]
    assert [(e.action, e.actor, e.field, e.old, e.new) for e in entries] == [
        ("finalize", "tester", "record", "draft", "final"),
        ("reopen", "tester", "record", "final", "draft"),
    ]


def test_finalizing_twice_or_reopening_a_draft_is_refused(
    services: Services, wg: WorkingGroup
) -> None:
    meeting = plan_meeting(services, wg)
    with pytest.raises(ValidationError, match="not final") as raised:
        meetings.reopen_record(services, meeting.id)
    assert raised.value.field == "record"

    meetings.finalize_record(services, meeting.id)
    with pytest.raises(ValidationError, match="already final") as raised:
        meetings.finalize_record(services, meeting.id)
    assert raised.value.field == "record"
    assert actions(services, meeting.id) == ["create", "finalize"]


Attempt = Callable[[Services, WorkingGroup, dict[str, int]], object]

LOCKED_CHANGES: dict[str, Attempt] = {
    "update meeting": lambda s, wg, ids: meetings.update_meeting(
        s, ids["meeting"], MeetingDraft(wg.dialogue_id, "Renamed", date(2022, 8, 10))
    ),
    "delete meeting": lambda s, wg, ids: meetings.delete_meeting(s, ids["meeting"]),
    "set brief": lambda s, wg, ids: briefs.set_brief(s, MeetingBrief(ids["meeting"], "New")),
    "delete brief": lambda s, wg, ids: briefs.delete_brief(s, ids["meeting"]),
    "add attendance": lambda s, wg, ids: attendance.create_attendance(
        s, AttendanceDraft(ids["meeting"], wg.us_head_id)
    ),
    "update attendance": lambda s, wg, ids: attendance.update_attendance(
        s, ids["attendance"], AttendanceDraft(ids["meeting"], wg.mx_head_id, Role.HEAD)
    ),
    "delete attendance": lambda s, wg, ids: attendance.delete_attendance(s, ids["attendance"]),
    "add agenda item": lambda s, wg, ids: agenda.create_agenda_item(
        s, AgendaItemDraft(ids["meeting"], "Extra"), 1
    ),
    "update agenda item": lambda s, wg, ids: agenda.update_agenda_item(
        s, ids["item"], AgendaItemDraft(ids["meeting"], "Renamed")
    ),
    "delete agenda item": lambda s, wg, ids: agenda.delete_agenda_item(s, ids["item"]),
    "move agenda item": lambda s, wg, ids: agenda.move_agenda_item(s, ids["item"], 2),
    "reorder agenda": lambda s, wg, ids: agenda.reorder_agenda(
        s, ids["meeting"], [ids["second_item"], ids["item"]]
    ),
    "add document": lambda s, wg, ids: documents.create_document(
        s, DocumentDraft(ids["meeting"], DocumentKind.READOUT, "Readout")
    ),
    "update document": lambda s, wg, ids: documents.update_document(
        s, ids["document"], DocumentDraft(ids["meeting"], DocumentKind.MINUTES, "Minutes")
    ),
    "delete document": lambda s, wg, ids: documents.delete_document(s, ids["document"]),
}


def snapshot(services: Services, meeting_id: int) -> tuple[object, ...]:
    return (
        meetings.get_meeting(services, meeting_id),
        briefs.get_brief(services, meeting_id),
        attendance.list_attendance(services, meeting_id),
        agenda.list_agenda(services, meeting_id),
        documents.list_documents(services, meeting_id=meeting_id),
    )


def snapshot_or_none(services: Services, meeting_id: int) -> tuple[object, ...] | None:
    try:
        return snapshot(services, meeting_id)
    except NotFoundError:
        return None


@pytest.mark.parametrize("attempt", LOCKED_CHANGES.values(), ids=LOCKED_CHANGES.keys())
def test_a_final_record_refuses_every_change_until_reopened(
    services: Services, wg: WorkingGroup, attempt: Attempt
) -> None:
    meeting = plan_meeting(services, wg, title="Plenary of 10 August")
    ids = {
        "meeting": meeting.id,
        "item": agenda.create_agenda_item(services, AgendaItemDraft(meeting.id, "Cybercrime")).id,
        "second_item": agenda.create_agenda_item(
            services, AgendaItemDraft(meeting.id, "Critical infrastructure")
        ).id,
        "attendance": attendance.create_attendance(
            services, AttendanceDraft(meeting.id, wg.mx_head_id)
        ).id,
        "document": documents.create_document(
            services, DocumentDraft(meeting.id, DocumentKind.JOINT_STATEMENT, "Joint statement")
        ).id,
    }
    briefs.set_brief(services, MeetingBrief(meeting.id, "Agree a work plan."))
    meetings.finalize_record(services, meeting.id)
    before = snapshot(services, meeting.id)

    with pytest.raises(RecordLockedError) as raised:
        attempt(services, wg, ids)

    assert str(raised.value) == "meeting 'Plenary of 10 August' is final; reopen it to change it"
    assert snapshot(services, meeting.id) == before
    assert actions(services, meeting.id) == ["create", "finalize"]

    meetings.reopen_record(services, meeting.id)
    reopened = snapshot(services, meeting.id)
    attempt(services, wg, ids)
    assert actions(services, meeting.id)[:3] == ["create", "finalize", "reopen"]
    assert snapshot_or_none(services, meeting.id) != reopened


def test_the_lock_also_guards_moving_a_record_out_of_a_final_meeting(
    services: Services, wg: WorkingGroup
) -> None:
    final = plan_meeting(services, wg, title="Closed round")
    document = documents.create_document(
        services, DocumentDraft(final.id, DocumentKind.READOUT, "Readout")
    )
    row = attendance.create_attendance(services, AttendanceDraft(final.id, wg.us_head_id))
    meetings.finalize_record(services, final.id)
    open_meeting = plan_meeting(services, wg, title="Open round", start=date(2023, 1, 1))

    with pytest.raises(RecordLockedError, match="Closed round"):
        documents.update_document(
            services, document.id, replace(document, meeting_id=open_meeting.id)
        )
    with pytest.raises(RecordLockedError, match="Closed round"):
        attendance.update_attendance(services, row.id, replace(row, meeting_id=open_meeting.id))

    assert documents.get_document(services, document.id).meeting_id == final.id
    assert attendance.list_attendance(services, open_meeting.id) == []


def test_a_meeting_read_earlier_can_be_edited_and_handed_back(
    services: Services, wg: WorkingGroup
) -> None:
    meeting = plan_meeting(services, wg)

    updated = meetings.update_meeting(services, meeting.id, replace(meeting, title="Plenary"))

    assert updated == replace(meeting, title="Plenary")
    assert meetings.get_meeting(services, meeting.id).title == "Plenary"
