"""Queries behind a briefing's background: commitments counted and listed for one audience,
as the record stands or as it stood on a past date.

A ministry's store may hold a hundred thousand commitments, so the counts behind the chart,
the scorecards and the topic history come from one GROUP BY, and the open list is one query
whose latest-update note is joined in by the database rather than looked up row by row.

A commitment's status and due date belong to the commitment and are shown to whoever may see
the commitment (as the interchange export does). On a past date they are rebuilt in SQL from
the append-only updates, the same replay :mod:`dialoguetracker.domain.rules` does in Python:
the last update on or before that date that sets the value, else the initial value. Notes are
different: only updates whose handling the audience admits are read for their text.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any, NamedTuple

from sqlalchemy import and_, case, func, literal, or_, select
from sqlalchemy.orm import aliased
from sqlalchemy.sql.elements import ColumnElement

from dialoguetracker.domain.enums import CommitmentStatus
from dialoguetracker.domain.staleness import STALE_MONTHS
from dialoguetracker.store.models import (
    AuditRow,
    CommitmentRow,
    CommitmentUpdateRow,
    PartyRow,
    TopicRow,
)
from dialoguetracker.store.unit_of_work import UnitOfWork

CLOSED = tuple(status.value for status in CommitmentStatus if status.is_closed)
COMPLETED = CommitmentStatus.COMPLETED.value

CHUNK = 500
"""Ids sent in one IN list: well under any database's limit on bound parameters."""


@dataclass(frozen=True)
class Scope:
    """Which commitments a briefing reads, and as of when.

    ``handlings`` are the handling words the audience admits. ``as_of`` None means the record
    as it stands (the current-state columns); a date rebuilds status and due date as they were
    on that day and, with ``recorded_by_as_of``, leaves out commitments recorded after it.
    ``today`` is the day *overdue* is judged against when ``as_of`` is None.
    """

    dialogue_id: int
    handlings: tuple[str, ...]
    today: date
    as_of: date | None = None
    topic_ids: tuple[int, ...] = ()
    recorded_by_as_of: bool = True
    stale_months: int = STALE_MONTHS
    """An open commitment with no news readable by the audience for this many months before
    ``overdue_before`` is listed as stale."""

    @property
    def overdue_before(self) -> date:
        return self.today if self.as_of is None else self.as_of


# -- per-commitment expressions ------------------------------------------------------------


def _latest(column: str, scope: Scope) -> Any:
    """The ``column`` of the commitment's last update (in history order, on or before
    ``as_of``) that sets it, as a correlated scalar subquery."""
    update = aliased(CommitmentUpdateRow)
    target = getattr(update, column)
    statement = select(target).where(update.commitment_id == CommitmentRow.id, target.is_not(None))
    if scope.as_of is not None:
        statement = statement.where(update.on_date <= scope.as_of)
    statement = statement.order_by(update.on_date.desc(), update.id.desc()).limit(1)
    return statement.correlate(CommitmentRow).scalar_subquery()


def status_column(scope: Scope) -> ColumnElement[str]:
    if scope.as_of is None:
        return CommitmentRow.status.expression
    return func.coalesce(_latest("status", scope), CommitmentRow.initial_status)


def due_column(scope: Scope) -> ColumnElement[date | None]:
    if scope.as_of is None:
        return CommitmentRow.due_date.expression
    return func.coalesce(_latest("due_date", scope), CommitmentRow.initial_due_date)


def _closed_on(scope: Scope) -> ColumnElement[date | None]:
    """The day of the last status change: for a completed commitment, when it was completed;
    one recorded already completed was completed when it was recorded."""
    update = aliased(CommitmentUpdateRow)
    statement = select(update.on_date).where(
        update.commitment_id == CommitmentRow.id, update.status.is_not(None)
    )
    if scope.as_of is not None:
        statement = statement.where(update.on_date <= scope.as_of)
    latest = (
        statement.order_by(update.on_date.desc(), update.id.desc())
        .limit(1)
        .correlate(CommitmentRow)
        .scalar_subquery()
    )
    return func.coalesce(latest, CommitmentRow.recorded_on)


