"""Who sat at a meeting, in what role, and whether they were there."""

from __future__ import annotations

from dataclasses import replace

from dialoguetracker.domain.enums import Presence, Role
from dialoguetracker.domain.errors import ValidationError, no_record
from dialoguetracker.domain.records import Attendance, AttendanceDraft
from dialoguetracker.domain.words import translate
from dialoguetracker.services.context import Change, Services
from dialoguetracker.services.meetings import ensure_editable
from dialoguetracker.services.validation import as_draft, check_choice
from dialoguetracker.store.models import (
    AttendanceRow,
    DialoguePartyRow,
    MeetingRow,
    PartyRow,
    PersonRow,
)
from dialoguetracker.store.unit_of_work import UnitOfWork

ENTITY = "attendance"

_ROLE_ORDER = {role.value: index for index, role in enumerate(Role)}


def attendance_record(row: AttendanceRow) -> Attendance:
    return Attendance(
        meeting_id=row.meeting_id,
        person_id=row.person_id,
        role=Role(row.role),
        presence=Presence(row.presence),
        id=row.id,
    )


def _check_attendance(
    uow: UnitOfWork, draft: AttendanceDraft, row_id: int | None
) -> tuple[AttendanceDraft, PersonRow]:
    draft = as_draft(AttendanceDraft, draft)
    ensure_editable(uow, draft.meeting_id)
    person = uow.get(PersonRow, draft.person_id)
    if person is None:
        raise ValidationError("person", no_record("person", draft.person_id))
    clean = replace(
        draft,
        role=check_choice("role", Role, draft.role),
        presence=check_choice("presence", Presence, draft.presence),
    )
    other = uow.find(AttendanceRow, meeting_id=draft.meeting_id, person_id=draft.person_id)
    if other is not None and other.id != row_id:
        raise ValidationError(
            "person",
            translate("Errors", "{name} is already listed for this meeting").format(
                name=person.name
            ),
        )
    return clean, person


def _fill_attendance(row: AttendanceRow, draft: AttendanceDraft) -> None:
    row.meeting_id, row.person_id = draft.meeting_id, draft.person_id
    row.role, row.presence = draft.role.value, draft.presence.value


def add_attendance(change: Change, draft: AttendanceDraft) -> Attendance:
    clean, person = _check_attendance(change.uow, draft, None)
    row = AttendanceRow()
    _fill_attendance(row, clean)
    change.uow.add(row)
    change.uow.flush()
    change.audit(ENTITY, row.id, "create", new=person.name, scope=("meeting", row.meeting_id))
    return attendance_record(row)


def create_attendance(services: Services, draft: AttendanceDraft) -> Attendance:
    with services.change() as change:
        return add_attendance(change, draft)


def update_attendance(services: Services, row_id: int, draft: AttendanceDraft) -> Attendance:
    with services.change() as change:
        row = change.uow.require(AttendanceRow, row_id, "attendance")
        # Moving a row away from a final meeting changes that meeting too.
        ensure_editable(change.uow, row.meeting_id)
        clean, _person = _check_attendance(change.uow, draft, row.id)
        new = Attendance(**vars(clean), id=row.id)
        change.audit_fields(
            ENTITY, row.id, attendance_record(row), new, scope=("meeting", row.meeting_id)
        )
        _fill_attendance(row, clean)
        change.uow.flush()
        return new


def delete_attendance(services: Services, row_id: int) -> None:
    with services.change() as change:
        row = change.uow.require(AttendanceRow, row_id, "attendance")
        ensure_editable(change.uow, row.meeting_id)
        person = change.uow.get(PersonRow, row.person_id)
        change.audit(
            ENTITY,
            row.id,
            "delete",
            old=None if person is None else person.name,
            scope=("meeting", row.meeting_id),
        )
        change.uow.delete(row)
        change.uow.flush()


def get_attendance(services: Services, row_id: int) -> Attendance:
    with services.read() as uow:
        return attendance_record(uow.require(AttendanceRow, row_id, "attendance"))


def list_attendance(services: Services, meeting_id: int) -> list[Attendance]:
    """Delegation by delegation in the dialogue's order of parties (anyone from outside the
    dialogue last, by party code), heads of delegation first, then by name."""
    with services.read() as uow:
        meeting = uow.require(MeetingRow, meeting_id, "meeting")
        party_order = {
            member.party_id: member.position
            for member in uow.all(DialoguePartyRow, dialogue_id=meeting.dialogue_id)
        }
        keyed = []
        for row in uow.all(AttendanceRow, meeting_id=meeting_id):
            person = uow.require(PersonRow, row.person_id, "person")
            outside = person.party_id not in party_order
            party = uow.require(PartyRow, person.party_id, "party")
            key = (
                outside,
                party_order.get(person.party_id, 0),
                party.code if outside else "",
                _ROLE_ORDER[row.role],
                person.name.casefold(),
                row.id,
            )
            keyed.append((key, row))
        keyed.sort(key=lambda pair: pair[0])
        return [attendance_record(row) for _key, row in keyed]
