"""What a briefing holds, gathered from the store for one audience before any page is drawn.

The renderer decides nothing about content: everything the audience may not read is already
left out here (see :mod:`dialoguetracker.services.briefing_parts`), so a briefing handed
across the table cannot carry an internal word whatever the renderer does with the data.

The meeting briefed is the one asked for, else the dialogue's next planned meeting. Without
one the briefing is the background and the delegations of the last meeting held.

:func:`meeting_record_data` (the minutes) lives in its own module and is re-exported here, so
the report commands find both builders in one place.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from dialoguetracker.domain.briefing import BriefingData, BriefingOptions, Participant
from dialoguetracker.domain.enums import Audience
from dialoguetracker.domain.errors import ValidationError, no_record
from dialoguetracker.domain.words import translate
from dialoguetracker.services.assessments import compliance_since
from dialoguetracker.services.briefing_background import Period, background
from dialoguetracker.services.briefing_parts import (
    Listed,
    admitted,
    agenda_points,
    attachments,
    dialogue_parties,
    generated_at,
    listed,
    meeting_header,
    shows,
)
from dialoguetracker.services.context import Services
from dialoguetracker.services.meeting_record_data import meeting_record_data
from dialoguetracker.services.validation import check_choice, check_same_dialogue
from dialoguetracker.store.briefing_history_queries import last_held_before
from dialoguetracker.store.briefing_queries import Scope
from dialoguetracker.store.models import DialogueRow, MeetingBriefRow, MeetingRow, TopicRow
from dialoguetracker.store.overview_queries import next_planned_meeting, past_planned_meetings
from dialoguetracker.store.unit_of_work import UnitOfWork

__all__ = ["briefing_data", "meeting_record_data"]


def briefing_data(services: Services, options: BriefingOptions) -> BriefingData:
    """The briefing for ``options``, read in one transaction so its parts agree.

    Raises :class:`ValidationError` naming the option at fault: ``dialogue`` missing or
    unknown, ``meeting`` of another dialogue, ``our_side`` not a party of it, ``topics`` not
    its topics, ``until`` before ``since``.
    """
    audience = services.readable(check_choice("audience", Audience, options.audience))
    options = replace(options, audience=audience)
    if options.since is not None and options.until is not None and options.until < options.since:
        raise ValidationError("until", translate("Errors", "the period ends before it begins"))
    today = services.today()
    generated = generated_at(services, options)
    with services.read() as uow:
        dialogue = require_dialogue(uow, options.dialogue_id)
        parties = dialogue_parties(dialogue)
        codes = [party.code for party in parties]
        our_side = options.our_side or codes[0]
        if our_side not in codes:
            raise ValidationError(
                "our_side",
                translate("Errors", "{code!r} is not a party of this dialogue").format(
                    code=our_side
                ),
            )
        scope = Scope(
            dialogue_id=dialogue.id,
            handlings=admitted(audience),
            today=today,
            as_of=options.until,
            topic_ids=_check_topics(uow, dialogue.id, options.topic_ids),
            stale_months=services.stale_months,
        )
        briefed = _briefed_meeting(uow, dialogue.id, options.meeting_id, today)
        last = last_held_before(uow, dialogue.id, briefed, options.until)
        last_round = last
        if last is not None and options.since is not None and last.start_date < options.since:
            last_round = None
        facts = background(
            uow, scope, audience, Period(options.since, options.until), parties, last_round
        )
        shown = briefed or last
        people = [] if shown is None else listed(uow, shown, dialogue)
        documents = [] if last is None else attachments(uow, last.id, audience)
        if briefed is not None:
            documents += attachments(uow, briefed.id, audience)
        preparation = _Preparation() if briefed is None else _preparation(uow, briefed, audience)
        past_planned = None
        if briefed is None:
            past_row, _count = past_planned_meetings(uow, dialogue.id, today)
            past_planned = None if past_row is None else meeting_header(uow, past_row)
        return BriefingData(
            options=options,
            generated=generated,
            dialogue=dialogue.name,
            dialogue_short=dialogue.short_name,
            framework=dialogue.framework,
            parties=parties,
            our_side=our_side,
            meeting=None if briefed is None else meeting_header(uow, briefed),
            purpose=preparation.purpose,
            objectives=preparation.objectives,
            their_objectives=preparation.their_objectives,
            their_asks=preparation.their_asks,
            press_line=preparation.press_line,
            agenda=(
                ()
                if briefed is None
                else agenda_points(
                    uow, briefed, audience, include_notes=options.include_notes, preparation=True
                )
            ),
            last_round=facts.last_round,
            since_last_round=facts.since_last_round,
            open_by_topic=facts.open_by_topic,
            scorecards=facts.scorecards,
            topic_history=facts.topic_history,
            chart=facts.chart,
            compliance=None
            if last_round is None
            else compliance_since(
                uow, dialogue.id, audience, last_round.start_date, scope.topic_ids
            ),
            counterpart_delegation=_delegation(people, our_side, ours=False),
            our_delegation=_delegation(people, our_side, ours=True),
            attachments=tuple(documents),
            past_planned=past_planned,
        )


def require_dialogue(uow: UnitOfWork, dialogue_id: int | None) -> DialogueRow:
    """The dialogue briefed on; a missing or unknown one is an error on the ``dialogue``
    option (not a NotFoundError), so a dialog can mark the field the user must fix."""
    if dialogue_id is None:
        raise ValidationError("dialogue", translate("Errors", "choose the dialogue to brief on"))
    row = uow.get(DialogueRow, dialogue_id)
    if row is None:
        raise ValidationError("dialogue", no_record("dialogue", dialogue_id))
    return row


def _check_topics(uow: UnitOfWork, dialogue_id: int, topic_ids: frozenset[int]) -> tuple[int, ...]:
    for topic_id in sorted(topic_ids):
        topic = uow.get(TopicRow, topic_id)
        if topic is None:
            raise ValidationError("topics", no_record("topic", topic_id))
        check_same_dialogue("topics", "topic", topic.name, topic.dialogue_id, dialogue_id)
    return tuple(sorted(topic_ids))


def _briefed_meeting(
    uow: UnitOfWork, dialogue_id: int, meeting_id: int | None, today: date
) -> MeetingRow | None:
    if meeting_id is None:
        return next_planned_meeting(uow, dialogue_id, today)
    row = uow.get(MeetingRow, meeting_id)
    if row is None:
        raise ValidationError("meeting", no_record("meeting", meeting_id))
    check_same_dialogue("meeting", "meeting", meeting_id, row.dialogue_id, dialogue_id)
    return row


def _delegation(people: list[Listed], our_side: str, *, ours: bool) -> tuple[Participant, ...]:
    """One side of the table; the counterpart is everyone not of our party (in a multilateral
    dialogue, every other delegation), heads of delegation first."""
    return tuple(
        entry.participant for entry in people if (entry.participant.party == our_side) == ours
    )


@dataclass(frozen=True)
class _Preparation:
    purpose: str = ""
    objectives: tuple[str, ...] = ()
    their_objectives: tuple[str, ...] = ()
    their_asks: tuple[str, ...] = ()
    press_line: str | None = None


def _preparation(uow: UnitOfWork, meeting: MeetingRow, audience: Audience) -> _Preparation:
    """The meeting brief, whole or not at all: it is one piece of our side's preparation and
    carries one handling (internal unless someone marked it otherwise)."""
    row = uow.find(MeetingBriefRow, meeting_id=meeting.id)
    if row is None or not shows(audience, row.handling):
        return _Preparation()
    return _Preparation(
        purpose=row.purpose,
        objectives=tuple(row.objectives),
        their_objectives=tuple(row.their_objectives),
        their_asks=tuple(row.their_asks),
        press_line=row.press_line,
    )