def _overdue(status: ColumnElement[Any], due: ColumnElement[Any], scope: Scope) -> Any:
    return case(
        (
            and_(due.is_not(None), due < scope.overdue_before, status.not_in(CLOSED)),
            literal(1),
        ),
        else_=literal(0),
    )


def scope_conditions(scope: Scope) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = [
        CommitmentRow.dialogue_id == scope.dialogue_id,
        CommitmentRow.handling.in_(scope.handlings),
    ]
    if scope.as_of is not None and scope.recorded_by_as_of:
        conditions.append(
            or_(CommitmentRow.recorded_on.is_(None), CommitmentRow.recorded_on <= scope.as_of)
        )
    if scope.topic_ids:
        conditions.append(CommitmentRow.topic_id.in_(scope.topic_ids))
    return conditions


# -- counts --------------------------------------------------------------------------------


class Tally(NamedTuple):
    """How many commitments share a topic, an owner, a status and the two derived flags.
    ``party_code`` is None exactly when ``joint`` is true (or the owner party is gone)."""

    topic_id: int | None
    party_code: str | None
    joint: bool
    status: str
    overdue: bool
    late: bool
    number: int


def tallies(uow: UnitOfWork, scope: Scope) -> list[Tally]:
    """Every count the chart, the scorecards and the topic history need, in one GROUP BY.

    The derived columns are worked out in an inner query and the outer one groups by plain
    columns, so PostgreSQL never has to match two copies of an expression with parameters.
    """
    status = status_column(scope)
    due = due_column(scope)
    late = case(
        (
            and_(status == COMPLETED, due.is_not(None), _closed_on(scope) > due),
            literal(1),
        ),
        else_=literal(0),
    )
    inner = (
        select(
            CommitmentRow.id.label("id"),
            CommitmentRow.topic_id.label("topic_id"),
            CommitmentRow.owner_party_id.label("owner_party_id"),
            CommitmentRow.owner_joint.label("owner_joint"),
            status.label("status"),
            _overdue(status, due, scope).label("overdue"),
            late.label("late"),
        )
        .where(*scope_conditions(scope))
        .subquery()
    )
    keys = (
        inner.c.topic_id,
        PartyRow.code,
        inner.c.owner_joint,
        inner.c.status,
        inner.c.overdue,
        inner.c.late,
    )
    statement = (
        select(*keys, func.count(inner.c.id))
        .select_from(inner)
        .outerjoin(PartyRow, PartyRow.id == inner.c.owner_party_id)
        .group_by(*keys)
        # NULLs (no topic, no owner) first on PostgreSQL too, as SQLite sorts them.
        .order_by(*(key.asc().nulls_first() for key in keys))
    )
    return [
        Tally(topic_id, code, bool(joint), str(found), bool(overdue), bool(is_late), int(count))
        for topic_id, code, joint, found, overdue, is_late, count in uow.session.execute(statement)
    ]


# -- lines ---------------------------------------------------------------------------------


class LineRow(NamedTuple):
    """One commitment as a briefing lists it, with the newest update the audience may read."""

    id: int
    text: str
    topic: str | None
    party_code: str | None
    joint: bool
    status: str
    due: date | None
    overdue: bool
    note: str | None
    noted_on: date | None
    recorded_on: date | None = None


