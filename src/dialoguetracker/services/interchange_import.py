"""Importing an interchange document: all or nothing, and never twice.

The whole document is written in one transaction through the same use cases the GUI calls,
so every rule and every audit entry applies; the new commitments of a dialogue, most of any
large file, are checked by the same rules and written in sets
(:mod:`~dialoguetracker.services.interchange_commitments`). A record the store already holds
(by its natural key, see docs/interchange.md) is kept as it is and only what is missing is
added: importing a file again duplicates nothing and never overwrites an edit made since. A
rule broken on the way is reported at the JSON path of the entry that broke it.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import date

from dialoguetracker.domain.enums import RecordState
from dialoguetracker.domain.errors import DialogueTrackerError
from dialoguetracker.domain.interchange import (
    AgendaItemData,
    BriefData,
    CommitmentData,
    DialogueData,
    DocumentData,
    InterchangeData,
    MeetingData,
    ParticipantData,
    PartyData,
)
from dialoguetracker.domain.progress import Progress, Steps, no_progress
from dialoguetracker.domain.records import (
    AgendaItemDraft,
    AttendanceDraft,
    CommitmentUpdateDraft,
    DialogueDraft,
    DocumentDraft,
    MeetingBrief,
    PartyDraft,
    TopicDraft,
)
from dialoguetracker.services import (
    agenda,
    attendance,
    briefs,
    commitment_updates,
    dialogues,
    directory,
    documents,
    meetings,
)
from dialoguetracker.services.context import AuditEntry, Change, Services
from dialoguetracker.services.import_report import ImportReport, at_path, located
from dialoguetracker.services.interchange_commitments import CommitmentBatch, Links
from dialoguetracker.services.interchange_directory import import_directory
from dialoguetracker.services.interchange_meetings import MeetingBatch, MeetingLinks
from dialoguetracker.services.meetings import split_when
from dialoguetracker.store import queries
from dialoguetracker.store.models import (
    DialogueRow,
    PartyRow,
    TopicRow,
)
from dialoguetracker.store.search_index_bulk import indexing_in_bulk

BATCH = 2000
"""New commitments written per set: large enough that statements are few, small enough that
memory stays flat whatever the file's size."""
MEETING_BATCH = 500
"""New meetings written per set (each brings its delegation and agenda)."""


def import_interchange(
    services: Services, data: InterchangeData, progress: Progress = no_progress
) -> ImportReport:
    """Import the whole file in one transaction. ``progress`` hears of every party,
    organization, person, meeting and commitment done; if it raises :class:`CancelledError` the
    transaction rolls back and the store is as it was."""
    with _held_still(), services.change() as change, indexing_in_bulk(change.uow):
        return _Importer(change, Steps(progress, _units(data))).run(data)


@contextmanager
def _held_still() -> Iterator[None]:
    """Keep Python's cycle collector off what exists when the import starts, above all the
    document being imported: it lives through the import, yet each full collection would
    walk all of its millions of objects again (a tenth of an office's import). What the import
    makes itself is still collected as usual."""
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def _units(data: InterchangeData) -> int:
    """The entries an import reports progress on."""
    return (
        len(data.parties)
        + len(data.organizations)
        + len(data.people)
        + sum(len(dialogue.meetings) + len(dialogue.commitments) for dialogue in data.dialogues)
    )


