"""Queries the services need but cannot say through :class:`UnitOfWork`'s small surface.

Each takes the unit of work of the calling service and hands back rows or plain tuples;
validation and the turning of rows into records stay in the services.
"""

from __future__ import annotations

from datetime import date
from typing import Any, NamedTuple

from sqlalchemy import Select, and_, case, func, nulls_last, or_, select, update
from sqlalchemy.orm import QueryableAttribute
from sqlalchemy.sql.elements import ColumnElement

from dialoguetracker.domain.enums import JOINT, Handling, RecordState
from dialoguetracker.domain.enums import CommitmentStatus as Status
from dialoguetracker.domain.filters import CommitmentFilter, CommitmentSort
from dialoguetracker.domain.staleness import stale_cutoff
from dialoguetracker.store.assessment_queries import unassessed
from dialoguetracker.store.models import (
    AgendaItemRow,
    AttendanceRow,
    CommitmentRow,
    CommitmentUpdateRow,
    DocumentRow,
    MeetingBriefRow,
    MeetingRow,
    OrganizationRow,
    PartyRow,
    PersonRow,
    TopicRow,
)
from dialoguetracker.store.staleness_queries import stale
from dialoguetracker.store.unit_of_work import UnitOfWork

_CLOSED = [status.value for status in Status if status.is_closed]
_STATUS_ORDER = {status.value: position for position, status in enumerate(Status)}


# -- history -------------------------------------------------------------------------------


class CommitmentStart(NamedTuple):
    id: int
    initial_status: str
    recorded_on: date | None


class StatusStep(NamedTuple):
    commitment_id: int
    id: int
    on: date
    status: str


def _recorded_by(on: date, dialogue_id: int | None) -> list[ColumnElement[bool]]:
    recorded = or_(CommitmentRow.recorded_on.is_(None), CommitmentRow.recorded_on <= on)
    if dialogue_id is None:
        return [recorded]
    return [recorded, CommitmentRow.dialogue_id == dialogue_id]


def commitment_starts(uow: UnitOfWork, on: date, dialogue_id: int | None) -> list[CommitmentStart]:
    """Every commitment already recorded on ``on``, with the state it started in."""
    statement = (
        select(CommitmentRow.id, CommitmentRow.initial_status, CommitmentRow.recorded_on)
        .where(*_recorded_by(on, dialogue_id))
        .order_by(CommitmentRow.id)
    )
    return [CommitmentStart(*row) for row in uow.session.execute(statement)]


def status_steps(uow: UnitOfWork, on: date, dialogue_id: int | None) -> list[StatusStep]:
    """The status-bearing updates dated on or before ``on`` of those same commitments,
    grouped by commitment and in replay order, so one pass rebuilds every status."""
    statement = (
        select(
            CommitmentUpdateRow.commitment_id,
            CommitmentUpdateRow.id,
            CommitmentUpdateRow.on_date,
            CommitmentUpdateRow.status,
        )
        .join(CommitmentRow, CommitmentRow.id == CommitmentUpdateRow.commitment_id)
        .where(
            CommitmentUpdateRow.status.is_not(None),
            CommitmentUpdateRow.on_date <= on,
            *_recorded_by(on, dialogue_id),
        )
        .order_by(
            CommitmentUpdateRow.commitment_id,
            CommitmentUpdateRow.on_date,
            CommitmentUpdateRow.id,
        )
    )
    return [
        StatusStep(commitment_id, step_id, on_date, str(status))
        for commitment_id, step_id, on_date, status in uow.session.execute(statement)
    ]


# -- lists ---------------------------------------------------------------------------------


