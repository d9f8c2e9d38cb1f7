"""Deleting a meeting so that Undo can bring it back whole.

A meeting takes its brief, delegations, agenda and documents (with their files) with it, and
the commitments, progress updates and PDFs that named it lose that link. Before the delete
everything that goes or loses a link is kept in a :class:`MeetingSnapshot`, in the same
transaction as the delete; :func:`restore_meeting` puts it all back in one transaction, under
new ids, and links the commitments, updates and PDFs to the meeting again.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from dialoguetracker.domain.record_kinds import RecordKind
from dialoguetracker.domain.records import (
    AgendaItem,
    Attendance,
    Document,
    Meeting,
    MeetingBrief,
)
from dialoguetracker.services.agenda import add_agenda_item, agenda_record
from dialoguetracker.services.attendance import add_attendance, attendance_record
from dialoguetracker.services.briefs import add_brief, brief_record
from dialoguetracker.services.context import Change, Services
from dialoguetracker.services.documents import add_document, document_record
from dialoguetracker.services.meetings import add_meeting, ensure_editable, meeting_record
from dialoguetracker.store.meeting_removal_queries import commitments_pointing_into
from dialoguetracker.store.models import (
    AgendaItemRow,
    AttendanceRow,
    BriefingExportRow,
    CommitmentRow,
    CommitmentUpdateRow,
    DocumentFileRow,
    DocumentRow,
    MeetingBriefRow,
    MeetingRow,
)
from dialoguetracker.store.unit_of_work import UnitOfWork

ENTITY = "meeting"


@dataclass(frozen=True)
class StoredFile:
    """A document's attached file, as the store keeps it."""

    file_name: str
    media_type: str
    sha256: str
    content: bytes


@dataclass(frozen=True)
class CommitmentLink:
    """How a commitment pointed into the meeting: at the meeting itself, one of its agenda
    items, one of its documents as the source (ids as they were)."""

    commitment_id: int
    at_meeting: bool
    agenda_item_id: int | None
    source_document_id: int | None


@dataclass(frozen=True)
class MeetingSnapshot:
    meeting: Meeting
    brief: MeetingBrief | None
    attendance: tuple[Attendance, ...]
    agenda: tuple[AgendaItem, ...]
    documents: tuple[tuple[Document, StoredFile | None], ...]
    commitments: tuple[CommitmentLink, ...]
    update_ids: tuple[int, ...]
    export_ids: tuple[int, ...]

    @property
    def linked_commitments(self) -> int:
        return len(self.commitments)


def meeting_snapshot(services: Services, meeting_id: int) -> MeetingSnapshot:
    """What deleting the meeting would remove or unlink (for the confirmation to name)."""
    with services.read() as uow:
        return _snapshot(uow, meeting_id)


def remove_meeting(services: Services, meeting_id: int) -> MeetingSnapshot:
    """Delete the meeting (a final record must be reopened first) and return what went."""
    with services.change() as change:
        snapshot = _snapshot(change.uow, meeting_id)
        row = ensure_editable(change.uow, meeting_id)
        change.audit(ENTITY, row.id, "delete", old=row.title)
        change.uow.delete(row)
        change.uow.flush()
        return snapshot


@dataclass(frozen=True)
class RestoredMeeting:
    """The meeting put back, and where each of its parts lives now ((kind, old id, new id)
    for its agenda items, attendance and documents), for the undo history to follow."""

    meeting: Meeting
    moved: tuple[tuple[RecordKind, int, int], ...]

    @property
    def id(self) -> int:
        return self.meeting.id


