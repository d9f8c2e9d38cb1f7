"""Stale commitments in SQL: the rule of :mod:`dialoguetracker.domain.staleness` as conditions
the database applies, so a register of a hundred thousand rows is filtered and counted without
a row leaving the store.

A commitment's last news is the newest ``on_date`` of its updates (one probe of the
``(commitment_id, on_date)`` index per commitment), else its ``recorded_on``.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, and_, func, select
from sqlalchemy.orm import aliased

from dialoguetracker.domain.enums import CommitmentStatus
from dialoguetracker.store.models import CommitmentRow, CommitmentUpdateRow
from dialoguetracker.store.unit_of_work import UnitOfWork

CLOSED = tuple(status.value for status in CommitmentStatus if status.is_closed)


def last_news(commitment: Any = CommitmentRow) -> ColumnElement[date | None]:
    """A commitment's last news as a column: its newest update's day, else the day it was
    recorded. ``commitment`` is the commitments table as the query names it."""
    update = aliased(CommitmentUpdateRow)
    newest = (
        select(func.max(update.on_date))
        .where(update.commitment_id == commitment.id)
        .correlate(commitment)
        .scalar_subquery()
    )
    return func.coalesce(newest, commitment.recorded_on)


def stale(cutoff: date, commitment: Any = CommitmentRow) -> ColumnElement[bool]:
    """Open, and no news since before ``cutoff`` (news on that day itself is not stale)."""
    return and_(commitment.status.not_in(CLOSED), last_news(commitment) < cutoff)


def newest_update_days(uow: UnitOfWork, commitment_ids: Collection[int]) -> dict[int, date]:
    """Commitment id -> the day of its newest update, for a page of ids in one grouped query;
    commitments without updates are absent (their last news is the day they were recorded)."""
    if not commitment_ids:
        return {}
    newest = (
        select(CommitmentUpdateRow.commitment_id, func.max(CommitmentUpdateRow.on_date))
        .where(CommitmentUpdateRow.commitment_id.in_(sorted(set(commitment_ids))))
        .group_by(CommitmentUpdateRow.commitment_id)
    )
    return {int(row_id): day for row_id, day in uow.session.execute(newest)}