def _conditions(flt: CommitmentFilter, today: date) -> list[ColumnElement[bool]]:
    row = CommitmentRow
    conditions: list[ColumnElement[bool]] = []
    if flt.dialogue_id is not None:
        conditions.append(row.dialogue_id == flt.dialogue_id)
    if flt.statuses:
        conditions.append(row.status.in_(sorted(status.value for status in flt.statuses)))
    if flt.owner == JOINT:
        conditions.append(row.owner_joint.is_(True))
    elif flt.owner is not None:
        party = select(PartyRow.id).where(PartyRow.code == flt.owner).scalar_subquery()
        conditions.append(row.owner_party_id == party)
    if flt.topic_id is not None:
        conditions.append(row.topic_id == flt.topic_id)
    if flt.meeting_id is not None:
        conditions.append(row.meeting_id == flt.meeting_id)
    if flt.due_from is not None:
        conditions.append(row.due_date >= flt.due_from)
    if flt.due_until is not None:
        conditions.append(row.due_date <= flt.due_until)
    if flt.open_only or flt.overdue_only:
        conditions.append(row.status.not_in(_CLOSED))
    if flt.overdue_only:
        conditions.append(and_(row.due_date.is_not(None), row.due_date < today))
    if flt.stale_months is not None:
        conditions.append(stale(stale_cutoff(today, flt.stale_months)))
    if flt.unassessed_only:
        conditions.append(unassessed())
    if flt.text:
        conditions.append(row.text.icontains(flt.text, autoescape=True))
    if flt.audience is not None:
        admitted = [handling.value for handling in Handling if flt.audience.admits(handling)]
        conditions.append(row.handling.in_(admitted))
    return conditions


def _sorted(statement: Select[Any], flt: CommitmentFilter) -> Select[Any]:
    """Order by the chosen column, missing values last either way, then by id so that
    pages never overlap or skip a row.

    This is the order of the whole list read in one query; a page of it is found by key in
    :mod:`~dialoguetracker.store.commitment_page_queries`, segment by segment, in this
    same order (the tests hold the two to it)."""
    row = CommitmentRow
    keys: list[ColumnElement[Any] | QueryableAttribute[Any]]
    if flt.sort == CommitmentSort.DUE:
        keys = [row.due_date]
    elif flt.sort == CommitmentSort.STATUS:
        keys = [case(_STATUS_ORDER, value=row.status, else_=len(_STATUS_ORDER))]
    elif flt.sort == CommitmentSort.OWNER:
        statement = statement.outerjoin(PartyRow, PartyRow.id == row.owner_party_id)
        keys = [row.owner_joint, PartyRow.code]
    elif flt.sort == CommitmentSort.TOPIC:
        statement = statement.outerjoin(TopicRow, TopicRow.id == row.topic_id)
        keys = [TopicRow.name]
    else:
        keys = []
    order = [nulls_last(key.desc() if flt.descending else key.asc()) for key in keys]
    order.append(row.id.desc() if flt.descending else row.id.asc())
    return statement.order_by(*order)


def commitment_count(uow: UnitOfWork, flt: CommitmentFilter, today: date) -> int:
    """How many commitments match, ignoring sort and paging."""
    statement = select(func.count(CommitmentRow.id)).where(*_conditions(flt, today))
    return int(uow.session.scalar(statement) or 0)


def commitment_ids_by_text(uow: UnitOfWork, dialogue_id: int) -> dict[str, int]:
    """Every commitment of a dialogue by its text (its natural key), in one query: an import
    looks each of its commitments up here instead of asking the store one at a time."""
    statement = select(CommitmentRow.text, CommitmentRow.id).where(
        CommitmentRow.dialogue_id == dialogue_id
    )
    found: dict[str, int] = {}
    for text, row_id in uow.session.execute(statement.order_by(CommitmentRow.id)):
        found.setdefault(text, row_id)
    return found


def meeting_ids_by_key(uow: UnitOfWork, dialogue_id: int) -> dict[tuple[str, date], int]:
    """Every meeting of a dialogue by its natural key (title, start date), in one query."""
    statement = (
        select(MeetingRow.title, MeetingRow.start_date, MeetingRow.id)
        .where(MeetingRow.dialogue_id == dialogue_id)
        .order_by(MeetingRow.id)
    )
    found: dict[tuple[str, date], int] = {}
    for title, start_date, row_id in uow.session.execute(statement):
        found.setdefault((title, start_date), row_id)
    return found


