"""Exporting a store as interchange data, for one audience.

Entries come out in a fixed order (parties, organizations and people by id; meetings by
start; agenda by position; updates by date) with file-local ids numbered in that order. An
import writes them back in the same order, so export → import → export is the same document.
Everything whose handling the audience does not admit is left out, exactly as a briefing for
that audience leaves it out; the preparation fields go to the internal audience only.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import TypeVar

from dialoguetracker.domain.compliance import Period, period_of
from dialoguetracker.domain.enums import (
    JOINT,
    Audience,
    CommitmentStatus,
    DialogueStatus,
    DocumentKind,
    Handling,
    MeetingFormat,
    MeetingStatus,
    Presence,
    RecordState,
    Role,
)
from dialoguetracker.domain.interchange import (
    AgendaItemData,
    AssessmentData,
    BriefData,
    CommitmentData,
    DialogueData,
    DocumentData,
    InterchangeData,
    LeadData,
    MeetingData,
    OrganizationData,
    ParticipantData,
    PartyData,
    PersonData,
    SourceData,
    TopicData,
    UpdateData,
    default_recorded,
)
from dialoguetracker.domain.progress import Progress, Steps, no_progress
from dialoguetracker.services.assessments import dialogue_periods
from dialoguetracker.services.context import Services
from dialoguetracker.services.meetings import Stored, join_when
from dialoguetracker.store.assessment_queries import commitment_assessments
from dialoguetracker.store.models import (
    AgendaItemRow,
    AttendanceRow,
    CommitmentRow,
    CommitmentUpdateRow,
    DialogueRow,
    DocumentRow,
    MeetingBriefRow,
    MeetingRow,
    OrganizationRow,
    PartyRow,
    PersonRow,
    TopicRow,
)
from dialoguetracker.store.unit_of_work import UnitOfWork

T = TypeVar("T")
RowT = TypeVar("RowT")


def export_interchange(
    services: Services, audience: Audience = Audience.INTERNAL, progress: Progress = no_progress
) -> InterchangeData:
    """The store as interchange data, read in one transaction; ``progress`` hears of every
    meeting and commitment read and may cancel by raising."""
    with services.read() as uow:
        total = uow.count(MeetingRow) + uow.count(CommitmentRow)
        return _Exporter(uow, services.readable(audience), Steps(progress, total)).run()


class _Exporter:
    def __init__(self, uow: UnitOfWork, audience: Audience, steps: Steps) -> None:
        self.steps = steps
        self.uow = uow
        self.audience = audience
        self.codes: dict[int, str] = {}
        self.organizations: dict[int, str] = {}
        self.people: dict[int, str] = {}
        self.topics: dict[int, str] = {}
        self.meetings: dict[int, str] = {}
        self.meeting_starts: dict[int, Stored] = {}
        self.documents: dict[int, str] = {}
        self.commitment_count = 0
        self.periods: dict[int, list[Period]] = {}

    def _stepped(self, done: T) -> T:
        self.steps.step()
        return done

    def _counted(self, rows: list[RowT]) -> Iterator[RowT]:
        for row in rows:
            yield row
            self.steps.step()

    def admits(self, handling: str) -> bool:
        return self.audience.admits(Handling(handling))

    def run(self) -> InterchangeData:
        party_rows = self.uow.all(PartyRow)
        self.codes = {row.id: row.code for row in party_rows}
        parties = tuple(PartyData(row.code, row.name, row.language) for row in party_rows)
        organizations = []
        for row in self.uow.all(OrganizationRow):
            self.organizations[row.id] = f"o{len(self.organizations) + 1}"
            organizations.append(
                OrganizationData(self.organizations[row.id], self.codes[row.party_id], row.name)
            )
        people = []
        for person in self.uow.all(PersonRow):
            self.people[person.id] = f"p{len(self.people) + 1}"
            people.append(
                PersonData(
                    self.people[person.id],
                    person.name,
                    self.codes[person.party_id],
                    None
                    if person.organization_id is None
                    else self.organizations[person.organization_id],
                    person.title,
                    person.contact,
                    person.pronunciation,
                    person.biography,
                )
            )
        dialogues = tuple(
            self._dialogue(row, number) for number, row in enumerate(self.uow.all(DialogueRow), 1)
        )
        return InterchangeData(parties, tuple(organizations), tuple(people), dialogues)

    def _dialogue(self, row: DialogueRow, number: int) -> DialogueData:
        topics = []
        for topic in self.uow.all(TopicRow, dialogue_id=row.id):
            self.topics[topic.id] = f"t{len(self.topics) + 1}"
            topics.append(TopicData(self.topics[topic.id], topic.name))
        meeting_rows = self.uow.all(MeetingRow, "start_date", "start_time", dialogue_id=row.id)
        meetings = tuple(self._stepped(self._meeting(meeting)) for meeting in meeting_rows)
        commitments = tuple(
            self._commitment(commitment)
            for commitment in self._counted(self.uow.all(CommitmentRow, dialogue_id=row.id))
            if self.admits(commitment.handling)
        )
        return DialogueData(
            id=f"d{number}",
            name=row.name,
            parties=tuple(self.codes[member.party_id] for member in row.members),
            short_name=row.short_name,
            framework=row.framework,
            description=row.description,
            status=DialogueStatus(row.status),
            topics=tuple(topics),
            meetings=meetings,
            commitments=commitments,
        )

    def _side(self, party_id: int | None, joint: bool) -> str | None:
        return JOINT if joint else None if party_id is None else self.codes[party_id]

    def _meeting(self, row: MeetingRow) -> MeetingData:
        self.meetings[row.id] = f"m{len(self.meetings) + 1}"
        start = Stored(row.start_date, row.start_time, row.start_offset)
        self.meeting_starts[row.id] = start
        end = None if row.end_date is None else Stored(row.end_date, row.end_time, row.end_offset)
        summary_shown = row.summary is not None and self.admits(row.summary_handling)
        return MeetingData(
            id=self.meetings[row.id],
            title=row.title,
            start=join_when(start),
            end=None if end is None else join_when(end),
            location=row.location,
            format=None if row.format is None else MeetingFormat(row.format),
            status=MeetingStatus(row.status),
            record=RecordState(row.record),
            host=None if row.host_party_id is None else self.codes[row.host_party_id],
            summary=row.summary if summary_shown else None,
            summary_handling=Handling(row.summary_handling),
            brief=self._brief(row.id),
            participants=tuple(
                ParticipantData(self.people[a.person_id], Role(a.role), Presence(a.presence))
                for a in self.uow.all(AttendanceRow, meeting_id=row.id)
            ),
            agenda=tuple(
                self._agenda_item(item)
                for item in self.uow.all(AgendaItemRow, "position", meeting_id=row.id)
            ),
            documents=tuple(
                self._document(document)
                for document in self.uow.all(DocumentRow, meeting_id=row.id)
                if self.admits(document.handling)
            ),
        )

    def _brief(self, meeting_id: int) -> BriefData | None:
        row = self.uow.find(MeetingBriefRow, meeting_id=meeting_id)
        if row is None or not self.admits(row.handling):
            return None
        return BriefData(
            row.purpose,
            tuple(row.objectives),
            tuple(row.their_objectives),
            tuple(row.their_asks),
            row.press_line,
            Handling(row.handling),
        )

    def _agenda_item(self, row: AgendaItemRow) -> AgendaItemData:
        shown = self.admits(row.handling)
        internal = self.audience is Audience.INTERNAL
        return AgendaItemData(
            title=row.title,
            topic=None if row.topic_id is None else self.topics[row.topic_id],
            lead=self._side(row.lead_party_id, row.lead_joint),
            presenter=None if row.presenter_id is None else self.people[row.presenter_id],
            minutes=row.planned_minutes,
            notes=row.notes if shown else None,
            outcome=row.outcome if shown else None,
            handling=Handling(row.handling),
            points_to_make=tuple(row.points_to_make) if internal else (),
            their_position=row.their_position if internal else None,
            our_response=row.our_response if internal else None,
        )

    def _document(self, row: DocumentRow) -> DocumentData:
        self.documents[row.id] = f"doc{len(self.documents) + 1}"
        return DocumentData(
            id=self.documents[row.id],
            kind=DocumentKind(row.kind),
            title=row.title,
            date=row.issued_on,
            language=row.language,
            url=row.url,
            text=row.text,
            handling=Handling(row.handling),
        )

    def _assessments(self, row: CommitmentRow) -> tuple[AssessmentData, ...]:
        """Each assessment the audience may see, with the period it scores named by the
        round that closes it (None: the current period)."""
        known = self.periods.get(row.dialogue_id)
        if known is None:
            known = self.periods[row.dialogue_id] = dialogue_periods(self.uow, row.dialogue_id)
        found = []
        for assessment, side in commitment_assessments(self.uow, row.id):
            if not self.admits(assessment.handling):
                continue
            period = period_of(assessment.period_start, known)
            found.append(
                AssessmentData(
                    side=side,
                    score=assessment.score,
                    evidence=assessment.evidence,
                    date=assessment.assessed_on,
                    period_end=None if period is None else period.end,
                    final=assessment.final,
                    handling=Handling(assessment.handling),
                    by=assessment.assessed_by,
                )
            )
        return tuple(found)

    def _commitment(self, row: CommitmentRow) -> CommitmentData:
        self.commitment_count += 1
        updates = tuple(
            UpdateData(
                date=update.on_date,
                note=update.note,
                status=None if update.status is None else CommitmentStatus(update.status),
                due=update.due_date,
                reason=update.reason,
                meeting=None if update.meeting_id is None else self.meetings[update.meeting_id],
                handling=Handling(update.handling),
            )
            for update in self.uow.all(CommitmentUpdateRow, "on_date", commitment_id=row.id)
            if self.admits(update.handling)
        )
        source = None
        if row.source_document_id in self.documents or (
            row.source_document_id is None and row.source_clause is not None
        ):
            document = (
                None if row.source_document_id is None else self.documents[row.source_document_id]
            )
            source = SourceData(document, row.source_clause)
        data = CommitmentData(
            id=f"c{self.commitment_count}",
            text=row.text,
            owner=self._side(row.owner_party_id, row.owner_joint) or JOINT,
            status=CommitmentStatus(row.status),
            topic=None if row.topic_id is None else self.topics[row.topic_id],
            meeting=None if row.meeting_id is None else self.meetings[row.meeting_id],
            leads=tuple(
                LeadData(
                    self.organizations[lead.organization_id],
                    None if lead.person_id is None else self.people[lead.person_id],
                )
                for lead in row.leads
            ),
            due=row.due_date,
            source=source,
            handling=Handling(row.handling),
            updates=updates,
            assessments=self._assessments(row),
            initial_status=CommitmentStatus(row.initial_status),
            initial_due=row.initial_due_date,
        )
        meeting_start = None if row.meeting_id is None else self.meeting_starts[row.meeting_id].day
        recorded = (
            None if row.recorded_on == default_recorded(data, meeting_start) else row.recorded_on
        )
        if self.audience is not Audience.INTERNAL:
            # With part of the history left out, its starting point would mislead: the
            # current state stands on its own.
            return replace(data, recorded=recorded, initial_status=None, initial_due=None)
        return replace(data, recorded=recorded)
