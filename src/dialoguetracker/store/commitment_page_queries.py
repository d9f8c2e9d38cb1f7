"""Pages of the commitment list found by key (keyset or "seek" paging), for every sort.

An ``OFFSET`` makes the database step over every row before a page, so row 10,000 of a sorted
list costs ten thousand rows each time it is asked for. Here a page is "the rows after this
key" and an index finds the key at once. That needs the list's order to be the order of an
index, ``(dialogue_id, key column, id)`` (revision 0007), and some sorts are not: no index
holds a status's place in the lifecycle, a party's code or a topic's name, nor puts missing
due dates last in both directions. So each sort is cut into *segments* whose rows share one
condition an index can look up: one per status in lifecycle order, one per owner party in
code order and one for joint commitments, one per topic name and one for no topic, dated and
undated due dates. Within a segment rows are in id order (or due date, then id), which the
index gives; the segments follow one another in the sort's order. A page reads the segment
its key is in from the key on, then the next ones until it is full.

The parties' and topics' order comes from the database (``ORDER BY code``, ``ORDER BY name``),
never from Python, so a page follows exactly the collation the one-query list of
:func:`dialoguetracker.store.queries._sorted` uses on either backend.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any, NamedTuple

from sqlalchemy import (
    ColumnElement,
    Integer,
    Select,
    and_,
    cast,
    exists,
    false,
    func,
    literal,
    null,
    or_,
    select,
    true,
    tuple_,
    union_all,
)
from sqlalchemy.orm import InstrumentedAttribute, selectinload

from dialoguetracker.domain.enums import JOINT
from dialoguetracker.domain.enums import CommitmentStatus as Status
from dialoguetracker.domain.filters import CommitmentFilter, CommitmentSort, SortKey
from dialoguetracker.store.models import CommitmentRow, PartyRow, TopicRow
from dialoguetracker.store.queries import _conditions, _sorted
from dialoguetracker.store.unit_of_work import UnitOfWork

Row = CommitmentRow
Value = date | str | None


class Segment(NamedTuple):
    """Rows of the list that share one index lookup, in the list's order."""

    condition: ColumnElement[bool] | None
    """None: every row (the id sort's only segment)."""
    value: Value
    """The sort value all its rows share (not used when ``dated``)."""
    dated: bool = False
    """The rows' own due dates order them, and are their keys' values."""
    empty: bool = False
    """The filter leaves none of its rows; it is kept only to place a key."""


# -- the segments of each sort -------------------------------------------------------------


def _status_segments(flt: CommitmentFilter) -> list[Segment]:
    closed_out = flt.open_only or flt.overdue_only or flt.stale_months is not None
    segments = [
        Segment(
            Row.status == status.value,
            status.value,
            empty=(bool(flt.statuses) and status not in flt.statuses)
            or (closed_out and status.is_closed),
        )
        for status in Status
    ]
    return segments[::-1] if flt.descending else segments


def _groups(
    uow: UnitOfWork,
    names: Select[str, int],
    descending: bool,
    near: str | None,
) -> list[tuple[str, list[int]]]:
    """(name, ids) in the database's order of the names; ``near`` (a key's value) is placed
    among them by that same order, with no ids when nothing has that name any more."""
    listed = names
    if near is not None:
        name_type = names.selected_columns[0].type
        placed = select(literal(near, name_type), cast(null(), Integer))
        union = union_all(names, placed).subquery()
        listed = select(union.c[0], union.c[1])
    name = listed.selected_columns[0]
    ordered = listed.order_by(name.desc() if descending else name.asc())
    groups: list[tuple[str, list[int]]] = []
    for found_name, found_id in uow.session.execute(ordered):
        if not groups or groups[-1][0] != found_name:
            groups.append((str(found_name), []))
        if found_id is not None:
            groups[-1][1].append(int(found_id))
    return groups


def _one_of(column: InstrumentedAttribute[int | None], ids: list[int]) -> ColumnElement[bool]:
    """An equality where it can be one: ``IN`` over an index column leaves SQLite unsure of
    the order the rows come in, and it would sort them again."""
    if not ids:
        return false()
    return column == ids[0] if len(ids) == 1 else column.in_(ids)


def _name(value: Value) -> str | None:
    return value if isinstance(value, str) else None


