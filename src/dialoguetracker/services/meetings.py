"""Meetings of a dialogue, their time zones, and the lock a final record puts on them.

A start or end is a date, or an aware datetime when the time is known. It is stored as the
local date, the wall time and the UTC offset in minutes, so a date-only meeting never gains an
invented midnight and a timed one reads back in the zone it was entered in, not in UTC.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time, timedelta, timezone
from functools import partial
from typing import NamedTuple

from dialoguetracker.domain.enums import Handling, MeetingFormat, MeetingStatus, RecordState
from dialoguetracker.domain.errors import RecordLockedError, ValidationError
from dialoguetracker.domain.records import Meeting, MeetingDraft, When
from dialoguetracker.domain.words import translate
from dialoguetracker.services.audit import check_version, known_version, naming_stale
from dialoguetracker.services.context import Change, Services, audit_text
from dialoguetracker.services.sides import party_code, party_id
from dialoguetracker.services.validation import as_draft, check_choice, check_text, require_text
from dialoguetracker.store.meeting_queries import meeting_years as store_meeting_years
from dialoguetracker.store.meeting_queries import meetings_between
from dialoguetracker.store.models import DialoguePartyRow, DialogueRow, MeetingRow
from dialoguetracker.store.unit_of_work import UnitOfWork

ENTITY = "meeting"

_MINUTE = timedelta(minutes=1)


class Stored(NamedTuple):
    """A start or end as its three columns; time and offset are both set or both None."""

    day: date
    wall: time | None
    offset: int | None


def split_when(field: str, when: object) -> Stored:
    """Refuse a naive datetime rather than guess a zone: a round held in Mexico City and
    logged on a laptop set to Washington time would otherwise move by an hour or two."""
    if isinstance(when, datetime):
        offset = when.utcoffset()
        if offset is None:
            raise ValidationError(field, translate("Errors", "a time needs a UTC offset"))
        if offset % _MINUTE:
            raise ValidationError(
                field, translate("Errors", "the UTC offset must be a whole number of minutes")
            )
        return Stored(when.date(), when.time(), offset // _MINUTE)
    if isinstance(when, date):
        return Stored(when, None, None)
    raise ValidationError(
        field, translate("Errors", "must be a date, or a date and time with a UTC offset")
    )


def join_when(stored: Stored) -> When:
    if stored.wall is None or stored.offset is None:
        return stored.day
    return datetime.combine(
        stored.day, stored.wall, tzinfo=timezone(timedelta(minutes=stored.offset))
    )


def _check_span(start: When, end: When | None) -> tuple[Stored, Stored | None]:
    """Two times are compared as instants; as soon as one side is only a date, the local
    calendar dates are all there is to compare."""
    first = split_when("start", start)
    if end is None:
        return first, None
    last = split_when("end", end)
    if isinstance(start, datetime) and isinstance(end, datetime):
        if end < start:
            raise ValidationError("end", translate("Errors", "the meeting ends before it starts"))
        if last.day < first.day:
            # Later as an instant but earlier on the calendar, which the store's
            # end-not-before-start rule (on local dates) would refuse less clearly.
            raise ValidationError(
                "end",
                translate(
                    "Errors",
                    "ends on an earlier local date than it starts; give both in one time zone",
                ),
            )
    elif last.day < first.day:
        raise ValidationError("end", translate("Errors", "the meeting ends before it starts"))
    return first, last


# -- records -------------------------------------------------------------------------------


def meeting_record(uow: UnitOfWork, row: MeetingRow) -> Meeting:
    end = None
    if row.end_date is not None:
        end = join_when(Stored(row.end_date, row.end_time, row.end_offset))
    return Meeting(
        dialogue_id=row.dialogue_id,
        title=row.title,
        start=join_when(Stored(row.start_date, row.start_time, row.start_offset)),
        end=end,
        location=row.location,
        format=None if row.format is None else MeetingFormat(row.format),
        host=party_code(uow, row.host_party_id),
        status=MeetingStatus(row.status),
        summary=row.summary,
        summary_handling=Handling(row.summary_handling),
        id=row.id,
        record=RecordState(row.record),
        version=row.version,
    )


def dialogue_party_id(uow: UnitOfWork, dialogue_id: int, code: str, field: str) -> int:
    """The id of a party code that must be one of the dialogue's own parties."""
    found = party_id(uow, code, field)
    if uow.find(DialoguePartyRow, dialogue_id=dialogue_id, party_id=found) is None:
        raise ValidationError(field, not_a_party(code))
    return found


