"""The rules that tie records together across tables, which foreign keys and CHECK constraints
cannot state, found broken by plain SQL for ``check``.

The services keep each of these rules on every write (a commitment's agenda item is one of its
meeting's; its meeting, topic and source document are its own dialogue's; an owner, a host or a
lead is one of the dialogue's sides). A store can still break them: a file edited by another
program, an old bug, a hand-made repair. Each rule is one query joining on primary keys, so a
store of 100,000 commitments is checked in well under a second, on SQLite and PostgreSQL alike.

Audit entries name their record by kind and id without a foreign key on purpose: the trail
outlives the records it tells about, so an entry for a deleted record is not a problem.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import aliased

from dialoguetracker.domain.words import translate
from dialoguetracker.store.models import (
    AgendaItemRow,
    CommitmentRow,
    CommitmentUpdateRow,
    DialoguePartyRow,
    DialogueRow,
    DocumentRow,
    MeetingRow,
    PartyRow,
    TopicRow,
)
from dialoguetracker.store.unit_of_work import UnitOfWork

Row = Sequence[Any]
Query = Select[*tuple[Any, ...]]


def consistency_problems(uow: UnitOfWork) -> list[str]:
    """Every broken cross-table rule, one plain sentence each, naming the records."""
    problems: list[str] = []
    for query, say in CHECKS:
        problems.extend(say(row) for row in uow.session.execute(query()))
    return problems


def commitment_states(uow: UnitOfWork) -> list[Row]:
    """``(id, initial_status, initial_due_date, status, due_date)`` of every commitment, as
    plain tuples: loading 100,000 ORM objects only to compare five columns takes seconds."""
    query = select(
        CommitmentRow.id,
        CommitmentRow.initial_status,
        CommitmentRow.initial_due_date,
        CommitmentRow.status,
        CommitmentRow.due_date,
    ).order_by(CommitmentRow.id)
    return list(uow.session.execute(query))


def commitment_steps(uow: UnitOfWork) -> list[Row]:
    """``(commitment_id, id, on_date, status, due_date)`` of every update, oldest first."""
    query = select(
        CommitmentUpdateRow.commitment_id,
        CommitmentUpdateRow.id,
        CommitmentUpdateRow.on_date,
        CommitmentUpdateRow.status,
        CommitmentUpdateRow.due_date,
    ).order_by(CommitmentUpdateRow.on_date, CommitmentUpdateRow.id)
    return list(uow.session.execute(query))


def _not_a_side(dialogue_id: Any, party_id: Any) -> Any:
    """True where the party is not one of the dialogue's own parties."""
    member = (
        select(DialoguePartyRow.id)
        .where(DialoguePartyRow.dialogue_id == dialogue_id, DialoguePartyRow.party_id == party_id)
        .exists()
    )
    return ~member


def _party(code: str | None, party_id: int) -> str:
    if code is None:
        return translate("Errors", "party {party}").format(party=party_id)
    return translate("Errors", "party {party} ({code})").format(party=party_id, code=code)


# -- dialogues -----------------------------------------------------------------------------------


def _dialogues_without_two_parties() -> Query:
    count = (
        select(func.count(DialoguePartyRow.id))
        .where(DialoguePartyRow.dialogue_id == DialogueRow.id)
        .scalar_subquery()
    )
    return select(DialogueRow.id, count).where(count < 2).order_by(DialogueRow.id)


def _say_dialogue_parties(row: Row) -> str:
    dialogue_id, count = row
    if count == 1:
        return translate(
            "Errors", "dialogue {dialogue}: has 1 party; a dialogue needs at least two"
        ).format(
            dialogue=dialogue_id,
        )
    return translate(
        "Errors", "dialogue {dialogue}: has {count} parties; a dialogue needs at least two"
    ).format(
        dialogue=dialogue_id,
        count=count,
    )


# -- meetings and their agenda -------------------------------------------------------------------


def _meetings_hosted_by_an_outsider() -> Query:
    return (
        select(MeetingRow.id, MeetingRow.host_party_id, PartyRow.code, MeetingRow.dialogue_id)
        .outerjoin(PartyRow, PartyRow.id == MeetingRow.host_party_id)
        .where(
            MeetingRow.host_party_id.is_not(None),
            _not_a_side(MeetingRow.dialogue_id, MeetingRow.host_party_id),
        )
        .order_by(MeetingRow.id)
    )


def _say_meeting_host(row: Row) -> str:
    meeting_id, party_id, code, dialogue_id = row
    return translate(
        "Errors",
        "meeting {meeting}: its host, {party}, is not one of dialogue {dialogue}'s parties",
    ).format(
        meeting=meeting_id,
        party=_party(code, party_id),
        dialogue=dialogue_id,
    )