def restore_meeting(services: Services, snapshot: MeetingSnapshot) -> RestoredMeeting:
    """Put a removed meeting back, parts and links included, as one change."""
    with services.change() as change:
        old = snapshot.meeting
        meeting = add_meeting(change, old)
        change.audit(ENTITY, meeting.id, "restore", "id", old.id, meeting.id)
        if snapshot.brief is not None:
            add_brief(change, replace(snapshot.brief, meeting_id=meeting.id))
        attendance = {
            person.id: add_attendance(change, replace(person, meeting_id=meeting.id)).id
            for person in snapshot.attendance
        }
        items = {
            item.id: add_agenda_item(change, replace(item, meeting_id=meeting.id)).id
            for item in sorted(snapshot.agenda, key=lambda item: item.position)
        }
        documents: dict[int, int] = {}
        for document, stored in snapshot.documents:
            copy = add_document(change, replace(document, meeting_id=meeting.id))
            documents[document.id] = copy.id
            if stored is not None:
                change.uow.add(
                    DocumentFileRow(
                        document_id=copy.id,
                        file_name=stored.file_name,
                        media_type=stored.media_type,
                        size=len(stored.content),
                        sha256=stored.sha256,
                        content=stored.content,
                    )
                )
        _relink(change, snapshot, meeting.id, items, documents)
        change.uow.flush()
        moved = [
            (kind, old_id, new_id)
            for kind, ids in (
                (RecordKind.AGENDA_ITEM, items),
                (RecordKind.ATTENDANCE, attendance),
                (RecordKind.DOCUMENT, documents),
            )
            for old_id, new_id in ids.items()
        ]
        again = meeting_record(change.uow, change.uow.require(MeetingRow, meeting.id, "meeting"))
        return RestoredMeeting(again, tuple(moved))


def _relink(
    change: Change,
    snapshot: MeetingSnapshot,
    meeting_id: int,
    items: dict[int, int],
    documents: dict[int, int],
) -> None:
    """Point the commitments, updates and PDFs that named the meeting at it again (those
    deleted meanwhile are skipped: they have nothing left to point from)."""
    for link in snapshot.commitments:
        row = change.uow.get(CommitmentRow, link.commitment_id)
        if row is None:
            continue
        new = {
            "meeting_id": meeting_id if link.at_meeting else row.meeting_id,
            "agenda_item_id": items.get(link.agenda_item_id or 0, row.agenda_item_id),
            "source_document_id": documents.get(
                link.source_document_id or 0, row.source_document_id
            ),
        }
        for field, value in new.items():
            if getattr(row, field) != value:
                change.audit("commitment", row.id, "update", field, getattr(row, field), value)
                setattr(row, field, value)
    for update_id in snapshot.update_ids:
        update = change.uow.get(CommitmentUpdateRow, update_id)
        if update is not None and update.meeting_id is None:
            update.meeting_id = meeting_id
    for export_id in snapshot.export_ids:
        export = change.uow.get(BriefingExportRow, export_id)
        if export is not None and export.meeting_id is None:
            export.meeting_id = meeting_id


def _snapshot(uow: UnitOfWork, meeting_id: int) -> MeetingSnapshot:
    meeting = meeting_record(uow, uow.require(MeetingRow, meeting_id, "meeting"))
    brief = uow.find(MeetingBriefRow, meeting_id=meeting_id)
    agenda = uow.all(AgendaItemRow, "position", meeting_id=meeting_id)
    item_ids = {row.id for row in agenda}
    document_rows = uow.all(DocumentRow, meeting_id=meeting_id)
    document_ids = {row.id for row in document_rows}
    documents = []
    for row in document_rows:
        stored = uow.find(DocumentFileRow, document_id=row.id)
        documents.append(
            (
                document_record(row),
                None
                if stored is None
                else StoredFile(stored.file_name, stored.media_type, stored.sha256, stored.content),
            )
        )
    links = [
        CommitmentLink(
            row.id, row.meeting_id == meeting_id, row.agenda_item_id, row.source_document_id
        )
        for row in commitments_pointing_into(uow, meeting_id, item_ids, document_ids)
    ]
    return MeetingSnapshot(
        meeting=meeting,
        brief=None if brief is None else brief_record(brief),
        attendance=tuple(
            attendance_record(row) for row in uow.all(AttendanceRow, meeting_id=meeting_id)
        ),
        agenda=tuple(agenda_record(uow, row) for row in agenda),
        documents=tuple(documents),
        commitments=tuple(links),
        update_ids=tuple(row.id for row in uow.all(CommitmentUpdateRow, meeting_id=meeting_id)),
        export_ids=tuple(row.id for row in uow.all(BriefingExportRow, meeting_id=meeting_id)),
    )