def not_a_party(code: str) -> str:
    """Why a party code is refused where one of the dialogue's own parties is needed."""
    return translate("Errors", "{code} is not a party of this dialogue").format(code=code)


class _Checked(NamedTuple):
    draft: MeetingDraft
    start: Stored
    end: Stored | None
    host_id: int | None


def _check_meeting(uow: UnitOfWork, draft: MeetingDraft) -> _Checked:
    """Validate a draft and return it normalised: enums as members, times as they will read
    back, so that the audit compares like with like."""
    draft = as_draft(MeetingDraft, draft)
    uow.require(DialogueRow, draft.dialogue_id, "dialogue")
    clean, start, end = check_meeting_fields(draft)
    host_id = None
    if draft.host is not None:
        host_id = dialogue_party_id(uow, draft.dialogue_id, draft.host, "host")
    return _Checked(clean, start, end, host_id)


def check_meeting_fields(draft: MeetingDraft) -> tuple[MeetingDraft, Stored, Stored | None]:
    """The rules a meeting's own fields keep, needing nothing from the store (a bulk import
    checks them too): the draft normalised, and its start and end as stored."""
    require_text("title", draft.title)
    check_text("location", draft.location)
    check_text("summary", draft.summary)
    meeting_format = None
    if draft.format is not None:
        meeting_format = check_choice("format", MeetingFormat, draft.format)
    status = check_choice("status", MeetingStatus, draft.status)
    handling = check_choice("summary_handling", Handling, draft.summary_handling)
    start, end = _check_span(draft.start, draft.end)
    clean = replace(
        draft,
        start=join_when(start),
        end=None if end is None else join_when(end),
        format=meeting_format,
        status=status,
        summary_handling=handling,
    )
    return clean, start, end


def _fill_meeting(row: MeetingRow, checked: _Checked) -> None:
    draft = checked.draft
    row.dialogue_id, row.title = draft.dialogue_id, draft.title
    row.start_date, row.start_time, row.start_offset = checked.start
    row.end_date, row.end_time, row.end_offset = checked.end or (None, None, None)
    row.location, row.host_party_id, row.summary = draft.location, checked.host_id, draft.summary
    row.format = None if draft.format is None else draft.format.value
    row.status, row.summary_handling = draft.status.value, draft.summary_handling.value


# -- the lock ------------------------------------------------------------------------------


def ensure_editable(uow: UnitOfWork, meeting_id: int) -> MeetingRow:
    """The meeting, provided its record may change. Every service that writes a meeting or
    anything it holds calls this first, so a final record cannot drift behind the PDF that
    was printed from it."""
    row = uow.require(MeetingRow, meeting_id, "meeting")
    if row.record == RecordState.FINAL:
        raise RecordLockedError(
            translate("Errors", "meeting '{title}' is final; reopen it to change it").format(
                title=row.title
            )
        )
    return row


def finalize(change: Change, meeting_id: int) -> Meeting:
    row = change.uow.require(MeetingRow, meeting_id, "meeting")
    if row.record == RecordState.FINAL:
        raise ValidationError(
            "record",
            translate("Errors", "the record of meeting '{title}' is already final").format(
                title=row.title
            ),
        )
    change.audit(ENTITY, row.id, "finalize", "record", RecordState.DRAFT, RecordState.FINAL)
    row.record = RecordState.FINAL.value
    return meeting_record(change.uow, row)


def reopen(change: Change, meeting_id: int) -> Meeting:
    row = change.uow.require(MeetingRow, meeting_id, "meeting")
    if row.record != RecordState.FINAL:
        raise ValidationError(
            "record",
            translate("Errors", "the record of meeting '{title}' is not final").format(
                title=row.title
            ),
        )
    change.audit(ENTITY, row.id, "reopen", "record", RecordState.FINAL, RecordState.DRAFT)
    row.record = RecordState.DRAFT.value
    return meeting_record(change.uow, row)