def _agenda_topics_of_another_dialogue() -> Query:
    return (
        select(
            AgendaItemRow.id,
            AgendaItemRow.meeting_id,
            AgendaItemRow.topic_id,
            TopicRow.dialogue_id,
            MeetingRow.dialogue_id,
        )
        .join(MeetingRow, MeetingRow.id == AgendaItemRow.meeting_id)
        .join(TopicRow, TopicRow.id == AgendaItemRow.topic_id)
        .where(TopicRow.dialogue_id != MeetingRow.dialogue_id)
        .order_by(AgendaItemRow.id)
    )


def _say_agenda_topic(row: Row) -> str:
    item_id, meeting_id, topic_id, topic_dialogue, dialogue_id = row
    return translate(
        "Errors",
        "agenda item {item} (meeting {meeting}): its topic {topic} belongs to "
        "dialogue {other}, not to the meeting's dialogue {dialogue}",
    ).format(
        item=item_id,
        meeting=meeting_id,
        topic=topic_id,
        other=topic_dialogue,
        dialogue=dialogue_id,
    )


def _agenda_leads_not_a_side() -> Query:
    return (
        select(
            AgendaItemRow.id,
            AgendaItemRow.meeting_id,
            AgendaItemRow.lead_party_id,
            PartyRow.code,
            MeetingRow.dialogue_id,
        )
        .join(MeetingRow, MeetingRow.id == AgendaItemRow.meeting_id)
        .outerjoin(PartyRow, PartyRow.id == AgendaItemRow.lead_party_id)
        .where(
            AgendaItemRow.lead_party_id.is_not(None),
            _not_a_side(MeetingRow.dialogue_id, AgendaItemRow.lead_party_id),
        )
        .order_by(AgendaItemRow.id)
    )


def _say_agenda_lead(row: Row) -> str:
    item_id, meeting_id, party_id, code, dialogue_id = row
    return translate(
        "Errors",
        "agenda item {item} (meeting {meeting}): its lead, {party}, "
        "is not one of dialogue {dialogue}'s parties",
    ).format(
        item=item_id,
        meeting=meeting_id,
        party=_party(code, party_id),
        dialogue=dialogue_id,
    )


# -- commitments ---------------------------------------------------------------------------------


def _commitment_agenda_items_of_another_meeting() -> Query:
    return (
        select(
            CommitmentRow.id,
            CommitmentRow.agenda_item_id,
            AgendaItemRow.meeting_id,
            CommitmentRow.meeting_id,
        )
        .join(AgendaItemRow, AgendaItemRow.id == CommitmentRow.agenda_item_id)
        .where(
            or_(
                CommitmentRow.meeting_id.is_(None),
                AgendaItemRow.meeting_id != CommitmentRow.meeting_id,
            )
        )
        .order_by(CommitmentRow.id)
    )


def _say_commitment_agenda_item(row: Row) -> str:
    commitment_id, item_id, item_meeting, meeting_id = row
    if meeting_id is None:
        return translate(
            "Errors",
            "commitment {commitment}: its agenda item {item} belongs to meeting "
            "{other}, but the commitment names no meeting",
        ).format(
            commitment=commitment_id,
            item=item_id,
            other=item_meeting,
        )
    return translate(
        "Errors",
        "commitment {commitment}: its agenda item {item} belongs to meeting "
        "{other}, not to its meeting {meeting}",
    ).format(
        commitment=commitment_id,
        item=item_id,
        other=item_meeting,
        meeting=meeting_id,
    )


def _commitment_meetings_of_another_dialogue() -> Query:
    return (
        select(
            CommitmentRow.id,
            CommitmentRow.meeting_id,
            MeetingRow.dialogue_id,
            CommitmentRow.dialogue_id,
        )
        .join(MeetingRow, MeetingRow.id == CommitmentRow.meeting_id)
        .where(MeetingRow.dialogue_id != CommitmentRow.dialogue_id)
        .order_by(CommitmentRow.id)
    )


def _say_commitment_meeting(row: Row) -> str:
    commitment_id, meeting_id, meeting_dialogue, dialogue_id = row
    return translate(
        "Errors",
        "commitment {commitment}: its meeting {meeting} belongs to dialogue "
        "{other}, not to its dialogue {dialogue}",
    ).format(
        commitment=commitment_id,
        meeting=meeting_id,
        other=meeting_dialogue,
        dialogue=dialogue_id,
    )


