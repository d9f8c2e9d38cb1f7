"""A person met for the first time at the table: created and listed in one step.

Both rows are written in one transaction, so a refused attendance (the meeting is final, say)
leaves no stray person behind; taking the step back removes both, again as one.
"""

from __future__ import annotations

from dialoguetracker.domain.enums import Role
from dialoguetracker.domain.errors import ValidationError
from dialoguetracker.domain.records import Attendance, AttendanceDraft, Person, PersonDraft
from dialoguetracker.domain.words import translate
from dialoguetracker.services.attendance import add_attendance
from dialoguetracker.services.context import Services
from dialoguetracker.services.directory import add_person
from dialoguetracker.services.meetings import ensure_editable
from dialoguetracker.store.models import AttendanceRow, PersonRow


def add_new_person_to_meeting(
    services: Services, meeting_id: int, person: PersonDraft, role: Role = Role.MEMBER
) -> tuple[Person, Attendance]:
    with services.change() as change:
        ensure_editable(change.uow, meeting_id)
        created = add_person(change, person)
        listed = add_attendance(change, AttendanceDraft(meeting_id, created.id, role))
        return created, listed


def withdraw_new_person(services: Services, attendance_id: int) -> None:
    """Undoes :func:`add_new_person_to_meeting`: the attendance and the person go together,
    provided the person is listed nowhere else."""
    with services.change() as change:
        row = change.uow.require(AttendanceRow, attendance_id, "attendance")
        ensure_editable(change.uow, row.meeting_id)
        person = change.uow.require(PersonRow, row.person_id, "person")
        if change.uow.count(AttendanceRow, person_id=person.id) > 1:
            raise ValidationError(
                "person",
                translate("Errors", "{name} is listed at other meetings too").format(
                    name=person.name
                ),
            )
        change.audit("attendance", row.id, "delete", old=person.name)
        change.uow.delete(row)
        change.uow.flush()
        change.audit("person", person.id, "delete", old=person.name)
        change.uow.delete(person)
        change.uow.flush()