def finalize_record(services: Services, meeting_id: int) -> Meeting:
    with services.change() as change:
        return finalize(change, meeting_id)


def reopen_record(services: Services, meeting_id: int) -> Meeting:
    """Unlocks a final record; the audit entry is how anyone later learns it was reopened."""
    with services.change() as change:
        return reopen(change, meeting_id)


# -- use cases -----------------------------------------------------------------------------


def add_meeting(change: Change, draft: MeetingDraft) -> Meeting:
    """A new meeting always starts as a draft record; the importer finalizes it once the
    agenda, attendance and documents are in."""
    checked = _check_meeting(change.uow, draft)
    row = MeetingRow(record=RecordState.DRAFT.value)
    _fill_meeting(row, checked)
    change.uow.add(row)
    change.uow.flush()
    change.audit(ENTITY, row.id, "create", new=draft.title)
    return meeting_record(change.uow, row)


def create_meeting(services: Services, draft: MeetingDraft) -> Meeting:
    with services.change() as change:
        return add_meeting(change, draft)


def _meeting_title(uow: UnitOfWork, meeting_id: int) -> str:
    row = uow.get(MeetingRow, meeting_id)
    return "" if row is None else row.title


def update_meeting(
    services: Services,
    meeting_id: int,
    draft: MeetingDraft,
    expected_version: int | None = None,
) -> Meeting:
    """Save a meeting's fields. The save is refused with :class:`StaleRecordError` when the
    meeting changed since the copy it was made from was read: that copy's version is
    ``expected_version``, or the ``version`` of a :class:`Meeting` passed as the draft
    (a plain draft, or version 0, is saved without the check)."""
    expected = known_version(draft, expected_version)
    with (
        naming_stale(services, ENTITY, meeting_id, partial(_meeting_title, meeting_id=meeting_id)),
        services.change() as change,
    ):
        row = ensure_editable(change.uow, meeting_id)
        check_version(change.uow, ENTITY, row.id, row.title, expected, row.version)
        return revise_meeting(change, row, draft)


def revise_meeting(change: Change, row: MeetingRow, draft: MeetingDraft) -> Meeting:
    """Save ``draft`` over an editable meeting's fields in ``change``, each change audited."""
    if draft.dialogue_id != row.dialogue_id:
        # Its agenda topics, leads and host all refer to the old dialogue's parties.
        raise ValidationError(
            "dialogue_id", translate("Errors", "a meeting cannot move to another dialogue")
        )
    checked = _check_meeting(change.uow, draft)
    old = meeting_record(change.uow, row)
    new = Meeting(**vars(checked.draft), id=row.id, record=old.record, version=old.version)
    change.audit_fields(ENTITY, row.id, old, new)
    for name in ("start", "end"):
        before, after = getattr(old, name), getattr(new, name)
        if before == after and audit_text(before) != audit_text(after):
            # Same instant in another zone: equal as datetimes, yet a different record.
            change.audit(ENTITY, row.id, "update", name, before, after)
    _fill_meeting(row, checked)
    change.uow.flush()
    return meeting_record(change.uow, row)


def delete_meeting(services: Services, meeting_id: int) -> None:
    """Removes the meeting with its brief, attendance, agenda and documents (audited)."""
    with services.change() as change:
        row = ensure_editable(change.uow, meeting_id)
        change.audit(ENTITY, row.id, "delete", old=row.title)
        change.uow.delete(row)
        change.uow.flush()


def get_meeting(services: Services, meeting_id: int) -> Meeting:
    with services.read() as uow:
        return meeting_record(uow, uow.require(MeetingRow, meeting_id, "meeting"))


def list_meetings(
    services: Services,
    dialogue_id: int | None = None,
    since: date | None = None,
    until: date | None = None,
) -> list[Meeting]:
    """Meetings by start date, then time; ``since`` and ``until`` bound the start date and
    both are inclusive."""
    with services.read() as uow:
        return [
            meeting_record(uow, row) for row in meetings_between(uow, dialogue_id, since, until)
        ]


def meeting_years(services: Services, dialogue_id: int) -> list[tuple[int, int]]:
    """(year, meetings held or planned that year) for a dialogue, newest first."""
    with services.read() as uow:
        return store_meeting_years(uow, dialogue_id)