def _commitment_topics_of_another_dialogue() -> Query:
    return (
        select(
            CommitmentRow.id,
            CommitmentRow.topic_id,
            TopicRow.dialogue_id,
            CommitmentRow.dialogue_id,
        )
        .join(TopicRow, TopicRow.id == CommitmentRow.topic_id)
        .where(TopicRow.dialogue_id != CommitmentRow.dialogue_id)
        .order_by(CommitmentRow.id)
    )


def _say_commitment_topic(row: Row) -> str:
    commitment_id, topic_id, topic_dialogue, dialogue_id = row
    return translate(
        "Errors",
        "commitment {commitment}: its topic {topic} belongs to dialogue "
        "{other}, not to its dialogue {dialogue}",
    ).format(
        commitment=commitment_id,
        topic=topic_id,
        other=topic_dialogue,
        dialogue=dialogue_id,
    )


def _commitment_owners_not_a_side() -> Query:
    return (
        select(
            CommitmentRow.id, CommitmentRow.owner_party_id, PartyRow.code, CommitmentRow.dialogue_id
        )
        .outerjoin(PartyRow, PartyRow.id == CommitmentRow.owner_party_id)
        .where(
            CommitmentRow.owner_party_id.is_not(None),
            _not_a_side(CommitmentRow.dialogue_id, CommitmentRow.owner_party_id),
        )
        .order_by(CommitmentRow.id)
    )


def _say_commitment_owner(row: Row) -> str:
    commitment_id, party_id, code, dialogue_id = row
    return translate(
        "Errors",
        "commitment {commitment}: its owner, {party}, is not one of dialogue {dialogue}'s parties",
    ).format(
        commitment=commitment_id,
        party=_party(code, party_id),
        dialogue=dialogue_id,
    )


def _commitment_sources_of_another_dialogue() -> Query:
    origin = aliased(MeetingRow)
    return (
        select(
            CommitmentRow.id,
            CommitmentRow.source_document_id,
            DocumentRow.meeting_id,
            origin.dialogue_id,
            CommitmentRow.dialogue_id,
        )
        .join(DocumentRow, DocumentRow.id == CommitmentRow.source_document_id)
        .join(origin, origin.id == DocumentRow.meeting_id)
        .where(origin.dialogue_id != CommitmentRow.dialogue_id)
        .order_by(CommitmentRow.id)
    )


def _say_commitment_source(row: Row) -> str:
    commitment_id, document_id, meeting_id, document_dialogue, dialogue_id = row
    return translate(
        "Errors",
        "commitment {commitment}: its source document {document} (of meeting "
        "{meeting}) belongs to dialogue {other}, not to its dialogue {dialogue}",
    ).format(
        commitment=commitment_id,
        document=document_id,
        meeting=meeting_id,
        other=document_dialogue,
        dialogue=dialogue_id,
    )


def _update_meetings_of_another_dialogue() -> Query:
    return (
        select(
            CommitmentUpdateRow.id,
            CommitmentUpdateRow.commitment_id,
            CommitmentUpdateRow.meeting_id,
            MeetingRow.dialogue_id,
            CommitmentRow.dialogue_id,
        )
        .join(CommitmentRow, CommitmentRow.id == CommitmentUpdateRow.commitment_id)
        .join(MeetingRow, MeetingRow.id == CommitmentUpdateRow.meeting_id)
        .where(MeetingRow.dialogue_id != CommitmentRow.dialogue_id)
        .order_by(CommitmentUpdateRow.id)
    )


def _say_update_meeting(row: Row) -> str:
    update_id, commitment_id, meeting_id, meeting_dialogue, dialogue_id = row
    return translate(
        "Errors",
        "update {update} of commitment {commitment}: its meeting {meeting} belongs "
        "to dialogue {other}, not to the commitment's dialogue {dialogue}",
    ).format(
        update=update_id,
        commitment=commitment_id,
        meeting=meeting_id,
        other=meeting_dialogue,
        dialogue=dialogue_id,
    )


CHECKS: tuple[tuple[Callable[[], Query], Callable[[Row], str]], ...] = (
    (_dialogues_without_two_parties, _say_dialogue_parties),
    (_meetings_hosted_by_an_outsider, _say_meeting_host),
    (_agenda_topics_of_another_dialogue, _say_agenda_topic),
    (_agenda_leads_not_a_side, _say_agenda_lead),
    (_commitment_meetings_of_another_dialogue, _say_commitment_meeting),
    (_commitment_agenda_items_of_another_meeting, _say_commitment_agenda_item),
    (_commitment_topics_of_another_dialogue, _say_commitment_topic),
    (_commitment_owners_not_a_side, _say_commitment_owner),
    (_commitment_sources_of_another_dialogue, _say_commitment_source),
    (_update_meetings_of_another_dialogue, _say_update_meeting),
)
"""Each rule: the query finding the rows that break it, and how to say so."""
