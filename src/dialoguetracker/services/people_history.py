"""A person's meeting history: every meeting they were listed for, with their role and
whether they were there, newest first and a page at a time."""

from __future__ import annotations

from dataclasses import dataclass

from dialoguetracker.domain.enums import MeetingStatus, Presence, Role
from dialoguetracker.domain.errors import ValidationError
from dialoguetracker.domain.records import When
from dialoguetracker.domain.words import translate
from dialoguetracker.services.context import Services
from dialoguetracker.services.meetings import meeting_record
from dialoguetracker.store.models import PersonRow
from dialoguetracker.store.people_queries import attended_count, attended_meetings


@dataclass(frozen=True)
class MeetingAttended:
    attendance_id: int
    meeting_id: int
    dialogue_id: int
    dialogue: str
    """The dialogue's short name, or its name when it has none."""
    title: str
    start: When
    status: MeetingStatus
    role: Role
    presence: Presence


def person_meetings(
    services: Services, person_id: int, offset: int = 0, limit: int | None = None
) -> list[MeetingAttended]:
    """One page of the person's meetings, newest first (all of them without a limit)."""
    if offset < 0:
        raise ValidationError("offset", translate("Errors", "must not be negative"))
    if limit is not None and limit < 0:
        raise ValidationError("limit", translate("Errors", "must not be negative"))
    with services.read() as uow:
        uow.require(PersonRow, person_id, "person")
        found = []
        for attendance, meeting, dialogue in attended_meetings(uow, person_id, offset, limit):
            record = meeting_record(uow, meeting)
            found.append(
                MeetingAttended(
                    attendance_id=attendance.id,
                    meeting_id=meeting.id,
                    dialogue_id=dialogue.id,
                    dialogue=dialogue.short_name or dialogue.name,
                    title=meeting.title,
                    start=record.start,
                    status=record.status,
                    role=Role(attendance.role),
                    presence=Presence(attendance.presence),
                )
            )
        return found


def count_person_meetings(services: Services, person_id: int) -> int:
    with services.read() as uow:
        uow.require(PersonRow, person_id, "person")
        return attended_count(uow, person_id)
