"""Compliance as the first screen shows it, read with the standard library: a register page's
latest scores and the overview's averages per side, exactly as ``services.register_scores``
and ``services.overview`` read them (the first screen's module docstring says why it exists
and why it must agree with the services to the last value)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from dialoguetracker.domain.compliance import (
    ComplianceLine,
    LatestScores,
    Period,
    due_this_period,
    last_periods,
    latest_scores,
    period_lines,
    periods_between,
)
from dialoguetracker.domain.enums import JOINT
from dialoguetracker.domain.records import Commitment

Rows = Callable[[str, Sequence[Any]], list[Any]]
"""A query and its values -> the rows it reads."""


def current_period_start(rows: Rows, dialogue_id: int) -> date | None:
    """The day the dialogue's current period began: its latest held round."""
    found = rows(
        "SELECT max(start_date) FROM meetings WHERE dialogue_id = ? AND status = 'held'",
        (dialogue_id,),
    )
    return None if not found or found[0][0] is None else date.fromisoformat(found[0][0])


def page_scores(
    rows: Rows,
    sides: Sequence[str],
    commitments: Sequence[Commitment],
    news: Sequence[date | None],
) -> list[LatestScores]:
    """One per commitment of one dialogue whose parties are ``sides``, in order."""
    if not commitments:
        return []
    current = current_period_start(rows, commitments[0].dialogue_id)
    marks = ", ".join("?" for _ in commitments)
    latest: dict[int, dict[str, tuple[int, date]]] = {}
    for commitment_id, side, score, start in rows(
        "SELECT a.commitment_id, p.code, a.score, a.period_start FROM assessments AS a "
        "JOIN parties AS p ON p.id = a.party_id "
        f"WHERE a.commitment_id IN ({marks}) ORDER BY a.period_start, a.id",
        [commitment.id for commitment in commitments],
    ):
        latest.setdefault(commitment_id, {})[side] = (score, date.fromisoformat(start))
    return [
        latest_scores(
            list(sides) if commitment.owner == JOINT else [commitment.owner],
            latest.get(commitment.id, {}),
            current,
            due_this_period(commitment.status, last_news, current),
        )
        for commitment, last_news in zip(commitments, news, strict=True)
    ]


def overview_compliance(
    rows: Rows, dialogue_id: int
) -> tuple[tuple[Period, ...], tuple[ComplianceLine, ...]]:
    """The last complete and current periods, and each side's average in them, as
    ``store.assessment_queries.period_side_totals`` sums them."""
    held = rows(
        "SELECT DISTINCT start_date FROM meetings WHERE dialogue_id = ? AND status = 'held'",
        (dialogue_id,),
    )
    shown = last_periods(periods_between(date.fromisoformat(day) for (day,) in held))
    if not shown:
        return (), ()
    starts = [period.start.isoformat() for period in shown]
    newest_first = list(enumerate(starts))[::-1]
    period = (
        "CASE "
        + " ".join(f"WHEN {{0}}.period_start >= ? THEN {index}" for index, _ in newest_first)
        + " END"
    )
    days = [day for _index, day in newest_first]
    totals = rows(
        f"SELECT {period.format('a')}, p.code, count(a.id), sum(a.score) FROM assessments AS a "
        "JOIN parties AS p ON p.id = a.party_id WHERE a.id IN ("
        f"SELECT max(m.id) FROM assessments AS m JOIN commitments AS c ON c.id = m.commitment_id "
        f"WHERE c.dialogue_id = ? AND m.period_start >= ? "
        f"GROUP BY m.commitment_id, m.party_id, {period.format('m')}) "
        f"GROUP BY {period.format('a')}, p.code",
        (*days, dialogue_id, starts[0], *days, *days),
    )
    return shown, period_lines(shown, totals)
