"""What one meeting's record (the minutes) holds, for one audience.

The minutes are what happened: who sat at the table and whether they came, the agenda with
its notes and outcomes, the commitments made and those reviewed, and the documents issued.
The preparation is not part of that record and never appears, whatever the audience.

Commitments made are listed in the order they were entered (as a rule, the order of the
statement they come from) and shown as they stood when the meeting ended, so the minutes of a
final record read the same next year as today instead of following every later update.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from dialoguetracker.domain.briefing import (
    BriefingOptions,
    CommitmentLine,
    MeetingRecordData,
    Participant,
    PartyName,
)
from dialoguetracker.domain.enums import Audience
from dialoguetracker.domain.errors import NotFoundError
from dialoguetracker.services.briefing_parts import (
    admitted,
    agenda_points,
    attachments,
    commitment_line,
    dialogue_parties,
    generated_at,
    listed,
    meeting_header,
    shows,
)
from dialoguetracker.services.context import Services
from dialoguetracker.services.validation import check_choice, check_same_dialogue
from dialoguetracker.store.briefing_history_queries import reviewed_at
from dialoguetracker.store.briefing_queries import Scope, lines_by_id, meeting_lines
from dialoguetracker.store.models import DialogueRow, MeetingRow
from dialoguetracker.store.unit_of_work import UnitOfWork


def meeting_record_data(
    services: Services, meeting_id: int, options: BriefingOptions
) -> MeetingRecordData:
    """The record of one meeting; ``options`` gives the audience and whether notes are
    included (period and topics do not narrow a record). A ``dialogue_id`` in the options
    must be the meeting's own."""
    audience = services.readable(check_choice("audience", Audience, options.audience))
    options = replace(options, audience=audience)
    generated = generated_at(services, options)
    with services.read() as uow:
        meeting = uow.get(MeetingRow, meeting_id)
        if meeting is None:
            raise NotFoundError("meeting", meeting_id)
        if options.dialogue_id is not None:
            check_same_dialogue(
                "meeting", "meeting", meeting_id, meeting.dialogue_id, options.dialogue_id
            )
        dialogue = uow.require(DialogueRow, meeting.dialogue_id, "dialogue")
        parties = dialogue_parties(dialogue)
        scope = Scope(
            dialogue_id=dialogue.id,
            handlings=admitted(audience),
            today=services.today(),
            as_of=meeting.end_date or meeting.start_date,
            recorded_by_as_of=False,
        )
        return MeetingRecordData(
            options=options,
            generated=generated,
            dialogue=dialogue.name,
            parties=parties,
            meeting=meeting_header(uow, meeting),
            summary=meeting.summary if shows(audience, meeting.summary_handling) else None,
            delegations=_delegations(uow, meeting, dialogue),
            agenda=agenda_points(
                uow, meeting, audience, include_notes=options.include_notes, preparation=False
            ),
            commitments_made=tuple(
                commitment_line(row)
                for row in sorted(meeting_lines(uow, scope, meeting.id), key=lambda row: row.id)
            ),
            commitments_reviewed=_reviewed(uow, scope, meeting.id),
            documents=tuple(attachments(uow, meeting.id, audience)),
        )


def _delegations(
    uow: UnitOfWork, meeting: MeetingRow, dialogue: DialogueRow
) -> tuple[tuple[PartyName, tuple[Participant, ...]], ...]:
    """One delegation per party present in the list, in the dialogue's order of parties
    (anyone from outside the dialogue after, by party code); heads of delegation first."""
    people = listed(uow, meeting, dialogue)
    groups: dict[str, tuple[PartyName, list[Participant]]] = {}
    for entry in sorted(people, key=lambda item: (item.party_place, item.participant.party)):
        code = entry.participant.party
        groups.setdefault(code, (PartyName(code, entry.party_name), []))[1].append(
            entry.participant
        )
    return tuple((party, tuple(members)) for party, members in groups.values())


def _reviewed(
    uow: UnitOfWork, scope: Scope, meeting_id: int
) -> tuple[tuple[CommitmentLine, str, date], ...]:
    reviews = reviewed_at(uow, meeting_id, scope.handlings)
    lines = lines_by_id(uow, scope, {review.commitment_id for review in reviews})
    return tuple(
        (commitment_line(lines[review.commitment_id]), review.note, review.on)
        for review in reviews
        if review.commitment_id in lines
    )
