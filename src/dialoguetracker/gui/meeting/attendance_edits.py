"""The delegation's undoable steps, each one service call: add someone known, add someone new
(person and attendance together), change a role or presence, remove someone.

Commands find their rows, people and meeting through the window's ``RecordIds``, so a step
still works after an undo re-created what it refers to under a new id.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from dialoguetracker.domain.enums import Presence, Role
from dialoguetracker.domain.record_kinds import RecordKind
from dialoguetracker.domain.records import Attendance, AttendanceDraft, PersonDraft
from dialoguetracker.gui.context import AppContext
from dialoguetracker.gui.placeholders import filled
from dialoguetracker.services.attendance import (
    create_attendance,
    delete_attendance,
    get_attendance,
    update_attendance,
)
from dialoguetracker.services.delegations import add_new_person_to_meeting, withdraw_new_person

KIND = RecordKind.ATTENDANCE


class AttendanceEdits:
    def __init__(self, context: AppContext) -> None:
        self.services = context.services
        self.editing = context.editing

    def current(self, row_id: int) -> int:
        return self.editing.current(KIND, row_id)

    def add(self, meeting_id: int, person_id: int, role: Role, name: str) -> Attendance:
        services, editing = self.services, self.editing

        def create() -> Attendance:
            draft = AttendanceDraft(
                editing.current(RecordKind.MEETING, meeting_id),
                editing.current(RecordKind.PERSON, person_id),
                role,
            )
            return create_attendance(services, draft)

        return editing.create(
            KIND,
            filled(QCoreApplication.translate("AttendanceEdits", "Add %1 to the delegation"), name),
            create,
            lambda row_id: delete_attendance(services, row_id),
        )

    def add_new(self, meeting_id: int, draft: PersonDraft, role: Role) -> Attendance:
        """Undo removes the person too; redo creates them again, and later steps that name
        them follow them to their new id."""
        services, editing = self.services, self.editing
        person_ids: list[int] = []

        def create() -> Attendance:
            person, row = add_new_person_to_meeting(
                services, editing.current(RecordKind.MEETING, meeting_id), draft, role
            )
            if person_ids:
                editing.ids.moved(RecordKind.PERSON, person_ids[0], person.id)
                person_ids[0] = person.id
            else:
                editing.ids.fresh(RecordKind.PERSON, person.id)
                person_ids.append(person.id)
            return row

        return editing.create(
            KIND,
            filled(
                QCoreApplication.translate(
                    "AttendanceEdits", "Add new person %1 to the delegation"
                ),
                draft.name,
            ),
            create,
            lambda row_id: withdraw_new_person(services, row_id),
        )

    def change(self, row: Attendance, field: str, value: Role | Presence, name: str) -> bool:
        """False when the value is the one stored (no undo step is made)."""
        old = getattr(row, field)
        if old == value:
            return False
        services, row_id = self.services, row.id
        text = (
            QCoreApplication.translate("AttendanceEdits", "Change role of %1")
            if field == "role"
            else QCoreApplication.translate("AttendanceEdits", "Change presence of %1")
        )
        self.editing.change_field(
            filled(text, name),
            lambda: get_attendance(services, self.current(row_id)),
            lambda changed: update_attendance(services, changed.id, changed),
            field,
            old,
            value,
        )
        return True

    def remove(self, row: Attendance, name: str) -> None:
        """Undo lists the person again with the same role and presence."""
        services, editing = self.services, self.editing

        def recreate() -> Attendance:
            draft = AttendanceDraft(
                editing.current(RecordKind.MEETING, row.meeting_id),
                editing.current(RecordKind.PERSON, row.person_id),
                row.role,
                row.presence,
            )
            return create_attendance(services, draft)

        editing.delete(
            KIND,
            row.id,
            filled(
                QCoreApplication.translate("AttendanceEdits", "Remove %1 from the delegation"), name
            ),
            lambda row_id: delete_attendance(services, row_id),
            recreate,
        )
