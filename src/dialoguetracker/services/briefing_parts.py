"""The pieces a briefing and a meeting record share: a meeting's header, its delegations,
its agenda and its documents, and commitment lines, each already cut down to one audience.

The audience rule lives here once, so the briefing and the minutes cannot drift apart on what
a counterpart may read: an item is left out (or its text emptied) whenever its handling is
above the audience, and the preparation fields reach the internal audience only.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from dialoguetracker.domain.briefing import (
    AgendaPoint,
    Attachment,
    BriefingOptions,
    CommitmentLine,
    MeetingHeader,
    Participant,
    PartyName,
)
from dialoguetracker.domain.enums import (
    JOINT,
    Audience,
    CommitmentStatus,
    DocumentKind,
    Handling,
    Presence,
    Role,
)
from dialoguetracker.services.context import Services
from dialoguetracker.services.meetings import meeting_record
from dialoguetracker.services.sides import side_of
from dialoguetracker.store.briefing_history_queries import Attendee, attendees
from dialoguetracker.store.briefing_queries import LineRow, last_change
from dialoguetracker.store.meeting_queries import documents_of
from dialoguetracker.store.models import AgendaItemRow, DialogueRow, MeetingRow, PersonRow, TopicRow
from dialoguetracker.store.unit_of_work import UnitOfWork

_ROLE_ORDER = {role: index for index, role in enumerate(Role)}


def admitted(audience: Audience) -> tuple[str, ...]:
    """The handling words an audience may read, for the store's IN lists."""
    return tuple(handling.value for handling in Handling if audience.admits(handling))


def shows(audience: Audience, handling: str) -> bool:
    return audience.admits(Handling(handling))


def side(party_code: str | None, joint: bool) -> str:
    return JOINT if joint else party_code or ""


def dialogue_parties(dialogue: DialogueRow) -> tuple[PartyName, ...]:
    return tuple(PartyName(member.party.code, member.party.name) for member in dialogue.members)


def side_order(parties: Sequence[PartyName], extra: Iterable[str] = ()) -> list[str]:
    """Every side in the order a briefing lists them: the dialogue's parties in its order,
    then joint, then any other owner (a party since removed from the dialogue) by code."""
    known = [party.code for party in parties]
    known.append(JOINT)
    return known + sorted({code for code in extra if code not in known})


def meeting_header(uow: UnitOfWork, row: MeetingRow) -> MeetingHeader:
    meeting = meeting_record(uow, row)
    return MeetingHeader(
        id=meeting.id,
        title=meeting.title,
        start=meeting.start,
        end=meeting.end,
        location=meeting.location,
        format=None if meeting.format is None else meeting.format.value,
        host=meeting.host,
        status=meeting.status.value,
        record=meeting.record.value,
    )


def commitment_line(row: LineRow) -> CommitmentLine:
    return CommitmentLine(
        id=row.id,
        text=row.text,
        topic=row.topic,
        owner=side(row.party_code, row.joint),
        status=CommitmentStatus(row.status),
        due=row.due,
        overdue=row.overdue,
        latest_update=row.note,
        latest_update_on=row.noted_on,
    )


# -- people --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Listed:
    """A participant with what orders a delegation: the party's place in the dialogue (those
    from outside it last) and the role."""

    participant: Participant
    party_place: int
    party_name: str

    @property
    def key(self) -> tuple[int, int, str, str]:
        person = self.participant
        return (_ROLE_ORDER[person.role], self.party_place, person.party, person.name.casefold())


def listed(uow: UnitOfWork, meeting: MeetingRow, dialogue: DialogueRow) -> list[Listed]:
    """Everyone listed for the meeting, heads of delegation first, then members, observers
    and those copied, each group by party and name. Biographies and pronunciations are not
    handled text: they describe the person and go to every audience."""
    places = {member.party_id: member.position for member in dialogue.members}
    outside = len(places)
    people: list[Listed] = []
    for found in attendees(uow, meeting.id):
        people.append(
            Listed(_participant(found), places.get(found.party_id, outside), found.party_name)
        )
    people.sort(key=lambda entry: entry.key)
    return people


def _participant(found: Attendee) -> Participant:
    return Participant(
        name=found.name,
        party=found.party_code,
        organization=found.organization,
        title=found.title,
        role=Role(found.role),
        presence=Presence(found.presence),
        pronunciation=found.pronunciation,
        biography=found.biography,
    )


# -- agenda and documents ------------------------------------------------------------------


def agenda_points(
    uow: UnitOfWork,
    meeting: MeetingRow,
    audience: Audience,
    *,
    include_notes: bool,
    preparation: bool,
) -> tuple[AgendaPoint, ...]:
    """The meeting's agenda. Titles, topics, leads and timings are the shared running order;
    notes and outcome follow the item's handling (and notes the include-notes option); the
    preparation goes only to the internal audience, and only when asked for."""
    topics = {row.id: row.name for row in uow.all(TopicRow, dialogue_id=meeting.dialogue_id)}
    with_preparation = preparation and audience is Audience.INTERNAL
    points = []
    for row in uow.all(AgendaItemRow, "position", meeting_id=meeting.id):
        readable = shows(audience, row.handling)
        presenter = None if row.presenter_id is None else uow.get(PersonRow, row.presenter_id)
        points.append(
            AgendaPoint(
                position=row.position,
                title=row.title,
                topic=None if row.topic_id is None else topics.get(row.topic_id),
                lead=side_of(uow, row.lead_party_id, row.lead_joint),
                presenter=None if presenter is None else presenter.name,
                minutes=row.planned_minutes,
                notes=row.notes if readable and include_notes else None,
                outcome=row.outcome if readable else None,
                points_to_make=tuple(row.points_to_make) if with_preparation else (),
                their_position=row.their_position if with_preparation else None,
                our_response=row.our_response if with_preparation else None,
            )
        )
    return tuple(points)


def attachments(uow: UnitOfWork, meeting_id: int, audience: Audience) -> list[Attachment]:
    """The meeting's documents the audience may read, in date order (undated last)."""
    return [
        Attachment(
            kind=DocumentKind(row.kind),
            title=row.title,
            date=row.issued_on,
            language=row.language,
            url=row.url,
        )
        for row in documents_of(uow, meeting_id)
        if shows(audience, row.handling)
    ]


def generated_at(services: Services, options: BriefingOptions) -> datetime:
    """The moment a briefing says it was generated. A reproducible one names the store's
    last change instead of the clock, so the same store and options give the same file."""
    if not options.reproducible:
        return services.clock()
    with services.read() as uow:
        return last_change(uow) or datetime(2000, 1, 1, tzinfo=UTC)