def _lines(
    uow: UnitOfWork, scope: Scope, conditions: Sequence[ColumnElement[bool]], open_only: bool
) -> list[LineRow]:
    status = status_column(scope)
    due = due_column(scope)
    update = aliased(CommitmentUpdateRow)
    latest_id = select(update.id).where(update.commitment_id == CommitmentRow.id)
    latest_id = latest_id.where(update.handling.in_(scope.handlings))
    if scope.as_of is not None:
        latest_id = latest_id.where(update.on_date <= scope.as_of)
    latest = (
        latest_id.order_by(update.on_date.desc(), update.id.desc())
        .limit(1)
        .correlate(CommitmentRow)
        .scalar_subquery()
    )
    inner = (
        select(
            CommitmentRow.id.label("id"),
            CommitmentRow.text.label("text"),
            CommitmentRow.topic_id.label("topic_id"),
            CommitmentRow.owner_party_id.label("owner_party_id"),
            CommitmentRow.owner_joint.label("owner_joint"),
            status.label("status"),
            due.label("due"),
            _overdue(status, due, scope).label("overdue"),
            latest.label("latest_id"),
            CommitmentRow.recorded_on.label("recorded_on"),
        )
        .where(*scope_conditions(scope), *conditions)
        .subquery()
    )
    noted = aliased(CommitmentUpdateRow)
    statement = (
        select(
            inner.c.id,
            inner.c.text,
            TopicRow.name,
            PartyRow.code,
            inner.c.owner_joint,
            inner.c.status,
            inner.c.due,
            inner.c.overdue,
            noted.note,
            noted.on_date,
            inner.c.recorded_on,
        )
        .select_from(inner)
        .outerjoin(TopicRow, TopicRow.id == inner.c.topic_id)
        .outerjoin(PartyRow, PartyRow.id == inner.c.owner_party_id)
        .outerjoin(noted, noted.id == inner.c.latest_id)
        .order_by(
            TopicRow.name.asc().nulls_last(),
            inner.c.topic_id,
            inner.c.due.asc().nulls_last(),
            inner.c.id,
        )
    )
    if open_only:
        statement = statement.where(inner.c.status.not_in(CLOSED))
    return [
        LineRow(
            int(row_id),
            str(text),
            topic,
            code,
            bool(joint),
            str(found),
            due_on,
            bool(overdue),
            *noted,
        )
        for row_id, text, topic, code, joint, found, due_on, overdue, *noted in (
            uow.session.execute(statement)
        )
    ]


def open_lines(uow: UnitOfWork, scope: Scope) -> list[LineRow]:
    """Every open commitment in scope, by topic name (no topic last), due date, id."""
    return _lines(uow, scope, (), open_only=True)


def recorded_lines(uow: UnitOfWork, scope: Scope, from_day: date) -> list[LineRow]:
    """Commitments recorded on or after ``from_day`` (and by ``as_of``): the new ones."""
    return _lines(uow, scope, (CommitmentRow.recorded_on >= from_day,), open_only=False)


def meeting_lines(uow: UnitOfWork, scope: Scope, meeting_id: int) -> list[LineRow]:
    """Commitments made at one meeting."""
    return _lines(uow, scope, (CommitmentRow.meeting_id == meeting_id,), open_only=False)


def _chunks(ids: Collection[int]) -> Iterator[list[int]]:
    ordered = sorted(set(ids))
    for start in range(0, len(ordered), CHUNK):
        yield ordered[start : start + CHUNK]


def lines_by_id(uow: UnitOfWork, scope: Scope, ids: Collection[int]) -> dict[int, LineRow]:
    """The lines of the given commitments that are in scope, a few hundred ids at a time."""
    found: dict[int, LineRow] = {}
    for chunk in _chunks(ids):
        for line in _lines(uow, scope, (CommitmentRow.id.in_(chunk),), open_only=False):
            found[line.id] = line
    return found


def last_change(uow: UnitOfWork) -> datetime | None:
    """When the record last changed (its newest audit entry), in UTC. Recording a PDF made
    from it is not a change of the record: a reproducible PDF made again must be the same."""
    moment = uow.session.scalar(
        select(func.max(AuditRow.at)).where(AuditRow.entity != "briefing_export")
    )
    if not isinstance(moment, datetime):
        return None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