def _owner_segments(uow: UnitOfWork, flt: CommitmentFilter, near: Value) -> list[Segment]:
    """Parties by code, then joint commitments (``owner_joint`` sorts false first); the other
    way round when descending. Only parties owning some of the dialogue's commitments take
    part (one index probe each), so a page does not probe every party of the ministry."""
    owns = Row.owner_party_id == PartyRow.id
    if flt.dialogue_id is not None:
        owns = and_(owns, Row.dialogue_id == flt.dialogue_id)
    names = select(PartyRow.code, PartyRow.id).where(exists().where(owns))
    parties = [
        Segment(
            _one_of(Row.owner_party_id, ids),
            code,
            empty=not ids or (flt.owner is not None and flt.owner != code),
        )
        for code, ids in _groups(uow, names, flt.descending, _name(near))
    ]
    joint = Segment(
        Row.owner_party_id.is_(None),
        None,
        empty=flt.owner is not None and flt.owner != JOINT,
    )
    return [joint, *parties] if flt.descending else [*parties, joint]


def _topic_segments(uow: UnitOfWork, flt: CommitmentFilter, near: Value) -> list[Segment]:
    """Topics by name (one segment per name: topics of different dialogues may share one),
    then commitments without a topic, in either direction.

    With a dialogue, only its own topics are listed: a commitment's topic is always of its
    dialogue (the services refuse any other, and ``check`` reports one)."""
    names = select(TopicRow.name, TopicRow.id)
    if flt.dialogue_id is not None:
        names = names.where(TopicRow.dialogue_id == flt.dialogue_id)
    topics = [
        Segment(
            _one_of(Row.topic_id, ids),
            name,
            empty=not ids or (flt.topic_id is not None and flt.topic_id not in ids),
        )
        for name, ids in _groups(uow, names, flt.descending, _name(near))
    ]
    no_topic = Segment(Row.topic_id.is_(None), None, empty=flt.topic_id is not None)
    return [*topics, no_topic]


def segments_of(uow: UnitOfWork, flt: CommitmentFilter, near: Value = None) -> list[Segment]:
    """The filter's list as segments in its order; ``near`` is a key's value that must have
    a place among them even when no row holds it any more."""
    if flt.sort == CommitmentSort.DUE:
        no_date = bool(flt.due_from or flt.due_until or flt.overdue_only)
        return [
            Segment(Row.due_date.is_not(None), None, dated=True),
            Segment(Row.due_date.is_(None), None, empty=no_date),
        ]
    if flt.sort == CommitmentSort.STATUS:
        return _status_segments(flt)
    if flt.sort == CommitmentSort.OWNER:
        return _owner_segments(uow, flt, near)
    if flt.sort == CommitmentSort.TOPIC:
        return _topic_segments(uow, flt, near)
    return [Segment(None, None)]


def segment_of(segments: Sequence[Segment], key: SortKey) -> int:
    """Which segment holds ``key``'s place."""
    for index, segment in enumerate(segments):
        if segment.dated:
            if key.value is not None:
                return index
        elif segment.value == key.value or segment.condition is None:
            return index
    raise ValueError(f"no place for {key.value!r} in this sort")


# -- reading -------------------------------------------------------------------------------


def _beyond(segment: Segment, key: SortKey, descending: bool) -> ColumnElement[bool]:
    """Rows of ``segment`` past ``key`` when the segment is read in that direction."""
    if segment.dated:
        if descending:
            return tuple_(Row.due_date, Row.id) < tuple_(key.value, key.id)
        return tuple_(Row.due_date, Row.id) > tuple_(key.value, key.id)
    return Row.id < key.id if descending else Row.id > key.id


def _order(segment: Segment, descending: bool) -> list[Any]:
    columns: list[InstrumentedAttribute[Any]] = [Row.due_date] if segment.dated else []
    columns.append(Row.id)
    return [column.desc() if descending else column.asc() for column in columns]


def _where(base: list[ColumnElement[bool]], segment: Segment) -> list[ColumnElement[bool]]:
    return base if segment.condition is None else [*base, segment.condition]


def _count_up_to(uow: UnitOfWork, where: list[ColumnElement[bool]], most: int) -> int:
    """How many rows match, counting no further than ``most`` (an offset to skip)."""
    capped = select(Row.id).where(*where).limit(most).subquery()
    return int(uow.session.scalar(select(func.count()).select_from(capped)) or 0)


