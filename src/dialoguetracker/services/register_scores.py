"""A register page's latest compliance scores: for each row, each side it is assessed for with
its latest score, and whether it still waits to be scored for the current period.

Read for a whole page at once (three grouped queries, whatever the page's size), since the
register shows a page of two hundred rows and a query per row would be two hundred.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from dialoguetracker.domain.compliance import LatestScores, due_this_period, latest_scores
from dialoguetracker.domain.enums import JOINT
from dialoguetracker.domain.records import Commitment
from dialoguetracker.store.assessment_queries import (
    current_period_starts,
    dialogue_sides,
    latest_side_scores,
)
from dialoguetracker.store.unit_of_work import UnitOfWork


def page_scores(
    uow: UnitOfWork, commitments: Sequence[Commitment], news: Sequence[date | None]
) -> list[LatestScores]:
    """One per commitment, in order; ``news`` is each one's last news (read with the page)."""
    if not commitments:
        return []
    dialogue_ids = {commitment.dialogue_id for commitment in commitments}
    starts = current_period_starts(uow, dialogue_ids)
    joint_sides = dialogue_sides(uow, dialogue_ids)
    latest = latest_side_scores(uow, [commitment.id for commitment in commitments])
    scores = []
    for commitment, last_news in zip(commitments, news, strict=True):
        current = starts.get(commitment.dialogue_id)
        sides = (
            joint_sides.get(commitment.dialogue_id, [])
            if commitment.owner == JOINT
            else [commitment.owner]
        )
        due = due_this_period(commitment.status, last_news, current)
        scores.append(latest_scores(sides, latest.get(commitment.id, {}), current, due))
    return scores
