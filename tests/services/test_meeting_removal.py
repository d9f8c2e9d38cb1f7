"""Deleting a meeting and bringing it back: everything that went with it — brief, delegations,
agenda, documents and their files — returns, and the commitments, updates and PDFs that named
it point at it again; a final record is refused; each step is one transaction."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import select

from dialoguetracker.domain.enums import DocumentKind, RecordState
from dialoguetracker.domain.errors import NotFoundError, RecordLockedError
from dialoguetracker.domain.filters import CommitmentFilter
from dialoguetracker.domain.records import DocumentDraft, Meeting
from dialoguetracker.interop.sample import load_sample
from dialoguetracker.services import Services, agenda, attendance, briefs, documents, meetings
from dialoguetracker.services.audit import record_history
from dialoguetracker.services.commitment_updates import list_updates
from dialoguetracker.services.commitments import delete_commitment, list_commitments
from dialoguetracker.services.meeting_removal import (
    meeting_snapshot,
    remove_meeting,
    restore_meeting,
)
from dialoguetracker.store.models import DocumentFileRow


@pytest.fixture
def sample(services: Services) -> Services:
    load_sample(services)
    return services


def rounds(services: Services) -> tuple[Meeting, Meeting]:
    first, second = meetings.list_meetings(services)
    return first, second


def everything_of(services: Services, meeting: Meeting) -> dict[str, object]:
    """The meeting's parts and links, without ids (which change on the way back)."""
    brief = briefs.get_brief(services, meeting.id)
    return {
        "meeting": replace(meeting, id=0),
        "brief": None if brief is None else (brief.purpose, brief.objectives, brief.press_line),
        "attendance": sorted(
            (a.person_id, a.role, a.presence)
            for a in attendance.list_attendance(services, meeting.id)
        ),
        "agenda": [
            (i.position, i.title, i.notes, i.points_to_make, i.their_position)
            for i in agenda.list_agenda(services, meeting.id)
        ],
        "documents": sorted(
            (d.title, d.language, d.text)
            for d in documents.list_documents(services, meeting_id=meeting.id)
        ),
        "commitments": sorted(
            c.id for c in list_commitments(services, CommitmentFilter(meeting_id=meeting.id))
        ),
    }


def test_a_meeting_comes_back_whole_with_its_commitments_pointing_at_it(sample: Services) -> None:
    first, _second = rounds(sample)
    meetings.reopen_record(sample, first.id)
    first = meetings.get_meeting(sample, first.id)
    before = everything_of(sample, first)
    assert before["commitments"] and before["agenda"] and before["documents"]
    quoted = [
        c for c in list_commitments(sample, CommitmentFilter()) if c.source_document_id is not None
    ]
    assert quoted

    snapshot = remove_meeting(sample, first.id)

    with pytest.raises(NotFoundError):
        meetings.get_meeting(sample, first.id)
    assert list_commitments(sample, CommitmentFilter(meeting_id=first.id)) == []
    orphaned = list_commitments(sample, CommitmentFilter())
    assert all(c.source_document_id is None for c in orphaned if c.id in {q.id for q in quoted})

    back = restore_meeting(sample, snapshot).meeting

    assert back.id != 0
    assert everything_of(sample, back) == before
    sources = {d.id for d in documents.list_documents(sample, meeting_id=back.id)}
    relinked = [
        c for c in list_commitments(sample, CommitmentFilter()) if c.id in {q.id for q in quoted}
    ]
    assert relinked and all(c.source_document_id in sources for c in relinked)
    trail = record_history(sample, "meeting", back.id)
    assert (trail[0].action, trail[1].action) == ("create", "restore")
    assert (trail[1].old, trail[1].new) == (str(first.id), str(back.id))


def test_updates_recorded_at_the_meeting_and_attached_files_come_back(sample: Services) -> None:
    _first, second = rounds(sample)
    document = documents.create_document(
        sample,
        DocumentDraft(second.id, DocumentKind.READOUT, "Non-paper", text="x"),
    )
    with sample.change() as change:
        change.uow.add(
            DocumentFileRow(
                document_id=document.id,
                file_name="non-paper.pdf",
                media_type="application/pdf",
                size=9,
                sha256="ab" * 32,
                content=b"%PDF-1.4\n",
            )
        )
    linked_updates = [
        u.id
        for c in list_commitments(sample, CommitmentFilter())
        for u in list_updates(sample, c.id)
        if u.meeting_id == second.id
    ]

    back = restore_meeting(sample, remove_meeting(sample, second.id)).meeting

    [again] = [
        d for d in documents.list_documents(sample, meeting_id=back.id) if d.title == "Non-paper"
    ]
    with sample.read() as uow:
        stored = uow.session.scalars(
            select(DocumentFileRow).where(DocumentFileRow.document_id == again.id)
        ).one()
        assert (stored.file_name, stored.content) == ("non-paper.pdf", b"%PDF-1.4\n")
    relinked = [
        u.id
        for c in list_commitments(sample, CommitmentFilter())
        for u in list_updates(sample, c.id)
        if u.meeting_id == back.id
    ]
    assert relinked == linked_updates


def test_a_final_record_is_not_deleted(sample: Services) -> None:
    first, _second = rounds(sample)
    assert first.record is RecordState.FINAL
    with pytest.raises(RecordLockedError):
        remove_meeting(sample, first.id)
    assert meetings.get_meeting(sample, first.id).title == first.title


def test_the_snapshot_names_what_goes_and_a_commitment_deleted_meanwhile_is_skipped(
    sample: Services,
) -> None:
    _first, second = rounds(sample)
    snapshot = meeting_snapshot(sample, second.id)
    assert snapshot.meeting == second
    assert len(snapshot.agenda) == len(agenda.list_agenda(sample, second.id))

    removed = remove_meeting(sample, second.id)
    for link in removed.commitments:
        delete_commitment(sample, link.commitment_id)
    back = restore_meeting(sample, removed).meeting

    assert meetings.get_meeting(sample, back.id).title == second.title
    assert back.start == second.start and back.start != date(1, 1, 1)