def _walk(
    uow: UnitOfWork,
    base: list[ColumnElement[bool]],
    segments: Sequence[Segment],
    start: SortKey | None,
    descending: bool,
    offset: int,
    limit: int | None,
) -> list[tuple[int, SortKey]]:
    """(id, key) of up to ``limit`` rows past ``start`` and ``offset`` more, walking the
    segments in the order given, each read in ``descending`` order."""
    found: list[tuple[int, SortKey]] = []
    first = 0 if start is None else segment_of(segments, start)
    for index in range(first, len(segments)):
        segment = segments[index]
        if segment.empty:
            continue
        if limit is not None and len(found) >= limit:
            break
        where = _where(base, segment)
        if start is not None and index == first:
            where = [*where, _beyond(segment, start, descending)]
        if offset:
            skipped = _count_up_to(uow, where, offset)
            if skipped < offset:
                offset -= skipped
                continue
        columns: list[Any] = [Row.id, Row.due_date] if segment.dated else [Row.id]
        statement = select(*columns).where(*where).order_by(*_order(segment, descending))
        if offset:
            statement = statement.offset(offset)
            offset = 0
        if limit is not None:
            statement = statement.limit(limit - len(found))
        for values in uow.session.execute(statement):
            value = values[1] if segment.dated else segment.value
            found.append((int(values[0]), SortKey(value, int(values[0]))))
    return found


def _keyed_ids(uow: UnitOfWork, flt: CommitmentFilter, today: date) -> list[tuple[int, SortKey]]:
    base = _conditions(flt, today)
    if flt.before is not None:
        # Backwards: the segments in reverse, each read the other way, then turned round.
        segments = segments_of(uow, flt, flt.before.value)[::-1]
        found = _walk(uow, base, segments, flt.before, not flt.descending, flt.offset, flt.limit)
        return found[::-1]
    near = None if flt.after is None else flt.after.value
    segments = segments_of(uow, flt, near)
    return _walk(uow, base, segments, flt.after, flt.descending, flt.offset, flt.limit)


def commitment_page(
    uow: UnitOfWork, flt: CommitmentFilter, today: date
) -> list[tuple[CommitmentRow, SortKey | None]]:
    """The rows the filter's page holds, in order, each with its key (to ask for the page
    after it); leads loaded alongside.

    The whole list (no limit, no key) is one ordered query instead, with no keys: read
    whole, it needs no index to page by. A page is found as ids first and read whole
    second, so that only narrow index entries are walked.
    """
    if flt.limit is None and flt.after is None and flt.before is None:
        whole = _sorted(select(Row).where(*_conditions(flt, today)), flt)
        whole = whole.options(selectinload(Row.leads)).offset(flt.offset or None)
        return [(row, None) for row in uow.session.scalars(whole)]
    if flt.limit == 0:
        return []
    keyed = _keyed_ids(uow, flt, today)
    if not keyed:
        return []
    rows = uow.session.scalars(
        select(Row)
        .where(Row.id.in_([row_id for row_id, _key in keyed]))
        .options(selectinload(Row.leads))
    )
    found = {row.id: row for row in rows}
    return [(found[row_id], key) for row_id, key in keyed if row_id in found]


# -- where one commitment stands -----------------------------------------------------------


def key_of(uow: UnitOfWork, row: CommitmentRow, sort: CommitmentSort) -> SortKey:
    """The key a commitment has in a list sorted by ``sort``."""
    value: Value = None
    if sort == CommitmentSort.DUE:
        value = row.due_date
    elif sort == CommitmentSort.STATUS:
        value = row.status
    elif sort == CommitmentSort.OWNER and row.owner_party_id is not None:
        party = uow.get(PartyRow, row.owner_party_id)
        value = None if party is None else party.code
    elif sort == CommitmentSort.TOPIC and row.topic_id is not None:
        topic = uow.get(TopicRow, row.topic_id)
        value = None if topic is None else topic.name
    return SortKey(value, row.id)


def commitment_place(
    uow: UnitOfWork, flt: CommitmentFilter, today: date, commitment_id: int
) -> tuple[int, SortKey] | None:
    """The row (from 0) on which the filter's list has the commitment, and its key; None
    when the filter leaves it out. Paging fields of the filter are ignored.

    The row is a count of the rows before the key, which the indexes answer without
    reading any row, where listing every id to find one among them would carry a hundred
    thousand ids out of the store."""
    base = _conditions(flt, today)
    row = uow.session.scalars(select(Row).where(*base, Row.id == commitment_id)).first()
    if row is None:
        return None
    key = key_of(uow, row, flt.sort)
    segments = segments_of(uow, flt, key.value)
    at = segment_of(segments, key)
    before: list[ColumnElement[bool]] = [
        true() if segment.condition is None else segment.condition
        for segment in segments[:at]
        if not segment.empty
    ]
    own = segments[at]
    behind = _beyond(own, key, not flt.descending)
    before.append(behind if own.condition is None else and_(own.condition, behind))
    count = uow.session.scalar(select(func.count(Row.id)).where(*base, or_(*before)))
    return int(count or 0), key
