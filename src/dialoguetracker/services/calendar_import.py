"""Planned meetings from calendar invitations, in one transaction.

A meeting made from an invitation keeps the invitation's UID (revision 0009), so the same
invitation imported again changes nothing, and an updated one (a new time, a new place)
updates its planned meeting — never a meeting already held or cancelled, whose record the
dialogue keeps. A cancelled invitation cancels its planned meeting. Attendees are matched to
the people the store knows, by the e-mail address in their contact details or by name, and
added to the meeting's delegations; the others are listed in the report.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from dialoguetracker.domain.enums import MeetingStatus
from dialoguetracker.domain.invitations import Attendee, Invitation
from dialoguetracker.domain.records import AttendanceDraft, MeetingDraft
from dialoguetracker.domain.words import listed, translate
from dialoguetracker.services.attendance import add_attendance
from dialoguetracker.services.context import Change, Services
from dialoguetracker.services.meetings import add_meeting, meeting_record, revise_meeting
from dialoguetracker.store.models import AttendanceRow, DialogueRow, MeetingRow, PersonRow


@dataclass(frozen=True)
class CalendarImportReport:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    kept: tuple[str, ...] = ()
    """Invitations left alone because their meeting is already held or cancelled."""
    recurring: tuple[str, ...] = ()
    """Recurring invitations, of which the first occurrence was taken."""
    unknown_attendees: tuple[str, ...] = ()

    def describe(self) -> str:
        """What the import did, in one line: the command line's report."""
        parts = [
            translate("Import", "{count} meetings created").format(count=self.created),
            translate("Import", "{count} updated").format(count=self.updated),
            translate("Import", "{count} unchanged").format(count=self.unchanged),
        ]
        if self.kept:
            parts.append(
                translate("Import", "{count} left as held or cancelled ({titles})").format(
                    count=len(self.kept),
                    titles=", ".join(self.kept),
                )
            )
        if self.recurring:
            parts.append(
                translate("Import", "first occurrence only of recurring {titles}").format(
                    titles=", ".join(self.recurring),
                )
            )
        if self.unknown_attendees:
            parts.append(
                translate("Import", "attendees not in the store: {names}").format(
                    names=", ".join(self.unknown_attendees),
                )
            )
        return listed(parts, separator="; ")


def import_invitations(
    services: Services, dialogue_id: int, invitations: list[Invitation]
) -> CalendarImportReport:
    """Every invitation as a planned meeting of the dialogue, all or nothing."""
    report = CalendarImportReport()
    with services.change() as change:
        change.uow.require(DialogueRow, dialogue_id, "dialogue")
        people = _people(change)
        for invitation in invitations:
            report = _one(change, dialogue_id, invitation, report)
            if invitation.recurring:
                report = replace(report, recurring=(*report.recurring, invitation.title))
            meeting = change.uow.find(
                MeetingRow, dialogue_id=dialogue_id, calendar_uid=invitation.uid
            )
            if meeting is not None and meeting.status == MeetingStatus.PLANNED.value:
                unknown = _attend(change, meeting.id, invitation.attendees, people)
                known = set(report.unknown_attendees)
                fresh = tuple(name for name in unknown if name not in known)
                report = replace(report, unknown_attendees=(*report.unknown_attendees, *fresh))
    return report


def _one(
    change: Change, dialogue_id: int, invitation: Invitation, report: CalendarImportReport
) -> CalendarImportReport:
    uow = change.uow
    row = uow.find(MeetingRow, dialogue_id=dialogue_id, calendar_uid=invitation.uid)
    status = MeetingStatus.CANCELLED if invitation.cancelled else MeetingStatus.PLANNED
    if row is None:
        draft = MeetingDraft(
            dialogue_id,
            invitation.title,
            invitation.start,
            invitation.end,
            location=invitation.location,
            status=status,
        )
        meeting = add_meeting(change, draft)
        created = uow.require(MeetingRow, meeting.id, "meeting")
        created.calendar_uid = invitation.uid
        uow.flush()
        return replace(report, created=report.created + 1)
    if row.status != MeetingStatus.PLANNED.value:
        return replace(report, kept=(*report.kept, row.title))
    current = meeting_record(uow, row)
    wanted = replace(
        current,
        title=invitation.title,
        start=invitation.start,
        end=invitation.end,
        location=invitation.location,
        status=status,
    )
    if wanted == current:
        return replace(report, unchanged=report.unchanged + 1)
    fields = {name: getattr(wanted, name) for name in MeetingDraft.__dataclass_fields__}
    revise_meeting(change, row, MeetingDraft(**fields))
    return replace(report, updated=report.updated + 1)


def _people(change: Change) -> list[PersonRow]:
    return change.uow.all(PersonRow)


def _attend(
    change: Change, meeting_id: int, attendees: tuple[Attendee, ...], people: list[PersonRow]
) -> list[str]:
    """Add the attendees the store knows to the meeting; the others' names, for the report."""
    present = {row.person_id for row in change.uow.all(AttendanceRow, meeting_id=meeting_id)}
    unknown = []
    for attendee in attendees:
        person = _match(attendee, people)
        if person is None:
            unknown.append(attendee.label())
        elif person.id not in present:
            add_attendance(change, AttendanceDraft(meeting_id, person.id))
            present.add(person.id)
    return unknown


def _match(attendee: Attendee, people: list[PersonRow]) -> PersonRow | None:
    email = (attendee.email or "").casefold()
    name = (attendee.name or "").casefold().strip()
    for person in people:
        if email and email in (person.contact or "").casefold():
            return person
    for person in people:
        if name and person.name.casefold().strip() == name:
            return person
    return None