class _Importer:
    def __init__(self, change: Change, steps: Steps) -> None:
        self.steps = steps
        self.change = change
        self.uow = change.uow
        self.report = ImportReport()
        self.organizations: dict[str, int] = {}
        self.people: dict[str, int] = {}
        self.person_names: dict[int, str] = {}
        self.topics: dict[str, int] = {}
        self.meetings: dict[str, int] = {}
        self.meeting_days: dict[int, date] = {}
        self.documents: dict[str, int] = {}
        self.held = queries.PartKeys(set(), set(), set(), {}, set())
        """What the current dialogue's meetings and commitments already hold."""

    def _added(self, kind: str) -> None:
        self.report.added[kind] += 1

    def run(self, data: InterchangeData) -> ImportReport:
        for party in data.parties:
            with at_path(party.path):
                self._party(party)
            self.steps.step()
        mapped = import_directory(self.change, data.organizations, data.people, self.steps.step)
        self.organizations, self.people = mapped.organizations, mapped.people
        self.person_names = mapped.person_names
        for kind, count in (
            ("organizations", mapped.added_organizations),
            ("people", mapped.added_people),
        ):
            if count:
                self.report.added[kind] += count
        self.report.kept += mapped.kept
        for dialogue in data.dialogues:
            self._dialogue(dialogue)
        return self.report

    def _kept(self, row_id: int) -> int:
        self.report.kept += 1
        return row_id

    def _party(self, data: PartyData) -> None:
        if self.uow.find(PartyRow, code=data.code) is not None:
            self.report.kept += 1
            return
        directory.add_party(self.change, PartyDraft(data.code, data.name, data.language))
        self._added("parties")

    def _dialogue(self, data: DialogueData) -> None:
        self.topics, self.meetings, self.documents = {}, {}, {}
        with at_path(data.path):
            row = self.uow.find(DialogueRow, name=data.name)
            if row is None:
                draft = DialogueDraft(
                    data.name,
                    data.parties,
                    data.short_name,
                    data.framework,
                    data.description,
                    data.status,
                )
                dialogue_id = dialogues.add_dialogue(self.change, draft).id
                self._added("dialogues")
            else:
                dialogue_id = row.id
                self.report.kept += 1
        for topic in data.topics:
            with at_path(topic.path):
                found = self.uow.find(TopicRow, dialogue_id=dialogue_id, name=topic.name)
                if found is None:
                    added = dialogues.add_topic(self.change, TopicDraft(dialogue_id, topic.name))
                    self.topics[topic.id] = added.id
                    self._added("topics")
                else:
                    self.topics[topic.id] = found.id
                    self.report.kept += 1
        self.held = queries.part_keys(self.uow, dialogue_id)
        self._meetings(dialogue_id, data.meetings)
        self._commitments(dialogue_id, data.commitments)

    def _commitments(self, dialogue_id: int, entries: Sequence[CommitmentData]) -> None:
        """New commitments go in sets; those the store holds already are merged one by one
        afterwards, so only their missing updates are added (the reader has refused a text
        listed twice)."""
        known = queries.commitment_ids_by_text(self.uow, dialogue_id)
        batch = CommitmentBatch(self.change, self._links(dialogue_id))
        merged: list[CommitmentData] = []
        for commitment in entries:
            if commitment.text in known:
                merged.append(commitment)
            else:
                batch.add(commitment)
                self._added("commitments")
                self.report.added["updates"] += len(commitment.updates)
                if len(batch) >= BATCH:
                    batch.write()
            self.steps.step()
        batch.write()
        for commitment in merged:
            self._merge_commitment(known[commitment.text], commitment)

    def _links(self, dialogue_id: int) -> Links:
        dialogue = self.uow.require(DialogueRow, dialogue_id, "dialogue")
        return Links(
            dialogue_id,
            tuple(member.party.code for member in dialogue.members),
            self.topics,
            self.meetings,
            self.meeting_days,
            self.documents,
            self.organizations,
            self.people,
        )

    def _meetings(self, dialogue_id: int, entries: Sequence[MeetingData]) -> None:
        """New meetings go in sets with their delegations and agendas; those the store
        holds already get only their missing parts, one by one."""
        known = queries.meeting_ids_by_key(self.uow, dialogue_id)
        dialogue = self.uow.require(DialogueRow, dialogue_id, "dialogue")
        links = MeetingLinks(
            dialogue_id,
            {member.party.code: member.party_id for member in dialogue.members},
            self.topics,
            self.people,
            self.person_names,
        )
        batch = MeetingBatch(self.change, links)
        for meeting in entries:
            try:
                start_date = split_when("start", meeting.start).day
            except DialogueTrackerError as error:
                raise located(error, meeting.path) from None
            meeting_id = known.get((meeting.title, start_date))
            if meeting_id is None:
                batch.add(meeting)
                if len(batch) >= MEETING_BATCH:
                    self._added_meetings(batch.write())
            else:
                self.report.kept += 1
                self._meeting_parts(meeting_id, meeting, start_date)
            self.steps.step()
        self._added_meetings(batch.write())

    def _added_meetings(self, written: list[tuple[MeetingData, int, date]]) -> None:
        """Count what a set of new meetings brought, then add their briefs and documents and
        close the records the file says are final.

        A new meeting is a draft this import just wrote, so closing its record needs none of
        the checks :func:`~dialoguetracker.services.meetings.finalize` makes: the set's
        records are closed with one statement, and their audit entries written in sets, in
        the order the one-by-one path writes them (before the entries of the next meeting's
        brief and documents, which their services write as they go)."""
        final: list[int] = []
        entries: list[AuditEntry] = []
        for data, meeting_id, start_date in written:
            self._added("meetings")
            self.report.added["participants"] += len(data.participants)
            self.report.added["agenda items"] += len(data.agenda)
            if data.brief is not None or data.documents:
                self.change.audit_many(entries)
                entries = []
            self._meeting_parts(meeting_id, data, start_date, new=True)
            if data.record is RecordState.FINAL:
                final.append(meeting_id)
                entries.append(
                    (
                        meetings.ENTITY,
                        meeting_id,
                        "finalize",
                        "record",
                        RecordState.DRAFT,
                        RecordState.FINAL,
                        None,
                    )
                )
        self.change.audit_many(entries)
        queries.close_new_records(self.uow, final)

    def _meeting_parts(
        self, meeting_id: int, data: MeetingData, start_date: date, new: bool = False
    ) -> None:
        """The parts of a meeting that are not in the store yet (looked up in the keys read
        for the whole dialogue); a new meeting's delegation and agenda came in with it."""
        self.meetings[data.id] = meeting_id
        self.meeting_days[meeting_id] = start_date
        if data.brief is not None:
            with at_path(data.brief.path):
                self._brief(meeting_id, data.brief)
        if not new:
            for participant in data.participants:
                with at_path(participant.path):
                    self._participant(meeting_id, participant)
            for item in data.agenda:
                with at_path(item.path):
                    self._agenda_item(meeting_id, item)
        for document in data.documents:
            with at_path(document.path):
                document_id = self._document(meeting_id, document)
                if document.id is not None:
                    self.documents[document.id] = document_id

    def _brief(self, meeting_id: int, data: BriefData) -> None:
        if meeting_id in self.held.briefs:
            self.report.kept += 1
            return
        brief = MeetingBrief(
            meeting_id,
            data.purpose,
            data.objectives,
            data.their_objectives,
            data.their_asks,
            data.press_line,
            data.handling,
        )
        briefs.add_brief(self.change, brief)
        self._added("briefs")

    def _participant(self, meeting_id: int, data: ParticipantData) -> None:
        person_id = self.people[data.person]
        if (meeting_id, person_id) in self.held.attendance:
            self.report.kept += 1
            return
        draft = AttendanceDraft(meeting_id, person_id, data.role, data.presence)
        attendance.add_attendance(self.change, draft)
        self._added("participants")

    def _agenda_item(self, meeting_id: int, data: AgendaItemData) -> None:
        if (meeting_id, data.title) in self.held.agenda:
            self.report.kept += 1
            return
        draft = AgendaItemDraft(
            meeting_id,
            data.title,
            None if data.topic is None else self.topics[data.topic],
            data.lead,
            None if data.presenter is None else self.people[data.presenter],
            data.minutes,
            data.notes,
            data.outcome,
            data.handling,
            data.points_to_make,
            data.their_position,
            data.our_response,
        )
        agenda.add_agenda_item(self.change, draft)
        self._added("agenda items")

    def _document(self, meeting_id: int, data: DocumentData) -> int:
        held = self.held.documents.get((meeting_id, data.kind.value, data.title))
        if held is not None:
            return self._kept(held)
        draft = DocumentDraft(
            meeting_id,
            data.kind,
            data.title,
            data.date,
            data.language,
            data.url,
            data.text,
            data.handling,
        )
        self._added("documents")
        return documents.add_document(self.change, draft).id

    def _merge_commitment(self, commitment_id: int, data: CommitmentData) -> None:
        """A commitment the store holds keeps its text and state; only the updates it lacks
        are appended, each through the services (its rules judged against the history)."""
        self.report.kept += 1
        for update in data.updates:
            if (commitment_id, update.date, update.note) in self.held.updates:
                self.report.kept += 1
                continue
            with at_path(update.path):
                draft = CommitmentUpdateDraft(
                    commitment_id,
                    update.date,
                    update.note,
                    update.status,
                    update.due,
                    update.reason,
                    None if update.meeting is None else self.meetings[update.meeting],
                    update.handling,
                )
                commitment_updates.add_update(self.change, draft)
                self._added("updates")
