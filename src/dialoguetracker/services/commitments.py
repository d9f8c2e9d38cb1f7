"""Commitments: what each side took on, and the lists that page through them.

Status and due date are not edited here: they move only through the append-only updates in
:mod:`dialoguetracker.services.commitment_updates`, so that the state at every past round
can be rebuilt. What this module edits is everything else a commitment says.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import fields, replace
from datetime import date, datetime
from functools import partial

from dialoguetracker.domain.enums import JOINT, CommitmentStatus, Handling
from dialoguetracker.domain.errors import ValidationError, no_record
from dialoguetracker.domain.filters import CommitmentFilter, CommitmentPage, CommitmentSort, SortKey
from dialoguetracker.domain.records import Commitment, CommitmentDraft, Lead
from dialoguetracker.domain.staleness import MAX_STALE_MONTHS
from dialoguetracker.domain.words import translate
from dialoguetracker.services.audit import check_version, known_version, naming_stale
from dialoguetracker.services.context import Change, Services
from dialoguetracker.services.register_scores import page_scores
from dialoguetracker.services.sides import side_columns, side_of
from dialoguetracker.services.validation import (
    check_choice,
    check_same_dialogue,
    check_text,
    require_text,
)
from dialoguetracker.store import commitment_page_queries as pages
from dialoguetracker.store import queries
from dialoguetracker.store.models import (
    AgendaItemRow,
    CommitmentLeadRow,
    CommitmentRow,
    DialogueRow,
    DocumentRow,
    MeetingRow,
    OrganizationRow,
    PersonRow,
    TopicRow,
)
from dialoguetracker.store.staleness_queries import newest_update_days
from dialoguetracker.store.unit_of_work import UnitOfWork

ENTITY = "commitment"


def check_date(field: str, value: object) -> date:
    """A calendar date; a datetime is refused because it cannot be compared with one."""
    if isinstance(value, datetime) or not isinstance(value, date):
        raise ValidationError(
            field, translate("Errors", "must be a calendar date, not {value!r}").format(value=value)
        )
    return value


def meeting_of_dialogue(uow: UnitOfWork, meeting_id: int, dialogue_id: int) -> MeetingRow:
    meeting = uow.get(MeetingRow, meeting_id)
    if meeting is None:
        raise ValidationError("meeting", no_record("meeting", meeting_id))
    check_same_dialogue("meeting", "meeting", meeting_id, meeting.dialogue_id, dialogue_id)
    return meeting


def commitment_record(uow: UnitOfWork, row: CommitmentRow) -> Commitment:
    return Commitment(
        dialogue_id=row.dialogue_id,
        text=row.text,
        owner=side_of(uow, row.owner_party_id, row.owner_joint) or "",
        meeting_id=row.meeting_id,
        agenda_item_id=row.agenda_item_id,
        topic_id=row.topic_id,
        leads=tuple(Lead(lead.organization_id, lead.person_id) for lead in row.leads),
        source_document_id=row.source_document_id,
        source_clause=row.source_clause,
        handling=Handling(row.handling),
        id=row.id,
        status=CommitmentStatus(row.status),
        due=row.due_date,
        recorded_on=row.recorded_on,
        initial_status=CommitmentStatus(row.initial_status),
        initial_due=row.initial_due_date,
        version=row.version,
    )


def _check_owner(uow: UnitOfWork, dialogue: DialogueRow, owner: str) -> tuple[int | None, bool]:
    require_text("owner", owner)
    codes = [member.party.code for member in dialogue.members]
    if owner != JOINT and owner not in codes:
        raise ValidationError("owner", not_an_owner(owner, codes))
    return side_columns(uow, owner, "owner")


def not_an_owner(owner: str, codes: Iterable[str]) -> str:
    """Why ``owner`` cannot own a commitment of a dialogue of these parties."""
    return translate(
        "Errors", "{owner!r} is not a party of this dialogue ({codes}) nor {joint!r}"
    ).format(
        owner=owner,
        codes=", ".join(codes),
        joint=JOINT,
    )


def before_recorded(recorded_on: date) -> str:
    """Why an update dated before its commitment was recorded is refused."""
    return translate("Errors", "is before the commitment was recorded ({recorded})").format(
        recorded=recorded_on.isoformat(),
    )


def _check_links(uow: UnitOfWork, draft: CommitmentDraft) -> MeetingRow | None:
    """Everything a commitment points at must exist and belong to its own dialogue."""
    if draft.topic_id is not None:
        topic = uow.get(TopicRow, draft.topic_id)
        if topic is None:
            raise ValidationError("topic", no_record("topic", draft.topic_id))
        check_same_dialogue("topic", "topic", topic.name, topic.dialogue_id, draft.dialogue_id)
    meeting = None
    if draft.meeting_id is not None:
        meeting = meeting_of_dialogue(uow, draft.meeting_id, draft.dialogue_id)
    if draft.agenda_item_id is not None:
        item = uow.get(AgendaItemRow, draft.agenda_item_id)
        if item is None:
            raise ValidationError("agenda_item", no_record("agenda item", draft.agenda_item_id))
        if meeting is None or item.meeting_id != meeting.id:
            raise ValidationError(
                "agenda_item", translate("Errors", "the agenda item is not one of the meeting's")
            )
    for index, lead in enumerate(draft.leads):
        if uow.get(OrganizationRow, lead.organization_id) is None:
            raise ValidationError(
                f"leads[{index}].organization", no_record("organization", lead.organization_id)
            )
        if lead.person_id is not None and uow.get(PersonRow, lead.person_id) is None:
            raise ValidationError(f"leads[{index}].person", no_record("person", lead.person_id))
    if draft.source_document_id is not None:
        document = uow.get(DocumentRow, draft.source_document_id)
        if document is None:
            raise ValidationError(
                "source_document", no_record("document", draft.source_document_id)
            )
        origin = uow.get(MeetingRow, document.meeting_id)
        check_same_dialogue(
            "source_document",
            "document",
            document.title,
            None if origin is None else origin.dialogue_id,
            draft.dialogue_id,
        )
    return meeting


def _check_commitment(
    uow: UnitOfWork, draft: CommitmentDraft
) -> tuple[tuple[int | None, bool], MeetingRow | None]:
    dialogue = uow.require(DialogueRow, draft.dialogue_id, "dialogue")
    require_text("text", draft.text)
    check_text("source_clause", draft.source_clause)
    check_choice("handling", Handling, draft.handling)
    owner = _check_owner(uow, dialogue, draft.owner)
    return owner, _check_links(uow, draft)


def _fill(row: CommitmentRow, draft: CommitmentDraft, owner: tuple[int | None, bool]) -> None:
    row.dialogue_id, row.text, row.topic_id = draft.dialogue_id, draft.text, draft.topic_id
    row.owner_party_id, row.owner_joint = owner
    row.meeting_id, row.agenda_item_id = draft.meeting_id, draft.agenda_item_id
    row.source_document_id, row.source_clause = draft.source_document_id, draft.source_clause
    row.handling = Handling(draft.handling).value
    current = tuple(Lead(lead.organization_id, lead.person_id) for lead in row.leads)
    if current != draft.leads:
        row.leads.clear()
        row.leads.extend(
            CommitmentLeadRow(organization_id=lead.organization_id, person_id=lead.person_id)
            for lead in draft.leads
        )


def add_commitment(
    change: Change,
    draft: CommitmentDraft,
    status: CommitmentStatus = CommitmentStatus.AGREED,
    due: date | None = None,
    recorded_on: date | None = None,
    initial_status: CommitmentStatus | None = None,
    initial_due: date | None = None,
) -> Commitment:
    """Record a commitment in the state it is in now.

    ``initial_*`` are for an importer replaying a history: the state the commitment started
    in, from which its updates lead to ``status`` and ``due``. Once an update is added the
    current state is recomputed from ``initial_*`` and the updates alone.
    """
    owner, meeting = _check_commitment(change.uow, draft)
    status = check_choice("status", CommitmentStatus, status)
    first = status if initial_status is None else initial_status
    first = check_choice("initial_status", CommitmentStatus, first)
    first_due = due if initial_due is None else initial_due
    for field, value in (("due", due), ("initial_due", first_due), ("recorded_on", recorded_on)):
        if value is not None:
            check_date(field, value)
    if recorded_on is None:
        recorded_on = meeting.start_date if meeting is not None else change.at.date()
    row = CommitmentRow(
        status=status.value,
        due_date=due,
        recorded_on=recorded_on,
        initial_status=first.value,
        initial_due_date=first_due,
    )
    _fill(row, draft, owner)
    change.uow.add(row)
    change.uow.flush()
    change.audit("commitment", row.id, "create", new=draft.text)
    return commitment_record(change.uow, row)


def create_commitment(
    services: Services,
    draft: CommitmentDraft,
    status: CommitmentStatus = CommitmentStatus.AGREED,
    due: date | None = None,
    recorded_on: date | None = None,
    initial_status: CommitmentStatus | None = None,
    initial_due: date | None = None,
) -> Commitment:
    with services.change() as change:
        return add_commitment(change, draft, status, due, recorded_on, initial_status, initial_due)


def commitment_text(uow: UnitOfWork, commitment_id: int) -> str:
    row = uow.get(CommitmentRow, commitment_id)
    return "" if row is None else row.text


def update_commitment(
    services: Services,
    commitment_id: int,
    draft: CommitmentDraft,
    expected_version: int | None = None,
) -> Commitment:
    """Edit what a commitment says; its dialogue is fixed, since its history, meetings and
    topics all belong to that dialogue. A full :class:`Commitment` may be passed as the draft:
    only its draft fields are read, so a status in it cannot overwrite the history.

    The save is refused with :class:`StaleRecordError` when the commitment changed since the
    copy it was made from was read (``expected_version``, or the ``version`` of a
    :class:`Commitment` passed as the draft; a plain draft or version 0 is not checked)."""
    expected = known_version(draft, expected_version)
    with (
        naming_stale(
            services, ENTITY, commitment_id, partial(commitment_text, commitment_id=commitment_id)
        ),
        services.change() as change,
    ):
        row = change.uow.require(CommitmentRow, commitment_id, "commitment")
        check_version(change.uow, ENTITY, row.id, row.text, expected, row.version)
        if draft.dialogue_id != row.dialogue_id:
            raise ValidationError(
                "dialogue", translate("Errors", "a commitment cannot move to another dialogue")
            )
        owner, _meeting = _check_commitment(change.uow, draft)
        old = commitment_record(change.uow, row)
        edited = {item.name: getattr(draft, item.name) for item in fields(CommitmentDraft)}
        change.audit_fields("commitment", row.id, old, replace(old, **edited))
        _fill(row, draft, owner)
        change.uow.flush()
        return commitment_record(change.uow, row)


def delete_commitment(services: Services, commitment_id: int) -> None:
    """Removes a commitment entered by mistake, with its leads and updates (audited)."""
    with services.change() as change:
        row = change.uow.require(CommitmentRow, commitment_id, "commitment")
        change.audit("commitment", row.id, "delete", old=row.text)
        change.uow.delete(row)
        change.uow.flush()


def get_commitment(services: Services, commitment_id: int) -> Commitment:
    with services.read() as uow:
        return commitment_record(uow, uow.require(CommitmentRow, commitment_id, "commitment"))


# -- lists ---------------------------------------------------------------------------------


_KEY_TYPES: dict[CommitmentSort, tuple[type, ...]] = {
    CommitmentSort.DUE: (date, type(None)),
    CommitmentSort.STATUS: (str,),
    CommitmentSort.OWNER: (str, type(None)),
    CommitmentSort.TOPIC: (str, type(None)),
    CommitmentSort.ID: (type(None),),
}


def _check_key(field: str, key: SortKey | None, sort: CommitmentSort) -> None:
    if key is None:
        return
    value = key.value
    if isinstance(value, datetime) or not isinstance(value, _KEY_TYPES[sort]):
        raise ValidationError(
            field,
            translate("Errors", "{value!r} is not a value of the {sort} sort").format(
                value=value,
                sort=sort.value,
            ),
        )
    if sort == CommitmentSort.STATUS:
        check_choice(field, CommitmentStatus, value)


def _check_filter(uow: UnitOfWork, flt: CommitmentFilter) -> None:
    if flt.owner is not None and flt.owner != JOINT:
        side_columns(uow, flt.owner, "owner")
    check_text("text", flt.text)
    if flt.offset < 0:
        raise ValidationError("offset", translate("Errors", "must not be negative"))
    if flt.stale_months is not None and not 1 <= flt.stale_months <= MAX_STALE_MONTHS:
        raise ValidationError(
            "stale_months",
            translate("Errors", "must be from 1 to {most} months").format(most=MAX_STALE_MONTHS),
        )
    if flt.limit is not None and flt.limit < 0:
        raise ValidationError("limit", translate("Errors", "must not be negative"))
    if flt.after is not None and flt.before is not None:
        raise ValidationError(
            "before", translate("Errors", "a page is either after one key or before one")
        )
    _check_key("after", flt.after, flt.sort)
    _check_key("before", flt.before, flt.sort)


def keyed_page(uow: UnitOfWork, flt: CommitmentFilter, today: date) -> CommitmentPage:
    """A page with its rows' keys, in the caller's unit of work (see
    :func:`list_commitment_page`)."""
    _check_filter(uow, flt)
    found = pages.commitment_page(uow, flt, today)
    records = [commitment_record(uow, row) for row, _key in found]
    keys = [key if key is not None else pages.key_of(uow, row, flt.sort) for row, key in found]
    updated = newest_update_days(uow, [record.id for record in records])
    news = [updated.get(record.id, record.recorded_on) for record in records]
    return CommitmentPage(records, keys, news, page_scores(uow, records, news))


def commitment_page(uow: UnitOfWork, flt: CommitmentFilter, today: date) -> list[Commitment]:
    """One page of commitments read in the caller's unit of work (see
    :func:`list_commitments`), for a use case that reads more besides in the same one."""
    _check_filter(uow, flt)
    return [commitment_record(uow, row) for row, _key in pages.commitment_page(uow, flt, today)]


def commitment_total(uow: UnitOfWork, flt: CommitmentFilter, today: date) -> int:
    """How many commitments the filter lets through, in the caller's unit of work."""
    _check_filter(uow, flt)
    return queries.commitment_count(uow, flt, today)


def list_commitments(services: Services, flt: CommitmentFilter) -> list[Commitment]:
    """One page of commitments; filtering, sorting and paging all happen in the store."""
    with services.read() as uow:
        return commitment_page(uow, flt, services.today())


def list_commitment_page(services: Services, flt: CommitmentFilter) -> CommitmentPage:
    """One page of commitments with their keys: a list read page by page asks for each
    next page ``after`` the last key of the one before, at the cost of one page however deep
    it is (an ``offset`` costs every row it skips)."""
    with services.read() as uow:
        return keyed_page(uow, flt, services.today())


def count_commitments(services: Services, flt: CommitmentFilter) -> int:
    """How many commitments the filter lets through, whatever its page."""
    with services.read() as uow:
        return commitment_total(uow, flt, services.today())
