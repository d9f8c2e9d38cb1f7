"""A meeting's and a commitment's audit trail: what is in it, in what order, and that nothing
— not even SQL sent past the program — can change it."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from meeting_scenario import WorkingGroup, plan_meeting, working_group
from sqlalchemy import text

from dialoguetracker.domain.enums import CommitmentStatus, Role
from dialoguetracker.domain.errors import ConflictError, NotFoundError, ValidationError
from dialoguetracker.domain.records import (
    AgendaItemDraft,
    AttendanceDraft,
    AuditEntry,
    CommitmentDraft,
    MeetingBrief,
)
from dialoguetracker.services import Services, agenda, attendance, briefs, meetings
from dialoguetracker.services.audit import record_history
from dialoguetracker.services.commitment_updates import change_status, move_due_date
from dialoguetracker.services.commitments import create_commitment, delete_commitment


@pytest.fixture
def wg(services: Services) -> WorkingGroup:
    return working_group(services)


def _summary(entries: list[AuditEntry]) -> list[tuple[str, str, str | None, str | None]]:
    return [(e.entity, e.action, e.field, e.subject) for e in entries]


def test_a_meetings_trail_holds_its_parts_even_after_they_are_deleted(
    services: Services, wg: WorkingGroup
) -> None:
    meeting = plan_meeting(services, wg)
    other = plan_meeting(services, wg, title="Another meeting")
    item = agenda.create_agenda_item(services, AgendaItemDraft(meeting.id, "Cybercrime"))
    agenda.create_agenda_item(services, AgendaItemDraft(other.id, "Not this meeting's item"))
    renamed = agenda.update_agenda_item(
        services, item.id, AgendaItemDraft(meeting.id, "Cybercrime and e-evidence")
    )
    attendance.create_attendance(services, AttendanceDraft(meeting.id, wg.us_head_id, Role.HEAD))
    briefs.set_brief(services, MeetingBrief(meeting.id, purpose="Agree a work plan"))
    meetings.update_meeting(services, meeting.id, replace(meeting, location="Washington"))
    agenda.delete_agenda_item(services, renamed.id)

    trail = record_history(services, "meeting", meeting.id)

    assert _summary(trail) == [
        ("meeting", "create", None, None),
        ("agenda_item", "create", None, "Cybercrime and e-evidence"),
        ("agenda_item", "update", "title", "Cybercrime and e-evidence"),
        ("attendance", "create", None, "Alice Moreno"),
        ("meeting_brief", "create", None, None),
        ("meeting", "update", "location", None),
        ("agenda_item", "delete", None, "Cybercrime and e-evidence"),
    ]
    location = trail[5]
    assert (location.old, location.new, location.actor) == ("Mexico City", "Washington", "tester")
    title = trail[2]
    assert (title.old, title.new) == ("Cybercrime", "Cybercrime and e-evidence")
    # The other meeting's agenda item is in its own trail only.
    assert [e.subject for e in record_history(services, "meeting", other.id)] == [
        None,
        "Not this meeting's item",
    ]


def test_a_commitments_trail_holds_its_progress_updates_and_status_changes(
    services: Services, wg: WorkingGroup
) -> None:
    commitment = create_commitment(
        services, CommitmentDraft(wg.dialogue_id, "Share points of contact", "US")
    )
    change_status(
        services, commitment.id, CommitmentStatus.IN_PROGRESS, date(2023, 3, 2), "Drafting"
    )
    move_due_date(services, commitment.id, date(2023, 6, 30), date(2023, 3, 3), "New minister")

    trail = record_history(services, "commitment", commitment.id)

    assert [(e.entity, e.action, e.field, e.old, e.new) for e in trail] == [
        ("commitment", "create", None, None, "Share points of contact"),
        ("commitment_update", "create", None, None, "Drafting"),
        ("commitment", "update", "status", "agreed", "in_progress"),
        ("commitment_update", "create", None, None, "New minister"),
        ("commitment", "update", "due", None, "2023-06-30"),
    ]


def test_a_deleted_commitment_keeps_its_trail_and_an_unknown_one_is_named(
    services: Services, wg: WorkingGroup
) -> None:
    commitment = create_commitment(
        services, CommitmentDraft(wg.dialogue_id, "Exchange threat indicators", "MX")
    )
    delete_commitment(services, commitment.id)

    trail = record_history(services, "commitment", commitment.id)

    assert [(e.action, e.old) for e in trail] == [
        ("create", None),
        ("delete", "Exchange threat indicators"),
    ]
    with pytest.raises(NotFoundError, match="no commitment with id 9999"):
        record_history(services, "commitment", 9999)
    with pytest.raises(ValidationError, match="record: must be one of: meeting, commitment"):
        record_history(services, "person", wg.us_head_id)


def test_times_are_in_utc_whatever_the_clock_said(services: Services, wg: WorkingGroup) -> None:
    meeting = plan_meeting(services, wg)
    [entry] = record_history(services, "meeting", meeting.id)
    assert entry.at.utcoffset() is not None
    assert entry.at.isoformat() == "2023-03-01T12:00:00+00:00"


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE audit_entries SET actor = 'someone else'",
        "UPDATE audit_entries SET new = 'rewritten' WHERE action = 'create'",
        "DELETE FROM audit_entries",
    ],
)
def test_the_database_refuses_to_change_the_trail(
    services: Services, wg: WorkingGroup, statement: str
) -> None:
    meeting = plan_meeting(services, wg)
    before = record_history(services, "meeting", meeting.id)

    with (
        pytest.raises(
            ConflictError,
            match=r"^the store refused the change \(the audit trail is append-only\)$",
        ),
        services.store.writing() as uow,
    ):
        uow.session.execute(text(statement))

    assert record_history(services, "meeting", meeting.id) == before
