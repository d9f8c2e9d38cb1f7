"""*All dialogues*: every dialogue's figures, the next meetings of them all and what is
overdue across them, read in one unit of work so the whole page describes one moment.

Counting is the store's (two grouped queries for every dialogue's commitment figures); each
dialogue's last and next round are one index probe each, as its own overview finds them; the
lists are ordinary pages with a limit. So the portfolio of a ministry's hundred thousand
commitments costs a few dozen small queries, never a load of rows.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from dialoguetracker.domain.filters import CommitmentFilter, CommitmentSort
from dialoguetracker.domain.overview import LIST_LIMIT, SOON_DAYS
from dialoguetracker.domain.portfolio import DialogueFigures, Portfolio
from dialoguetracker.domain.staleness import stale_cutoff
from dialoguetracker.services.commitments import commitment_page
from dialoguetracker.services.context import Services
from dialoguetracker.services.dialogues import dialogue_record
from dialoguetracker.services.meetings import meeting_record
from dialoguetracker.store import portfolio_queries
from dialoguetracker.store.models import DialogueRow
from dialoguetracker.store.overview_queries import last_held_meeting, next_planned_meeting
from dialoguetracker.store.portfolio_queries import CommitmentFigures
from dialoguetracker.store.unit_of_work import UnitOfWork

__all__ = ["compliance_average", "portfolio"]


def compliance_average(uow: UnitOfWork, dialogue_id: int) -> float | None:
    """The dialogue's latest compliance average (−1 to +1) for the Compliance column: both
    sides' scores in its latest assessed period; None (shown "—") before any assessment."""
    from dialoguetracker.services.assessments import latest_average

    return latest_average(uow, dialogue_id)


def portfolio(
    services: Services,
    soon_days: int = SOON_DAYS,
    limit: int = LIST_LIMIT,
    stale_months: int | None = None,
) -> Portfolio:
    """Every dialogue as of the services' today, in one read; stale after ``stale_months``
    months without news (by default the services' own setting)."""
    today = services.today()
    months = services.stale_months if stale_months is None else stale_months
    overdue = CommitmentFilter(overdue_only=True, sort=CommitmentSort.DUE)
    with services.read() as uow:
        figures = portfolio_queries.commitment_figures(
            uow, today, today + timedelta(days=soon_days), stale_cutoff(today, months)
        )
        rows = []
        for row in uow.all(DialogueRow, "name"):
            counts = figures.get(row.id, CommitmentFigures(0, 0, 0, 0))
            last_row = last_held_meeting(uow, row.id)
            next_row = next_planned_meeting(uow, row.id, today)
            rows.append(
                DialogueFigures(
                    dialogue=dialogue_record(row),
                    open=counts.open,
                    overdue=counts.overdue,
                    due_soon=counts.due_soon,
                    stale=counts.stale,
                    last_round=None if last_row is None else meeting_record(uow, last_row),
                    next_round=None if next_row is None else meeting_record(uow, next_row),
                    compliance=compliance_average(uow, row.id),
                )
            )
        return Portfolio(
            today=today,
            dialogues=tuple(rows),
            next_meetings=tuple(
                meeting_record(uow, row)
                for row in portfolio_queries.upcoming_meetings(uow, today, limit)
            ),
            next_meetings_total=portfolio_queries.upcoming_total(uow, today),
            overdue=tuple(commitment_page(uow, replace(overdue, limit=limit), today)),
            overdue_total=sum(row.overdue for row in rows),
            soon_days=soon_days,
            stale_months=months,
        )