class PartKeys(NamedTuple):
    """The natural keys of what a dialogue's meetings and commitments already hold, read in
    one query per kind, so an import merging a file into the store looks nothing up row by
    row. New keys are added as the import writes."""

    briefs: set[int]
    """Meetings with a brief."""
    attendance: set[tuple[int, int]]
    """(meeting, person)."""
    agenda: set[tuple[int, str]]
    """(meeting, title)."""
    documents: dict[tuple[int, str, str], int]
    """(meeting, kind, title) → document."""
    updates: set[tuple[int, date, str]]
    """(commitment, date, note)."""


def part_keys(uow: UnitOfWork, dialogue_id: int) -> PartKeys:
    session = uow.session
    meetings = select(MeetingRow.id).where(MeetingRow.dialogue_id == dialogue_id)
    commitments = select(CommitmentRow.id).where(CommitmentRow.dialogue_id == dialogue_id)
    brief = MeetingBriefRow.meeting_id.in_(meetings)
    member = AttendanceRow.meeting_id.in_(meetings)
    item = AgendaItemRow.meeting_id.in_(meetings)
    document = DocumentRow.meeting_id.in_(meetings)
    update = CommitmentUpdateRow.commitment_id.in_(commitments)
    return PartKeys(
        set(session.scalars(select(MeetingBriefRow.meeting_id).where(brief))),
        {
            (m, p)
            for m, p in session.execute(
                select(AttendanceRow.meeting_id, AttendanceRow.person_id).where(member)
            )
        },
        {
            (m, t)
            for m, t in session.execute(
                select(AgendaItemRow.meeting_id, AgendaItemRow.title).where(item)
            )
        },
        {
            (m, k, t): i
            for m, k, t, i in session.execute(
                select(
                    DocumentRow.meeting_id, DocumentRow.kind, DocumentRow.title, DocumentRow.id
                ).where(document)
            )
        },
        {
            (c, d, n)
            for c, d, n in session.execute(
                select(
                    CommitmentUpdateRow.commitment_id,
                    CommitmentUpdateRow.on_date,
                    CommitmentUpdateRow.note,
                ).where(update)
            )
        },
    )


# -- the directory, by natural key (an import's look-ups) ---------------------------------


def party_ids(uow: UnitOfWork) -> dict[str, int]:
    """Every party's id by its code."""
    statement = select(PartyRow.code, PartyRow.id)
    return {code: row_id for code, row_id in uow.session.execute(statement)}


def organizations_by_key(uow: UnitOfWork) -> dict[tuple[int, str], int]:
    """Every organization by its natural key (party, name), in one query."""
    statement = select(OrganizationRow.party_id, OrganizationRow.name, OrganizationRow.id)
    found: dict[tuple[int, str], int] = {}
    for party_id, name, row_id in uow.session.execute(statement.order_by(OrganizationRow.id)):
        found.setdefault((party_id, name), row_id)
    return found


def organization_parties(uow: UnitOfWork) -> dict[int, int]:
    """Every organization's party, by the organization's id."""
    statement = select(OrganizationRow.id, OrganizationRow.party_id)
    return {row_id: party_id for row_id, party_id in uow.session.execute(statement)}


def people_by_key(uow: UnitOfWork) -> dict[tuple[int, str], int]:
    """Every person by natural key (party, name), the first in id order, in one query: an
    import looks each of the file's people up here instead of asking the store one by one."""
    statement = select(PersonRow.party_id, PersonRow.name, PersonRow.id)
    found: dict[tuple[int, str], int] = {}
    for party_id, name, row_id in uow.session.execute(statement.order_by(PersonRow.id)):
        found.setdefault((party_id, name), row_id)
    return found


def close_new_records(uow: UnitOfWork, meeting_ids: list[int]) -> None:
    """Make final the records of meetings an import has just written as drafts, with one
    statement. The version moves on as the ORM's own update of one record moves it (a bulk
    update does not do that by itself), and rows the session holds are updated alike."""
    if not meeting_ids:
        return
    statement = (
        update(MeetingRow)
        .where(MeetingRow.id.in_(meeting_ids))
        .values(record=RecordState.FINAL.value, version=MeetingRow.version + 1)
    )
    uow.session.execute(statement)
